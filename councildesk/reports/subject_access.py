"""The bundle answering a subject access request, marked CONFIDENTIAL on every page.

It opens with the request and its deadline, lists the third parties named in the cases (so the
clerk can redact them, or ask their consent, before anything is sent), then sets out each case:
the person's part in it and everything the case records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from councildesk.reports import styles
from councildesk.reports.blocks import body, heading, none_recorded
from councildesk.reports.complaints import StageLine
from councildesk.reports.dates import uk_date
from councildesk.reports.tables import details_table, make_table
from councildesk.reports.template import ReportHeader, build_pdf

REDACTION_NOTE = (
    "Before sending: the requester is entitled to their own personal data, not other people's. "
    "Each person below is named in the cases that follow. Redact their names and anything that "
    "identifies them, unless they have consented or it is reasonable to disclose without "
    "consent (Data Protection Act 2018, Schedule 2, paragraph 16). Names can also appear in "
    "summaries, notes and decisions in ways no list can catch: read every page."
)

# A stage reads the same in the bundle as on the case sheet.
BundleStage = StageLine

# A part of a case (its summary, notes): a small label kept with what follows it.
_PART = ParagraphStyle(
    "BundlePart", parent=styles.LABEL, spaceBefore=7, spaceAfter=1, keepWithNext=1
)


@dataclass(frozen=True)
class BundleCase:
    reference: str
    route: str
    received_on: dt.date
    how_received: str
    stage: str
    closed_on: dt.date | None
    outcome: str
    roles: Sequence[str]  # the person's part in the case
    complainant: str
    subject: str
    handler: str
    clauses: Sequence[str]
    summary: str
    notes: str
    outcome_text: str
    stages: Sequence[BundleStage]
    documents: Sequence[str]


@dataclass(frozen=True)
class ThirdParty:
    name: str
    appears_in: Sequence[str]  # "C-2026-001: subject of the case"


@dataclass(frozen=True)
class BundleSheet:
    reference: str
    person: str
    requester: str
    how_received: str
    received_on: dt.date
    due_on: dt.date
    answered_on: dt.date | None
    prepared_on: dt.date
    cases: Sequence[BundleCase]
    third_parties: Sequence[ThirdParty]


def _paragraphs(text: str) -> list[Flowable]:
    parts = [p for p in text.split("\n") if p.strip()]
    return [body(p) for p in parts] if parts else [none_recorded()]


def _request(sheet: BundleSheet) -> list[Flowable]:
    count = len(sheet.cases)
    return [
        details_table(
            [
                ("Request", sheet.reference),
                ("Whose data", sheet.person),
                ("Made by", sheet.requester or "The person themselves"),
                ("Received", f"{uk_date(sheet.received_on)} ({sheet.how_received})"),
                ("Answer due by", uk_date(sheet.due_on)),
                ("Answered", uk_date(sheet.answered_on) if sheet.answered_on else "Not yet"),
                ("Cases found", f"{count} case{'s' if count != 1 else ''} in the casebook"),
            ]
        ),
    ]


def _third_parties(sheet: BundleSheet) -> list[Flowable]:
    story: list[Flowable] = [
        *heading("Third parties named: for redaction"),
        Paragraph(escape(REDACTION_NOTE), styles.NOTE),
    ]
    if not sheet.third_parties:
        story.append(body("No one else is named in these cases."))
        return story
    rows = [[p.name, list(p.appears_in)] for p in sheet.third_parties]
    story.append(make_table(["Name", "Where it appears"], rows, [1, 2]))
    return story


def _case(case: BundleCase) -> list[Flowable]:
    story: list[Flowable] = [
        *heading(f"Case {case.reference}: {case.route}"),
        details_table(
            [
                ("Their part", [r[:1].upper() + r[1:] for r in case.roles]),
                (
                    "Received",
                    f"{uk_date(case.received_on)} ({case.how_received or 'not recorded'})",
                ),
                ("Complainant", case.complainant or "Not recorded"),
                ("Subject", case.subject or "Not recorded"),
                ("Dealt with by", case.handler or "Not recorded"),
                ("Protocol clauses", list(case.clauses) or "None chosen"),
                ("Stage", case.stage),
                ("Outcome", case.outcome or ("Closed" if case.closed_on else "Open")),
            ]
        ),
        Paragraph("Summary", _PART),
        *_paragraphs(case.summary),
    ]
    rows = [
        [
            s.label,
            uk_date(s.on),
            list(s.panel) or "",
            "\n".join(
                p
                for p in (s.decision, f"Companion: {s.companion}" if s.companion else "", s.notes)
                if p
            ),
        ]
        for s in case.stages
    ]
    story += [
        Paragraph("Stages", _PART),
        make_table(
            ["Stage", "Date", "Panel", "Decision, companion, notes"], rows, [3, 1.6, 2.6, 5]
        ),
    ]
    if case.outcome_text:
        story += [Paragraph("Outcome", _PART), *_paragraphs(case.outcome_text)]
    story += [Paragraph("Notes", _PART), *_paragraphs(case.notes)]
    if case.documents:
        story += [
            Paragraph("Attached documents (supply copies, redacted as needed)", _PART),
            *[body(d) for d in case.documents],
        ]
    return story


def render_bundle(
    out: Path | BinaryIO, council_name: str, sheet: BundleSheet, *, sample: bool = False
) -> None:
    header = ReportHeader(
        council_name=council_name,
        title=f"Subject access request {sheet.reference}",
        subtitle=f"Everything the casebook holds about {sheet.person}",
        confidential=True,
        printed_on=sheet.prepared_on,
        sample=sample,
    )
    story: list[Flowable] = [*_request(sheet), *_third_parties(sheet)]
    if not sheet.cases:
        story += [*heading("Cases"), body("The casebook holds no case about this person.")]
    for case in sheet.cases:
        story += _case(case)
    build_pdf(out, header, story)
