"""A read-only table of plain rows, sortable by the underlying values rather than their text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from councildesk.rules.dates import uk_date

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    # What the column sorts by, when not its value (a name sorts by surname).
    sort: Callable[[Any], Any] | None = None
    # The clerk may hide this column from the header's menu; hidden_at_first starts it hidden.
    optional: bool = False
    hidden_at_first: bool = False


def display(value: Any) -> str:
    if isinstance(value, dt.date):
        return uk_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def sort_key(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return display(value).lower()


class RowTableModel(QAbstractTableModel):
    """Rows are any objects with an ``id``; columns say how to read each cell."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> tuple[Any, ...]:
        """Every row, in the order they were set (not the order a view sorts them into)."""
        return tuple(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == SORT_ROLE and column.sort is not None:
            return column.sort(row)
        value = column.value(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(value)
        if role == SORT_ROLE:
            return sort_key(value)
        if role == ID_ROLE:
            return row.id
        return None

    def column(self, section: int) -> Column:
        return self._columns[section]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


class FilterProxy(QSortFilterProxyModel):
    """Filters on every column's text at once, case-insensitively, plus an optional predicate."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if (
            self._predicate is not None
            and isinstance(model, RowTableModel)
            and not self._predicate(model.row_object(source_row))
        ):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
