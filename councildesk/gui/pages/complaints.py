"""The Complaints page: the casebook, locked behind its own passphrase.

The list shows references, routes, stages and deadlines only, so it is safe on screen while
the casebook is locked; opening, printing or changing a case needs the passphrase. The casebook
locks itself after the council's chosen minutes without use, and closes any case left open.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import BinaryIO

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QMessageBox, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.casebook_lock import InactivityLock
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.case_dialog import CaseDialog
from councildesk.gui.dialogs.casebook_dialogs import (
    CasebookPassphraseDialog,
    CasebookSettingsDialog,
    CasebookSetupDialog,
)
from councildesk.gui.dialogs.subject_access_dialog import SubjectAccessDialog
from councildesk.gui.export_button import Exporter, export_button
from councildesk.gui.forms.ui_complaints_page import Ui_ComplaintsPage
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error
from councildesk.gui.pages.base import Page
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.table_model import ID_ROLE, Column, FilterProxy, RowTableModel
from councildesk.rules.complaints import ROUTE_SHORT_LABELS, stage_label
from councildesk.rules.dates import uk_date
from councildesk.services import (
    casebook_crypto,
    complaint_printouts,
    complaint_records,
    complaints,
    subject_access,
)
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaints import CaseRow, CaseStatus
from councildesk.services.database import Session

Writer = Callable[[Session, BinaryIO, dt.date], None]

SCOPES = (
    ("All cases", None),
    ("Open", lambda r: r.closed_on is None),
    ("Overdue", lambda r: r.status is CaseStatus.OVERDUE),
    ("Closed", lambda r: r.closed_on is not None),
    ("Past retention", lambda r: r.status is CaseStatus.PAST_RETENTION),
)


def _deadline(row: CaseRow) -> str:
    pending = row.next_deadline
    return f"{pending.what} by {uk_date(pending.due_on)}" if pending else ""


class ComplaintsPage(Page):
    title = "Complaints"
    icon_name = "complaints"
    area = "complaints"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.book: Casebook | None = None
        self._pending_open: int | None = None
        self._pending_request: int | None = None
        self.ui = Ui_ComplaintsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.idle = InactivityLock(self.lock_after_idle, self)
        self.model = RowTableModel(
            (
                Column("Reference", lambda r: r.reference),
                Column("Route", lambda r: ROUTE_SHORT_LABELS[r.route]),
                Column("Received", lambda r: r.received_on),
                Column("Stage", lambda r: stage_label(r.route, r.stage)),
                Column("Next deadline", _deadline),
                Column("Status", lambda r: r.status.label),
                Column("Kept until", lambda r: r.retention_on),
            )
        )
        self.proxy = FilterProxy()
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The deadline takes the spare width, so every column fits without scrolling sideways.
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        ui.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        for label, _predicate in SCOPES:
            ui.scopeCombo.addItem(label)
        ui.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        ui.filterEdit.textChanged.connect(self._filter_changed)
        self._setup_buttons()
        ui.table.doubleClicked.connect(self._open_index)
        ui.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, ui.filterEdit.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_case)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.table, self.open_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        ui.passphraseEdit.returnPressed.connect(self.unlock)
        self._show_lock_state()

    def _setup_buttons(self) -> None:
        ui = self.ui
        for button, name, slot in (
            (ui.newButton, "add", self.new_case),
            (ui.openButton, "edit", self.open_selected),
            (ui.printButton, "print", self.print_case),
            (ui.retentionButton, "delete", self.retention_choice),
            (ui.unlockButton, "check", self.unlock),
            (ui.recoveryButton, "info", self.recover),
            (ui.setupButton, "settings", self.set_up),
            (ui.lockButton, "close", self.lock),
        ):
            button.setIcon(icon(name))
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
        menu = QMenu(ui.moreButton)
        for text, name, slot in (
            ("Subject access requests…", "people", self.open_requests),
            ("Print the register of cases…", "print", self.print_register),
            ("Print the public summary…", "pdf", self.print_public),
            ("Deadlines and retention…", "settings", self.edit_settings),
            ("Change the passphrase…", "edit", self.change_passphrase),
        ):
            action = QAction(icon(name), text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        ui.moreButton.setMenu(menu)
        # The register's clear fields only (references, routes, dates, stages, outcomes):
        # no name or word of a case, so it needs no passphrase and works while locked.
        export_button(
            self, ui.exportButton, Exporter(self, "the complaints register", register="complaints")
        )
        self.more_actions = menu.actions()

    # --- state ------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.book is not None and not self.book.locked

    def refresh(self) -> None:
        selected = self.selected_id()
        with self.context.db.session() as session:
            rows = complaints.list_cases(session, self.context.today())
            self._set_up = casebook_crypto.is_set_up(session)
            self._lock_minutes = complaints.lock_minutes(session)
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(selected)
        self._show_lock_state()
        self._update_count()

    def _show_lock_state(self, problem: str = "") -> None:
        ui = self.ui
        set_up = getattr(self, "_set_up", False)
        unlocked = self.unlocked
        for widget, shown in (
            (ui.passphraseEdit, set_up and not unlocked),
            (ui.unlockButton, set_up and not unlocked),
            (ui.recoveryButton, set_up and not unlocked),
            (ui.setupButton, not set_up),
            (ui.lockButton, unlocked),
        ):
            widget.setVisible(shown)
        if not set_up:
            text = (
                "The casebook has not been set up. Choose its passphrase to start keeping "
                "cases; they are stored encrypted."
            )
        elif unlocked:
            minutes = getattr(self, "_lock_minutes", 10)
            text = f"Unlocked. The casebook locks itself after {minutes} minutes without use."
        else:
            text = problem or "The casebook is locked. Type its passphrase to open cases."
        ui.lockLabel.setText(text)
        ui.lockLabel.setProperty("role", "error" if problem else "")
        ui.lockLabel.style().unpolish(ui.lockLabel)
        ui.lockLabel.style().polish(ui.lockLabel)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, row = self.ui, self.selected_row()
        ui.newButton.setEnabled(self.unlocked)
        ui.openButton.setEnabled(self.unlocked and row is not None)
        ui.printButton.setEnabled(self.unlocked and row is not None and not row.anonymised)
        ui.retentionButton.setEnabled(row is not None and row.closed_on is not None)
        for action in self.more_actions:
            needs_key = action.text().startswith(("Print the register", "Subject access"))
            needs_setup = action.text().startswith(("Change", "Deadlines"))
            set_up = getattr(self, "_set_up", False)
            action.setEnabled((not needs_key or self.unlocked) and (not needs_setup or set_up))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "case" if total == 1 else "cases"
        text = f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        self.ui.countLabel.setText(text)

    # --- locking ------------------------------------------------------------------------------
    def unlock(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        self.ui.passphraseEdit.clear()
        try:
            with self.context.db.session() as session:
                book = casebook_crypto.unlock(session, passphrase)
        except CouncilDeskError as error:
            self._show_lock_state(str(error))
            self.ui.passphraseEdit.setFocus()
            return
        self._unlocked(book, "Unlocked the casebook.")

    def _unlocked(self, book: Casebook, message: str) -> None:
        self.book = book
        self.idle.start(getattr(self, "_lock_minutes", 10))
        self.refresh()
        self.status.emit(message)
        if self._pending_open is not None:
            case_id, self._pending_open = self._pending_open, None
            self.open_case(case_id)
        elif self._pending_request is not None:
            request_id, self._pending_request = self._pending_request, None
            self.show_requests(request_id)

    def lock(self) -> None:
        if self.book is not None:
            self.book.lock()
        self.book = None
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._show_lock_state()
        self.status.emit("Locked the casebook.")

    def lock_after_idle(self) -> None:
        self.lock()
        minutes = getattr(self, "_lock_minutes", 10)
        self.status.emit(f"The casebook locked itself after {minutes} minutes without use.")

    def set_up(self) -> None:
        dialog = CasebookSetupDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.book is not None:
            self._unlocked(dialog.book, "Set up the casebook. Keep the recovery key safe.")

    def recover(self) -> None:
        dialog = CasebookPassphraseDialog(self.context, self, recovering=True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.book is not None:
            self._unlocked(dialog.book, dialog.saved_message)

    def change_passphrase(self) -> None:
        dialog = CasebookPassphraseDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.emit(dialog.saved_message)

    def edit_settings(self) -> None:
        dialog = CasebookSettingsDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            if self.unlocked:
                self.idle.start(self._lock_minutes)
            self.status.emit(dialog.saved_message)

    # --- cases --------------------------------------------------------------------------------
    def selected_row(self) -> CaseRow | None:
        indexes = self.ui.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row: CaseRow = self.model.row_object(self.proxy.mapToSource(indexes[0]).row())
        return row

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_id(self, case_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.ui.table.selectRow(row)
                self.ui.table.scrollTo(index)
                return

    def open_record(self, record_id: int | None) -> None:
        """From the Dashboard: show the case, opening it once the casebook is unlocked."""
        self.refresh()
        if record_id is None:
            return
        self.select_id(record_id)
        if self.unlocked:
            self.open_case(record_id)
        else:
            self._pending_open, self._pending_request = record_id, None
            self.ui.passphraseEdit.setFocus()
            self.status.emit("Type the casebook passphrase to open the case.")

    def follow_action(self, area: str, record_id: int | None) -> None:
        """A case's deadline opens the case; a subject access request's opens the requests."""
        if area != subject_access.SAR_AREA:
            self.open_record(record_id)
            return
        self.refresh()
        if self.unlocked:
            self.show_requests(record_id)
        else:
            self._pending_request, self._pending_open = record_id, None
            self.ui.passphraseEdit.setFocus()
            self.status.emit("Type the casebook passphrase to see the subject access request.")

    def open_requests(self) -> None:
        self.show_requests(None)

    def show_requests(self, request_id: int | None) -> None:
        """The subject access requests (the casebook must be unlocked: they show names)."""
        if self.book is None or not self.unlocked:
            return
        dialog = SubjectAccessDialog(self.context, self.book, self)
        if request_id is not None:
            dialog.select_id(request_id)
        self.last_requests = dialog
        dialog.exec()
        if dialog.messages:
            self.status.emit(dialog.messages[-1])
        self.data_changed.emit()

    def new_case(self) -> None:
        if self.book is None or not self.unlocked:
            return
        self._run(CaseDialog(self.context, self.book, None, self))

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None and self.unlocked:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        if self.book is None:
            return
        try:
            dialog = CaseDialog(self.context, self.book, case_id, self)
        except CouncilDeskError as error:
            show_error(self, "Case not opened", str(error))
            return
        self._run(dialog)

    def _run(self, dialog: CaseDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        if dialog.saved_id is not None:
            self.select_id(dialog.saved_id)
        if accepted:
            self.status.emit(dialog.saved_message)
        elif dialog.stage_message:
            self.status.emit(dialog.stage_message)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_selected()

    def retention_choice(self) -> None:
        row = self.selected_row()
        if row is None or row.closed_on is None:
            return
        kept = f", kept until {uk_date(row.retention_on)}" if row.retention_on else ""
        box = QMessageBox(QMessageBox.Icon.Warning, "Anonymise or delete", "", parent=self)
        box.setText(
            f"Case {row.reference} closed on {uk_date(row.closed_on)}{kept}.\n\n"
            "Anonymise: every name, summary, note, stage detail and attached document goes; the "
            "route, dates, stages and outcome stay for the statistics.\n\n"
            "Delete: the whole case goes, and it no longer counts in the public summary.\n\n"
            "Neither can be undone."
        )
        anonymise = box.addButton("Anonymise", QMessageBox.ButtonRole.DestructiveRole)
        delete = box.addButton("Delete case", QMessageBox.ButtonRole.DestructiveRole)
        anonymise.setEnabled(not row.anonymised)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (anonymise, delete):
            return
        today = self.context.today()
        try:
            with self.context.db.transaction() as session:
                if clicked is anonymise:
                    reference = complaint_records.anonymise(session, row.id, today)
                    message = f"Anonymised case {reference}; its statistics remain."
                else:
                    reference = complaint_records.delete_case(session, row.id)
                    message = f"Deleted case {reference}."
        except CouncilDeskError as error:
            show_error(self, "Not changed", str(error))
            return
        self.refresh()
        self.data_changed.emit()
        self.status.emit(message)

    # --- printing -----------------------------------------------------------------------------
    def print_case(self) -> None:
        row, book = self.selected_row(), self.book
        if row is None or book is None:
            return

        def write(session: Session, out: BinaryIO, today: dt.date) -> None:
            complaint_printouts.write_case(session, book, row.id, out, today)

        self._preview(write, f"Case {row.reference}", f"case-{row.reference}.pdf")

    def print_register(self) -> None:
        book = self.book
        if book is None:
            return

        def write(session: Session, out: BinaryIO, today: dt.date) -> None:
            complaint_printouts.write_register(session, book, out, today)

        self._preview(write, "Register of cases", "complaints-register.pdf")

    def print_public(self) -> None:
        self._preview(complaint_printouts.write_public, "Public summary", "complaints-summary.pdf")

    def _preview(self, write: Writer, title: str, name: str) -> None:
        # Made in memory and shown from memory: a confidential printout never touches a
        # temporary file, where a crash or a synced folder could keep a readable copy.
        pdf = io.BytesIO()
        try:
            # A transaction: printing a case is written to the audit trail.
            with self.context.db.transaction() as session:
                write(session, pdf, self.context.today())
        except (CouncilDeskError, OSError) as error:
            show_error(self, "Could not make the printout", str(error))
            return
        dialog = PdfPreviewDialog(pdf.getvalue(), title, name, self)
        self.last_preview = dialog
        dialog.exec()
        if dialog.saved_to is not None:
            self.status.emit(f"Saved {title.lower()} to {dialog.saved_to}.")

    # --- filtering ----------------------------------------------------------------------------
    def _scope_changed(self, index: int) -> None:
        self.proxy.set_predicate(SCOPES[index][1])
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()
