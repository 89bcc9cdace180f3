"""The complaint routes, their stages and the guardrails, as pure rules."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from councildesk.rules.complaint_deadlines import (
    DeadlineSettings,
    deadlines,
    next_deadline,
    retention_until,
)
from councildesk.rules.complaint_panels import (
    Accompaniment,
    Party,
    StageParticipants,
    check_accompaniment,
    check_appeal_panel,
    check_handler,
    check_panel,
    check_stage_people,
)
from councildesk.rules.complaints import (
    ROUTES,
    RULE_APPEAL,
    RULE_LOCALISM,
    RULE_PANEL,
    RULE_WALES,
    Event,
    Route,
    Stage,
    check_move,
    check_route_parties,
    stage,
)
from councildesk.rules.working_days import Nation, is_working_day, working_days_between

RECEIVED = dt.date(2026, 11, 2)  # a Monday
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))
routes = st.sampled_from(list(Route))


def councillor(n: int, *, chair: bool = False) -> Party:
    return Party(f"person:{n}", f"Councillor {n}", councillor=True, chair=chair)


CLERK = Party("person:99", "The Clerk", clerk=True)
CHAIR = councillor(1, chair=True)


def test_code_of_conduct_has_four_stages_and_nothing_else() -> None:
    assert [s.key for s in ROUTES[Route.CODE_OF_CONDUCT]] == [
        "recorded",
        "referred",
        "outcome",
        "closed",
    ]


@given(st.sampled_from([s.key for r in Route for s in ROUTES[r]]))
def test_code_of_conduct_cannot_be_progressed_internally(key: str) -> None:
    events = [Event("recorded", RECEIVED)]
    refusal = check_move(Route.CODE_OF_CONDUCT, RECEIVED, events, key, RECEIVED)
    internal = key not in {"referred", "closed", "recorded", "outcome"}
    if internal:
        assert refusal is not None and refusal.rule == RULE_LOCALISM
        assert "Monitoring Officer" in refusal.message


def test_in_wales_the_ombudsman_decides() -> None:
    events = [Event("recorded", RECEIVED)]
    refusal = check_move(Route.CODE_OF_CONDUCT, RECEIVED, events, "meeting", RECEIVED, welsh=True)
    assert refusal is not None and refusal.rule == RULE_WALES
    assert "Ombudsman for Wales" in refusal.message


def test_outcome_needs_a_referral_first() -> None:
    events = [Event("recorded", RECEIVED)]
    assert check_move(Route.CODE_OF_CONDUCT, RECEIVED, events, "outcome", RECEIVED) is not None
    events.append(Event("referred", RECEIVED))
    assert check_move(Route.CODE_OF_CONDUCT, RECEIVED, events, "outcome", RECEIVED) is None


@given(routes, st.data())
def test_stages_move_forward_only(route: Route, data: st.DataObject) -> None:
    keys = [s.key for s in ROUTES[route]]
    at = data.draw(st.integers(1, len(keys) - 2))
    events = [Event(keys[0], RECEIVED), Event(keys[at], RECEIVED)]
    back = data.draw(st.integers(0, at))
    assert check_move(route, RECEIVED, events, keys[back], RECEIVED) is not None


@given(routes, st.integers(1, 400))
def test_a_stage_before_the_case_was_received_is_refused(route: Route, early: int) -> None:
    keys = [s.key for s in ROUTES[route]]
    on = RECEIVED - dt.timedelta(days=early)
    refusal = check_move(route, RECEIVED, [Event(keys[0], RECEIVED)], keys[-1], on)
    assert refusal is not None and refusal.field == "on"


def test_a_closed_case_moves_no_further() -> None:
    events = [Event("received", RECEIVED), Event("closed", RECEIVED)]
    assert check_move(Route.GRIEVANCE, RECEIVED, events, "appeal-lodged", RECEIVED) is not None


def test_informal_resolution_can_close_a_grievance() -> None:
    events = [Event("received", RECEIVED), Event("informal", RECEIVED)]
    assert check_move(Route.GRIEVANCE, RECEIVED, events, "closed", RECEIVED) is None


def test_an_appeal_needs_a_decision() -> None:
    events = [Event("received", RECEIVED)]
    refusal = check_move(Route.GRIEVANCE, RECEIVED, events, "appeal-lodged", RECEIVED)
    assert refusal is not None and "decision" in refusal.message


def test_public_route_is_not_for_councillors_or_staff() -> None:
    assert check_route_parties(Route.PUBLIC, complainant_in_register=True) is not None
    assert check_route_parties(Route.PUBLIC, complainant_in_register=False) is None
    assert check_route_parties(Route.GRIEVANCE, complainant_in_register=True) is None


# --- panels -----------------------------------------------------------------------------------
def must(route: Route, key: str) -> Stage:
    found = stage(route, key)
    assert found is not None
    return found


DECISION = must(Route.GRIEVANCE, "decision")
APPEAL_HEARING = must(Route.GRIEVANCE, "appeal-hearing")


def test_the_chair_alone_may_not_decide() -> None:
    refusal = check_panel(Route.GRIEVANCE, DECISION, [CHAIR])
    assert refusal is not None and refusal.rule == RULE_PANEL and "Chair" in refusal.message


@given(st.integers(0, 1))
def test_a_decision_needs_at_least_two_councillors(size: int) -> None:
    panel = [councillor(n + 2) for n in range(size)]
    assert check_panel(Route.GRIEVANCE, DECISION, panel) is not None


def test_the_council_may_ask_for_a_larger_panel() -> None:
    panel = [councillor(2), councillor(3)]
    assert check_panel(Route.GRIEVANCE, DECISION, panel) is None
    assert check_panel(Route.GRIEVANCE, DECISION, panel, minimum=3) is not None


def test_the_panel_is_councillors_and_not_the_parties() -> None:
    assert check_panel(Route.GRIEVANCE, DECISION, [councillor(2), CLERK]) is not None
    subject = councillor(3)
    refusal = check_panel(
        Route.GRIEVANCE, DECISION, [councillor(2), subject, councillor(4)], subject=subject
    )
    assert refusal is not None


@given(
    st.lists(st.integers(1, 12), min_size=2, max_size=6, unique=True),
    st.lists(st.integers(1, 12), min_size=2, max_size=6, unique=True),
    st.integers(1, 12),
    st.integers(1, 12),
)
def test_nobody_excluded_hears_the_appeal(
    first: list[int], appeal: list[int], complainant: int, subject: int
) -> None:
    meeting = must(Route.GRIEVANCE, "meeting")
    earlier = [StageParticipants(meeting, tuple(councillor(n) for n in first))]
    refusal = check_appeal_panel(
        APPEAL_HEARING,
        [councillor(n) for n in appeal],
        councillor(complainant),
        councillor(subject),
        earlier,
    )
    excluded = set(first) | {complainant, subject}
    assert (refusal is not None) == bool(excluded & set(appeal))
    if refusal is not None:
        assert refusal.rule == RULE_APPEAL
        assert "Councillor" not in refusal.message  # refusals never name anyone


def test_a_case_about_the_clerk_goes_to_the_chair() -> None:
    subject = CLERK
    assert check_handler(Route.CONDUCT_OF_OFFICER, councillor(2), subject, CLERK) is not None
    assert check_handler(Route.CONDUCT_OF_OFFICER, councillor(2), subject, councillor(3))
    assert check_handler(Route.CONDUCT_OF_OFFICER, councillor(2), subject, CHAIR) is None
    assert check_handler(Route.CONDUCT_OF_OFFICER, councillor(2), councillor(4), CLERK) is None


def test_the_clerk_sits_on_no_panel_in_a_case_about_the_clerk() -> None:
    participants = StageParticipants(DECISION, (councillor(2), councillor(3), CLERK))
    refusal = check_stage_people(Route.GRIEVANCE, DECISION, participants, CLERK, councillor(5), [])
    assert refusal is not None and "Clerk" in refusal.message


def test_the_right_to_be_accompanied_is_recorded_with_a_name() -> None:
    hearing = must(Route.CONDUCT_OF_OFFICER, "hearing")
    assert check_accompaniment(hearing, Accompaniment.NOT_RECORDED, "") is not None
    assert check_accompaniment(hearing, Accompaniment.ACCOMPANIED, " ") is not None
    assert check_accompaniment(hearing, Accompaniment.ACCOMPANIED, "A. Companion") is None
    assert check_accompaniment(hearing, Accompaniment.DECLINED, "") is None
    assert check_accompaniment(DECISION, Accompaniment.NOT_RECORDED, "") is None


# --- deadlines --------------------------------------------------------------------------------
SETTINGS = DeadlineSettings()


@given(days, routes)
def test_every_deadline_falls_on_a_working_day_after_its_start(received: dt.date, r: Route) -> None:
    first = ROUTES[r][0].key
    for deadline in deadlines(r, received, None, [Event(first, received)], SETTINGS):
        assert is_working_day(deadline.due_on)
        assert deadline.due_on > received
        if deadline.what == "Acknowledge receipt":
            assert working_days_between(received, deadline.due_on) == SETTINGS.acknowledge


@given(days, st.integers(1, 30))
def test_the_decision_is_due_the_set_working_days_after_the_meeting(
    held: dt.date, allowed: int
) -> None:
    settings = DeadlineSettings(decision=allowed)
    events = [Event("received", held), Event("meeting", held)]
    found = next_deadline(Route.GRIEVANCE, held, held, events, settings)
    assert found is not None and found.what == "Send the written decision"
    assert working_days_between(held, found.due_on) == allowed
    assert is_working_day(found.due_on)


def test_defaults_over_christmas() -> None:
    # Received Wednesday 23 December 2026: 25, 28 December and 1 January are bank holidays.
    received = dt.date(2026, 12, 23)
    found = deadlines(Route.GRIEVANCE, received, None, [Event("received", received)], SETTINGS)
    assert [(d.what, d.due_on) for d in found] == [("Acknowledge receipt", dt.date(2027, 1, 4))]


def test_referral_deadline_for_a_welsh_council_names_the_ombudsman() -> None:
    found = deadlines(
        Route.CODE_OF_CONDUCT,
        RECEIVED,
        RECEIVED,
        [Event("recorded", RECEIVED)],
        SETTINGS,
        Nation.WALES,
    )
    assert found[0].what == "Refer to the Public Services Ombudsman for Wales"


def test_a_closed_case_has_no_deadlines() -> None:
    events = [Event("received", RECEIVED), Event("closed", RECEIVED)]
    assert deadlines(Route.GRIEVANCE, RECEIVED, None, events, SETTINGS) == []


def test_the_appeal_window_is_not_a_council_step() -> None:
    events = [Event("received", RECEIVED), Event("meeting", RECEIVED), Event("decision", RECEIVED)]
    found = next_deadline(Route.GRIEVANCE, RECEIVED, RECEIVED, events, SETTINGS)
    assert found is not None and found.what == "Appeal window closes" and not found.council_step


@given(days, st.integers(1, 20))
def test_retention_is_whole_years_after_closing(closed: dt.date, years: int) -> None:
    until = retention_until(closed, years)
    assert until.year == closed.year + years
    assert until >= closed


def test_settings_out_of_range_are_named() -> None:
    fields = [f for f, _ in DeadlineSettings(meeting=0, panel_minimum=1).problems()]
    assert fields == ["meeting", "panel_minimum"]
