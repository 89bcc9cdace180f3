"""`councildesk check` finds an audit entry changed or deleted with the sqlite3 command line,
names it, and exits non-zero; an untouched trail passes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from councildesk.cli import main

SQLITE3 = shutil.which("sqlite3")
pytestmark = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 command line is needed")
CHECK_NAME = "The audit trail's seals are unbroken"


@pytest.fixture
def council_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--council", "Little Snoring"]) == 0
    for group in ("Independents", "Greens", "Reform"):
        assert main(["--db", db, "groups", "add", group]) == 0
    assert main(["--db", db, "backup"]) == 0  # so that the backup check passes
    capsys.readouterr()
    return db


def sqlite3_cli(db: str, sql: str) -> None:
    assert SQLITE3 is not None
    subprocess.run([SQLITE3, db, sql], check=True, capture_output=True, timeout=30)


def check(capsys: pytest.CaptureFixture[str], db: str) -> tuple[int, list[str]]:
    code = main(["--db", db, "check"])
    out = capsys.readouterr().out.splitlines()
    return code, out


def test_an_untouched_trail_passes(capsys: pytest.CaptureFixture[str], council_db: str) -> None:
    code, out = check(capsys, council_db)
    assert code == 0
    assert f"ok       {CHECK_NAME}" in out


def test_an_entry_changed_with_sqlite3_is_named(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    sqlite3_cli(council_db, "UPDATE audit_entry SET detail = 'Labour' WHERE id = 3")
    code, out = check(capsys, council_db)
    assert code == 1
    problems = [line for line in out if line.startswith("PROBLEM")]
    assert len(problems) == 1
    assert problems[0].startswith("PROBLEM  Audit trail: entry 3 (")
    assert "was changed outside CouncilDesk" in problems[0]
    assert f"ok       {CHECK_NAME}" not in out


def test_an_entry_deleted_with_sqlite3_is_named(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    sqlite3_cli(council_db, "DELETE FROM audit_entry WHERE id = 2")
    code, out = check(capsys, council_db)
    assert code == 1
    (problem,) = [line for line in out if line.startswith("PROBLEM")]
    assert "an entry between entry 1 (" in problem and "and entry 3 (" in problem
    assert "was removed outside CouncilDesk" in problem


def test_the_newest_entry_deleted_with_sqlite3_is_named(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    sqlite3_cli(council_db, "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    code, out = check(capsys, council_db)
    assert code == 1
    (problem,) = [line for line in out if line.startswith("PROBLEM")]
    assert "an entry after entry 3 (" in problem
