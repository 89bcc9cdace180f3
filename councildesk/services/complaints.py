"""The complaints casebook: opening cases, moving them through their route, reading them.

Every function that reads or writes what a case says takes the unlocked
:class:`~councildesk.services.casebook_crypto.Casebook`; the list of cases, the deadlines and the
public counts need no key, because they use only the reference, route, dates, stage and outcome.
Every view, change and printout of a case writes an audit entry that names the reference and
nothing else.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from councildesk.db.models import Complaint, ComplaintSettings, ComplaintStage, CouncilKind
from councildesk.errors import CouncilDeskError, NotFoundError, Problem, ValidationError
from councildesk.rules import complaint_deadlines as deadline_rules
from councildesk.rules.complaint_deadlines import Deadline, DeadlineSettings
from councildesk.rules.complaint_panels import (
    StageParticipants,
    check_handler,
    check_stage_people,
)
from councildesk.rules.complaints import (
    ROUTE_OUTCOMES,
    Event,
    Outcome,
    Refusal,
    Route,
    Stage,
    check_move,
    check_route_parties,
    opening_stage,
    stage,
)
from councildesk.rules.dates import uk_date
from councildesk.rules.working_days import Nation
from councildesk.services import audit, council
from councildesk.services.actions import Action, Urgency
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import (
    CaseContent,
    StageContent,
    case_context,
    read_content,
    read_stage,
    stage_context,
)
from councildesk.services.complaint_parties import PartyRef, in_register, to_party

MAX_SUMMARY = 4000
MAX_NOTES = 50_000
HOW_RECEIVED = ("letter", "email", "in person", "telephone", "at a meeting", "other")
ENTITY = "complaint"


def refused(refusal: Refusal) -> ValidationError:
    return ValidationError(Problem(refusal.field or "stage", str(refusal)))


# --- settings ---------------------------------------------------------------------------------
def _settings_row(session: Session) -> ComplaintSettings | None:
    return session.scalars(select(ComplaintSettings)).first()


def get_settings(session: Session) -> DeadlineSettings:
    row = _settings_row(session)
    if row is None:
        return DeadlineSettings()
    return DeadlineSettings(
        acknowledge=row.acknowledge_days,
        refer=row.refer_days,
        meeting=row.meeting_days,
        decision=row.decision_days,
        appeal=row.appeal_days,
        panel_minimum=row.panel_minimum,
        retention_years=row.retention_years,
    )


def lock_minutes(session: Session) -> int:
    row = _settings_row(session)
    return row.lock_minutes if row is not None else 10


def save_settings(session: Session, settings: DeadlineSettings, minutes: int = 10) -> None:
    problems = [Problem(f, m) for f, m in settings.problems()]
    if not 1 <= minutes <= 120:
        problems.append(Problem("lock_minutes", "Lock after between 1 and 120 minutes."))
    if problems:
        raise ValidationError(problems)
    row = _settings_row(session) or ComplaintSettings()
    row.acknowledge_days, row.refer_days = settings.acknowledge, settings.refer
    row.meeting_days, row.decision_days = settings.meeting, settings.decision
    row.appeal_days, row.panel_minimum = settings.appeal, settings.panel_minimum
    row.retention_years, row.lock_minutes = settings.retention_years, minutes
    session.add(row)
    audit.record(session, "change", "complaint settings", None, "deadlines and retention")


def nation(session: Session) -> Nation:
    """A community council is in Wales: Welsh bank holidays, and the Ombudsman for Wales."""
    found = council.find_council(session)
    return Nation.WALES if found and found.kind is CouncilKind.COMMUNITY else Nation.ENGLAND


# --- validation -------------------------------------------------------------------------------
def _check_content(content: CaseContent) -> None:
    problems: list[Problem] = []
    if not content.summary.strip():
        problems.append(Problem("summary", "Give a short summary of what the case is about."))
    if len(content.summary) > MAX_SUMMARY:
        problems.append(Problem("summary", f"Keep the summary under {MAX_SUMMARY} characters."))
    if len(content.notes) > MAX_NOTES:
        problems.append(Problem("notes", f"Notes have at most {MAX_NOTES} characters."))
    if content.how_received and content.how_received not in HOW_RECEIVED:
        problems.append(Problem("how_received", "Choose how the case was received."))
    if problems:
        raise ValidationError(problems)


def _check_parties(session: Session, route: Route, content: CaseContent) -> None:
    for refusal in (
        check_route_parties(route, in_register(content.complainant)),
        check_handler(
            route,
            to_party(session, content.complainant),
            to_party(session, content.subject),
            to_party(session, content.handler),
        ),
    ):
        if refusal is not None:
            raise refused(refusal)


def _next_reference(session: Session, year: int) -> str:
    prefix = f"C-{year}-"
    count = session.scalar(
        select(func.count()).select_from(Complaint).where(Complaint.reference.like(f"{prefix}%"))
    )
    number = (count or 0) + 1
    while session.scalar(
        select(Complaint.id).where(Complaint.reference == f"{prefix}{number:03d}")
    ):
        number += 1
    return f"{prefix}{number:03d}"


# --- use cases --------------------------------------------------------------------------------
def open_case(
    session: Session,
    book: Casebook,
    route: Route,
    received_on: dt.date,
    content: CaseContent,
    today: dt.date,
) -> Complaint:
    """Open a case at its route's first stage, dated the day it was received."""
    _check_content(content)
    if received_on > today:
        raise ValidationError(Problem("received_on", "The date received is in the future."))
    _check_parties(session, route, content)
    first = opening_stage(route)
    case = Complaint(
        reference=_next_reference(session, received_on.year),
        route=route.value,
        received_on=received_on,
        stage=first.key,
        sealed=b"",
        created_at=dt.datetime.now().replace(microsecond=0),
    )
    case.sealed = book.seal_json(content.to_json(), case_context(case))
    case.stages.append(
        ComplaintStage(
            seq=1,
            stage=first.key,
            on_date=received_on,
            sealed=book.seal_json(StageContent().to_json(), f"complaint:{case.reference}:stage:1"),
        )
    )
    session.add(case)
    session.flush()
    audit.record(session, "open", ENTITY, case.id, case.reference)
    return case


