"""Opening a council database: lock, check the schema, upgrade, hand back a Database."""

from __future__ import annotations

from pathlib import Path

from councildesk.db import migrate
from councildesk.db.engine import Database, make_engine
from councildesk.db.lock import InstanceLock
from councildesk.errors import CouncilDeskError


class DatabaseMissingError(CouncilDeskError):
    pass


def open_database(path: Path, *, create: bool = False, readonly: bool = False) -> Database:
    """Open ``path`` for this process.

    ``create`` makes a new empty database if there is none. ``readonly`` takes no lock and
    changes nothing, so it works beside a running CouncilDesk.
    """
    path = path.expanduser().resolve()
    if not path.exists():
        if not create or readonly:
            raise DatabaseMissingError(
                f"There is no council database at {path}. "
                "Run 'councildesk init --council NAME' or start CouncilDesk to set one up."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    if readonly:
        engine = make_engine(path, readonly=True)
        try:
            revision = migrate.check_known(engine, path)
            if revision != migrate.head_revision():
                raise migrate.DatabaseNeedsUpgradeError(
                    f"{path.name} needs upgrading by this version of CouncilDesk. "
                    "Open it in CouncilDesk once, then try again."
                )
        except BaseException:
            engine.dispose()
            raise
        return Database(path, engine, None)

    lock = InstanceLock(path)
    lock.acquire()
    engine = make_engine(path)
    try:
        migrate.upgrade_to_head(engine, path)
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    return Database(path, engine, lock)
