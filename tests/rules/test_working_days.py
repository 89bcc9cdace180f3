"""Working days in England and Wales, checked by hand against the published bank holidays."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.working_days import (
    Nation,
    add_working_days,
    bank_holiday_name,
    is_working_day,
    working_days_between,
)

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31))


def test_five_working_days_after_a_friday_is_the_next_friday() -> None:
    assert add_working_days(dt.date(2026, 11, 20), 5) == dt.date(2026, 11, 27)


def test_christmas_2026_skips_the_substitute_boxing_day() -> None:
    # Friday 25 December, Boxing Day on the Saturday, observed on Monday 28 December.
    assert not is_working_day(dt.date(2026, 12, 28))
    assert add_working_days(dt.date(2026, 12, 24), 1) == dt.date(2026, 12, 29)


def test_easter_2027_skips_good_friday_and_easter_monday() -> None:
    assert add_working_days(dt.date(2027, 3, 25), 1) == dt.date(2027, 3, 30)


def test_counting_back_skips_the_same_days() -> None:
    assert add_working_days(dt.date(2027, 3, 30), -1) == dt.date(2027, 3, 25)


def test_wales_keeps_its_own_calendar_and_names_the_day() -> None:
    assert bank_holiday_name(dt.date(2027, 5, 31), Nation.WALES) == "Spring Bank Holiday"
    assert bank_holiday_name(dt.date(2027, 6, 1), Nation.WALES) is None


def test_a_weekend_is_not_a_working_day() -> None:
    assert not is_working_day(dt.date(2026, 12, 5))
    assert is_working_day(dt.date(2026, 12, 7))


@given(days, st.integers(min_value=0, max_value=400))
def test_adding_then_counting_gives_the_same_number(start: dt.date, count: int) -> None:
    end = add_working_days(start, count)
    assert working_days_between(start, end) == count
    assert count == 0 or is_working_day(end)


@given(days, days)
def test_counting_is_antisymmetric(a: dt.date, b: dt.date) -> None:
    assert working_days_between(a, b) == -working_days_between(b, a)
