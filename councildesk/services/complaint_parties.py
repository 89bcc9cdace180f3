"""The people in a case: from the people register, or from outside it.

A case keeps each person as a small record inside its sealed content: the register's id (so the
Chair, the Clerk and councillors are recognised) and the name as it was when recorded (so the
case still reads right if the person later leaves the register). Nothing here is stored in the
clear: the link between a person and a case is itself confidential.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import Person, PersonKind
from councildesk.errors import Problem, ValidationError
from councildesk.rules.complaint_panels import Party
from councildesk.services import council

MAX_NAME = 200
_CHAIR_TITLES = {"chair", "mayor", "chair of the council", "town mayor"}
_NOT_THE_CLERK = ("assistant", "deputy")


@dataclass(frozen=True)
class PartyRef:
    """Someone in a case, as the casebook stores them (sealed)."""

    name: str
    person_id: int | None = None

    @property
    def key(self) -> str:
        return f"person:{self.person_id}" if self.person_id is not None else f"outside:{self.name}"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "person_id": self.person_id}

    @classmethod
    def from_json(cls, value: Any) -> PartyRef | None:
        if not isinstance(value, dict) or not value.get("name"):
            return None
        person_id = value.get("person_id")
        return cls(str(value["name"]), int(person_id) if person_id is not None else None)


def from_register(person: Person) -> PartyRef:
    return PartyRef(person.name, person.id)


def outside(name: str, field: str = "name") -> PartyRef:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(Problem(field, "Give the person's name."))
    if len(cleaned) > MAX_NAME:
        raise ValidationError(Problem(field, f"A name has at most {MAX_NAME} characters."))
    return PartyRef(cleaned)


def is_chair(person: Person) -> bool:
    return any(
        r.committee_id is None and r.title.strip().lower() in _CHAIR_TITLES for r in person.roles
    )


def is_clerk(person: Person, clerk_title: str) -> bool:
    post = person.post.strip().lower()
    if person.kind is not PersonKind.OFFICER or post.startswith(_NOT_THE_CLERK):
        return False
    return clerk_title.strip().lower() in post or "clerk" in post or "proper officer" in post


def to_party(session: Session, ref: PartyRef | None) -> Party | None:
    """The rules' view of someone: whether they are a councillor, the Chair, the Clerk."""
    if ref is None:
        return None
    person = session.get(Person, ref.person_id) if ref.person_id is not None else None
    if person is None:
        return Party(ref.key, ref.name)
    clerk_title = council.get_council(session).clerk_title
    return Party(
        ref.key,
        ref.name,
        councillor=person.kind is PersonKind.COUNCILLOR,
        chair=is_chair(person),
        clerk=is_clerk(person, clerk_title),
    )


def concerns_clerk(
    session: Session, complainant: PartyRef | None, subject: PartyRef | None
) -> bool:
    """Whether the Clerk is a party: then the Chair, not the Clerk, deals with the case."""
    return any(
        party is not None and party.clerk
        for party in (to_party(session, complainant), to_party(session, subject))
    )


def in_register(ref: PartyRef | None) -> bool:
    return ref is not None and ref.person_id is not None


def resolve(session: Session, name: str, field: str) -> PartyRef:
    """A name typed at the command line: the register's person of that name, else outside it."""
    cleaned = " ".join(name.split())
    matches = list(session.scalars(select(Person).where(Person.name == cleaned)))
    if len(matches) == 1:
        return from_register(matches[0])
    return outside(cleaned, field)
