"""The health check finds each kind of damage, names it in one line, and passes a good file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from councildesk.db.engine import Database
from councildesk.db.open import open_database
from councildesk.services import backups, health

TODAY = dt.date(2026, 12, 1)


def _problems(path: Path, today: dt.date = TODAY) -> dict[str, list[str]]:
    db = open_database(path, readonly=True)
    try:
        return {r.name: r.problems for r in health.run_checks(db, today) if r.problems}
    finally:
        db.close()


def _tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def test_a_good_file_passes_every_check(demo_db: Database) -> None:
    backups.back_up(demo_db.path, dt.datetime.combine(TODAY, dt.time(9)))
    assert _problems(demo_db.path) == {}


def test_a_record_pointing_at_nothing_is_found(demo_db: Database) -> None:
    demo_db.close()
    _tamper(demo_db.path, "DELETE FROM policy")  # its versions now point at nothing
    found = _problems(demo_db.path)["Links between records"]
    assert found and all("at records that no longer exist" in line for line in found)
    assert any("policy version" in line for line in found)


def test_a_search_index_out_of_step_with_the_clauses_is_found(demo_db: Database) -> None:
    demo_db.close()
    _tamper(
        demo_db.path,
        "INSERT INTO policy_node_words_adopted(policy_node_words_adopted) VALUES('delete-all')",
    )
    (line,) = _problems(demo_db.path)["The search index agrees with the clauses"]
    assert "search index does not match" in line and "Restore" in line


def test_a_damaged_file_is_found(demo_db: Database) -> None:
    demo_db.close()
    with sqlite3.connect(demo_db.path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(demo_db.path.read_bytes())
    middle = (pages // 2) * page_size
    data[middle + 8 : middle + page_size] = b"\xff" * (page_size - 8)  # one page scribbled over
    demo_db.path.write_bytes(bytes(data))
    found = _problems(demo_db.path)
    assert any(
        "damaged" in line or "cannot be read" in line for lines in found.values() for line in lines
    )


def test_backups_a_week_old_are_a_problem(db: Database) -> None:
    backups.back_up(db.path, dt.datetime(2026, 11, 24, 17, 0))
    assert _problems(db.path, dt.date(2026, 11, 30)) == {}
    (line,) = _problems(db.path)["Backups"]
    assert line.startswith("No good backup for 7 days") and "Back up now" in line


def test_a_chosen_backup_folder_that_is_missing_is_a_problem(db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.choose_folder(db.path, stick)
    backups.back_up(db.path, dt.datetime.combine(TODAY, dt.time(9)))
    for item in stick.iterdir():
        item.unlink()
    stick.rmdir()
    found = _problems(db.path)["Backups"]
    assert any(f"The backup folder {stick} is not there" in line for line in found)


def test_a_check_that_breaks_is_reported_and_the_others_still_run(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(given: health.CheckInput) -> list[str]:
        raise RuntimeError("boom")

    monkeypatch.setattr(health, "CHECKS", (("Broken", broken), *health.CHECKS))
    results = health.run_checks(db, TODAY)
    assert [r.name for r in results][:2] == ["Broken", "The council file is whole"]
    assert "could not be run" in results[0].problems[0]
