"""The audit trail as the clerk reads it: rows named in plain words, chosen by date, area and
person, the same for the page, its printout and its export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from councildesk.rules.audit_chain import BreakKind, ChainBreak
from councildesk.rules.dates import uk_date, uk_dates_in
from councildesk.services import audit

# Each kind of record, as the navigation list names the page that keeps it.
AREAS: dict[str, str] = {
    "council": "Council",
    "person": "People",
    "political_group": "Political groups",
    "committee": "Committees",
    "meeting": "Meetings",
    "policy": "Protocol and policies",
    "policy_version": "Protocol and policies",
    "review_schedule": "Reviews",
    "review_settings": "Reviews",
    "appointed_day": "Reviews",
    "legal_change": "Reviews",
    "reminder": "Reviews",
    "disclosure": "Advice to groups",
    "disclosure_settings": "Advice to groups",
    "complaint": "Complaints",
    "complaint settings": "Complaints",
    "casebook": "Complaints",
    "subject access request": "Complaints",
}
RECORDS: dict[str, str] = {
    "political_group": "Political group",
    "policy_version": "Policy version",
    "review_schedule": "Review schedule",
    "review_settings": "Review settings",
    "appointed_day": "Appointed day",
    "legal_change": "Change in the law",
    "disclosure": "Advice to a group",
    "disclosure_settings": "Advice settings",
    "complaint": "Case",
    "complaint settings": "Casebook settings",
}
PROBLEMS: dict[BreakKind, str] = {
    BreakKind.CHANGED: "Changed outside CouncilDesk",
    BreakKind.INSERTED: "Added outside CouncilDesk",
    BreakKind.REMOVED: "Entries removed just before this one",
}


def area_of(entity: str) -> str:
    return AREAS.get(entity) or entity.replace("_", " ").capitalize()


def record_of(entity: str) -> str:
    return RECORDS.get(entity) or entity.replace("_", " ").capitalize()


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime | None  # None when the stored date cannot be read
    person: str
    area: str
    action: str
    record: str
    detail: str
    problem: str = ""  # what the check found wrong with this entry, if anything

    @property
    def when(self) -> str:
        return f"{uk_date(self.at)} {self.at:%H:%M}" if self.at else "(unreadable)"


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show: each part left empty shows everything."""

    start: dt.date | None = None
    end: dt.date | None = None
    area: str = ""
    person: str = ""
    text: str = ""

    def matches(self, row: AuditRow) -> bool:
        day = row.at.date() if row.at else None
        if self.start is not None and (day is None or day < self.start):
            return False
        if self.end is not None and (day is None or day > self.end):
            return False
        if self.area and row.area != self.area:
            return False
        if self.person and row.person != self.person:
            return False
        words = self.text.casefold().split()
        haystack = " ".join((row.when, row.person, row.area, row.action, row.record, row.detail))
        return all(word in haystack.casefold() for word in words)

    def describe(self) -> str:
        """'01/11/2026 to 30/11/2026 · People · by clerk', or 'All entries'."""
        parts = []
        if self.start or self.end:
            parts.append(f"{uk_date(self.start, 'the start')} to {uk_date(self.end, 'today')}")
        if self.area:
            parts.append(self.area)
        if self.person:
            parts.append(f"by {self.person}")
        if self.text.strip():
            parts.append(f"containing “{self.text.strip()}”")
        return " · ".join(parts) or "All entries"


@dataclass(frozen=True)
class AuditTrail:
    rows: Sequence[AuditRow]
    breaks: Sequence[ChainBreak]

    @property
    def areas(self) -> list[str]:
        return sorted({row.area for row in self.rows})

    @property
    def people(self) -> list[str]:
        return sorted({row.person for row in self.rows}, key=str.casefold)

    def chosen(self, choice: AuditFilter) -> list[AuditRow]:
        return [row for row in self.rows if choice.matches(row)]


def audit_trail(session: Session) -> AuditTrail:
    """Every entry, newest last, each marked with what the chain check found wrong with it."""
    entries = audit.stored_entries(session)
    breaks = audit.chain_breaks(session, entries)
    problems = {found.entry.id: PROBLEMS[found.kind] for found in breaks if found.entry}
    rows = [
        AuditRow(
            id=entry.id,
            at=entry.content.at if entry.readable else None,
            person=entry.content.actor,
            area=area_of(entry.content.entity),
            action=entry.content.action.capitalize(),
            record=record_of(entry.content.entity),
            detail=uk_dates_in(entry.content.detail),
            problem=problems.get(entry.id, ""),
        )
        for entry in entries
    ]
    return AuditTrail(rows, breaks)
