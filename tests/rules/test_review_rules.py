"""Review cycles, the next due date, reminders and status: pure rules on fixed dates."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.reviews import (
    DEFAULT_REMINDER_DAYS,
    DocDue,
    ScheduleFacts,
    Status,
    add_months,
    check_cycle,
    current_reminder,
    cycle_label,
    last_meeting_on_or_before,
    next_due,
    parse_reminder_days,
    read_wording,
    reminder_dates,
    status,
)

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2080, 12, 31))
cycles = st.integers(min_value=1, max_value=120)


def test_a_cycle_from_31_january_ends_on_the_last_day_of_february() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2028, 2, 29), 12) == dt.date(2029, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


@given(days, cycles)
def test_adding_months_keeps_the_day_or_ends_the_month(day: dt.date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(later.year, later.month)[1]
    assert later.day == min(day.day, last)


@given(days, cycles, cycles)
def test_two_cycles_never_end_later_than_one_long_one(day: dt.date, a: int, b: int) -> None:
    assert add_months(add_months(day, a), b) <= add_months(day, a + b)


@pytest.mark.parametrize(
    ("words", "iso", "months", "legal", "required", "question"),
    [
        ("reviewed biannually or when legal changes arise", None, None, True, False, "biannually"),
        ("Bi-annually", None, None, False, False, "bi-annually"),
        ("reviewed annually", None, 12, False, False, None),
        ("every three years", None, 36, False, False, None),
        ("As required", None, None, False, True, None),
        ("when there is a change in the law", None, None, True, False, None),
        ("every two years, or sooner if the law changes", None, 24, True, False, None),
        ("2027", "2027", None, False, False, None),
        ("when the moon is full", None, None, False, False, "when the moon is full"),
    ],
)
def test_the_documents_own_words(
    words: str,
    iso: str | None,
    months: int | None,
    legal: bool,
    required: bool,
    question: str | None,
) -> None:
    reading = read_wording(words, iso)
    assert (reading.cycle_months, reading.on_legal_change, reading.as_required) == (
        months,
        legal,
        required,
    )
    assert reading.question == question


def test_a_year_alone_is_due_from_1_january_with_the_month_not_set() -> None:
    reading = read_wording("Review date: 2027", "2027")
    assert reading.due == DocDue(dt.date(2027, 1, 1), "year")
    due = next_due(ScheduleFacts(doc_due=reading.due))
    assert due.on == dt.date(2027, 1, 1) and due.month_not_set
    assert due.label == "2027 (month not set)"


def test_biannually_gives_no_date_until_the_clerk_answers() -> None:
    waiting = next_due(ScheduleFacts(question="biannually", adopted_on=dt.date(2024, 5, 14)))
    assert waiting.on is None and "biannually" in waiting.reason
    answered = next_due(ScheduleFacts(cycle_months=24, adopted_on=dt.date(2024, 5, 14)))
    assert answered.on == dt.date(2026, 5, 14)


def test_the_cycle_runs_from_the_last_review_not_the_adoption() -> None:
    facts = ScheduleFacts(
        cycle_months=12, adopted_on=dt.date(2022, 7, 28), last_reviewed_on=dt.date(2025, 3, 11)
    )
    assert next_due(facts).on == dt.date(2026, 3, 11)


def test_an_override_wins_and_says_why() -> None:
    facts = ScheduleFacts(
        cycle_months=12,
        adopted_on=dt.date(2025, 1, 1),
        override_on=dt.date(2025, 9, 1),
        override_reason="new model policy from NALC",
    )
    due = next_due(facts)
    assert due.on == dt.date(2025, 9, 1) and "NALC" in due.reason


def test_a_change_in_the_law_brings_the_review_forward() -> None:
    facts = ScheduleFacts(
        cycle_months=36,
        adopted_on=dt.date(2025, 1, 1),
        law_change_due=dt.date(2026, 2, 10),
        law_change_reason="Change in the law: Employment Rights Act 2025",
    )
    due = next_due(facts)
    assert due.on == dt.date(2026, 2, 10) and "Employment Rights" in due.reason


def test_as_required_has_no_date() -> None:
    due = next_due(ScheduleFacts(as_required=True, adopted_on=dt.date(2025, 1, 1)))
    assert due.on is None and due.reason.startswith("As required")


def test_status_over_the_reminders() -> None:
    due_on = dt.date(2027, 3, 9)
    reminders = reminder_dates(dt.date(2027, 3, 4), DEFAULT_REMINDER_DAYS)
    assert reminders == [dt.date(2027, 1, 21), dt.date(2027, 2, 18)]
    assert status(due_on, reminders, dt.date(2027, 1, 20)) is Status.UPCOMING
    assert status(due_on, reminders, dt.date(2027, 1, 21)) is Status.DUE
    assert status(due_on, reminders, dt.date(2027, 3, 9)) is Status.DUE
    assert status(due_on, reminders, dt.date(2027, 3, 10)) is Status.OVERDUE
    assert current_reminder(reminders, dt.date(2027, 1, 1)) == dt.date(2027, 1, 21)
    assert current_reminder(reminders, dt.date(2027, 2, 20)) == dt.date(2027, 2, 18)


@given(days, days, st.lists(st.integers(min_value=1, max_value=365), min_size=1, max_size=4))
def test_status_moves_only_forward_with_time(
    due_on: dt.date, today: dt.date, offsets: list[int]
) -> None:
    reminders = reminder_dates(due_on, offsets)
    order = [Status.UPCOMING, Status.DUE, Status.OVERDUE]
    now = status(due_on, reminders, today)
    later = status(due_on, reminders, today + dt.timedelta(days=1))
    assert order.index(later) >= order.index(now)


def test_the_last_meeting_on_or_before_the_due_date() -> None:
    meetings = [dt.date(2027, 1, 12), dt.date(2027, 2, 9), dt.date(2027, 3, 9)]
    assert last_meeting_on_or_before(dt.date(2027, 3, 8), meetings) == dt.date(2027, 2, 9)
    assert last_meeting_on_or_before(dt.date(2027, 3, 9), meetings) == dt.date(2027, 3, 9)
    assert last_meeting_on_or_before(dt.date(2027, 1, 1), meetings) is None


def test_reminder_settings_are_weeks_and_refuse_nonsense() -> None:
    assert parse_reminder_days("6, 2") == (42, 14)
    assert parse_reminder_days("4") == (28,)
    for bad in ("", "six", "0", "-2", "60"):
        with pytest.raises(ValueError):
            parse_reminder_days(bad)


def test_cycles_of_zero_or_less_are_refused() -> None:
    assert check_cycle(0) and check_cycle(-6) and check_cycle(500)
    assert check_cycle(12) is None and check_cycle(None) is None


def test_cycle_labels_read_naturally() -> None:
    assert cycle_label(24, True, False) == "Every 2 years, and on a change in the law"
    assert cycle_label(6, False, False) == "Every 6 months"
    assert cycle_label(None, False, True) == "As required"


@given(days, st.lists(days, max_size=8))
def test_the_timeline_keeps_every_review_inside_its_24_months(
    today: dt.date, dues: list[dt.date]
) -> None:
    from councildesk.rules.review_timeline import Entry, layout

    picture = layout([Entry(f"P{i}", d, None, Status.UPCOMING) for i, d in enumerate(dues)], today)
    assert len(picture.ticks) == 24 and picture.ticks[0][0] == 0.0
    assert all(0.0 <= item.due_at < 1.0 for item in picture.items)
    assert len(picture.items) == sum(1 for d in dues if d < picture.end)
