"""The stored audit trail is a hash chain: the services seal every entry onto the one before, a
frozen database's entries are sealed by the migration, and an entry changed, removed or added
with the sqlite3 command line is named by the check."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from councildesk.db.engine import Database
from councildesk.db.models import AuditEntry
from councildesk.db.open import open_database
from councildesk.rules import audit_chain
from councildesk.rules.audit_chain import GENESIS
from councildesk.services import audit, committees, groups
from councildesk.services import audit as audit_service

FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
SQLITE3 = shutil.which("sqlite3")
# The folders conftest points at a temporary home, for each writer's own.
HOME_VARIABLES = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA")
needs_sqlite3 = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 command line is needed")


def sqlite3_cli(path: Path, sql: str) -> None:
    """Tamper as someone outside CouncilDesk would: with the sqlite3 command line."""
    assert SQLITE3 is not None
    subprocess.run([SQLITE3, str(path), sql], check=True, capture_output=True, timeout=30)


def problems(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.session() as session:
            return audit.chain_problems(session)
    finally:
        database.close()


def newest_id(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def test_every_entry_the_services_write_is_sealed_onto_the_one_before(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        # Two entries in one action: the second is sealed onto the first.
        group = groups.add_group(session, "Independent Alliance", dt.date(2026, 5, 1))
        groups.update_group(session, group.id, "Independents", group.active_from, None)
    with demo_db.session() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        assert audit.chain_breaks(session) == []
    assert entries[0].previous_hash == GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.previous_hash == before.entry_hash
    assert len({e.entry_hash for e in entries}) == len(entries)


def test_entries_of_one_action_chain_even_without_autoflush(demo_db: Database) -> None:
    with demo_db.transaction() as session, session.no_autoflush:
        audit.record(session, "print", "council", None, "first")
        audit.record(session, "print", "council", None, "second")
    with demo_db.session() as session:
        assert audit.chain_breaks(session) == []


def test_a_frozen_database_is_sealed_in_order_by_the_upgrade(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copy(FROZEN / "revision-0008.sqlite", copy)
    database = open_database(copy)
    try:
        with database.session() as session:
            count = session.scalar(select(func.count(AuditEntry.id)))
            assert count and count > 100
            assert audit.chain_breaks(session) == []
        with database.transaction() as session:
            committees.add_committee(session, "Allotments Committee")
        with database.session() as session:
            assert audit.chain_breaks(session) == []
    finally:
        database.close()


@needs_sqlite3
def test_an_entry_changed_with_the_sqlite3_command_line_is_named(demo_db: Database) -> None:
    demo_db.close()
    sqlite3_cli(demo_db.path, "UPDATE audit_entry SET actor = 'someone else' WHERE id = 7")
    (found,) = problems(demo_db.path)
    assert found.startswith("Audit trail: entry 7 (")
    assert "was changed outside CouncilDesk" in found


@needs_sqlite3
def test_an_entry_deleted_with_the_sqlite3_command_line_is_named(demo_db: Database) -> None:
    demo_db.close()
    sqlite3_cli(demo_db.path, "DELETE FROM audit_entry WHERE id = 12")
    (found,) = problems(demo_db.path)
    assert "an entry between entry 11 (" in found and "and entry 13 (" in found
    assert "was removed outside CouncilDesk" in found


@needs_sqlite3
def test_the_newest_entries_deleted_are_found_even_after_new_ones(demo_db: Database) -> None:
    last = newest_id(demo_db)
    demo_db.close()
    sqlite3_cli(demo_db.path, f"DELETE FROM audit_entry WHERE id >= {last - 1}")
    assert problems(demo_db.path) == [
        f"Audit trail: 2 entries after entry {last - 2} ("
        + problems(demo_db.path)[0].split(f"after entry {last - 2} (", 1)[1]
    ]
    # CouncilDesk carries on writing onto the entry now newest; the gap still shows.
    database = open_database(demo_db.path)
    try:
        with database.transaction() as session:
            committees.add_committee(session, "Allotments Committee")
    finally:
        database.close()
    (found,) = problems(demo_db.path)
    assert f"2 entries between entry {last - 2} (" in found and f"entry {last + 1} (" in found


@needs_sqlite3
def test_an_entry_slipped_in_with_the_sqlite3_command_line_is_named(demo_db: Database) -> None:
    last = newest_id(demo_db)
    demo_db.close()
    sqlite3_cli(
        demo_db.path,
        "INSERT INTO audit_entry (at, actor, action, entity, entity_id, detail, previous_hash, "
        "entry_hash) VALUES ('2026-11-30 10:00:00.000000', 'clerk', 'delete', 'person', 1, 'x', "
        f"'{'0' * 64}', '{'1' * 64}')",
    )
    (found,) = problems(demo_db.path)
    assert found.startswith(f"Audit trail: entry {last + 1} (30/11/2026 10:00) was added")


@needs_sqlite3
def test_a_date_changed_into_nonsense_is_named_not_a_crash(demo_db: Database) -> None:
    demo_db.close()
    sqlite3_cli(
        demo_db.path, "UPDATE audit_entry SET at = 'yesterday', entity_id = 'x' WHERE id = 3"
    )
    assert problems(demo_db.path) == [
        "Audit trail: entry 3 (its date cannot be read) was changed outside CouncilDesk. "
        "Compare it with a backup made before then."
    ]


def test_two_writers_racing_still_make_one_chain(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two threads (as a worker and the window would) each write a run of actions at once.

    Sealing is slowed so that, if the newest seal were read before the write lock was held,
    both would seal onto the same entry (or the second would fail as the file moved on)."""
    real_seal = audit_chain.seal

    def slow_seal(*args: object) -> str:
        time.sleep(0.005)
        return real_seal(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_service, "seal", slow_seal)
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(prefix: str) -> None:
        start.wait()
        try:
            for n in range(15):
                with demo_db.transaction() as session:
                    committees.add_committee(session, f"{prefix} Committee {n}")
        except BaseException as error:  # reported below, with the chain's state
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("North", "South")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with demo_db.session() as session:
        assert audit.chain_breaks(session) == []
        made = session.scalar(select(func.count()).where(AuditEntry.entity == "committee"))
    assert made is not None and made >= 30


