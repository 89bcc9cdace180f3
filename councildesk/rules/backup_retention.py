"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months.

The rule of the trusted backup tools (Borg's and restic's --keep-daily/--keep-weekly/
--keep-monthly): walking from the newest backup back, each policy keeps the newest backup of
each period (day, ISO week, month) until it has kept as many periods as it may. A backup any
policy keeps is kept. The periods are those that hold a backup, not calendar ones, so a laptop
left shut for a month still keeps its last seven days of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Period = Callable[[dt.datetime], tuple[int, ...]]


def _day(when: dt.datetime) -> tuple[int, ...]:
    return (when.year, when.month, when.day)


def _week(when: dt.datetime) -> tuple[int, ...]:
    year, week, _ = when.isocalendar()
    return (year, week)


def _month(when: dt.datetime) -> tuple[int, ...]:
    return (when.year, when.month)


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT = Retention()


def to_keep(stamps: Iterable[dt.datetime], retention: Retention = DEFAULT) -> set[dt.datetime]:
    """The backups (by when they were made) to keep; the rest may be deleted."""
    newest_first = sorted(set(stamps), reverse=True)
    kept: set[dt.datetime] = set(newest_first[:1])  # the newest is never deleted
    for period, count in (
        (_day, retention.daily),
        (_week, retention.weekly),
        (_month, retention.monthly),
    ):
        kept |= _newest_per_period(newest_first, period, count)
    return kept


def to_delete(stamps: Iterable[dt.datetime], retention: Retention = DEFAULT) -> set[dt.datetime]:
    every = set(stamps)
    return every - to_keep(every, retention)


def _newest_per_period(
    newest_first: list[dt.datetime], period: Period, count: int
) -> set[dt.datetime]:
    kept: set[dt.datetime] = set()
    seen: set[tuple[int, ...]] = set()
    for when in newest_first:
        if len(seen) >= count:
            break
        key = period(when)
        if key not in seen:
            seen.add(key)
            kept.add(when)
    return kept