def get_case(session: Session, case_id: int) -> Complaint:
    case = session.get(Complaint, case_id)
    if case is None:
        raise NotFoundError("That case is no longer in the casebook.")
    return case


def find_case(session: Session, reference: str) -> Complaint:
    case = session.scalars(
        select(Complaint).where(Complaint.reference == reference.strip().upper())
    ).first()
    if case is None:
        raise NotFoundError(f"There is no case {reference.strip()} in the casebook.")
    return case


def route_of(case: Complaint) -> Route:
    return Route(case.route)


def events_of(case: Complaint) -> list[Event]:
    return [Event(s.stage, s.on_date) for s in case.stages]


def update_case(
    session: Session,
    book: Casebook,
    case_id: int,
    content: CaseContent,
    acknowledged_on: dt.date | None,
) -> Complaint:
    case = get_case(session, case_id)
    _require_not_anonymised(case)
    _check_content(content)
    _check_parties(session, route_of(case), content)
    problem = deadline_rules.check_acknowledged(case.received_on, acknowledged_on)
    if problem:
        raise ValidationError(Problem("acknowledged_on", problem))
    case.acknowledged_on = acknowledged_on
    case.sealed = book.seal_json(content.to_json(), case_context(case))
    audit.record(session, "change", ENTITY, case.id, case.reference)
    return case


def acknowledge(session: Session, case_id: int, on: dt.date) -> Complaint:
    case = get_case(session, case_id)
    problem = deadline_rules.check_acknowledged(case.received_on, on)
    if problem:
        raise ValidationError(Problem("acknowledged_on", problem))
    case.acknowledged_on = on
    audit.record(session, "acknowledge", ENTITY, case.id, case.reference)
    return case


