"""The log-in agent's horizon stays true whatever the clerk changes.

Each test changes the demo council through a service, as the app does, then checks the row
the agent will read against the slow truth: the first day, tried one by one, on which
``reminders.notices`` has anything to say.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy import event

from councildesk.db import horizon
from councildesk.db.engine import Database
from councildesk.db.models import ReviewOutcome
from councildesk.services import (
    meetings,
    protocols,
    reminder_horizon,
    reminders,
    review_records,
    reviews,
)
from councildesk.services.reminder_check import COMPUTED_BY, nothing_due
from councildesk.services.review_records import ReviewInput, ScheduleInput

TODAY = dt.date(2026, 11, 24)  # the demo council's day (tests/conftest.py)
LOOK_AHEAD = dt.timedelta(days=3 * 366)
Session = Any


@pytest.fixture
def quiet(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The demo council with today's reminders acknowledged: quiet for a few days."""
    monkeypatch.setattr(reminder_horizon, "clock", lambda: TODAY)
    with demo_db.transaction() as session:
        for notice in reminders.notices(session, TODAY):
            reminders.acknowledge(session, notice, TODAY)
    yield demo_db


def first_notice_by_trying_each_day(db: Database, since: dt.date) -> dt.date | None:
    with db.session() as session:
        day = since
        while day <= since + LOOK_AHEAD:
            if reminders.notices(session, day):
                return day
            day += dt.timedelta(days=1)
    return None


def assert_horizon_true(db: Database) -> dt.date | None:
    found = horizon.read(db.path)
    assert found is not None, "the commit left no horizon"
    assert found.computed_on == TODAY and found.computed_by == COMPUTED_BY
    truth = first_notice_by_trying_each_day(db, TODAY)
    assert found.quiet_until == truth
    return truth


def _reminder_dates(db: Database) -> list[tuple[object, ...]]:
    with db.session() as session:
        rows = reviews.schedule(session, TODAY)
        return [(r.policy, r.due_on, r.reminders, r.question) for r in rows]


def _policy_id(session: Session, name: str) -> int:
    return review_records.find_policy(session, name).id


def _notice_on(db: Database, day: dt.date) -> reminders.Notice:
    with db.session() as session:
        return reminders.notices(session, day)[0]


def _unchanged(session: Session) -> None:
    pid = _policy_id(session, "Data Protection Policy")
    review_records.record_review(
        session, pid, ReviewInput(TODAY, ReviewOutcome.UNCHANGED, minute_reference="26/90"), TODAY
    )


def _deferred(session: Session) -> None:
    pid = _policy_id(session, "Data Protection Policy")
    data = ReviewInput(
        TODAY, ReviewOutcome.DEFERRED, deferred_to=dt.date(2027, 3, 1), reason="Awaiting ICO"
    )
    review_records.record_review(session, pid, data, TODAY)


def _law_change(session: Session) -> None:
    review_records.record_law_change(
        session, dt.date(2026, 11, 20), "Local Government Act 2026", ["Code of Conduct"]
    )


def _meeting_added(session: Session) -> None:
    # A later Full Council meeting before the Publication Scheme is due moves its deadline.
    meetings.add_meeting(session, meetings.MeetingInput("Full Council", dt.date(2027, 2, 16)))


def _meeting_removed(session: Session) -> None:
    (meeting,) = [m for m in meetings.list_meetings(session) if m.held_on == dt.date(2026, 12, 15)]
    meetings.delete_meeting(session, meeting.id)


def _reminder_weeks(session: Session) -> None:
    reviews.set_reminder_weeks(session, "10, 1")


def _appointed_day(session: Session) -> None:
    # A national day of mourning inside the Publication Scheme's clear days.
    reviews.add_appointed_day(session, dt.date(2027, 2, 5), "National mourning")


def _question_answered(session: Session) -> None:
    review_records.answer_question(session, _policy_id(session, "Complaints Procedure"), 6)


def _schedule_changed(session: Session) -> None:
    pid = _policy_id(session, "Health and Safety Policy")
    data = ScheduleInput(
        cycle_months=12, next_due_override=dt.date(2027, 1, 20), override_reason="Insurer"
    )
    review_records.update_schedule(session, pid, data)


def _policy_added(session: Session) -> None:
    data = ScheduleInput(next_due_override=dt.date(2027, 1, 10), override_reason="New")
    review_records.add_policy(session, "Social Media Policy", data)


