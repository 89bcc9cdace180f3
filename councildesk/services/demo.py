"""A sample council to explore CouncilDesk with, and to take screenshots of.

Every name here is invented. Dates are relative to today so the sample never goes stale.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from councildesk.db.models import CouncilKind, Person, PersonKind, ReviewOutcome
from councildesk.errors import CouncilDeskError
from councildesk.rules.disclosures import Form, Method
from councildesk.rules.reviews import add_months
from councildesk.rules.working_days import add_working_days, is_working_day
from councildesk.services import (
    acknowledgements,
    committees,
    council,
    demo_complaints,
    disclosure_notifications,
    disclosures,
    groups,
    meetings,
    people,
    protocols,
    review_records,
)
from councildesk.services.database import create_database, open_database
from councildesk.services.disclosure_check import ReportFile, report_from_bytes
from councildesk.services.people import PersonInput, RoleInput
from councildesk.services.review_records import ReviewInput, ScheduleInput

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
    _seed_reviews(session, today, size)
    demo_complaints.seed_casebook(session, today)
    _seed_disclosures(session, today, term_start)


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


# --- the review schedule (issue 11) ----------------------------------------------------------

POLICY_AND_RESOURCES, PERSONNEL = COMMITTEES[0][0], COMMITTEES[1][0]


def _months_back(today: dt.date, months: int, days: int = 0) -> dt.date:
    return add_months(today, -months) + dt.timedelta(days=days)


def _seed_reviews(session: Session, today: dt.date, size: str) -> None:
    """A register with a policy in every state: upcoming, due, overdue, as required, one
    awaiting the "biannually" answer, one with only a year, one brought forward by a change in
    the law, and one deferred."""

    def add(name: str, body: str, **settings: Any) -> int:
        return review_records.add_policy(session, name, ScheduleInput(body=body, **settings)).id

    def reviewed(policy_id: int, held_on: dt.date, minute: str) -> None:
        review_records.record_review(
            session,
            policy_id,
            ReviewInput(held_on, ReviewOutcome.UNCHANGED, minute_reference=minute),
            today,
        )

    # Due: the six-week reminder before its agenda deadline has already fallen.
    standing = add("Standing Orders", "Full Council", cycle_months=12)
    reviewed(standing, _months_back(today, 12, 40), "SO/1")
    # Overdue: a year and a month since its last review.
    money = add("Financial Regulations", POLICY_AND_RESOURCES, cycle_months=12)
    reviewed(money, _months_back(today, 13), "FR/1")
    # As required, and on a change in the law.
    add("Code of Conduct", "Full Council", as_required=True, on_legal_change=True)
    # Waiting for the clerk to say what "biannually" means.
    complaints = add("Complaints Procedure", POLICY_AND_RESOURCES)
    review_records.set_document_words(
        session, complaints, "reviewed biannually or when any legal changes arise"
    )
    # A year alone: due from 1 January, month not set.
    data = add("Data Protection Policy", POLICY_AND_RESOURCES)
    review_records.set_document_words(
        session, data, f"Review date: {today.year + 1}", f"{today.year + 1}"
    )
    # Brought forward by a change in the law.
    grievance = add("Grievance Policy", PERSONNEL, cycle_months=36, on_legal_change=True)
    reviewed(grievance, _months_back(today, 14), "PC/12")
    review_records.record_law_change(
        session,
        today - dt.timedelta(days=20),
        "Employment Rights Act 2025: new rules on flexible working requests",
        ["Grievance Policy"],
    )
    # Upcoming: reviewed two months ago.
    safety = add("Health and Safety Policy", "Full Council", cycle_months=12)
    reviewed(safety, _months_back(today, 2), "HS/3")
    # Deferred to a later meeting, with the reason.
    scheme = add("Publication Scheme", "Full Council", cycle_months=24)
    reviewed(scheme, _months_back(today, 25), "PS/2")
    review_records.record_review(
        session,
        scheme,
        ReviewInput(
            today - dt.timedelta(days=14),
            ReviewOutcome.DEFERRED,
            deferred_to=add_months(today, 3),
            reason="Waiting for the ICO's revised model scheme",
        ),
        today,
    )
    if size == "large":
        _seed_many_reviews(today, add, reviewed)


def _seed_many_reviews(
    today: dt.date, add: Callable[..., int], reviewed: Callable[[int, dt.date, str], None]
) -> None:
    """Years of history across many more policies, for timing the Reviews page."""
    rng = random.Random(11)
    bodies = ["Full Council", POLICY_AND_RESOURCES, PERSONNEL]
    for number in range(1, 61):
        policy_id = add(
            f"Operational Policy {number:02d}",
            bodies[number % 3],
            cycle_months=rng.choice((12, 24, 36)),
        )
        for years_ago in range(6, 0, -1):
            reviewed(
                policy_id, _months_back(today, 12 * years_ago, rng.randint(-60, 60)), f"OP/{number}"
            )


# --- Advice to groups (issue 12) -----------------------------------------------------------------

_PAVILION_REPORT = """Report to {group}: the future of the sports pavilion

