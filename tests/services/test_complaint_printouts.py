"""The casebook's printouts: confidential ones marked and audited, the public one nameless."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AuditEntry, PersonKind
from councildesk.errors import CouncilDeskError
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import Outcome, Route
from councildesk.services import complaint_printouts, complaints, council, people
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import from_register, outside
from councildesk.services.complaints import StageInput
from councildesk.services.people import PersonInput

TODAY = dt.date(2026, 12, 1)
NAMES = ["Perpetua Wigglesworth", "Barnaby Ruddigore", "Cllr Quentin Fairweather", "Unity Rep"]
SUMMARIES = ["the matter of the missing minute book", "Raised voices at the bus shelter"]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _cases(db: Database, book: Casebook) -> int:
    with db.transaction() as session:
        panel = [
            from_register(people.add_person(session, PersonInput(PersonKind.COUNCILLOR, n)))
            for n in (NAMES[2], "Cllr Second")
        ]
        public = complaints.open_case(
            session, book, Route.PUBLIC, dt.date(2026, 10, 5),
            CaseContent(complainant=outside(NAMES[0]), summary=SUMMARIES[0]), TODAY,
        )  # fmt: skip
        complaints.record_stage(
            session, book, public.id,
            StageInput("closed", dt.date(2026, 10, 20), outcome=Outcome.NOT_UPHELD), TODAY,
        )  # fmt: skip
        case = complaints.open_case(
            session, book, Route.CONDUCT_OF_OFFICER, dt.date(2026, 11, 2),
            CaseContent(complainant=outside(NAMES[1]),
                        summary=SUMMARIES[1], notes="Long notes. " * 400),
            TODAY,
        )  # fmt: skip
        complaints.record_stage(
            session, book, case.id, StageInput("investigation", dt.date(2026, 11, 3)), TODAY
        )
        complaints.record_stage(
            session, book, case.id,
            StageInput("hearing", dt.date(2026, 11, 10), StageContent(
                panel=panel, accompaniment=Accompaniment.ACCOMPANIED, companion=NAMES[3])),
            TODAY,
        )  # fmt: skip
        return case.id


def test_public_summary_holds_counts_and_no_name_or_summary(
    db: Database, book: Casebook, tmp_path: Path
) -> None:
    _cases(db, book)
    out = tmp_path / "public.pdf"
    with db.session() as session:
        complaint_printouts.write_public(session, out, TODAY)
    text = "\n".join(_pages(out))
    assert "2 cases received and 1 closed" in text
    assert "Complaint from the public" in text and "Not upheld" in text
    assert "Performance or disciplinary hearing" in text
    assert "CONFIDENTIAL" not in text
    for secret in [*NAMES, *SUMMARIES, "Long notes"]:
        assert secret.lower() not in text.lower()


def test_case_summary_is_confidential_on_every_page_with_the_exclusion_resolution(
    db: Database, book: Casebook, tmp_path: Path
) -> None:
    case_id = _cases(db, book)
    out = tmp_path / "case.pdf"
    with db.transaction() as session:
        complaint_printouts.write_case(session, book, case_id, out, TODAY)
    pages = _pages(out)
    assert len(pages) == 2
    assert all("CONFIDENTIAL" in page for page in pages)
    text = " ".join(" ".join(pages).split())
    assert "Public Bodies (Admission to Meetings) Act 1960" in text
    assert NAMES[1] in text and "Accompanied by Unity Rep" in text
    with db.session() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "print"))
        assert entry.detail == "C-2026-002"


def test_confidential_register_lists_every_case_and_audits_each(
    db: Database, book: Casebook, tmp_path: Path
) -> None:
    _cases(db, book)
    out = tmp_path / "register.pdf"
    with db.transaction() as session:
        complaint_printouts.write_register(session, book, out, TODAY)
    text = "\n".join(_pages(out))
    assert "CONFIDENTIAL" in text and "C-2026-001" in text and "C-2026-002" in text
    with db.session() as session:
        printed = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print"))
        assert sorted(printed) == ["C-2026-001", "C-2026-002"]


def test_a_code_of_conduct_referral_letter_is_drafted_from_the_councils_details(
    db: Database, book: Casebook, tmp_path: Path
) -> None:
    with db.transaction() as session:
        found = council.get_council(session)
        found.principal_council = "Westmoor District Council"
        found.monitoring_officer_name = "Dana Whitfield"
        found.monitoring_officer_address = "Market Street, Westmoor"
        case = complaints.open_case(
            session, book, Route.CODE_OF_CONDUCT, dt.date(2026, 11, 2),
            CaseContent(complainant=outside(NAMES[0]), summary=SUMMARIES[0]), TODAY,
        )  # fmt: skip
        public = complaints.open_case(
            session, book, Route.PUBLIC, dt.date(2026, 11, 2), CaseContent(summary="x"), TODAY
        )
    out = tmp_path / "referral.pdf"
    with db.transaction() as session:
        complaint_printouts.write_referral(session, book, case.id, out, TODAY)
        with pytest.raises(CouncilDeskError, match="Only a Code of Conduct"):
            complaint_printouts.write_referral(session, book, public.id, out, TODAY)
    text = " ".join(" ".join(_pages(out)).split())
    assert "Dana Whitfield" in text and "Monitoring Officer, Westmoor District Council" in text
    assert "Localism Act 2011" in text and "CONFIDENTIAL" in text and SUMMARIES[0] in text
