"""The audit trail's printout: who changed what and when, as chosen on the page, and what the
check of its seals found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from councildesk.reports import styles
from councildesk.reports.blocks import heading, none_recorded
from councildesk.reports.tables import Cell, make_table
from councildesk.reports.template import ReportHeader, build_pdf

TITLE: Final = "Audit trail"


@dataclass(frozen=True, kw_only=True)
class AuditLine:
    date: str  # "01/12/2026"
    time: str  # "18:02"
    person: str
    area: str
    action: str
    record: str
    detail: str
    problem: str = ""


@dataclass(frozen=True, kw_only=True)
class AuditData:
    council_name: str
    chosen: str  # "01/11/2026 to 30/11/2026 · People", or "All entries"
    lines: Sequence[AuditLine]
    total: int  # entries in the whole trail
    problems: Sequence[str] = ()  # the check's findings, one line each
    sample: bool = False


def render_audit(data: AuditData, out: Path | BinaryIO, printed_on: dt.date) -> None:
    header = ReportHeader(
        council_name=data.council_name,
        title=TITLE,
        subtitle=f"{data.council_name} · {data.chosen}",
        printed_on=printed_on,
        sample=data.sample,
    )
    build_pdf(out, header, audit_story(data))


def audit_story(data: AuditData) -> list[Flowable]:
    shown = len(data.lines)
    lead = (
        f"{shown} of the {data.total} entries in the trail."
        if shown != data.total
        else f"All {data.total} entries in the trail."
    )
    story: list[Flowable] = [Paragraph(escape(lead), styles.BODY)]
    if data.problems:
        story += heading("Found by the check of the seals")
        story += [Paragraph(escape(line), styles.BODY) for line in data.problems]
    else:
        seal_note = (
            "Every entry's seal checks: none has been changed, removed or added outside "
            "CouncilDesk."
        )
        story.append(Paragraph(escape(seal_note), styles.NOTE))
    story.append(Spacer(0, 3 * mm))
    if not data.lines:
        return [*story, none_recorded()]
    rows: list[list[Cell]] = [
        [
            line.date,
            line.time,
            line.person,
            line.area,
            line.action,
            line.record,
            [line.detail, line.problem] if line.problem else line.detail,
        ]
        for line in data.lines
    ]
    table = make_table(
        ["Date", "Time", "Person", "Area", "Action", "Record", "Details"],
        rows,
        [11.5, 6.5, 9.0, 14.0, 11.0, 13.0, 35.0],
    )
    return [*story, table]
