"""A sample council to explore CouncilDesk with, and to take screenshots of.

Every name here is invented. Dates are relative to today so the sample never goes stale.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from councildesk.db.models import CouncilKind, Person, PersonKind
from councildesk.errors import CouncilDeskError
from councildesk.services import (
    acknowledgements,
    committees,
    council,
    demo_complaints,
    demo_disclosures,
    demo_reviews,
    groups,
    meetings,
    people,
    protocols,
)
from councildesk.services.database import create_database, open_database
from councildesk.services.people import PersonInput, RoleInput

FIRST_NAMES = (
    "Alys",
    "Margaret",
    "Hugh",
    "Priya",
    "Tom",
    "Ruth",
    "Gareth",
    "Sian",
    "Daniel",
    "Helen",
    "Owen",
    "Joan",
    "Aled",
    "Fatima",
    "Peter",
    "Catrin",
    "Imran",
    "Wendy",
    "Rhys",
    "Grace",
    "Martin",
    "Eleri",
    "Colin",
    "Nia",
    "David",
    "Bethan",
    "Simon",
    "Megan",
    "Keith",
    "Lowri",
)
SURNAMES = (
    "Pritchard",
    "Hughes",
    "Okafor",
    "Shah",
    "Bennett",
    "Morgan",
    "Lloyd",
    "Evans",
    "Fielding",
    "Ashworth",
    "Price",
    "Turner",
    "Rowlands",
    "Khan",
    "Whitaker",
    "Jenkins",
    "Parry",
    "Holloway",
    "Davies",
    "Marsh",
    "Owen",
    "Thomas",
    "Clarke",
    "Powell",
)
WARDS = ("Church Ward", "Mill Ward", "Brookside Ward", "Upper Ashcombe Ward")
GROUP_NAMES = ("Ashcombe Independents", "Green Group", "Liberal Democrat Group")
COMMITTEES = (
    ("Policy and Resources Committee", "Budget, policies, risk and the council's assets."),
    ("Personnel Committee", "Staffing, appraisals, grievance and disciplinary matters."),
    ("Planning Committee", "Responses to planning applications and consultations."),
)


@dataclass(frozen=True)
class SampleFile:
    path: Path
    created: bool  # False: the file already held the sample council, and was left as it was


def make_sample_file(path: Path, today: dt.date, size: str = "small") -> SampleFile:
    """Write the sample council into its own file; a file holding a real council is refused.

    A new file is built whole under a temporary name (see db/create.py), so a kill part-way
    leaves no file rather than a half-seeded one.
    """
    if not path.expanduser().exists():
        create_database(path.expanduser().absolute(), lambda session: seed(session, today, size))
        return SampleFile(path.expanduser().absolute(), created=True)
    db = open_database(path)
    try:
        with db.transaction() as session:
            found = council.find_council(session)
            if found is not None and found.is_sample:
                return SampleFile(db.path, created=False)
            if found is not None:
                raise CouncilDeskError(
                    f"{db.path.name} holds {council.display_name(found)}, not the sample "
                    "council, so the sample was not written into it."
                )
            seed(session, today, size)
        return SampleFile(db.path, created=True)
    finally:
        db.close()


def _second_tuesday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (1 - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7)


def _months(start: dt.date, count: int) -> list[tuple[int, int]]:
    result = []
    year, month = start.year, start.month
    for _ in range(count):
        result.append((year, month))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return result


def seed(session: Session, today: dt.date, size: str = "small") -> None:
    """Fill an empty database with a sample council. One transaction: all or nothing."""
    if council.find_council(session) is not None:
        raise CouncilDeskError(
            "This database already has a council. Use --db with a new file for the demo."
        )
    rng = random.Random(2026)
    made = council.save_council(
        session,
        council.CouncilDetails(
            name="Ashcombe Parva",
            kind=CouncilKind.PARISH,
            clerk_title="Clerk",
            principal_council="Westmoor District Council",
            monitoring_officer_name="Dana Whitfield",
            monitoring_officer_email="monitoring.officer@westmoor.example.gov.uk",
            monitoring_officer_phone="01632 960 415",
            monitoring_officer_address="Council Offices, Market Street, Westmoor WM1 2AB",
        ),
    )
    made.is_sample = True
    made_committees = [committees.add_committee(session, name, remit) for name, remit in COMMITTEES]
    term_start = dt.date(today.year - (today.year - 2023) % 4, 5, 4)
    term_end = dt.date(term_start.year + 4, 5, 7)
    headcount = 11 if size == "small" else 60
    names = rng.sample([f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES], headcount)
    councillors = []
    for index, name in enumerate(names):
        roles: list[RoleInput] = []
        if index == 0:
            roles.append(RoleInput("Chair"))
        elif index == 1:
            roles.append(RoleInput("Vice-Chair"))
        elif 2 <= index <= 4:
            roles.append(RoleInput("Committee Chair", made_committees[index - 2].id))
        first, last = name.split()
        councillors.append(
            people.add_person(
                session,
                PersonInput(
                    kind=PersonKind.COUNCILLOR,
                    name=f"Cllr {name}",
                    ward=WARDS[index % len(WARDS)],
                    start_on=term_start,
                    end_on=term_end,
                    email=f"cllr.{first}.{last}@ashcombeparva-pc.example.org.uk".lower(),
                    phone=f"07700 900{index:03d}",
                    roles=roles,
                ),
            )
        )
    people.add_person(
        session,
        PersonInput(
            kind=PersonKind.OFFICER,
            name="Sarah Pemberton",
            post="Clerk and RFO",
            start_on=dt.date(2019, 9, 1),
            email="clerk@ashcombeparva-pc.example.org.uk",
            phone="01632 960 201",
        ),
    )
    people.add_person(
        session,
        PersonInput(
            kind=PersonKind.OFFICER,
            name="Mark Ellison",
            post="Deputy Clerk",
            start_on=dt.date(2024, 1, 8),
            email="deputy.clerk@ashcombeparva-pc.example.org.uk",
        ),
    )
    made_groups = [groups.add_group(session, name, term_start) for name in GROUP_NAMES]
    for index, person in enumerate(councillors):
        slot = index % 4
        if slot < 3:
            groups.add_membership(session, made_groups[slot].id, person.id, term_start)
    for index, committee in enumerate(made_committees):
        chosen = [c.id for i, c in enumerate(councillors) if i % 3 == index % 3 or i == index + 2]
        committees.update_committee(session, committee.id, committee.name, committee.remit, chosen)
    _seed_meetings(session, today, [c.name for c in made_committees], size)
    _seed_protocol(session, today, councillors[:8])
    demo_reviews.seed_reviews(
        session, today, size, policy_and_resources=COMMITTEES[0][0], personnel=COMMITTEES[1][0]
    )
    demo_complaints.seed_casebook(session, today)
    demo_disclosures.seed_disclosures(session, today, term_start)


def _seed_protocol(session: Session, today: dt.date, readers: list[Person]) -> None:
    """The starter protocol, adopted last spring, and a draft with this year's changes."""
    preview = protocols.preview_starter()
    first = protocols.save_preview(session, preview, preview.parsed.body)
    adopted_on = dt.date(today.year - 1, 5, 14)
    protocols.adopt(session, first.id, adopted_on, f"{adopted_on:%y}/051", today=today)
    for index, person in enumerate(readers):
        received_on = adopted_on + dt.timedelta(days=7 + index)
        acknowledgements.record(session, first.id, person.id, received_on, today=today)
    nodes = protocols.tree(first)
    section = next(node for node in nodes if node.kind == "section")  # after the introduction
    clause = section.children[0]
    clause.text = clause.text.replace("councillors", "councillors and co-opted members", 1)
    section.children.pop()  # a clause the council decided to drop
    protocols.save_edit(session, first.id, nodes)


def _seed_meetings(session: Session, today: dt.date, bodies: list[str], size: str) -> None:
    start = dt.date(today.year - (4 if size == "large" else 0), today.month, 1)
    span = 12 * 5 if size == "large" else 12
    evening = dt.time(19, 0)
    for year, month in _months(start - dt.timedelta(days=62), span + 2):
        meeting_day = _second_tuesday(year, month)
        if month != 8:  # councils commonly take August off
            meetings.add_meeting(
                session,
                meetings.MeetingInput("Full Council", meeting_day, evening, "Village Hall"),
            )
        if month % 3 == 0:
            for offset, body in enumerate(bodies):
                meetings.add_meeting(
                    session,
                    meetings.MeetingInput(
                        body,
                        meeting_day + dt.timedelta(days=7 + offset),
                        dt.time(18, 30),
                        "Committee Room, Village Hall",
                    ),
                )
