"""Dates as a clerk writes and reads them."""

from __future__ import annotations

import datetime as dt
import locale

import pytest

from councildesk.rules.dates import (
    long_date,
    parse_date,
    parse_optional_date,
    uk_date,
    uk_dates_in,
)


def test_uk_and_iso_dates_are_read() -> None:
    assert parse_date("05/04/2027") == dt.date(2027, 4, 5)  # day first, as in the UK
    assert parse_date("2027-04-05") == dt.date(2027, 4, 5)
    assert parse_date(" 5.4.27 ") == dt.date(2027, 4, 5)
    assert parse_optional_date("  ") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [("30/02/2027", "not a real date"), ("next Tuesday", "Write it as dd/mm/yyyy")],
)
def test_impossible_or_unreadable_dates_say_what_to_do(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(text)


# Locales whose day and month names differ from English; .ci/run generates them.
FOREIGN_LOCALES = ("fr_FR.UTF-8", "de_DE.UTF-8")


def test_dates_are_shown_the_uk_way_whatever_the_system_locale() -> None:
    before = locale.setlocale(locale.LC_TIME)
    tried: list[str] = []
    try:
        for name in FOREIGN_LOCALES:
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            tried.append(name)
            assert long_date(dt.date(2026, 11, 24)) == "Tuesday 24 November 2026"
    finally:
        locale.setlocale(locale.LC_TIME, before)
    # Without a foreign locale this test would pass on C alone and prove nothing.
    assert tried, (
        f"none of {', '.join(FOREIGN_LOCALES)} is installed: on Debian, install 'locales' and "
        "run 'localedef -i fr_FR -f UTF-8 fr_FR.UTF-8' (as .ci/run does)"
    )
    assert uk_date(dt.date(2026, 11, 24)) == "24/11/2026"
    assert uk_date(None, empty="—") == "—"


def test_iso_dates_in_running_text_are_shown_the_british_way() -> None:
    assert uk_dates_in("Green Group told by letter on 2026-05-20") == (
        "Green Group told by letter on 20/05/2026"
    )
    assert uk_dates_in("review deferred 2027-01-31 to 2027-03-01") == (
        "review deferred 31/01/2027 to 01/03/2027"
    )
    # Not dates, or part of something longer: left exactly as written.
    for kept in ("minute 2026-13-40", "ref 12026-05-20", "2026-05-20-2", "C-2026-001", ""):
        assert uk_dates_in(kept) == kept
