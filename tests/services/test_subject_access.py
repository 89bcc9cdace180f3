"""Subject access requests: recorded sealed, their deadline on the Dashboard by reference only,
the bundle finding a person in every part of a case and listing the third parties for
redaction, and the audit naming references only."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AuditEntry, PersonKind, SubjectAccessRequest
from councildesk.errors import ValidationError
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import Route
from councildesk.services import (
    complaints,
    dashboard,
    people,
    subject_access,
    subject_access_bundle,
)
from councildesk.services.actions import Urgency
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import PartyRef, from_register, outside
from councildesk.services.complaints import StageInput
from councildesk.services.people import PersonInput
from councildesk.services.subject_access import RequestContent

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def register(db: Database) -> dict[str, PartyRef]:
    with db.transaction() as session:
        return {
            key: from_register(people.add_person(session, PersonInput(kind, name, post=post)))
            for key, kind, name, post in (
                ("worker", PersonKind.OFFICER, "Hermione Blackwood", "Deputy Clerk"),
                ("clerk", PersonKind.OFFICER, "Clerk Person", "Clerk and RFO"),
                ("a", PersonKind.COUNCILLOR, "Cllr Ash", ""),
                ("b", PersonKind.COUNCILLOR, "Cllr Birch", ""),
                ("c", PersonKind.COUNCILLOR, "Cllr Cedar", ""),
            )
        }


def _cases(db: Database, book: Casebook, register: dict[str, PartyRef]) -> None:
    """Three cases: the worker complains in one, is named in the words of another, and is
    absent from the third."""
    with db.transaction() as session:
        first = complaints.open_case(
            session,
            book,
            Route.GRIEVANCE,
            dt.date(2026, 10, 1),
            CaseContent(
                complainant=register["worker"],
                subject=register["c"],
                handler=register["clerk"],
                summary="Raised voices at the October meeting",
            ),
            TODAY,
        )
        complaints.record_stage(
            session,
            book,
            first.id,
            StageInput("informal", dt.date(2026, 10, 5)),
            TODAY,
        )
        complaints.record_stage(
            session,
            book,
            first.id,
            StageInput(
                "written-grievance",
                dt.date(2026, 10, 12),
            ),
            TODAY,
        )
        complaints.record_stage(
            session,
            book,
            first.id,
            StageInput(
                "meeting",
                dt.date(2026, 10, 19),
                StageContent(
                    panel=[register["a"], register["b"]],
                    accompaniment=Accompaniment.ACCOMPANIED,
                    companion="Rowena Trade-Union",
                ),
            ),
            TODAY,
        )
        complaints.open_case(
            session,
            book,
            Route.PUBLIC,
            dt.date(2026, 11, 2),
            CaseContent(
                complainant=outside("Ambrose Villager"),
                summary="Says hermione BLACKWOOD was rude on the phone; Cllr Ash was told.",
            ),
            TODAY,
        )
        complaints.open_case(
            session,
            book,
            Route.PUBLIC,
            dt.date(2026, 11, 3),
            CaseContent(complainant=outside("Unrelated Person"), summary="Potholes"),
            TODAY,
        )


def _request(db: Database, book: Casebook, person: PartyRef, received: dt.date) -> int:
    with db.transaction() as session:
        row = subject_access.record_request(
            session, book, RequestContent(person, "email"), received, TODAY
        )
        return row.id


def test_a_request_is_sealed_and_due_one_calendar_month_later(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    request_id = _request(db, book, register["worker"], dt.date(2026, 11, 25))
    with db.session() as session:
        row = session.get(SubjectAccessRequest, request_id)
        assert row is not None
        # Christmas Day, then Boxing Day observed on Monday 28 December.
        assert row.due_on == dt.date(2026, 12, 29)
        assert b"Blackwood" not in row.sealed
        assert subject_access.read_content(book, row).person == register["worker"]
        (listed,) = subject_access.list_requests(session, TODAY)
        assert (listed.reference, listed.status) == ("SAR-001", "open")


def test_a_request_received_in_the_future_or_without_a_person_is_refused(
    db: Database, book: Casebook
) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        subject_access.record_request(
            session, book, RequestContent(None, "email"), dt.date(2026, 12, 2), TODAY
        )
    assert {p.field for p in refused.value.problems} == {"person", "received_on"}
    with db.session() as session:
        assert subject_access.list_requests(session, TODAY) == []


def test_the_dashboard_shows_the_deadline_by_reference_never_the_name(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    late = _request(db, book, register["worker"], dt.date(2026, 10, 20))
    _request(db, book, outside("Zebedee Requester"), dt.date(2026, 11, 26))
    with db.session() as session:
        mine = [a for a in dashboard.actions(session, TODAY) if a.area.endswith("subject-access")]
    assert [(a.when, a.what, a.urgency) for a in mine] == [
        (dt.date(2026, 11, 20), "Subject access request SAR-001: answer overdue", Urgency.OVERDUE),
        (dt.date(2026, 12, 29), "Subject access request SAR-002: answer due", Urgency.UPCOMING),
    ]
    with db.transaction() as session:
        subject_access.mark_answered(session, late, dt.date(2026, 11, 30), TODAY)
    with db.session() as session:
        mine = [a for a in dashboard.actions(session, TODAY) if a.area.endswith("subject-access")]
        assert [a.record_id for a in mine] == [2]
        statuses = [r.status for r in subject_access.list_requests(session, TODAY)]
        assert statuses == ["answered late", "open"]


def test_an_answer_dated_before_the_request_is_refused(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    request_id = _request(db, book, register["worker"], dt.date(2026, 11, 10))
    refused = pytest.raises(ValidationError, match="received on 10/11/2026")
    with refused, db.transaction() as session:
        subject_access.mark_answered(session, request_id, dt.date(2026, 11, 9), TODAY)
    with db.session() as session:
        assert subject_access.get_request(session, request_id).completed_on is None


def test_the_bundle_finds_the_person_in_every_part_of_a_case(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    _cases(db, book, register)
    request_id = _request(db, book, register["worker"], dt.date(2026, 11, 25))
    with db.transaction() as session:
        sheet = subject_access_bundle.gather(session, book, request_id, TODAY)
    assert [c.reference for c in sheet.cases] == ["C-2026-001", "C-2026-002"]
    assert sheet.cases[0].roles == ("complainant",)
    assert sheet.cases[1].roles == ("named in the case's words",)
    assert [c.summary for c in sheet.cases][1].startswith("Says hermione")
    others = {p.name: list(p.appears_in) for p in sheet.third_parties}
    assert others == {
        "Ambrose Villager": ["C-2026-002: complainant"],
        "Clerk Person": ["C-2026-001: dealt with the case"],
        "Cllr Ash": [
            "C-2026-001: on the panel, Grievance meeting (19/10/2026)",
            "C-2026-002: named in the case's words",
        ],
        "Cllr Birch": ["C-2026-001: on the panel, Grievance meeting (19/10/2026)"],
        "Cllr Cedar": ["C-2026-001: subject of the case"],
        "Rowena Trade-Union": ["C-2026-001: companion, Grievance meeting (19/10/2026)"],
    }
    assert "Unrelated Person" not in others and "Hermione Blackwood" not in others


def test_a_panel_member_asking_finds_the_cases_they_sat_on(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    _cases(db, book, register)
    request_id = _request(db, book, register["b"], dt.date(2026, 11, 25))
    with db.transaction() as session:
        sheet = subject_access_bundle.gather(session, book, request_id, TODAY)
    ((case),) = sheet.cases
    assert case.roles == ("on the panel: Grievance meeting (19/10/2026)",)
    assert "Hermione Blackwood" in {p.name for p in sheet.third_parties}


def test_the_bundle_is_saved_as_pdf_and_json_and_audited_by_reference(
    db: Database, book: Casebook, register: dict[str, PartyRef], tmp_path: Path
) -> None:
    _cases(db, book, register)
    request_id = _request(db, book, register["worker"], dt.date(2026, 11, 25))
    with db.transaction() as session:
        pdf, data = subject_access_bundle.write_bundle(session, book, request_id, tmp_path, TODAY)
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert all("CONFIDENTIAL" in text for text in pages)
    text = "\n".join(pages)
    for expected in (
        "Hermione Blackwood",
        "Third parties named",
        "Rowena Trade-Union",
        "C-2026-002",
        "29/12/2026",
    ):
        assert expected in text
    assert "Potholes" not in text
    bundle = json.loads(data.read_text(encoding="utf-8"))
    assert bundle["person"] == "Hermione Blackwood"
    assert bundle["due_on"] == "2026-12-29"
    assert [c["reference"] for c in bundle["cases"]] == ["C-2026-001", "C-2026-002"]
    assert "Cllr Cedar" in [p["name"] for p in bundle["third_parties"]]
    with db.session() as session:
        entries = list(
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity.in_(("complaint", "subject access request"))
                )
            )
        )
    trail = " ".join(f"{e.action} {e.entity} {e.detail}" for e in entries)
    assert "export subject access request SAR-001" in trail
    assert "subject access export complaint C-2026-002" in trail
    for secret in ("Blackwood", "Rowena", "Villager", "Raised voices"):
        assert secret not in trail


def test_the_deadline_extends_by_two_months_only_within_the_first(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    request_id = _request(db, book, register["worker"], dt.date(2026, 11, 30))
    with db.transaction() as session:
        row = subject_access.extend(session, request_id, True, TODAY)
        # 30 November + 3 months: no 30 February, so 28 February 2027, a Sunday.
        assert row.due_on == dt.date(2027, 3, 1)
    with db.session() as session:
        (listed,) = subject_access.list_requests(session, TODAY)
        assert listed.extended
        (action,) = [a for a in dashboard.actions(session, TODAY) if a.record_id == request_id]
        assert action.when == dt.date(2027, 3, 1)
    with db.transaction() as session:
        assert subject_access.extend(session, request_id, False, TODAY).due_on == dt.date(
            2026, 12, 30
        )
    too_late = dt.date(2026, 12, 31)
    refused = pytest.raises(ValidationError, match="within the first month: by 30/12/2026")
    with refused, db.transaction() as session:
        subject_access.extend(session, request_id, True, too_late)
    with db.session() as session:
        assert not subject_access.list_requests(session, too_late)[0].extended


def test_no_name_or_note_of_a_request_is_in_the_file(db: Database, book: Casebook) -> None:
    secrets = ("Zebulon Requestor", "Ottoline Solicitor", "xylograph of the allotment")
    with db.transaction() as session:
        subject_access.record_request(
            session,
            book,
            RequestContent(outside(secrets[0]), "letter", requester=secrets[1], notes=secrets[2]),
            dt.date(2026, 11, 20),
            TODAY,
        )
    with db.transaction() as session:
        (row,) = subject_access.list_requests(session, TODAY)
        subject_access.view_request(session, book, row.id)
    path = db.path
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    db.close()
    data += path.read_bytes()
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data
