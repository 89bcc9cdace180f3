"""The Search page: every version of every policy, searched as the clerk types.

Signals, beside the ``status`` and ``data_changed`` of every page:

``open_clause(version_id, node_id)``
    The clerk double-clicked a result or pressed Enter on it. The main window connects this to
    the Protocol page, which shows that version with that clause selected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_search_page import Ui_SearchPage
from councildesk.gui.icons import icon
from councildesk.gui.pages.base import Page
from councildesk.gui.table_model import ID_ROLE, SORT_ROLE, Column, FilterProxy, RowTableModel
from councildesk.gui.widgets.highlight_delegate import SNIPPET_ROLE, HighlightDelegate
from councildesk.services import protocol_search
from councildesk.services.protocol_search import SearchHit
from councildesk.services.protocols import VersionStatus

DEBOUNCE_MS = 250
RESULT_LIMIT = 200
CLAUSE_COLUMN = 2
TEXT_COLUMN = 3
BEST_FIRST, CLAUSE_ORDER = 0, 1  # the Order box's choices
NOTHING_YET = "There is nothing to search yet: import a policy on the Protocol page first."
# The widest the Policy, Version and Clause columns grow to fit their contents.
COLUMN_CAPS = (220, 130, 220)

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultRow:
    """One search hit as the table shows it."""

    hit: SearchHit
    clause: str  # number and heading, or where an unnumbered paragraph sits

    @property
    def id(self) -> int:
        return self.hit.node_id

    @property
    def text(self) -> str:
        return " ".join(protocol_search.plain(self.hit.snippet, "", "").split())


def clause_label(hit: SearchHit, place: tuple[str, str]) -> str:
    """ "4.3", "4. Political Groups", "4.3 · Political Groups" (the section's heading), or
    "in 3.3 · Expectations" for a bullet of clause 3.3."""
    number, heading = hit.number, hit.heading
    near_number, near_heading = place
    if heading:
        return " ".join(part for part in (number, heading) if part)
    if not number and near_number:
        number = f"in {near_number}"
    if near_heading:
        number = number.rstrip(".")
    return " · ".join(part for part in (number, near_heading) if part)


def version_label(hit: SearchHit) -> str:
    return f"{hit.version} ({hit.status})"


class SearchResultsModel(RowTableModel):
    """Search rows: plain text to display, the marked snippet for the delegate, and sort keys
    that order versions and clause numbers as numbers."""

    def __init__(self) -> None:
        super().__init__(
            (
                Column("Policy", lambda r: r.hit.policy),
                Column("Version", lambda r: version_label(r.hit)),
                Column("Clause", lambda r: r.clause),
                Column("Text", lambda r: r.text),
            )
        )
        self._sort_keys: Sequence[Callable[[ResultRow], Any]] = (
            lambda r: r.hit.policy.lower(),
            lambda r: f"{r.hit.policy.lower()}\0{r.hit.version:06d}",
            # The clause's place in the document, so 4.10 follows 4.9 and a bullet its clause.
            lambda r: f"{r.hit.policy.lower()}\0{r.hit.version:06d}\0{r.hit.seq:08d}",
            lambda r: r.text.lower(),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            if role == SORT_ROLE:
                return self._sort_keys[index.column()](self.row_object(index.row()))
            if role == SNIPPET_ROLE and index.column() == TEXT_COLUMN:
                return self.row_object(index.row()).hit.snippet
        return super().data(index, role)


class SearchPage(Page):
    """A search field, an "Include superseded versions" box (off at first), the order of the
    results and the matching clauses.

    Results first come best first (adopted versions first, then drafts, then superseded); the
    Order box or the Clause heading puts each version's matches in the order of its clauses,
    clicking a column heading sorts by it, and a third click goes back.
    """

    title = "Search"
    icon_name = "search"
    description = "Search every version of every policy. Matching words are highlighted."
    # (version_id, node_id): open this clause of this version on the Protocol page.
    open_clause = Signal(int, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SearchPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(self.title)
        self.ui.descriptionLabel.setText(self.description)
        self.searched_text = ""  # the words of the search the table shows
        self.nothing_yet = False  # no policy has any text to search
        self.hits_found = 0

        self.ui.searchEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.search_now)
        self.ui.searchEdit.textChanged.connect(self.debounce.start)
        self.ui.searchEdit.returnPressed.connect(self.search_now)
        self.ui.supersededCheck.toggled.connect(self._superseded_toggled)
        self.ui.orderCombo.currentIndexChanged.connect(self._order_chosen)

        self.model = SearchResultsModel()
        self.proxy = FilterProxy()
        self.proxy.setSourceModel(self.model)
        self.delegate = HighlightDelegate(self.ui.resultsTable)
        self._setup_table()
        self._superseded_toggled(self.ui.supersededCheck.isChecked())

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.ui.searchEdit, self._to_results)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.ui.resultsTable, self.open_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_now()

    def _setup_table(self) -> None:
        table = self.ui.resultsTable
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(TEXT_COLUMN, self.delegate)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setMinimumSectionSize(60)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.delegate.row_height(table.font()))
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # relevance, as the search gave
        header.sortIndicatorChanged.connect(self._sorted_by_header)
        table.doubleClicked.connect(self._open_index)
        for column, width in enumerate((180, 110, 180)):
            table.setColumnWidth(column, width)

    # --- behaviour -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the current search again (the data may have changed since)."""
        self.search_now()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def search_now(self) -> None:
        self.debounce.stop()
        words = self.ui.searchEdit.text().strip()
        selected = self.selected_node_id()
        rows: list[ResultRow] = []
        with self.context.db.session() as session:
            self.nothing_yet = not protocol_search.anything_to_search(session)
            if words and not self.nothing_yet:
                hits = protocol_search.search(session, words, RESULT_LIMIT)
                places = protocol_search.places(session, [hit.node_id for hit in hits])
                rows = [
                    ResultRow(hit, clause_label(hit, places.get(hit.node_id, ("", ""))))
                    for hit in hits
                ]
        self.searched_text = words
        self.hits_found = len(rows)
        self.model.set_rows(rows)
        self._fit_columns()
        if selected is not None:
            self.select_node(selected)
        self._update_count()

    def results(self) -> list[ResultRow]:
        """The rows shown, in the order shown."""
        return [
            self.model.row_object(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def selected_node_id(self) -> int | None:
        indexes = self.ui.resultsTable.selectionModel().selectedRows()
        if not indexes:
            return None
        value = indexes[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def select_node(self, node_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == node_id:
                self.ui.resultsTable.selectRow(row)
                self.ui.resultsTable.scrollTo(index)
                return

    def open_selected(self) -> None:
        index = self.ui.resultsTable.currentIndex()
        if not index.isValid():
            indexes = self.ui.resultsTable.selectionModel().selectedRows()
            index = indexes[0] if indexes else index
        self._open_index(index)

    def _open_index(self, index: AnyIndex) -> None:
        if not index.isValid():
            return
        row: ResultRow = self.model.row_object(self.proxy.mapToSource(index).row())
        self.open_clause.emit(row.hit.version_id, row.hit.node_id)

    def _to_results(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        table = self.ui.resultsTable
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not table.selectionModel().hasSelection():
            table.selectRow(0)

    def _superseded_toggled(self, include: bool) -> None:
        self.proxy.set_predicate(None if include else _not_superseded)
        self._update_count()

    def _order_chosen(self, choice: int) -> None:
        column = CLAUSE_COLUMN if choice == CLAUSE_ORDER else -1
        self.ui.resultsTable.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def _sorted_by_header(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the Order box truthful when the clerk sorts by a column heading instead."""
        in_clause_order = column == CLAUSE_COLUMN and order == Qt.SortOrder.AscendingOrder
        combo = self.ui.orderCombo
        combo.blockSignals(True)
        if column == -1:
            combo.setCurrentIndex(BEST_FIRST)
        elif in_clause_order:
            combo.setCurrentIndex(CLAUSE_ORDER)
        else:
            combo.setCurrentIndex(-1)  # sorted by another column: neither choice is true
        combo.blockSignals(False)

    def _fit_columns(self) -> None:
        if self.model.rowCount() == 0:
            return
        table = self.ui.resultsTable
        for column, cap in enumerate(COLUMN_CAPS):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column) + 8, cap))

    def _update_count(self) -> None:
        shown = self.results()
        hidden = self.hits_found - len(shown)
        words = self.searched_text
        if self.nothing_yet:
            text = NOTHING_YET
        elif not words:
            text = "Type a word or two. Every word must appear; the last may be the start of one."
        elif not self.hits_found:
            text = f"No matches for '{words}'."
        elif not shown:
            noun = "match" if hidden == 1 else "matches"
            text = (
                f"No matches for '{words}' in current versions; {hidden} {noun} in "
                "superseded versions (tick Include superseded versions to see them)."
            )
        else:
            versions = len({row.hit.version_id for row in shown})
            text = (
                f"{len(shown)} {'match' if len(shown) == 1 else 'matches'} in "
                f"{versions} {'version' if versions == 1 else 'versions'}"
            )
            if hidden:
                text += f" · {hidden} more in superseded versions, not shown"
            if self.hits_found >= RESULT_LIMIT:
                text += f" · the first {RESULT_LIMIT} only: add a word to narrow the search"
        self.ui.countLabel.setText(text)


def _not_superseded(row: ResultRow) -> bool:
    return row.hit.status != VersionStatus.SUPERSEDED
