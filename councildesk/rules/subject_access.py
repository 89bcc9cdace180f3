"""The time limit for answering a subject access request (UK GDPR Art. 12(3)).

The answer is due "without undue delay and in any event within one month of receipt". The ICO
says how to count that month: the day of receipt is day one (whether or not it is a working day);
the time limit ends on the corresponding calendar date of the next month; when the next month has
no such date (a request on 31 January) it ends on that month's last day; and when the date falls
on a weekend or a bank holiday, the controller has until the next working day. Where a request is
complex or numerous the period may be extended by two further months, counted the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt

from councildesk.rules.working_days import Nation, is_working_day

EXTENSION_MONTHS = 2


def corresponding_day(start: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later, or that month's last day when it is shorter."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(start.day, last))


def next_working_day(day: dt.date, nation: Nation = Nation.ENGLAND) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, nation):
        day += dt.timedelta(days=1)
    return day


def response_due(
    received_on: dt.date, nation: Nation = Nation.ENGLAND, *, extended: bool = False
) -> dt.date:
    """The last day to answer a request received on ``received_on``.

    ``extended``: the council has told the requester, within the first month, that it needs the
    two further months Art. 12(3) allows.
    """
    months = 1 + (EXTENSION_MONTHS if extended else 0)
    return next_working_day(corresponding_day(received_on, months), nation)


def check_answered(received_on: dt.date, answered_on: dt.date, today: dt.date) -> str | None:
    """What is wrong with the date a request was answered, or None."""
    if answered_on < received_on:
        return (
            f"The request was received on {received_on:%d/%m/%Y}; it cannot have been answered "
            "before that."
        )
    if answered_on > today:
        return "The date answered is in the future."
    return None


def check_received(received_on: dt.date, today: dt.date) -> str | None:
    if received_on > today:
        return "The date received is in the future."
    return None
