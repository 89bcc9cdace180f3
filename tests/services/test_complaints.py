"""The casebook's use cases: opening and moving cases, the guardrails, retention, the audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from councildesk.db.engine import Database
from councildesk.db.models import AuditEntry, PersonKind
from councildesk.errors import CouncilDeskError, ValidationError
from councildesk.rules.complaint_deadlines import DeadlineSettings
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import Outcome, Route
from councildesk.services import complaint_records, complaints, dashboard, people
from councildesk.services.actions import Urgency
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import PartyRef, from_register, outside
from councildesk.services.complaints import CaseStatus, StageInput
from councildesk.services.people import PersonInput, RoleInput

TODAY = dt.date(2026, 12, 1)
RECEIVED = dt.date(2026, 11, 2)


@pytest.fixture
def register(db: Database) -> dict[str, PartyRef]:
    made: dict[str, PartyRef] = {}
    with db.transaction() as session:
        for key, data in {
            "chair": PersonInput(PersonKind.COUNCILLOR, "Cllr Chair", roles=[RoleInput("Chair")]),
            "a": PersonInput(PersonKind.COUNCILLOR, "Cllr Ash"),
            "b": PersonInput(PersonKind.COUNCILLOR, "Cllr Birch"),
            "c": PersonInput(PersonKind.COUNCILLOR, "Cllr Cedar"),
            "d": PersonInput(PersonKind.COUNCILLOR, "Cllr Damson"),
            "e": PersonInput(PersonKind.COUNCILLOR, "Cllr Elm"),
            "clerk": PersonInput(PersonKind.OFFICER, "Clerk Person", post="Clerk and RFO"),
            "deputy": PersonInput(PersonKind.OFFICER, "Deputy Person", post="Deputy Clerk"),
        }.items():
            made[key] = from_register(people.add_person(session, data))
    return made


def _open(db: Database, book: Casebook, route: Route, content: CaseContent) -> int:
    with db.transaction() as session:
        return complaints.open_case(session, book, route, RECEIVED, content, TODAY).id


def _stage(
    db: Database,
    book: Casebook,
    case_id: int,
    key: str,
    on: dt.date,
    outcome: Outcome | None = None,
    **content: Any,
) -> None:
    data = StageInput(key, on, StageContent(**content), outcome)
    with db.transaction() as session:
        complaints.record_stage(session, book, case_id, data, TODAY)


def grievance(register: dict[str, PartyRef]) -> CaseContent:
    return CaseContent(
        complainant=register["deputy"],
        subject=register["e"],
        summary="Shouted at in the office",
        handler=register["clerk"],
    )


def test_a_grievance_from_received_to_closed(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    case_id = _open(db, book, Route.GRIEVANCE, grievance(register))
    panel = [register["a"], register["b"]]
    _stage(db, book, case_id, "informal", dt.date(2026, 11, 4))
    _stage(db, book, case_id, "written-grievance", dt.date(2026, 11, 9))
    _stage(
        db,
        book,
        case_id,
        "meeting",
        dt.date(2026, 11, 16),
        panel=panel,
        accompaniment=Accompaniment.ACCOMPANIED,
        companion="Union Rep",
    )
    _stage(db, book, case_id, "decision", dt.date(2026, 11, 20), panel=panel, decision="Upheld")
    _stage(db, book, case_id, "closed", dt.date(2026, 11, 30), outcome=Outcome.UPHELD)
    with db.session() as session:
        view = complaints.view_case(session, book, case_id)
        assert view.content.summary == "Shouted at in the office"
        assert [s.key for s in view.stages][-1] == "closed"
        assert view.stages[3].content.companion == "Union Rep"
        (row,) = complaints.list_cases(session, TODAY)
        assert (row.status, row.outcome) == ("closed", "upheld")
        assert row.retention_on == dt.date(2032, 11, 30)


def test_the_chair_alone_is_refused_and_nothing_is_saved(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    case_id = _open(db, book, Route.GRIEVANCE, grievance(register))
    _stage(db, book, case_id, "written-grievance", dt.date(2026, 11, 9))
    with pytest.raises(ValidationError, match="Chair may not decide this alone"):
        _stage(
            db,
            book,
            case_id,
            "meeting",
            dt.date(2026, 11, 16),
            panel=[register["chair"]],
            accompaniment=Accompaniment.DECLINED,
        )
    with db.session() as session:
        assert complaints.get_case(session, case_id).stage == "written-grievance"


def test_an_appeal_heard_by_the_first_panel_is_refused(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    case_id = _open(db, book, Route.GRIEVANCE, grievance(register))
    first = [register["a"], register["b"]]
    _stage(db, book, case_id, "written-grievance", dt.date(2026, 11, 9))
    _stage(
        db,
        book,
        case_id,
        "meeting",
        dt.date(2026, 11, 10),
        panel=first,
        accompaniment=Accompaniment.DECLINED,
    )
    _stage(db, book, case_id, "decision", dt.date(2026, 11, 11), panel=first)
    _stage(db, book, case_id, "appeal-lodged", dt.date(2026, 11, 12))
    with pytest.raises(ValidationError, match="cannot hear the appeal"):
        _stage(
            db,
            book,
            case_id,
            "appeal-hearing",
            dt.date(2026, 11, 13),
            panel=[register["b"], register["c"]],
            accompaniment=Accompaniment.DECLINED,
        )
    _stage(
        db,
        book,
        case_id,
        "appeal-hearing",
        dt.date(2026, 11, 13),
        panel=[register["c"], register["d"]],
        accompaniment=Accompaniment.DECLINED,
    )


def test_a_case_about_the_clerk_is_not_handled_by_the_clerk(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    content = CaseContent(
        complainant=register["a"],
        subject=register["clerk"],
        summary="x",
        handler=register["clerk"],
    )
    with pytest.raises(ValidationError, match="never the Clerk"):
        _open(db, book, Route.CONDUCT_OF_OFFICER, content)
    content.handler = register["chair"]
    _open(db, book, Route.CONDUCT_OF_OFFICER, content)


def test_code_of_conduct_cannot_go_to_an_internal_stage(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    content = CaseContent(complainant=outside("A Resident"), subject=register["e"], summary="x")
    case_id = _open(db, book, Route.CODE_OF_CONDUCT, content)
    with pytest.raises(ValidationError, match="Monitoring Officer"):
        _stage(db, book, case_id, "meeting", dt.date(2026, 11, 3))


def test_public_route_refuses_a_councillor_as_complainant(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    content = CaseContent(complainant=register["a"], summary="Bins")
    with pytest.raises(ValidationError, match="members of the public"):
        _open(db, book, Route.PUBLIC, content)


def test_a_stage_before_received_is_refused(db: Database, book: Casebook) -> None:
    case_id = _open(db, book, Route.PUBLIC, CaseContent(complainant=outside("A B"), summary="x"))
    with pytest.raises(ValidationError, match="before the case was received"):
        _stage(db, book, case_id, "direct", dt.date(2026, 10, 1))


def test_deadlines_follow_the_council_settings(db: Database, book: Casebook) -> None:
    case_id = _open(db, book, Route.PUBLIC, CaseContent(complainant=outside("A B"), summary="x"))
    with db.transaction() as session:
        complaints.save_settings(session, DeadlineSettings(acknowledge=3))
    with db.session() as session:
        (row,) = complaints.list_cases(session, TODAY)
        assert row.next_deadline is not None
        assert row.next_deadline.due_on == dt.date(2026, 11, 5)
        assert row.status is CaseStatus.OVERDUE
        assert row.id == case_id


def test_audit_entries_name_the_reference_only(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    case_id = _open(db, book, Route.GRIEVANCE, grievance(register))
    with db.transaction() as session:
        complaints.view_case(session, book, case_id)
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "complaint"))
        assert [(e.action, e.detail) for e in entries] == [
            ("open", "C-2026-001"),
            ("view", "C-2026-001"),
        ]


def test_documents_over_the_limit_are_refused_saying_the_limit(
    db: Database, book: Casebook, tmp_path: Path
) -> None:
    case_id = _open(db, book, Route.PUBLIC, CaseContent(complainant=outside("A B"), summary="x"))
    big = tmp_path / "big.pdf"
    big.write_bytes(b"0" * (complaint_records.MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(ValidationError, match="at most 10 MB"), db.transaction() as session:
        complaint_records.attach_document(session, book, case_id, big, TODAY)
    small = tmp_path / "letter.txt"
    small.write_bytes(b"Dear Clerk")
    with db.transaction() as session:
        document = complaint_records.attach_document(session, book, case_id, small, TODAY)
    with db.transaction() as session:
        assert complaint_records.document_content(session, book, document.id) == (
            "letter.txt",
            b"Dear Clerk",
        )


def test_anonymise_keeps_the_statistics_and_drops_the_words(db: Database, book: Casebook) -> None:
    case_id = _open(db, book, Route.PUBLIC, CaseContent(complainant=outside("A B"), summary="x"))
    with pytest.raises(CouncilDeskError, match="still open"), db.transaction() as session:
        complaint_records.anonymise(session, case_id, TODAY)
    _stage(db, book, case_id, "closed", dt.date(2026, 11, 3), outcome=Outcome.NOT_UPHELD)
    with db.transaction() as session:
        assert complaint_records.past_retention(session, dt.date(2033, 1, 1))
        complaint_records.anonymise(session, case_id, TODAY)
    with db.session() as session:
        view = complaints.view_case(session, book, case_id)
        assert view.content.summary == "" and view.content.complainant is None
        (row,) = complaints.list_cases(session, TODAY)
        assert (row.route, row.outcome, row.anonymised) == (Route.PUBLIC, "not-upheld", True)
        assert not complaint_records.past_retention(session, dt.date(2033, 1, 1))


def test_dashboard_actions_name_the_reference_never_a_person(
    db: Database, book: Casebook, register: dict[str, PartyRef]
) -> None:
    _open(db, book, Route.GRIEVANCE, grievance(register))
    _open(db, book, Route.PUBLIC, CaseContent(complainant=outside("Ann Other"), summary="Bins"))
    with db.session() as session:
        found = dashboard.actions(session, TODAY)
    mine = [a for a in found if a.area == "complaints"]
    assert [a.what for a in mine] == [
        "Case C-2026-001: acknowledge receipt",
        "Case C-2026-002: acknowledge receipt",
        "2 complaint deadlines overdue",
    ]
    assert all(a.urgency is Urgency.OVERDUE for a in mine)
    for action in mine:
        for secret in ("Deputy", "Elm", "Ann Other", "Bins", "Shouted"):
            assert secret not in action.what
