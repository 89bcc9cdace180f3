"""The "Received by councillors" tab: who has received and read the adopted version."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_receipts_panel import Ui_ReceiptsPanel
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.rules.dates import uk_date
from councildesk.services import acknowledgements
from councildesk.services.acknowledgements import AcknowledgementRow


class ReceiptsPanel(QWidget):
    status = Signal(str)
    data_changed = Signal()
    print_sheet = Signal(bool)  # True: only the councillors who have not yet confirmed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.version_id: int | None = None
        self.rows: list[AcknowledgementRow] = []
        self.ui = Ui_ReceiptsPanel()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.receiptsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.receivedDate.setValue(context.today())
        ui.markButton.setIcon(icon("check"))
        ui.clearButton.setIcon(icon("close"))
        ui.sheetButton.setIcon(icon("print"))
        ui.markButton.clicked.connect(self.mark_selected)
        ui.clearButton.clicked.connect(self.clear_selected)
        ui.sheetButton.clicked.connect(
            lambda: self.print_sheet.emit(self.ui.outstandingCheck.isChecked())
        )

    def show_version(self, version_id: int | None) -> None:
        self.version_id = version_id
        enabled = version_id is not None
        for widget in (
            self.ui.receiptsTable,
            self.ui.markButton,
            self.ui.clearButton,
            self.ui.sheetButton,
            self.ui.outstandingCheck,
        ):
            widget.setEnabled(enabled)
        if version_id is None:
            self.rows = []
            self.ui.receiptsTable.setRowCount(0)
            self.ui.hintLabel.setText(
                "Receipts are kept for the adopted version. Choose it above, or adopt a draft."
            )
            return
        with self.context.db.session() as session:
            self.rows = acknowledgements.status(session, version_id, self.context.today())
        waiting = sum(1 for row in self.rows if row.received_on is None)
        self.ui.hintLabel.setText(
            f"{len(self.rows) - waiting} of {len(self.rows)} serving councillors have confirmed "
            "they received and read this version."
            + (f" {waiting} still to confirm." if waiting else "")
        )
        self.ui.receiptsTable.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self.ui.receiptsTable.setItem(index, 0, QTableWidgetItem(row.name))
            when = uk_date(row.received_on) if row.received_on else "Not yet"
            self.ui.receiptsTable.setItem(index, 1, QTableWidgetItem(when))

    def _selected(self) -> list[AcknowledgementRow]:
        rows = {index.row() for index in self.ui.receiptsTable.selectionModel().selectedRows()}
        return [self.rows[r] for r in sorted(rows)]

    def mark_selected(self) -> None:
        chosen = self._selected()
        if self.version_id is None or not chosen:
            self.status.emit("Select the councillors who have received it first.")
            return
        try:
            with self.context.db.transaction() as session:
                for row in chosen:
                    acknowledgements.record(
                        session,
                        self.version_id,
                        row.person_id,
                        self.ui.receivedDate.value(),
                        today=self.context.today(),
                    )
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        self.show_version(self.version_id)
        self.data_changed.emit()
        self.status.emit(
            f"Recorded receipt for {len(chosen)} councillor{'s' if len(chosen) != 1 else ''} "
            f"on {uk_date(self.ui.receivedDate.value())}."
        )

    def clear_selected(self) -> None:
        chosen = [row for row in self._selected() if row.received_on is not None]
        if self.version_id is None or not chosen:
            self.status.emit("Select councillors whose receipt is recorded first.")
            return
        if not confirm(self, "Clear receipts", clear_question(chosen), "Clear receipts"):
            return
        try:
            with self.context.db.transaction() as session:
                for row in chosen:
                    acknowledgements.withdraw(session, self.version_id, row.person_id)
        except CouncilDeskError as error:
            show_error(self, "Not cleared", str(error))
            return
        self.show_version(self.version_id)
        self.data_changed.emit()
        self.status.emit(
            f"Cleared the receipt of {len(chosen)} councillor{'s' if len(chosen) != 1 else ''}."
        )


def clear_question(rows: list[AcknowledgementRow]) -> str:
    """The confirmation: each councillor and the date that will no longer be on record."""
    lines = [f"• {row.name}: received {uk_date(row.received_on)}" for row in rows[:12]]
    if len(rows) > 12:
        lines.append(f"• and {len(rows) - 12} more")
    return (
        "These recorded receipts will be cleared, and the dates will no longer be on record:\n\n"
        + "\n".join(lines)
        + "\n\nThe councillors will show as not yet confirmed."
    )
