"""Plain SQL read through the driver's own connection, without SQLAlchemy.

A command that only reads and then ends (``report protocol``) spends longer importing
SQLAlchemy and mapping the models than doing its work. What it reads is written once, as
plain SQL with ``:name`` parameters, against the small :class:`Reader` interface: here over a
sqlite3 connection, and in services/session_reads.py over a Session, which is how the GUI and
any other database (PostgreSQL later) run the same statements.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from councildesk.db.connection import Access, connect
from councildesk.db.engine import StorageError


class Reader(Protocol):
    def rows(self, sql: str, params: Mapping[str, object] | None = None) -> list[tuple[Any, ...]]:
        """Every row ``sql`` selects, as plain tuples."""
        ...


class DriverReader:
    """A :class:`Reader` over one sqlite3 connection."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self._path = path

    def rows(self, sql: str, params: Mapping[str, object] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self._connection.execute(sql, dict(params or {})).fetchall()
        except sqlite3.Error as error:
            raise StorageError(
                f"CouncilDesk could not read {self._path.name}: {error}. Nothing was changed."
            ) from error


@contextmanager
def reading(path: Path, access: Access) -> Iterator[DriverReader]:
    """A reader whose statements all see one snapshot of the file, as a session's would."""
    with contextlib.closing(connect(path, access)) as connection:
        # The connection is in autocommit mode; one read transaction keeps the statements
        # consistent with each other while another copy of CouncilDesk writes.
        connection.execute("BEGIN")
        try:
            yield DriverReader(connection, path)
        finally:
            connection.execute("ROLLBACK")
