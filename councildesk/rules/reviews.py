"""The review schedule of a policy: cycles, the next due date, reminders and status.

Pure rules over plain values. Nothing here guesses: wording the rules cannot read for certain
("biannually", which means both twice a year and every two years) becomes a question for the
clerk, and no due date is made up until it is answered.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.dates import MONTH_NAMES, uk_date
from councildesk.rules.doc_control import review_cycle_months

DEFAULT_REMINDER_DAYS: tuple[int, ...] = (42, 14)  # six weeks and two weeks
MAX_CYCLE_MONTHS = 120


class Status(enum.StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


class Outcome(enum.StrEnum):
    UNCHANGED = "unchanged"
    AMENDED = "amended"
    DEFERRED = "deferred"


OUTCOME_LABELS = {
    Outcome.UNCHANGED: "Re-adopted unchanged",
    Outcome.AMENDED: "Amended",
    Outcome.DEFERRED: "Deferred",
}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the 31st of a shorter month (or 29 February in a common
    year) becomes that month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cycle_label(months: int | None, on_legal_change: bool, as_required: bool) -> str:
    """'Every 2 years, and on a change in the law'."""
    parts: list[str] = []
    if months:
        if months % 12 == 0:
            years = months // 12
            parts.append("Every year" if years == 1 else f"Every {years} years")
        else:
            parts.append(f"Every {months} months" if months != 1 else "Every month")
    if as_required:
        parts.append("As required")
    if on_legal_change:
        parts.append("on a change in the law" if parts else "On a change in the law")
    return ", and ".join(parts) if parts else "Not set"


def cycle_short(months: int | None, on_legal_change: bool, as_required: bool) -> str:
    """'3 years + law change', for a table column."""
    parts: list[str] = []
    if months:
        years, rest = divmod(months, 12)
        if rest:
            parts.append(f"{months} months")
        else:
            parts.append("1 year" if years == 1 else f"{years} years")
    if as_required:
        parts.append("As required")
    if on_legal_change:
        parts.append("law change")
    text = " + ".join(parts)
    return text[:1].upper() + text[1:] if text else "Not set"


# --- reading the document's own words ---------------------------------------------------------

_AMBIGUOUS = re.compile(r"\b(bi-?annual(?:ly)?|bi-?yearly)\b", re.IGNORECASE)
_AS_REQUIRED = re.compile(
    r"\b(as\s+(?:and\s+when\s+)?(?:required|necessary|needed)|when\s+(?:required|necessary))\b",
    re.IGNORECASE,
)
_LEGAL_CHANGE = re.compile(
    r"\b(?:legal|legislative|statutory)\s+changes?\b|\bchanges?\s+(?:in|to)\s+(?:the\s+)?"
    r"(?:law|legislation|regulations)\b|\b(?:law|legislation)\s+(?:changes?|is\s+changed)\b",
    re.IGNORECASE,
)
_ONLY_DATE = re.compile(r"^[\s\d/.,-]*$|^\s*(?:\w+\s+)?\d{4}\s*$")


@dataclass(frozen=True)
class DocDue:
    """A due date the document gave, at its precision: a year alone is due from 1 January."""

    on: dt.date
    precision: str  # "year", "month" or "day"

    def label(self) -> str:
        if self.precision == "year":
            return f"{self.on.year} (month not set)"
        if self.precision == "month":
            return f"{MONTH_NAMES[self.on.month - 1]} {self.on.year} (day not set)"
        return uk_date(self.on)


@dataclass(frozen=True)
class Reading:
    """What a document's review wording means for the schedule, as far as it is certain."""

    cycle_months: int | None = None
    on_legal_change: bool = False
    as_required: bool = False
    due: DocDue | None = None
    question: str | None = None  # the words the clerk must settle, e.g. "biannually"


def doc_due(iso: str | None) -> DocDue | None:
    """An ISO date at any precision ("2027", "2022-02", "2022-07-28") as the day it is due."""
    if not iso:
        return None
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 1:
        return DocDue(dt.date(parts[0], 1, 1), "year")
    if len(parts) == 2:
        return DocDue(dt.date(parts[0], parts[1], 1), "month")
    return DocDue(dt.date(parts[0], parts[1], parts[2]), "day")


def read_wording(text: str, iso: str | None = None) -> Reading:
    """Read "reviewed biannually or when any legal changes arise", "2027", "As required"."""
    words = " ".join(text.split())
    due = doc_due(iso)
    if not words and due is None:
        return Reading()
    legal = bool(_LEGAL_CHANGE.search(words))
    ambiguous = _AMBIGUOUS.search(words)
    if ambiguous:
        return Reading(on_legal_change=legal, due=due, question=ambiguous.group(1).lower())
    months = review_cycle_months(words)
    as_required = bool(_AS_REQUIRED.search(words))
    if months or as_required or legal or due is not None:
        return Reading(months, legal, as_required, due)
    if _ONLY_DATE.match(words):
        return Reading()
    return Reading(question=words)


