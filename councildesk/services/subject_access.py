"""Subject access requests: someone asks for everything the casebook holds about them.

A request is kept like a case: who asked, how and any notes are sealed under the casebook's data
key (the link between a person and the casebook is itself confidential); only the dates are in
the clear, so the Dashboard can show the deadline while the casebook is locked. The deadline is
one calendar month from receipt, counted as the ICO counts it (rules/subject_access.py). The
audit trail names the request by its reference, never the person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import SubjectAccessRequest
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules import subject_access as rules
from councildesk.services import audit
from councildesk.services.actions import Action, Urgency
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_parties import PartyRef
from councildesk.services.complaints import AREA, HOW_RECEIVED, nation

ENTITY = "subject access request"
MAX_NOTES = 4000
SOON_DAYS = 7


@dataclass(frozen=True)
class RequestContent:
    """The sealed part of a request."""

    person: PartyRef | None = None  # whose personal data is asked for
    how_received: str = "letter"
    requester: str = ""  # someone asking on the person's behalf (a solicitor, say), if anyone
    notes: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person.to_json() if self.person else None,
            "how_received": self.how_received,
            "requester": self.requester,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> RequestContent:
        return cls(
            person=PartyRef.from_json(value.get("person")),
            how_received=str(value.get("how_received", "")),
            requester=str(value.get("requester", "")),
            notes=str(value.get("notes", "")),
        )


def reference_of(row: SubjectAccessRequest) -> str:
    return f"SAR-{row.id:03d}"


def _context(row: SubjectAccessRequest) -> str:
    return f"subject-access:{row.id}"


def _check(content: RequestContent, received_on: dt.date, today: dt.date) -> None:
    problems: list[Problem] = []
    if content.person is None:
        problems.append(Problem("person", "Say whose personal data is asked for."))
    if content.how_received not in HOW_RECEIVED:
        problems.append(Problem("how_received", "Choose how the request was received."))
    if len(content.notes) > MAX_NOTES:
        problems.append(Problem("notes", f"Notes have at most {MAX_NOTES} characters."))
    if len(content.requester) > 200:
        problems.append(Problem("requester", "A name has at most 200 characters."))
    problem = rules.check_received(received_on, today)
    if problem:
        problems.append(Problem("received_on", problem))
    if problems:
        raise ValidationError(problems)


def record_request(
    session: Session,
    book: Casebook,
    content: RequestContent,
    received_on: dt.date,
    today: dt.date,
) -> SubjectAccessRequest:
    """Record a request and its deadline: one month from the day it arrived."""
    _check(content, received_on, today)
    row = SubjectAccessRequest(
        received_on=received_on,
        due_on=rules.response_due(received_on, nation(session)),
        sealed=b"",
    )
    session.add(row)
    session.flush()  # the id binds the sealed content to this row
    row.sealed = book.seal_json(content.to_json(), _context(row))
    audit.record(session, "record", ENTITY, row.id, reference_of(row))
    return row


def get_request(session: Session, request_id: int) -> SubjectAccessRequest:
    row = session.get(SubjectAccessRequest, request_id)
    if row is None:
        raise NotFoundError("That subject access request is no longer recorded.")
    return row


def find_request(session: Session, reference: str) -> SubjectAccessRequest:
    text = reference.strip().upper().removeprefix("SAR-")
    row = session.get(SubjectAccessRequest, int(text)) if text.isdigit() else None
    if row is None:
        raise NotFoundError(f"There is no subject access request {reference.strip()}.")
    return row


def read_content(book: Casebook, row: SubjectAccessRequest) -> RequestContent:
    return RequestContent.from_json(book.open_json(row.sealed, _context(row)))


def view_request(session: Session, book: Casebook, request_id: int) -> RequestContent:
    row = get_request(session, request_id)
    content = read_content(book, row)
    audit.record(session, "view", ENTITY, row.id, reference_of(row))
    return content


def update_request(
    session: Session, book: Casebook, request_id: int, content: RequestContent, today: dt.date
) -> SubjectAccessRequest:
    """Correct who asked, how, or the notes; the date received (and so the deadline) stays."""
    row = get_request(session, request_id)
    _check(content, row.received_on, today)
    row.sealed = book.seal_json(content.to_json(), _context(row))
    audit.record(session, "change", ENTITY, row.id, reference_of(row))
    return row


def mark_answered(
    session: Session, request_id: int, on: dt.date | None, today: dt.date
) -> SubjectAccessRequest:
    """Record the day the request was answered; None takes a mistaken answer back."""
    row = get_request(session, request_id)
    if on == row.completed_on:
        return row
    if on is not None:
        problem = rules.check_answered(row.received_on, on, today)
        if problem:
            raise ValidationError(Problem("answered_on", problem))
    row.completed_on = on
    action = "answered" if on is not None else "not answered"
    audit.record(session, action, ENTITY, row.id, reference_of(row))
    return row


def is_extended(row: SubjectAccessRequest) -> bool:
    """Whether the deadline was extended. One month is at most 35 days, three at least 89: the
    gap tells them apart even if a bank holiday is later added or moved."""
    return (row.due_on - row.received_on).days > 60


def extend(
    session: Session, request_id: int, extended: bool, today: dt.date
) -> SubjectAccessRequest:
    """Extend the deadline by the two further months Art. 12(3) allows for a complex or numerous
    request, or take a mistaken extension back. The requester must be told within the first
    month, so an extension after the first deadline has passed is refused."""
    row = get_request(session, request_id)
    where = nation(session)
    if extended == is_extended(row):
        return row
    first = rules.response_due(row.received_on, where)
    if extended:
        if row.completed_on is not None:
            raise ValidationError(Problem("extended", "The request has already been answered."))
        if today > first:
            raise ValidationError(
                Problem(
                    "extended",
                    f"An extension must be made, and the requester told why, within the first "
                    f"month: by {first:%d/%m/%Y}. It is too late to extend this request.",
                )
            )
    row.due_on = rules.response_due(row.received_on, where, extended=extended)
    action = "extend" if extended else "extension withdrawn"
    audit.record(session, action, ENTITY, row.id, reference_of(row))
    return row


@dataclass(frozen=True)
class RequestRow:
    """What the list of requests shows without the key: never the person."""

    id: int
    reference: str
    received_on: dt.date
    due_on: dt.date
    answered_on: dt.date | None
    status: str  # open | overdue | answered | answered late
    extended: bool = False


def status_of(row: SubjectAccessRequest, today: dt.date) -> str:
    if row.completed_on is not None:
        return "answered late" if row.completed_on > row.due_on else "answered"
    return "overdue" if row.due_on < today else "open"


def list_requests(session: Session, today: dt.date) -> list[RequestRow]:
    query = select(SubjectAccessRequest).order_by(
        SubjectAccessRequest.received_on, SubjectAccessRequest.id
    )
    return [
        RequestRow(
            r.id,
            reference_of(r),
            r.received_on,
            r.due_on,
            r.completed_on,
            status_of(r, today),
            is_extended(r),
        )
        for r in session.scalars(query)
    ]


@dataclass(frozen=True)
class NamedRequest:
    """A request as the unlocked casebook shows it: with the person's name."""

    row: RequestRow
    person: str
    requester: str

    @property
    def id(self) -> int:
        return self.row.id


