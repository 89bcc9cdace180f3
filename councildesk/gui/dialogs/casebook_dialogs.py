"""Setting up the casebook, changing or recovering its passphrase, and its settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from councildesk.errors import CouncilDeskError, Problem, ValidationError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_casebook_passphrase_dialog import Ui_CasebookPassphraseDialog
from councildesk.gui.forms.ui_casebook_settings_dialog import Ui_CasebookSettingsDialog
from councildesk.gui.forms.ui_casebook_setup_dialog import Ui_CasebookSetupDialog
from councildesk.gui.messages import show_error
from councildesk.gui.widgets.field_errors import FieldErrors
from councildesk.rules.complaint_deadlines import DeadlineSettings
from councildesk.services import casebook_crypto, complaints
from councildesk.services.casebook_crypto import Casebook, KdfParams
from councildesk.services.database import Session

_WRAP_LEFT = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
NOBODY_CAN_READ = (
    "Without the passphrase or the recovery key nobody can read the cases: not you, not a "
    "computer expert, not the makers of CouncilDesk. There is no other way in."
)


class CasebookSetupDialog(QDialog):
    """Choose the passphrase, then see the recovery key once and confirm it is kept safe."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, params: KdfParams | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.params = params or casebook_crypto.STRONG
        self.book: Casebook | None = None
        self.ui = Ui_CasebookSetupDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.introLabel.setText(
            "Complaints and grievances are kept encrypted. Choose a passphrase of at least "
            f"{casebook_crypto.PASSPHRASE_MIN_LENGTH} characters: a few unrelated words are easy "
            "to remember and hard to guess. You will type it to open the casebook, separately "
            "from opening CouncilDesk.\n\n" + NOBODY_CAN_READ
        )
        ui.keyIntroLabel.setText(
            "This is the casebook's recovery key. It is shown only now. If the passphrase is "
            "ever forgotten, the recovery key sets a new one. Print it or write it down and "
            "keep it with the council's papers, away from this computer.\n\n" + NOBODY_CAN_READ
        )
        font = ui.recoveryKeyEdit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setFamily("monospace")
        ui.recoveryKeyEdit.setFont(font)
        self.errors = FieldErrors(
            ui.chooseForm,
            {"passphrase": ui.passphraseEdit, "repeat": ui.repeatEdit},
            ui.errorLabel,
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.keptCheck.toggled.connect(self._update_ok)
        ui.copyKeyButton.clicked.connect(self._copy)
        ui.printKeyButton.clicked.connect(self._print)
        for button in ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Set up")
        ui.pages.setCurrentWidget(ui.choosePage)
        ui.passphraseEdit.setFocus()

    def _update_ok(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        choosing = self.ui.pages.currentWidget() is self.ui.choosePage
        ok.setEnabled(choosing or self.ui.keptCheck.isChecked())

    def accept(self) -> None:
        ui = self.ui
        if ui.pages.currentWidget() is ui.keyPage:
            super().accept()
            return
        passphrase = ui.passphraseEdit.text()
        try:
            casebook_crypto.check_passphrase(passphrase, ui.repeatEdit.text())
            with self.context.db.transaction() as session:
                self.book, recovery = casebook_crypto.set_up(
                    session, passphrase, params=self.params
                )
        except ValidationError as error:
            self.errors.show(error)
            return
        except CouncilDeskError as error:
            show_error(self, "Casebook not set up", str(error))
            return
        ui.passphraseEdit.clear()
        ui.repeatEdit.clear()
        ui.recoveryKeyEdit.setText(recovery)
        ui.pages.setCurrentWidget(ui.keyPage)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Done")
        self._update_ok()
        ui.keptCheck.setFocus()

    def reject(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.keyPage and not self.ui.keptCheck.isChecked():
            return  # the key is shown once: it must not vanish with a stray Escape
        super().reject()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.recoveryKeyEdit.text())

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.paint_key(printer)

    def paint_key(self, device: QPrinter | QPdfWriter) -> None:
        """One A4 page: what the key is for, and the key itself, large."""
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
        painter = QPainter(device)
        try:
            width = device.width()
            font = painter.font()
            font.setPointSize(12)
            painter.setFont(font)
            lines = [
                "CouncilDesk: recovery key for the complaints casebook",
                "",
                "Keep this page with the council's papers, away from the computer.",
                "It sets a new casebook passphrase if the old one is forgotten.",
                NOBODY_CAN_READ,
            ]
            y = device.height() // 12
            for line in lines:
                rect = painter.boundingRect(0, y, width, 0, _WRAP_LEFT, line)
                painter.drawText(rect, _WRAP_LEFT, line)
                y += rect.height() + device.height() // 80
            font.setPointSize(20)
            font.setFamily("monospace")
            painter.setFont(font)
            painter.drawText(0, y + device.height() // 20, self.ui.recoveryKeyEdit.text())
        finally:
            painter.end()


class CasebookPassphraseDialog(FormDialog):
    """Change the passphrase (knowing the old one), or set a new one with the recovery key."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, recovering: bool = False
    ) -> None:
        super().__init__(context, parent)
        self.recovering = recovering
        self.book: Casebook | None = None
        self.ui = Ui_CasebookPassphraseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if recovering:
            self.setWindowTitle("Forgotten passphrase")
            ui.currentLabel.setText("&Recovery key")
            ui.currentEdit.setAccessibleName("Recovery key")
            ui.currentEdit.setEchoMode(QLineEdit.EchoMode.Normal)
            ui.currentEdit.setPlaceholderText("XXXX-XXXX-…, from the page printed at set-up")
            ui.introLabel.setText(
                "Type the recovery key given when the casebook was set up, then choose a new "
                "passphrase. The cases stay as they are. " + NOBODY_CAN_READ
            )
        else:
            ui.introLabel.setText(
                "Choose a new passphrase. The cases stay as they are; only the key that opens "
                "them is locked again under the new passphrase. The recovery key still works."
            )
        self.setup_errors(
            ui.form,
            {"current": ui.currentEdit, "passphrase": ui.newEdit, "repeat": ui.repeatEdit},
            ui.errorLabel,
            ui.buttonBox,
        )
        ui.currentEdit.setFocus()

    def save(self, session: Session) -> str:
        ui = self.ui
        casebook_crypto.check_passphrase(ui.newEdit.text(), ui.repeatEdit.text())
        try:
            if self.recovering:
                self.book = casebook_crypto.change_passphrase(
                    session, ui.newEdit.text(), recovery_key=ui.currentEdit.text()
                )
            else:
                self.book = casebook_crypto.change_passphrase(
                    session, ui.newEdit.text(), old_passphrase=ui.currentEdit.text()
                )
        except casebook_crypto.WrongPassphraseError as error:
            raise ValidationError(Problem("current", str(error))) from None
        return "Changed the casebook passphrase; every case is as it was."


class CasebookSettingsDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CasebookSettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            settings = complaints.get_settings(session)
            minutes = complaints.lock_minutes(session)
        self.spins = {
            "acknowledge": ui.acknowledgeSpin,
            "refer": ui.referSpin,
            "meeting": ui.meetingSpin,
            "decision": ui.decisionSpin,
            "appeal": ui.appealSpin,
            "panel_minimum": ui.panelSpin,
            "retention_years": ui.retentionSpin,
        }
        for name, spin in self.spins.items():
            spin.setValue(getattr(settings, name))
        for spin in (*self.spins.values(), ui.lockSpin):
            spin.setMinimumWidth(260)  # room for "working days of the decision"
        ui.lockSpin.setValue(minutes)
        self.setup_errors(
            ui.form, {**self.spins, "lock_minutes": ui.lockSpin}, ui.errorLabel, ui.buttonBox
        )

    def save(self, session: Session) -> str:
        values = {name: spin.value() for name, spin in self.spins.items()}
        complaints.save_settings(session, DeadlineSettings(**values), self.ui.lockSpin.value())
        return "Saved the casebook's deadlines and retention period."