WRITER = """
import sys, time
from pathlib import Path
from councildesk.db.open import open_database
from councildesk.rules import audit_chain
from councildesk.services import audit, committees
path, prefix, start_at = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])

def slow_seal(*args):  # widens the moment between reading the newest seal and writing
    time.sleep(0.005)
    return audit_chain.seal(*args)

audit.seal = slow_seal
database = open_database(path)
time.sleep(max(0.0, start_at - time.time()))  # both begin writing at the same moment
try:
    for n in range(20):
        with database.transaction() as session:
            committees.add_committee(session, f"{prefix} Committee {n}")
        with database.transaction() as session:  # an action whose only write is its entry
            audit.record(session, "print", "council", None, f"{prefix} printout {n}")
finally:
    database.close()
"""


def test_two_users_writing_one_shared_file_at_once_make_one_chain(
    demo_db: Database, tmp_path: Path
) -> None:
    """Two people signed in to their own accounts (each with a data folder, and so a lock, of
    their own) open one council file on a shared drive and save at the same moment. SQLite's
    write lock, taken when each action begins, keeps their entries in one chain."""
    demo_db.close()
    start_at = time.time() + 3
    writers = []
    for prefix in ("North", "South"):
        home = tmp_path / f"home-{prefix}"
        env = {**os.environ, **{name: str(home / name.lower()) for name in HOME_VARIABLES}}
        writers.append(
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(demo_db.path), prefix, str(start_at)],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for writer in writers:
        _out, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
    database = open_database(demo_db.path)
    try:
        with database.session() as session:
            assert audit.chain_breaks(session) == []
            details = set(session.scalars(select(AuditEntry.detail)))
    finally:
        database.close()
    assert {f"{p} Committee {n}" for p in ("North", "South") for n in range(20)} <= details
