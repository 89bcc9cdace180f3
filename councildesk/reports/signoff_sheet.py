"""The sheet passed round a meeting for councillors to sign that they have received the protocol.

The signed sheet is the council's evidence that each councillor was given a particular version,
so the version and its adoption are printed on it, and every row is tall enough for a real
signature.
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
from councildesk.reports.tables import TABLE_FONT, details_table
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf

ALREADY_RECORDED: Final = "already recorded"
_ROW_HEIGHT: Final[float] = 15 * mm
_WIDTHS: Final = (0.38, 0.22, 0.40)


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
    build_pdf(out, header, signoff_story(data))


def signoff_story(data: SignoffSheetData) -> list[Flowable]:
    adopted = uk_date(data.adopted_on) if data.adopted_on else "Not yet adopted"
    if data.adopted_on and data.minute_reference.strip():
        adopted += f" (minute {data.minute_reference.strip()})"
    pairs: list[tuple[str, Any]] = [
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
    return [
        details_table(pairs),
        Spacer(0, 5 * mm),
        Paragraph(statement, styles.BODY),
        Spacer(0, 2 * mm),
        _table(data),
        Spacer(0, 4 * mm),
        Paragraph("Please return this sheet to the Clerk at the end of the meeting.", styles.NOTE),
    ]


def _table(data: SignoffSheetData) -> Table:
    head = [Paragraph(h, styles.TABLE_HEADER) for h in ("Councillor", "Date received", "Signature")]
    rows: list[list[Any]] = [head]
    for councillor in data.councillors:
        date: list[Flowable] = []
        if councillor.received_on:
            date = [
                Paragraph(uk_date(councillor.received_on), styles.BODY_TIGHT),
                Paragraph(ALREADY_RECORDED, styles.NOTE),
            ]
        rows.append([Paragraph(escape(councillor.name), styles.BODY_TIGHT), date, ""])
    rows.extend([["", "", ""]] * max(data.spare_rows, 0 if data.councillors else 8))
    widths = [CONTENT_WIDTH * w for w in _WIDTHS]
    heights = [None] + [_ROW_HEIGHT] * (len(rows) - 1)
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
