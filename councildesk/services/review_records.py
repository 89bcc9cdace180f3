"""Changing the register: add a policy, set its schedule, answer a question, record a review or
a change in the law. Each function is one user action; bad input raises ValidationError and
changes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

# The names the GUI and the command line need of db (they never import it): FULL_COUNCIL,
# PolicyReview and ReviewOutcome.
from councildesk.db.models import FULL_COUNCIL as FULL_COUNCIL
from councildesk.db.models import (
    Committee,
    LegalChange,
    Policy,
    PolicyVersion,
    ReviewSchedule,
    VersionStatus,
)
from councildesk.db.models import PolicyReview as PolicyReview
from councildesk.db.models import ReviewOutcome as ReviewOutcome
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.reviews import check_cycle, read_wording
from councildesk.services import audit, protocols
from councildesk.services.committees import find_committee_by_name
from councildesk.services.review_facts import schedule_for

MAX_NAME = 200


def _body(session: Session, name: str | None, field: str = "body") -> Committee | None:
    """The committee called ``name``; None for Full Council. Raises for an unknown body."""
    wanted = (name or "").strip()
    if not wanted or wanted.lower() == FULL_COUNCIL.lower():
        return None
    found = find_committee_by_name(session, wanted)
    if found is None:
        for committee in session.scalars(select(Committee)):
            if committee.name.lower() == wanted.lower():
                return committee
        raise ValidationError(
            Problem(
                field,
                f"There is no committee called '{wanted}'. Choose Full Council or add the "
                "committee on the Committees page first.",
            )
        )
    return found


def find_policy(session: Session, name: str) -> Policy:
    wanted = name.strip()
    found = session.scalars(select(Policy).where(Policy.name == wanted)).first()
    if found is None:
        for policy in session.scalars(select(Policy)):
            if policy.name.lower() == wanted.lower():
                return policy
        raise NotFoundError(
            f"There is no policy called '{wanted}' in the register. "
            "Add it with 'councildesk policies add NAME' or on the Reviews page."
        )
    return found


@dataclass
class ScheduleInput:
    body: str = FULL_COUNCIL
    cycle_months: int | None = None
    on_legal_change: bool = False
    as_required: bool = False
    next_due_override: dt.date | None = None
    override_reason: str = ""


def _check_schedule(session: Session, data: ScheduleInput) -> tuple[Committee | None, str]:
    problems: list[Problem] = []
    message = check_cycle(data.cycle_months)
    if message:
        problems.append(Problem("cycle_months", message))
    reason = " ".join(data.override_reason.split())
    if data.next_due_override is not None and not reason:
        problems.append(Problem("override_reason", "Say why the date differs from the cycle."))
    try:
        committee = _body(session, data.body)
    except ValidationError as error:
        problems.extend(error.problems)
        committee = None
    if problems:
        raise ValidationError(problems)
    return committee, reason


def _apply(schedule: ReviewSchedule, committee: Committee | None, data: ScheduleInput) -> None:
    schedule.committee = committee
    schedule.cycle_months = data.cycle_months
    schedule.on_legal_change = data.on_legal_change
    schedule.as_required = data.as_required
    schedule.next_due_override = data.next_due_override
    schedule.override_reason = " ".join(data.override_reason.split())
    if data.cycle_months or data.as_required:
        schedule.question = None  # the clerk has said how often; nothing left to ask


def add_policy(session: Session, name: str, data: ScheduleInput) -> Policy:
    """Put a policy in the register before (or without) any of its text."""
    cleaned = " ".join(name.split())
    problems: list[Problem] = []
    if not cleaned:
        problems.append(Problem("name", "Enter the policy's name, e.g. Standing Orders."))
    elif len(cleaned) > MAX_NAME:
        problems.append(Problem("name", f"Keep the name under {MAX_NAME} characters."))
    elif any(p.lower() == cleaned.lower() for p in session.scalars(select(Policy.name))):
        problems.append(Problem("name", f"'{cleaned}' is already in the register."))
    if data.next_due_override is not None and not data.override_reason.strip():
        data.override_reason = "the date entered when the policy was added"
    try:
        committee, _reason = _check_schedule(session, data)
    except ValidationError as error:
        problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    policy = protocols.get_or_create_policy(session, cleaned)
    schedule = schedule_for(session, policy.id)
    _apply(schedule, committee, data)
    session.flush()
    audit.record(session, "create", "review_schedule", schedule.id, cleaned)
    return policy


def update_schedule(session: Session, policy_id: int, data: ScheduleInput) -> ReviewSchedule:
    committee, _reason = _check_schedule(session, data)
    schedule = schedule_for(session, _policy(session, policy_id).id)
    _apply(schedule, committee, data)
    session.flush()
    audit.record(session, "update", "review_schedule", schedule.id, f"policy {policy_id}")
    return schedule


def set_document_words(
    session: Session, policy_id: int, words: str, iso: str | None = None
) -> ReviewSchedule:
    """What the document says about its review, typed in by the clerk for a policy whose text
    is not in CouncilDesk; read as an import would read it, asking where it is unclear."""
    schedule = schedule_for(session, _policy(session, policy_id).id)
    text = " ".join(words.split())
    reading = read_wording(text, iso)
    schedule.doc_text, schedule.doc_iso = text, iso
    schedule.question = reading.question
    if reading.cycle_months:
        schedule.cycle_months = reading.cycle_months
    schedule.as_required = schedule.as_required or reading.as_required
    schedule.on_legal_change = schedule.on_legal_change or reading.on_legal_change
    session.flush()
    audit.record(session, "update", "review_schedule", schedule.id, "document words")
    return schedule


def schedule_override(session: Session, policy_id: int) -> tuple[dt.date, str] | None:
    """The clerk's own next date and reason, if one is set."""
    schedule = _existing(session, policy_id)
    if schedule is None or schedule.next_due_override is None:
        return None
    return schedule.next_due_override, schedule.override_reason


