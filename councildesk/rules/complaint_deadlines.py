"""The working-day deadlines of a case, and how long it is kept once closed.

The defaults follow the Acas Code and the protocols; the council may change each. Every
deadline counts working days (Monday to Friday, less the bank holidays of England and Wales)
from the day the stage it follows was reached, that day itself not counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.complaints import (
    Event,
    Route,
    StageKind,
    current_stage,
    is_closed,
    referral_body,
)
from councildesk.rules.working_days import Nation, add_working_days

MAX_DAYS = 60
MAX_RETENTION_YEARS = 50


@dataclass(frozen=True)
class DeadlineSettings:
    """Working days allowed for each step, the smallest panel, and how long cases are kept."""

    acknowledge: int = 5  # acknowledge receipt
    refer: int = 5  # refer a Code of Conduct allegation
    meeting: int = 10  # hold a meeting "without unreasonable delay"
    decision: int = 5  # the written decision after the meeting
    appeal: int = 5  # an appeal lodged after the decision
    panel_minimum: int = 2
    retention_years: int = 6

    def problems(self) -> list[tuple[str, str]]:
        """(field, message) for every setting out of range."""
        found: list[tuple[str, str]] = []
        for name in ("acknowledge", "refer", "meeting", "decision", "appeal"):
            value = getattr(self, name)
            if not 1 <= value <= MAX_DAYS:
                found.append((name, f"Give between 1 and {MAX_DAYS} working days."))
        if not 2 <= self.panel_minimum <= 12:
            found.append(("panel_minimum", "A panel has between 2 and 12 councillors."))
        if not 1 <= self.retention_years <= MAX_RETENTION_YEARS:
            found.append(
                ("retention_years", f"Keep cases between 1 and {MAX_RETENTION_YEARS} years.")
            )
        return found


@dataclass(frozen=True)
class Deadline:
    what: str
    due_on: dt.date
    # Only the council's own steps can be missed; an appeal window simply closes.
    council_step: bool = True


def deadlines(
    route: Route,
    received_on: dt.date,
    acknowledged_on: dt.date | None,
    events: Sequence[Event],
    settings: DeadlineSettings,
    nation: Nation = Nation.ENGLAND,
) -> list[Deadline]:
    """What is still to be done on the case, each by its date, earliest first."""
    if is_closed(events):
        return []
    found: list[Deadline] = []

    def after(start: dt.date, days: int) -> dt.date:
        return add_working_days(start, days, nation)

    if acknowledged_on is None:
        found.append(Deadline("Acknowledge receipt", after(received_on, settings.acknowledge)))
    last = events[-1] if events else Event(current_stage(route, events).key, received_on)
    kind = current_stage(route, events).kind
    welsh = nation is Nation.WALES
    if route is Route.CODE_OF_CONDUCT:
        if kind is StageKind.OPENING:
            body = referral_body(welsh)
            found.append(Deadline(f"Refer to {body}", after(last.on, settings.refer)))
    elif kind is StageKind.PROCEDURE:
        found.append(Deadline("Hold the formal meeting", after(last.on, settings.meeting)))
    elif kind is StageKind.FORMAL_MEETING:
        found.append(Deadline("Send the written decision", after(last.on, settings.decision)))
    elif kind is StageKind.DECISION and route is not Route.PUBLIC:
        found.append(
            Deadline("Appeal window closes", after(last.on, settings.appeal), council_step=False)
        )
    elif kind is StageKind.APPEAL_LODGED:
        found.append(Deadline("Hold the appeal hearing", after(last.on, settings.meeting)))
    elif kind is StageKind.APPEAL_HEARING:
        found.append(Deadline("Send the appeal decision", after(last.on, settings.decision)))
    return sorted(found, key=lambda d: d.due_on)


def next_deadline(
    route: Route,
    received_on: dt.date,
    acknowledged_on: dt.date | None,
    events: Sequence[Event],
    settings: DeadlineSettings,
    nation: Nation = Nation.ENGLAND,
) -> Deadline | None:
    pending = deadlines(route, received_on, acknowledged_on, events, settings, nation)
    return pending[0] if pending else None


def retention_until(closed_on: dt.date, years: int) -> dt.date:
    """The date a closed case may be destroyed: ``years`` after it closed (28 February for a
    case closed on 29 February when the later year has none)."""
    year = closed_on.year + years
    try:
        return closed_on.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def check_acknowledged(received_on: dt.date, acknowledged_on: dt.date | None) -> str | None:
    if acknowledged_on is not None and acknowledged_on < received_on:
        return "The acknowledgement is dated before the case was received."
    return None