CHANGES: dict[str, Callable[[Session], None]] = {
    "review re-adopted unchanged": _unchanged,
    "review deferred": _deferred,
    "change in the law": _law_change,
    "meeting added": _meeting_added,
    "meeting removed": _meeting_removed,
    "reminder weeks changed": _reminder_weeks,
    "day of mourning added": _appointed_day,
    "biannually answered": _question_answered,
    "schedule changed": _schedule_changed,
    "policy added": _policy_added,
}


def test_the_demo_council_quiet_until_its_next_reminder(quiet: Database) -> None:
    assert assert_horizon_true(quiet) == dt.date(2026, 11, 26)
    assert nothing_due(quiet.path, TODAY) and nothing_due(quiet.path, dt.date(2026, 11, 25))
    assert not nothing_due(quiet.path, dt.date(2026, 11, 26))
    assert not nothing_due(quiet.path, TODAY - dt.timedelta(days=1))  # the clock set back


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_every_change_keeps_the_horizon_true(
    quiet: Database, change: Callable[[Session], None]
) -> None:
    before = _reminder_dates(quiet)
    with quiet.transaction() as session:
        change(session)
    assert _reminder_dates(quiet) != before, "the change should matter to the reminders"
    assert_horizon_true(quiet)


def test_snoozing_and_acknowledging_move_the_horizon(quiet: Database) -> None:
    first = assert_horizon_true(quiet)
    assert first is not None
    notice = _notice_on(quiet, first)
    with quiet.transaction() as session:
        reminders.snooze(session, notice, first + dt.timedelta(days=4), first)
    assert assert_horizon_true(quiet) == first + dt.timedelta(days=1)  # the next review's
    for _ in range(3):
        day = assert_horizon_true(quiet)
        assert day is not None
        with quiet.transaction() as session:
            for later in reminders.notices(session, day):
                reminders.acknowledge(session, later, day)
    assert (assert_horizon_true(quiet) or dt.date.max) > first


def test_a_failed_change_keeps_the_horizon_it_had(quiet: Database) -> None:
    before = horizon.read(quiet.path)
    with pytest.raises(RuntimeError), quiet.transaction() as session:
        _meeting_removed(session)
        raise RuntimeError("the clerk's laptop crashed mid-save")
    assert horizon.read(quiet.path) == before


def test_a_change_made_outside_the_app_forgets_the_horizon(quiet: Database) -> None:
    with closing(sqlite3.connect(quiet.path)) as other, other:
        other.execute("UPDATE meeting SET held_on = '2026-12-01' WHERE held_on = '2026-12-15'")
    assert horizon.read(quiet.path) is None
    assert not nothing_due(quiet.path, TODAY)  # so the agent looks in full
    reminder_horizon.keep(quiet)  # as the running app does at its next check
    assert_horizon_true(quiet)


def test_a_horizon_from_another_version_is_not_trusted(quiet: Database) -> None:
    with closing(sqlite3.connect(quiet.path)) as other, other:
        other.execute("UPDATE reminder_horizon SET computed_by = '0.0.9/1'")
    assert not nothing_due(quiet.path, TODAY)
    reminder_horizon.keep(quiet)
    assert nothing_due(quiet.path, TODAY)


def test_the_horizon_is_worked_out_only_from_watched_tables(quiet: Database) -> None:
    """A table the schedule reads but no trigger watches would leave the horizon stale."""
    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(quiet.engine, "before_cursor_execute", seen)
    try:
        with quiet.session() as session:
            reminder_horizon.quiet_until(session, TODAY)
    finally:
        event.remove(quiet.engine, "before_cursor_execute", seen)
    tables = {
        name
        for statement in statements
        for name in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", statement, re.IGNORECASE)
    }
    assert tables and tables <= set(horizon.WATCHED_TABLES)


def test_a_reader_never_writes_the_horizon(quiet: Database) -> None:
    with closing(sqlite3.connect(quiet.path)) as other, other:
        other.execute("DELETE FROM reminder_horizon")
    with quiet.session() as session:
        reminders.notices(session, TODAY)
        session.commit()
    assert horizon.read(quiet.path) is None


def test_adopting_the_amended_version_keeps_it_true(quiet: Database) -> None:
    with quiet.transaction() as session:
        pid = _policy_id(session, "Member/Officer Protocol")
        data = ReviewInput(TODAY, ReviewOutcome.AMENDED)
        draft_id = review_records.record_review(session, pid, data, TODAY).review.version_id
    assert draft_id is not None
    assert_horizon_true(quiet)
    before = _reminder_dates(quiet)
    with quiet.transaction() as session:
        protocols.adopt(session, draft_id, TODAY, "26/91", today=TODAY)
    assert _reminder_dates(quiet) != before
    assert_horizon_true(quiet)
