"""Councillors and officers, and the roles they hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import Acknowledgement, Committee, Person, PolicyVersion, Role
from councildesk.db.models import PersonKind as PersonKind
from councildesk.errors import Problem, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.person_names import COMMON_TITLES as COMMON_TITLES
from councildesk.rules.person_names import NameParts, sort_key, split_name
from councildesk.services import audit
from councildesk.services.checks import check_period
from councildesk.services.lookup import get_or_raise

ROLE_TITLES = (
    "Chair",
    "Vice-Chair",
    "Mayor",
    "Deputy Mayor",
    "Leader",
    "Committee Chair",
    "Committee Vice-Chair",
)
# SQL's order for people: by surname, then forenames, without regard to case.
SURNAME_ORDER = (func.lower(Person.surname), func.lower(Person.forenames), Person.id)
OFFICER_POSTS = ("Clerk", "Clerk and RFO", "RFO", "Deputy Clerk", "Assistant Clerk", "Caretaker")


@dataclass(frozen=True)
class RoleInput:
    title: str
    committee_id: int | None = None


@dataclass
class PersonInput:
    """A person as the clerk enters them. Give the name in parts (title, forenames, surname), or
    in one piece as ``name``, which is then split the usual way ("Cllr Jane Smith")."""

    kind: PersonKind
    name: str = ""
    ward: str = ""
    post: str = ""
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    roles: list[RoleInput] = field(default_factory=list)
    title: str = ""
    forenames: str = ""
    surname: str = ""

    def parts(self) -> NameParts:
        if self.title.strip() or self.forenames.strip() or self.surname.strip():
            return NameParts(
                " ".join(self.title.split()),
                " ".join(self.forenames.split()),
                " ".join(self.surname.split()),
            )
        return split_name(self.name)


def role_label(role: Role) -> str:
    if role.committee is None:
        return role.title
    return f"{role.title}, {role.committee.name}"


def _validate(session: Session, data: PersonInput) -> None:
    problems: list[Problem] = []
    parts = data.parts()
    if not parts.full:
        problems.append(Problem("name", "Enter the person's name."))
    elif not parts.surname:
        problems.append(Problem("surname", "Enter the surname: lists are sorted by it."))
    what = "term of office" if data.kind is PersonKind.COUNCILLOR else "employment"
    check_period(problems, data.start_on, data.end_on, what)
    if data.kind is PersonKind.OFFICER and not data.post.strip():
        problems.append(Problem("post", "Enter the officer's post, for example Clerk or RFO."))
    for role in data.roles:
        if not role.title.strip():
            problems.append(Problem("roles", "Each role needs a title, such as Chair."))
        elif role.committee_id is not None and session.get(Committee, role.committee_id) is None:
            problems.append(Problem("roles", "A role names a committee that no longer exists."))
    if problems:
        raise ValidationError(problems)


def _apply(person: Person, data: PersonInput) -> None:
    parts = data.parts()
    person.kind = data.kind
    person.title, person.forenames, person.surname = parts.title, parts.forenames, parts.surname
    person.name = parts.full
    person.ward = data.ward.strip() if data.kind is PersonKind.COUNCILLOR else ""
    person.post = data.post.strip() if data.kind is PersonKind.OFFICER else ""
    person.start_on = data.start_on
    person.end_on = data.end_on
    person.email = data.email.strip()
    person.phone = data.phone.strip()
    person.address = data.address.strip()
    person.roles = [Role(title=r.title.strip(), committee_id=r.committee_id) for r in data.roles]


def add_person(session: Session, data: PersonInput) -> Person:
    _validate(session, data)
    person = Person(kind=data.kind)
    _apply(person, data)
    session.add(person)
    session.flush()
    audit.record(session, "create", "person", person.id, person.name)
    return person


def update_person(session: Session, person_id: int, data: PersonInput) -> Person:
    person = get_person(session, person_id)
    _validate(session, data)
    _apply(person, data)
    session.flush()
    audit.record(session, "update", "person", person.id, person.name)
    return person


def delete_person(session: Session, person_id: int) -> None:
    person = get_person(session, person_id)
    audit.record(session, "delete", "person", person.id, person.name)
    session.delete(person)


def get_person(session: Session, person_id: int) -> Person:
    return get_or_raise(session, Person, person_id, "That person is no longer in the database.")


def list_people(session: Session, kind: PersonKind | None = None) -> list[Person]:
    query = (
        select(Person)
        .options(
            selectinload(Person.roles).selectinload(Role.committee),
            selectinload(Person.group_memberships),
            selectinload(Person.committee_seats),
        )
        .order_by(Person.kind, *SURNAME_ORDER)
    )
    if kind is not None:
        query = query.where(Person.kind == kind)
    return list(session.scalars(query))


def by_surname(persons: Iterable[Person]) -> list[Person]:
    """People in the order of every list and printout: by surname, then forenames."""
    return sorted(persons, key=surname_key)


def surname_key(person: Person) -> tuple[str, str, str]:
    return sort_key(person.surname, person.forenames, person.title)


def is_current(person: Person, on: dt.date) -> bool:
    return (person.start_on is None or person.start_on <= on) and (
        person.end_on is None or on <= person.end_on
    )


@dataclass(frozen=True)
class PersonRecords:
    """What goes with a person if they are deleted, in words for the confirmation."""

    name: str
    is_councillor: bool
    serving: bool  # their term (or employment) has not ended
    receipts: list[str]  # e.g. "Member/Officer Protocol version 1 (received 21/05/2025)"
    committees: list[str]
    roles: list[str]
    groups: list[str]

    @property
    def anything(self) -> bool:
        return bool(self.receipts or self.committees or self.roles or self.groups)


def records_of(session: Session, person_id: int, today: dt.date) -> PersonRecords:
    person = get_person(session, person_id)
    receipts = session.scalars(
        select(Acknowledgement)
        .where(Acknowledgement.person_id == person_id)
        .options(selectinload(Acknowledgement.version).selectinload(PolicyVersion.policy))
        .order_by(Acknowledgement.received_on)
    )
    return PersonRecords(
        name=person.name,
        is_councillor=person.kind is PersonKind.COUNCILLOR,
        serving=person.end_on is None or person.end_on >= today,
        receipts=[
            f"{a.version.policy.name} version {a.version.number} "
            f"(received {uk_date(a.received_on)})"
            for a in receipts
        ],
        committees=sorted(seat.committee.name for seat in person.committee_seats),
        roles=[role_label(role) for role in person.roles],
        groups=sorted({m.group.name for m in person.group_memberships}),
    )


def end_term(session: Session, person_id: int, on: dt.date) -> Person:
    """A councillor who has left (or an officer who has gone) keeps their record, ended ``on``.

    Their receipts, seats and roles stay on record; lists of who serves now leave them out.
    A group membership still open then ends on the same day, since a group's members are
    councillors.
    """
    person = get_person(session, person_id)
    problems: list[Problem] = []
    what = "term of office" if person.kind is PersonKind.COUNCILLOR else "employment"
    check_period(problems, person.start_on, on, what)
    if problems:
        raise ValidationError(problems)
    person.end_on = on
    for membership in person.group_memberships:
        still_open = membership.end_on is None or membership.end_on > on
        if still_open and (membership.start_on is None or membership.start_on <= on):
            membership.end_on = on
    session.flush()
    audit.record(session, "end term", "person", person.id, f"{person.name} to {on.isoformat()}")
    return person
