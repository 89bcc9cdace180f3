"""What needs doing: the one small interface through which every register offers its dated
to-dos to the Dashboard, the tray notifications and the log-in reminder agent.

A register offers them as ``actions(session, today) -> list[Action]`` in its own services module
and is listed in ``dashboard.PROVIDERS``; nothing else needs to know how a register keeps them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Urgency(enum.IntEnum):
    """How soon the clerk must act; lower is more urgent, so it sorts first on equal dates."""

    OVERDUE = 0
    DUE = 1
    UPCOMING = 2
    INFO = 3

    @property
    def label(self) -> str:
        return {0: "Overdue", 1: "Due", 2: "Coming up", 3: "To note"}[self.value]


@dataclass(frozen=True)
class Action:
    """One thing the clerk should do.

    ``what`` is one line the clerk reads on the Dashboard and in a notification, so it never holds
    the name of anyone in a confidential case: a case is named by its reference only.
    ``area`` names the page that holds the record (a page's ``area`` attribute) and ``record_id``
    the record on it, so that a double-click goes straight there.
    """

    when: dt.date | None
    what: str
    urgency: Urgency
    area: str
    record_id: int | None = None


def in_order(actions: list[Action]) -> list[Action]:
    """By date, undated ones (questions to answer) after the dated; the most urgent first."""
    return sorted(
        actions,
        key=lambda a: (a.when is None, a.when or dt.date.max, a.urgency, a.what),
    )