def document_words(session: Session, policy_id: int) -> str:
    schedule = _existing(session, policy_id)
    return schedule.doc_text if schedule is not None else ""


def _existing(session: Session, policy_id: int) -> ReviewSchedule | None:
    query = select(ReviewSchedule).where(ReviewSchedule.policy_id == policy_id)
    return session.scalars(query).first()


def answer_question(
    session: Session, policy_id: int, cycle_months: int | None, as_required: bool = False
) -> ReviewSchedule:
    """Settle "biannually" (or other wording) as a cycle in months, or as required."""
    if cycle_months is None and not as_required:
        raise ValidationError(Problem("answer", "Choose how often the policy is reviewed."))
    message = check_cycle(cycle_months)
    if message:
        raise ValidationError(Problem("answer", message))
    schedule = schedule_for(session, _policy(session, policy_id).id)
    words = schedule.question
    schedule.cycle_months = cycle_months
    schedule.as_required = as_required
    schedule.question = None
    session.flush()
    audit.record(session, "answer", "review_schedule", schedule.id, f"{words} = {cycle_months}")
    return schedule


def _policy(session: Session, policy_id: int) -> Policy:
    policy = session.get(Policy, policy_id)
    if policy is None:
        raise NotFoundError("That policy is no longer in the register.")
    return policy


# --- reviews held ------------------------------------------------------------------------------


@dataclass
class ReviewInput:
    held_on: dt.date | None
    outcome: ReviewOutcome
    body: str | None = None  # None: the policy's responsible body
    minute_reference: str = ""
    deferred_to: dt.date | None = None
    reason: str = ""


@dataclass(frozen=True)
class Recorded:
    review: PolicyReview
    message: str  # what the clerk is told, e.g. that a new draft was opened


def _first_adoption(policy: Policy) -> dt.date | None:
    dates = [v.adopted_on for v in policy.versions if v.adopted_on]
    return min(dates) if dates else None


def _check_review(
    session: Session, policy: Policy, data: ReviewInput, today: dt.date
) -> Committee | None:
    problems: list[Problem] = []
    first = _first_adoption(policy)
    if data.held_on is None:
        problems.append(Problem("held_on", "Enter the date of the meeting that held the review."))
    elif data.held_on > today:
        problems.append(Problem("held_on", "A review cannot be recorded before it has happened."))
    elif first is not None and data.held_on < first:
        problems.append(
            Problem(
                "held_on",
                f"The {policy.name} was first adopted on {uk_date(first)}; a review cannot "
                "come before that.",
            )
        )
    if data.outcome is ReviewOutcome.DEFERRED:
        if data.deferred_to is None:
            problems.append(Problem("deferred_to", "Enter the date the review is deferred to."))
        elif data.deferred_to < today or (data.held_on and data.deferred_to <= data.held_on):
            problems.append(
                Problem("deferred_to", "A review can only be deferred to a later date.")
            )
        if not data.reason.strip():
            problems.append(Problem("reason", "Say why the review was deferred."))
    committee: Committee | None = None
    try:
        if data.body is None:
            committee = schedule_for(session, policy.id).committee
        else:
            committee = _body(session, data.body)
    except ValidationError as error:
        problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return committee


