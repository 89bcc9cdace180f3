"""A deleted or anonymised case leaves no trace of its ciphertext in the database file or its WAL:
SQLite's free pages are zeroed (secure_delete) and the WAL is emptied once the change commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import Complaint, ComplaintDocument, ComplaintStage
from councildesk.db.open import open_database
from councildesk.rules.complaints import Outcome, Route
from councildesk.services import casebook_crypto, complaint_records, complaints, council
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent
from councildesk.services.complaint_parties import outside
from councildesk.services.complaints import StageInput
from tests.services.conftest import FAST, PASSPHRASE

TODAY = dt.date(2026, 12, 1)


def _case_with_a_document(db: Database, book: Casebook, tmp_path: Path) -> int:
    letter = tmp_path / "letter.txt"
    # Large enough to spill onto overflow pages, which are freed whole when the case goes.
    letter.write_text("The complainant's letter, line after line.\n" * 800)
    with db.transaction() as session:
        case = complaints.open_case(
            session,
            book,
            Route.PUBLIC,
            dt.date(2026, 11, 2),
            CaseContent(complainant=outside("Perpetua Wolstenholme"), summary="Bins " * 300),
            TODAY,
        )
        complaint_records.attach_document(session, book, case.id, letter, TODAY)
        complaints.record_stage(
            session,
            book,
            case.id,
            StageInput("closed", dt.date(2026, 11, 20), outcome=Outcome.WITHDRAWN),
            TODAY,
        )
        return case.id


def _ciphertexts(db: Database) -> list[bytes]:
    """A distinctive slice of every sealed value in the casebook."""
    with db.session() as session:
        sealed = [c.sealed for c in session.scalars(select(Complaint))]
        sealed += [s.sealed for s in session.scalars(select(ComplaintStage))]
        for document in session.scalars(select(ComplaintDocument)):
            sealed += [document.sealed_name, document.sealed_content]
    # Skip the format byte and the nonce: the slice is pure ciphertext.
    return [value[13:45] for value in sealed if len(value) > 45]


def _on_disk(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.parametrize(
    "forget",
    [
        lambda session, case_id: complaint_records.delete_case(session, case_id),
        lambda session, case_id: complaint_records.anonymise(session, case_id, TODAY),
    ],
    ids=["delete", "anonymise"],
)
def test_a_case_deleted_or_anonymised_leaves_no_ciphertext_in_the_file(
    db_path: Path, tmp_path: Path, forget: Callable[..., object]
) -> None:
    db = open_database(db_path, create=True)
    try:
        with db.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Testbury"))
            book, _ = casebook_crypto.set_up(session, PASSPHRASE, params=FAST)
        case_id = _case_with_a_document(db, book, tmp_path)
        secrets = _ciphertexts(db)
        assert len(secrets) >= 4
        assert all(s in _on_disk(db_path) for s in secrets), "the test should see them first"
        with db.transaction() as session:
            forget(session, case_id)
        # While the app is still open: neither the file nor its WAL holds them.
        left = _on_disk(db_path)
        assert [s for s in secrets if s in left] == []
    finally:
        db.close()
    assert [s for s in secrets if s in _on_disk(db_path)] == []
