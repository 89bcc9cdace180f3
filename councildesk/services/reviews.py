"""The register of policies and their review schedule: what is due, when, and for which meeting.

``schedule(session, today)`` computes every policy's row in a handful of queries, so the Reviews
page, the Dashboard, the printout, the calendar file and the reminder agent all see the same.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import (
    FULL_COUNCIL,
    AppointedDay,
    Committee,
    Council,
    CouncilKind,
    LegalChange,
    Meeting,
    Policy,
    PolicyReview,
    PolicyVersion,
    ReviewOutcome,
    ReviewSchedule,
    ReviewSettings,
    VersionStatus,
)
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules import reviews as rules
from councildesk.rules.clear_days import agenda_deadline
from councildesk.rules.dates import uk_date
from councildesk.rules.reviews import NextDue, ScheduleFacts, Status, doc_due
from councildesk.rules.working_days import Nation
from councildesk.services import audit
from councildesk.services.actions import Action, Urgency
from councildesk.services.review_facts import blank_schedule

AREA = "reviews"


@dataclass(frozen=True)
class ScheduleRow:
    """One policy in the register, with everything computed about its next review."""

    id: int  # the policy's id
    policy: str
    body: str
    cycle_months: int | None
    on_legal_change: bool
    as_required: bool
    last_reviewed_on: dt.date | None
    due: NextDue
    doc_text: str
    doc_iso: str | None
    doc_body_text: str
    question: str | None
    status: Status | None = None
    meeting_on: dt.date | None = None
    agenda_deadline: dt.date | None = None
    reminders: tuple[dt.date, ...] = ()
    remind_on: dt.date | None = None
    has_text: bool = False
    open_amendment: dt.date | None = None  # held on; waiting for the new version's adoption
    override_reason: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def due_on(self) -> dt.date | None:
        return self.due.on

    @property
    def cycle(self) -> str:
        return rules.cycle_label(self.cycle_months, self.on_legal_change, self.as_required)

    @property
    def reason(self) -> str:
        return self.due.reason

    @property
    def next_review_iso(self) -> str | None:
        """ISO at the precision known: "2027" while the month is not set."""
        if self.due.on is None:
            return None
        return str(self.due.on.year) if self.due.month_not_set else self.due.on.isoformat()

    @property
    def status_label(self) -> str:
        if self.question:
            return "Question"
        if self.status is None:
            return "As required" if self.as_required else "Not scheduled"
        return {"upcoming": "Upcoming", "due": "Due", "overdue": "Overdue"}[self.status.value]


def nation_of(council: Council | None) -> Nation:
    """Community councils are Welsh (English councils are parish or town councils)."""
    if council is not None and council.kind is CouncilKind.COMMUNITY:
        return Nation.WALES
    return Nation.ENGLAND


def reminder_days(session: Session) -> tuple[int, ...]:
    settings = session.scalars(select(ReviewSettings)).first()
    if settings is None:
        return rules.DEFAULT_REMINDER_DAYS
    return tuple(int(part) for part in settings.reminder_days.split(",") if part.strip())


def set_reminder_weeks(session: Session, text: str) -> tuple[int, ...]:
    try:
        days = rules.parse_reminder_days(text)
    except ValueError as error:
        raise ValidationError(Problem("reminders", str(error))) from None
    settings = session.scalars(select(ReviewSettings)).first()
    if settings is None:
        settings = ReviewSettings(reminder_days="")
        session.add(settings)
    settings.reminder_days = ",".join(str(d) for d in days)
    session.flush()
    audit.record(session, "update", "review_settings", settings.id, settings.reminder_days)
    return days


def appointed_days(session: Session) -> list[AppointedDay]:
    return list(session.scalars(select(AppointedDay).order_by(AppointedDay.day)))


def add_appointed_day(session: Session, day: dt.date | None, description: str) -> AppointedDay:
    problems = []
    if day is None:
        problems.append(Problem("day", "Enter the date of the day of thanksgiving or mourning."))
    if not description.strip():
        problems.append(Problem("description", "Say what the day is, e.g. a national mourning."))
    if problems:
        raise ValidationError(problems)
    if session.scalars(select(AppointedDay).where(AppointedDay.day == day)).first():
        raise ValidationError(Problem("day", f"{uk_date(day)} is already on the list."))
    made = AppointedDay(day=day, description=description.strip())
    session.add(made)
    session.flush()
    audit.record(session, "create", "appointed_day", made.id, f"{day}")
    return made


def remove_appointed_day(session: Session, day_id: int) -> None:
    found = session.get(AppointedDay, day_id)
    if found is None:
        raise NotFoundError("That day is no longer on the list.")
    audit.record(session, "delete", "appointed_day", found.id, f"{found.day}")
    session.delete(found)


# --- computing the schedule --------------------------------------------------------------------


@dataclass
class _Loaded:
    nation: Nation
    appointed: frozenset[dt.date]
    reminder_days: tuple[int, ...]
    meetings: dict[int | None, list[dt.date]]
    reviews: dict[int, list[PolicyReview]]
    changes: dict[int, list[LegalChange]]


def _load(session: Session) -> _Loaded:
    council = session.scalars(select(Council).limit(1)).first()
    meetings: dict[int | None, list[dt.date]] = defaultdict(list)
    for committee_id, held_on in session.execute(
        select(Meeting.committee_id, Meeting.held_on).order_by(Meeting.held_on)
    ):
        meetings[committee_id].append(held_on)
    reviews: dict[int, list[PolicyReview]] = defaultdict(list)
    for review in session.scalars(
        select(PolicyReview).order_by(PolicyReview.held_on, PolicyReview.id)
    ):
        reviews[review.policy_id].append(review)
    changes: dict[int, list[LegalChange]] = defaultdict(list)
    for change in session.scalars(select(LegalChange).options(selectinload(LegalChange.policies))):
        for policy in change.policies:
            changes[policy.id].append(change)
    return _Loaded(
        nation_of(council),
        frozenset(session.scalars(select(AppointedDay.day))),
        reminder_days(session),
        meetings,
        reviews,
        changes,
    )


def _adoption(versions: Sequence[PolicyVersion]) -> tuple[dt.date | None, dt.date | None]:
    """The current version's adoption date, and the first adoption on record."""
    adopted = [v for v in versions if v.status is VersionStatus.ADOPTED and v.adopted_on]
    dates = [v.adopted_on for v in versions if v.adopted_on]
    current = adopted[-1].adopted_on if adopted else None
    if current is None and versions:
        current = _day_of(versions[-1].doc_reviewed_iso) or _day_of(versions[-1].doc_adopted_iso)
    return current, min(dates) if dates else None


