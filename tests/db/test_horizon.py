"""The reminder horizon's triggers: on every watched table at head, forgetting the row."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from councildesk.db import horizon
from councildesk.db.open import open_database


def test_every_watched_table_has_its_triggers_at_head(tmp_path: Path) -> None:
    """A migration that rebuilds a watched table (batch mode) must make its triggers again."""
    path = tmp_path / "head.sqlite"
    open_database(path, create=True).close()
    with closing(sqlite3.connect(path)) as connection:
        found = {
            (table, name)
            for table, name in connection.execute(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    wanted = {
        (table, horizon.trigger_name(table, event))
        for table in horizon.WATCHED_TABLES
        for event in horizon.EVENTS
    }
    assert wanted <= found


def test_any_write_to_a_watched_table_forgets_the_horizon(tmp_path: Path) -> None:
    path = tmp_path / "head.sqlite"
    open_database(path, create=True).close()
    with closing(sqlite3.connect(path)) as connection, connection:
        insert = "INSERT INTO reminder_horizon VALUES (1, '2026-12-01', NULL, 'x')"
        connection.execute(insert)
        connection.execute("INSERT INTO appointed_day (day, description) VALUES ('2027-01-04', '')")
        assert connection.execute("SELECT count(*) FROM reminder_horizon").fetchone() == (0,)
        connection.execute(insert)
        connection.execute("UPDATE appointed_day SET description = 'Mourning'")
        assert connection.execute("SELECT count(*) FROM reminder_horizon").fetchone() == (0,)
        connection.execute(insert)
        connection.execute("DELETE FROM appointed_day")
        assert connection.execute("SELECT count(*) FROM reminder_horizon").fetchone() == (0,)
    assert horizon.read(path) is None


def test_reading_a_file_without_the_table_or_at_all_is_no_answer(tmp_path: Path) -> None:
    assert horizon.read(tmp_path / "none.sqlite") is None
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert horizon.read(other) is None
    (tmp_path / "junk.sqlite").write_bytes(b"not a database" * 100)
    assert horizon.read(tmp_path / "junk.sqlite") is None
