"""Two texts side by side, clause by clause, with the changed words marked: two versions of a
policy, or (through a CompareSource) the written reports given to two groups on one matter."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.gui.compare_html import render, summary_text
from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_compare_dialog import Ui_CompareDialog
from councildesk.gui.icons import icon
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.rules.protocol_diff import ClauseChange
from councildesk.services import protocol_printouts
from councildesk.services.database import Session
from councildesk.services.protocols import VersionSummary


@dataclass(frozen=True)
class CompareSource:
    """What the dialog compares: the choices, how to compare two, and how to print them."""

    choices: list[tuple[str, int]]  # (label, id), oldest first
    compare: Callable[[Session, int, int], list[ClauseChange]]
    write_pdf: Callable[[Session, int, int, Path, dt.date], None]
    window_title: str = "Compare versions"
    pdf_title: str = "Comparison of versions"
    file_stem: str = "protocol-comparison"
    older_name: str = "Older version"
    newer_name: str = "Newer version"
    unchanged_label: str = "Show &unchanged clauses"
    items: str = "clauses"
    sides: str = "versions"


def versions_source(versions: list[VersionSummary]) -> CompareSource:
    return CompareSource(
        [(v.label, v.id) for v in versions],
        protocol_printouts.compare,
        protocol_printouts.write_comparison,
    )


class CompareDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        versions: list[VersionSummary],
        new_id: int,
        parent: QWidget | None = None,
        source: CompareSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source or versions_source(versions)
        self.ui = Ui_CompareDialog()
        self.ui.setupUi(self)
        self.changes: list[ClauseChange] = []
        ui = self.ui
        self.setWindowTitle(self.source.window_title)
        ui.oldCombo.setAccessibleName(self.source.older_name)
        ui.newCombo.setAccessibleName(self.source.newer_name)
        ui.unchangedCheck.setText(self.source.unchanged_label)
        for label, item_id in self.source.choices:
            ui.oldCombo.addItem(label, item_id)
            ui.newCombo.addItem(label, item_id)
        new_index = max(0, ui.newCombo.findData(new_id))
        ui.newCombo.setCurrentIndex(new_index)
        count = len(self.source.choices)
        ui.oldCombo.setCurrentIndex(max(0, new_index - 1) if new_index else min(1, count - 1))
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
            self.changes = self.source.compare(session, old_id, new_id)
        self.ui.summaryLabel.setText(
            summary_text(self.changes, self.source.items, self.source.sides)
        )
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
                self.source.write_pdf(session, old_id, new_id, pdf, self.context.today())
            name = f"{self.source.file_stem}-{self.context.today().isoformat()}.pdf"
            PdfPreviewDialog(pdf, self.source.pdf_title, name, self).exec()
