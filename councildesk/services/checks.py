"""Small validation helpers shared by the services; they collect Problems for the form."""

from __future__ import annotations

import datetime as dt

from councildesk.errors import Problem
from councildesk.rules.periods import Period


def require_text(problems: list[Problem], field: str, value: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        problems.append(Problem(field, f"Enter {what}."))
    return cleaned


def check_period(
    problems: list[Problem], start: dt.date | None, end: dt.date | None, what: str
) -> Period:
    period = Period(start, end)
    if not period.is_valid():
        problems.append(Problem("end_on", f"The {what} cannot end before it starts."))
    return period
