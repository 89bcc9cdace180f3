"""Political groups and councillors' membership of them over time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import GroupMembership, Person, PersonKind, PoliticalGroup
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules.dates import uk_date, uk_date_span
from councildesk.rules.periods import Period, overlap_day
from councildesk.rules.periods import Standing as Standing
from councildesk.services import audit
from councildesk.services.checks import check_period, require_text
from councildesk.services.lookup import get_or_raise
from councildesk.services.people import SURNAME_ORDER, by_surname

UNAFFILIATED = "Unaffiliated"


def list_groups(session: Session) -> list[PoliticalGroup]:
    query = (
        select(PoliticalGroup)
        .options(selectinload(PoliticalGroup.memberships).selectinload(GroupMembership.person))
        .order_by(PoliticalGroup.name)
    )
    return list(session.scalars(query))


def get_group(session: Session, group_id: int) -> PoliticalGroup:
    return get_or_raise(
        session, PoliticalGroup, group_id, "That political group is no longer in the database."
    )


def find_group_by_name(session: Session, name: str) -> PoliticalGroup:
    group = session.scalars(
        select(PoliticalGroup).where(PoliticalGroup.name == name.strip())
    ).first()
    if group is None:
        raise NotFoundError(f"There is no political group called '{name.strip()}'.")
    return group


def _validate_group(
    session: Session, name: str, start: dt.date | None, end: dt.date | None, own_id: int | None
) -> str:
    problems: list[Problem] = []
    name = require_text(problems, "name", name, "the group's name")
    check_period(problems, start, end, "group")
    if name.lower() == UNAFFILIATED.lower():
        problems.append(Problem("name", f"'{UNAFFILIATED}' means no group; choose another name."))
    clash = session.scalars(select(PoliticalGroup).where(PoliticalGroup.name == name)).first()
    if clash is not None and clash.id != own_id:
        problems.append(Problem("name", f"There is already a group called '{name}'."))
    if problems:
        raise ValidationError(problems)
    return name


def add_group(
    session: Session,
    name: str,
    active_from: dt.date | None = None,
    active_to: dt.date | None = None,
) -> PoliticalGroup:
    name = _validate_group(session, name, active_from, active_to, None)
    group = PoliticalGroup(name=name, active_from=active_from, active_to=active_to)
    session.add(group)
    session.flush()
    audit.record(session, "create", "political_group", group.id, name)
    return group


def update_group(
    session: Session,
    group_id: int,
    name: str,
    active_from: dt.date | None,
    active_to: dt.date | None,
) -> PoliticalGroup:
    group = get_group(session, group_id)
    group.name = _validate_group(session, name, active_from, active_to, group_id)
    group.active_from, group.active_to = active_from, active_to
    session.flush()
    audit.record(session, "update", "political_group", group.id, group.name)
    return group


def delete_group(session: Session, group_id: int) -> None:
    group = get_group(session, group_id)
    audit.record(session, "delete", "political_group", group.id, group.name)
    session.delete(group)


def add_membership(
    session: Session,
    group_id: int,
    person_id: int,
    start_on: dt.date | None,
    end_on: dt.date | None = None,
) -> GroupMembership:
    """Put a councillor in a group. A councillor is in at most one group on any date."""
    group = get_group(session, group_id)
    person = session.get(Person, person_id)
    problems: list[Problem] = []
    if person is None or person.kind is not PersonKind.COUNCILLOR:
        problems.append(Problem("person", "Choose a councillor to add to the group."))
        raise ValidationError(problems)
    period = check_period(problems, start_on, end_on, "membership")
    if period.is_valid():
        for existing in person.group_memberships:
            other = Period(existing.start_on, existing.end_on)
            if period.overlaps(other):
                day = overlap_day(period, other)
                when = f" on {uk_date(day)}" if day else ""
                problems.append(
                    Problem(
                        "start_on",
                        f"{person.name} is already in {existing.group.name}{when}. "
                        "End that membership first: a councillor is in one group at a time.",
                    )
                )
                break
    if problems:
        raise ValidationError(problems)
    membership = GroupMembership(group=group, person=person, start_on=start_on, end_on=end_on)
    session.add(membership)
    session.flush()
    audit.record(session, "join", "political_group", group.id, f"{person.name} from {start_on}")
    return membership


def end_membership(session: Session, membership_id: int, end_on: dt.date) -> GroupMembership:
    membership = get_membership(session, membership_id)
    if membership.start_on and end_on < membership.start_on:
        raise ValidationError(Problem("end_on", "The membership cannot end before it starts."))
    membership.end_on = end_on
    audit.record(session, "leave", "political_group", membership.group_id, membership.person.name)
    return membership


def remove_membership(session: Session, membership_id: int) -> None:
    membership = get_membership(session, membership_id)
    audit.record(session, "remove", "political_group", membership.group_id, membership.person.name)
    session.delete(membership)


def group_on(person: Person, day: dt.date) -> str:
    """The name of the councillor's group on a day, or Unaffiliated."""
    for membership in person.group_memberships:
        if Period(membership.start_on, membership.end_on).contains(day):
            return membership.group.name
    return UNAFFILIATED


def membership_standing(membership: GroupMembership, day: dt.date) -> Standing:
    """Whether the membership is current, former or future on ``day``."""
    return Period(membership.start_on, membership.end_on).standing_on(day)


def membership_period(start_on: dt.date | None, end_on: dt.date | None) -> str:
    """ "05/05/2022 – 04/05/2026", "from 05/05/2022", or "" when neither date is known."""
    return uk_date_span(start_on, end_on)


def members_on(group: PoliticalGroup, day: dt.date) -> list[Person]:
    """The group's members on a day, by surname."""
    members = [m.person for m in group.memberships if Period(m.start_on, m.end_on).contains(day)]
    return by_surname(members)


def get_membership(session: Session, membership_id: int) -> GroupMembership:
    return get_or_raise(
        session, GroupMembership, membership_id, "That membership is no longer in the database."
    )


def unaffiliated_on(session: Session, day: dt.date) -> list[Person]:
    """Councillors serving on a day who are in no group on it, by surname."""
    query = (
        select(Person)
        .where(Person.kind == PersonKind.COUNCILLOR)
        .options(selectinload(Person.group_memberships).selectinload(GroupMembership.group))
        .order_by(*SURNAME_ORDER)
    )
    return [
        person
        for person in session.scalars(query)
        if Period(person.start_on, person.end_on).contains(day)
        and group_on(person, day) == UNAFFILIATED
    ]
