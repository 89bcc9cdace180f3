"""The "Advice to groups" page: the register, the notices still to send, and each matter's
disclosures side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.disclosure_dialog import DisclosureDialog
from councildesk.gui.dialogs.disclosure_note_dialog import DisclosureNoteDialog, NoteKind
from councildesk.gui.dialogs.disclosure_settings_dialog import DisclosureSettingsDialog
from councildesk.gui.dialogs.notice_sent_dialog import NoticeSentDialog
from councildesk.gui.export_button import export_button
from councildesk.gui.forms.ui_disclosures_page import Ui_DisclosuresPage
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.pages.base import Page
from councildesk.gui.pages.disclosure_actions import DisclosureActions
from councildesk.gui.pages.disclosure_rows import (
    detail_html,
    matter_columns,
    notice_columns,
    register_columns,
)
from councildesk.gui.table_model import ID_ROLE, FilterProxy, RowTableModel
from councildesk.rules.dates import uk_date
from councildesk.services import disclosures
from councildesk.services.disclosure_views import (
    MatterRow,
    NoticeRow,
    RegisterRow,
    matter_rows,
    notice_rows,
    register_rows,
)

SCOPES = (
    ("All entries", None),
    ("Notices outstanding", lambda row: row.outstanding > 0),
    ("In force", lambda row: not row.void),
    ("Void", lambda row: row.void),
)


class DisclosuresPage(Page):
    title = "Advice to groups"
    icon_name = "disclosures"
    area = disclosures.AREA

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DisclosuresPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(self.title)
        self.register = RowTableModel(register_columns())
        self.register_proxy = FilterProxy()
        self.notices = RowTableModel(notice_columns())
        self.notices_proxy = FilterProxy()
        self.matter = RowTableModel(matter_columns())
        self.matter_proxy = FilterProxy()
        for table, model, proxy in (
            (ui.registerTable, self.register, self.register_proxy),
            (ui.noticesTable, self.notices, self.notices_proxy),
            (ui.matterTable, self.matter, self.matter_proxy),
        ):
            proxy.setSourceModel(model)
            table.setModel(proxy)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setHighlightSections(False)
        ui.registerTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        ui.noticesTable.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        ui.matterTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.registerSplitter.setSizes([380, 200])
        for label, _predicate in SCOPES:
            ui.scopeCombo.addItem(label)
        self.tasks = DisclosureActions(self)
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        ui, actions = self.ui, self.tasks
        for button, name in (
            (ui.recordButton, "add"),
            (ui.verifyButton, "check"),
            (ui.voidButton, "close"),
            (ui.deleteButton, "delete"),
            (ui.checkButton, "search"),
            (ui.printButton, "print"),
            (ui.settingsButton, "settings"),
            (ui.markSentButton, "check"),
            (ui.produceButton, "pdf"),
            (ui.compareButton, "split"),
        ):
            button.setIcon(icon(name))
        ui.recordButton.clicked.connect(self.record)
        ui.verifyButton.clicked.connect(lambda: self._note(NoteKind.VERIFY))
        ui.voidButton.clicked.connect(lambda: self._note(NoteKind.VOID))
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.settingsButton.clicked.connect(self.edit_settings)
        ui.markSentButton.clicked.connect(self.mark_sent)
        ui.checkButton.clicked.connect(actions.check_report)
        ui.printButton.clicked.connect(actions.print_register)
        export_button(self, ui.exportButton, actions.exporter)
        ui.produceButton.clicked.connect(actions.produce_notices)
        ui.compareButton.clicked.connect(actions.compare_reports)
        ui.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        ui.filterEdit.textChanged.connect(self._filter_changed)
        ui.matterCombo.currentIndexChanged.connect(self._show_matter)
        ui.registerTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.noticesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.noticesTable.doubleClicked.connect(lambda _index: self.mark_sent())
        ui.registerTable.doubleClicked.connect(lambda _index: self._note(NoteKind.VERIFY))
        QShortcut(QKeySequence.StandardKey.New, self, self.record)
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)
        QShortcut(QKeySequence.StandardKey.Print, self, actions.print_register)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), ui.registerTable, self.delete_selected)

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        today = self.context.today()
        with self.context.db.session() as session:
            self.register.set_rows(register_rows(session, today))
            self.notices.set_rows(notice_rows(session, today))
            matters = disclosures.matters(session)
        _fit_columns(self.ui.registerTable, stretch=2)
        _fit_columns(self.ui.noticesTable, stretch=6)
        combo = self.ui.matterCombo
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(matters)
        combo.setCurrentIndex(max(0, combo.findText(current)))
        combo.blockSignals(False)
        self._show_matter()
        if selected is not None:
            self.select_id(selected)
        self._update_counts()
        self._selection_changed()

    def _show_matter(self) -> None:
        matter = self.ui.matterCombo.currentText()
        with self.context.db.session() as session:
            rows = matter_rows(session, matter) if matter else []
        self.matter.set_rows(rows)
        _fit_columns(self.ui.matterTable)
        groups = sorted({row.group for row in rows})
        reports = sum(1 for row in rows if row.has_text)
        self.ui.matterSummaryLabel.setText(
            f"{len(rows)} entr{'ies' if len(rows) != 1 else 'y'} on this matter, to "
            f"{len(groups)} group{'s' if len(groups) != 1 else ''}: {', '.join(groups)}. "
            f"{reports} with a written report to compare."
            if rows
            else "Nothing recorded yet."
        )
        self.ui.compareButton.setEnabled(reports >= 2)

    def open_record(self, record_id: int | None) -> None:
        """From the Dashboard: the entry's notices still to send, or the entry itself."""
        self.refresh()
        if record_id is None:
            return
        for row in range(self.notices_proxy.rowCount()):
            item = self.notices.row_object(
                self.notices_proxy.mapToSource(self.notices_proxy.index(row, 0)).row()
            )
            if item.disclosure_id == record_id:
                self.ui.tabs.setCurrentWidget(self.ui.noticesTab)
                self.ui.noticesTable.selectRow(row)
                return
        self.ui.tabs.setCurrentWidget(self.ui.registerTab)
        self.select_id(record_id)

    # --- selection ------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        return _selected_id(self.ui.registerTable)

    def selected_row(self) -> RegisterRow | None:
        indexes = self.ui.registerTable.selectionModel().selectedRows()
        if not indexes:
            return None
        row: RegisterRow = self.register.row_object(
            self.register_proxy.mapToSource(indexes[0]).row()
        )
        return row

    def selected_notice(self) -> NoticeRow | None:
        indexes = self.ui.noticesTable.selectionModel().selectedRows()
        if not indexes:
            return None
        row: NoticeRow = self.notices.row_object(self.notices_proxy.mapToSource(indexes[0]).row())
        return row

    def selected_matter_rows(self) -> list[MatterRow]:
        return [self.matter.row_object(i) for i in range(self.matter.rowCount())]

    def select_id(self, disclosure_id: int) -> None:
        proxy = self.register_proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == disclosure_id:
                self.ui.registerTable.selectRow(row)
                self.ui.registerTable.scrollTo(index)
                return

    def _selection_changed(self) -> None:
        disclosure_id = self.selected_id()
        if disclosure_id is None:
            self.ui.detailView.setHtml(
                "<p style='color:#5f6368'>Choose an entry to see it in full.</p>"
            )
        else:
            with self.context.db.session() as session:
                entry = disclosures.get_disclosure(session, disclosure_id)
                self.ui.detailView.setHtml(
                    detail_html(entry, self.context.today(), disclosures.notice_days(session))
                )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        ui = self.ui
        ui.verifyButton.setEnabled(row is not None)
        ui.voidButton.setEnabled(row is not None and not row.void)
        ui.deleteButton.setEnabled(row is not None)
        ui.markSentButton.setEnabled(self.selected_notice() is not None)
        ui.produceButton.setEnabled(self.selected_notice() is not None)

    def _scope_changed(self, index: int) -> None:
        self.register_proxy.set_predicate(SCOPES[index][1])
        self._update_counts()

    def _filter_changed(self, text: str) -> None:
        self.register_proxy.setFilterFixedString(text)
        self._update_counts()

    def _find(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.registerTab)
        self.ui.filterEdit.setFocus()

    def _update_counts(self) -> None:
        shown, total = self.register_proxy.rowCount(), self.register.rowCount()
        noun = "entry" if total == 1 else "entries"
        self.ui.countLabel.setText(
            f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        )
        waiting = self.notices.rowCount()
        overdue = sum(1 for i in range(waiting) if self.notices.row_object(i).overdue)
        self.ui.noticesCountLabel.setText(
            "Every group owed a notice has been told."
            if not waiting
            else f"{waiting} notice{'s' if waiting != 1 else ''} to send"
            + (f", {overdue} overdue." if overdue else ".")
        )
        label = "&Notices to send" + (f" ({waiting})" if waiting else "")
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.noticesTab), label)

    # --- actions --------------------------------------------------------------------------------
    def _after(self, dialog: QDialog, select: int | None = None) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            saved = getattr(dialog, "saved_id", None) or select
            if saved is not None:
                self.select_id(saved)
            self.data_changed.emit()
            self.status.emit(getattr(dialog, "saved_message", "") or "Saved.")

    def record(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.registerTab)
        self._after(DisclosureDialog(self.context, self))

    def _note(self, kind: NoteKind) -> None:
        row = self.selected_row()
        if row is None or (kind is NoteKind.VOID and row.void):
            return
        self._after(DisclosureNoteDialog(self.context, row.id, kind, self), row.id)

    def mark_sent(self) -> None:
        notice = self.selected_notice()
        if notice is not None:
            self._after(NoticeSentDialog(self.context, notice.id, self))

    def edit_settings(self) -> None:
        self._after(DisclosureSettingsDialog(self.context, self))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        with self.context.db.session() as session:
            problem = disclosures.delete_problem(disclosures.get_disclosure(session, row.id))
        if problem:
            show_error(self, "Not deleted", problem)
            return
        question = (
            f"Delete the entry for {row.group} on {uk_date(row.given_on)} about ‘{row.matter}’, "
            f"with its {row.notice_count} notice{'s' if row.notice_count != 1 else ''} not yet "
            "sent? This cannot be undone."
        )
        if not confirm(self, "Delete entry", question, "Delete entry"):
            return
        try:
            with self.context.db.transaction() as session:
                described = disclosures.delete(session, row.id)
        except CouncilDeskError as error:
            show_error(self, "Not deleted", str(error))
            return
        self.refresh()
        self.status.emit(f"Deleted the entry for {described}.")


def _selected_id(table: QTableView) -> int | None:
    indexes = table.selectionModel().selectedRows()
    if not indexes:
        return None
    value = indexes[0].data(ID_ROLE)
    return int(value) if value is not None else None


def _fit_columns(table: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their contents (within reason); ``stretch`` takes the room left, so
    the table never needs a horizontal scroll bar to show its last column."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + 16, 280))
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
