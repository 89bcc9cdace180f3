"""Meetings that repeat monthly on the same weekday of the month, such as "the second Tuesday".

A date in the fifth week of its month (the 29th to the 31st) repeats as "the last" of that
weekday, because not every month has a fifth Tuesday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from councildesk.rules.dates import WEEKDAY_NAMES as WEEKDAY_NAMES
from councildesk.rules.dates import weekday_name as weekday_name

LAST = -1
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", LAST: "last"}


@dataclass(frozen=True)
class MonthlyPattern:
    """The ``nth`` (1 to 4, or LAST) ``weekday`` (0 = Monday) of each month."""

    weekday: int
    nth: int

    def describe(self) -> str:
        return f"{_ORDINALS[self.nth]} {WEEKDAY_NAMES[self.weekday]}"

    def in_month(self, year: int, month: int) -> dt.date:
        return nth_weekday(year, month, self.weekday, self.nth)


def pattern_of(day: dt.date) -> MonthlyPattern:
    """Which weekday of its month ``day`` is: 14/01/2027 is the second Thursday."""
    nth = (day.day - 1) // 7 + 1
    return MonthlyPattern(day.weekday(), LAST if nth == 5 else nth)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` (1 to 4, or LAST) ``weekday`` (0 = Monday) of the month."""
    if nth == LAST:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last_day = following - dt.timedelta(days=1)
        return last_day - dt.timedelta(days=(last_day.weekday() - weekday) % 7)
    if not 1 <= nth <= 4:
        raise ValueError(f"nth must be 1 to 4 or LAST, not {nth}")
    first_day = dt.date(year, month, 1)
    first = first_day + dt.timedelta(days=(weekday - first_day.weekday()) % 7)
    return first + dt.timedelta(weeks=nth - 1)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def monthly_dates(first: dt.date, count: int) -> list[dt.date]:
    """``count`` dates a month apart, starting with ``first`` itself, each on the same weekday
    of its month as ``first`` (the second Tuesday, the last Friday, ...)."""
    if count < 1:
        return []
    pattern = pattern_of(first)
    dates = [first]
    for step in range(1, count):
        year, month = add_months(first.year, first.month, step)
        dates.append(pattern.in_month(year, month))
    return dates
