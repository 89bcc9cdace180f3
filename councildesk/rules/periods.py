"""Periods of time with an optional end: terms of office, employment, group membership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class Standing(Enum):
    """Where a period stands on a given day: a membership that is current, former or future."""

    CURRENT = "Current"
    FORMER = "Former"
    FUTURE = "Future"

    @property
    def label(self) -> str:
        return self.value


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None

    def is_valid(self) -> bool:
        return self.start is None or self.end is None or self.end >= self.start

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def standing_on(self, day: dt.date) -> Standing:
        """Current on ``day``; former once it has ended; future until it starts."""
        if self.contains(day):
            return Standing.CURRENT
        if self.end is not None and self.end < day:
            return Standing.FORMER
        return Standing.FUTURE

    def overlaps(self, other: Period) -> bool:
        starts_before_other_ends = (
            self.start is None or other.end is None or self.start <= other.end
        )
        ends_after_other_starts = self.end is None or other.start is None or self.end >= other.start
        return starts_before_other_ends and ends_after_other_starts


def overlap_day(a: Period, b: Period) -> dt.date | None:
    """A day both periods share (the later of the two starts), for telling the clerk when."""
    if not a.overlaps(b):
        return None
    starts = [d for d in (a.start, b.start) if d is not None]
    return max(starts) if starts else None
