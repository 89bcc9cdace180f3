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
    """Return a period such as a term of office: "dd/mm/yyyy – dd/mm/yyyy".

    An open-ended period reads "from dd/mm/yyyy"; one with only an end reads
    "until dd/mm/yyyy", so a missing date never prints as a stray dash.
    """
    if start is not None and end is not None:
        return f"{uk_date(start)} – {uk_date(end)}"
    if start is not None:
        return f"from {uk_date(start)}"
    if end is not None:
        return f"until {uk_date(end)}"
    return NO_DATE
