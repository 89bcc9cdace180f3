"""Two versions of a policy side by side, clause by clause, with the changed words marked."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.gui.compare_html import render, summary_text
from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_compare_dialog import Ui_CompareDialog
from councildesk.gui.icons import icon
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.rules.protocol_diff import ClauseChange
from councildesk.services import protocol_printouts
from councildesk.services.protocols import VersionSummary


class CompareDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        versions: list[VersionSummary],
        new_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CompareDialog()
        self.ui.setupUi(self)
        self.changes: list[ClauseChange] = []
        ui = self.ui
        for summary in versions:
            ui.oldCombo.addItem(summary.label, summary.id)
            ui.newCombo.addItem(summary.label, summary.id)
        new_index = max(0, ui.newCombo.findData(new_id))
        ui.newCombo.setCurrentIndex(new_index)
        ui.oldCombo.setCurrentIndex(
            max(0, new_index - 1) if new_index else min(1, len(versions) - 1)
        )
        ui.printButton.setIcon(icon("print"))
        ui.printButton.setAccessibleName("Print the comparison")
        ui.printButton.setAutoDefault(False)
        ui.oldCombo.currentIndexChanged.connect(self.update_view)
        ui.newCombo.currentIndexChanged.connect(self.update_view)
        ui.unchangedCheck.toggled.connect(self._render)
        ui.printButton.clicked.connect(self.print_comparison)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(1100, 760)
        self.update_view()

    def ids(self) -> tuple[int, int]:
        return int(self.ui.oldCombo.currentData()), int(self.ui.newCombo.currentData())

    def update_view(self) -> None:
        old_id, new_id = self.ids()
        with self.context.db.session() as session:
            self.changes = protocol_printouts.compare(session, old_id, new_id)
        self.ui.summaryLabel.setText(summary_text(self.changes))
        self._render()

    def _render(self) -> None:
        ui = self.ui
        html = render(
            self.changes,
            ui.unchangedCheck.isChecked(),
            ui.oldCombo.currentText(),
            ui.newCombo.currentText(),
        )
        ui.changesView.setHtml(html)

    def print_comparison(self) -> None:
        old_id, new_id = self.ids()
        with tempfile.TemporaryDirectory(prefix="councildesk-") as folder:
            pdf = Path(folder) / "comparison.pdf"
            with self.context.db.session() as session:
                protocol_printouts.write_comparison(
                    session, old_id, new_id, pdf, self.context.today()
                )
            name = f"protocol-comparison-{self.context.today().isoformat()}.pdf"
            PdfPreviewDialog(pdf, "Comparison of versions", name, self).exec()
