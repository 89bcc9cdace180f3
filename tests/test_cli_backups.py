"""`councildesk backup`, `restore` and `check` as a script or a clerk at a terminal uses them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.lock import FileLock
from councildesk.services import health


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def council_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--council", "Little Snoring"]) == 0
    assert main(["--db", db, "groups", "add", "Independents"]) == 0
    capsys.readouterr()
    return db


def _groups(db: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [r[0] for r in connection.execute("SELECT name FROM political_group ORDER BY 1")]


def test_backup_then_restore_brings_back_what_was_backed_up(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "stick" / "monday.sqlite"
    out_file.parent.mkdir()
    code, out, _ = run(capsys, "--db", council_db, "backup", "--out", str(out_file))
    assert code == 0 and out == f"Backed up to {out_file}.\n"
    assert main(["--db", council_db, "groups", "add", "Greens"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "--db", council_db, "restore", str(out_file))
    assert code == 0, err
    assert out.startswith(f"Restored monday.sqlite into {Path(council_db)}.\n")
    assert "kept as" in out and "c.before-restore-" in out
    assert _groups(council_db) == ["Independents"]


def test_backup_without_out_goes_into_the_backups_folder(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    code, out, _ = run(capsys, "--db", council_db, "backup")
    assert code == 0
    made = Path(out.removeprefix("Backed up to ").strip().rstrip("."))
    assert made.parent == Path(council_db).parent / "Backups" and made.is_file()


def test_check_passes_a_good_file_and_exits_non_zero_on_a_problem(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    assert main(["--db", council_db, "backup"]) == 0
    code, out, _ = run(capsys, "--db", council_db, "check")
    assert code == 0 and out.endswith(f"All {len(health.CHECKS)} checks passed.\n")
    with sqlite3.connect(council_db) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DELETE FROM political_group")
        connection.execute("INSERT INTO group_membership (group_id, person_id) VALUES (99, 98)")
    code, out, _ = run(capsys, "--db", council_db, "check")
    assert code == 1
    problems = [line for line in out.splitlines() if line.startswith("PROBLEM")]
    assert problems == [
        "PROBLEM  1 record in group membership points at records that no longer exist. "
        "Restore the latest good backup with File → Restore from backup…"
    ]
    assert out.endswith("1 problem found.\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["backup", "--out", "/no/such/folder/x.sqlite"], "There is no folder /no/such/folder"),
        (["backup", "--out", "x.pdf"], "x.pdf does not end in .sqlite"),
        (["restore"], "the following arguments are required: FILE"),
    ],
)
def test_mistakes_typed_are_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], council_db: str, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", council_db, *args)
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and message in err


def test_bad_restore_files_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    before = Path(council_db).read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("Agenda", encoding="utf-8")
    for source, message in [
        (text, "is not a CouncilDesk database"),
        (Path(council_db), "is the council file itself"),
        (tmp_path / "missing.sqlite", "There is no file"),
    ]:
        code, out, err = run(capsys, "--db", council_db, "restore", str(source))
        assert code == 1 and out == "" and len(err.splitlines()) == 1, err
        assert message in err
    assert Path(council_db).read_bytes() == before


def test_restore_is_refused_while_councildesk_has_the_file_open(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    backup = tmp_path / "b.sqlite"
    assert main(["--db", council_db, "backup", "--out", str(backup)]) == 0
    lock = FileLock.for_file(Path(council_db))
    lock.acquire()  # as the open window holds it
    try:
        code, _, err = run(capsys, "--db", council_db, "restore", str(backup))
    finally:
        lock.release()
    assert code == 1 and "already open" in err and "Close that copy" in err


def test_backup_works_while_councildesk_has_the_file_open(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    lock = FileLock.for_file(Path(council_db))
    lock.acquire()
    try:
        code, out, _ = run(capsys, "--db", council_db, "backup", "--out", str(tmp_path / "b"))
    finally:
        lock.release()
    assert code == 0 and out == f"Backed up to {tmp_path / 'b.sqlite'}.\n"
