"""What the Protocol page's status line says about a version's next review.

A date wherever the version's document-control facts allow one: the document's own review date,
or its cycle ("every two years") counted from the last review or the adoption. The full review
schedule of every policy, with meetings and reminders, is services.reviews; this is the one line
about the version on screen.
"""

from __future__ import annotations

import datetime as dt

from councildesk.db.models import PolicyVersion
from councildesk.rules.dates import MONTH_NAMES, uk_date
from councildesk.rules.reviews import ScheduleFacts, doc_due, next_due, read_wording


def _day(iso: str | None) -> dt.date | None:
    """A document date, when it gave the day (a year or a month alone is no base for a cycle)."""
    due = doc_due(iso)
    return due.on if due is not None and due.precision == "day" else None


def review_text(version: PolicyVersion) -> str:
    """ "review due by 14/05/2027 (every two years)", "review due in 2027", or, when no date
    follows from the facts, the document's own words ("next review: as required")."""
    words = " ".join(version.doc_next_review_text.split())
    reading = read_wording(words, version.doc_next_review_iso)
    facts = ScheduleFacts(
        cycle_months=reading.cycle_months,
        as_required=reading.as_required,
        question=reading.question,
        doc_due=reading.due,
        last_reviewed_on=_day(version.doc_reviewed_iso),
        adopted_on=version.adopted_on or _day(version.doc_adopted_iso),
    )
    due = next_due(facts)
    if due.on is None:
        if reading.cycle_months and facts.adopted_on is None:
            return f"next review: {words}, counted from adoption"
        return f"next review: {words}" if words else ""
    if reading.due is not None and due.on == reading.due.on and reading.due.precision != "day":
        when = (
            str(due.on.year)
            if reading.due.precision == "year"
            else f"{MONTH_NAMES[due.on.month - 1]} {due.on.year}"
        )
        text = f"review due in {when}"
    else:
        text = f"review due by {uk_date(due.on)}"
    # The document's words say why, unless they are only the date again.
    if words and reading.cycle_months:
        text += f" ({words})"
    return text
