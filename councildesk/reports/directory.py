"""The council directory: who the councillors, groups, committees and officers are.

A handout for meeting nights and for new councillors, so it leads with who to contact at the
principal council and then lists people in the order the services give them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from councildesk.reports import styles
from councildesk.reports.blocks import heading, none_recorded
from councildesk.reports.dates import uk_date, uk_date_span
from councildesk.reports.tables import (
    CELL_PADDING,
    Cell,
    details_table,
    lines,
    make_table,
    unbroken,
)
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf

TITLE: Final = "Council directory"
UNAFFILIATED: Final = "Unaffiliated"
_MUTED: Final = styles.MUTED.hexval().replace("0x", "#")


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


# Relative widths of the councillors' columns: the contact column is wide enough for a long
# council e-mail address on one line.
_NAME, _WARD, _GROUP, _CONTACT = 25.0, 16.0, 17.0, 42.0


def _councillors(councillors: Sequence[DirectoryCouncillor]) -> list[Flowable]:
    if not councillors:
        return [*heading("Councillors"), none_recorded()]
    # Most councillors share the term of the last ordinary election: say it once, and give a
    # term under a name only where it differs (a by-election, a co-option).
    terms = Counter((c.term_from, c.term_to) for c in councillors)
    (usual, _count), *others = terms.most_common()
    usual_span = uk_date_span(*usual)
    if others:
        note = f"Term of office {usual_span}, unless shown otherwise under a name."
    else:
        note = f"Term of office of every councillor: {usual_span}."
    # Many parishes are not warded; an empty Ward column would only waste the width.
    warded = any(c.ward.strip() for c in councillors)
    headers = ["Name and roles", "Ward", "Group", "Contact"]
    widths = [_NAME, _WARD, _GROUP, _CONTACT]
    if not warded:
        del headers[1], widths[1]
    contact_room = CONTENT_WIDTH * widths[-1] / sum(widths) - 2 * CELL_PADDING
    rows: list[list[Cell]] = []
    for c in councillors:
        term = (c.term_from, c.term_to)
        extra = [f"Term of office {uk_date_span(*term)}"] if term != usual else []
        row: list[Cell] = [
            _name_and_roles(c.name, [*c.roles, *extra]),
            c.ward,
            c.group or UNAFFILIATED,
            _contact(c.email, c.phone, contact_room),
        ]
        if not warded:
            del row[1]
        rows.append(row)
    return [
        *heading("Councillors"),
        Paragraph(escape(note), styles.NOTE),
        make_table(headers, rows, widths),
    ]


def _name_and_roles(name: str, roles: Sequence[str]) -> Flowable:
    below = "".join(f'<br/><font size="7.5" color="{_MUTED}">{escape(r)}</font>' for r in roles)
    return Paragraph(f"<b>{escape(name)}</b>{below}", styles.TABLE_CELL)


def _contact(email: str, phone: str, room: float) -> Flowable:
    """E-mail address on one line (smaller if need be), telephone below it."""
    parts = [unbroken(email, styles.TABLE_CELL, room)] if email.strip() else []
    if phone.strip():
        parts.append(escape(phone))
    return Paragraph("<br/>".join(parts), styles.TABLE_CELL)


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
    # No-break spaces keep each member's name whole on one line; the list breaks between names.
    rows: list[list[Cell]] = [
        [c.name, c.chair, ", ".join(m.replace(" ", "\u00a0") for m in c.members)]
        for c in committees
    ]
    table = make_table(["Committee", "Chair", "Members"], rows, [25.0, 20.0, 55.0])
    return [*heading("Committees"), table]


def _officers(officers: Sequence[DirectoryOfficer]) -> list[Flowable]:
    if not officers:
        return [*heading("Officers"), none_recorded()]
    widths = [22.0, 20.0, 42.0, 16.0]
    room = CONTENT_WIDTH * widths[2] / sum(widths) - 2 * CELL_PADDING
    rows: list[list[Cell]] = [
        [o.name, o.post, _contact(o.email, o.phone, room), uk_date(o.employed_from)]
        for o in officers
    ]
    table = make_table(["Name", "Post", "Contact", "In post since"], rows, widths)
    return [*heading("Officers"), table]
