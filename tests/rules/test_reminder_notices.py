"""Which reminder notifies on a day, and the first day one will (the agent's horizon)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.reminder_horizon import (
    NoticeKey,
    Silence,
    first_notice_on,
    notice_key,
    notifies,
)
from councildesk.rules.reviews import reminder_dates

DUE = dt.date(2027, 4, 1)
REMINDERS = (dt.date(2027, 1, 28), dt.date(2027, 2, 25))  # six and two weeks before 11/03


def test_the_reminder_in_force_on_each_day() -> None:
    assert notice_key(DUE, REMINDERS, dt.date(2027, 1, 27)) is None
    assert notice_key(DUE, REMINDERS, dt.date(2027, 1, 28)) == (DUE, dt.date(2027, 1, 28))
    assert notice_key(DUE, REMINDERS, dt.date(2027, 2, 24)) == (DUE, dt.date(2027, 1, 28))
    assert notice_key(DUE, REMINDERS, dt.date(2027, 2, 25)) == (DUE, dt.date(2027, 2, 25))
    assert notice_key(DUE, REMINDERS, DUE) == (DUE, dt.date(2027, 2, 25))
    assert notice_key(DUE, REMINDERS, dt.date(2027, 4, 2)) == (DUE, DUE)  # overdue
    # With no reminders at all the due date itself notifies.
    assert notice_key(DUE, (), dt.date(2027, 3, 31)) is None
    assert notice_key(DUE, (), DUE) == (DUE, DUE)


def test_first_notice_after_an_acknowledgement_and_a_snooze() -> None:
    since = dt.date(2026, 12, 1)
    assert first_notice_on(DUE, REMINDERS, {}, since) == dt.date(2027, 1, 28)
    acknowledged = {(DUE, dt.date(2027, 1, 28)): Silence(acknowledged_on=dt.date(2027, 1, 28))}
    assert first_notice_on(DUE, REMINDERS, acknowledged, since) == dt.date(2027, 2, 25)
    snoozed = {(DUE, dt.date(2027, 1, 28)): Silence(snoozed_until=dt.date(2027, 2, 3))}
    assert first_notice_on(DUE, REMINDERS, snoozed, since) == dt.date(2027, 2, 3)
    every = {
        (DUE, day): Silence(acknowledged_on=day) for day in (*REMINDERS, DUE)
    }  # both reminders and the overdue notice acknowledged: quiet for good
    assert first_notice_on(DUE, REMINDERS, every, since) is None
    # Already notifying on the day it is worked out.
    assert first_notice_on(DUE, REMINDERS, {}, dt.date(2027, 2, 1)) == dt.date(2027, 2, 1)


days = st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31))


@st.composite
def reviews(draw: st.DrawFn) -> tuple[dt.date, tuple[dt.date, ...], dict[NoticeKey, Silence]]:
    due = draw(days)
    act_by = due - dt.timedelta(days=draw(st.integers(0, 30)))
    weeks = draw(st.lists(st.integers(1, 12), max_size=3))
    reminders = tuple(reminder_dates(act_by, [w * 7 for w in weeks]))
    keys = [(due, day) for day in (*reminders, due)]
    silences: dict[NoticeKey, Silence] = {}
    for key in draw(st.lists(st.sampled_from(keys), max_size=4, unique=True)):
        if draw(st.booleans()):
            silences[key] = Silence(acknowledged_on=key[1])
        else:
            silences[key] = Silence(snoozed_until=key[1] + dt.timedelta(draw(st.integers(1, 60))))
    return due, reminders, silences


@given(reviews(), st.integers(-200, 200))
def test_the_first_notice_is_the_first_day_that_notifies(
    review: tuple[dt.date, tuple[dt.date, ...], dict[NoticeKey, Silence]], offset: int
) -> None:
    """Against trying every day: quiet before it, notifying on it, and None only when no day
    in the next two years (far past every reminder and snooze) notifies."""
    due, reminders, silences = review
    since = due + dt.timedelta(days=offset)
    found = first_notice_on(due, reminders, silences, since)
    tried = (since + dt.timedelta(days=n) for n in range(2 * 366))
    truth = next((day for day in tried if notifies(due, reminders, silences, day)), None)
    assert found == truth
