"""No word or name of an encrypted case reaches the audit trail: every complaint action leaves an
entry naming the case by its reference alone."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AuditEntry
from councildesk.rules.complaints import Outcome, Route
from councildesk.services import casebook_crypto, complaint_printouts, complaint_records, complaints
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import outside
from councildesk.services.complaints import StageInput
from tests.services.conftest import PASSPHRASE

TODAY = dt.date(2026, 12, 1)
# Every secret below carries one of these words, so one search finds any that leaked.
SECRETS = ("Quince", "Orchard", "Medlar")


def _case_content(summary: str) -> CaseContent:
    return CaseContent(
        complainant=outside("Zelda Quince"),
        subject=outside("Mr Medlar Orchard"),
        summary=summary,
        notes="Quince says the Orchard Lane hedge was cut",
        outcome_text="Medlar apologised",
    )


def _every_complaint_action(db: Database, book: Casebook, tmp_path: Path) -> None:
    with db.transaction() as session:
        case = complaints.open_case(
            session,
            book,
            Route.PUBLIC,
            dt.date(2026, 11, 2),
            _case_content("Quince hedge at Orchard Lane"),
            TODAY,
        )
        case_id = case.id
    with db.transaction() as session:
        complaints.update_case(
            session, book, case_id, _case_content("Quince hedge (corrected)"), None
        )
        complaints.acknowledge(session, case_id, dt.date(2026, 11, 3))
    letter = tmp_path / "Quince letter about Orchard Lane.txt"
    letter.write_text("Medlar said the Orchard hedge was his", encoding="utf-8")
    with db.transaction() as session:
        document = complaint_records.attach_document(session, book, case_id, letter, TODAY)
    with db.transaction() as session:
        complaint_records.document_content(session, book, document.id)
        complaints.view_case(session, book, case_id)
        complaint_printouts.write_case(session, book, case_id, io.BytesIO(), TODAY)
        complaint_printouts.write_register(session, book, io.BytesIO(), TODAY)
    with db.transaction() as session:
        complaint_records.remove_document(session, document.id)
    stages = [
        StageInput("direct", dt.date(2026, 11, 10), StageContent(notes="Met Zelda Quince")),
        StageInput("council-meeting", dt.date(2026, 11, 17), StageContent(notes="Quince spoke")),
        StageInput(
            "decision", dt.date(2026, 11, 20), StageContent(decision="Medlar to replant the hedge")
        ),
        StageInput("closed", dt.date(2026, 11, 25), StageContent(), Outcome.UPHELD),
    ]
    for stage in stages:
        with db.transaction() as session:
            complaints.record_stage(session, book, case_id, stage, TODAY)
    with db.transaction() as session:
        complaint_records.anonymise(session, case_id, TODAY)
    with db.transaction() as session:
        second = complaints.open_case(
            session,
            book,
            Route.PUBLIC,
            dt.date(2026, 11, 5),
            _case_content("Orchard noise"),
            TODAY,
        )
    with db.transaction() as session:
        complaint_records.delete_case(session, second.id)
    with db.transaction() as session:
        casebook_crypto.change_passphrase(
            session, "Quince Orchard Medlar passphrase", old_passphrase=PASSPHRASE
        )


def test_no_word_or_name_of_a_case_reaches_the_audit_trail(
    db: Database, book: Casebook, tmp_path: Path
) -> None:
    _every_complaint_action(db, book, tmp_path)
    with db.session() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    complaint_entries = [e for e in entries if e.entity == complaints.ENTITY]
    assert {e.action for e in complaint_entries} >= {
        "open",
        "change",
        "acknowledge",
        "attach document",
        "open document",
        "view",
        "print",
        "remove document",
        "stage",
        "anonymise",
        "delete",
    }
    for entry in complaint_entries:
        assert re.fullmatch(r"C-\d{4}-\d{3}", entry.detail), entry.detail
    for entry in entries:
        text = " ".join(str(v) for v in (entry.actor, entry.action, entry.entity, entry.detail))
        assert not any(secret.lower() in text.lower() for secret in SECRETS), text
