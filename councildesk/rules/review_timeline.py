"""Where each review sits on a timeline of the months ahead: shared by the Reviews page and the
printout, which draw the same picture with Qt and reportlab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.dates import MONTH_NAMES
from councildesk.rules.reviews import Status, add_months

TIMELINE_MONTHS = 24


@dataclass(frozen=True)
class Entry:
    label: str
    due_on: dt.date
    agenda_deadline: dt.date | None
    status: Status


@dataclass(frozen=True)
class Placed:
    label: str
    status: Status
    due_at: float  # 0 at the left edge (the start of this month), 1 at the right
    deadline_at: float | None
    before_start: bool  # overdue from before the timeline starts: drawn at the left edge


@dataclass(frozen=True)
class Timeline:
    start: dt.date
    end: dt.date
    ticks: tuple[tuple[float, str], ...]  # each month's start, labelled "Jan" ("Jan 2027")
    items: tuple[Placed, ...]


def _at(day: dt.date, start: dt.date, end: dt.date) -> float:
    return (day - start).days / (end - start).days


def layout(entries: Sequence[Entry], today: dt.date, months: int = TIMELINE_MONTHS) -> Timeline:
    """The next ``months`` months from the start of this one; reviews due later are left off."""
    start = today.replace(day=1)
    end = add_months(start, months)
    ticks = []
    for step in range(months):
        month = add_months(start, step)
        name = MONTH_NAMES[month.month - 1][:3]
        ticks.append((_at(month, start, end), f"{name} {month.year}" if month.month == 1 else name))
    items = []
    for entry in sorted(entries, key=lambda e: (e.due_on, e.label)):
        if entry.due_on >= end:
            continue
        deadline = entry.agenda_deadline
        items.append(
            Placed(
                entry.label,
                entry.status,
                max(0.0, _at(entry.due_on, start, end)),
                _at(deadline, start, end) if deadline and start <= deadline < end else None,
                entry.due_on < start,
            )
        )
    return Timeline(start, end, tuple(ticks), tuple(items))


def quarter_label(timeline: Timeline, at: float, label: str) -> bool:
    """Label January, April, July and October, and the first month unless one of those is
    about to be labelled beside it."""
    if label[:3] in _QUARTERS:
        return True
    if at != 0.0:
        return False
    following = [text for _at, text in timeline.ticks[1:3]]
    return not any(text[:3] in _QUARTERS for text in following)


_QUARTERS = {"Jan", "Apr", "Jul", "Oct"}
