"""The review schedule printout and timeline: gather the register, then print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.reports.reviews import ReviewLine, ReviewsData, render_reviews
from councildesk.rules.review_timeline import Entry, Timeline, layout
from councildesk.rules.reviews import cycle_short
from councildesk.services import council
from councildesk.services.reviews import ScheduleRow, schedule


def next_due_text(row: ScheduleRow) -> str:
    if row.question:
        return f"Question: '{row.question}'"
    if row.due_on is None:
        return "As required" if row.as_required else "Not set"
    return row.due.label


def timeline_of(rows: Sequence[ScheduleRow], today: dt.date) -> Timeline:
    entries = [
        Entry(r.policy, r.due_on, r.agenda_deadline, r.status)
        for r in rows
        if r.due_on is not None and r.status is not None
    ]
    return layout(entries, today)


def reviews_data(session: Session, today: dt.date) -> ReviewsData:
    rows = schedule(session, today)
    lines = [
        ReviewLine(
            policy=r.policy,
            cycle=cycle_short(r.cycle_months, r.on_legal_change, r.as_required),
            last_reviewed_on=r.last_reviewed_on,
            next_due=next_due_text(r),
            body=r.body,
            meeting_on=r.meeting_on,
            agenda_deadline=r.agenda_deadline,
            status=r.status.value if r.status else r.status_label,
        )
        for r in sorted(rows, key=lambda r: (r.due_on or dt.date.max, r.policy))
    ]
    notes = [f"{r.policy}: {note}" for r in rows for note in r.notes]
    notes += [
        f"{r.policy}: the document says '{r.doc_text}'. Settle how often it is reviewed."
        for r in rows
        if r.question
    ]
    found = council.get_council(session)
    return ReviewsData(
        council_name=council.display_name(found),
        lines=lines,
        timeline=timeline_of(rows, today),
        notes=notes,
        sample=found.is_sample,
    )


def write_reviews(session: Session, out: Path | BinaryIO, today: dt.date) -> None:
    render_reviews(reviews_data(session, today), out, today)
