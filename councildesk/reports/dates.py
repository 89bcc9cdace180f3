"""Dates as a clerk reads them on paper: dd/mm/yyyy, with a dash where there is none."""

from __future__ import annotations

import datetime as dt
from typing import Final

from councildesk.rules import dates as rules_dates

NO_DATE: Final = "—"


def uk_date(d: dt.date | None) -> str:
    """Return ``d`` as dd/mm/yyyy, or an em dash so a blank on paper reads as deliberate."""
    # One formatter for the whole application lives in rules; printouts only choose the blank.
    return rules_dates.uk_date(d, empty=NO_DATE)


def uk_date_span(start: dt.date | None, end: dt.date | None) -> str:
    """A period as ``rules.dates.uk_date_span`` gives it, with a dash on paper when it has none."""
    return rules_dates.uk_date_span(start, end, empty=NO_DATE)
