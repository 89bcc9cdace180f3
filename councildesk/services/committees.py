"""Committees of the council and their members."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import FULL_COUNCIL, Committee, CommitteeMember, Person
from councildesk.errors import Problem, ValidationError
from councildesk.services import audit
from councildesk.services.checks import require_text
from councildesk.services.lookup import get_or_raise


def list_committees(session: Session) -> list[Committee]:
    query = (
        select(Committee)
        .options(selectinload(Committee.members).selectinload(CommitteeMember.person))
        .order_by(Committee.name)
    )
    return list(session.scalars(query))


def get_committee(session: Session, committee_id: int) -> Committee:
    return get_or_raise(
        session, Committee, committee_id, "That committee is no longer in the database."
    )


def find_committee_by_name(session: Session, name: str) -> Committee | None:
    return session.scalars(select(Committee).where(Committee.name == name.strip())).first()


def _validate(session: Session, name: str, member_ids: list[int], own_id: int | None) -> str:
    problems: list[Problem] = []
    name = require_text(problems, "name", name, "the committee's name")
    if name.lower() == FULL_COUNCIL.lower():
        problems.append(Problem("name", "Full Council is not a committee; it is always there."))
    clash = find_committee_by_name(session, name) if name else None
    if clash is not None and clash.id != own_id:
        problems.append(Problem("name", f"There is already a committee called '{name}'."))
    if any(session.get(Person, pid) is None for pid in member_ids):
        problems.append(Problem("members", "A chosen member is no longer in the database."))
    if problems:
        raise ValidationError(problems)
    return name


def _set_members(committee: Committee, member_ids: list[int]) -> None:
    wanted = list(dict.fromkeys(member_ids))
    keep = [m for m in committee.members if m.person_id in wanted]
    have = {m.person_id for m in keep}
    committee.members = keep + [CommitteeMember(person_id=pid) for pid in wanted if pid not in have]


def add_committee(
    session: Session, name: str, remit: str = "", member_ids: list[int] | None = None
) -> Committee:
    members = member_ids or []
    name = _validate(session, name, members, None)
    committee = Committee(name=name, remit=remit.strip())
    _set_members(committee, members)
    session.add(committee)
    session.flush()
    audit.record(session, "create", "committee", committee.id, name)
    return committee


def update_committee(
    session: Session, committee_id: int, name: str, remit: str, member_ids: list[int]
) -> Committee:
    committee = get_committee(session, committee_id)
    committee.name = _validate(session, name, member_ids, committee_id)
    committee.remit = remit.strip()
    _set_members(committee, member_ids)
    session.flush()
    audit.record(session, "update", "committee", committee.id, committee.name)
    return committee


def delete_committee(session: Session, committee_id: int) -> None:
    committee = get_committee(session, committee_id)
    audit.record(session, "delete", "committee", committee.id, committee.name)
    session.delete(committee)


def chair_of(committee: Committee) -> str:
    for seat in committee.members:
        for role in seat.person.roles:
            if role.committee_id == committee.id and role.title in ("Chair", "Committee Chair"):
                return seat.person.name
    return ""