# --- the next due date -------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleFacts:
    """Everything the next due date depends on, as plain values."""

    cycle_months: int | None = None
    as_required: bool = False
    question: str | None = None
    doc_due: DocDue | None = None
    last_reviewed_on: dt.date | None = None  # the last review that re-adopted or amended it
    adopted_on: dt.date | None = None  # the current version's adoption
    deferred_to: dt.date | None = None  # a deferral since the last review
    override_on: dt.date | None = None
    override_reason: str = ""
    law_change_due: dt.date | None = None  # when an unreviewed change in the law falls due
    law_change_reason: str = ""


@dataclass(frozen=True)
class NextDue:
    on: dt.date | None
    reason: str
    month_not_set: bool = False

    @property
    def label(self) -> str:
        if self.on is None:
            return ""
        return f"{self.on.year} (month not set)" if self.month_not_set else uk_date(self.on)


def next_due(facts: ScheduleFacts) -> NextDue:
    """The date the next review is due, and why; no date while a question is open."""
    if facts.override_on is not None:
        return NextDue(facts.override_on, f"Set by the clerk: {facts.override_reason}")
    candidates: list[NextDue] = []
    if facts.law_change_due is not None:
        candidates.append(NextDue(facts.law_change_due, facts.law_change_reason))
    if facts.deferred_to is not None:
        candidates.append(NextDue(facts.deferred_to, "Deferred at the last review"))
    elif facts.question is None:
        regular = _regular_due(facts)
        if regular is not None:
            candidates.append(regular)
    if candidates:
        return min(candidates, key=lambda due: due.on or dt.date.max)
    if facts.question is not None:
        return NextDue(None, f"Waiting for your answer: what does '{facts.question}' mean here?")
    if facts.as_required:
        return NextDue(None, "As required: no fixed date")
    return NextDue(None, "No review cycle or date set")


def _regular_due(facts: ScheduleFacts) -> NextDue | None:
    if facts.cycle_months:
        base = facts.last_reviewed_on or facts.adopted_on
        if base is not None:
            kind = "last review" if facts.last_reviewed_on else "adoption"
            label = cycle_label(facts.cycle_months, False, False).lower()
            return NextDue(
                add_months(base, facts.cycle_months), f"{label.capitalize()} from the {kind}"
            )
    if facts.doc_due is not None and facts.last_reviewed_on is None:
        return NextDue(
            facts.doc_due.on,
            f"The document gives {facts.doc_due.label()}",
            month_not_set=facts.doc_due.precision == "year",
        )
    return None


# --- meetings, reminders and status -------------------------------------------------------------


def last_meeting_on_or_before(due_on: dt.date, meetings: Sequence[dt.date]) -> dt.date | None:
    earlier = [day for day in meetings if day <= due_on]
    return max(earlier) if earlier else None


def first_meeting_on_or_after(day: dt.date, meetings: Sequence[dt.date]) -> dt.date | None:
    later = [meeting for meeting in meetings if meeting >= day]
    return min(later) if later else None


def reminder_dates(act_by: dt.date, days_before: Sequence[int]) -> list[dt.date]:
    """The reminders before ``act_by`` (the agenda deadline, else the due date), earliest first."""
    return sorted({act_by - dt.timedelta(days=days) for days in days_before})


def current_reminder(reminders: Sequence[dt.date], today: dt.date) -> dt.date | None:
    """The reminder in force today (the latest that has fallen), else the next to come."""
    fallen = [day for day in reminders if day <= today]
    if fallen:
        return max(fallen)
    return min(reminders) if reminders else None


def status(due_on: dt.date, reminders: Sequence[dt.date], today: dt.date) -> Status:
    """Overdue once the due date has passed; due once a reminder has fallen; else upcoming."""
    if today > due_on:
        return Status.OVERDUE
    if any(day <= today for day in reminders) or today == due_on:
        return Status.DUE
    return Status.UPCOMING


def parse_reminder_days(text: str) -> tuple[int, ...]:
    """'6, 2' (weeks before the agenda deadline) as days; ValueError with a clerk's message."""
    weeks: list[int] = []
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 52:
            raise ValueError("Give the reminders as weeks before the deadline, e.g. 6, 2.")
        weeks.append(int(part))
    if not weeks:
        raise ValueError("Give at least one reminder, e.g. 6, 2.")
    return tuple(sorted({w * 7 for w in weeks}, reverse=True))


def reminder_weeks_text(days: Sequence[int]) -> str:
    return ", ".join(str(d // 7) for d in sorted(days, reverse=True))


def check_cycle(months: int | None) -> str | None:
    """A message when a cycle cannot be right, else None."""
    if months is None:
        return None
    if months <= 0:
        return "A review cycle is a whole number of months, 1 or more."
    if months > MAX_CYCLE_MONTHS:
        years = MAX_CYCLE_MONTHS // 12
        return f"A review cycle of more than {years} years is not likely; check it."
    return None