def _day_of(iso: str | None) -> dt.date | None:
    """A date the document gave to the day (a year or month alone is too vague to count from)."""
    due = doc_due(iso)
    return due.on if due is not None and due.precision == "day" else None


def _row(policy: Policy, schedule: ReviewSchedule, loaded: _Loaded, today: dt.date) -> ScheduleRow:
    reviews = loaded.reviews.get(policy.id, [])
    done = [r for r in reviews if r.outcome is ReviewOutcome.UNCHANGED or r.closed_on]
    last = done[-1] if done else None
    adopted_on, _first = _adoption(policy.versions)
    base_candidates = [d for d in (adopted_on, last.closed_on if last else None) if d]
    if last is not None and last.outcome is ReviewOutcome.UNCHANGED:
        base_candidates.append(last.held_on)
    settled_on = max(base_candidates) if base_candidates else None
    later = [r for r in reviews if last is None or r.held_on >= last.held_on]
    deferrals = [r for r in later if r.outcome is ReviewOutcome.DEFERRED and r is not last]
    amendments = [r for r in reviews if r.outcome is ReviewOutcome.AMENDED and not r.closed_on]
    body_meetings = loaded.meetings.get(schedule.committee_id, [])
    law_due, law_reason = _law_change(loaded.changes.get(policy.id, []), settled_on, body_meetings)
    facts = ScheduleFacts(
        cycle_months=schedule.cycle_months,
        as_required=schedule.as_required,
        question=schedule.question,
        doc_due=doc_due(schedule.doc_iso),
        last_reviewed_on=settled_on if last is not None else None,
        adopted_on=adopted_on,
        deferred_to=deferrals[-1].deferred_to if deferrals else None,
        override_on=schedule.next_due_override,
        override_reason=schedule.override_reason,
        law_change_due=law_due,
        law_change_reason=law_reason,
    )
    due = rules.next_due(facts)
    row = ScheduleRow(
        id=policy.id,
        policy=policy.name,
        body=schedule.committee.name if schedule.committee else FULL_COUNCIL,
        cycle_months=schedule.cycle_months,
        on_legal_change=schedule.on_legal_change,
        as_required=schedule.as_required,
        last_reviewed_on=last.held_on if last else None,
        due=due,
        doc_text=schedule.doc_text or _precise_words(schedule.doc_iso),
        doc_iso=schedule.doc_iso,
        doc_body_text=schedule.doc_body_text,
        question=schedule.question,
        has_text=bool(policy.versions),
        open_amendment=amendments[-1].held_on if amendments else None,
        override_reason=schedule.override_reason,
    )
    if due.on is None:
        return row
    return _timed(row, due.on, body_meetings, loaded, today)


def _precise_words(iso: str | None) -> str:
    due = doc_due(iso)
    return due.label() if due else ""


def _law_change(
    changes: Sequence[LegalChange], settled_on: dt.date | None, meetings: Sequence[dt.date]
) -> tuple[dt.date | None, str]:
    """When the earliest change in the law since the last review falls due: at the body's first
    meeting on or after it, or on the day itself when no meeting is in the calendar."""
    pending = sorted(
        (c for c in changes if settled_on is None or c.changed_on > settled_on),
        key=lambda c: c.changed_on,
    )
    if not pending:
        return None, ""
    change = pending[0]
    at = rules.first_meeting_on_or_after(change.changed_on, meetings) or change.changed_on
    return at, f"Change in the law ({uk_date(change.changed_on)}): {change.description}"


