"""What every page of the main window is, and the table page most of them build on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.export_button import Exporter, export_button
from councildesk.gui.forms.ui_table_page import Ui_TablePage
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.table_model import ID_ROLE, Column, FilterProxy, RowTableModel
from councildesk.gui.widgets.table_columns import FittedColumns, OptionalColumns
from councildesk.services.database import Session


class Page(QWidget):
    """A page in the navigation list. ``status`` carries messages for the status bar."""

    title = ""
    icon_name = ""
    # The area a Dashboard action names (services.actions.Action.area) to come to this page.
    area = ""
    status = Signal(str)
    # Another page's data changed because of something done here (e.g. a committee renamed).
    data_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    # What File > Print (Ctrl+P) prints on this page, as the menu names it; "" when the page
    # has nothing of its own to print. A page that names the directory leaves printing it to
    # the main window; any other page prints in print_page().
    print_text = ""
    prints_directory = False

    def refresh(self) -> None:
        """Reload what the page shows from the database."""

    def print_page(self) -> None:
        """Print what the page shows (called for Ctrl+P when print_text is set)."""

    def follow_action(self, area: str, record_id: int | None) -> None:
        """Follow a Dashboard action whose area is this page's, or "<page area>:<kind>" for a
        second kind of record the page holds; a page with only one kind opens the record."""
        self.open_record(record_id)

    def open_record(self, record_id: int | None) -> None:
        """Show one record, when the clerk follows a Dashboard action here.

        The page has already been refreshed; pages whose actions name a record select it.
        """


class TablePage(Page):
    """A title, Add/Edit/Delete, a filter box, and a sortable table of rows.

    Subclasses give the columns, load the rows, and open their editor.
    """

    description = ""
    noun = "item"
    noun_plural = "items"
    scopes: Sequence[tuple[str, Callable[[Any], bool] | None]] = ()
    # The register `councildesk export` names for this page's rows, and how to say it
    # ("the people"); a page without one has no Export button.
    export_register = ""
    export_what = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TablePage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(self.title)
        self.ui.descriptionLabel.setText(self.description)
        self.ui.descriptionLabel.setVisible(bool(self.description))
        self.model = RowTableModel(self.columns())
        self.proxy = FilterProxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.setAccessibleName(self.title)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setHighlightSections(False)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.fitted_columns = FittedColumns(table)
        self.optional_columns = OptionalColumns(
            table, self.model, type(self).__name__, self.fitted_columns
        )
        table.doubleClicked.connect(self._edit_index)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._setup_buttons()
        self._setup_export()
        self._setup_scopes()
        self.ui.filterEdit.textChanged.connect(self._filter_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.filterEdit.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), table, self.edit_selected)
        self._update_buttons()

    # --- what subclasses provide -------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def load_rows(self, session: Session) -> list[Any]:
        raise NotImplementedError

    def open_editor(self, row_id: int | None) -> QDialog:
        raise NotImplementedError

    def delete_row(self, session: Session, row: Any) -> str:
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(getattr(row, "name", ""))

    def delete_question(self, row: Any) -> str:
        """What the confirmation asks; pages say here what else goes with the row."""
        return f"Delete {self.noun} '{self.describe(row)}'? This cannot be undone."

    # --- behaviour -----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        with self.context.db.session() as session:
            rows = self.load_rows(session)
        self.model.set_rows(rows)
        self.fitted_columns.measure()
        if selected is not None:
            self.select_id(selected)
        self._update_count()
        self._update_buttons()

    def selected_id(self) -> int | None:
        indexes = self.ui.table.selectionModel().selectedRows()
        if not indexes:
            return None
        value = indexes[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_row(self) -> Any | None:
        indexes = self.ui.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_object(self.proxy.mapToSource(indexes[0]).row())

    def select_id(self, row_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == row_id:
                self.ui.table.selectRow(row)
                self.ui.table.scrollTo(index)
                return

    def add(self) -> None:
        self._run_editor(None)

    def edit_selected(self) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self._run_editor(row_id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            question = self.delete_question(row)
        except CouncilDeskError as error:
            show_error(self, "Not deleted", str(error))
            self.refresh()
            return
        if confirm(self, f"Delete {self.noun}", question, f"Delete {self.noun}"):
            self.delete_now(row)

    def delete_now(self, row: Any) -> None:
        """Delete ``row`` (the clerk has confirmed) in one transaction, and say so."""
        try:
            with self.context.db.transaction() as session:
                message = self.delete_row(session, row)
        except CouncilDeskError as error:
            show_error(self, "Not deleted", str(error))
            return
        self.refresh()
        self.data_changed.emit()
        self.status.emit(message)

    def _run_editor(self, row_id: int | None) -> None:
        dialog = self.open_editor(row_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            saved_id = getattr(dialog, "saved_id", None)
            self.refresh()
            if saved_id is not None:
                self.select_id(saved_id)
            self.data_changed.emit()
            self.status.emit(getattr(dialog, "saved_message", "") or "Saved.")

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _setup_buttons(self) -> None:
        ui = self.ui
        for button, name, text, tip in (
            (ui.addButton, "add", f"Add {self.noun}…", f"Add a new {self.noun} (Ctrl+N)"),
            (ui.editButton, "edit", "Edit…", f"Edit the selected {self.noun} (Enter)"),
            (ui.deleteButton, "delete", "Delete…", f"Delete the selected {self.noun} (Delete)"),
        ):
            button.setIcon(icon(name))
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)

    def _setup_export(self) -> None:
        if not self.export_register:
            self.ui.exportButton.hide()
            return
        exporter = Exporter(self, self.export_what, register=self.export_register)
        export_button(self, self.ui.exportButton, exporter)

    def _setup_scopes(self) -> None:
        combo = self.ui.scopeCombo
        if not self.scopes:
            combo.hide()
            return
        for label, _predicate in self.scopes:
            combo.addItem(label)
        combo.currentIndexChanged.connect(self._scope_changed)
        self.proxy.set_predicate(self.scopes[0][1])

    def _scope_changed(self, index: int) -> None:
        self.proxy.set_predicate(self.scopes[index][1])
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = self.noun if total == 1 else self.noun_plural
        text = f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        has_selection = self.selected_id() is not None
        self.ui.editButton.setEnabled(has_selection)
        self.ui.deleteButton.setEnabled(has_selection)
