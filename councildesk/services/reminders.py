"""Reminders that notify: the tray while CouncilDesk runs, and the log-in agent when it does not.

A reminder is one of a review's reminder dates (or its due date, once overdue). The clerk can
snooze it to a later date or acknowledge it; an acknowledged reminder stops notifying, and the
next reminder for the same review notifies afresh.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from councildesk.db.models import ReminderState
from councildesk.errors import CouncilDeskError, Problem, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.reminder_horizon import NoticeKey, Silence, notice_key, notifies
from councildesk.rules.reviews import Status
from councildesk.services import audit
from councildesk.services.reviews import ScheduleRow, action_for, schedule


@dataclass(frozen=True)
class Notice:
    policy_id: int
    due_on: dt.date
    remind_on: dt.date
    text: str
    policy: str = ""
    overdue: bool = False


def silences(session: Session) -> dict[int, dict[NoticeKey, Silence]]:
    """What the clerk did about each policy's reminders: acknowledged or snoozed."""
    found: dict[int, dict[NoticeKey, Silence]] = defaultdict(dict)
    for state in session.scalars(select(ReminderState)):
        found[state.policy_id][state.due_on, state.remind_on] = Silence(
            state.acknowledged_on, state.snoozed_until
        )
    return found


def notices(session: Session, today: dt.date) -> list[Notice]:
    """The reminders that should notify today: fallen, not acknowledged, not snoozed."""
    return notices_among(session, schedule(session, today), today)


def notices_among(session: Session, rows: Sequence[ScheduleRow], today: dt.date) -> list[Notice]:
    """The same, among schedule rows already worked out for ``today`` (no second schedule)."""
    silenced = silences(session)
    found: list[Notice] = []
    for row in rows:
        if row.due_on is None:
            continue
        key = notice_key(row.due_on, row.reminders, today)
        action = action_for(row, today)
        if key is None or action is None:
            continue
        if not notifies(row.due_on, row.reminders, silenced.get(row.id, {}), today):
            continue
        overdue = row.status is Status.OVERDUE
        found.append(Notice(row.id, key[0], key[1], action.what, row.policy, overdue))
    return found


def _state(session: Session, notice: Notice) -> ReminderState:
    state = session.scalars(
        select(ReminderState).where(
            ReminderState.policy_id == notice.policy_id,
            ReminderState.due_on == notice.due_on,
            ReminderState.remind_on == notice.remind_on,
        )
    ).first()
    if state is None:
        state = ReminderState(
            policy_id=notice.policy_id, due_on=notice.due_on, remind_on=notice.remind_on
        )
        session.add(state)
    return state


def acknowledge(session: Session, notice: Notice, today: dt.date) -> None:
    state = _state(session, notice)
    state.acknowledged_on = today
    session.flush()
    audit.record(session, "acknowledge", "reminder", state.id, f"{notice.remind_on}")


def snooze(session: Session, notice: Notice, until: dt.date | None, today: dt.date) -> None:
    if until is None or until <= today:
        raise ValidationError(Problem("until", "Snooze to a date after today."))
    if until > notice.due_on and notice.due_on > today:
        raise ValidationError(
            Problem(
                "until", f"Snooze to a date before the review is due ({uk_date(notice.due_on)})."
            )
        )
    state = _state(session, notice)
    state.snoozed_until = until
    session.flush()
    audit.record(session, "snooze", "reminder", state.id, f"{notice.remind_on} to {until}")


def notices_for(session: Session, row: ScheduleRow, today: dt.date) -> list[Notice]:
    """One policy's reminder notifying today, from its row as the page shows it."""
    return notices_among(session, [row], today)


def agent_notices(path: Path, today: dt.date) -> list[Notice]:
    """What the log-in agent shows: read-only, no lock, and no Alembic (which would cost more
    than the whole check), so it runs in a moment beside a CouncilDesk that has the file open."""
    from councildesk.db.engine import Access, Database, make_engine

    if not path.exists():
        raise CouncilDeskError(f"There is no council database at {path}.")
    database = Database(path, make_engine(path, Access.READ), None)
    try:
        with database.session() as session:
            return notices(session, today)
    except SQLAlchemyError:
        raise CouncilDeskError(
            f"{path.name} could not be read for reminders; open it in CouncilDesk once "
            "(it may need upgrading), then try again."
        ) from None
    finally:
        database.close()
