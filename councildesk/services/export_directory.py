"""The council's own lists as tables to export: people, political groups and their members,
committees, and meetings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from councildesk.db.models import PersonKind
from councildesk.exports.table import Cell, Kind, Table, make_table, yes_no
from councildesk.rules.dates import weekday_name
from councildesk.rules.periods import Period
from councildesk.services import committees, groups, meetings, people
from councildesk.services.people import role_label


def people_table(session: Session, today: dt.date) -> Table:
    """Everyone in the register, former members too (with the dates that say so)."""
    rows: list[tuple[Cell, ...]] = []
    for person in people.by_surname(people.list_people(session)):
        councillor = person.kind is PersonKind.COUNCILLOR
        rows.append(
            (
                person.name,
                "Councillor" if councillor else "Officer",
                person.title,
                person.forenames,
                person.surname,
                person.ward if councillor else "",
                "" if councillor else person.post,
                groups.group_on(person, today) if councillor else "",
                "; ".join(role_label(role) for role in person.roles),
                "; ".join(sorted(seat.committee.name for seat in person.committee_seats)),
                person.start_on,
                person.end_on,
                yes_no(people.is_current(person, today)),
                person.email,
                person.phone,
                ", ".join(line.strip() for line in person.address.splitlines() if line.strip()),
            )
        )
    return make_table(
        "People",
        (
            ("Name", Kind.TEXT),
            ("Councillor or officer", Kind.TEXT),
            ("Title", Kind.TEXT),
            ("Forenames", Kind.TEXT),
            ("Surname", Kind.TEXT),
            ("Ward", Kind.TEXT),
            ("Post", Kind.TEXT),
            ("Political group", Kind.TEXT),
            ("Roles", Kind.TEXT),
            ("Committees", Kind.TEXT),
            ("Term or employment from", Kind.DATE),
            ("Term or employment to", Kind.DATE),
            ("Serving now", Kind.TEXT),
            ("E-mail", Kind.TEXT),
            ("Telephone", Kind.TEXT),
            ("Address", Kind.TEXT),
        ),
        rows,
    )


def groups_table(session: Session, today: dt.date) -> Table:
    """One row per membership, so a spreadsheet can filter by group, member or date; a group
    with nobody in it still has its row."""
    rows: list[tuple[Cell, ...]] = []
    for group in groups.list_groups(session):
        memberships = sorted(
            group.memberships,
            key=lambda m: (people.surname_key(m.person), m.start_on or dt.date.min),
        )
        facts = (group.name, group.active_from, group.active_to)
        if not memberships:
            rows.append((*facts, "", None, None, ""))
        for membership in memberships:
            current = Period(membership.start_on, membership.end_on).contains(today)
            rows.append(
                (
                    *facts,
                    membership.person.name,
                    membership.start_on,
                    membership.end_on,
                    yes_no(current),
                )
            )
    return make_table(
        "Political groups",
        (
            ("Group", Kind.TEXT),
            ("Group active from", Kind.DATE),
            ("Group active to", Kind.DATE),
            ("Member", Kind.TEXT),
            ("Member from", Kind.DATE),
            ("Member to", Kind.DATE),
            ("Member now", Kind.TEXT),
        ),
        rows,
    )


def committees_table(session: Session, today: dt.date) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for committee in committees.list_committees(session):
        members = people.by_surname(seat.person for seat in committee.members)
        rows.append(
            (
                committee.name,
                committees.chair_of(committee),
                len(members),
                "; ".join(person.name for person in members),
                " ".join(committee.remit.split()),
            )
        )
    return make_table(
        "Committees",
        (
            ("Committee", Kind.TEXT),
            ("Chair", Kind.TEXT),
            ("Number of members", Kind.NUMBER),
            ("Members", Kind.TEXT),
            ("Remit", Kind.TEXT),
        ),
        rows,
    )


def meetings_table(session: Session, today: dt.date) -> Table:
    rows = [
        (
            meeting.held_on,
            weekday_name(meeting.held_on),
            meeting.starts_at,
            meeting.body_name,
            meeting.venue,
            " ".join(meeting.notes.split()),
        )
        for meeting in meetings.list_meetings(session)
    ]
    return make_table(
        "Meetings",
        (
            ("Date", Kind.DATE),
            ("Day", Kind.TEXT),
            ("Time", Kind.TIME),
            ("Body", Kind.TEXT),
            ("Venue", Kind.TEXT),
            ("Notes", Kind.TEXT),
        ),
        rows,
    )
