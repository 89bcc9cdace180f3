"""Every command reports success only once its change is committed: when the commit fails, the
clerk sees one line saying nothing was saved, and no "Added ..." before it."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from councildesk.cli import main
from councildesk.db import files

PROTOCOL = Path(__file__).resolve().parent / "fixtures" / "protocols" / "lowestoft-town-council.txt"


def _disk_full_at_commit(_connection: object) -> None:
    raise OperationalError("COMMIT", None, sqlite3.OperationalError("database or disk is full"))


@pytest.fixture
def failing_commits() -> Iterator[None]:
    event.listen(Engine, "commit", _disk_full_at_commit)
    yield
    event.remove(Engine, "commit", _disk_full_at_commit)


@pytest.fixture
def council_db(tmp_path: Path) -> str:
    db = str(tmp_path / "council.sqlite")
    assert main(["--db", db, "init", "--council", "Committed PC"]) == 0
    assert main(["--db", db, "groups", "add", "Existing Group"]) == 0
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["groups", "add", "Green Group"],
        ["meetings", "add", "Full Council", "2027-01-12"],
        ["protocol", "import", str(PROTOCOL)],
    ],
    ids=["groups-add", "meetings-add", "protocol-import"],
)
def test_no_success_is_printed_when_the_commit_fails(
    command: list[str], council_db: str, capsys: pytest.CaptureFixture[str], failing_commits: None
) -> None:
    capsys.readouterr()
    code = main(["--db", council_db, *command])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "full" in err and "Nothing from this change was saved" in err and err.count("\n") == 1


@pytest.mark.parametrize("command", [["init", "--council", "Lost PC"], ["demo"]])
def test_no_success_is_printed_when_a_new_file_cannot_be_placed(
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(_finished: Path, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(files, "place_new", disk_full)
    target = tmp_path / "new.sqlite"
    code = main(["--db", str(target), *command])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert not target.exists() and list(tmp_path.iterdir()) == []
