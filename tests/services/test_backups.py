"""Backups: written whole and checked, kept by the retention rule, and a failure that changes
nothing (a folder that is missing, read-only, vanishes or fills up part-way)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from councildesk.db import backup as sqlite_backup
from councildesk.db import files
from councildesk.db.engine import Database
from councildesk.db.migrate import head_revision
from councildesk.services import backups, groups
from councildesk.services.actions import Urgency

NOW = dt.datetime(2026, 12, 1, 17, 30)


def _add_group(db: Database, name: str) -> None:
    with db.transaction() as session:
        groups.add_group(session, name)


def _group_names(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM political_group")}


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_backup_is_a_whole_checked_copy_in_the_backups_folder_beside_the_database(
    db: Database,
) -> None:
    _add_group(db, "Independents")
    made = backups.back_up(db.path, NOW)
    assert made.path == db.path.parent / "Backups" / "council-backup-2026-12-01-173000.sqlite"
    assert made.revision == head_revision()
    assert _group_names(made.path) == {"Independents"}
    # One self-contained file: nothing beside it, and not in WAL mode.
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    with sqlite3.connect(made.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert backups.last_good(db.path) == NOW


def test_a_backup_taken_while_a_change_is_in_the_wal_holds_that_change(db: Database) -> None:
    _add_group(db, "Greens")
    assert Path(f"{db.path}-wal").stat().st_size > 0  # the change is still in the WAL
    made = backups.back_up(db.path, NOW, db.path.parent / "stick.sqlite")
    assert _group_names(made.path) == {"Greens"}


def test_daily_backups_keep_seven_days_and_delete_older_ones(db: Database) -> None:
    for day in range(10):
        made = backups.back_up(db.path, NOW + dt.timedelta(days=day))
    assert backups.describe(made) == (
        f"Backed up to {made.path}; 1 older backup removed (CouncilDesk keeps the newest of "
        "each of 7 days, 4 weeks and 12 months)."
    )
    kept = sorted(backups.backups_in(backups.backup_folder(db.path), db.path))
    # 01/12 to 10/12/2026: the last seven days; the older three are in weeks and a month
    # that a kept backup already stands for.
    assert kept == [NOW + dt.timedelta(days=d) for d in range(3, 10)]


def test_a_chosen_folder_is_remembered_and_used(db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    assert backups.choose_folder(db.path, stick) == stick
    made = backups.back_up(db.path, NOW)
    assert made.path.parent == stick
    assert backups.backup_folder(db.path) == stick
    assert backups.choose_folder(db.path, None) == db.path.parent / "Backups"


def test_a_folder_that_is_not_there_is_refused_plainly_and_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.choose_folder(db.path, stick)
    stick.rmdir()  # the USB stick is not plugged in
    before = db.path.read_bytes()
    with pytest.raises(backups.BackupFailedError, match=r"is not there.*plug it in"):
        backups.back_up(db.path, NOW)
    assert db.path.read_bytes() == before and not stick.exists()
    assert backups.last_good(db.path) is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_read_only_folder_is_refused_plainly(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(backups.BackupFailedError, match="may not write"):
            backups.back_up(db.path, NOW, folder / "x.sqlite")
    finally:
        folder.chmod(0o700)


def test_a_folder_that_refuses_writing_is_reported_plainly(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as the test above for root, who may write in a read-only folder."""

    def refused(path: Path, mode: int = 0) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(files, "new_private_file", refused)
    before = db.path.read_bytes()
    with pytest.raises(backups.BackupFailedError, match="may not write in the backup folder"):
        backups.back_up(db.path, NOW, tmp_path / "x.sqlite")
    assert db.path.read_bytes() == before and not (tmp_path / "x.sqlite").exists()


