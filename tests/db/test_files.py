"""Files that are not CouncilDesk databases are refused in one line and left exactly as they were;
a newer database is refused before its journal mode is touched."""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.files import APPLICATION_ID
from councildesk.db.open import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _text(path: Path) -> None:
    path.write_text("Minutes of the meeting held on 1 April 2026\n" * 40, encoding="utf-8")


def _docx(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    path.write_bytes(buffer.getvalue())


def _pdf(path: Path) -> None:
    path.write_bytes((FIXTURES / "protocols" / "sandhurst-town-council.pdf").read_bytes())


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _other_program(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO recipes (title) VALUES ('Bara brith')")
    connection.close()


def _other_program_stamped(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA application_id=1234")
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.close()


def _empty_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=1")  # a header, no tables
    connection.close()


FOREIGN: dict[str, Callable[[Path], None]] = {
    "random-bytes": _random_bytes,
    "text": _text,
    "docx": _docx,
    "pdf": _pdf,
    "empty": _empty,
    "other-sqlite": _other_program,
    "other-stamped-sqlite": _other_program_stamped,
    "empty-sqlite": _empty_sqlite,
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("make", FOREIGN.values(), ids=FOREIGN.keys())
@pytest.mark.parametrize(
    "command",
    [
        ["people", "list"],
        ["groups", "add", "Green Group"],
        ["protocol", "import", str(FIXTURES / "protocols" / "lowestoft-town-council.txt")],
        ["init", "--council", "Anywhere"],
        ["demo"],
    ],
    ids=["read", "write", "import", "init", "demo"],
)
def test_a_file_that_is_not_ours_is_refused_untouched(
    make: Callable[[Path], None],
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "given.sqlite"
    make(target)
    before = _snapshot(tmp_path)
    code = main(["--db", str(target), *command])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("councildesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert "not been changed" in err or "nothing was changed" in err
    assert _snapshot(tmp_path) == before  # no .lock, -wal or -shm beside it, not a byte changed


def test_a_folder_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(tmp_path), "people", "list"])
    _, err = capsys.readouterr()
    assert code == 1 and "is a folder" in err and err.count("\n") == 1


def test_new_files_are_stamped_as_councildesk(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    header = db_path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_an_unstamped_councildesk_file_is_stamped_when_opened(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    copy.write_bytes((FIXTURES / "databases" / "revision-0001.sqlite").read_bytes())
    open_database(copy).close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()


def test_newer_database_in_rollback_mode_is_refused_before_any_change(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path, create=True).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    connection.close()
    before = _snapshot(db_path.parent)
    assert before[db_path.name][18:20] == b"\x01\x01"  # rollback-journal mode
    for command in (["people", "list"], ["groups", "add", "Later Group"]):
        code = main(["--db", str(db_path), *command])
        _, err = capsys.readouterr()
        assert code == 1 and "newer version of CouncilDesk" in err
    assert _snapshot(db_path.parent) == before  # still rollback mode: the header is untouched
