"""Atomic creation and upgrades, one writer per file, private permissions, read-only copies and
full disks: the file survives, and the clerk is told the truth in one line."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import event

from councildesk.cli import main
from councildesk.db import files
from councildesk.db.create import create_database
from councildesk.db.lock import DatabaseInUseError
from councildesk.db.migrate import UpgradeFailedError
from councildesk.db.open import open_database
from councildesk.errors import CouncilDeskError
from councildesk.services import council, groups, protocols

FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
PROTOCOLS = Path(__file__).resolve().parents[1] / "fixtures" / "protocols"


def _frozen_copy(folder: Path) -> Path:
    copy = folder / "old.sqlite"
    copy.write_bytes((FROZEN / "revision-0001.sqlite").read_bytes())
    copy.chmod(0o600)
    return copy


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    connection.close()
    return {row[0] for row in rows}


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(revision)


# --- creation ---------------------------------------------------------------------------------
def test_a_creation_that_fails_part_way_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"

    def half_then_fail(session: object) -> None:
        council.save_council(session, council.CouncilDetails(name="Halfway PC"))  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        create_database(target, half_then_fail)
    assert list(tmp_path.iterdir()) == []  # no database, no half-built temporary file


def test_creation_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite"
    target.write_text("the clerk's notes", encoding="utf-8")
    with pytest.raises(CouncilDeskError, match="already a file"):
        create_database(target)
    assert target.read_text(encoding="utf-8") == "the clerk's notes"


def test_data_folder_is_private_and_the_file_is_the_owners_only(tmp_path: Path) -> None:
    target = tmp_path / "CouncilDesk" / "councildesk.sqlite"
    assert main(["--db", str(target), "init", "--council", "Private PC"]) == 0
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- upgrades ---------------------------------------------------------------------------------
def test_an_upgrade_that_fails_part_way_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _frozen_copy(tmp_path)
    tables_before = _tables(old)
    real_upgrade = command.upgrade

    def upgrade_then_fail(config: object, revision: str) -> None:
        real_upgrade(config, revision)  # type: ignore[arg-type]
        raise RuntimeError("killed after the last DDL statement")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(UpgradeFailedError) as failure:
        open_database(old)
    message = str(failure.value)
    assert "\n" not in message and "unchanged" in message and "before-upgrade" in message
    assert _tables(old) == tables_before and _revision(old) == "0001"
    monkeypatch.setattr(command, "upgrade", real_upgrade)
    database = open_database(old)  # and the next start upgrades it properly
    try:
        with database.session() as session:
            assert council.get_council(session).name == "Ashcombe Parva"
    finally:
        database.close()


def test_the_safety_copy_is_complete_private_and_named_only_when_done(tmp_path: Path) -> None:
    old = _frozen_copy(tmp_path)
    open_database(old).close()
    (copy,) = tmp_path.glob("old.before-upgrade-0001-*.sqlite")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert _revision(copy) == "0001" and "council" in _tables(copy)
    assert not list(tmp_path.glob(".*copying*"))


# --- one writer per file ----------------------------------------------------------------------
def test_a_hard_link_does_not_give_a_second_writer(tmp_path: Path) -> None:
    first_name = tmp_path / "a" / "council.sqlite"
    first_name.parent.mkdir()
    open_database(first_name, create=True).close()
    other_name = tmp_path / "b" / "linked.sqlite"
    other_name.parent.mkdir()
    os.link(first_name, other_name)
    writer = open_database(first_name)
    try:
        with pytest.raises(DatabaseInUseError, match="already open"):
            open_database(other_name)
    finally:
        writer.close()
    open_database(other_name).close()


def test_no_lock_file_is_left_beside_the_database(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


# --- full disks -------------------------------------------------------------------------------
def test_a_full_disk_names_the_folder_and_saves_nothing(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    try:
        with database.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        database.engine.dispose()

        @event.listens_for(database.engine, "connect")
        def _tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        with pytest.raises(CouncilDeskError) as failure, database.transaction() as session:
            protocols.import_file(session, PROTOCOLS / "lowestoft-town-council.txt")
        message = str(failure.value)
        assert "\n" not in message and "full" in message and str(db_path.parent) in message
        assert "Nothing from this change was saved" in message
        with database.session() as session:
            assert protocols.list_policies(session) == []
    finally:
        database.close()


# --- read-only files and folders --------------------------------------------------------------
@pytest.fixture
def read_only_copy() -> Iterator[Path]:
    """A council file in a folder, both read-only, readable by an unprivileged user."""
    folder = Path(tempfile.mkdtemp(prefix="councildesk-ro-"))
    folder.chmod(0o755)
    target = folder / "council.sqlite"
    assert main(["--db", str(target), "init", "--council", "Read Only PC"]) == 0
    assert main(["--db", str(target), "groups", "add", "Blue Group"]) == 0
    target.chmod(0o444)
    folder.chmod(0o555)
    yield target
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


def _as_clerk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI as an ordinary user would: root may write anywhere, so drop that power."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop the override of permissions")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "councildesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_copy_can_be_read_and_says_how_to_write(
    read_only_copy: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    home = Path(tempfile.mkdtemp(prefix="councildesk-home-"))
    home.chmod(0o777)
    before = sorted(p.name for p in read_only_copy.parent.iterdir())
    read = _as_clerk("--db", str(read_only_copy), "groups", "list", home=home)
    assert read.returncode == 0 and "Blue Group" in read.stdout, read.stderr
    write = _as_clerk("--db", str(read_only_copy), "groups", "add", "Red Group", home=home)
    assert write.returncode == 1 and write.stderr.count("\n") == 1, write.stderr
    assert "read-only copy" in write.stderr and str(read_only_copy.parent) in write.stderr
    assert "Traceback" not in write.stderr + read.stderr
    # No -shm or -wal was made that would block writes once permission is given back.
    assert sorted(p.name for p in read_only_copy.parent.iterdir()) == before


def test_a_read_only_copy_is_marked_in_the_window_title(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    from councildesk.gui.context import AppContext
    from councildesk.gui.main_window import MainWindow

    writer = open_database(db_path, create=True)
    with writer.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Titled PC"))
    writer.close()
    monkeypatch.setattr(files, "can_write", lambda _path: False)
    database = open_database(db_path)
    try:
        assert database.read_only_copy
        window = MainWindow(AppContext(database))
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show_page(0)
        assert window.windowTitle().endswith("(read-only copy)")
        assert window.statusBar().currentMessage().startswith("Read-only copy: ")
        with (
            pytest.raises(CouncilDeskError, match="read-only copy"),
            database.transaction() as session,
        ):
            groups.add_group(session, "Never Saved", None, None)
    finally:
        database.close()


def test_an_upgrade_that_changed_the_file_and_failed_is_restored_from_its_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _frozen_copy(tmp_path)
    real_upgrade = command.upgrade

    def commit_half_then_fail(config: Any, revision: str) -> None:
        real_upgrade(config, revision)
        config.attributes["connection"].connection.dbapi_connection.execute("COMMIT")
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(command, "upgrade", commit_half_then_fail)
    with pytest.raises(UpgradeFailedError) as failure:
        open_database(old)
    assert "restored from old.before-upgrade-0001-" in str(failure.value)
    assert "\n" not in str(failure.value)
    assert _revision(old) == "0001" and "policy" not in _tables(old)


def test_an_old_database_in_the_data_folder_is_made_private(tmp_path: Path) -> None:
    from councildesk import paths

    folder = paths.data_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    old = folder / "councildesk.sqlite"
    old.write_bytes((FROZEN / "revision-0001.sqlite").read_bytes())
    old.chmod(0o644)
    open_database(old).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in folder.glob("*.sqlite"))


def test_a_copy_brought_in_keeps_the_last_writes_and_is_private(tmp_path: Path) -> None:
    from councildesk.db.create import copy_database

    stick = tmp_path / "stick" / "councildesk.sqlite"
    stick.parent.mkdir()
    source = open_database(stick, create=True)
    try:
        with source.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Carried PC"))
            groups.add_group(session, "Only In The WAL", None, None)
        assert stick.with_name(stick.name + "-wal").stat().st_size > 0
        target = tmp_path / "laptop" / "councildesk.sqlite"
        copy_database(stick, target)
    finally:
        source.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    database = open_database(target)
    try:
        with database.session() as session:
            assert [g.name for g in groups.list_groups(session)] == ["Only In The WAL"]
    finally:
        database.close()


def test_a_copy_is_never_made_from_a_foreign_file_or_over_records(tmp_path: Path) -> None:
    from councildesk.db.create import copy_database

    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear Clerk", encoding="utf-8")
    target = tmp_path / "laptop" / "councildesk.sqlite"
    with pytest.raises(CouncilDeskError, match="not a CouncilDesk database"):
        copy_database(letter, target)
    assert not target.exists()
    kept = tmp_path / "kept.sqlite"
    assert main(["--db", str(kept), "init", "--council", "Kept PC"]) == 0
    other = tmp_path / "other.sqlite"
    assert main(["--db", str(other), "init", "--council", "Other PC"]) == 0
    before = kept.read_bytes()
    with pytest.raises(CouncilDeskError, match="already holds records"):
        copy_database(other, kept)
    assert kept.read_bytes() == before


def test_a_write_cut_off_in_rollback_mode_is_rolled_back_on_opening(db_path: Path) -> None:
    assert main(["--db", str(db_path), "init", "--council", "Journalled PC"]) == 0
    cut_off = (
        "import os, sqlite3\n"
        f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE')\n"
        "c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE council SET name = 'Half Written'\")\n"
        "c.executemany('INSERT INTO political_group (name) VALUES (?)',"
        " [(str(i) * 50,) for i in range(3000)])\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", cut_off], check=True)
    assert db_path.with_name(db_path.name + "-journal").stat().st_size > 0  # a hot journal
    database = open_database(db_path)
    try:
        with database.session() as session:
            assert council.get_council(session).name == "Journalled PC"
            assert groups.list_groups(session) == []
    finally:
        database.close()
