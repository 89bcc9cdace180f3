"""Restoring a backup: checked first, the current file kept, replaced atomically, upgraded if
older; refused (changing nothing) for a file that is not a backup, damaged, newer, the database
itself, or while another copy of CouncilDesk has the database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.migrate import head_revision
from councildesk.db.models import AuditEntry
from councildesk.db.open import open_database
from councildesk.rules.complaints import Route
from councildesk.services import backups, casebook_crypto, complaints, groups, health
from councildesk.services.complaint_content import CaseContent
from councildesk.services.complaint_parties import outside
from councildesk.services.database import DatabaseInUseError, DatabaseTooNewError
from tests.services.conftest import FAST, PASSPHRASE

NOW = dt.datetime(2026, 12, 1, 17, 30)
FROZEN = sorted((Path(__file__).parents[1] / "fixtures" / "databases").glob("revision-*.sqlite"))


def _add_group(db: Database, name: str) -> None:
    with db.transaction() as session:
        groups.add_group(session, name)


def _names(db: Database) -> set[str]:
    with db.session() as session:
        return {g.name for g in groups.list_groups(session)}


def _passes_check(path: Path) -> None:
    db = open_database(path, readonly=True)
    try:
        results = health.run_checks(db, NOW.date())
    finally:
        db.close()
    problems = [p for r in results if r.name != "Backups" for p in r.problems]
    assert problems == []


def test_a_restore_brings_back_the_backup_and_keeps_the_current_file(db: Database) -> None:
    _add_group(db, "Independents")
    made = backups.back_up(db.path, NOW)
    _add_group(db, "Greens")
    db.close()
    done = backups.restore(db.path, made.path, NOW)
    assert (
        done.kept is not None and done.kept.name == "council.before-restore-20261201-173000.sqlite"
    )
    restored = open_database(db.path)
    try:
        assert _names(restored) == {"Independents"}
        with restored.session() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and (last.action, last.entity) == ("restore", "council file")
        assert last.detail == (
            f"Restored from {made.path.name}; the file as it was is kept as {done.kept.name}"
        )
    finally:
        restored.close()
    kept = open_database(done.kept)
    try:
        assert _names(kept) == {"Independents", "Greens"}
    finally:
        kept.close()
    assert not Path(f"{db.path}-journal").exists()
    _passes_check(db.path)


def test_a_restore_into_the_open_database_keeps_its_lock_and_reads_the_restored_file(
    db: Database,
) -> None:
    _add_group(db, "Independents")
    made = backups.back_up(db.path, NOW)
    _add_group(db, "Greens")
    backups.restore_open(db, made.path, NOW)
    assert _names(db) == {"Independents"}
    _add_group(db, "Reform")  # the same Database writes on, to the restored file
    assert _names(db) == {"Independents", "Reform"}
    with pytest.raises(DatabaseInUseError):
        open_database(db.path)


def test_a_restore_is_refused_while_another_copy_has_the_database_open(db: Database) -> None:
    made = backups.back_up(db.path, NOW)
    _add_group(db, "Greens")
    with pytest.raises(DatabaseInUseError, match="already open"):
        backups.restore(db.path, made.path, NOW)
    assert _names(db) == {"Greens"}
    assert not list(db.path.parent.glob("*.before-restore-*"))


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_every_frozen_old_database_restores_upgraded_and_passes_the_check(
    frozen: Path, db: Database, tmp_path: Path
) -> None:
    source = tmp_path / frozen.name
    shutil.copyfile(frozen, source)
    before = source.read_bytes()
    db.close()
    done = backups.restore(db.path, source, NOW)
    assert done.facts.needs_upgrade
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    _passes_check(db.path)
    assert source.read_bytes() == before  # the backup itself is never changed


def _refused(db: Database, source: Path, match: str, error: type[Exception] = Exception) -> None:
    _add_group(db, "Greens")
    db.close()
    before = db.path.read_bytes()
    with pytest.raises(error, match=match):
        backups.restore(db.path, source, NOW)
    assert db.path.read_bytes() == before
    assert sorted(p.name for p in db.path.parent.iterdir() if "before-restore" in p.name) == []
    assert not [p for p in db.path.parent.iterdir() if p.name.startswith(".")]


def test_a_file_that_is_not_a_database_is_refused(db: Database, tmp_path: Path) -> None:
    letter = tmp_path / "minutes.docx"
    letter.write_bytes(b"PK\x03\x04 a Word document")
    _refused(db, letter, "is not a CouncilDesk database.*nothing was changed")


def test_a_truncated_backup_is_refused(db: Database, tmp_path: Path) -> None:
    made = backups.back_up(db.path, NOW)
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(made.path.read_bytes()[: 40 * 4096])
    _refused(db, cut, r"cannot be read|damaged or incomplete")


def test_a_backup_from_a_newer_councildesk_is_refused(db: Database, tmp_path: Path) -> None:
    made = backups.back_up(db.path, NOW, tmp_path / "newer.sqlite")
    with sqlite3.connect(made.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    _refused(db, made.path, "newer version of CouncilDesk", DatabaseTooNewError)


def test_the_database_itself_is_refused(db: Database) -> None:
    _refused(db, db.path, "is the council file itself")


def test_a_missing_file_is_refused(db: Database, tmp_path: Path) -> None:
    _refused(db, tmp_path / "nowhere.sqlite", "There is no file")


def test_an_encrypted_casebook_stays_encrypted_and_needs_its_passphrase(db: Database) -> None:
    with db.transaction() as session:
        book, _recovery = casebook_crypto.set_up(session, PASSPHRASE, params=FAST)
        content = CaseContent(complainant=outside("Ann Other"), summary="Bins left out")
        case_id = complaints.open_case(
            session, book, Route.PUBLIC, NOW.date(), content, NOW.date()
        ).id
    made = backups.back_up(db.path, NOW)
    assert b"Ann Other" not in made.path.read_bytes()
    backups.restore_open(db, made.path, NOW)
    assert b"Ann Other" not in db.path.read_bytes()
    with db.session() as session:
        with pytest.raises(casebook_crypto.WrongPassphraseError):
            casebook_crypto.unlock(session, "not the passphrase")
        unlocked = casebook_crypto.unlock(session, PASSPHRASE)
        view = complaints.view_case(session, unlocked, case_id)
    assert view.content.summary == "Bins left out"
