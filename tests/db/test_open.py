"""Opening databases: migrations, the safety copy, a newer schema, a second copy of the app."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from councildesk.db.lock import DatabaseInUseError
from councildesk.db.migrate import DatabaseTooNewError, alembic_config, head_revision
from councildesk.db.open import DatabaseMissingError, open_database
from councildesk.services import council, people


def test_new_database_is_at_head_with_wal_and_foreign_keys(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    try:
        with database.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            fks = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        database.close()
    assert (mode, fks, version) == ("wal", 1, head_revision())


@pytest.mark.parametrize("readonly", [False, True], ids=["writer", "reader"])
def test_sqlite_keeps_its_scratch_space_in_memory(db_path: Path, readonly: bool) -> None:
    """No statement journal or big sort is written to the system's temporary folder: adopting a
    version once wrote its journal there thousands of times, policy text and all."""
    open_database(db_path, create=True).close()
    database = open_database(db_path, readonly=readonly)
    try:
        with database.engine.connect() as connection:
            store = connection.exec_driver_sql("PRAGMA temp_store").scalar()
    finally:
        database.close()
    assert store == 2  # MEMORY


def test_missing_database_is_not_created_unless_asked(db_path: Path) -> None:
    with pytest.raises(DatabaseMissingError, match="councildesk init"):
        open_database(db_path)
    assert not db_path.exists()


def test_database_from_first_revision_is_copied_then_upgraded(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.exec_driver_sql(
            "INSERT INTO council (name, kind, clerk_title, principal_council, "
            "monitoring_officer_name, monitoring_officer_email, monitoring_officer_phone, "
            "monitoring_officer_address) "
            "VALUES ('Frozen PC', 'parish', 'Clerk', '', '', '', '', '')"
        )
        if head_revision() != "0001":
            # Pretend the file was written at the first revision by an older CouncilDesk.
            connection.exec_driver_sql("UPDATE alembic_version SET version_num='0001'")
    engine.dispose()

    database = open_database(db_path)
    try:
        with database.session() as session:
            assert council.get_council(session).name == "Frozen PC"
    finally:
        database.close()
    if head_revision() != "0001":
        assert list(db_path.parent.glob("council.before-upgrade-0001-*.sqlite"))


def test_database_from_newer_councildesk_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of CouncilDesk"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_second_copy_is_told_who_has_the_database(db_path: Path) -> None:
    first = open_database(db_path, create=True)
    try:
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from councildesk.db.open import open_database\n"
            "from councildesk.errors import CouncilDeskError\n"
            "try:\n"
            f"    open_database(Path({str(db_path)!r}))\n"
            "except CouncilDeskError as e:\n"
            "    print(e); sys.exit(3)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False
        )
    finally:
        first.close()
    assert result.returncode == 3, result.stderr
    assert "already open by process" in result.stdout
    assert "Close that copy" in result.stdout


def test_lock_is_released_on_close(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    open_database(db_path).close()


def test_same_process_second_open_is_refused(db_path: Path) -> None:
    first = open_database(db_path, create=True)
    try:
        with pytest.raises(DatabaseInUseError):
            open_database(db_path)
    finally:
        first.close()


def test_readonly_open_works_beside_the_writer(db_path: Path) -> None:
    writer = open_database(db_path, create=True)
    try:
        with writer.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Readable PC"))
        reader = open_database(db_path, readonly=True)
        try:
            with reader.session() as session:
                assert council.get_council(session).name == "Readable PC"
        finally:
            reader.close()
    finally:
        writer.close()


def test_readonly_open_after_writer_closed(db_path: Path) -> None:
    writer = open_database(db_path, create=True)
    with writer.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Closed PC"))
    writer.close()
    reader = open_database(db_path, readonly=True)
    try:
        with reader.session() as session:
            assert council.get_council(session).name == "Closed PC"
    finally:
        reader.close()


FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "databases"


@pytest.mark.parametrize("frozen", sorted(FROZEN.glob("revision-*.sqlite")), ids=lambda p: p.stem)
def test_database_files_from_every_past_revision_open_with_their_data(
    frozen: Path, tmp_path: Path
) -> None:
    """Files frozen by earlier CouncilDesks (a demo council each) still open, upgraded."""
    copy = tmp_path / frozen.name
    copy.write_bytes(frozen.read_bytes())
    database = open_database(copy)
    try:
        with database.session() as session:
            assert council.get_council(session).name == "Ashcombe Parva"
            assert len(people.list_people(session)) == 13
        with database.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == head_revision()
    finally:
        database.close()
