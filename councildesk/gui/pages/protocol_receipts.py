"""The "Received by councillors" tab: who has received and read the adopted version."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.widgets.date_edit import OptionalDateEdit
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Councillor", "Received and read"])
        self.table.setAccessibleName("Councillors and when they received this version")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.date = OptionalDateEdit()
        self.date.setAccessibleName("Date received")
        self.date.setValue(context.today())
        self.mark_button = QPushButton(icon("check"), "Mark selected as received on")
        self.clear_button = QPushButton(icon("close"), "Clear selected")
        self.sheet_button = QPushButton(icon("print"), "Print sign-off sheet…")
        for button in (self.mark_button, self.clear_button, self.sheet_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.outstanding_check = QCheckBox("&Outstanding only")
        self.outstanding_check.setAccessibleName("Sign-off sheet lists outstanding only")
        self.outstanding_check.setToolTip(
            "Print only the councillors who have not yet confirmed receipt"
        )
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.date)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.outstanding_check)
        buttons.addWidget(self.sheet_button)
        layout.addLayout(buttons)
        self.mark_button.clicked.connect(self.mark_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        self.sheet_button.clicked.connect(
            lambda: self.print_sheet.emit(self.outstanding_check.isChecked())
        )

    def show_version(self, version_id: int | None) -> None:
        self.version_id = version_id
        enabled = version_id is not None
        for widget in (
            self.table,
            self.mark_button,
            self.clear_button,
            self.sheet_button,
            self.outstanding_check,
        ):
            widget.setEnabled(enabled)
        if version_id is None:
            self.rows = []
            self.table.setRowCount(0)
            self.hint.setText(
                "Receipts are kept for the adopted version. Choose it above, or adopt a draft."
            )
            return
        with self.context.db.session() as session:
            self.rows = acknowledgements.status(session, version_id, self.context.today())
        waiting = sum(1 for row in self.rows if row.received_on is None)
        self.hint.setText(
            f"{len(self.rows) - waiting} of {len(self.rows)} serving councillors have confirmed "
            "they received and read this version."
            + (f" {waiting} still to confirm." if waiting else "")
        )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self.table.setItem(index, 0, QTableWidgetItem(row.name))
            when = uk_date(row.received_on) if row.received_on else "Not yet"
            self.table.setItem(index, 1, QTableWidgetItem(when))

    def _selected(self) -> list[AcknowledgementRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
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
                        self.date.value(),
                        today=self.context.today(),
                    )
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        self.show_version(self.version_id)
        self.data_changed.emit()
        self.status.emit(
            f"Recorded receipt for {len(chosen)} councillor{'s' if len(chosen) != 1 else ''} "
            f"on {uk_date(self.date.value())}."
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
