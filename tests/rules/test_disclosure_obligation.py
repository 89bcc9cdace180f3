"""Which groups must be told of a report or advice, and when a notice is overdue."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.disclosures import (
    Councillor,
    GroupSpan,
    NoticeStatus,
    age_in_working_days,
    due_on,
    groups_to_tell,
    notice_status,
)

D = dt.date
GREEN = GroupSpan(1, "Green Group", D(2023, 5, 4))
LABOUR = GroupSpan(2, "Labour Group", D(2023, 5, 4))
INDEPENDENTS = GroupSpan(3, "Independents", D(2023, 5, 4), D(2025, 3, 31))
# Formed when the Independents merged with another group on 1 April 2025.
ALLIANCE = GroupSpan(4, "Ashcombe Alliance", D(2025, 4, 1))


def names(groups: list[GroupSpan], advised: int, day: dt.date) -> list[str]:
    return [r.name for r in groups_to_tell(groups, advised, day).recipients]


def test_every_other_active_group_is_told_by_name() -> None:
    everyone = [GREEN, LABOUR, INDEPENDENTS, ALLIANCE]
    assert names(everyone, GREEN.id, D(2024, 6, 3)) == ["Independents", "Labour Group"]
    assert names(everyone, GREEN.id, D(2025, 6, 3)) == ["Ashcombe Alliance", "Labour Group"]


def test_a_group_is_active_on_the_day_it_forms_and_the_day_it_dissolves() -> None:
    everyone = [GREEN, INDEPENDENTS, ALLIANCE]
    assert names(everyone, GREEN.id, D(2025, 3, 31)) == ["Independents"]
    assert names(everyone, GREEN.id, D(2025, 4, 1)) == ["Ashcombe Alliance"]
    assert names(everyone, GREEN.id, D(2023, 5, 3)) == []


def test_the_merged_group_and_its_predecessors_are_never_both_owed() -> None:
    day = D(2025, 4, 1)
    told = names([GREEN, LABOUR, INDEPENDENTS, ALLIANCE], LABOUR.id, day)
    assert "Independents" not in told and "Ashcombe Alliance" in told


def test_a_renamed_group_is_told_under_its_new_name_once() -> None:
    renamed = GroupSpan(LABOUR.id, "Labour and Co-operative Group", LABOUR.active_from)
    assert names([GREEN, renamed], GREEN.id, D(2026, 1, 5)) == ["Labour and Co-operative Group"]


def test_the_only_group_there_is_creates_no_notice_and_says_why() -> None:
    obligation = groups_to_tell([GREEN], GREEN.id, D(2024, 1, 8))
    assert obligation.recipients == ()
    assert "only political group" in obligation.reason_none


def test_no_other_group_that_day_says_so() -> None:
    obligation = groups_to_tell([GREEN, ALLIANCE], GREEN.id, D(2024, 1, 8))
    assert obligation.recipients == ()
    assert "no other political group existed on that date" in obligation.reason_none


def test_councillors_in_no_group_follow_the_groups_when_asked_for() -> None:
    loners = [Councillor(9, "Cllr Zoe Abbott"), Councillor(8, "Cllr Ian Bell")]
    obligation = groups_to_tell([GREEN, LABOUR], GREEN.id, D(2024, 1, 8), loners)
    assert [r.name for r in obligation.recipients] == [
        "Labour Group",
        "Cllr Ian Bell",
        "Cllr Zoe Abbott",
    ]
    assert obligation.recipients[1].person_id == 8 and obligation.recipients[1].group_id is None


days = st.dates(D(2020, 1, 1), D(2030, 12, 31))


@st.composite
def spans(draw: st.DrawFn) -> list[GroupSpan]:
    count = draw(st.integers(1, 6))
    out = []
    for index in range(count):
        start = draw(st.none() | days)
        end = draw(st.none() | days)
        if start and end and end < start:
            start, end = end, start
        out.append(GroupSpan(index + 1, f"Group {index + 1}", start, end))
    return out


@given(spans(), days, st.data())
def test_told_are_exactly_the_other_groups_active_that_day(
    groups: list[GroupSpan], day: dt.date, data: st.DataObject
) -> None:
    advised = data.draw(st.sampled_from(groups))
    obligation = groups_to_tell(groups, advised.id, day)
    told = {r.group_id for r in obligation.recipients}
    expected = {g.id for g in groups if g.id != advised.id and g.active_on(day)}
    assert told == expected
    assert len(obligation.recipients) == len(told)
    assert bool(obligation.reason_none) == (not expected)


# Friday 18 December 2026: Christmas Day and Boxing Day (observed on Monday 28th) follow.
FRIDAY = D(2026, 12, 18)


def test_five_working_days_skip_weekends_and_bank_holidays() -> None:
    # 21, 22, 23, 24 December, then 25 (Christmas) and 28 (Boxing Day observed) are holidays.
    assert due_on(FRIDAY) == D(2026, 12, 29)


def test_status_goes_pending_then_overdue_and_sent_wins() -> None:
    assert notice_status(FRIDAY, None, D(2026, 12, 29)) is NoticeStatus.PENDING
    assert notice_status(FRIDAY, None, D(2026, 12, 30)) is NoticeStatus.OVERDUE
    assert notice_status(FRIDAY, D(2027, 1, 4), D(2027, 2, 1)) is NoticeStatus.SENT


def test_the_limit_is_the_councils_to_set() -> None:
    assert notice_status(FRIDAY, None, D(2026, 12, 22), days=1) is NoticeStatus.OVERDUE
    assert notice_status(FRIDAY, None, D(2026, 12, 22), days=2) is NoticeStatus.PENDING


@given(days, st.integers(0, 40), st.integers(0, 30))
def test_overdue_exactly_when_more_working_days_have_passed_than_allowed(
    given_on: dt.date, wait: int, limit: int
) -> None:
    today = given_on + dt.timedelta(days=wait)
    status = notice_status(given_on, None, today, days=limit)
    waited = age_in_working_days(given_on, today)
    assert (status is NoticeStatus.OVERDUE) == (today > due_on(given_on, limit))
    if status is NoticeStatus.OVERDUE:
        assert waited >= limit
    else:
        assert waited <= limit