def test_a_read_only_folder_cannot_be_chosen(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(backups.BackupFailedError, match="may not write in"):
        backups.choose_folder(db.path, folder)
    monkeypatch.undo()
    assert backups.backup_folder(db.path) == db.path.parent / "Backups"


def _fail_part_way(monkeypatch: pytest.MonkeyPatch, fail: object) -> None:
    """Copy some pages, then meet ``fail`` (a callable that raises, as the disk would)."""

    def copy_pages(source: sqlite3.Connection, copy: sqlite3.Connection, progress: object) -> None:
        def step(status: int, remaining: int, total: int) -> None:
            fail()  # type: ignore[operator]

        source.backup(copy, pages=1, progress=step)

    monkeypatch.setattr(sqlite_backup, "copy_pages", copy_pages)


def test_a_disk_that_fills_mid_backup_leaves_the_database_and_older_backups_untouched(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_group(db, "Independents")
    for day in range(3):
        backups.back_up(db.path, NOW - dt.timedelta(days=3 - day))
    folder = backups.backup_folder(db.path)
    older, before = _contents(folder), db.path.read_bytes()

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    _fail_part_way(monkeypatch, full)
    with pytest.raises(backups.BackupFailedError, match=r"is full.*older backups are untouched"):
        backups.back_up(db.path, NOW)
    assert _contents(folder) == older  # no half-written file, none of the old ones deleted
    assert db.path.read_bytes() == before
    assert backups.last_good(db.path) == NOW - dt.timedelta(days=1)


def test_a_folder_that_vanishes_mid_backup_leaves_the_older_backups_whole(
    db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.choose_folder(db.path, stick)
    backups.back_up(db.path, NOW - dt.timedelta(days=1))
    older = _contents(stick)
    pulled_out = tmp_path / "stick-in-a-drawer"

    def unplug() -> None:
        if stick.exists():
            stick.rename(pulled_out)  # the stick is pulled out; its files go with it

    _fail_part_way(monkeypatch, unplug)
    with pytest.raises(backups.BackupFailedError, match=r"went away|is not there"):
        backups.back_up(db.path, NOW)
    after = _contents(pulled_out)
    # The older backups as they were; at most the hidden unfinished copy beside them, which
    # no one takes for a backup and the next backup there removes.
    assert {n: b for n, b in after.items() if not n.startswith(".")} == older
    assert all(sqlite_backup.PARTIAL in n for n in after if n.startswith("."))
    for name in older:
        with sqlite3.connect(pulled_out / name) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backing_up_over_the_database_itself_or_a_foreign_file_is_refused(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(backups.BackupFailedError, match="the council file itself"):
        backups.back_up(db.path, NOW, db.path)
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear Clerk", encoding="utf-8")
    with pytest.raises(backups.BackupFailedError, match="not a CouncilDesk backup"):
        backups.back_up(db.path, NOW, letter)
    assert letter.read_text(encoding="utf-8") == "Dear Clerk"


def test_the_dashboard_says_when_the_last_good_backup_was_and_warns_after_seven_days(
    db: Database,
) -> None:
    backups.back_up(db.path, NOW)
    with db.session() as session:
        (line,) = backups.actions(session, NOW.date() + dt.timedelta(days=6))
        assert line.urgency is Urgency.INFO and line.area == backups.AREA
        assert line.what.startswith("Last good backup 01/12/2026 at 17:30")
        (line,) = backups.actions(session, NOW.date() + dt.timedelta(days=7))
    assert line.urgency is Urgency.OVERDUE and line.when == dt.date(2026, 12, 8)
    assert "No good backup for 7 days" in line.what and "Back up now" in line.what


def test_a_file_never_backed_up_is_warned_about_a_week_after_its_first_change(
    db: Database,
) -> None:
    _add_group(db, "Greens")
    today = dt.date.today()
    with db.session() as session:
        (line,) = backups.actions(session, today)
        assert line.urgency is Urgency.INFO and line.what.startswith("No backup yet")
        (line,) = backups.actions(session, today + dt.timedelta(days=7))
    assert line.urgency is Urgency.OVERDUE and "never been backed up" in line.what


def test_the_once_a_day_backup_is_due_a_day_after_the_last_automatic_one(db: Database) -> None:
    assert backups.automatic_due(db.path, NOW)
    backups.back_up(db.path, NOW, automatic=True)
    assert not backups.automatic_due(db.path, NOW + dt.timedelta(hours=23))
    assert backups.automatic_due(db.path, NOW + dt.timedelta(hours=24))
    backups.back_up(db.path, NOW + dt.timedelta(hours=25), db.path.parent / "manual.sqlite")
    assert backups.automatic_due(db.path, NOW + dt.timedelta(hours=25))  # manual ones aside


def test_a_copy_that_fails_its_check_is_not_kept_as_a_backup(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.back_up(db.path, NOW - dt.timedelta(days=1))
    folder = backups.backup_folder(db.path)
    older = _contents(folder)

    def damaged_copy(
        source: sqlite3.Connection, copy: sqlite3.Connection, progress: object
    ) -> None:
        source.backup(copy)
        (name,) = [row[2] for row in copy.execute("PRAGMA database_list") if row[1] == "main"]
        page_size = copy.execute("PRAGMA page_size").fetchone()[0]
        pages = copy.execute("PRAGMA page_count").fetchone()[0]
        with open(name, "r+b") as raw:  # a bad sector on the stick, say
            raw.seek((pages - 2) * page_size)
            raw.write(b"\xff" * page_size)

    monkeypatch.setattr(sqlite_backup, "copy_pages", damaged_copy)
    with pytest.raises(backups.BackupFailedError, match="did not pass its check"):
        backups.back_up(db.path, NOW)
    assert _contents(folder) == older
    assert backups.last_good(db.path) == NOW - dt.timedelta(days=1)
