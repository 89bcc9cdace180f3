"""Working days: Monday to Friday, less the bank holidays of England and Wales.

One rule for every register: the review schedule, the notices owed to political groups and the
complaint deadlines all count days the same way. The bank holidays come from the maintained
``holidays`` package rather than a table typed here, so substitute days ("Boxing Day (observed)")
and one-off holidays proclaimed by the Crown arrive with a package update.
"""

from __future__ import annotations

import datetime as dt
import enum
from functools import lru_cache

import holidays


class Nation(enum.StrEnum):
    """Where the council is: England and Wales share their bank holidays today, but the package
    keeps them apart, and so do we."""

    ENGLAND = "ENG"
    WALES = "WLS"


@lru_cache(maxsize=64)
def _holidays_in(year: int, nation: Nation) -> dict[dt.date, str]:
    """The year's bank holidays and their names, read from the package once per year and nation."""
    found = holidays.country_holidays("GB", subdiv=nation.value, years=year)
    return {day: str(name) for day, name in found.items()}


def bank_holiday_name(day: dt.date, nation: Nation = Nation.ENGLAND) -> str | None:
    """The bank holiday's name, or None on an ordinary day."""
    return _holidays_in(day.year, nation).get(day)


def is_bank_holiday(day: dt.date, nation: Nation = Nation.ENGLAND) -> bool:
    return day in _holidays_in(day.year, nation)


def is_working_day(day: dt.date, nation: Nation = Nation.ENGLAND) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day, nation)


def add_working_days(start: dt.date, count: int, nation: Nation = Nation.ENGLAND) -> dt.date:
    """The day ``count`` working days after ``start`` (before it when ``count`` is negative).

    ``start`` itself is never counted: "within 5 working days" of a Friday letter ends on the
    following Friday, and zero working days after a Saturday is that Saturday.
    """
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    day = start
    while remaining:
        day += dt.timedelta(days=step)
        if is_working_day(day, nation):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, nation: Nation = Nation.ENGLAND) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier).

    The inverse of :func:`add_working_days` on working days:
    ``working_days_between(d, add_working_days(d, n)) == n``.
    """
    if end == start:
        return 0
    if end < start:
        return -working_days_between(end, start, nation)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day, nation):
            count += 1
    return count
