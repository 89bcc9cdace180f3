"""Councillors' receipt of a version of the protocol."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import Acknowledgement, Person, PersonKind
from councildesk.errors import Problem, ValidationError
from councildesk.services import audit
from councildesk.services.people import get_person, is_current, list_people
from councildesk.services.protocols import get_version


@dataclass(frozen=True)
class AcknowledgementRow:
    person_id: int
    name: str
    received_on: dt.date | None


def status(session: Session, version_id: int, today: dt.date) -> list[AcknowledgementRow]:
    """Every serving councillor, with the date they acknowledged this version (or None)."""
    dates = {
        a.person_id: a.received_on
        for a in session.scalars(
            select(Acknowledgement).where(Acknowledgement.version_id == version_id)
        )
    }
    councillors = [p for p in list_people(session, PersonKind.COUNCILLOR) if is_current(p, today)]
    return [AcknowledgementRow(p.id, p.name, dates.get(p.id)) for p in councillors]


def outstanding(session: Session, version_id: int, today: dt.date) -> list[str]:
    return [row.name for row in status(session, version_id, today) if row.received_on is None]


def record(
    session: Session,
    version_id: int,
    person_id: int,
    received_on: dt.date | None,
    *,
    today: dt.date,
) -> Acknowledgement:
    version = get_version(session, version_id)
    person: Person = get_person(session, person_id)
    if received_on is None:
        raise ValidationError(Problem("received_on", "Enter the date it was received."))
    if received_on > today:
        raise ValidationError(Problem("received_on", "That date is still to come."))
    found = session.scalars(
        select(Acknowledgement).where(
            Acknowledgement.version_id == version.id, Acknowledgement.person_id == person.id
        )
    ).first()
    if found is None:
        found = Acknowledgement(person=person, version=version, received_on=received_on)
        session.add(found)
    else:
        found.received_on = received_on
    session.flush()
    audit.record(session, "acknowledge", "policy_version", version.id, person.name)
    return found


def withdraw(session: Session, version_id: int, person_id: int) -> None:
    found = session.scalars(
        select(Acknowledgement).where(
            Acknowledgement.version_id == version_id, Acknowledgement.person_id == person_id
        )
    ).first()
    if found is not None:
        audit.record(session, "unacknowledge", "policy_version", version_id, found.person.name)
        session.delete(found)
