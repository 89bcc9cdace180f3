"""Bringing a database file to the schema this CouncilDesk expects, atomically.

The whole upgrade, the application_id stamp included, runs in one SQLite transaction, so a crash
or an error at any instant leaves the file at its old revision, whole. Before an upgrade a
safety copy is written under a temporary name and renamed once complete, so no half-written copy
ever looks like a backup. A database written by a newer CouncilDesk is refused untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk import paths
from councildesk.db import files, revisions
from councildesk.db.engine import Access, connect, make_engine
from councildesk.errors import CouncilDeskError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection


class DatabaseTooNewError(CouncilDeskError):
    pass


class DatabaseNeedsUpgradeError(CouncilDeskError):
    pass


class UpgradeFailedError(CouncilDeskError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # Alembic loads only when a file is created or upgraded

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return revisions.head()


def is_known(revision: str) -> bool:
    return revisions.is_known(revision)


def too_new_message(path: Path) -> str:
    return (
        f"{path.name} was written by a newer version of CouncilDesk. "
        "Install the latest CouncilDesk to open it; the file has not been changed."
    )


def migrate_in_transaction(connection: Connection) -> None:
    """Upgrade to head and stamp the file as CouncilDesk's; the caller's transaction commits."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
    connection.exec_driver_sql(f"PRAGMA application_id={files.APPLICATION_ID}")
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise UpgradeFailedError(f"{len(broken)} rows would point at records that do not exist")


def safety_copy(path: Path, revision: str) -> Path:
    """Copy the file beside itself, with its own permissions, before an upgrade changes it."""
    files.remove_leftovers(path, "copying")
    partial = files.temporary_sibling(path, "copying")
    files.new_private_file(partial, files.file_mode(path))
    try:
        # The backup API copies a consistent snapshot even with a WAL file beside the database.
        with (
            contextlib.closing(connect(path, Access.READ)) as source,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
        files.replace_with(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def upgrade(path: Path, revision: str) -> Path | None:
    """Upgrade the locked file from ``revision``; return the safety copy when one was made."""
    backup = safety_copy(path, revision) if revision != head_revision() else None
    before = _fingerprint(path)
    # Foreign keys are off for the upgrade (SQLite cannot switch them inside a transaction, and a
    # table rebuilt in batch mode would otherwise cascade deletes); they are checked before commit.
    engine = make_engine(path, Access.WRITE, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            migrate_in_transaction(connection)
    except Exception as error:
        engine.dispose()
        raise UpgradeFailedError(_after_failure(path, before, backup, error)) from error
    finally:
        engine.dispose()
    return backup


def _fingerprint(path: Path) -> tuple[str, str] | None:
    """The revision and the whole schema, or None if the file fails its quick check."""
    with contextlib.closing(connect(path, Access.READ)) as connection:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        schema = connection.execute(
            "SELECT group_concat(type || name || coalesce(sql, ''), ';') FROM "
            "(SELECT * FROM sqlite_master ORDER BY type, name)"
        ).fetchone()[0]
    return (str(row[0]) if row else "", str(schema))


def _after_failure(
    path: Path, before: tuple[str, str] | None, backup: Path | None, error: Exception
) -> str:
    """Make sure the file is as it was, restoring the safety copy if it is not; say which."""
    reason = str(getattr(error, "orig", None) or error) or type(error).__name__
    try:
        unchanged = before is not None and _fingerprint(path) == before
    except sqlite3.Error:
        unchanged = False
    kept = f" (a copy from before is at {backup.name})" if backup else ""
    if unchanged:
        return (
            f"Upgrading {path.name} for this version of CouncilDesk failed ({reason}); the file "
            f"is unchanged{kept}."
        )
    if backup is None:
        return f"Upgrading {path.name} failed ({reason}) and the file may be damaged."
    with (
        contextlib.closing(connect(backup, Access.READ)) as source,
        contextlib.closing(connect(path, Access.WRITE)) as target,
    ):
        source.backup(target)
    return (
        f"Upgrading {path.name} for this version of CouncilDesk failed ({reason}); it was "
        f"restored from {backup.name} and is as it was before the upgrade."
    )
