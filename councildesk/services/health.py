"""The health check (Help → Check the council file; ``councildesk check``): a list of checks.

Each check looks at one thing and returns its problems, each one line a clerk can act on (what
is wrong, and what to do); no problems means it passed. Another area adds its own check by
writing a function of this shape and listing it in CHECKS.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councildesk.db import integrity
from councildesk.services import audit, backups
from councildesk.services.database import Database

RESTORE_ADVICE = "Restore the latest good backup with File → Restore from backup…"


@dataclass(frozen=True)
class CheckInput:
    db: Database
    today: dt.date
    findings: integrity.Findings | None  # SQLite's checks, run once for the checks that read them


Check = Callable[[CheckInput], list[str]]


@dataclass(frozen=True)
class CheckResult:
    name: str  # what was checked, as the clerk reads it ("Links between records")
    problems: list[str]

    @property
    def passed(self) -> bool:
        return not self.problems


def file_whole(given: CheckInput) -> list[str]:
    if given.findings is None:
        return [f"{given.db.path.name} cannot be read at all. {RESTORE_ADVICE}"]
    if not given.findings.damage:
        return []
    first = given.findings.damage[0]
    return [f"{given.db.path.name} is damaged (SQLite says: {first[:120]}). {RESTORE_ADVICE}"]


def links_between_records(given: CheckInput) -> list[str]:
    if given.findings is None:
        return []
    return [
        f"{count} record{'s' if count != 1 else ''} in {table.replace('_', ' ')} "
        f"{'points' if count == 1 else 'point'} at records that no longer exist. {RESTORE_ADVICE}"
        for table, count in sorted(given.findings.broken_links.items())
    ]


def search_index(given: CheckInput) -> list[str]:
    if given.findings is None or not given.findings.stale_indexes:
        return []
    return [
        "The search index does not match the policies' clauses, so Search may miss or "
        f"wrongly find some. {RESTORE_ADVICE}"
    ]


def backup_state(given: CheckInput) -> list[str]:
    with given.db.session() as session:
        first = backups.first_change(session)
    return backups.problems(given.db.path, given.today, first)


def audit_chain(given: CheckInput) -> list[str]:
    """Each entry of the audit trail changed, removed or added outside CouncilDesk."""
    if given.findings is None:
        return []  # a file that cannot be read at all is already the first check's problem
    with given.db.session() as session:
        return audit.chain_problems(session)


CHECKS: Sequence[tuple[str, Check]] = (
    ("The council file is whole", file_whole),
    ("Links between records", links_between_records),
    ("The search index agrees with the clauses", search_index),
    ("The audit trail's seals are unbroken", audit_chain),
    ("Backups", backup_state),
)


def run_checks(db: Database, today: dt.date) -> list[CheckResult]:
    """Every check, in order; a check that cannot run is a problem of its own, not a crash."""
    try:
        findings: integrity.Findings | None = integrity.examine(db.path)
    except sqlite3.DatabaseError:
        findings = None
    given = CheckInput(db, today, findings)
    results = []
    for name, check in CHECKS:
        try:
            found = check(given)
        except Exception as error:  # one broken check must not hide the others' findings
            found = [f"This check could not be run ({type(error).__name__}). {RESTORE_ADVICE}"]
        results.append(CheckResult(name, found))
    return results
