"""Who may hear and decide a case: the guardrails the protocols and the Acas Code set.

- a grievance or disciplinary decision is taken by a panel of councillors (at least two; the
  council may ask for more), never by the Chair alone;
- nobody who is the complainant, the subject, or sat at the first hearing hears the appeal;
- a case about the Clerk goes to the Chair and the personnel panel, never to the Clerk;
- at a formal meeting or appeal hearing the worker's right to be accompanied is recorded, with
  the companion's name when they brought one.

A refusal never names anyone: no name from a case goes into a message, which a clerk might copy
into an e-mail or which might reach a log.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.complaints import (
    ACCOMPANIED_KINDS,
    APPEAL_KINDS,
    FIRST_HEARING_KINDS,
    PANEL_KINDS,
    RULE_ACCOMPANIED,
    RULE_APPEAL,
    RULE_CLERK,
    RULE_PANEL,
    Refusal,
    Route,
    Stage,
    StageKind,
)

MINIMUM_PANEL = 2


@dataclass(frozen=True)
class Party:
    """Someone in a case. ``key`` identifies them ("person:12", or "outside:<name>")."""

    key: str
    name: str
    councillor: bool = False
    chair: bool = False
    clerk: bool = False


class Accompaniment(enum.StrEnum):
    NOT_RECORDED = ""
    ACCOMPANIED = "accompanied"
    DECLINED = "declined"  # told of the right, chose to attend alone


@dataclass(frozen=True)
class StageParticipants:
    """Who sat at one stage and how the worker attended."""

    stage: Stage
    panel: tuple[Party, ...] = ()
    accompaniment: Accompaniment = Accompaniment.NOT_RECORDED
    companion: str = ""


def about_clerk(complainant: Party | None, subject: Party | None) -> bool:
    return any(p is not None and p.clerk for p in (complainant, subject))


def check_handler(
    route: Route, complainant: Party | None, subject: Party | None, handler: Party | None
) -> Refusal | None:
    """A case about the Clerk is dealt with by the Chair, never by the Clerk."""
    if route is Route.CODE_OF_CONDUCT or not about_clerk(complainant, subject):
        return None
    if handler is not None and handler.clerk:
        return Refusal(
            RULE_CLERK,
            "This case concerns the Clerk, so the Chair and the personnel panel deal with it, "
            "never the Clerk.",
            "handler",
        )
    if handler is not None and not handler.chair:
        return Refusal(
            RULE_CLERK,
            "This case concerns the Clerk: record the Chair as the person dealing with it.",
            "handler",
        )
    return None


def check_panel(
    route: Route,
    stage: Stage,
    panel: Sequence[Party],
    *,
    minimum: int = MINIMUM_PANEL,
    complainant: Party | None = None,
    subject: Party | None = None,
) -> Refusal | None:
    """A decision of the council on a personnel case is a panel's, never one person's."""
    if stage.kind not in PANEL_KINDS or route is Route.CODE_OF_CONDUCT:
        return None
    if route is Route.PUBLIC:
        return None  # the whole council hears a public complaint; no personnel panel
    minimum = max(minimum, MINIMUM_PANEL)
    if len(panel) == 1 and panel[0].chair:
        return Refusal(
            RULE_PANEL,
            f"The Chair may not decide this alone: name a panel of at least {minimum} councillors.",
            "panel",
        )
    not_councillors = sum(1 for p in panel if not p.councillor)
    if not_councillors:
        return Refusal(
            RULE_PANEL,
            f"The panel is made of councillors only; {_count(not_councillors)} named "
            f"{'is' if not_councillors == 1 else 'are'} not a councillor.",
            "panel",
        )
    if len({p.key for p in panel}) < minimum:
        return Refusal(
            RULE_PANEL,
            f"A panel of at least {minimum} councillors hears and decides this "
            f"({len({p.key for p in panel})} named).",
            "panel",
        )
    parties = {p.key for p in (complainant, subject) if p is not None}
    if any(p.key in parties for p in panel):
        return Refusal(
            RULE_PANEL,
            "The complainant and the subject are parties to the case and cannot sit on its panel.",
            "panel",
        )
    return None


def check_appeal_panel(
    stage: Stage,
    panel: Sequence[Party],
    complainant: Party | None,
    subject: Party | None,
    earlier: Sequence[StageParticipants],
) -> Refusal | None:
    """Nobody who is a party or sat at the first hearing may hear the appeal."""
    if stage.kind not in APPEAL_KINDS - {StageKind.APPEAL_LODGED}:
        return None
    first = {p.key for s in earlier if s.stage.kind in FIRST_HEARING_KINDS for p in s.panel}
    parties = {p.key for p in (complainant, subject) if p is not None}
    excluded = sum(1 for p in panel if p.key in first | parties)
    if excluded:
        return Refusal(
            RULE_APPEAL,
            f"{_count(excluded)} named cannot hear the appeal: nobody who is the "
            "complainant, the subject, or sat at the first hearing may.",
            "panel",
        )
    return None


def check_accompaniment(
    stage: Stage, accompaniment: Accompaniment, companion: str
) -> Refusal | None:
    """The right to be accompanied at a formal meeting or appeal is recorded every time."""
    if stage.kind not in ACCOMPANIED_KINDS:
        return None
    if accompaniment is Accompaniment.NOT_RECORDED:
        return Refusal(
            RULE_ACCOMPANIED,
            "Record whether the worker came with a companion (a colleague or trade union "
            "representative) or chose to attend alone.",
            "companion",
        )
    if accompaniment is Accompaniment.ACCOMPANIED and not companion.strip():
        return Refusal(RULE_ACCOMPANIED, "Give the companion's name.", "companion")
    return None


def check_stage_people(
    route: Route,
    stage: Stage,
    participants: StageParticipants,
    complainant: Party | None,
    subject: Party | None,
    earlier: Sequence[StageParticipants],
    *,
    minimum: int = MINIMUM_PANEL,
) -> Refusal | None:
    """Every guardrail on who takes part in one stage, the first that refuses."""
    panel = participants.panel
    if about_clerk(complainant, subject) and any(p.clerk for p in panel):
        return Refusal(RULE_CLERK, "This case concerns the Clerk; the Clerk sits on no panel.")
    for refusal in (
        check_panel(route, stage, panel, minimum=minimum, complainant=complainant, subject=subject),
        check_appeal_panel(stage, panel, complainant, subject, earlier),
        check_accompaniment(stage, participants.accompaniment, participants.companion)
        if route in (Route.GRIEVANCE, Route.CONDUCT_OF_OFFICER)
        else None,
    ):
        if refusal is not None:
            return refusal
    return None


def _count(people: int) -> str:
    return "One person" if people == 1 else f"{people} people"
