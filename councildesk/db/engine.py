"""The engine and sessions over one SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from councildesk.db.lock import InstanceLock
from councildesk.errors import CouncilDeskError


class StorageError(CouncilDeskError):
    """The database refused a read or write (disk full, file locked, file damaged)."""


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    if readonly:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"timeout": 5})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if not readonly:
            # WAL lets a reader (a printout, the reminder agent) run beside the writer, and a
            # crash mid-write leaves the last committed state intact.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


class Database:
    """An open council database: the engine, and the lock while open for writing."""

    def __init__(self, path: Path, engine: Engine, lock: InstanceLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def readonly(self) -> bool:
        return self._lock is None

    def session(self) -> Session:
        """A session for reading. Writes go through :meth:`transaction`."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything in the block lands, or nothing does."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as error:
            raise StorageError(
                f"CouncilDesk could not save to {self.path.name}: {_reason(error)}. "
                "Nothing from this change was saved."
            ) from error

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _reason(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None)
    return str(original) if original is not None else type(error).__name__
