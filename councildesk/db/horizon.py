"""The reminder horizon in the SQLite file: the triggers that forget it, and a quick read of it.

The row in ``reminder_horizon`` says from which day the log-in agent has something to show. It
is derived from the tables below, so a trigger on each deletes it on any insert, update or
delete, whoever writes (the app, a migration, a hand-typed SQL statement); the next commit of
the app works it out again (services/reminder_horizon.py). A migration that rebuilds one of
these tables (Alembic's batch mode on SQLite copies a table and drops the old one, and its
triggers with it) must call :func:`create_triggers` for it again; tests/db/test_horizon.py checks
that every table has its triggers at head.

The read uses sqlite3 alone: the agent runs at every log-in and must not pay for SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from councildesk.db.connection import Access, connect

TABLE = "reminder_horizon"

# Everything a review's due date, meeting, agenda deadline and reminders are worked out from,
# and what the clerk did about the reminders.
WATCHED_TABLES = (
    "council",  # its kind: the bank holidays of England or of Wales
    "committee",
    "meeting",
    "policy",
    "policy_version",  # adoption dates and the document's own dates
    "review_schedule",
    "policy_review",
    "legal_change",
    "legal_change_policy",
    "reminder_state",  # snoozed and acknowledged reminders
    "appointed_day",
    "review_settings",  # how long before the deadline reminders fall
)
EVENTS = ("insert", "update", "delete")


def trigger_name(table: str, event: str) -> str:
    return f"{table}_forgets_{TABLE}_{event}"


def create_triggers(execute: Callable[[str], object], tables: Sequence[str]) -> None:
    """Make (or remake) the triggers on ``tables``; ``execute`` runs one SQL statement
    (``op.execute``). A migration passes its own list: the tables as they were at it."""
    for table in tables:
        for event in EVENTS:
            name = trigger_name(table, event)
            execute(f"DROP TRIGGER IF EXISTS {name}")
            execute(
                f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} "
                f"BEGIN DELETE FROM {TABLE}; END"
            )


def drop_triggers(execute: Callable[[str], object], tables: Sequence[str]) -> None:
    for table in tables:
        for event in EVENTS:
            execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}")


@dataclass(frozen=True)
class Horizon:
    computed_on: dt.date
    quiet_until: dt.date | None  # None: nothing notifies until something changes
    computed_by: str


def read(path: Path) -> Horizon | None:
    """The horizon as last committed, or None when there is none or it cannot be read (no
    such file or table, a file from before it existed, a damaged file): never a guess.

    Read-only and without the app's lock: SQLite's WAL lets it read beside a running CouncilDesk,
    and it sees the last committed state even mid-write.
    """
    if not path.is_file():
        return None
    try:
        with contextlib.closing(connect(path, Access.READ)) as connection:
            found = connection.execute(
                f"SELECT computed_on, quiet_until, computed_by FROM {TABLE}"
            ).fetchall()
    except sqlite3.Error:
        return None
    if len(found) != 1:
        return None
    computed_on, quiet_until, computed_by = found[0]
    try:
        return Horizon(
            dt.date.fromisoformat(computed_on),
            dt.date.fromisoformat(quiet_until) if quiet_until is not None else None,
            str(computed_by),
        )
    except (TypeError, ValueError):
        return None