@dataclass(frozen=True)
class StageInput:
    stage: str
    on: dt.date
    content: StageContent = field(default_factory=StageContent)
    outcome: Outcome | None = None  # when closing


def record_stage(
    session: Session, book: Casebook, case_id: int, data: StageInput, today: dt.date
) -> Complaint:
    """Move a case into its next stage, refusing what the route and guardrails forbid."""
    case = get_case(session, case_id)
    _require_not_anonymised(case)
    route = route_of(case)
    if data.on > today:
        raise ValidationError(Problem("on", "A stage cannot be dated in the future."))
    refusal = check_move(
        route, case.received_on, events_of(case), data.stage, data.on, welsh=_welsh(session)
    )
    if refusal is not None:
        raise refused(refusal)
    target = stage(route, data.stage)
    assert target is not None  # check_move refuses unknown stages
    content = read_content(book, case)
    complainant = to_party(session, content.complainant)
    subject = to_party(session, content.subject)
    panel = tuple(p for p in (to_party(session, r) for r in data.content.panel) if p is not None)
    earlier = [
        StageParticipants(
            s.stage,
            tuple(p for p in (to_party(session, r) for r in s.panel) if p is not None),
        )
        for s in _earlier_panels(book, case)
    ]
    refusal = check_stage_people(
        route,
        target,
        StageParticipants(target, panel, data.content.accompaniment, data.content.companion),
        complainant,
        subject,
        earlier,
        minimum=get_settings(session).panel_minimum,
    )
    if refusal is not None:
        raise refused(refusal)
    if data.outcome is not None and data.outcome not in ROUTE_OUTCOMES[route]:
        raise ValidationError(Problem("outcome", "That outcome does not belong to this route."))
    seq = max((s.seq for s in case.stages), default=0) + 1
    case.stages.append(
        ComplaintStage(
            seq=seq,
            stage=data.stage,
            on_date=data.on,
            sealed=book.seal_json(data.content.to_json(), stage_context(case, seq)),
        )
    )
    case.stage = data.stage
    if data.stage == "closed":
        case.closed_on = data.on
        case.outcome = data.outcome.value if data.outcome else ""
        years = get_settings(session).retention_years
        case.retention_on = deadline_rules.retention_until(data.on, years)
    audit.record(session, "stage", ENTITY, case.id, case.reference)
    return case


@dataclass(frozen=True)
class _Panel:
    stage: Stage
    panel: list[PartyRef]


def _earlier_panels(book: Casebook, case: Complaint) -> list[_Panel]:
    route = route_of(case)
    found: list[_Panel] = []
    for row in case.stages:
        known = stage(route, row.stage)
        if known is not None:
            found.append(_Panel(known, read_stage(book, case, row).panel))
    return found


def _welsh(session: Session) -> bool:
    return nation(session) is Nation.WALES


def _require_not_anonymised(case: Complaint) -> None:
    if case.anonymised_on is not None:
        raise CouncilDeskError(
            f"Case {case.reference} was anonymised on {uk_date(case.anonymised_on)}; it keeps "
            "its statistics only and cannot be changed."
        )


# --- reading ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class StageView:
    seq: int
    key: str
    on: dt.date
    content: StageContent


@dataclass(frozen=True)
class CaseView:
    case: Complaint
    content: CaseContent
    stages: list[StageView]


def view_case(session: Session, book: Casebook, case_id: int, *, purpose: str = "view") -> CaseView:
    """Everything a case says, decrypted; the audit trail notes that it was read."""
    case = get_case(session, case_id)
    content = read_content(book, case)
    stages = [
        StageView(row.seq, row.stage, row.on_date, read_stage(book, case, row))
        for row in case.stages
    ]
    audit.record(session, purpose, ENTITY, case.id, case.reference)
    return CaseView(case, content, stages)


