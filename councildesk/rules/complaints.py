"""The complaint and grievance routes of a Member/Officer Protocol, and how a case moves.

Four routes, each a fixed sequence of stages seeded from the protocols and the Acas Code of
Practice on disciplinary and grievance procedures. A case moves forward only, may skip stages it
does not need (an informal resolution can close a case), and each move is one dated event.

Every refusal is a :class:`Refusal` naming the rule it follows, so the clerk sees why and the
services turn it into one clear message. Nothing here knows about names beyond the keys of
:class:`Party`; the services keep names encrypted.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.dates import uk_date


class Route(enum.StrEnum):
    GRIEVANCE = "grievance"  # an officer's concern about a councillor
    CONDUCT_OF_OFFICER = "conduct-of-officer"  # a councillor's concern about an officer
    CODE_OF_CONDUCT = "code-of-conduct"  # an allegation that a councillor broke the Code
    PUBLIC = "public"  # a member of the public, under the complaints procedure


ROUTE_LABELS: dict[Route, str] = {
    Route.GRIEVANCE: "Officer's grievance about a councillor",
    Route.CONDUCT_OF_OFFICER: "Councillor's concern about an officer",
    Route.CODE_OF_CONDUCT: "Code of Conduct allegation",
    Route.PUBLIC: "Complaint from the public",
}


# For narrow places such as the case list's column.
ROUTE_SHORT_LABELS: dict[Route, str] = {
    Route.GRIEVANCE: "Grievance",
    Route.CONDUCT_OF_OFFICER: "Concern about an officer",
    Route.CODE_OF_CONDUCT: "Code of Conduct",
    Route.PUBLIC: "Public complaint",
}


class StageKind(enum.StrEnum):
    OPENING = "opening"
    INFORMAL = "informal"
    MEDIATION = "mediation"
    PROCEDURE = "procedure"  # the formal written grievance, or the investigation
    FORMAL_MEETING = "formal-meeting"  # a grievance meeting or disciplinary hearing
    DECISION = "decision"
    APPEAL_LODGED = "appeal-lodged"
    APPEAL_HEARING = "appeal-hearing"
    APPEAL_DECISION = "appeal-decision"
    REFERRAL = "referral"
    EXTERNAL_OUTCOME = "external-outcome"
    CLOSED = "closed"


# Stages where the council decides: a panel of councillors, never one person alone.
PANEL_KINDS = frozenset(
    {
        StageKind.FORMAL_MEETING,
        StageKind.DECISION,
        StageKind.APPEAL_HEARING,
        StageKind.APPEAL_DECISION,
    }
)
# Formal meetings where the worker has the statutory right to be accompanied.
ACCOMPANIED_KINDS = frozenset({StageKind.FORMAL_MEETING, StageKind.APPEAL_HEARING})
APPEAL_KINDS = frozenset(
    {StageKind.APPEAL_LODGED, StageKind.APPEAL_HEARING, StageKind.APPEAL_DECISION}
)
# The "first stage" whose panel may not hear the appeal.
FIRST_HEARING_KINDS = frozenset({StageKind.FORMAL_MEETING, StageKind.DECISION})


@dataclass(frozen=True)
class Stage:
    key: str
    label: str
    kind: StageKind


def _stages(*items: tuple[str, str, StageKind]) -> tuple[Stage, ...]:
    return tuple(Stage(key, label, kind) for key, label, kind in items)


_APPEAL_AND_CLOSE = (
    ("appeal-lodged", "Appeal lodged", StageKind.APPEAL_LODGED),
    ("appeal-hearing", "Appeal hearing", StageKind.APPEAL_HEARING),
    ("appeal-decision", "Appeal decision", StageKind.APPEAL_DECISION),
    ("closed", "Closed", StageKind.CLOSED),
)

ROUTES: dict[Route, tuple[Stage, ...]] = {
    Route.GRIEVANCE: _stages(
        ("received", "Received", StageKind.OPENING),
        ("informal", "Informal resolution", StageKind.INFORMAL),
        ("mediation", "Conciliation or mediation", StageKind.MEDIATION),
        ("written-grievance", "Formal grievance in writing", StageKind.PROCEDURE),
        ("meeting", "Grievance meeting", StageKind.FORMAL_MEETING),
        ("decision", "Written decision", StageKind.DECISION),
        *_APPEAL_AND_CLOSE,
    ),
    Route.CONDUCT_OF_OFFICER: _stages(
        ("received", "Raised with the Clerk", StageKind.OPENING),
        ("informal", "Informal resolution", StageKind.INFORMAL),
        ("mediation", "Conciliation or mediation", StageKind.MEDIATION),
        ("investigation", "Investigation", StageKind.PROCEDURE),
        ("hearing", "Performance or disciplinary hearing", StageKind.FORMAL_MEETING),
        ("decision", "Written outcome", StageKind.DECISION),
        *_APPEAL_AND_CLOSE,
    ),
    # The council records and refers; the Monitoring Officer (or the Ombudsman) decides.
    Route.CODE_OF_CONDUCT: _stages(
        ("recorded", "Recorded", StageKind.OPENING),
        ("referred", "Referred", StageKind.REFERRAL),
        ("outcome", "Outcome received", StageKind.EXTERNAL_OUTCOME),
        ("closed", "Closed", StageKind.CLOSED),
    ),
    Route.PUBLIC: _stages(
        ("received", "Received in writing", StageKind.OPENING),
        ("direct", "Settled directly with the complainant", StageKind.INFORMAL),
        ("council-meeting", "Heard by the council", StageKind.FORMAL_MEETING),
        ("decision", "Decision sent in writing", StageKind.DECISION),
        ("closed", "Closed", StageKind.CLOSED),
    ),
}


class Outcome(enum.StrEnum):
    """How a case ended, kept in the clear so the public summary can count it."""

    RESOLVED_INFORMALLY = "resolved-informally"
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly-upheld"
    NOT_UPHELD = "not-upheld"
    NO_BREACH = "no-breach"
    BREACH_FOUND = "breach-found"
    NO_FURTHER_ACTION = "no-further-action"
    WITHDRAWN = "withdrawn"


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RESOLVED_INFORMALLY: "Resolved informally",
    Outcome.UPHELD: "Upheld",
    Outcome.PARTLY_UPHELD: "Partly upheld",
    Outcome.NOT_UPHELD: "Not upheld",
    Outcome.NO_BREACH: "No breach found",
    Outcome.BREACH_FOUND: "Breach found",
    Outcome.NO_FURTHER_ACTION: "No further action",
    Outcome.WITHDRAWN: "Withdrawn",
}

ROUTE_OUTCOMES: dict[Route, tuple[Outcome, ...]] = {
    Route.GRIEVANCE: (
        Outcome.RESOLVED_INFORMALLY,
        Outcome.UPHELD,
        Outcome.PARTLY_UPHELD,
        Outcome.NOT_UPHELD,
        Outcome.WITHDRAWN,
    ),
    Route.CONDUCT_OF_OFFICER: (
        Outcome.RESOLVED_INFORMALLY,
        Outcome.UPHELD,
        Outcome.PARTLY_UPHELD,
        Outcome.NOT_UPHELD,
        Outcome.NO_FURTHER_ACTION,
        Outcome.WITHDRAWN,
    ),
    Route.CODE_OF_CONDUCT: (
        Outcome.NO_BREACH,
        Outcome.BREACH_FOUND,
        Outcome.NO_FURTHER_ACTION,
        Outcome.WITHDRAWN,
    ),
    Route.PUBLIC: (
        Outcome.RESOLVED_INFORMALLY,
        Outcome.UPHELD,
        Outcome.PARTLY_UPHELD,
        Outcome.NOT_UPHELD,
        Outcome.NO_FURTHER_ACTION,
        Outcome.WITHDRAWN,
    ),
}


@dataclass(frozen=True)
class Refusal:
    """Why something cannot be done: the rule it follows, and what to do instead."""

    rule: str
    message: str
    field: str = ""

    def __str__(self) -> str:
        return f"{self.message} ({self.rule})"


# The rules the refusals cite, in the words a clerk will recognise.
RULE_LOCALISM = "Localism Act 2011, s.28; the protocol's Code of Conduct clause"
RULE_WALES = "Local Government Act 2000, Part III; the Public Services Ombudsman for Wales"
RULE_PANEL = "Acas Code of Practice; the protocol: the Chair must not deal with grievances alone"
RULE_APPEAL = "Acas Code of Practice, paras 26-27 and 44: an appeal is heard by someone impartial"
RULE_CLERK = "The protocol: a concern about the Clerk is raised with the Chair"
RULE_ACCOMPANIED = "Employment Relations Act 1999, s.10; Acas Code of Practice, para 14"
RULE_PUBLIC = "The council's complaints procedure: complaints from the public"
RULE_SEQUENCE = "The route's stages, in order"
RULE_DATES = "A stage cannot come before the case was received"


def stages_of(route: Route) -> tuple[Stage, ...]:
    return ROUTES[route]


def stage(route: Route, key: str) -> Stage | None:
    return next((s for s in ROUTES[route] if s.key == key), None)


def stage_label(route: Route, key: str, *, about_clerk: bool = False) -> str:
    found = stage(route, key)
    if found is None:
        return key
    if about_clerk and route is Route.CONDUCT_OF_OFFICER and found.kind is StageKind.OPENING:
        return "Raised with the Chair"
    return found.label


def opening_stage(route: Route) -> Stage:
    return ROUTES[route][0]


def referral_body(welsh: bool) -> str:
    """Who decides a Code of Conduct allegation about a councillor."""
    return "the Public Services Ombudsman for Wales" if welsh else "the Monitoring Officer"


@dataclass(frozen=True)
class Event:
    """A case entering one stage on one date."""

    stage: str
    on: dt.date


def current_stage(route: Route, events: Sequence[Event]) -> Stage:
    if not events:
        return opening_stage(route)
    found = stage(route, events[-1].stage)
    return found if found is not None else opening_stage(route)


def is_closed(events: Sequence[Event]) -> bool:
    return bool(events) and events[-1].stage == "closed"


def check_move(
    route: Route,
    received_on: dt.date,
    events: Sequence[Event],
    key: str,
    on: dt.date,
    *,
    welsh: bool = False,
) -> Refusal | None:
    """Whether a case on ``route`` with ``events`` so far may enter stage ``key`` on ``on``."""
    target = stage(route, key)
    if target is None:
        if route is Route.CODE_OF_CONDUCT:
            body = referral_body(welsh)
            return Refusal(
                RULE_WALES if welsh else RULE_LOCALISM,
                f"A Code of Conduct allegation is decided by {body}, not by the council: it "
                "can only be recorded, referred, its outcome received and closed.",
                "stage",
            )
        names = ", ".join(s.key for s in ROUTES[route])
        return Refusal(
            RULE_SEQUENCE, f"'{key}' is not a stage of this route. Its stages: {names}.", "stage"
        )
    if on < received_on:
        return Refusal(
            RULE_DATES,
            f"The stage is dated {uk_date(on)}, before the case was received on "
            f"{uk_date(received_on)}.",
            "on",
        )
    if is_closed(events):
        return Refusal(RULE_SEQUENCE, "This case is closed; it moves no further.", "stage")
    order = [s.key for s in ROUTES[route]]
    position = order.index(key)
    current = order.index(current_stage(route, events).key)
    if position <= current and events:
        now = ROUTES[route][current].label
        return Refusal(
            RULE_SEQUENCE,
            f"The case is already at '{now}'; stages move forward only.",
            "stage",
        )
    if position == 0:
        return Refusal(RULE_SEQUENCE, "A case is opened at this stage, not moved to it.", "stage")
    if events and on < events[-1].on:
        return Refusal(
            RULE_SEQUENCE,
            f"The stage is dated {uk_date(on)}, before the last stage on {uk_date(events[-1].on)}.",
            "on",
        )
    return _check_prerequisite(route, events, target)


def _check_prerequisite(route: Route, events: Sequence[Event], target: Stage) -> Refusal | None:
    seen = {current.kind for e in events if (current := stage(route, e.stage)) is not None}
    needs: dict[StageKind, tuple[StageKind, str]] = {
        StageKind.APPEAL_LODGED: (StageKind.DECISION, "an appeal is against a written decision"),
        StageKind.APPEAL_HEARING: (StageKind.APPEAL_LODGED, "the appeal must be lodged first"),
        StageKind.APPEAL_DECISION: (StageKind.APPEAL_HEARING, "the appeal must be heard first"),
        StageKind.DECISION: (StageKind.FORMAL_MEETING, "a decision follows a meeting"),
        StageKind.EXTERNAL_OUTCOME: (StageKind.REFERRAL, "the allegation must be referred"),
    }
    if target.kind in needs:
        needed, why = needs[target.kind]
        if needed not in seen:
            return Refusal(RULE_SEQUENCE, f"Not yet: {why}.", "stage")
    return None


def check_route_parties(route: Route, complainant_in_register: bool) -> Refusal | None:
    """The public route is for the public: councillors and staff have their own routes."""
    if route is Route.PUBLIC and complainant_in_register:
        return Refusal(
            RULE_PUBLIC,
            "The complaints procedure is for members of the public. A councillor's or an "
            "officer's concern goes by the grievance route, the concern about an officer, or "
            "the Code of Conduct.",
            "complainant",
        )
    return None
