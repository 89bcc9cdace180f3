import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.recurrence import (
    LAST,
    MonthlyPattern,
    add_months,
    monthly_dates,
    nth_weekday,
    pattern_of,
    weekday_name,
)

D = dt.date


def test_second_tuesday_for_a_year() -> None:
    dates = monthly_dates(D(2027, 1, 12), 12)
    assert dates == [
        D(2027, 1, 12),
        D(2027, 2, 9),
        D(2027, 3, 9),
        D(2027, 4, 13),
        D(2027, 5, 11),
        D(2027, 6, 8),
        D(2027, 7, 13),
        D(2027, 8, 10),
        D(2027, 9, 14),
        D(2027, 10, 12),
        D(2027, 11, 9),
        D(2027, 12, 14),
    ]
    assert all(weekday_name(d) == "Tuesday" for d in dates)


def test_crosses_the_year_end() -> None:
    assert monthly_dates(D(2026, 11, 3), 4) == [
        D(2026, 11, 3),
        D(2026, 12, 1),
        D(2027, 1, 5),
        D(2027, 2, 2),
    ]


def test_fifth_week_becomes_the_last_of_the_month() -> None:
    # Friday 29/01/2027 is the fifth Friday; February 2027 has only four.
    assert pattern_of(D(2027, 1, 29)) == MonthlyPattern(4, LAST)
    assert pattern_of(D(2027, 1, 29)).describe() == "last Friday"
    assert monthly_dates(D(2027, 1, 29), 3) == [D(2027, 1, 29), D(2027, 2, 26), D(2027, 3, 26)]


def test_describe() -> None:
    assert pattern_of(D(2027, 1, 12)).describe() == "second Tuesday"
    assert pattern_of(D(2027, 1, 1)).describe() == "first Friday"
    assert pattern_of(D(2027, 1, 28)).describe() == "fourth Thursday"


def test_no_repeat_and_nothing() -> None:
    assert monthly_dates(D(2027, 1, 12), 1) == [D(2027, 1, 12)]
    assert monthly_dates(D(2027, 1, 12), 0) == []


def test_nth_weekday_edges() -> None:
    assert nth_weekday(2027, 12, 4, LAST) == D(2027, 12, 31)
    assert nth_weekday(2028, 2, 1, LAST) == D(2028, 2, 29)  # leap year
    assert nth_weekday(2027, 3, 0, 1) == D(2027, 3, 1)
    with pytest.raises(ValueError):
        nth_weekday(2027, 3, 0, 5)


def test_add_months() -> None:
    assert add_months(2026, 12, 1) == (2027, 1)
    assert add_months(2027, 1, 23) == (2028, 12)
    assert add_months(2027, 5, 0) == (2027, 5)


@given(st.dates(D(2000, 1, 1), D(2090, 12, 31)), st.integers(1, 36))
def test_every_date_keeps_the_weekday_and_its_place(first: dt.date, count: int) -> None:
    dates = monthly_dates(first, count)
    assert len(dates) == count
    pattern = pattern_of(first)
    for index, day in enumerate(dates):
        assert day.weekday() == first.weekday()
        assert add_months(first.year, first.month, index) == (day.year, day.month)
        assert pattern_of(day) == pattern or (
            pattern.nth == LAST and (day + dt.timedelta(days=7)).month != day.month
        )
