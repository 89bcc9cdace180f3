"""Subject access requests, from the unlocked casebook: the list, each request's form, and the
bundle, previewed from memory or exported as PDF and JSON to a folder the clerk chooses."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from councildesk.errors import CouncilDeskError, Problem, ValidationError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_subject_access_dialog import Ui_SubjectAccessDialog
from councildesk.gui.forms.ui_subject_access_request_dialog import (
    Ui_SubjectAccessRequestDialog,
)
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.table_model import ID_ROLE, Column, FilterProxy, RowTableModel
from councildesk.gui.widgets.party_picker import PersonChoice
from councildesk.rules import subject_access as rules
from councildesk.rules.dates import long_date, uk_date
from councildesk.services import complaint_choices, complaints, subject_access
from councildesk.services import subject_access_bundle as bundles
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.database import Session
from councildesk.services.subject_access import NamedRequest, RequestContent

_STATUS = {
    "open": "Open",
    "overdue": "Overdue",
    "answered": "Answered",
    "answered late": "Answered late",
}


def _status(request: NamedRequest) -> str:
    shown = _STATUS[request.row.status]
    return f"{shown} (extended)" if request.row.extended else shown


class RequestDialog(FormDialog):
    """Record a new request, or correct one and record the day it was answered."""

    def __init__(
        self,
        context: AppContext,
        book: Casebook,
        request_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.book, self.request_id = book, request_id
        self.ui = Ui_SubjectAccessRequestDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            options = complaint_choices.people_options(session, context.today())
            self._nation = complaints.nation(session)
        # Nobody is chosen at first, so a request is never saved against the first name listed.
        ui.personPicker.set_people([PersonChoice(o.id, o.name, o.detail) for o in options])
        ui.personPicker.name_controls("Whose data")
        for how in complaints.HOW_RECEIVED:
            ui.howCombo.addItem(how.capitalize(), how)
        ui.receivedDate.dateChanged.connect(self._show_due)
        ui.extendedCheck.toggled.connect(self._show_due)
        self.setup_errors(
            ui.form,
            {
                "person": ui.personPicker,
                "requester": ui.requesterEdit,
                "received_on": ui.receivedDate,
                "how_received": ui.howCombo,
                "notes": ui.notesEdit,
                "answered_on": ui.answeredDate,
                "extended": ui.extendedCheck,
            },
            ui.errorLabel,
            ui.buttonBox,
        )
        if request_id is None:
            self.setWindowTitle("New subject access request")
            ui.receivedDate.setValue(context.today())
            ui.form.setRowVisible(ui.answeredDate, False)
            ui.form.setRowVisible(ui.extendedCheck, False)
        else:
            self._load(request_id)
        self._show_due()
        ui.personPicker.setFocus()

    def _load(self, request_id: int) -> None:
        ui = self.ui
        with self.context.db.transaction() as session:
            row = subject_access.get_request(session, request_id)
            content = subject_access.view_request(session, self.book, request_id)
            self.reference = subject_access.reference_of(row)
            received, answered = row.received_on, row.completed_on
            extended = subject_access.is_extended(row)
        self.setWindowTitle(f"Subject access request {self.reference}")
        ui.personPicker.set_value(content.person)
        ui.requesterEdit.setText(content.requester)
        ui.receivedDate.setValue(received)
        # The deadline runs from the day it arrived: that date is not changed afterwards.
        ui.receivedDate.setEnabled(False)
        ui.howCombo.setCurrentIndex(max(ui.howCombo.findData(content.how_received), 0))
        ui.notesEdit.setPlainText(content.notes)
        ui.answeredDate.setValue(answered)
        ui.extendedCheck.setChecked(extended)

    def answer_now(self) -> None:
        """Open ready to record the answer: today's date in the field, the cursor there."""
        if self.ui.answeredDate.value() is None:
            self.ui.answeredDate.setValue(self.context.today())
        self.ui.answeredDate.setFocus()

    def _show_due(self) -> None:
        received = self.ui.receivedDate.value()
        if received is None:
            self.ui.dueLabel.setText("")
            return
        extended = self.ui.extendedCheck.isChecked()
        due = rules.response_due(received, self._nation, extended=extended)
        self.ui.dueLabel.setText(f"Answer due by {long_date(due)}")

    def content(self) -> RequestContent:
        ui = self.ui
        return RequestContent(
            person=ui.personPicker.value(),
            how_received=str(ui.howCombo.currentData()),
            requester=" ".join(ui.requesterEdit.text().split()),
            notes=ui.notesEdit.toPlainText().strip(),
        )

    def save(self, session: Session) -> str:
        today = self.context.today()
        if self.request_id is None:
            received = self.ui.receivedDate.value()
            if received is None:
                raise ValidationError(Problem("received_on", "Give the date it was received."))
            row = subject_access.record_request(session, self.book, self.content(), received, today)
            self.saved_id = row.id
            return (
                f"Recorded subject access request {subject_access.reference_of(row)}; "
                f"answer due by {uk_date(row.due_on)}."
            )
        row = subject_access.update_request(
            session, self.book, self.request_id, self.content(), today
        )
        answered = self.ui.answeredDate.value()
        extended = self.ui.extendedCheck.isChecked()
        subject_access.extend(session, self.request_id, extended, today)
        subject_access.mark_answered(session, self.request_id, answered, today)
        self.saved_id = row.id
        reference = subject_access.reference_of(row)
        if answered is not None:
            return f"Subject access request {reference}: answered on {uk_date(answered)}."
        return f"Saved subject access request {reference}."


