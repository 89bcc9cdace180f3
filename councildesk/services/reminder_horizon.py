"""Keeping the log-in agent's horizon: the first day any reminder will notify.

The agent runs at every log-in and on most days has nothing to show. So that it can say so
without loading the whole schedule, each commit that changed what reminders depend on works out
again the first day one will notify, and leaves it in ``reminder_horizon``. Triggers delete the
row whenever a watched table changes (db/horizon.py); the commit then finds it missing and puts
it back, so no service has to remember to.

The horizon holds from the day it was worked out: whether a review notifies changes only on its
reminder dates, its due date and the end of a snooze, all known in advance, so the days passing
change nothing until the horizon is reached. From then on the agent looks in full.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Session

from councildesk.db.engine import WRITER, Database
from councildesk.services.reminder_check import COMPUTED_BY

log = logging.getLogger(__name__)

# The day the hook works from; tests replace it to work on fixed dates.
clock: Callable[[], dt.date] = dt.date.today


def quiet_until(session: Session, since: dt.date) -> dt.date | None:
    """The first day on or after ``since`` on which a reminder notifies; None if none will."""
    from councildesk.rules.reminder_horizon import first_notice_on
    from councildesk.services.reminders import silences
    from councildesk.services.reviews import schedule

    silenced = silences(session)
    firsts = [
        first_notice_on(row.due_on, row.reminders, silenced.get(row.id, {}), since)
        for row in schedule(session, since)
        if row.due_on is not None
    ]
    found = [day for day in firsts if day is not None]
    return min(found) if found else None


def refresh(session: Session, today: dt.date) -> dt.date | None:
    """Work the horizon out again from ``today`` and keep it (in the caller's transaction)."""
    until = quiet_until(session, today)
    _store(session, today, until)
    return until


def _store(session: Session, today: dt.date, until: dt.date | None) -> None:
    from councildesk.db.models import ReminderHorizon

    session.execute(delete(ReminderHorizon))
    session.execute(
        insert(ReminderHorizon).values(
            computed_on=today, quiet_until=until, computed_by=COMPUTED_BY
        )
    )


def _needs_refresh(session: Session, today: dt.date) -> bool:
    from councildesk.db.models import ReminderHorizon

    found = session.execute(select(ReminderHorizon.computed_on, ReminderHorizon.computed_by)).all()
    if len(found) != 1:
        return True
    computed_on, computed_by = found[0]
    return bool(computed_by != COMPUTED_BY or computed_on > today)


@event.listens_for(Session, "before_commit")
def _keep_horizon(session: Session) -> None:
    if not session.info.get(WRITER):
        return
    session.flush()  # so the triggers have seen every change of this transaction
    today = clock()
    if not _needs_refresh(session, today):
        return
    try:
        until = quiet_until(session, today)
    except Exception:  # a derived value must never cost the clerk a save
        # With no row the agent simply looks in full; the next commit tries again.
        log.exception("The reminder horizon could not be worked out")
        return
    _store(session, today, until)


def keep(database: Database) -> None:
    """Put the horizon back where no commit has yet (a file just upgraded, or changed by hand),
    so the next log-in is quick; a file open for reading only is left as it is."""
    if database.readonly or database.read_only_copy:
        return
    with database.transaction():
        pass  # the commit does it (see _keep_horizon)
