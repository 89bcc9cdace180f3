"""The sheet passed round a meeting for councillors to sign that they have received the protocol.

The signed sheet is the council's evidence that each councillor was given a particular version,
so the version and its adoption are printed on it, and every row is tall enough for a real
signature. Rows are as tall as the page allows, between a comfortable 15 mm and a tight 8.5 mm, so
a council of up to 20 councillors signs on one sheet of A4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from councildesk.reports import styles
from councildesk.reports.dates import uk_date
from councildesk.reports.fonts import register_fonts
from councildesk.reports.tables import PANEL_FILL, TABLE_FONT
from councildesk.reports.template import (
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    PAGE_HEIGHT,
    TOP_MARGIN,
    ReportHeader,
    build_pdf,
)

ALREADY_RECORDED: Final = "already recorded"
_TALLEST_ROW: Final[float] = 15 * mm
_SHORTEST_ROW: Final[float] = 8.5 * mm  # still room for a signature
_WIDTHS: Final = (0.36, 0.26, 0.38)
_MUTED: Final = styles.MUTED.hexval().replace("0x", "#")
_FRAME_HEIGHT: Final[float] = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
_TABLE_PADDING: Final[float] = 5


@dataclass(frozen=True, kw_only=True)
class SignoffCouncillor:
    name: str
    received_on: dt.date | None = None  # set when the receipt is already recorded


@dataclass(frozen=True, kw_only=True)
class SignoffSheetData:
    council_name: str
    version_label: str  # e.g. "Version 3"
    policy_title: str = "Member/Officer Protocol"
    adopted_on: dt.date | None = None
    minute_reference: str = ""
    meeting: str = ""  # e.g. "Full Council"
    meeting_on: dt.date | None = None
    councillors: Sequence[SignoffCouncillor] = ()
    spare_rows: int = 2  # blank rows for a councillor co-opted since the list was printed
    # Only those who have not yet confirmed receipt (the others are already on record).
    outstanding_only: bool = False
    sample: bool = False  # a made-up council: every page says SAMPLE


def render_signoff_sheet(data: SignoffSheetData, out: Path | BinaryIO, printed_on: dt.date) -> None:
    """Write the sign-off sheet to ``out`` as an A4 PDF."""
    meeting = " · ".join(p for p in (data.meeting, uk_date(data.meeting_on)) if p and p != "—")
    header = ReportHeader(
        council_name=data.council_name,
        title=f"Receipt of the {data.policy_title}",
        subtitle=meeting,
        printed_on=printed_on,
        # A loose second page still says which version was signed for.
        footer_text=f"{data.policy_title} · {data.version_label}",
        sample=data.sample,
    )
    build_pdf(out, header, signoff_story(data, title_height=_title_height(header)))


def _title_height(header: ReportHeader) -> float:
    """The height of the title block the page template sets above the story."""
    register_fonts()  # measuring needs the fonts the page will be set in
    block = [Paragraph(escape(header.title), styles.TITLE)]
    if header.subtitle:
        block.append(Paragraph(escape(header.subtitle), styles.SUBTITLE))
    return sum(_height(f) for f in block)


def _height(flowable: Flowable) -> float:
    _width, height = flowable.wrap(CONTENT_WIDTH, _FRAME_HEIGHT)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def signoff_story(data: SignoffSheetData, title_height: float = 0) -> list[Flowable]:
    adopted = uk_date(data.adopted_on) if data.adopted_on else "Not yet adopted"
    if data.adopted_on and data.minute_reference.strip():
        adopted += f" (minute {data.minute_reference.strip()})"
    pairs: list[tuple[str, str]] = [
        ("Document", data.policy_title),
        ("Version", data.version_label),
    ]
    pairs.append(("Adopted", adopted))
    adoption = f", adopted on {uk_date(data.adopted_on)}" if data.adopted_on else ""
    statement = (
        f"By signing below, each councillor confirms that they have received and read "
        f"{escape(data.version_label)} of the {escape(data.council_name)} "
        f"{escape(data.policy_title)}{escape(adoption)}."
    )
    waiting = [c for c in data.councillors if c.received_on is None]
    if data.outstanding_only:
        pairs.append(("Listed", f"{_councillors(len(waiting))} still to confirm receipt"))
    # The facts in one panel line rather than a panel of lines: the rows to sign need the room.
    facts = " · ".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in pairs)
    before = [
        _panel(Paragraph(facts, styles.BODY_TIGHT)),
        Spacer(0, 4 * mm),
        Paragraph(statement, styles.BODY),
        Spacer(0, 1 * mm),
    ]
    after = [
        Spacer(0, 4 * mm),
        Paragraph("Please return this sheet to the Clerk at the end of the meeting.", styles.NOTE),
    ]
    listed = waiting if data.outstanding_only else list(data.councillors)
    room = _FRAME_HEIGHT - title_height - sum(_height(f) for f in (*before, *after))
    return [*before, _table(listed, data.spare_rows, room), *after]


def _panel(content: Flowable) -> Table:
    """The facts of the version, in the quiet panel the other printouts use for such facts."""
    panel = Table([[content]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    panel.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), PANEL_FILL),
                ("BOX", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return panel


def _councillors(count: int) -> str:
    return f"{count} councillor{'' if count == 1 else 's'}"


def _table(councillors: Sequence[SignoffCouncillor], spare_rows: int, room: float) -> Table:
    """The rows to sign in, as tall as ``room`` (the rest of the first page) allows."""
    head = [Paragraph(h, styles.TABLE_HEADER) for h in ("Councillor", "Date received", "Signature")]
    header_height = _height(head[0]) + 2 * _TABLE_PADDING + 1  # + the rule below it
    rows: list[list[Any]] = [head]
    for councillor in councillors:
        date: list[Flowable] = []
        if councillor.received_on:
            # One line, so the row stays one line however tight the page makes it.
            date = [
                Paragraph(
                    f"{uk_date(councillor.received_on)} <font name='{styles.FONT_ITALIC}' "
                    f"size='7.5' color='{_MUTED}'>{ALREADY_RECORDED}</font>",
                    styles.BODY_TIGHT,
                )
            ]
        rows.append([Paragraph(escape(councillor.name), styles.BODY_TIGHT), date, ""])
    rows.extend([["", "", ""]] * max(spare_rows, 0 if councillors else 8))
    widths = [CONTENT_WIDTH * w for w in _WIDTHS]
    signing = len(rows) - 1
    # Rounded down to a tenth of a point so that rows which just fit are not pushed over.
    fitted = int((room - header_height) / signing * 10) / 10
    row_height = min(_TALLEST_ROW, max(_SHORTEST_ROW, fitted))
    heights = [None] + [row_height] * signing
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.RULE),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
