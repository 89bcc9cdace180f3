"""Putting a backup in the place of the council database, checked first and atomically.

The backup is checked before anything else is touched (an SQLite file, CouncilDesk's, a revision
this version knows and not newer, whole, and not the database itself). It is copied with the
backup API under a hidden name beside the database, made one self-contained file and upgraded
there if it is older, so the database is never half-restored. The current database is kept as
a copy beside it; then the backup API writes the staged pages into the database in one SQLite
transaction (atomic, and the file keeps the identity its lock is taken on). All of it happens
under the database's lock, so a restore is refused while another copy of CouncilDesk has it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event

from councildesk.db import files, identify, migrate
from councildesk.db.engine import Access, Database, StorageError, connect, write_failure
from councildesk.db.lock import FileLock
from councildesk.db.open import read_access
from councildesk.errors import CouncilDeskError

STAGING = "restoring"


class RestoreRefusedError(CouncilDeskError):
    """The file cannot be restored from; nothing was changed."""


@dataclass(frozen=True)
class BackupFacts:
    path: Path
    revision: str
    council_name: str
    needs_upgrade: bool


@dataclass(frozen=True)
class Restored:
    facts: BackupFacts
    kept: Path | None  # the copy of the database as it was, if there was one


def inspect_backup(source: Path, database: Path | None = None) -> BackupFacts:
    """What a backup file holds, refusing one that cannot be restored; changes nothing."""
    source = source.expanduser().absolute()
    if not source.exists():
        raise RestoreRefusedError(f"There is no file {source}. Choose the backup file itself.")
    if database is not None and database.exists() and _same_file(source, database):
        raise RestoreRefusedError(
            f"{source.name} is the council file itself, not a backup of it; nothing was "
            "changed. Choose a backup, usually in the Backups folder or on a USB stick."
        )
    try:
        facts = identify.inspect(source, read_access(source))
    except files.NotADatabaseError as error:
        what = str(error).split("; it has not been changed")[0]
        raise RestoreRefusedError(
            f"{what}, so it cannot be restored; nothing was changed. Choose a CouncilDesk "
            "backup, usually in the Backups folder beside the council file."
        ) from None
    with contextlib.closing(connect(source, read_access(source))) as connection:
        try:
            result = str(connection.execute("PRAGMA quick_check").fetchone()[0])
            row = connection.execute("SELECT name FROM council ORDER BY id LIMIT 1").fetchone()
        except sqlite3.DatabaseError as error:
            result, row = str(error), None
    if result != "ok":
        raise RestoreRefusedError(
            f"{source.name} is damaged or incomplete ({result[:80]}), so it cannot be restored; "
            "nothing was changed. Choose an earlier backup."
        )
    return BackupFacts(
        source,
        facts.revision,
        str(row[0]) if row else "",
        facts.revision != migrate.head_revision(),
    )


def restore_file(database: Path, source: Path, now: dt.datetime) -> Restored:
    """Restore ``source`` as the database at ``database``, taking the database's lock.

    The current database need not open (restoring is how a damaged one is put right).
    """
    database = database.expanduser().absolute()
    facts = inspect_backup(source, database)
    existed = database.exists()
    lock = FileLock.for_file(database) if existed else FileLock.for_new_file(database)
    lock.acquire()  # DatabaseInUseError while another copy of CouncilDesk has it
    try:
        return _replace(database, facts, now)
    finally:
        lock.release()


def restore_open(db: Database, source: Path, now: dt.datetime) -> Restored:
    """Restore ``source`` into the database this process has open for writing.

    The lock is held throughout; the engine's connections are closed first and reopen on the
    restored file when next needed.
    """
    if db.readonly:
        raise RestoreRefusedError(
            f"{db.path.name} is open for reading only here, so it cannot be restored into."
        )
    facts = inspect_backup(source, db.path)
    db.engine.dispose()
    return _replace(db.path, facts, now)


def _replace(database: Path, facts: BackupFacts, now: dt.datetime) -> Restored:
    files.make_private_folder(database.parent)
    files.remove_leftovers(database, STAGING)
    staged = files.temporary_sibling(database, STAGING)
    made = [staged, *(staged.with_name(staged.name + s) for s in ("-journal", "-wal", "-shm"))]
    try:
        files.new_private_file(staged)
        _stage(facts, staged)
        if not database.exists():
            files.place_new(staged, database)
            return Restored(facts, None)
        kept = _keep_current(database, now)
        if not _copy_into(staged, database):
            _put_in_place(staged, database)
    except (sqlite3.Error, OSError) as error:
        raise StorageError(write_failure(database, error)) from error
    finally:
        for leftover in made:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return Restored(facts, kept)


def _copy_into(staged: Path, database: Path) -> bool:
    """Write the staged file's pages into the database in one SQLite transaction.

    The file keeps its identity (so the lock, which is taken on it, stays good) and SQLite's
    own journal makes the switch atomic: a kill part-way leaves the database as it was. False
    when the database is too damaged to be written into.
    """
    try:
        with (
            contextlib.closing(connect(staged, Access.READ)) as source,
            contextlib.closing(connect(database, Access.WRITE)) as target,
        ):
            if str(target.execute("PRAGMA quick_check").fetchone()[0]) != "ok":
                return False
            source.backup(target)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise RestoreRefusedError(
                f"Another program is using {database.name}, so it cannot be replaced now; "
                "nothing was changed. Close it and try again."
            ) from error
        if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
            raise
        return False
    return True


def _stage(facts: BackupFacts, staged: Path) -> None:
    """The backup, copied whole to ``staged``, upgraded if older, in one file, and checked."""
    with (
        contextlib.closing(connect(facts.path, read_access(facts.path))) as source,
        contextlib.closing(sqlite3.connect(staged, isolation_level=None)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    if facts.needs_upgrade:
        _upgrade_staged(staged)
    with contextlib.closing(sqlite3.connect(staged, isolation_level=None)) as copy:
        result = str(copy.execute("PRAGMA integrity_check").fetchone()[0])
    if result != "ok":
        raise RestoreRefusedError(
            f"The copy of {facts.path.name} did not pass its check ({result[:80]}); nothing "
            "was changed. Choose an earlier backup."
        )


def _upgrade_staged(staged: Path) -> None:
    """Bring the staged copy to this version's schema, in one transaction, in its own file."""

    def building() -> sqlite3.Connection:
        connection = sqlite3.connect(staged, isolation_level=None)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("PRAGMA foreign_keys=OFF")  # as migrate.upgrade: checked at the end
        return connection

    engine = create_engine(f"sqlite:///{staged.as_posix()}", creator=building)

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    try:
        with engine.connect() as connection, connection.begin():
            migrate.migrate_in_transaction(connection)
    except migrate.UpgradeFailedError as error:
        raise RestoreRefusedError(
            f"The backup could not be upgraded for this version of CouncilDesk ({error}); "
            "nothing was changed."
        ) from error
    finally:
        engine.dispose()


def _keep_current(database: Path, now: dt.datetime) -> Path:
    """Copy the database as it is beside itself, whole, before it is replaced."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
    partial = files.temporary_sibling(database, "keeping")
    try:
        files.new_private_file(partial, files.file_mode(database))
        try:
            with (
                contextlib.closing(connect(database, Access.READ)) as source,
                contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as copy,
            ):
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.DatabaseError:
            # Too damaged to read page by page: keep its bytes (and its WAL) as they are.
            shutil.copyfile(database, partial)
            wal = database.with_name(database.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
        files.replace_with(partial, kept)
    finally:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    return kept


def _put_in_place(staged: Path, database: Path) -> None:
    """For a database too damaged to write into: rename the staged file over it.

    Its WAL goes first (it is in the kept copy): a WAL records pages, not which file they belong
    to, and left beside the restored file it would be replayed into it.
    """
    for name in (f"{database.name}-wal", f"{database.name}-shm"):
        database.with_name(name).unlink(missing_ok=True)
    files.replace_with(staged, database)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve() or one.samefile(other)
    except OSError:
        return False
