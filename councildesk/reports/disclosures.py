"""The party-group register's printouts: the register for a period, and the notice letters.

A notice says only that a report was prepared for, or advice given to, another group, on what
matter and when, and that the same factual information is available on request. It is built from
a NoticeLetter, which has no field for the summary, the report or anything said in the group, so
that none of it can reach the page.
"""

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
from councildesk.reports.blocks import none_recorded
from councildesk.reports.dates import uk_date
from councildesk.reports.tables import Cell, details_table, make_table
from councildesk.reports.template import ReportHeader, build_pdf

REGISTER_TITLE: Final = "Register of reports and advice to political groups"
NOTICE_TITLE: Final = "Notice to a political group"


@dataclass(frozen=True, kw_only=True)
class RegisterEntry:
    number: int
    given_on: dt.date
    group: str
    matter: str
    form: str
    officer: str
    told: str  # who was told and when, one per line
    notes: Sequence[str] = ()  # the check's outcome, the group's note checked, void


@dataclass(frozen=True, kw_only=True)
class RegisterData:
    council_name: str
    period: str  # "01/04/2026 to 31/03/2027", or "All entries"
    entries: Sequence[RegisterEntry] = ()
    outstanding: int = 0  # notices not yet sent


def render_register(data: RegisterData, out: Path | BinaryIO, printed_on: dt.date) -> None:
    header = ReportHeader(
        council_name=data.council_name,
        title=REGISTER_TITLE,
        subtitle=f"{data.council_name} · {data.period}",
        printed_on=printed_on,
    )
    build_pdf(out, header, register_story(data))


def register_story(data: RegisterData) -> list[Flowable]:
    count = len(data.entries)
    lead = (
        f"{count} report{'s' if count != 1 else ''} or piece{'s' if count != 1 else ''} of advice "
        f"given to political groups; "
        + (
            f"{data.outstanding} notice{'s' if data.outstanding != 1 else ''} to other groups "
            "not yet sent."
            if data.outstanding
            else "every other group has been told."
        )
    )
    if not data.entries:
        return [none_recorded()]
    rows: list[list[Cell]] = [
        [
            str(e.number),
            uk_date(e.given_on),
            e.group,
            [e.matter, *e.notes],
            e.form,
            e.officer or "—",
            e.told.split("\n"),
        ]
        for e in data.entries
    ]
    table = make_table(
        ["No.", "Date", "Group advised", "Matter", "Form", "Officer", "Who was told, and when"],
        rows,
        [5.0, 11.0, 13.0, 23.0, 13.0, 11.0, 24.0],
    )
    return [Paragraph(escape(lead), styles.BODY), Spacer(0, 3 * mm), table]


@dataclass(frozen=True, kw_only=True)
class NoticeLetter:
    """Everything a notice may say; nothing more can be put on it."""

    council_name: str
    recipient: str  # "Labour Group", or a councillor's name
    salutation: str  # "Dear members of the Labour Group,"
    dated_long: str  # "1 December 2026"
    what_happened: str  # "a written report was prepared for the Green Group"
    given_on_long: str  # "Monday 2 November 2026"
    matter: str
    clause_sentence: str  # the protocol's duty, cited
    officer: str
    officer_post: str


def notice_paragraphs(letter: NoticeLetter) -> list[str]:
    """The letter's words, shared by the PDF and the e-mail draft so they always agree."""
    return [
        letter.salutation,
        f"I am writing to let you know that on {letter.given_on_long} {letter.what_happened}, "
        f"on the following matter: {letter.matter}.",
        letter.clause_sentence,
        "The same factual information is available to your group on request. Please contact "
        "me if you would like it.",
        "Yours sincerely,",
    ]


def render_notice(letter: NoticeLetter, out: Path | BinaryIO, printed_on: dt.date) -> None:
    header = ReportHeader(
        council_name=letter.council_name,
        title=NOTICE_TITLE,
        printed_on=printed_on,
    )
    build_pdf(out, header, notice_story(letter))


def notice_story(letter: NoticeLetter) -> list[Flowable]:
    story: list[Flowable] = [
        details_table([("To", letter.recipient), ("Date", letter.dated_long)]),
        Spacer(0, 6 * mm),
    ]
    salutation, *body, closing = notice_paragraphs(letter)
    story.append(Paragraph(escape(salutation), styles.BODY))
    story.append(
        Paragraph(
            f"<b>{escape('Report or advice given to another political group')}</b>", styles.BODY
        )
    )
    for paragraph in body:
        story.append(Paragraph(escape(paragraph), styles.BODY))
    story.append(Spacer(0, 4 * mm))
    story.append(Paragraph(escape(closing), styles.BODY))
    story.append(Spacer(0, 14 * mm))
    story.append(Paragraph(f"<b>{escape(letter.officer)}</b>", styles.BODY_TIGHT))
    if letter.officer_post and letter.officer_post != letter.officer:
        story.append(Paragraph(escape(letter.officer_post), styles.BODY_TIGHT))
    story.append(Paragraph(escape(letter.council_name), styles.BODY_TIGHT))
    return story
