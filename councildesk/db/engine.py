"""The engine and sessions over one SQLite file.

SQLAlchemy is imported when the first session is made, not when a file is opened: opening
(identify, lock, upgrade if need be) speaks sqlite3 only, so the window can be on screen while
SQLAlchemy loads.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from councildesk.db.connection import Access as Access
from councildesk.db.connection import connect as connect
from councildesk.db.lock import FileLock
from councildesk.errors import CouncilDeskError

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from councildesk.db.plain import DriverReader

# What other layers need in place before the first session is made (services' commit hooks),
# run once then; adding one loads nothing, so a file can be opened before SQLAlchemy loads.
BEFORE_FIRST_SESSION: list[Callable[[], None]] = []

# Set in the info of each session that may write (see Database.transaction), so that work done
# at commit (services/reminder_horizon.py) knows it may write too.
WRITER = "councildesk.writer"


class StorageError(CouncilDeskError):
    """The database refused a read or write (disk full, file locked, file damaged)."""


# A service that deletes confidential content sets ``session.info[SCRUB] = True``; once the
# transaction commits, the WAL is folded into the file and emptied (see Database.transaction).
SCRUB = "councildesk.scrub"


def make_engine(path: Path, access: Access = Access.WRITE, *, foreign_keys: bool = True) -> Engine:
    from sqlalchemy import create_engine, event

    # The file URL only chooses SQLAlchemy's file pool; the creator makes each connection.
    engine = create_engine(
        f"sqlite:///{path.as_posix()}",
        creator=lambda: connect(path, access, foreign_keys=foreign_keys),
    )

    # SQLAlchemy's documented recipe for pysqlite: the driver would otherwise begin no
    # transaction before DDL, so each statement of a migration would commit on its own.
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(BEGIN_MODE, "")
        connection.exec_driver_sql(f"BEGIN {mode}".rstrip())

    return engine


# An execution option naming how a transaction begins. A user action's transaction begins
# IMMEDIATE: it takes SQLite's write lock before its first read, so what it reads (the newest
# audit seal, the next case reference) cannot be changed by another writer before it commits,
# and a second writer waits for the lock (the connection's timeout) instead of failing mid-way.
BEGIN_MODE = "councildesk_begin"


class Database:
    """An open council database: the engine, and the lock while open for writing.

    Made with an engine, or (``deferred``) with what makes one on first use.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine | None,
        lock: FileLock | None,
        *,
        read_only_reason: str | None = None,
        access: Access = Access.WRITE,
    ) -> None:
        self.path = path
        self._engine = engine
        self._access = access
        self._lock = lock
        # Set when the file itself cannot be written (not merely opened for reading).
        self.read_only_reason = read_only_reason
        self._made_sessions: sessionmaker[Session] | None = None
        self._made_write_sessions: sessionmaker[Session] | None = None

    @classmethod
    def deferred(
        cls,
        path: Path,
        access: Access,
        lock: FileLock | None,
        *,
        read_only_reason: str | None = None,
    ) -> Database:
        return cls(path, None, lock, read_only_reason=read_only_reason, access=access)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path, self._access)
        return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._made_sessions is None:
            self._make_sessions()
        assert self._made_sessions is not None
        return self._made_sessions

    @property
    def _write_sessions(self) -> sessionmaker[Session]:
        if self._made_write_sessions is None:
            self._make_sessions()
        assert self._made_write_sessions is not None
        return self._made_write_sessions

    def _make_sessions(self) -> None:
        from sqlalchemy.orm import sessionmaker

        from councildesk.db import limits  # noqa: F401 - registers the checks on every flush

        for hook in BEFORE_FIRST_SESSION:
            hook()
        self._made_sessions = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        self._made_write_sessions = sessionmaker(writer, expire_on_commit=False)

    def holds_council(self) -> bool:
        """Whether the file has a council in it yet: one query, no ORM (asked before the window
        opens, to choose between the window and the first-run screen)."""
        with contextlib.closing(connect(self.path, self._access)) as connection:
            return connection.execute("SELECT 1 FROM council LIMIT 1").fetchone() is not None

    def reading(self) -> AbstractContextManager[DriverReader]:
        """Plain SQL over one snapshot, without SQLAlchemy (see plain.py)."""
        from councildesk.db import plain

        return plain.reading(self.path, self._access)

    @property
    def readonly(self) -> bool:
        return self._lock is None

    @property
    def read_only_copy(self) -> bool:
        return self.read_only_reason is not None

    def session(self) -> Session:
        """A session for reading. Writes go through :meth:`transaction`."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything in the block lands, or nothing does.

        The block's end is the commit: report success after the ``with`` statement, never
        inside it.
        """
        from sqlalchemy.exc import SQLAlchemyError

        if self.read_only_reason is not None:
            raise StorageError(self.read_only_reason)
        if self._lock is None:
            raise StorageError(f"{self.path.name} was opened for reading only; nothing was saved.")
        try:
            with self._write_sessions(info={WRITER: True}) as session, session.begin():
                yield session
                scrub = bool(session.info.get(SCRUB))
        except SQLAlchemyError as error:
            raise StorageError(write_failure(self.path, error)) from error
        if scrub:
            self._fold_wal()

    def _fold_wal(self) -> None:
        """Copy the WAL into the file and empty it, so deleted pages leave the WAL at once
        rather than whenever SQLite next overwrites them. A reader still holding an older
        snapshot can keep it from finishing; then it completes at a later checkpoint."""
        # The DB-API connection is in autocommit mode: no BEGIN around the checkpoint.
        raw = self.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def read_only_message(path: Path) -> str:
    return (
        f"CouncilDesk may not write to {path.name} in the folder {path.parent}: it is a "
        "read-only copy. Copy the file to a folder you can change (such as Documents) and "
        "open that, or ask for write permission; nothing was saved."
    )


def write_failure(path: Path, error: BaseException) -> str:
    """The one line for a write SQLite refused, naming the folder where that helps."""
    original = getattr(error, "orig", error)
    name = getattr(original, "sqlite_errorname", "")
    if isinstance(original, OSError):
        name = {errno.ENOSPC: "SQLITE_FULL", errno.EROFS: "SQLITE_READONLY"}.get(
            original.errno or 0, name
        )
        if isinstance(original, PermissionError):
            name = "SQLITE_READONLY"
    if name == "SQLITE_FULL":
        return (
            f"The disk holding the folder {path.parent} is full, so {path.name} could not be "
            "saved. Free some space on it, then try again. Nothing from this change was saved."
        )
    if name.startswith("SQLITE_READONLY"):
        return read_only_message(path)
    if name == "SQLITE_BUSY":
        return (
            f"{path.name} is busy with another program; try again in a moment. "
            "Nothing from this change was saved."
        )
    return (
        f"CouncilDesk could not save to {path.name}: {original}. "
        "Nothing from this change was saved."
    )
