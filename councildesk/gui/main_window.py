"""The main window: the navigation list on the left and one page per area.

The window is shown first and filled after (``fill``): the frame and the navigation list need
nothing from the database, and a page is made (its module imported, its rows loaded) the first
time it is shown, the current page first.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from councildesk import __version__
from councildesk.errors import CouncilDeskError
from councildesk.gui import recent_files
from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_main_window import Ui_MainWindow
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error
from councildesk.gui.page_list import PAGES, PageEntry, row_of

if TYPE_CHECKING:
    from councildesk.gui.backup_actions import BackupActions
    from councildesk.gui.pages.base import Page
    from councildesk.gui.pages.dashboard import DashboardPage
    from councildesk.gui.pages.protocol import ProtocolPage
    from councildesk.gui.pages.search import SearchPage
    from councildesk.gui.reminder_notifier import ReminderNotifier

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
    backup_actions: BackupActions  # made by fill()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, fill_now: bool = True
    ) -> None:
        """``fill_now=False`` leaves the database alone until ``fill()``: the application shows
        the window first and fills it a moment later."""
        super().__init__(parent)
        self.context = context
        self.is_sample = False
        self.filled = False
        self.reminders: ReminderNotifier | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app-icon"))
        # The council's name and the sample banner come from the file, once it is read (fill).
        self.ui.councilNameLabel.clear()
        self.ui.clerkLabel.clear()
        self.ui.sampleFrame.hide()
        # A page is made the first time it is shown; until then a blank stands in its place.
        self._made: list[Page | None] = [None] * len(PAGES)
        for number, entry in enumerate(PAGES, start=1):
            self._add_page(entry, number)
        self.ui.navigation.currentRowChanged.connect(self.show_page)
        self._connect_actions()
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
        if fill_now:
            self.fill()

    def fill(self) -> None:
        """Show what the database holds: the council's name, then the current page, then the
        reminders that have fallen due."""
        if self.filled:
            return
        self.filled = True
        from councildesk.gui.backup_actions import BackupActions

        # Back up now, Restore, Check...: in the menus a moment after the window shows.
        self.backup_actions = BackupActions(self.context, self)
        self.backup_actions.install(
            self.ui.menuFile, self.ui.actionPrint, self.ui.menuHelp, self.ui.actionAbout
        )
        self.backup_actions.status.connect(self.show_status)
        self.backup_actions.restored.connect(self.reopen_requested.emit)
        self._update_council_label()
        self.show_page(self.ui.navigation.currentRow())
        from councildesk.gui.reminder_notifier import ReminderNotifier

        self.reminders = ReminderNotifier(
            self, self.context, lambda record_id: self.open_action("reviews", record_id)
        )
        QTimer.singleShot(0, self.reminders.check)

    def _add_page(self, entry: PageEntry, number: int) -> None:
        item = QListWidgetItem(icon(entry.icon_name), entry.title)
        item.setSizeHint(item.sizeHint().expandedTo(item.sizeHint()))
        self.ui.navigation.addItem(item)
        self.ui.pages.addWidget(QWidget())
        action = QAction(icon(entry.icon_name), entry.title, self)
        if number <= 9:  # Ctrl+1 to Ctrl+9; a tenth page is reached from the list or the menu
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, row=number - 1: self.go_to(row))
        self.ui.menuGo.addAction(action)

    def page_at(self, row: int) -> Page:
        """The page in that row of the list, made now if it has not been shown yet."""
        made = self._made[row]
        if made is not None:
            return made
        page = PAGES[row].page_class()(self.context)
        self._made[row] = page
        stand_in = self.ui.pages.widget(row)
        self.ui.pages.insertWidget(row, page)
        self.ui.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        page.status.connect(self.show_status)
        page.data_changed.connect(self._data_changed)
        self._connect_page(page)
        return page

    def _connect_page(self, page: Any) -> None:
        """The signals by which one page leads to another, or to the directory."""
        module = type(page).__module__.rsplit(".", 1)[-1]
        if module == "dashboard":
            page.print_directory.connect(self.preview_directory)
            page.open_action.connect(self.open_action)
        elif module == "search":
            page.open_clause.connect(self.open_clause)

    @property
    def pages(self) -> list[Page]:
        """Every page, each made if it was not yet (for the screenshots and the tests)."""
        return [self.page_at(row) for row in range(len(PAGES))]

    @property
    def dashboard(self) -> DashboardPage:
        page: DashboardPage = self.page_at(row_of("dashboard"))  # type: ignore[assignment]
        return page

    @property
    def protocol(self) -> ProtocolPage:
        page: ProtocolPage = self.page_at(row_of("protocol"))  # type: ignore[assignment]
        return page

    @property
    def search(self) -> SearchPage:
        page: SearchPage = self.page_at(row_of("search"))  # type: ignore[assignment]
        return page

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
        if not self.filled:  # shown before filling: fill() shows it
            self.ui.pages.setCurrentIndex(row)
            self._update_title()
            return
        page = self.page_at(row)
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
        entry = PAGES[max(0, self.ui.navigation.currentRow())]
        self.setWindowTitle(f"{sample}{entry.title} — CouncilDesk{copy}")

    def open_clause(self, version_id: int, node_id: int) -> None:
        """From a search result to the clause itself, on the Protocol page."""
        self.go_to(row_of("protocol"))
        self.protocol.show_clause(version_id, node_id)

    def open_action(self, area: str, record_id: int | None) -> None:
        """From a Dashboard action to the page, and the record, it names."""
        from councildesk.services import backups

        if area == backups.AREA:  # the line about backups offers to make one
            self.backup_actions.back_up_now()
            return
        for row, entry in enumerate(PAGES):
            # "complaints:subject-access" names a second kind of record on the Complaints page.
            if entry.area and area.partition(":")[0] == entry.area:
                self.go_to(row)
                self.page_at(row).follow_action(area, record_id)
                return

    def current_page(self) -> Page:
        return self.page_at(self.ui.navigation.currentRow())

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _data_changed(self) -> None:
        self._update_council_label()

    def _update_council_label(self) -> None:
        from councildesk.services import council

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
        from councildesk.gui.dialogs.council_dialog import CouncilDialog

        dialog = CouncilDialog(self.context, self)
        if dialog.exec():
            self._update_council_label()
            self.current_page().refresh()
            self.show_status(dialog.saved_message)

    def _render_directory(self, target: Path) -> bool:
        from councildesk.services import directory, printouts

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
        from councildesk.gui.pdf_preview import PdfPreviewDialog

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
        if 0 <= self._initial_row < len(PAGES):
            self.go_to(self._initial_row)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/page", self.ui.navigation.currentRow())
        super().closeEvent(event)
