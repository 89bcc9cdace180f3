"""Dates as a clerk in the UK writes and reads them."""

from __future__ import annotations

import datetime as dt
import re

_UK_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
# An ISO date in running text ("told on 2026-05-20"), not part of a longer number.
_ISO_IN_TEXT = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# Nothing a council keeps is older; an earlier year is a typing slip ("0001" for "2001").
EARLIEST_YEAR = 1900


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# English names written out here, not strftime's: Qt sets the C locale from the system, so
# strftime could give another language's names on a laptop set up in one.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def weekday_name(day: dt.date) -> str:
    return WEEKDAY_NAMES[day.weekday()]


def long_date(day: dt.date) -> str:
    """'Tuesday 24 November 2026'."""
    return f"{weekday_name(day)} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def uk_date(value: dt.date | None, empty: str = "") -> str:
    """dd/mm/yyyy, or ``empty`` when there is no date."""
    return value.strftime("%d/%m/%Y") if value else empty


def uk_dates_in(text: str) -> str:
    """``text`` with each real ISO date in it written dd/mm/yyyy; anything else left as it is.

    Older records (audit details) were written with ISO dates; they are shown the British way
    without changing what was stored.
    """

    def british(match: re.Match[str]) -> str:
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return match[0]
        return uk_date(day)

    return _ISO_IN_TEXT.sub(british, text)


def uk_date_span(start: dt.date | None, end: dt.date | None, empty: str = "") -> str:
    """A period such as a term of office or a group membership: "dd/mm/yyyy – dd/mm/yyyy".

    An open-ended period reads "from dd/mm/yyyy"; one with only an end reads
    "until dd/mm/yyyy", so a missing date never shows as a stray dash; ``empty`` when neither.
    """
    if start is not None and end is not None:
        return f"{uk_date(start)} – {uk_date(end)}"
    if start is not None:
        return f"from {uk_date(start)}"
    if end is not None:
        return f"until {uk_date(end)}"
    return empty


def parse_date(text: str) -> dt.date:
    """Read dd/mm/yyyy (or ISO yyyy-mm-dd); raise ValueError with a message a clerk can act on."""
    cleaned = text.strip()
    match = _ISO_DATE.match(cleaned)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _UK_DATE.match(cleaned)
        if not match:
            raise ValueError(
                f"'{cleaned}' is not a date. Write it as dd/mm/yyyy or YYYY-MM-DD, "
                "e.g. 01/04/2027 or 2027-04-01."
            )
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000  # "12/01/27"; a four-digit year is taken as written, "0001" too
    if year < EARLIEST_YEAR:
        raise ValueError(
            f"'{cleaned}' is before {EARLIEST_YEAR}. Write the full year, e.g. 12/01/2027."
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"'{cleaned}' is not a real date (check the day and month). Write it as "
            "dd/mm/yyyy or YYYY-MM-DD, e.g. 01/04/2027 or 2027-04-01."
        ) from None


def parse_optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None
