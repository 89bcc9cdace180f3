"""The Audit trail page: who changed what and when, read-only, chosen by date, area and person,
with what the check of the entries' seals found."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.export_button import Exporter, export_button
from councildesk.gui.forms.ui_audit_page import Ui_AuditPage
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error
from councildesk.gui.pages.base import Page
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.table_model import Column, FilterProxy, RowTableModel
from councildesk.gui.widgets.table_columns import FittedColumns
from councildesk.services import audit_printouts, export_registers
from councildesk.services.audit_views import AuditFilter, AuditTrail, audit_trail
from councildesk.services.database import Session
from councildesk.services.exports import Table

ALL_AREAS = "All areas"
EVERYONE = "Everyone"
WHEN_COLUMN = 0
# More lines than this would push the table off the page; the printout lists every one.
MOST_PROBLEMS_SHOWN = 4
SOUND = "Every entry's seal checks: none has been changed, removed or added outside CouncilDesk."


def columns() -> Sequence[Column]:
    return (
        # Sorted by the order entries were written, which is also the order of their times.
        Column("When", lambda r: r.when, sort=lambda r: r.id),
        Column("Person", lambda r: r.person),
        Column("Area", lambda r: r.area),
        Column("Action", lambda r: r.action),
        Column("Record", lambda r: r.record),
        Column("Details", lambda r: f"{r.problem}: {r.detail}" if r.problem else r.detail),
    )


class AuditPage(Page):
    title = "Audit trail"
    icon_name = "audit"
    area = "audit"
    print_text = "&Print the audit trail…"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.trail = AuditTrail((), ())
        self.model = RowTableModel(columns())
        self.proxy = FilterProxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setHighlightSections(False)
        # The newest change first: what the clerk most often wants to see.
        table.sortByColumn(WHEN_COLUMN, Qt.SortOrder.DescendingOrder)
        self.fitted_columns = FittedColumns(table)
        self.ui.printButton.setIcon(icon("print"))
        self.ui.clearButton.setIcon(icon("refresh"))
        self.ui.printButton.clicked.connect(self.print_page)
        self.ui.clearButton.clicked.connect(self.show_all)
        self.ui.fromDate.dateChanged.connect(self._choice_changed)
        self.ui.toDate.dateChanged.connect(self._choice_changed)
        self.ui.areaCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.personCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.filterEdit.textChanged.connect(self._choice_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.filterEdit.setFocus)
        self._export_choice = AuditFilter()
        exporter = Exporter(
            self, "the audit trail", make_table=self._chosen_table, prepare=self._take_choice
        )
        export_button(self, self.ui.exportButton, exporter)

    # --- what is shown ------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.context.db.session() as session:
            self.trail = audit_trail(session)
        self._fill_choices(self.ui.areaCombo, ALL_AREAS, self.trail.areas)
        self._fill_choices(self.ui.personCombo, EVERYONE, self.trail.people)
        self.model.set_rows(self.trail.rows)
        self.fitted_columns.measure()
        self._show_seal_check()
        self._choice_changed()

    def choice(self) -> AuditFilter:
        ui = self.ui
        return AuditFilter(
            start=ui.fromDate.value(),
            end=ui.toDate.value(),
            area=ui.areaCombo.currentData() or "",
            person=ui.personCombo.currentData() or "",
            text=ui.filterEdit.text(),
        )

    def show_all(self) -> None:
        ui = self.ui
        for widget in (ui.fromDate, ui.toDate, ui.areaCombo, ui.personCombo, ui.filterEdit):
            widget.blockSignals(True)
        ui.fromDate.clear()
        ui.toDate.clear()
        ui.areaCombo.setCurrentIndex(0)
        ui.personCombo.setCurrentIndex(0)
        ui.filterEdit.clear()
        for widget in (ui.fromDate, ui.toDate, ui.areaCombo, ui.personCombo, ui.filterEdit):
            widget.blockSignals(False)
        self._choice_changed()
        self.status.emit(f"Showing every entry in the audit trail ({len(self.trail.rows)}).")

    def _fill_choices(self, combo: QComboBox, everything: str, choices: Sequence[str]) -> None:
        """The choices now in the trail, keeping the one chosen (even if it has no entries)."""
        chosen = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for choice in sorted({*choices, chosen} - {""}, key=str.casefold):
            combo.addItem(choice, choice)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _choice_changed(self) -> None:
        choice = self.choice()
        self.proxy.set_predicate(choice.matches)
        self._update_count(choice)

    def _update_count(self, choice: AuditFilter) -> None:
        if choice.start and choice.end and choice.start > choice.end:
            self.ui.countLabel.setText("No entries: the From date is after the To date.")
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "entry" if total == 1 else "entries"
        text = f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        self.ui.countLabel.setText(text)

    def _show_seal_check(self) -> None:
        label = self.ui.sealLabel
        problems = [found.describe() for found in self.trail.breaks]
        if len(problems) > MOST_PROBLEMS_SHOWN:
            more = len(problems) - MOST_PROBLEMS_SHOWN
            problems = [
                *problems[:MOST_PROBLEMS_SHOWN],
                f"… and {more} more: print the audit trail to see them all.",
            ]
        label.setText("\n".join(problems) if problems else SOUND)
        label.setProperty("role", "alarm" if problems else "notice")
        # A dynamic property only restyles once the style is applied again.
        label.style().unpolish(label)
        label.style().polish(label)

    # --- exporting -----------------------------------------------------------------------------
    def _take_choice(self) -> bool:
        # Read on the GUI thread: the table is made in a worker, which must not touch widgets.
        self._export_choice = self.choice()
        return True

    def _chosen_table(self, session: Session, today: dt.date) -> Table:
        return export_registers.chosen_audit_table(session, self._export_choice)

    # --- printing -----------------------------------------------------------------------------
    def print_page(self) -> None:
        today = self.context.today()
        name = f"audit-trail-{today.isoformat()}.pdf"
        # Made in memory: the preview reads the bytes, so no temporary file is left behind.
        pdf = io.BytesIO()
        try:
            with self.context.db.session() as session:
                count = audit_printouts.write_trail(session, pdf, today, self.choice())
        except (CouncilDeskError, OSError) as error:
            show_error(self, "Could not make the audit trail", str(error))
            return
        dialog = PdfPreviewDialog(pdf.getvalue(), "Audit trail", name, self)
        dialog.exec()
        if dialog.saved_to is not None:
            self.status.emit(f"Saved the audit trail ({count} entries) to {dialog.saved_to}.")
