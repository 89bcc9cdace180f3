"""What the case forms offer to pick from: people in the register, and the adopted protocol's
clauses. Plain values, so the GUI never touches the ORM."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from councildesk.db.models import PersonKind, VersionStatus
from councildesk.errors import NotFoundError
from councildesk.services import people, protocols
from councildesk.services.complaint_parties import is_chair


@dataclass(frozen=True)
class PersonOption:
    id: int
    name: str
    detail: str
    councillor: bool
    chair: bool


def people_options(session: Session, today: dt.date) -> list[PersonOption]:
    """Everyone in the register, serving first; former members stay choosable for old cases."""
    options: list[PersonOption] = []
    for person in people.list_people(session):
        councillor = person.kind is PersonKind.COUNCILLOR
        detail = ("Chair" if is_chair(person) else "Councillor") if councillor else person.post
        if not people.is_current(person, today):
            detail = f"{detail or 'Officer'}, former"
        options.append(
            PersonOption(person.id, person.name, detail or "Officer", councillor, is_chair(person))
        )
    return sorted(options, key=lambda o: (o.detail.endswith("former"), o.name.lower()))


@dataclass(frozen=True)
class ClauseOption:
    node_id: int
    parent_id: int | None
    label: str


def clause_label(number: str, heading: str, text: str) -> str:
    words = heading or text
    short = words if len(words) <= 90 else words[:87].rstrip() + "…"
    return " ".join(p for p in (number, short) if p)


def protocol_clauses(session: Session) -> tuple[str, list[ClauseOption]]:
    """The adopted protocol's clauses in document order, and a line saying which version."""
    try:
        policy = protocols.find_policy(session)
    except NotFoundError:
        return "No protocol has been imported yet.", []
    adopted = [v for v in policy.versions if v.status is VersionStatus.ADOPTED]
    if not adopted:
        return "The protocol has no adopted version yet.", []
    version = adopted[-1]
    options = [
        ClauseOption(n.id, n.parent_id, clause_label(n.number, n.heading, n.text))
        for n in version.nodes
    ]
    return f"{policy.name}, version {version.number}", options