def _timed(
    row: ScheduleRow,
    due_on: dt.date,
    meetings: Sequence[dt.date],
    loaded: _Loaded,
    today: dt.date,
) -> ScheduleRow:
    meeting_on = rules.last_meeting_on_or_before(due_on, meetings)
    deadline = agenda_deadline(meeting_on, loaded.nation, loaded.appointed) if meeting_on else None
    reminders = tuple(rules.reminder_dates(deadline or due_on, loaded.reminder_days))
    notes: list[str] = []
    if meeting_on is None:
        notes.append(
            f"No {row.body} meeting is in the calendar on or before {uk_date(due_on)}: "
            "add one on the Meetings page."
        )
    if row.open_amendment:
        notes.append(
            f"Amended at the review of {uk_date(row.open_amendment)}: adopt the new version "
            "to close the review."
        )
    return replace(
        row,
        notes=tuple(notes),
        status=rules.status(due_on, reminders, today),
        meeting_on=meeting_on,
        agenda_deadline=deadline,
        reminders=reminders,
        remind_on=rules.current_reminder(reminders, today),
    )


def schedule(session: Session, today: dt.date) -> list[ScheduleRow]:
    """Every policy in the register, by name."""
    loaded = _load(session)
    policies = session.scalars(
        select(Policy).options(selectinload(Policy.versions)).order_by(Policy.name)
    ).all()
    schedules = {
        s.policy_id: s
        for s in session.scalars(
            select(ReviewSchedule).options(selectinload(ReviewSchedule.committee))
        )
    }
    rows = []
    for policy in policies:
        found = schedules.get(policy.id) or blank_schedule(policy.id)
        rows.append(_row(policy, found, loaded, today))
    return rows


def row_for(session: Session, policy_id: int, today: dt.date) -> ScheduleRow:
    for row in schedule(session, today):
        if row.id == policy_id:
            return row
    raise NotFoundError("That policy is no longer in the register.")


def due_rows(session: Session, today: dt.date, within_days: int | None = None) -> list[ScheduleRow]:
    """Reviews with a due date, soonest first; ``within_days`` keeps those due by then (and any
    overdue or already due)."""
    rows = [r for r in schedule(session, today) if r.due_on is not None]
    if within_days is not None:
        horizon = today + dt.timedelta(days=within_days)
        rows = [
            r for r in rows if r.status is not Status.UPCOMING or (r.due_on or horizon) <= horizon
        ]
    return sorted(rows, key=lambda r: (r.due_on or dt.date.max, r.policy))


# --- the Dashboard, the tray and the reminder agent ---------------------------------------------

UPCOMING_HORIZON = dt.timedelta(days=62)


_AMBIGUOUS_WORDS = ("biannual", "bi-annual", "biyearly", "bi-yearly")


def question_text(row: ScheduleRow) -> str:
    words = row.question or ""
    if words.lower().startswith(_AMBIGUOUS_WORDS):
        return f"{row.policy}: does '{words}' mean twice a year or every two years?"
    return f"{row.policy}: how often is it reviewed? The document says '{words}'"


def body_phrase(body: str) -> str:
    """'Full Council', but 'the Personnel Committee'."""
    return body if body == FULL_COUNCIL else f"the {body}"


def action_for(row: ScheduleRow, today: dt.date) -> Action | None:
    if row.question:
        return Action(None, question_text(row), Urgency.DUE, AREA, row.id)
    if row.status is None or row.due_on is None:
        return None
    if row.status is Status.OVERDUE:
        what = f"{row.policy}: review overdue since {uk_date(row.due_on)}"
        return Action(row.due_on, what, Urgency.OVERDUE, AREA, row.id)
    if row.meeting_on and row.agenda_deadline:
        what = (
            f"{row.policy}: put its review on the agenda of {body_phrase(row.body)} for "
            f"{uk_date(row.meeting_on)} (send by {uk_date(row.agenda_deadline)})"
        )
        when = row.agenda_deadline
    else:
        what = (
            f"{row.policy}: review due {row.due.label}, and no meeting of "
            f"{body_phrase(row.body)} is in the calendar before then"
        )
        when = row.due_on
    if row.status is Status.DUE:
        return Action(when, what, Urgency.DUE, AREA, row.id)
    first = row.reminders[0] if row.reminders else row.due_on
    if first - today <= UPCOMING_HORIZON:
        return Action(when, what, Urgency.UPCOMING, AREA, row.id)
    return None


def actions(session: Session, today: dt.date) -> list[Action]:
    """The review schedule's to-dos: overdue and due reviews, those coming up, and questions."""
    found = (action_for(row, today) for row in schedule(session, today))
    return [action for action in found if action is not None]


def committees_by_name(session: Session) -> dict[str, Committee]:
    return {c.name.lower(): c for c in session.scalars(select(Committee))}
