"""The casebook's encryption: nothing readable on disk, the passphrase and recovery key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from councildesk.db.engine import Database
from councildesk.db.migrate import safety_copy
from councildesk.db.models import PersonKind
from councildesk.db.open import open_database
from councildesk.errors import ValidationError
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import Route
from councildesk.services import casebook_crypto, complaint_records, complaints, council, people
from councildesk.services.casebook_crypto import STRONG, Casebook, WrongPassphraseError
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import from_register, outside
from councildesk.services.complaints import StageInput
from councildesk.services.people import PersonInput
from tests.services.conftest import FAST, PASSPHRASE

TODAY = dt.date(2026, 12, 1)
SECRETS = [
    "Zebedee Quillfeather",
    "Ottoline Marchbanks",
    "Ignatius Companionworth",
    "the affair of the purloined marrow",
    "spoke harshly at the allotments",
    "Private note: xylophone",
    "purloined-marrow-letter.txt",
    "Letter about the marrow, signed",
]


def _write_secret_cases(db: Database, book: Casebook, tmp_path: Path) -> None:
    letter = tmp_path / SECRETS[6]
    letter.write_text(SECRETS[7])
    with db.transaction() as session:
        panel = [
            from_register(people.add_person(session, PersonInput(PersonKind.COUNCILLOR, name)))
            for name in ("Cllr One", "Cllr Two")
        ]
        case = complaints.open_case(
            session,
            book,
            Route.CONDUCT_OF_OFFICER,
            dt.date(2026, 11, 2),
            CaseContent(
                complainant=outside(SECRETS[0]),
                subject=outside(SECRETS[1]),
                summary=SECRETS[3],
                notes=SECRETS[5],
            ),
            TODAY,
        )
        complaints.record_stage(
            session,
            book,
            case.id,
            StageInput("investigation", dt.date(2026, 11, 3), StageContent(notes=SECRETS[4])),
            TODAY,
        )
        complaint_records.attach_document(session, book, case.id, letter, TODAY)
    with db.transaction() as session:
        complaints.record_stage(
            session,
            book,
            case.id,
            StageInput(
                "hearing",
                dt.date(2026, 11, 10),
                StageContent(
                    panel=panel, accompaniment=Accompaniment.ACCOMPANIED, companion=SECRETS[2]
                ),
            ),
            TODAY,
        )
        complaints.view_case(session, book, case.id)


def _leaks(data: bytes) -> list[str]:
    found = []
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if secret.encode(encoding) in data or secret.lower().encode(encoding) in data.lower():
                found.append(f"{secret} ({encoding})")
    return found


def test_no_name_or_word_of_a_case_is_in_the_file_its_wal_or_a_backup(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path, create=True)
    with db.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Testbury"))
        book, _ = casebook_crypto.set_up(session, PASSPHRASE, params=FAST)
    _write_secret_cases(db, book, tmp_path)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert _leaks(wal.read_bytes()) == []
    backup = safety_copy(db_path, "test")
    db.close()
    for path in (db_path, wal, backup, *tmp_path.glob("*.sqlite*")):
        if path.exists() and path.suffix != ".txt":
            assert _leaks(path.read_bytes()) == [], path.name
    # The test can fail: the secrets are really in the database, sealed.
    reopened = open_database(db_path)
    try:
        with reopened.transaction() as session:
            book = casebook_crypto.unlock(session, PASSPHRASE)
            (row,) = complaints.list_cases(session, TODAY)
            view = complaints.view_case(session, book, row.id)
            assert view.content.complainant is not None
            assert view.content.complainant.name == SECRETS[0]
    finally:
        reopened.close()


def test_a_wrong_passphrase_is_refused_clearly(db: Database, book: Casebook) -> None:
    with db.session() as session, pytest.raises(WrongPassphraseError, match="not the casebook"):
        casebook_crypto.unlock(session, "not the passphrase")


def test_changing_the_passphrase_keeps_every_case(db: Database, book: Casebook) -> None:
    with db.transaction() as session:
        case = complaints.open_case(
            session, book, Route.PUBLIC, TODAY, CaseContent(summary="Kept"), TODAY
        )
        case_id = case.id
    with db.transaction() as session:
        with pytest.raises(WrongPassphraseError):
            casebook_crypto.change_passphrase(session, "a new passphrase", old_passphrase="wrong")
        casebook_crypto.change_passphrase(session, "a new passphrase", old_passphrase=PASSPHRASE)
    with db.session() as session:
        with pytest.raises(WrongPassphraseError):
            casebook_crypto.unlock(session, PASSPHRASE)
        again = casebook_crypto.unlock(session, "a new passphrase")
        assert complaints.view_case(session, again, case_id).content.summary == "Kept"


def test_the_recovery_key_sets_a_new_passphrase(db: Database) -> None:
    with db.transaction() as session:
        book, recovery = casebook_crypto.set_up(session, PASSPHRASE, params=FAST)
        case_id = complaints.open_case(
            session, book, Route.PUBLIC, TODAY, CaseContent(summary="Kept"), TODAY
        ).id
    assert len(recovery.replace("-", "")) == 32
    with db.transaction() as session:
        with pytest.raises(WrongPassphraseError, match="recovery key"):
            casebook_crypto.change_passphrase(session, "forgotten one", recovery_key="AAAA-BBBB")
        casebook_crypto.change_passphrase(
            session, "remembered now", recovery_key=recovery.lower().replace("-", " ")
        )
    with db.session() as session:
        book = casebook_crypto.unlock(session, "remembered now")
        assert complaints.view_case(session, book, case_id).content.summary == "Kept"


def test_a_short_passphrase_is_refused(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ValidationError, match="at least 10"):
        casebook_crypto.set_up(session, "short", params=FAST)


def test_a_locked_casebook_reads_nothing(db: Database, book: Casebook) -> None:
    book.lock()
    with db.transaction() as session, pytest.raises(casebook_crypto.CasebookLockedError):
        complaints.open_case(session, book, Route.PUBLIC, TODAY, CaseContent(summary="x"), TODAY)


def test_the_product_derives_its_key_at_a_strong_cost() -> None:
    # OWASP's scrypt floor is N=2**17, r=8, p=1.
    assert STRONG.n >= 2**17 and STRONG.r >= 8 and STRONG.p >= 1
