"""Clear days before a meeting, and the last day its summons and agenda can be sent.

The Local Government Act 1972, Schedule 12 paragraph 10, asks for three clear days between
sending the summons and the meeting. Counted under s.243(4): the day of sending and the day of
the meeting are not counted, nor are Sundays, the Christmas break, the Easter break, bank
holidays, or days appointed for public thanksgiving or mourning. The bank holidays come from
the maintained ``holidays`` package (through working_days); the appointed days are a list the
clerk keeps, since they are proclaimed one at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from functools import lru_cache

import holidays

from councildesk.rules.working_days import Nation, is_bank_holiday

SUMMONS_CLEAR_DAYS = 3
_DAY = dt.timedelta(days=1)
_SUNDAY = 6


def _is_weekday(day: dt.date) -> bool:
    return day.weekday() < 5


@lru_cache(maxsize=256)
def christmas_break(year: int, nation: Nation = Nation.ENGLAND) -> tuple[dt.date, dt.date]:
    """From the last weekday before Christmas Day to the first weekday after it that is not a
    bank holiday, both included (s.243(4)(b): "beginning with ... ending with")."""
    christmas = dt.date(year, 12, 25)
    start = christmas - _DAY
    while not _is_weekday(start):
        start -= _DAY
    end = christmas + _DAY
    while not _is_weekday(end) or is_bank_holiday(end, nation):
        end += _DAY
    return start, end


@lru_cache(maxsize=256)
def easter_day(year: int) -> dt.date:
    """Easter Day, two days after the Good Friday bank holiday the holidays package knows."""
    calendar = holidays.country_holidays("GB", subdiv=Nation.ENGLAND.value, years=year)
    good_friday = calendar.get_named("Good Friday", lookup="exact")
    return good_friday[0] + 2 * _DAY


def easter_break(year: int) -> tuple[dt.date, dt.date]:
    """From the Thursday before Easter Day to the Tuesday after it, both included."""
    easter = easter_day(year)
    return easter - 3 * _DAY, easter + 2 * _DAY


def _within(day: dt.date, period: tuple[dt.date, dt.date]) -> bool:
    return period[0] <= day <= period[1]


def is_excluded(
    day: dt.date, nation: Nation = Nation.ENGLAND, appointed: Collection[dt.date] = ()
) -> bool:
    """Whether ``day`` is one that s.243(4) leaves out of a count of clear days."""
    return (
        day.weekday() == _SUNDAY
        or is_bank_holiday(day, nation)
        or day in appointed
        or _within(day, christmas_break(day.year, nation))
        or _within(day, easter_break(day.year))
    )


def clear_days_between(
    sent_on: dt.date,
    meeting_on: dt.date,
    nation: Nation = Nation.ENGLAND,
    appointed: Collection[dt.date] = (),
) -> int:
    """The clear days strictly between sending and the meeting (0 when there are none)."""
    count = 0
    day = sent_on + _DAY
    while day < meeting_on:
        if not is_excluded(day, nation, appointed):
            count += 1
        day += _DAY
    return count


def agenda_deadline(
    meeting_on: dt.date,
    nation: Nation = Nation.ENGLAND,
    appointed: Collection[dt.date] = (),
    clear_days: int = SUMMONS_CLEAR_DAYS,
) -> dt.date:
    """The last day the summons can be sent and still leave ``clear_days`` clear days."""
    counted = 0
    day = meeting_on - _DAY
    while counted < clear_days:
        if not is_excluded(day, nation, appointed):
            counted += 1
        day -= _DAY
    return day
