"""The one-month limit for a subject access request, checked by hand against a calendar and the
ICO's examples, and as properties over forty years of dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.subject_access import (
    check_answered,
    corresponding_day,
    response_due,
)
from councildesk.rules.working_days import Nation, is_working_day

days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2060, 12, 31))


@pytest.mark.parametrize(
    ("received", "due", "why"),
    [
        # The ICO's own example: 3 September -> 3 October; in 2026 that is a Saturday.
        (dt.date(2026, 9, 3), dt.date(2026, 10, 5), "3 October 2026 is a Saturday"),
        (dt.date(2026, 6, 15), dt.date(2026, 7, 15), "the corresponding date, a Wednesday"),
        # 31 January: February has no 31st, so its last day (a Sunday in 2027).
        (dt.date(2027, 1, 31), dt.date(2027, 3, 1), "28 February 2027 is a Sunday"),
        (dt.date(2028, 1, 31), dt.date(2028, 2, 29), "2028 is a leap year"),
        (dt.date(2026, 1, 30), dt.date(2026, 3, 2), "28 February 2026 is a Saturday"),
        # 1 May 2027 is a Saturday, and Monday 3 May the Early May bank holiday.
        (dt.date(2027, 4, 1), dt.date(2027, 5, 4), "weekend, then a bank holiday"),
        # Christmas Day 2026 is a Friday; Boxing Day is observed on Monday 28 December.
        (dt.date(2026, 11, 25), dt.date(2026, 12, 29), "Christmas and Boxing Day (observed)"),
        # A request received on a Sunday still starts the clock that day.
        (dt.date(2026, 11, 29), dt.date(2026, 12, 29), "received on a Sunday"),
    ],
)
def test_hand_checked_examples(received: dt.date, due: dt.date, why: str) -> None:
    assert response_due(received) == due, why


def test_the_extension_is_two_further_months_counted_the_same_way() -> None:
    # 30 November 2026 + 3 months: 28 February 2027 (no 30th), a Sunday -> Monday 1 March.
    assert response_due(dt.date(2026, 11, 30), extended=True) == dt.date(2027, 3, 1)
    # 31 January 2028 + 3 months: 30 April 2028 is a Sunday, 1 May the Early May bank holiday.
    assert response_due(dt.date(2028, 1, 31), extended=True) == dt.date(2028, 5, 2)


def test_wales_uses_its_own_bank_holidays() -> None:
    assert response_due(dt.date(2027, 4, 1), Nation.WALES) == dt.date(2027, 5, 4)


def test_an_answer_cannot_come_before_the_request_or_in_the_future() -> None:
    received, today = dt.date(2026, 11, 2), dt.date(2026, 11, 24)
    assert check_answered(received, dt.date(2026, 11, 1), today) is not None
    assert check_answered(received, dt.date(2026, 11, 25), today) is not None
    assert check_answered(received, received, today) is None


@given(days)
def test_the_corresponding_day_is_in_the_next_month_on_the_same_day_or_its_last(
    received: dt.date,
) -> None:
    day = corresponding_day(received, 1)
    assert (day.year * 12 + day.month) - (received.year * 12 + received.month) == 1
    if day.day != received.day:
        assert day.day < received.day
        assert (day + dt.timedelta(days=1)).day == 1, "only a shorter month moves the day"


@given(days)
def test_the_due_day_is_a_working_day_and_the_first_on_or_after_the_corresponding_day(
    received: dt.date,
) -> None:
    due = response_due(received)
    nominal = corresponding_day(received, 1)
    assert is_working_day(due)
    assert due >= nominal
    day = nominal
    while day < due:
        assert not is_working_day(day), "the limit went past a working day"
        day += dt.timedelta(days=1)


@given(days)
def test_a_month_is_never_less_than_28_days_nor_much_more_than_31(received: dt.date) -> None:
    # The longest run of days off in England and Wales is four (Christmas on a Friday).
    assert 28 <= (response_due(received) - received).days <= 31 + 4


@given(days, days)
def test_a_later_request_is_never_due_earlier(first: dt.date, second: dt.date) -> None:
    early, late = sorted((first, second))
    assert response_due(early) <= response_due(late)


@given(days)
def test_the_extension_never_shortens_the_limit(received: dt.date) -> None:
    assert response_due(received, extended=True) > response_due(received)
