"""Table columns that fit the window: optional ones the clerk shows or hides from the header's
right-click menu, and widths that shrink the widest columns rather than scroll sideways.

Which columns a page shows is remembered between sessions (QSettings, per page), so a clerk who
wants telephone numbers on the People page sees them every time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from councildesk.gui.table_model import RowTableModel

# No column is squeezed narrower than this; the cell's tooltip holds its full text.
NARROWEST = 90
WIDEST_NATURAL = 320


class FittedColumns(QObject):
    """Keeps a table's visible columns within its width: each column gets the width its contents
    need (up to WIDEST_NATURAL), and when they do not all fit, the widest are narrowed equally
    until they do, so no horizontal scroll bar appears while the columns can still be read."""

    def __init__(self, table: QTableView, *, naming: int | None = None) -> None:
        """``naming`` is the column that says what each row is (a policy's name): it keeps its
        width while the others can give way, and is narrowed only with them after that."""
        super().__init__(table)
        self.table = table
        self.naming = naming
        self.natural: dict[int, int] = {}
        table.viewport().installEventFilter(self)

    def measure(self) -> None:
        """Take each column's width from its contents (call after the rows change)."""
        table = self.table
        header = table.horizontalHeader()
        self.natural = {}
        for section in range(header.count()):
            if not table.isColumnHidden(section):
                table.resizeColumnToContents(section)
                self.natural[section] = min(header.sectionSize(section) + 16, WIDEST_NATURAL)
        self.fit()

    def fit(self) -> None:
        table = self.table
        visible = {s: w for s, w in self.natural.items() if not table.isColumnHidden(s)}
        if not visible:
            return
        available = table.viewport().width()
        naming = self.naming
        named = visible.get(naming) if naming is not None else None
        others = {s: w for s, w in visible.items() if s != naming}
        if naming is not None and named is not None and others and _fits(others, available - named):
            table.setColumnWidth(naming, named)
            visible, available = others, available - named
        cap = _cap_to_fit(list(visible.values()), available)
        for section, width in visible.items():
            table.setColumnWidth(section, min(width, cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def _fits(widths: dict[int, int], available: int) -> bool:
    """Whether the columns fit ``available`` once each is narrowed to no less than NARROWEST."""
    return sum(min(w, NARROWEST) for w in widths.values()) <= available


def _cap_to_fit(widths: list[int], available: int) -> int:
    """The largest width limit under which the columns fit, but never below NARROWEST."""
    if sum(widths) <= available:
        return max(widths)
    low, high = NARROWEST, max(widths)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(min(w, middle) for w in widths) <= available:
            low = middle
        else:
            high = middle - 1
    return low


class OptionalColumns:
    def __init__(
        self, table: QTableView, model: RowTableModel, page_key: str, fitted: FittedColumns
    ) -> None:
        self.table = table
        self.fitted = fitted
        self.model = model
        self.key = f"columns/{page_key}/hidden"
        self.optional = [
            section for section in range(model.columnCount()) if model.column(section).optional
        ]
        if not self.optional:
            return
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        header.setToolTip("Right-click a column heading to show or hide columns")
        default = [
            model.column(section).title
            for section in self.optional
            if model.column(section).hidden_at_first
        ]
        stored = _settings().value(self.key, default)
        if stored is None:
            stored = []
        hidden = {str(title) for title in (stored if isinstance(stored, list) else [stored])}
        for section in self.optional:
            table.setColumnHidden(section, model.column(section).title in hidden)

    def menu(self) -> QMenu:
        """The menu of optional columns, each ticked while shown."""
        menu = QMenu(self.table)
        menu.setAccessibleName("Columns to show")
        for section in self.optional:
            action = QAction(self.model.column(section).title, menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(section))
            action.toggled.connect(lambda shown, s=section: self.set_shown(s, shown))
            menu.addAction(action)
        return menu

    def set_shown(self, section: int, shown: bool) -> None:
        self.table.setColumnHidden(section, not shown)
        self.fitted.measure()
        hidden = [self.model.column(s).title for s in self.optional if self.table.isColumnHidden(s)]
        # A marker keeps "nothing hidden" distinct from "never chosen" in every QSettings format.
        _settings().setValue(self.key, hidden or [""])

    def _show_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.menu().exec(header.mapToGlobal(position))


def _settings() -> QSettings:
    return QSettings("CouncilDesk", "CouncilDesk")
