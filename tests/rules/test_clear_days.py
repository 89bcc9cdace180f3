"""Clear days under s.243(4) of the Local Government Act 1972, checked by hand and by property."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.clear_days import (
    agenda_deadline,
    christmas_break,
    clear_days_between,
    easter_break,
    easter_day,
    is_excluded,
)
from councildesk.rules.working_days import Nation, is_bank_holiday

meetings = st.dates(min_value=dt.date(2000, 1, 10), max_value=dt.date(2060, 12, 31))
years = st.integers(min_value=2000, max_value=2060)
nations = st.sampled_from(list(Nation))


def test_a_tuesday_meeting_needs_the_summons_out_by_the_thursday_before() -> None:
    # Tuesday 12/01/2027: Monday 11, Saturday 9 and Friday 8 are clear; Sunday 10 is not.
    assert agenda_deadline(dt.date(2027, 1, 12)) == dt.date(2027, 1, 7)
    assert clear_days_between(dt.date(2027, 1, 7), dt.date(2027, 1, 12)) == 3


def test_easter_2027_pushes_the_deadline_back_over_the_whole_break() -> None:
    # Easter Day 28/03/2027: the break runs Thursday 25 to Tuesday 30 March.
    assert easter_break(2027) == (dt.date(2027, 3, 25), dt.date(2027, 3, 30))
    # Thursday 01/04/2027: Wednesday 31 March is clear, then nothing until Wednesday 24 and
    # Tuesday 23, so the summons goes on Monday 22 March.
    assert agenda_deadline(dt.date(2027, 4, 1)) == dt.date(2027, 3, 22)


def test_christmas_2026_break_runs_to_the_first_weekday_that_is_not_a_bank_holiday() -> None:
    # Christmas Day is a Friday; Boxing Day (Saturday) is observed on Monday 28 December.
    assert christmas_break(2026) == (dt.date(2026, 12, 24), dt.date(2026, 12, 29))
    # Christmas 2027 is a Saturday: substitutes on Monday 27 and Tuesday 28.
    assert christmas_break(2027) == (dt.date(2027, 12, 24), dt.date(2027, 12, 29))
    # Tuesday 05/01/2027: Monday 4, Saturday 2 and Thursday 31 December are clear (New Year's
    # Day and the Sunday are not), so the summons goes on Wednesday 30 December.
    assert agenda_deadline(dt.date(2027, 1, 5)) == dt.date(2026, 12, 30)


def test_an_appointed_day_of_mourning_is_not_a_clear_day() -> None:
    mourning = {dt.date(2027, 1, 8)}
    assert agenda_deadline(dt.date(2027, 1, 12), appointed=mourning) == dt.date(2027, 1, 6)


def test_saturdays_count_but_sundays_do_not() -> None:
    assert not is_excluded(dt.date(2027, 2, 6))
    assert is_excluded(dt.date(2027, 2, 7))


@given(meetings, nations)
def test_the_deadline_leaves_exactly_three_clear_days(meeting: dt.date, nation: Nation) -> None:
    deadline = agenda_deadline(meeting, nation)
    assert deadline < meeting
    assert clear_days_between(deadline, meeting, nation) == 3
    # Sending a day later is too late.
    assert clear_days_between(deadline + dt.timedelta(days=1), meeting, nation) == 2


@given(meetings, st.sets(meetings, max_size=3))
def test_appointed_days_only_ever_move_the_deadline_earlier(
    meeting: dt.date, appointed: set[dt.date]
) -> None:
    assert agenda_deadline(meeting, appointed=appointed) <= agenda_deadline(meeting)


@given(years)
def test_easter_break_is_thursday_to_tuesday_around_a_sunday(year: int) -> None:
    easter = easter_day(year)
    start, end = easter_break(year)
    assert easter.weekday() == 6 and dt.date(year, 3, 22) <= easter <= dt.date(year, 4, 25)
    assert start.weekday() == 3 and end.weekday() == 1 and (end - start).days == 5
    # Good Friday and Easter Monday are bank holidays inside the break.
    assert is_bank_holiday(easter - dt.timedelta(days=2))
    assert is_bank_holiday(easter + dt.timedelta(days=1))


@given(years, nations)
def test_christmas_break_covers_the_substitute_days(year: int, nation: Nation) -> None:
    start, end = christmas_break(year, nation)
    assert start.weekday() < 5 and start < dt.date(year, 12, 25) < end
    assert end.weekday() < 5 and not is_bank_holiday(end, nation)
    day = dt.date(year, 12, 26)
    while day < end:
        # every day inside the break after Christmas is a weekend or a (substitute) bank holiday
        assert day.weekday() >= 5 or is_bank_holiday(day, nation)
        day += dt.timedelta(days=1)
    assert (end - start).days <= 7
