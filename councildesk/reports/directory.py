"""The council directory: who the councillors, groups, committees and officers are.

A handout for meeting nights and for new councillors, so it leads with who to contact at the
principal council and then lists people in the order the services give them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.platypus import Flowable, Spacer

from councildesk.reports.blocks import heading, none_recorded
from councildesk.reports.dates import uk_date, uk_date_span
from councildesk.reports.tables import Cell, details_table, lines, make_table
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf

TITLE: Final = "Council directory"
UNAFFILIATED: Final = "Unaffiliated"


@dataclass(frozen=True, kw_only=True)
class DirectoryContact:
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, kw_only=True)
class DirectoryCouncillor:
    name: str
    ward: str = ""
    term_from: dt.date | None = None
    term_to: dt.date | None = None
    roles: Sequence[str] = ()
    group: str = UNAFFILIATED
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, kw_only=True)
class DirectoryOfficer:
    name: str
    post: str
    email: str = ""
    phone: str = ""
    employed_from: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class DirectoryCommittee:
    name: str
    members: Sequence[str] = ()
    chair: str = ""


@dataclass(frozen=True, kw_only=True)
class DirectoryData:
    """Everything the directory prints, in the order it should be printed."""

    council_name: str
    council_kind_label: str
    clerk_title: str
    principal_council: str
    monitoring_officer: DirectoryContact
    councillors: Sequence[DirectoryCouncillor] = ()
    officers: Sequence[DirectoryOfficer] = ()
    committees: Sequence[DirectoryCommittee] = ()
    groups: Sequence[tuple[str, int]] = ()  # (group name, number of members)
    sample: bool = False  # a made-up council: every page says SAMPLE


def render_directory(data: DirectoryData, out: Path | BinaryIO, printed_on: dt.date) -> None:
    """Write the council directory to ``out`` as an A4 PDF."""
    header = ReportHeader(
        council_name=data.council_name,
        title=TITLE,
        subtitle=f"{data.council_name} · correct as at {uk_date(printed_on)}",
        printed_on=printed_on,
        sample=data.sample,
    )
    build_pdf(out, header, directory_story(data))


def directory_story(data: DirectoryData) -> list[Flowable]:
    """The directory's content without a title, for use on its own or in the meeting pack."""
    return [
        _council_block(data),
        Spacer(0, 2),
        *_councillors(data.councillors),
        *_groups(data.groups),
        *_committees(data.committees),
        *_officers(data.officers),
    ]


def _council_block(data: DirectoryData) -> Flowable:
    mo = data.monitoring_officer
    pairs: list[tuple[str, Cell]] = [
        ("Type of council", data.council_kind_label or "—"),
        ("Principal council", data.principal_council or "—"),
        ("Monitoring Officer", lines(mo.name, mo.email, mo.phone) or "—"),
    ]
    clerk = _clerk(data)
    if clerk is not None:
        pairs.append((data.clerk_title, lines(clerk.name, clerk.email, clerk.phone)))
    return details_table(pairs)


def _clerk(data: DirectoryData) -> DirectoryOfficer | None:
    """The officer holding the clerk's post, so the handout says who to contact first."""
    wanted = data.clerk_title.strip().casefold()
    return next((o for o in data.officers if wanted and o.post.strip().casefold() == wanted), None)


def _councillors(councillors: Sequence[DirectoryCouncillor]) -> list[Flowable]:
    if not councillors:
        return [*heading("Councillors"), none_recorded()]
    # Many parishes are not warded; an empty Ward column would only waste the width.
    warded = any(c.ward.strip() for c in councillors)
    headers = ["Name", "Ward", "Term of office", "Group", "Roles", "Contact"]
    widths = [15.0, 12.0, 14.5, 15.5, 15.0, 28.0]
    rows: list[list[Cell]] = [
        [
            c.name,
            c.ward,
            uk_date_span(c.term_from, c.term_to),
            c.group or UNAFFILIATED,
            list(c.roles),
            lines(c.email, c.phone),
        ]
        for c in councillors
    ]
    if not warded:
        del headers[1], widths[1]
        for row in rows:
            del row[1]
    return [*heading("Councillors"), make_table(headers, rows, widths)]


def _groups(groups: Sequence[tuple[str, int]]) -> list[Flowable]:
    if not groups:
        return [*heading("Political groups"), none_recorded()]
    rows: list[list[Cell]] = [[name, str(count)] for name, count in groups]
    # Two short columns read better as a compact list than stretched across the page.
    table = make_table(
        ["Group", "Members"],
        rows,
        [75.0, 25.0],
        align=["left", "right"],
        total_width=CONTENT_WIDTH * 0.6,
    )
    return [*heading("Political groups"), table]


def _committees(committees: Sequence[DirectoryCommittee]) -> list[Flowable]:
    if not committees:
        return [*heading("Committees"), none_recorded()]
    rows: list[list[Cell]] = [[c.name, c.chair, ", ".join(c.members)] for c in committees]
    table = make_table(["Committee", "Chair", "Members"], rows, [25.0, 20.0, 55.0])
    return [*heading("Committees"), table]


def _officers(officers: Sequence[DirectoryOfficer]) -> list[Flowable]:
    if not officers:
        return [*heading("Officers"), none_recorded()]
    rows: list[list[Cell]] = [
        [o.name, o.post, lines(o.email, o.phone), uk_date(o.employed_from)] for o in officers
    ]
    table = make_table(["Name", "Post", "Contact", "In post since"], rows, [24.0, 24.0, 36.0, 16.0])
    return [*heading("Officers"), table]
