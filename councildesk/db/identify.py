"""Is this file a CouncilDesk database, and at which revision? Asked read-only, changing nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from councildesk.db import files, migrate
from councildesk.db.engine import Access, connect

# Tables only CouncilDesk's first revision made; with an alembic_version they recognise a file
# written before files were stamped with the application_id.
_FIRST_TABLES = {"alembic_version", "council", "person", "audit_entry"}


@dataclass(frozen=True)
class FileFacts:
    revision: str
    stamped: bool

    @property
    def current(self) -> bool:
        return self.stamped and self.revision == migrate.head_revision()


def inspect(path: Path, access: Access = Access.READ) -> FileFacts:
    """What the file is, raising NotADatabaseError or DatabaseTooNewError for one we must not open.

    The file is opened read-only (the journal mode and everything else are left alone) and only
    after its first bytes say it is an SQLite database at all.
    """
    files.read_header(path)
    try:
        try:
            application_id, tables, revision = _read(path, access)
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
                raise
            if not files.can_write(path):
                raise files.NotADatabaseError(
                    f"{path.name} was cut off in the middle of a change and is in a folder "
                    "CouncilDesk may not change, so it cannot be put right there. Copy it, with "
                    "the file beside it ending in -journal, to a folder of your own and open that."
                ) from error
            # A hot journal: a write was cut off. Opening read-write rolls it back to the last
            # committed state, which is all it changes (the journal mode is left as it is).
            application_id, tables, revision = _read(path, None)
    except sqlite3.DatabaseError as error:
        raise files.NotADatabaseError(
            f"{path} cannot be read as a CouncilDesk database ({error}); it has not been changed."
        ) from error
    stamped = application_id == files.APPLICATION_ID
    ours = stamped or (application_id == 0 and tables >= _FIRST_TABLES)
    if not ours or revision is None:
        other = "another program's database" if application_id else "not a CouncilDesk database"
        raise files.NotADatabaseError(
            f"{path} is {other}; it has not been changed. "
            "Give the council's .sqlite file, or a new file name to create one."
        )
    if not migrate.is_known(revision):
        if not stamped:
            raise files.NotADatabaseError(
                f"{path} is not a CouncilDesk database; it has not been changed."
            )
        raise migrate.DatabaseTooNewError(migrate.too_new_message(path))
    return FileFacts(revision=revision, stamped=stamped)


def _read(path: Path, access: Access | None) -> tuple[int, set[str], str | None]:
    """The application_id, the table names and the revision; ``None`` reads read-write."""
    if access is None:
        opened = sqlite3.connect(f"file:{quote(path.as_posix(), safe='/:')}?mode=rw", uri=True)
    else:
        opened = connect(path, access)
    with contextlib.closing(opened) as connection:
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
    return application_id, tables, revision