def record_review(session: Session, policy_id: int, data: ReviewInput, today: dt.date) -> Recorded:
    policy = _policy(session, policy_id)
    committee = _check_review(session, policy, data, today)
    assert data.held_on is not None
    review = PolicyReview(
        policy=policy,
        held_on=data.held_on,
        body_name=committee.name if committee else FULL_COUNCIL,
        minute_reference=data.minute_reference.strip(),
        outcome=data.outcome,
        deferred_to=data.deferred_to if data.outcome is ReviewOutcome.DEFERRED else None,
        reason=" ".join(data.reason.split()),
        created_at=dt.datetime.now().replace(microsecond=0),
    )
    message = f"Recorded the review of the {policy.name} on {uk_date(data.held_on)}."
    if data.outcome is ReviewOutcome.UNCHANGED:
        adopted = [v for v in policy.versions if v.status is VersionStatus.ADOPTED]
        review.version_id = adopted[-1].id if adopted else None
    elif data.outcome is ReviewOutcome.AMENDED:
        draft = _open_draft(session, policy)
        review.version_id = draft.id if draft else None
        message += (
            f" Version {draft.number} is open as a draft on the Protocol page; adopting it "
            "closes the review."
            if draft
            else " Import the amended text on the Protocol page; adopting it closes the review."
        )
    else:
        message = f"Deferred the review of the {policy.name} to {uk_date(data.deferred_to)}."
    session.add(review)
    if data.outcome is not ReviewOutcome.DEFERRED:
        # The clerk's one-off date was for the review now held.
        schedule = schedule_for(session, policy.id)
        schedule.next_due_override = None
        schedule.override_reason = ""
    session.flush()
    audit.record(session, "review", "policy", policy.id, f"{data.outcome.value} {data.held_on}")
    return Recorded(review, message)


def _open_draft(session: Session, policy: Policy) -> PolicyVersion | None:
    """The draft the amendments go into: the newest draft after the adopted version, else a
    copy of the current version."""
    if not policy.versions:
        return None
    latest = policy.versions[-1]
    if latest.status is VersionStatus.DRAFT:
        return latest
    current = protocols.current_version(policy)
    return protocols.save_edit(session, current.id, protocols.tree(current))


def history(session: Session, policy_id: int) -> list[PolicyReview]:
    query = (
        select(PolicyReview)
        .where(PolicyReview.policy_id == policy_id)
        .order_by(PolicyReview.held_on.desc(), PolicyReview.id.desc())
    )
    return list(session.scalars(query))


# --- changes in the law ------------------------------------------------------------------------


def legal_change_candidates(session: Session) -> list[tuple[Policy, bool]]:
    """Every policy, and whether it is reviewed on a change in the law (offered by default)."""
    flagged = set(
        session.scalars(
            select(ReviewSchedule.policy_id).where(ReviewSchedule.on_legal_change.is_(True))
        )
    )
    policies = session.scalars(select(Policy).order_by(Policy.name))
    return [(p, p.id in flagged) for p in policies]


def record_law_change(
    session: Session,
    changed_on: dt.date | None,
    description: str,
    policy_names: list[str] | None = None,
) -> LegalChange:
    """Record a change in the law; the policies it affects become due for review. With no
    names given, the policies reviewed on a change in the law are the ones affected."""
    problems: list[Problem] = []
    text = " ".join(description.split())
    if changed_on is None:
        problems.append(Problem("changed_on", "Enter the date of the change in the law."))
    if not text:
        problems.append(Problem("description", "Describe the change, e.g. the Act's name."))
    policies: list[Policy] = []
    if policy_names:
        for name in policy_names:
            try:
                policies.append(find_policy(session, name))
            except NotFoundError as error:
                problems.append(Problem("policies", str(error)))
    else:
        policies = [p for p, flagged in legal_change_candidates(session) if flagged]
        if not policies:
            problems.append(Problem("policies", "Choose the policies this change affects."))
    if problems:
        raise ValidationError(problems)
    assert changed_on is not None
    change = LegalChange(changed_on=changed_on, description=text, policies=policies)
    session.add(change)
    session.flush()
    audit.record(session, "create", "legal_change", change.id, f"{changed_on} {len(policies)}")
    return change


def legal_changes(session: Session) -> list[LegalChange]:
    return list(session.scalars(select(LegalChange).order_by(LegalChange.changed_on.desc())))