class CaseStatus(enum.StrEnum):
    """Where a case stands, as the case list and `complaints list --json` say it."""

    OPEN = "open"
    OVERDUE = "overdue"  # a step the council owes is past its deadline
    CLOSED = "closed"
    PAST_RETENTION = "past retention"
    ANONYMISED = "anonymised"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class CaseRow:
    """What the case list shows: never a name, never a word of the case."""

    id: int
    reference: str
    route: Route
    received_on: dt.date
    stage: str
    next_deadline: Deadline | None
    status: CaseStatus
    closed_on: dt.date | None
    outcome: str
    retention_on: dt.date | None
    anonymised: bool


def status_of(case: Complaint, pending: Deadline | None, today: dt.date) -> CaseStatus:
    if case.anonymised_on is not None:
        return CaseStatus.ANONYMISED
    if case.closed_on is not None:
        if case.retention_on is not None and case.retention_on < today:
            return CaseStatus.PAST_RETENTION
        return CaseStatus.CLOSED
    if pending is not None and pending.council_step and pending.due_on < today:
        return CaseStatus.OVERDUE
    return CaseStatus.OPEN


def case_deadlines(session: Session, case: Complaint) -> list[Deadline]:
    return deadline_rules.deadlines(
        route_of(case),
        case.received_on,
        case.acknowledged_on,
        events_of(case),
        get_settings(session),
        nation(session),
    )


def list_cases(session: Session, today: dt.date) -> list[CaseRow]:
    settings, where = get_settings(session), nation(session)
    rows: list[CaseRow] = []
    for case in session.scalars(select(Complaint).order_by(Complaint.received_on, Complaint.id)):
        pending = deadline_rules.next_deadline(
            route_of(case), case.received_on, case.acknowledged_on, events_of(case), settings, where
        )
        rows.append(
            CaseRow(
                id=case.id,
                reference=case.reference,
                route=route_of(case),
                received_on=case.received_on,
                stage=case.stage,
                next_deadline=pending,
                status=status_of(case, pending, today),
                closed_on=case.closed_on,
                outcome=case.outcome,
                retention_on=case.retention_on,
                anonymised=case.anonymised_on is not None,
            )
        )
    return rows


def all_cases(session: Session) -> Sequence[Complaint]:
    return session.scalars(select(Complaint).order_by(Complaint.received_on, Complaint.id)).all()


# --- the Dashboard ----------------------------------------------------------------------------
AREA = "complaints"
SOON_DAYS = 3


def actions(session: Session, today: dt.date) -> list[Action]:
    """Each open case's next deadline and the cases past retention, by reference only."""
    found: list[Action] = []
    for row in list_cases(session, today):
        pending = row.next_deadline
        if pending is None or row.closed_on is not None:
            continue
        if pending.council_step:
            if pending.due_on < today:
                urgency = Urgency.OVERDUE
            elif pending.due_on <= today + dt.timedelta(days=SOON_DAYS):
                urgency = Urgency.DUE
            else:
                urgency = Urgency.UPCOMING
            what = f"Case {row.reference}: {pending.what.lower()}"
        elif pending.due_on < today:
            urgency, what = Urgency.DUE, f"Case {row.reference}: no appeal lodged; close the case"
        else:
            urgency, what = Urgency.INFO, f"Case {row.reference}: appeal window closes"
        found.append(Action(pending.due_on, what, urgency, AREA, row.id))
    overdue = [a for a in found if a.urgency is Urgency.OVERDUE]
    if len(overdue) > 1:
        found.append(
            Action(today, f"{len(overdue)} complaint deadlines overdue", Urgency.OVERDUE, AREA)
        )
    expired = [r for r in list_cases(session, today) if r.status is CaseStatus.PAST_RETENTION]
    if expired:
        references = ", ".join(r.reference for r in expired)
        noun = "case is" if len(expired) == 1 else "cases are"
        found.append(
            Action(
                today,
                f"{len(expired)} closed {noun} past the retention date: anonymise or delete "
                f"({references})",
                Urgency.DUE,
                AREA,
                expired[0].id,
            )
        )
    return found
