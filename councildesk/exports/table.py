"""What a register looks like as a spreadsheet: headed, typed columns and rows of plain values."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Excel's limit on a sheet's name, and the characters it refuses in one.
SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


class Kind(enum.Enum):
    """How a column's values are written: a real Excel date, not text that looks like one."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATE_TIME = "date and time"
    TIME = "time"


Cell = str | int | float | dt.date | dt.datetime | dt.time | None


def _fits(kind: Kind, value: Cell) -> bool:
    if value is None:
        return True
    if kind is Kind.TEXT:
        return isinstance(value, str)
    if kind is Kind.NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is Kind.DATE_TIME:
        return isinstance(value, dt.datetime)
    if kind is Kind.DATE:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    return isinstance(value, dt.time)


@dataclass(frozen=True)
class Column:
    heading: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    """One register: ``title`` names the sheet and the file; ``caption`` heads a printed page.

    Rows are checked against the columns when the table is made, so a service that puts a
    date where text belongs fails in its tests rather than in the clerk's spreadsheet.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""

    def __post_init__(self) -> None:
        width = len(self.columns)
        for number, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(f"{self.title}: row {number} has {len(row)} cells, not {width}")
            for column, value in zip(self.columns, row, strict=True):
                if not _fits(column.kind, value):
                    raise ValueError(
                        f"{self.title}: row {number}, {column.heading}: "
                        f"{type(value).__name__} is not {column.kind.value}"
                    )

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(column.heading for column in self.columns)

    @property
    def sheet_name(self) -> str:
        return _NOT_IN_SHEET_NAMES.sub("-", self.title)[:SHEET_NAME_LIMIT].strip() or "Sheet"


def make_table(
    title: str,
    columns: Sequence[tuple[str, Kind]],
    rows: Iterable[Sequence[Cell]],
    caption: str = "",
) -> Table:
    """A Table from (heading, kind) pairs and any rows: what each register's service calls."""
    return Table(
        title,
        tuple(Column(heading, kind) for heading, kind in columns),
        tuple(tuple(row) for row in rows),
        caption,
    )


def yes_no(value: bool) -> str:
    """A flag as a spreadsheet reader expects it: a word, not TRUE/FALSE or 1/0."""
    return "Yes" if value else "No"