def list_named(session: Session, book: Casebook, today: dt.date) -> list[NamedRequest]:
    """The requests with whose data each asks for; the audit trail notes the list was read."""
    found: list[NamedRequest] = []
    for listed in list_requests(session, today):
        content = read_content(book, get_request(session, listed.id))
        name = content.person.name if content.person else ""
        found.append(NamedRequest(listed, name, content.requester))
    if found:
        audit.record(session, "view", ENTITY, None, "the list of requests")
    return found


# --- the Dashboard ----------------------------------------------------------------------------
# The Complaints page holds the requests; a record id names the request, told from a case's
# id by its own area.
SAR_AREA = f"{AREA}:subject-access"


def actions(session: Session, today: dt.date) -> list[Action]:
    """Each unanswered request's deadline, by reference only."""
    found: list[Action] = []
    for row in list_requests(session, today):
        if row.answered_on is not None:
            continue
        if row.due_on < today:
            urgency, what = Urgency.OVERDUE, "answer overdue"
        elif row.due_on <= today + dt.timedelta(days=SOON_DAYS):
            urgency, what = Urgency.DUE, "answer due"
        else:
            urgency, what = Urgency.UPCOMING, "answer due"
        found.append(
            Action(
                row.due_on,
                f"Subject access request {row.reference}: {what}",
                urgency,
                SAR_AREA,
                row.id,
            )
        )
    return found
