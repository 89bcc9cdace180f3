"""What the Advice to groups page does beyond its tables: check a report, print and export the
register, make the notices, compare the reports on one matter."""

from __future__ import annotations

import datetime as dt
import tempfile
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from councildesk.errors import CouncilDeskError
from councildesk.gui.dialogs.compare_dialog import CompareDialog, CompareSource
from councildesk.gui.dialogs.disclosure_dialog import REPORT_FILTER, findings_html
from councildesk.gui.dialogs.period_dialog import PeriodDialog
from councildesk.gui.export_button import Exporter
from councildesk.gui.messages import show_error
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.rules.disclosures import Method
from councildesk.services import disclosure_compare, disclosure_notices, export_registers
from councildesk.services.database import Session
from councildesk.services.disclosure_check import check_file
from councildesk.services.exports import Table

if TYPE_CHECKING:
    from councildesk.gui.pages.disclosures import DisclosuresPage


class DisclosureActions:
    def __init__(self, page: DisclosuresPage) -> None:
        self.page = page
        self.context = page.context
        # The period last printed, so the next printout offers the same one.
        self.period: tuple[dt.date | None, dt.date | None] = (
            dt.date(page.context.today().year, 1, 1),
            None,
        )
        self.exporter = Exporter(
            page,
            "the register of advice to groups",
            make_table=self.export_table,
            prepare=self.choose_export_period,
        )

    def check_report(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.page, "Check a report", str(Path.home()), REPORT_FILTER
        )
        if not chosen:
            return
        try:
            with self.context.db.session() as session:
                findings = check_file(session, chosen)
        except CouncilDeskError as error:
            show_error(self.page, "Cannot check the report", str(error))
            return
        self.show_findings(Path(chosen).name, findings_html(findings))
        self.page.status.emit(
            f"Checked {Path(chosen).name}: "
            + (
                f"{len(findings)} finding{'s' if len(findings) != 1 else ''}."
                if findings
                else "nothing found."
            )
        )

    def show_findings(self, name: str, html: str) -> None:
        box = QMessageBox(self.page)
        box.setWindowTitle("Advice check")
        box.setTextFormat(box.textFormat().RichText)
        box.setText(f"<p><b>{escape(name)}</b></p>{html}")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()

    def _choose_period(self, title: str) -> tuple[dt.date | None, dt.date | None] | None:
        dialog = PeriodDialog(title, *self.period, parent=self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.period = dialog.period()
        return self.period

    def print_register(self) -> None:
        period = self._choose_period("Print the register")
        if period is None:
            return
        today = self.context.today()
        with tempfile.TemporaryDirectory(prefix="councildesk-") as folder:
            pdf = Path(folder) / "register.pdf"
            try:
                with self.context.db.session() as session:
                    disclosure_notices.write_register(session, pdf, today, *period)
            except (CouncilDeskError, OSError) as error:
                show_error(self.page, "Could not make the register", str(error))
                return
            name = f"advice-to-groups-{today.isoformat()}.pdf"
            dialog = PdfPreviewDialog(pdf, "Register of advice to groups", name, self.page)
            dialog.exec()
            if dialog.saved_to is not None:
                self.page.status.emit(f"Saved the register to {dialog.saved_to}.")

    def choose_export_period(self) -> bool:
        return self._choose_period("Export the register") is not None

    def export_table(self, session: Session, today: dt.date) -> Table:
        return export_registers.disclosures_table(session, today, *self.period)

    def produce_notices(self) -> None:
        notice = self.page.selected_notice()
        if notice is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.page, "Save the letters and e-mail drafts in", str(Path.home())
        )
        if not folder:
            return
        go_ahead, method = self.ask_mark_sent()
        if go_ahead:
            self.write_notices(notice.disclosure_id, Path(folder), method)

    def ask_mark_sent(self) -> tuple[bool, Method | None]:
        """Whether to go on, and how the notices go, to mark them sent now (None: not yet)."""
        box = QMessageBox(self.page)
        box.setWindowTitle("Mark the notices sent?")
        box.setText(
            "The letters and e-mail drafts will be saved. Mark the notices as sent today as well?"
        )
        by_email = box.addButton("Sent by e-mail", QMessageBox.ButtonRole.AcceptRole)
        by_letter = box.addButton("Sent by letter", QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton("Not yet", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is by_email:
            return True, Method.EMAIL
        if clicked is by_letter:
            return True, Method.LETTER
        return clicked is leave, None

    def write_notices(self, disclosure_id: int, folder: Path, method: Method | None) -> None:
        today = self.context.today()
        try:
            if method is None:
                with self.context.db.session() as session:
                    written = disclosure_notices.write_notices(
                        session, disclosure_id, folder, today
                    )
            else:
                with self.context.db.transaction() as session:
                    written = disclosure_notices.write_notices(
                        session, disclosure_id, folder, today, method
                    )
        except (CouncilDeskError, OSError) as error:
            show_error(self.page, "Could not make the notices", str(error))
            return
        self.page.refresh()
        count = len(written)
        marked = " and marked them sent" if method else ""
        self.page.status.emit(
            f"Saved {count} letter{'s' if count != 1 else ''} and e-mail draft"
            f"{'s' if count != 1 else ''} in {folder}{marked}."
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def compare_reports(self) -> None:
        matter = self.page.ui.matterCombo.currentText()
        with self.context.db.session() as session:
            entries = disclosure_compare.with_reports(session, matter)
            choices = [(disclosure_compare.report_label(d), d.id) for d in entries]
        if len(choices) < 2:
            return
        source = report_source(matter, choices)
        CompareDialog(self.context, [], choices[-1][1], self.page, source=source).exec()


def report_source(matter: str, choices: list[tuple[str, int]]) -> CompareSource:
    """The comparison dialog's source for the written reports on one matter."""
    return CompareSource(
        choices,
        disclosure_compare.compare_reports,
        disclosure_compare.write_comparison,
        window_title=f"Compare the reports on ‘{matter}’",
        pdf_title="Comparison of reports",
        file_stem="report-comparison",
        older_name="First report",
        newer_name="Second report",
        unchanged_label="Show &unchanged paragraphs",
        items="paragraphs",
        sides="reports",
    )