class SubjectAccessDialog(QDialog):
    """The list of requests, with whose data each asks for (the casebook is unlocked)."""

    def __init__(self, context: AppContext, book: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.book = context, book
        self.messages: list[str] = []
        self.ui = Ui_SubjectAccessDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RowTableModel(
            (
                Column("Reference", lambda r: r.row.reference),
                Column("Whose data", lambda r: r.person),
                Column("Received", lambda r: r.row.received_on),
                Column("Answer due", lambda r: r.row.due_on),
                Column("Answered", lambda r: r.row.answered_on),
                Column("Status", _status),
            )
        )
        self.proxy = FilterProxy()
        # Owned by the dialog, so they live exactly as long as the table that shows them.
        self.model.setParent(self)
        self.proxy.setParent(self)
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        ui.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        for button, name, slot in (
            (ui.newButton, "add", self.new_request),
            (ui.editButton, "edit", self.edit_selected),
            (ui.previewButton, "pdf", self.preview_selected),
            (ui.exportButton, "export", self.export_selected),
            (ui.answeredButton, "check", self.answer_selected),
        ):
            button.setIcon(icon(name))
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
        ui.buttonBox.rejected.connect(self.reject)
        for button in ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        ui.table.doubleClicked.connect(self._open_index)
        ui.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        with self.context.db.transaction() as session:
            rows = subject_access.list_named(session, self.book, self.context.today())
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(selected)
        total = len(rows)
        waiting = sum(1 for r in rows if r.row.answered_on is None)
        noun = "request" if total == 1 else "requests"
        self.ui.countLabel.setText(f"{total} {noun}, {waiting} awaiting an answer")
        self._update_buttons()

    def selected(self) -> NamedRequest | None:
        indexes = self.ui.table.selectionModel().selectedRows()
        if not indexes:
            return None
        found: NamedRequest = self.model.row_object(self.proxy.mapToSource(indexes[0]).row())
        return found

    def selected_id(self) -> int | None:
        found = self.selected()
        return found.row.id if found is not None else None

    def select_id(self, request_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == request_id:
                self.ui.table.selectRow(row)
                self.ui.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.ui.editButton, self.ui.previewButton, self.ui.exportButton):
            button.setEnabled(chosen is not None)
        self.ui.answeredButton.setEnabled(chosen is not None and chosen.row.answered_on is None)

    def _note(self, message: str) -> None:
        self.messages.append(message)
        self.ui.countLabel.setText(message)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _run(self, dialog: RequestDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            saved = getattr(dialog, "saved_id", None)
            if saved is not None:
                self.select_id(saved)
            self._note(dialog.saved_message)

    def new_request(self) -> None:
        self._run(RequestDialog(self.context, self.book, None, self))

    def edit_selected(self, *, answering: bool = False) -> None:
        request_id = self.selected_id()
        if request_id is None:
            return
        try:
            dialog = RequestDialog(self.context, self.book, request_id, self)
        except CouncilDeskError as error:
            show_error(self, "Request not opened", str(error))
            return
        if answering:
            dialog.answer_now()
        self._run(dialog)

    def answer_selected(self) -> None:
        self.edit_selected(answering=True)

    def preview_selected(self) -> None:
        request_id = self.selected_id()
        if request_id is None:
            return
        pdf = io.BytesIO()  # shown from memory: no temporary file ever holds the bundle
        try:
            with self.context.db.transaction() as session:
                sheet = bundles.gather(session, self.book, request_id, self.context.today())
                bundles.write_pdf(session, sheet, pdf)
        except (CouncilDeskError, OSError) as error:
            show_error(self, "Could not make the bundle", str(error))
            return
        name = f"{sheet.reference} bundle.pdf"
        dialog = PdfPreviewDialog(
            pdf.getvalue(), f"Subject access request {sheet.reference}", name, self
        )
        self.last_preview = dialog
        dialog.exec()
        if dialog.saved_to is not None:
            self._note(f"Saved the bundle to {dialog.saved_to}.")

    def export_selected(self) -> None:
        if self.selected_id() is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, "Export the bundle to a folder", str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        request_id = self.selected_id()
        if request_id is None:
            return
        try:
            with self.context.db.transaction() as session:
                pdf, data = bundles.write_bundle(
                    session, self.book, request_id, folder, self.context.today()
                )
        except CouncilDeskError as error:
            show_error(self, "Not exported", str(error))
            return
        self._note(
            f"Saved {pdf.name} and {data.name} in {folder}. Redact the third parties it lists "
            "before sending."
        )
