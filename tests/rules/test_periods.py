"""Periods with an optional end: where a membership stands on a day, and how a period reads."""

from __future__ import annotations

import datetime as dt

import pytest

from councildesk.rules.dates import uk_date_span
from councildesk.rules.periods import Period, Standing

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "day", "standing"),
    [
        (D(2023, 5, 4), None, D(2026, 11, 24), Standing.CURRENT),
        (D(2023, 5, 4), D(2026, 11, 24), D(2026, 11, 24), Standing.CURRENT),  # its last day
        (D(2023, 5, 4), D(2025, 3, 31), D(2026, 11, 24), Standing.FORMER),
        (D(2026, 11, 25), None, D(2026, 11, 24), Standing.FUTURE),  # starts tomorrow
        (None, None, D(2026, 11, 24), Standing.CURRENT),
        (None, D(2026, 11, 23), D(2026, 11, 24), Standing.FORMER),
    ],
)
def test_a_membership_is_current_former_or_future_on_a_day(
    start: dt.date | None, end: dt.date | None, day: dt.date, standing: Standing
) -> None:
    assert Period(start, end).standing_on(day) is standing


def test_a_period_reads_naturally_when_open_ended() -> None:
    assert uk_date_span(D(2022, 5, 5), D(2026, 5, 4)) == "05/05/2022 – 04/05/2026"
    assert uk_date_span(D(2022, 5, 5), None) == "from 05/05/2022"
    assert uk_date_span(None, D(2026, 5, 4)) == "until 04/05/2026"
    assert uk_date_span(None, None) == ""
    assert uk_date_span(None, None, empty="—") == "—"
