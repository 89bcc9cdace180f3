"""The casebook's printouts: a confidential case summary, the confidential register of cases,
and the public summary, which holds counts and nothing else.

The two confidential printouts carry CONFIDENTIAL on every page (the shared template draws it)
and the case summary ends with the resolution to exclude the press and public, ready for the
agenda. The public summary is built only from counts: no name or word of a case reaches it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from councildesk.reports import styles
from councildesk.reports.blocks import body, heading, none_recorded
from councildesk.reports.dates import uk_date
from councildesk.reports.tables import details_table, make_table
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf

EXCLUSION_RESOLUTION = (
    "That in view of the confidential nature of the business about to be transacted, it is "
    "advisable in the public interest that the press and public be temporarily excluded and "
    "they are instructed to withdraw, in accordance with section 1(2) of the Public Bodies "
    "(Admission to Meetings) Act 1960."
)


@dataclass(frozen=True)
class StageLine:
    label: str
    on: dt.date
    panel: Sequence[str] = ()
    decision: str = ""
    companion: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CaseSheet:
    reference: str
    route: str
    received_on: dt.date
    how_received: str
    acknowledged_on: dt.date | None
    complainant: str
    subject: str
    handler: str
    clauses: Sequence[str]
    summary: str
    notes: str
    stages: Sequence[StageLine]
    documents: Sequence[str]
    outcome: str
    outcome_text: str
    closed_on: dt.date | None
    retention_on: dt.date | None
    next_deadline: str


@dataclass(frozen=True)
class RegisterLine:
    reference: str
    route: str
    received_on: dt.date
    complainant: str
    subject: str
    stage: str
    outcome: str
    retention_on: dt.date | None


@dataclass(frozen=True)
class PublicCounts:
    period_from: dt.date
    period_to: dt.date
    received: int
    closed: int
    by_route: Sequence[tuple[str, int]]
    open_by_stage: Sequence[tuple[str, int]]
    by_outcome: Sequence[tuple[str, int]]
    notes: Sequence[str] = field(default_factory=tuple)


def _date_or(value: dt.date | None, otherwise: str) -> str:
    return uk_date(value) if value is not None else otherwise


def _paragraphs(text: str) -> list[Flowable]:
    parts = [p for p in text.split("\n") if p.strip()]
    return [body(p) for p in parts] if parts else [none_recorded()]


def render_case(
    out: Path | BinaryIO,
    council_name: str,
    sheet: CaseSheet,
    today: dt.date,
    *,
    sample: bool = False,
) -> None:
    header = ReportHeader(
        council_name=council_name,
        title=f"Case {sheet.reference}",
        subtitle=sheet.route,
        confidential=True,
        printed_on=today,
        sample=sample,
    )
    story: list[Flowable] = [
        details_table(
            [
                ("Reference", sheet.reference),
                ("Route", sheet.route),
                ("Received", f"{uk_date(sheet.received_on)} ({sheet.how_received})"),
                ("Acknowledged", _date_or(sheet.acknowledged_on, "Not yet")),
                ("Complainant", sheet.complainant or "Not recorded"),
                ("Subject", sheet.subject or "Not recorded"),
                ("Dealt with by", sheet.handler or "Not recorded"),
                ("Protocol clauses", list(sheet.clauses) or "None chosen"),
                ("Next deadline", sheet.next_deadline or "None"),
                ("Outcome", sheet.outcome or "Open"),
                ("Kept until", _date_or(sheet.retention_on, "Set when the case closes")),
            ]
        ),
        *heading("Summary"),
        *_paragraphs(sheet.summary),
        *heading("Stages"),
    ]
    rows = [
        [
            s.label,
            uk_date(s.on),
            list(s.panel) or "",
            "\n".join(p for p in (s.decision, s.companion, s.notes) if p),
        ]
        for s in sheet.stages
    ]
    story.append(
        make_table(["Stage", "Date", "Panel", "Decision, companion, notes"], rows, [3, 1.6, 2.6, 5])
    )
    if sheet.outcome_text:
        story += [*heading("Outcome"), *_paragraphs(sheet.outcome_text)]
    story += [*heading("Confidential notes"), *_paragraphs(sheet.notes)]
    if sheet.documents:
        story += [*heading("Attached documents"), *[body(d) for d in sheet.documents]]
    story += [
        *heading("Resolution to exclude the press and public"),
        Paragraph(escape(EXCLUSION_RESOLUTION), styles.BODY),
    ]
    build_pdf(out, header, story)


def render_register(
    out: Path | BinaryIO,
    council_name: str,
    lines: Sequence[RegisterLine],
    today: dt.date,
    *,
    sample: bool = False,
) -> None:
    header = ReportHeader(
        council_name=council_name,
        title="Register of complaints and grievances",
        subtitle=f"{len(lines)} case{'s' if len(lines) != 1 else ''} in the casebook",
        confidential=True,
        printed_on=today,
        sample=sample,
    )
    rows = [
        [
            line.reference,
            line.route,
            uk_date(line.received_on),
            line.complainant,
            line.subject,
            line.stage,
            line.outcome,
            uk_date(line.retention_on),
        ]
        for line in lines
    ]
    story: list[Flowable] = [
        make_table(
            [
                "Ref.",
                "Route",
                "Received",
                "Complainant",
                "Subject",
                "Stage",
                "Outcome",
                "Kept until",
            ],
            rows,
            [1.9, 2.4, 2.05, 2.2, 2.2, 2.1, 1.7, 2.05],
        )
        if rows
        else none_recorded(),
        Spacer(1, 6 * mm),
        Paragraph(escape(EXCLUSION_RESOLUTION), styles.NOTE),
    ]
    build_pdf(out, header, story)


def _chart(by_route: Sequence[tuple[str, int]]) -> Drawing:
    height = 24 * len(by_route) + 40
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 28
    chart.width, chart.height = CONTENT_WIDTH - 70 * mm, height - 40
    chart.data = [[count for _label, count in reversed(by_route)]]
    chart.categoryAxis.categoryNames = [label for label, _count in reversed(by_route)]
    chart.categoryAxis.labels.fontName = styles.FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = styles.FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((count for _label, count in by_route), default=0)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.bars[0].fillColor = styles.ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(
        String(62 * mm, 2, "Cases received in the period", fontName=styles.FONT, fontSize=8)
    )
    return drawing


def render_public(
    out: Path | BinaryIO,
    council_name: str,
    counts: PublicCounts,
    today: dt.date,
    *,
    sample: bool = False,
) -> None:
    period = f"{uk_date(counts.period_from)} to {uk_date(counts.period_to)}"
    header = ReportHeader(
        council_name=council_name,
        title="Complaints and grievances: summary",
        subtitle=f"Cases received {period}",
        printed_on=today,
        sample=sample,
    )
    story: list[Flowable] = [
        body(
            f"{counts.received} case{'s' if counts.received != 1 else ''} received and "
            f"{counts.closed} closed in the period. This summary gives numbers only: cases are "
            "confidential, and no one involved in them is named here."
        ),
        *heading("By route"),
    ]
    if counts.received:
        story.append(_chart(counts.by_route))
        story.append(Spacer(1, 3 * mm))
    story.append(
        make_table(
            ["Route", "Cases"],
            [[r, str(n)] for r, n in counts.by_route],
            [5, 1],
            align=["left", "right"],
        )
    )
    story += [*heading("Cases still open, by stage")]
    story.append(
        make_table(
            ["Stage", "Cases"],
            [[s, str(n)] for s, n in counts.open_by_stage],
            [5, 1],
            align=["left", "right"],
        )
        if counts.open_by_stage
        else none_recorded()
    )
    story += [*heading("Outcomes of cases closed in the period")]
    story.append(
        make_table(
            ["Outcome", "Cases"],
            [[o, str(n)] for o, n in counts.by_outcome],
            [5, 1],
            align=["left", "right"],
        )
        if counts.by_outcome
        else none_recorded()
    )
    for note in counts.notes:
        story.append(Paragraph(escape(note), styles.NOTE))
    build_pdf(out, header, story)


@dataclass(frozen=True)
class ReferralLetter:
    """A Code of Conduct allegation referred to whoever decides it."""

    reference: str
    to_name: str
    to_title: str
    to_address: str
    to_email: str
    council_name: str
    clerk_title: str
    received_on: dt.date
    complainant: str
    subject: str
    summary: str
    law: str


def render_referral(
    out: Path | BinaryIO, letter: ReferralLetter, today: dt.date, *, sample: bool = False
) -> None:
    header = ReportHeader(
        council_name=letter.council_name,
        title=f"Referral of case {letter.reference}",
        confidential=True,
        printed_on=today,
        sample=sample,
    )
    address = [
        p for p in (letter.to_name, letter.to_title, letter.to_address, letter.to_email) if p
    ]
    story: list[Flowable] = [
        *[body(line) for line in address],
        Spacer(1, 4 * mm),
        body(uk_date(today)),
        Spacer(1, 4 * mm),
        body(f"Our reference: {letter.reference}"),
        body(f"Dear {letter.to_name or letter.to_title},"),
        body(
            f"{letter.council_name} received on {uk_date(letter.received_on)} a written "
            f"allegation that a member of the council may have failed to comply with the "
            f"council's Code of Conduct. Under {letter.law}, the council does not investigate "
            "such allegations itself, and I refer it to you."
        ),
        details_table(
            [
                ("Complainant", letter.complainant or "Not recorded"),
                ("Councillor complained of", letter.subject or "Not recorded"),
                ("The allegation in brief", letter.summary),
            ]
        ),
        Spacer(1, 4 * mm),
        body(
            "The complaint as received is enclosed. Please let me know the outcome so that the "
            "council's records are complete."
        ),
        body("Yours sincerely,"),
        Spacer(1, 10 * mm),
        body(letter.clerk_title),
    ]
    build_pdf(out, header, story)
