"""Recording a report or advice given to a political group, with the advice check run on it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCompleter, QFileDialog, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_disclosure_dialog import Ui_DisclosureDialog
from councildesk.gui.icons import icon
from councildesk.rules.advice_language import Finding
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import Form
from councildesk.services import disclosures, groups
from councildesk.services.database import Session
from councildesk.services.disclosure_check import ReportFile, blocking, check, read_report
from councildesk.services.disclosures import DisclosureInput

REPORT_FILTER = "Reports (*.docx *.txt *.md *.pdf)"
KIND_LABELS = {
    "recommendation": "Recommendation",
    "political": "Political implications",
    "no-options": "No options",
}


def findings_html(findings: list[Finding]) -> str:
    """The check's findings as short rich text for a label or the entry's details."""
    if not findings:
        return "Nothing found: the text states facts and options."
    items = []
    for finding in findings:
        quoted = f"“{escape(finding.text)}”<br>" if finding.text else ""
        items.append(
            f"<p style='margin:0 0 6px 0'><b>{KIND_LABELS[finding.kind]}</b> "
            f"(clause {escape(finding.clause)}): {quoted}"
            f"<span style='color:#5f6368'>{escape(finding.why)}</span></p>"
        )
    return "".join(items)


class DisclosureDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.saved_id: int | None = None
        self.report: ReportFile | None = None
        self.findings: list[Finding] = []
        self.ui = Ui_DisclosureDialog()
        self.ui.setupUi(self)
        ui = self.ui
        today = context.today()
        with context.db.session() as session:
            for group in groups.list_groups(session):
                ui.groupCombo.addItem(group.name, group.id)
            for officer in disclosures.officers(session, today):
                ui.officerCombo.addItem(f"{officer.name} ({officer.post})", officer.id)
            clerk = disclosures.default_officer(session, today)
            matters = disclosures.matters(session)
        completer = QCompleter(matters, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        ui.matterEdit.setCompleter(completer)
        if clerk is not None:
            ui.officerCombo.setCurrentIndex(max(0, ui.officerCombo.findData(clerk.id)))
        for form in Form:
            ui.formCombo.addItem(form.label, form.value)
        ui.givenDate.setValue(today)
        ui.chooseButton.setIcon(icon("open-folder"))
        ui.removeButton.setIcon(icon("close"))
        ui.chooseButton.clicked.connect(self.choose_report)
        ui.removeButton.clicked.connect(self.remove_report)
        ui.groupCombo.currentIndexChanged.connect(self._update_told)
        ui.givenDate.dateChanged.connect(self._update_told)
        # Re-check a moment after typing stops rather than on every key.
        self._check_timer = QTimer(self, singleShot=True, interval=400)
        self._check_timer.timeout.connect(self.run_check)
        ui.pasteEdit.textChanged.connect(self._check_timer.start)
        self.setup_errors(
            ui.form,
            {
                "group": ui.groupCombo,
                "given_on": ui.givenDate,
                "officer": ui.officerCombo,
                "matter": ui.matterEdit,
                "summary": ui.summaryEdit,
                "report": ui.chooseButton,
                "proceed_reason": ui.reasonEdit,
            },
            ui.errorLabel,
            ui.buttonBox,
        )
        self._update_report()
        self._update_told()
        self.run_check()
        ui.groupCombo.setFocus()

    # --- who will be told ---------------------------------------------------------------------
    def _update_told(self) -> None:
        group_id, day = self.ui.groupCombo.currentData(), self.ui.givenDate.value()
        if group_id is None or day is None:
            self.ui.toldLabel.setText("Choose the group and the date.")
            return
        with self.context.db.session() as session:
            names, reason = disclosures.preview_recipients(session, int(group_id), day)
        self.ui.toldLabel.setText(", ".join(names) if names else reason)

    # --- the report and the check -----------------------------------------------------------
    def choose_report(self) -> None:
        start = str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Attach the written report", start, REPORT_FILTER
        )
        if chosen:
            self.attach(Path(chosen))

    def attach(self, path: Path) -> None:
        """Read and attach a report file; an unreadable one is named beside the field."""
        try:
            self.report = read_report(path)
        except CouncilDeskError as error:
            self.report = None
            self.ui.checkView.setHtml(f"<p style='color:#a0151b'>{escape(str(error))}</p>")
            self._update_report()
            return
        written = self.ui.formCombo.findData(Form.REPORT.value)
        self.ui.formCombo.setCurrentIndex(written)
        self._update_report()
        self.run_check()

    def remove_report(self) -> None:
        self.report = None
        self._update_report()
        self.run_check()

    def _update_report(self) -> None:
        ui = self.ui
        ui.reportEdit.setText(self.report.name if self.report else "")
        ui.removeButton.setEnabled(self.report is not None)
        ui.pasteEdit.setEnabled(self.report is None)

    def text_to_check(self) -> str:
        return self.report.text if self.report else self.ui.pasteEdit.toPlainText()

    def run_check(self) -> None:
        ui = self.ui
        self._check_timer.stop()
        text = self.text_to_check()
        if not text.strip():
            self.findings = []
            ui.checkView.setHtml(
                "<p style='color:#5f6368'>Attach the report or paste text, and the check "
                "runs on it.</p>"
            )
        else:
            with self.context.db.session() as session:
                self.findings = check(session, text)
            ui.checkView.setHtml(findings_html(self.findings))
        ui.form.setRowVisible(ui.reasonLabel, bool(blocking(self.findings)))

    # --- saving ---------------------------------------------------------------------------------
    def collect(self) -> DisclosureInput:
        ui = self.ui
        group_id = ui.groupCombo.currentData()
        officer_id = ui.officerCombo.currentData()
        return DisclosureInput(
            group_id=int(group_id) if group_id is not None else None,
            given_on=ui.givenDate.value(),
            matter=ui.matterEdit.text(),
            form=Form(ui.formCombo.currentData()),
            officer_id=int(officer_id) if officer_id is not None else None,
            summary=ui.summaryEdit.toPlainText(),
            report=self.report,
            checked_text="" if self.report else ui.pasteEdit.toPlainText(),
            proceed_reason=ui.reasonEdit.toPlainText() if blocking(self.findings) else "",
        )

    def save(self, session: Session) -> str:
        made = disclosures.record(session, self.collect(), self.context.today())
        self.saved_id = made.disclosure.id
        told = [n.recipient for n in made.disclosure.notifications]
        what = (
            f"Recorded {disclosures.given_phrase(made.disclosure.form, made.disclosure.group_name)}"
            f" on {uk_date(made.disclosure.given_on)}."
        )
        if not told:
            return f"{what} {made.reason_none}"
        return (
            f"{what} {len(told)} notice{'s' if len(told) != 1 else ''} to send: {', '.join(told)}."
        )
