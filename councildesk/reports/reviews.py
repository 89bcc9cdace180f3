"""The review schedule for the committee: the table of every policy and a 24-month timeline.

Overdue rows must read in black and white too, so they are marked three ways at once: the word
OVERDUE in bold capitals, bold text across the row, and a heavy rule down its left edge. On the
timeline the status is the shape of the marker (circle, diamond, square), not only its shade.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from councildesk.reports import styles
from councildesk.reports.blocks import heading, heading_line, none_recorded
from councildesk.reports.dates import uk_date
from councildesk.reports.tables import Cell, make_table
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf
from councildesk.rules.review_timeline import Timeline, quarter_label

TITLE: Final = "Policy review schedule"
OVERDUE: Final = "overdue"
_ROW_HEIGHT: Final = 15.0
_LABEL_WIDTH: Final = 150.0
_AXIS_HEIGHT: Final = 26.0


@dataclass(frozen=True, kw_only=True)
class ReviewLine:
    policy: str
    cycle: str
    last_reviewed_on: dt.date | None
    next_due: str  # "14/05/2027", "2027 (month not set)", "As required", "Question: ..."
    body: str
    meeting_on: dt.date | None
    agenda_deadline: dt.date | None
    status: str  # upcoming, due, overdue, or a word such as "As required"


@dataclass(frozen=True, kw_only=True)
class ReviewsData:
    council_name: str
    lines: Sequence[ReviewLine]
    timeline: Timeline
    notes: Sequence[str] = ()
    sample: bool = False  # a made-up council: every page says SAMPLE


def render_reviews(data: ReviewsData, out: Path | BinaryIO, printed_on: dt.date) -> None:
    header = ReportHeader(
        council_name=data.council_name,
        title=TITLE,
        subtitle=f"{data.council_name} · as at {uk_date(printed_on)}",
        printed_on=printed_on,
        sample=data.sample,
    )
    build_pdf(out, header, reviews_story(data))


def reviews_story(data: ReviewsData) -> list[Flowable]:
    story: list[Flowable] = [*heading("Schedule"), _schedule_table(data.lines)]
    story += [Spacer(0, 4), Paragraph(_KEY, styles.NOTE)]
    if data.notes:
        story += [
            *heading("To put right"),
            *[Paragraph(escape(n), styles.BODY) for n in data.notes],
        ]
    # The picture and its key stay together with their heading: on this page if they fit
    # (measured, not estimated), else all on the next.
    story.append(
        KeepTogether(
            [
                heading_line("The next 24 months"),
                timeline_drawing(data.timeline),
                Spacer(0, 4),
                Paragraph(TIMELINE_KEY, styles.NOTE),
            ]
        )
    )
    return story


_KEY = (
    "Status: <b>OVERDUE</b> rows are in bold with a heavy rule at the left; <i>due</i> means a "
    "reminder has fallen and the review should go on the agenda now. The agenda deadline is the "
    "last day the summons can be sent with three clear days before the meeting (Local "
    "Government Act 1972, Sch. 12 para. 10 and s.243(4))."
)


def _schedule_table(lines: Sequence[ReviewLine]) -> Flowable:
    if not lines:
        return none_recorded()
    headers = [
        "Policy",
        "Cycle",
        "Last reviewed",
        "Next due",
        "Body",
        "Meeting",
        "Agenda by",
        "Status",
    ]
    widths = [15.5, 11.0, 11.0, 12.0, 15.0, 11.0, 11.0, 13.5]
    bold = ParagraphStyle("review-overdue", parent=styles.TABLE_CELL, fontName=styles.FONT_BOLD)
    rows: list[list[Cell]] = []
    for line in lines:
        overdue = line.status == OVERDUE
        cells = [
            line.policy,
            line.cycle,
            uk_date(line.last_reviewed_on),
            line.next_due,
            line.body,
            uk_date(line.meeting_on),
            uk_date(line.agenda_deadline),
            line.status.upper() if overdue else line.status.capitalize(),
        ]
        rows.append([Paragraph(escape(c), bold) for c in cells] if overdue else list(cells))
    table = make_table(headers, rows, widths)
    marks = [
        ("LINEBEFORE", (0, index), (0, index), 3.0, colors.black)
        for index, line in enumerate(lines, start=1)
        if line.status == OVERDUE
    ]
    if marks:
        table.setStyle(marks)
    return table


def timeline_drawing(timeline: Timeline, width: float = CONTENT_WIDTH) -> Flowable:
    """A row per review: its name, a marker at the due date, a tick at the agenda deadline."""
    if not timeline.items:
        return Paragraph("No review falls due in the next 24 months.", styles.NOTE)
    height = _AXIS_HEIGHT + _ROW_HEIGHT * len(timeline.items) + 6
    drawing = Drawing(width, height)
    left, right = _LABEL_WIDTH, width - 6
    span = right - left
    top = height - _AXIS_HEIGHT
    for at, label in timeline.ticks:
        x = left + at * span
        drawing.add(Line(x, top + 2, x, 4, strokeColor=styles.GRID, strokeWidth=0.3))
        if quarter_label(timeline, at, label):
            drawing.add(String(x + 1.5, top + 8, label, fontName=styles.FONT, fontSize=6.5))
    drawing.add(Line(left, top + 2, right, top + 2, strokeColor=styles.RULE, strokeWidth=0.8))
    for row, item in enumerate(timeline.items):
        y = top - _ROW_HEIGHT * (row + 1) + 4
        name = item.label if len(item.label) <= 34 else item.label[:33] + "…"
        font = styles.FONT_BOLD if item.status == OVERDUE else styles.FONT
        drawing.add(String(2, y - 2.5, name, fontName=font, fontSize=7.5))
        drawing.add(
            Line(left, y, right, y, strokeColor=colors.HexColor("#e3e5e8"), strokeWidth=0.3)
        )
        x = left + item.due_at * span
        if item.deadline_at is not None:
            dx = left + item.deadline_at * span
            drawing.add(Line(dx, y - 4, dx, y + 4, strokeColor=colors.black, strokeWidth=1.0))
            drawing.add(Line(dx, y, x, y, strokeColor=colors.black, strokeWidth=0.6))
        drawing.add(_marker(item.status, x, y))
    return drawing


def _marker(status: str, x: float, y: float) -> object:
    size = 3.6
    if status == OVERDUE:
        return Rect(x - size, y - size, 2 * size, 2 * size, fillColor=colors.black, strokeWidth=0)
    if status == "due":
        return Polygon(
            [x, y + size + 1, x + size + 1, y, x, y - size - 1, x - size - 1, y],
            fillColor=colors.HexColor("#555555"),
            strokeColor=colors.black,
            strokeWidth=0.6,
        )
    return Circle(x, y, size, fillColor=colors.white, strokeColor=colors.black, strokeWidth=0.8)


TIMELINE_KEY: Final = (
    "Open circle: upcoming. Grey diamond: due (a reminder has fallen). Black square: overdue. "
    "Upright bar: the agenda deadline, joined to the due date. Reviews overdue from before this "
    "month are drawn at the left edge."
)
