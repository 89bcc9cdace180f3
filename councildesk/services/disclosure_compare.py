"""The same advice to each group: the written reports on one matter compared word by word.

Uses the protocol library's comparison (rules/protocol_diff.py): each paragraph of a report is
one item, so paragraphs are paired by what they say, and the changed words are marked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.db.models import Disclosure
from councildesk.errors import CouncilDeskError
from councildesk.reports.protocol_compare import ComparisonData, render_comparison
from councildesk.rules.dates import uk_date
from councildesk.rules.protocol_diff import ClauseChange, diff_protocols
from councildesk.rules.protocol_text import Node
from councildesk.services import council, disclosures


def paragraphs(text: str) -> list[Node]:
    """A report's paragraphs (each line that has words) as items to compare."""
    return [
        Node("", "", " ".join(line.split()), "paragraph")
        for line in text.splitlines()
        if line.strip()
    ]


def report_label(disclosure: Disclosure) -> str:
    """How a report is named in the comparison: "Green Group, 02/11/2026"."""
    return f"{disclosure.group_name}, {uk_date(disclosure.given_on)}"


def with_reports(session: Session, matter: str) -> list[Disclosure]:
    """The disclosures on a matter that have a written report (or checked text) to compare."""
    return [d for d in disclosures.on_matter(session, matter) if d.report_text.strip()]


def compare_reports(session: Session, old_id: int, new_id: int) -> list[ClauseChange]:
    old = disclosures.get_disclosure(session, old_id)
    new = disclosures.get_disclosure(session, new_id)
    for entry in (old, new):
        if not entry.report_text.strip():
            raise CouncilDeskError(
                f"The entry for {report_label(entry)} has no written report to compare."
            )
    return diff_protocols(paragraphs(old.report_text), paragraphs(new.report_text))


def write_comparison(
    session: Session, old_id: int, new_id: int, out: Path | BinaryIO, today: dt.date
) -> None:
    old = disclosures.get_disclosure(session, old_id)
    new = disclosures.get_disclosure(session, new_id)
    data = ComparisonData(
        council_name=council.display_name(council.get_council(session)),
        title=new.matter,
        old_label=report_label(old),
        new_label=report_label(new),
        changes=compare_reports(session, old_id, new_id),
        compared="reports",
    )
    render_comparison(data, out, today)
