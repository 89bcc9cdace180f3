"""The retention rule: the newest of each of the last 7 days, 4 weeks and 12 months."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.backup_retention import to_delete, to_keep

START = dt.datetime(2026, 1, 1, 9, 0)
stamps = st.lists(
    st.integers(min_value=0, max_value=3 * 365 * 24 * 60).map(
        lambda minutes: START + dt.timedelta(minutes=minutes)
    ),
    max_size=120,
)


def _days(first: dt.date, count: int, hour: int = 17) -> list[dt.datetime]:
    return [dt.datetime.combine(first + dt.timedelta(days=d), dt.time(hour)) for d in range(count)]


def test_a_year_of_daily_backups_keeps_seven_days_four_weeks_and_twelve_months() -> None:
    every_day = _days(dt.date(2026, 1, 1), 365)  # to Thursday 31/12/2026
    kept = sorted(to_keep(every_day))
    assert kept[-7:] == every_day[-7:]  # the last seven days, each
    assert len(kept) <= 7 + 4 + 12
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12  # one in every month of the year
    assert kept[0] == dt.datetime(2026, 1, 31, 17)  # the newest of the oldest month kept


def test_a_month_of_daily_backups_keeps_exactly_the_last_week_and_three_weeks_before() -> None:
    december = _days(dt.date(2026, 12, 1), 31)  # 31/12/2026 is a Thursday
    kept = {k.day for k in to_keep(december)}
    # 25-31/12 for the days; of the weeks before, the Sundays 20/12 and 13/12 (the 4 weeks
    # are those of 31/12, 27/12, 20/12 and 13/12); December itself is the 31st.
    assert kept == {25, 26, 27, 28, 29, 30, 31, 20, 13}


def test_several_backups_in_a_day_keep_the_newest_of_that_day() -> None:
    day = dt.date(2026, 12, 1)
    same_day = [dt.datetime.combine(day, dt.time(h)) for h in (9, 12, 17)]
    assert to_keep(same_day) == {same_day[-1]}
    assert to_delete(same_day) == set(same_day[:2])


def test_a_laptop_left_shut_for_months_keeps_its_last_seven_days_of_work() -> None:
    old = _days(dt.date(2026, 1, 5), 10)  # ten days in January, then nothing until December
    kept = to_keep([*old, dt.datetime(2026, 12, 1, 17)])
    assert set(old[-6:]) <= kept  # the last days that have backups, not calendar days


@given(stamps)
def test_the_newest_backup_is_never_deleted(found: list[dt.datetime]) -> None:
    if found:
        assert max(found) in to_keep(found)


@given(stamps)
def test_keeping_and_deleting_split_what_there_is(found: list[dt.datetime]) -> None:
    kept, deleted = to_keep(found), to_delete(found)
    assert kept | deleted == set(found) and not kept & deleted
    assert len(kept) <= 7 + 4 + 12


@given(stamps)
def test_applying_the_rule_again_deletes_nothing_more(found: list[dt.datetime]) -> None:
    kept = to_keep(found)
    assert to_keep(kept) == kept


@given(stamps)
def test_each_of_the_last_seven_days_with_a_backup_keeps_one(found: list[dt.datetime]) -> None:
    kept_days = {k.date() for k in to_keep(found)}
    recent_days = sorted({f.date() for f in found}, reverse=True)[:7]
    assert set(recent_days) <= kept_days


@given(stamps)
def test_each_of_the_last_twelve_months_with_a_backup_keeps_one(found: list[dt.datetime]) -> None:
    kept_months = {(k.year, k.month) for k in to_keep(found)}
    recent = sorted({(f.year, f.month) for f in found}, reverse=True)[:12]
    assert set(recent) <= kept_months
