"""The main window: the navigation list on the left and one page per area."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from councildesk import __version__
from councildesk.errors import CouncilDeskError
from councildesk.gui import recent_files
from councildesk.gui.backup_actions import BackupActions
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.council_dialog import CouncilDialog
from councildesk.gui.forms.ui_main_window import Ui_MainWindow
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error
from councildesk.gui.pages.audit import AuditPage
from councildesk.gui.pages.base import Page
from councildesk.gui.pages.committees import CommitteesPage
from councildesk.gui.pages.complaints import ComplaintsPage
from councildesk.gui.pages.dashboard import DashboardPage
from councildesk.gui.pages.disclosures import DisclosuresPage
from councildesk.gui.pages.groups import GroupsPage
from councildesk.gui.pages.meetings import MeetingsPage
from councildesk.gui.pages.people import PeoplePage
from councildesk.gui.pages.protocol import ProtocolPage
from councildesk.gui.pages.reviews import ReviewsPage
from councildesk.gui.pages.search import SearchPage
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.reminder_notifier import ReminderNotifier
from councildesk.services import backups, council, directory, printouts

STATUS_TIMEOUT_MS = 10_000
# Name only what this release does: a test holds each feature named here to a page of its own.
ABOUT_TEXT = (
    "The clerk's desk for a small council: the Member/Officer Protocol and other policies, "
    "the review schedule of every policy with reminders in time for the agenda, "
    "the register of advice given to political groups and the notices owed to the others, "
    "an encrypted casebook of complaints and grievances, "
    "councillors and officers, political groups, committees and meetings, kept offline on "
    "this computer, with a sealed audit trail of every change."
)


class MainWindow(QMainWindow):
    # Opening another council file replaces this window; the application shell does that.
    open_requested = Signal(object)  # the Path of a council file
    sample_requested = Signal()
    home_requested = Signal()  # leave the sample for the clerk's own council
    # The file was restored from a backup: a new window on it, then this message.
    reopen_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.is_sample = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app-icon"))
        self.dashboard = DashboardPage(context)
        self.protocol = ProtocolPage(context)
        self.search = SearchPage(context)
        self.pages: list[Page] = [
            self.dashboard,
            self.protocol,
            ReviewsPage(context),
            self.search,
            PeoplePage(context),
            GroupsPage(context),
            CommitteesPage(context),
            MeetingsPage(context),
            ComplaintsPage(context),
            DisclosuresPage(context),
            AuditPage(context),
        ]
        for number, page in enumerate(self.pages, start=1):
            self._add_page(page, number)
        self.dashboard.print_directory.connect(self.preview_directory)
        self.dashboard.open_action.connect(self.open_action)
        self.search.open_clause.connect(self.open_clause)
        self.ui.navigation.currentRowChanged.connect(self.show_page)
        self._connect_actions()
        self.backup_actions = BackupActions(context, self)
        self.backup_actions.install(
            self.ui.menuFile, self.ui.actionPrint, self.ui.menuHelp, self.ui.actionAbout
        )
        self.backup_actions.status.connect(self.show_status)
        self.backup_actions.restored.connect(self.reopen_requested.emit)
        self._update_council_label()
        self._restore_geometry()
        self.ui.navigation.setCurrentRow(0)
        if context.db.read_only_copy:
            # Kept in view (no timeout): every save will be refused, and the clerk should know why.
            self.statusBar().showMessage(
                f"Read-only copy: CouncilDesk may not change files in {context.db.path.parent}. "
                "To make changes, copy the file to a folder of your own and open that."
            )
        else:
            self.statusBar().showMessage(f"Opened {context.db.path}", STATUS_TIMEOUT_MS)
        self.reminders = ReminderNotifier(
            self, context, lambda record_id: self.open_action("reviews", record_id)
        )
        QTimer.singleShot(0, self.reminders.check)

    def _add_page(self, page: Page, number: int) -> None:
        item = QListWidgetItem(icon(page.icon_name), page.title)
        item.setSizeHint(item.sizeHint().expandedTo(item.sizeHint()))
        self.ui.navigation.addItem(item)
        self.ui.pages.addWidget(page)
        page.status.connect(self.show_status)
        page.data_changed.connect(self._data_changed)
        action = QAction(icon(page.icon_name), page.title, self)
        if number <= 9:  # Ctrl+1 to Ctrl+9; a tenth page is reached from the list or the menu
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, row=number - 1: self.go_to(row))
        self.ui.menuGo.addAction(action)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionOpenCouncil.setIcon(icon("open-folder"))
        ui.actionOpenCouncil.triggered.connect(self.choose_council_file)
        ui.actionOpenSample.triggered.connect(self.sample_requested.emit)
        ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        ui.leaveSampleButton.clicked.connect(self.home_requested.emit)
        ui.actionPrint.setIcon(icon("print"))
        ui.actionPrint.triggered.connect(self.print_current_page)
        ui.actionPrintDirectory.setIcon(icon("print"))
        ui.actionPrintDirectory.triggered.connect(self.preview_directory)
        ui.actionSaveDirectoryPdf.setIcon(icon("pdf"))
        ui.actionSaveDirectoryPdf.triggered.connect(self.save_directory_pdf)
        ui.actionCouncilDetails.setIcon(icon("settings"))
        ui.actionCouncilDetails.triggered.connect(self.edit_council)
        ui.actionAbout.setIcon(icon("about"))
        ui.actionAbout.triggered.connect(self.about)
        ui.actionDataFolder.setIcon(icon("open-folder"))
        ui.actionDataFolder.triggered.connect(self.show_data_folder)

    # --- navigation -------------------------------------------------------------------------
    def go_to(self, row: int) -> None:
        self.ui.navigation.setCurrentRow(row)

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row]
        page.refresh()
        self.ui.pages.setCurrentWidget(page)
        self._update_title()
        self._update_print_action(page)

    def _update_print_action(self, page: Page) -> None:
        """File > Print (Ctrl+P) says, and prints, what this page shows."""
        action = self.ui.actionPrint
        action.setEnabled(bool(page.print_text))
        action.setText(page.print_text or "&Print… (nothing to print on this page)")

    def print_current_page(self) -> None:
        page = self.current_page()
        if page.prints_directory:
            self.preview_directory()
        elif page.print_text:
            page.print_page()

    def _update_title(self) -> None:
        sample = "SAMPLE COUNCIL (made-up data) — " if self.is_sample else ""
        copy = " (read-only copy)" if self.context.db.read_only_copy else ""
        page = self.pages[max(0, self.ui.navigation.currentRow())]
        self.setWindowTitle(f"{sample}{page.title} — CouncilDesk{copy}")

    def open_clause(self, version_id: int, node_id: int) -> None:
        """From a search result to the clause itself, on the Protocol page."""
        self.go_to(self.pages.index(self.protocol))
        self.protocol.show_clause(version_id, node_id)

    def open_action(self, area: str, record_id: int | None) -> None:
        """From a Dashboard action to the page, and the record, it names."""
        if area == backups.AREA:  # the line about backups offers to make one
            self.backup_actions.back_up_now()
            return
        for row, page in enumerate(self.pages):
            # "complaints:subject-access" names a second kind of record on the Complaints page.
            if page.area and area.partition(":")[0] == page.area:
                self.go_to(row)
                page.follow_action(area, record_id)
                return

    def current_page(self) -> Page:
        page: Page = self.pages[self.ui.navigation.currentRow()]
        return page

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _data_changed(self) -> None:
        self._update_council_label()

    def _update_council_label(self) -> None:
        with self.context.db.session() as session:
            found = council.get_council(session)
            name, clerk = council.display_name(found), found.clerk_title
            self.is_sample = found.is_sample
        self.ui.councilNameLabel.setText(name)
        self.ui.clerkLabel.setText(clerk)
        self.ui.sampleFrame.setVisible(self.is_sample)
        self._update_title()

    # --- council files ----------------------------------------------------------------------
    def choose_council_file(self) -> None:
        start = str(self.context.db.path.parent)
        target, _ = QFileDialog.getOpenFileName(
            self, "Open council file", start, "CouncilDesk files (*.sqlite);;All files (*)"
        )
        if target:
            self.open_requested.emit(Path(target))

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        files = [p for p in recent_files.recent_files() if p != self.context.db.path]
        for path in files:
            action = menu.addAction(f"{path.name} — {path.parent}")
            action.triggered.connect(lambda _c=False, chosen=path: self.open_requested.emit(chosen))
        if not files:
            menu.addAction("No other council files opened yet").setEnabled(False)

    # --- actions ----------------------------------------------------------------------------
    def edit_council(self) -> None:
        dialog = CouncilDialog(self.context, self)
        if dialog.exec():
            self._update_council_label()
            self.current_page().refresh()
            self.show_status(dialog.saved_message)

    def _render_directory(self, target: Path) -> bool:
        try:
            with self.context.db.session() as session, printouts.missing_glyphs() as replaced:
                directory.write_directory(session, target, self.context.today())
        except (CouncilDeskError, OSError) as error:
            show_error(self, "Could not make the directory", str(error))
            return False
        if replaced:
            self.show_status(printouts.glyph_note(replaced))
        return True

    def preview_directory(self) -> None:
        with tempfile.TemporaryDirectory(prefix="councildesk-") as folder:
            pdf = Path(folder) / "council-directory.pdf"
            if not self._render_directory(pdf):
                return
            dialog = PdfPreviewDialog(pdf, "Council directory", self._directory_name(), self)
            dialog.exec()
            if dialog.saved_to is not None:
                self.show_status(f"Saved the council directory to {dialog.saved_to}.")

    def save_directory_pdf(self) -> None:
        start = str(Path.home() / self._directory_name())
        target, _ = QFileDialog.getSaveFileName(self, "Save as PDF", start, "PDF files (*.pdf)")
        if not target:
            return
        path = Path(target).with_suffix(".pdf")
        if self._render_directory(path):
            self.show_status(f"Saved the council directory to {path}.")

    def _directory_name(self) -> str:
        return f"council-directory-{self.context.today().isoformat()}.pdf"

    def show_data_folder(self) -> None:
        path = self.context.db.path
        box = QMessageBox(self)
        box.setWindowTitle("Where your data lives")
        box.setText(
            f"Everything you enter is kept in one file:\n\n{path}\n\n"
            "To move CouncilDesk to another computer, close it and copy that file across."
        )
        open_button = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About CouncilDesk",
            f"<b>CouncilDesk {__version__}</b><p>{ABOUT_TEXT}</p>"
            f"<p>Council file: {self.context.db.path}</p>"
            f"<p>{dt.date.today().year} · Made for parish, town and community councils in "
            "England and Wales.</p>",
        )

    # --- window state -----------------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings("CouncilDesk", "CouncilDesk")

    def _restore_geometry(self) -> None:
        settings = self._settings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        page = str(settings.value("mainWindow/page", 0))
        self._initial_row = int(page) if page.isdigit() else 0

    def restore_last_page(self) -> None:
        if 0 <= self._initial_row < len(self.pages):
            self.go_to(self._initial_row)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/page", self.ui.navigation.currentRow())
        super().closeEvent(event)