The pavilion was built in 1974. The surveyor's report of March found that the roof and the
changing rooms need replacing within two years.

There are three options open to the council.
Option A: repair the roof and changing rooms, at an estimated cost of £38,000.
Option B: demolish the pavilion and build a smaller one, at an estimated cost of £146,000.
Option C: close the pavilion and lease the site to the cricket club, which offers £1,200 a year.
{extra}
The Finance Committee will consider the options on the date in the council's calendar.
"""


def _seed_disclosures(session: Session, today: dt.date, term_start: dt.date) -> None:
    """A year of reports and advice to groups: notices sent, pending, overdue, a void entry,
    a report that went ahead with a reason, and two reports on one matter to compare."""
    by_name = {g.name: g.id for g in groups.list_groups(session)}
    start = max(term_start, today - dt.timedelta(days=360))
    span = max((today - start).days, 1)

    def day(fraction: float) -> dt.date:
        return _working_day_on_or_before(start + dt.timedelta(days=round(span * fraction)))

    def day_back(days: int) -> dt.date:
        return _working_day_on_or_before(today - dt.timedelta(days=days))

    def report(group: str, extra: str = "") -> ReportFile:
        text = _PAVILION_REPORT.format(group=group, extra=extra)
        return report_from_bytes("pavilion-report.txt", text.encode("utf-8"))

    entries = [
        (day(0.05), "Green Group", "Allotment rents for next year", Form.ADVICE, None, ""),
        (
            day(0.2),
            "Liberal Democrat Group",
            "Closure of the Mill Lane toilets",
            Form.ATTENDANCE,
            None,
            "",
        ),
        (
            day(0.45),
            "Ashcombe Independents",
            "Future of the sports pavilion",
            Form.REPORT,
            report("the Ashcombe Independents"),
            "",
        ),
        (
            day(0.5),
            "Green Group",
            "Future of the sports pavilion",
            Form.REPORT,
            report("the Green Group", "In my view the best course is Option A.\n"),
            "The group asked in writing for the Clerk's professional view; the other groups "
            "were offered the same.",
        ),
        (day(0.7), "Liberal Democrat Group", "Grant to the youth club", Form.ADVICE, None, ""),
        (day(0.8), "Green Group", "Speed limit on the B3221", Form.ADVICE, None, ""),
        (
            day_back(12),
            "Ashcombe Independents",
            "Parking on the green",
            Form.ADVICE,
            None,
            "",
        ),
        (
            day_back(2),
            "Green Group",
            "Christmas lights contract",
            Form.ADVICE,
            None,
            "",
        ),
    ]
    made = []
    for given_on, group, matter, form, attached, reason in entries:
        given_on = min(max(given_on, term_start), today)
        data = disclosures.DisclosureInput(
            group_id=by_name[group],
            given_on=given_on,
            matter=matter,
            form=form,
            summary="Notes of the questions the group asked (kept in the register only).",
            report=attached,
            proceed_reason=reason,
        )
        made.append(disclosures.record(session, data, today).disclosure)
    # The older ones have been told, some by letter, some at a meeting; the last two wait.
    for entry in made[:6]:
        for index, notice in enumerate(entry.notifications):
            method = (Method.EMAIL, Method.LETTER, Method.MEETING)[index % 3]
            sent = min(add_working_days(entry.given_on, 2 + index), today)
            disclosure_notifications.mark_sent(session, notice.id, sent, method, today)
    disclosures.verify(
        session,
        made[2].id,
        min(made[2].given_on + dt.timedelta(days=9), today),
        "The group's note of the report is accurate.",
        today,
    )
    # One entry of the parking advice was sent; the other group is overdue. The lights: pending.
    parking = made[6]
    if parking.notifications:
        disclosure_notifications.mark_sent(
            session,
            parking.notifications[0].id,
            parking.given_on + dt.timedelta(days=1),
            Method.EMAIL,
            today,
        )
    wrong = disclosures.record(
        session,
        disclosures.DisclosureInput(
            group_id=by_name["Liberal Democrat Group"],
            given_on=day(0.6),
            matter="Grant to the youth club",
            form=Form.ADVICE,
        ),
        today,
    ).disclosure
    disclosures.void(session, wrong.id, "Entered twice: the advice was recorded already.", today)


def _working_day_on_or_before(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day
