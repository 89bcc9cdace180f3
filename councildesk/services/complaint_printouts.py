"""Gathering the casebook's printouts: each confidential one is audited, case by case."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.db.models import Complaint
from councildesk.errors import CouncilDeskError
from councildesk.reports.complaints import (
    CaseSheet,
    PublicCounts,
    ReferralLetter,
    RegisterLine,
    StageLine,
    render_case,
    render_public,
    render_referral,
    render_register,
)
from councildesk.reports.dates import uk_date
from councildesk.rules.complaint_panels import Accompaniment, about_clerk
from councildesk.rules.complaints import (
    OUTCOME_LABELS,
    ROUTE_LABELS,
    Outcome,
    Route,
    stage_label,
    stages_of,
)
from councildesk.rules.working_days import Nation
from councildesk.services import audit, complaint_records, complaints, council
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import StageContent, read_content
from councildesk.services.complaint_parties import PartyRef, to_party


def _name(ref: PartyRef | None) -> str:
    return ref.name if ref is not None else ""


def outcome_label(value: str) -> str:
    return OUTCOME_LABELS[Outcome(value)] if value else ""


def _companion(content: StageContent) -> str:
    if content.accompaniment is Accompaniment.ACCOMPANIED:
        return f"Accompanied by {content.companion}"
    if content.accompaniment is Accompaniment.DECLINED:
        return "Told of the right to be accompanied; attended alone"
    return ""


def case_sheet(session: Session, book: Casebook, case_id: int) -> CaseSheet:
    view = complaints.view_case(session, book, case_id, purpose="print")
    case, content = view.case, view.content
    route = complaints.route_of(case)
    about = about_clerk(to_party(session, content.complainant), to_party(session, content.subject))
    pending = complaints.case_deadlines(session, case)
    return CaseSheet(
        reference=case.reference,
        route=ROUTE_LABELS[route],
        received_on=case.received_on,
        how_received=content.how_received or "not recorded",
        acknowledged_on=case.acknowledged_on,
        complainant=_name(content.complainant),
        subject=_name(content.subject),
        handler=_name(content.handler),
        clauses=[str(c.get("label", "")) for c in content.clauses],
        summary=content.summary,
        notes=content.notes,
        stages=[
            StageLine(
                label=stage_label(route, s.key, about_clerk=about),
                on=s.on,
                panel=[p.name for p in s.content.panel],
                decision=s.content.decision,
                companion=_companion(s.content),
                notes=s.content.notes,
            )
            for s in view.stages
        ],
        documents=[
            f"{d.name} ({d.size / 1024:.0f} KB, added {uk_date(d.added_on)})"
            for d in complaint_records.list_documents(book, case)
        ],
        outcome=outcome_label(case.outcome),
        outcome_text=content.outcome_text,
        closed_on=case.closed_on,
        retention_on=case.retention_on,
        next_deadline="; ".join(f"{d.what} by {uk_date(d.due_on)}" for d in pending),
    )


def write_case(
    session: Session, book: Casebook, case_id: int, out: Path | BinaryIO, today: dt.date
) -> None:
    sheet = case_sheet(session, book, case_id)
    render_case(out, _council_name(session), sheet, today, sample=_sample(session))


def write_register(session: Session, book: Casebook, out: Path | BinaryIO, today: dt.date) -> None:
    lines: list[RegisterLine] = []
    for case in complaints.all_cases(session):
        content = read_content(book, case)
        route = complaints.route_of(case)
        lines.append(
            RegisterLine(
                reference=case.reference,
                route=ROUTE_LABELS[route],
                received_on=case.received_on,
                complainant=_name(content.complainant) or _anonymised(case),
                subject=_name(content.subject) or _anonymised(case),
                stage=stage_label(route, case.stage),
                outcome=outcome_label(case.outcome),
                retention_on=case.retention_on,
            )
        )
        audit.record(session, "print", complaints.ENTITY, case.id, case.reference)
    render_register(out, _council_name(session), lines, today, sample=_sample(session))


def _anonymised(case: Complaint) -> str:
    return "(anonymised)" if case.anonymised_on is not None else ""


def public_counts(session: Session, start: dt.date, end: dt.date) -> PublicCounts:
    """Counts for the public: cases received in the period, their routes, open stages and
    outcomes. Nothing sealed is read, so nothing confidential can reach the page."""
    cases = [c for c in complaints.all_cases(session) if start <= c.received_on <= end]
    routes = Counter(complaints.route_of(c) for c in cases)
    open_stages = Counter((complaints.route_of(c), c.stage) for c in cases if c.closed_on is None)
    outcomes = Counter(c.outcome for c in cases if c.closed_on is not None)
    stage_order = {
        (route, s.key): (list(Route).index(route), i)
        for route in Route
        for i, s in enumerate(stages_of(route))
    }
    return PublicCounts(
        period_from=start,
        period_to=end,
        received=len(cases),
        closed=sum(1 for c in cases if c.closed_on is not None),
        by_route=[(ROUTE_LABELS[r], routes.get(r, 0)) for r in Route],
        open_by_stage=[
            (f"{ROUTE_LABELS[route]}: {stage_label(route, key)}", n)
            for (route, key), n in sorted(open_stages.items(), key=lambda i: stage_order[i[0]])
        ],
        by_outcome=[
            (outcome_label(o) or "Closed, outcome not recorded", n)
            for o, n in sorted(outcomes.items())
        ],
        notes=(
            "Code of Conduct allegations are decided by the Monitoring Officer (in Wales, the "
            "Public Services Ombudsman for Wales), not by the council.",
        ),
    )


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve months up to today."""
    try:
        start = today.replace(year=today.year - 1)
    except ValueError:
        start = dt.date(today.year - 1, 2, 28)
    return start + dt.timedelta(days=1), today


def write_public(
    session: Session,
    out: Path | BinaryIO,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None = None,
) -> None:
    start, end = period or default_period(today)
    counts = public_counts(session, start, end)
    render_public(out, _council_name(session), counts, today, sample=_sample(session))


def _council_name(session: Session) -> str:
    return council.display_name(council.get_council(session))


def _sample(session: Session) -> bool:
    return council.get_council(session).is_sample


def write_referral(
    session: Session, book: Casebook, case_id: int, out: Path | BinaryIO, today: dt.date
) -> None:
    """The letter referring a Code of Conduct allegation, from the council's details."""
    view = complaints.view_case(session, book, case_id, purpose="print")
    if complaints.route_of(view.case) is not Route.CODE_OF_CONDUCT:
        raise CouncilDeskError("Only a Code of Conduct allegation is referred by letter.")
    found = council.get_council(session)
    welsh = complaints.nation(session) is Nation.WALES
    letter = ReferralLetter(
        reference=view.case.reference,
        to_name="" if welsh else found.monitoring_officer_name,
        to_title="Public Services Ombudsman for Wales"
        if welsh
        else f"Monitoring Officer, {found.principal_council}".rstrip(", "),
        to_address="" if welsh else found.monitoring_officer_address,
        to_email="" if welsh else found.monitoring_officer_email,
        council_name=council.display_name(found),
        clerk_title=found.clerk_title,
        received_on=view.case.received_on,
        complainant=_name(view.content.complainant),
        subject=_name(view.content.subject),
        summary=view.content.summary,
        law="Part III of the Local Government Act 2000" if welsh else "the Localism Act 2011",
    )
    render_referral(out, letter, today, sample=found.is_sample)
