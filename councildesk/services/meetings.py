"""The meetings calendar: Full Council and each committee."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import FULL_COUNCIL, Committee, Meeting
from councildesk.errors import Problem, ValidationError
from councildesk.rules.recurrence import monthly_dates
from councildesk.services import audit
from councildesk.services.committees import find_committee_by_name
from councildesk.services.lookup import get_or_raise


@dataclass
class MeetingInput:
    body: str
    held_on: dt.date | None
    starts_at: dt.time | None = None
    venue: str = ""
    notes: str = ""


def body_names(session: Session) -> list[str]:
    names = list(session.scalars(select(Committee.name).order_by(Committee.name)))
    return [FULL_COUNCIL, *names]


def _resolve(session: Session, data: MeetingInput) -> tuple[Committee | None, dt.date]:
    problems: list[Problem] = []
    committee: Committee | None = None
    body = data.body.strip()
    if not body:
        problems.append(Problem("body", "Choose Full Council or a committee."))
    elif body.lower() != FULL_COUNCIL.lower():
        committee = find_committee_by_name(session, body)
        if committee is None:
            problems.append(
                Problem(
                    "body",
                    f"There is no committee called '{body}'. Add it on the Committees page first.",
                )
            )
    if data.held_on is None:
        problems.append(Problem("held_on", "Enter the date of the meeting."))
    if problems:
        raise ValidationError(problems)
    assert data.held_on is not None
    return committee, data.held_on


def add_meeting(session: Session, data: MeetingInput) -> Meeting:
    committee, held_on = _resolve(session, data)
    meeting = Meeting(
        committee=committee,
        held_on=held_on,
        starts_at=data.starts_at,
        venue=data.venue.strip(),
        notes=data.notes.strip(),
    )
    session.add(meeting)
    session.flush()
    audit.record(session, "create", "meeting", meeting.id, f"{meeting.body_name} {held_on}")
    return meeting


MAX_REPEAT_MONTHS = 36


def add_meeting_series(session: Session, data: MeetingInput, repeat_months: int) -> list[Meeting]:
    """The meeting on ``data.held_on`` and one on the same weekday of the month (the second
    Tuesday, the last Friday, ...) in each of the next ``repeat_months`` months."""
    if not 0 <= repeat_months <= MAX_REPEAT_MONTHS:
        raise ValidationError(
            Problem("repeat", f"Repeat for between 0 and {MAX_REPEAT_MONTHS} more months.")
        )
    _resolve(session, data)
    assert data.held_on is not None
    return [
        add_meeting(session, replace(data, held_on=day))
        for day in monthly_dates(data.held_on, repeat_months + 1)
    ]


def update_meeting(session: Session, meeting_id: int, data: MeetingInput) -> Meeting:
    meeting = get_meeting(session, meeting_id)
    committee, held_on = _resolve(session, data)
    meeting.committee = committee
    meeting.held_on = held_on
    meeting.starts_at = data.starts_at
    meeting.venue = data.venue.strip()
    meeting.notes = data.notes.strip()
    session.flush()
    audit.record(session, "update", "meeting", meeting.id, f"{meeting.body_name} {held_on}")
    return meeting


def delete_meeting(session: Session, meeting_id: int) -> None:
    meeting = get_meeting(session, meeting_id)
    audit.record(session, "delete", "meeting", meeting.id, f"{meeting.body_name} {meeting.held_on}")
    session.delete(meeting)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    return get_or_raise(session, Meeting, meeting_id, "That meeting is no longer in the database.")


def list_meetings(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = None,
) -> list[Meeting]:
    query = select(Meeting).options(selectinload(Meeting.committee))
    if start is not None:
        query = query.where(Meeting.held_on >= start)
    if end is not None:
        query = query.where(Meeting.held_on <= end)
    query = query.order_by(Meeting.held_on, Meeting.starts_at).limit(limit)
    return list(session.scalars(query))


def upcoming(session: Session, today: dt.date, limit: int = 5) -> list[Meeting]:
    return list_meetings(session, start=today, limit=limit)
