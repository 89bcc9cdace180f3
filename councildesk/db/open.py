"""Opening a council database: identify the file read-only, lock, upgrade, hand back a Database.

The order matters. Nothing is written (no lock file, no journal-mode change, no -shm) until
the file is known to be a CouncilDesk database this version can open; the upgrade runs under the
lock and in one transaction; a file this process may not change is opened as a read-only copy.
"""

from __future__ import annotations

from pathlib import Path

from councildesk import paths
from councildesk.db import files, identify, migrate
from councildesk.db.create import create_database
from councildesk.db.engine import Access, Database, make_engine, read_only_message
from councildesk.db.lock import FileLock
from councildesk.errors import CouncilDeskError


class DatabaseMissingError(CouncilDeskError):
    pass


def read_access(path: Path) -> Access:
    """Read normally where -shm can be made; otherwise tell SQLite the file cannot change.

    A file with an unfinished WAL beside it must be read through the WAL, so it is read
    normally even then (SQLite can do so if the -shm file is already there).
    """
    if files.can_write(path):
        return Access.READ
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return Access.READ
    return Access.FROZEN


def open_database(path: Path, *, create: bool = False, readonly: bool = False) -> Database:
    """Open ``path`` for this process.

    ``create`` makes a new empty database if there is no file (never over an existing one).
    ``readonly`` takes no lock and changes nothing, so it works beside a running CouncilDesk.
    A file this process may not write is opened as a read-only copy either way.
    """
    path = path.expanduser().absolute()
    if not path.exists():
        if not create or readonly:
            raise DatabaseMissingError(
                f"There is no council database at {path}. "
                "Run 'councildesk init --council NAME' or start CouncilDesk to set one up."
            )
        create_database(path)
    path = path.resolve()
    access = read_access(path)
    facts = identify.inspect(path, access)
    if readonly or not files.can_write(path):
        return _open_for_reading(path, facts, access)

    lock = FileLock.for_file(path)
    lock.acquire()
    try:
        # Identified again under the lock: another copy may have upgraded it meanwhile.
        facts = identify.inspect(path)
        if path.parent == paths.data_dir().resolve():
            files.make_private(path)
        if not facts.current:
            migrate.upgrade(path, facts.revision)
        engine = make_engine(path, Access.WRITE)
    except BaseException:
        lock.release()
        raise
    return Database(path, engine, lock)


def _open_for_reading(path: Path, facts: identify.FileFacts, access: Access) -> Database:
    reason = None if files.can_write(path) else read_only_message(path)
    if facts.revision != migrate.head_revision():
        where = (
            "Open it in CouncilDesk once, then try again."
            if reason is None
            else "Copy it to a folder you can change and open it there."
        )
        raise migrate.DatabaseNeedsUpgradeError(
            f"{path.name} needs upgrading by this version of CouncilDesk. {where}"
        )
    return Database(path, make_engine(path, access), None, read_only_reason=reason)
