"""Creating a database atomically: built whole under a temporary name, then given its name.

A power cut during first set-up therefore leaves either no database or a complete one (the
schema, the application_id stamp and whatever the creator asked to be written), never a file
that cannot be opened again.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from councildesk.db import files, identify, migrate
from councildesk.db.connection import TEMP_STORE
from councildesk.db.engine import StorageError, write_failure
from councildesk.db.lock import FileLock
from councildesk.errors import CouncilDeskError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class DatabaseExistsError(CouncilDeskError):
    pass


def exists_message(path: Path) -> str:
    return (
        f"There is already a file at {path}; nothing was changed. "
        "Give a new file name to create a database there."
    )


def _connect_building(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    # A rollback journal while building: the finished file is then one file, safe to rename.
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA temp_store={TEMP_STORE}")
    return connection


def create_database(path: Path, populate: Callable[[Session], T] | None = None) -> T | None:
    """Create a database at ``path`` (where there must be no file), filled by ``populate``.

    ``populate`` runs in the same transaction as the schema; its result is returned once the
    file has its real name, so a caller can report success knowing it is on disk.
    """
    files.make_private_folder(path.parent)
    if path.exists() or path.is_symlink():
        raise DatabaseExistsError(exists_message(path))
    lock = FileLock.for_new_file(path)
    lock.acquire()
    try:
        files.remove_leftovers(path, "creating")
        building = files.temporary_sibling(path, "creating")
        try:
            files.new_private_file(building)
            result = _build(building, populate)
            files.place_new(building, path)
        except FileExistsError:
            raise DatabaseExistsError(exists_message(path)) from None
        except (sqlite3.Error, OSError) as error:
            raise StorageError(write_failure(path, error)) from error
        finally:
            for leftover in (building, building.with_name(building.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    finally:
        lock.release()
    return result


def _build(building: Path, populate: Callable[[Session], T] | None) -> T | None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import Session

    from councildesk.db import limits  # noqa: F401 - registers the checks on every flush

    engine = create_engine(
        f"sqlite:///{building.as_posix()}", creator=lambda: _connect_building(building)
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    result: T | None = None
    try:
        with engine.connect() as connection, connection.begin():
            migrate.migrate_in_transaction(connection)
            if populate is not None:
                # The session joins the connection's transaction; its commit leaves the outer
                # transaction (the schema and the data together) to be committed below.
                with Session(bind=connection, join_transaction_mode="rollback_only") as session:
                    result = populate(session)
                    session.commit()
    finally:
        engine.dispose()
    return result


def copy_database(source: Path, target: Path) -> None:
    """Bring a council file from elsewhere (a memory stick) to ``target``, atomically.

    The source and its -wal are copied under a temporary name, the copy takes in its WAL, is
    checked to be a whole CouncilDesk database this version can open, made private, and only
    then given the target's name. A target holding any record is never replaced.
    """
    files.read_header(source)  # a .docx or a folder is refused before anything is copied
    files.make_private_folder(target.parent)
    lock = FileLock.for_new_file(target)
    lock.acquire()
    try:
        files.remove_leftovers(target, "creating")
        building = files.temporary_sibling(target, "creating")
        made = [building, *(building.with_name(building.name + s) for s in _COMPANIONS)]
        try:
            files.new_private_file(building)
            shutil.copyfile(source, building)
            wal = source.with_name(source.name + "-wal")
            if wal.is_file():
                files.new_private_file(made[1])
                shutil.copyfile(wal, made[1])
            _settle(building)
            identify.inspect(building)
            _make_room(target)
            files.place_new(building, target)
        except FileExistsError:
            raise DatabaseExistsError(exists_message(target)) from None
        except (sqlite3.Error, OSError) as error:
            raise StorageError(write_failure(target, error)) from error
        finally:
            for leftover in made:
                with contextlib.suppress(OSError):
                    leftover.unlink()
    finally:
        lock.release()


_COMPANIONS = ("-wal", "-shm", "-journal")


def _settle(copy: Path) -> None:
    """Fold the copied WAL into the copy and leave it one whole file that passes its check."""
    with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise files.NotADatabaseError(
            f"The copy is damaged ({result}); bring the file across again, with the app closed."
        )


def _make_room(target: Path) -> None:
    """Remove an empty database at ``target``; refuse one that holds anything at all."""
    if not target.exists():
        return
    files.read_header(target)
    uri = f"file:{target}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE "
                "VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        virtual = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'"
            )
        ]
        own = [t for t in tables if not any(t.startswith(f"{v}_") for v in virtual)]
        holds = any(
            connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for name in own
        )
    if holds:
        raise DatabaseExistsError(
            f"{target} already holds records, so it was not replaced. Move it elsewhere first "
            "if the copy should take its place."
        )
    for suffix in ("", *_COMPANIONS):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
