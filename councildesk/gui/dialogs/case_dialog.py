"""Opening a new case, or reading and changing one: its details, its stages, its documents.

Opening an existing case decrypts it, so the audit trail notes the view. Moving to the next
stage and attaching a document are each their own saved action, as the buttons say; the Save
button saves the case's details.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from councildesk.errors import CouncilDeskError, Problem, ValidationError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.clause_picker import ClausePickerDialog
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.dialogs.stage_dialog import StageDialog
from councildesk.gui.forms.ui_case_dialog import Ui_CaseDialog
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.widgets.party_picker import PersonChoice
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import ROUTE_LABELS, Route, stage_label
from councildesk.rules.dates import uk_date
from councildesk.services import (
    complaint_choices,
    complaint_printouts,
    complaint_records,
    complaints,
)
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent
from councildesk.services.complaint_parties import concerns_clerk
from councildesk.services.database import Session

ROUTE_HINTS = {
    Route.GRIEVANCE: "An officer's concern about a councillor: informal resolution first, then "
    "conciliation through the Monitoring Officer, then the formal grievance procedure.",
    Route.CONDUCT_OF_OFFICER: "A councillor's concern about an officer's conduct or performance: "
    "raised with the Clerk (with the Chair when it concerns the Clerk).",
    Route.CODE_OF_CONDUCT: "An allegation that a councillor broke the Code of Conduct. The "
    "council records it and refers it; the Monitoring Officer (in Wales, the Ombudsman) decides.",
    Route.PUBLIC: "A member of the public's complaint about the council's administration, under "
    "its complaints procedure. Not a route for councillors or staff.",
}


class CaseDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        book: Casebook,
        case_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.book, self.case_id = book, case_id
        self.saved_id: int | None = case_id
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            self.options = complaint_choices.people_options(session, context.today())
            self.version_label, self.clause_options = complaint_choices.protocol_clauses(session)
        choices = [PersonChoice(o.id, o.name, o.detail) for o in self.options]
        for picker, name in (
            (ui.complainantPicker, "Complainant"),
            (ui.subjectPicker, "Subject"),
            (ui.handlerPicker, "Dealt with by"),
        ):
            picker.set_people(choices)
            picker.name_controls(name)
        for route in Route:
            ui.routeCombo.addItem(ROUTE_LABELS[route], route.value)
        for how in complaints.HOW_RECEIVED:
            ui.howCombo.addItem(how.capitalize(), how)
        ui.routeCombo.currentIndexChanged.connect(self._route_changed)
        ui.clausesButton.clicked.connect(self.choose_clauses)
        ui.nextStageButton.clicked.connect(self.next_stage)
        ui.referralButton.clicked.connect(self.referral_letter)
        ui.referralButton.setToolTip(
            "The letter referring the allegation, from the council's details"
        )
        ui.attachButton.clicked.connect(self.attach)
        ui.openDocumentButton.clicked.connect(self.save_document_copy)
        ui.removeDocumentButton.clicked.connect(self.remove_document)
        ui.documentsHint.setText(
            f"Each document can be up to {complaint_records.MAX_DOCUMENT_LABEL}. Documents are "
            "kept encrypted with the case."
        )
        ui.stagesTable.setColumnCount(4)
        ui.stagesTable.setHorizontalHeaderLabels(["Stage", "Date", "Panel", "Details"])
        header = ui.stagesTable.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.clauses: list[dict[str, object]] = []
        self.stage_key = ""
        self.about_clerk = False
        self.heard_by: list[int] = []
        self.stage_message = ""
        if case_id is None:
            self.setWindowTitle("New case")
            ui.receivedDate.setValue(context.today())
            for tab in (ui.stagesTab, ui.documentsTab):
                ui.tabs.setTabEnabled(ui.tabs.indexOf(tab), False)
            ui.tabs.setTabToolTip(ui.tabs.indexOf(ui.stagesTab), "Save the case first")
        else:
            self._load()
        self._route_changed()
        ui.referralButton.setVisible(case_id is not None and self.route() is Route.CODE_OF_CONDUCT)
        self.setup_errors(
            ui.caseForm,
            {
                "route": ui.routeCombo,
                "received_on": ui.receivedDate,
                "how_received": ui.howCombo,
                "acknowledged_on": ui.acknowledgedDate,
                "complainant": ui.complainantPicker,
                "subject": ui.subjectPicker,
                "handler": ui.handlerPicker,
                "summary": ui.summaryEdit,
            },
            ui.errorLabel,
            ui.buttonBox,
        )
        (ui.routeCombo if case_id is None else ui.summaryEdit).setFocus()

    # --- loading --------------------------------------------------------------------------------
    def route(self) -> Route:
        return Route(str(self.ui.routeCombo.currentData()))

    def _load(self) -> None:
        ui = self.ui
        assert self.case_id is not None
        with self.context.db.transaction() as session:
            view = complaints.view_case(session, self.book, self.case_id)
            deadlines = complaints.case_deadlines(session, view.case)
            documents = complaint_records.list_documents(self.book, view.case)
            about = concerns_clerk(session, view.content.complainant, view.content.subject)
        case, content = view.case, view.content
        self.reference, self.stage_key = case.reference, case.stage
        self.closed = case.closed_on is not None or case.anonymised_on is not None
        self.setWindowTitle(f"Case {case.reference}")
        ui.routeCombo.setCurrentIndex(ui.routeCombo.findData(case.route))
        ui.routeCombo.setEnabled(False)
        ui.receivedDate.setValue(case.received_on)
        ui.receivedDate.setEnabled(False)
        ui.acknowledgedDate.setValue(case.acknowledged_on)
        if content.how_received:
            ui.howCombo.setCurrentIndex(max(ui.howCombo.findData(content.how_received), 0))
        ui.complainantPicker.set_value(content.complainant)
        ui.subjectPicker.set_value(content.subject)
        ui.handlerPicker.set_value(content.handler)
        self.clauses = list(content.clauses)
        self._show_clauses()
        ui.summaryEdit.setPlainText(content.summary)
        ui.notesEdit.setPlainText(content.notes)
        ui.outcomeTextEdit.setPlainText(content.outcome_text)
        self.about_clerk = about
        self.heard_by = [
            p.person_id
            for p in (view.stages[-1].content.panel if view.stages else [])
            if p.person_id is not None
        ]
        table = ui.stagesTable
        table.setRowCount(len(view.stages))
        for row, stage_view in enumerate(view.stages):
            s = stage_view.content
            companion = (
                f"Accompanied by {s.companion}"
                if s.accompaniment is Accompaniment.ACCOMPANIED
                else "Attended alone"
                if s.accompaniment is Accompaniment.DECLINED
                else ""
            )
            cells = [
                stage_label(self.route(), stage_view.key, about_clerk=about),
                uk_date(stage_view.on),
                ", ".join(p.name for p in s.panel),
                "\n".join(p for p in (companion, s.decision, s.notes) if p),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        now = stage_label(self.route(), case.stage, about_clerk=about)
        pending = "; ".join(f"{d.what} by {uk_date(d.due_on)}" for d in deadlines)
        ui.currentStageLabel.setText(f"Now at: {now}." + (f" Next: {pending}." if pending else ""))
        ui.nextStageButton.setEnabled(not self.closed)
        ui.documentsList.clear()
        for document in documents:
            item = QListWidgetItem(
                f"{document.name} ({document.size / 1024:.0f} KB, {uk_date(document.added_on)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            ui.documentsList.addItem(item)
        for button in (ui.openDocumentButton, ui.removeDocumentButton):
            button.setEnabled(bool(documents))
        ui.attachButton.setEnabled(case.anonymised_on is None)

    def _route_changed(self) -> None:
        self.ui.routeHint.setText(ROUTE_HINTS[self.route()])

    def _show_clauses(self) -> None:
        labels = [str(c.get("label", "")) for c in self.clauses]
        self.ui.clausesSummary.setText("; ".join(labels) if labels else "None chosen")

    # --- actions --------------------------------------------------------------------------------
    def choose_clauses(self) -> None:
        if not self.clause_options:
            show_error(self, "No clauses to choose", self.version_label)
            return
        chosen = [int(str(c["node_id"])) for c in self.clauses if "node_id" in c]
        picker = ClausePickerDialog(self.version_label, self.clause_options, chosen, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.clauses = [{"node_id": i, "label": label} for i, label in picker.chosen()]
            self._show_clauses()

    def next_stage(self) -> None:
        assert self.case_id is not None
        councillors = [o for o in self.options if o.councillor]
        dialog = StageDialog(
            self.context,
            self.book,
            self.case_id,
            self.route(),
            self.stage_key,
            councillors,
            self,
            about_clerk=self.about_clerk,
            heard_by=self.heard_by,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.stage_message = dialog.saved_message
            self._load()

    def referral_letter(self) -> None:
        assert self.case_id is not None
        case_id, book = self.case_id, self.book
        # In memory only: the letter names the parties, so no temporary file holds it.
        pdf = io.BytesIO()
        try:
            # A transaction: printing the case is written to the audit trail.
            with self.context.db.transaction() as session:
                complaint_printouts.write_referral(
                    session, book, case_id, pdf, self.context.today()
                )
        except CouncilDeskError as error:
            show_error(self, "Could not make the letter", str(error))
            return
        name = f"referral-{self.reference}.pdf"
        PdfPreviewDialog(pdf.getvalue(), "Referral letter", name, self).exec()

    def attach(self) -> None:
        assert self.case_id is not None
        target, _ = QFileDialog.getOpenFileName(self, "Attach a document", str(Path.home()))
        if target:
            self.attach_path(Path(target))

    def attach_path(self, path: Path) -> None:
        assert self.case_id is not None
        try:
            with self.context.db.transaction() as session:
                complaint_records.attach_document(
                    session, self.book, self.case_id, path, self.context.today()
                )
        except CouncilDeskError as error:
            show_error(self, "Not attached", str(error))
            return
        self._load()

    def _selected_document(self) -> int | None:
        item = self.ui.documentsList.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def save_document_copy(self) -> None:
        document_id = self._selected_document()
        if document_id is None:
            return
        with self.context.db.transaction() as session:
            name, data = complaint_records.document_content(session, self.book, document_id)
        target, _ = QFileDialog.getSaveFileName(self, "Save a copy", str(Path.home() / name))
        if target:
            Path(target).write_bytes(data)

    def remove_document(self) -> None:
        item = self.ui.documentsList.currentItem()
        document_id = self._selected_document()
        if item is None or document_id is None:
            return
        if not confirm(
            self,
            "Remove document",
            f"Remove '{item.text()}' from the case? The casebook's copy goes; this cannot be "
            "undone.",
            "Remove document",
        ):
            return
        with self.context.db.transaction() as session:
            complaint_records.remove_document(session, document_id)
        self._load()

    # --- saving ---------------------------------------------------------------------------------
    def content(self) -> CaseContent:
        ui = self.ui
        return CaseContent(
            how_received=str(ui.howCombo.currentData()),
            complainant=ui.complainantPicker.value(),
            subject=ui.subjectPicker.value(),
            handler=ui.handlerPicker.value(),
            clauses=self.clauses,
            summary=ui.summaryEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            outcome_text=ui.outcomeTextEdit.toPlainText().strip(),
        )

    def save(self, session: Session) -> str:
        ui = self.ui
        if self.case_id is None:
            received = ui.receivedDate.value()
            if received is None:
                raise ValidationError(Problem("received_on", "Give the date it was received."))
            case = complaints.open_case(
                session, self.book, self.route(), received, self.content(), self.context.today()
            )
            self.saved_id = case.id
            return f"Opened case {case.reference}."
        case = complaints.update_case(
            session, self.book, self.case_id, self.content(), ui.acknowledgedDate.value()
        )
        return f"Saved case {case.reference}."
