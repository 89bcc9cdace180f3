"""Starting the application: the QApplication, first-start setup, the database, the window."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from councildesk import APP_NAME, __version__, paths
from councildesk.errors import CouncilDeskError
from councildesk.gui import platform_check, recent_files
from councildesk.gui.auto_backup import AutoBackup
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.first_run import FirstRunChoice, FirstRunDialog
from councildesk.gui.dialogs.setup_wizard import SetupWizard
from councildesk.gui.icons import icon
from councildesk.gui.main_window import MainWindow
from councildesk.gui.messages import show_error
from councildesk.gui.workers import run_with_progress
from councildesk.services import council, council_files, demo
from councildesk.services.database import Database, create_database, open_database


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if app.property("councildeskStyled"):
        # Re-styling repolishes every live widget; do it once per application.
        return app
    app.setProperty("councildeskStyled", True)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    # The base size is set on the font, not in the style sheet, so every widget measures its
    # text with the size it is drawn in (style-sheet sizes left form labels clipped).
    font = app.font()
    font.setPointSizeF(10)
    app.setFont(font)
    app.setWindowIcon(icon("app-icon"))
    app.setStyleSheet(load_style_sheet())
    return app


def load_style_sheet() -> str:
    """The style sheet, with %ICONS% pointing at the icon folder wherever it is installed."""
    text = (paths.resources_dir() / "style.qss").read_text(encoding="utf-8")
    return text.replace("%ICONS%", (paths.resources_dir() / "icons").as_posix())


def _report(headless: bool, title: str, text: str) -> None:
    if headless:
        print(f"councildesk: {text}", file=sys.stderr)
    else:
        QMessageBox.critical(None, title, text)


def _install_excepthook() -> None:
    """An unexpected error shows a message instead of silently killing the window."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", str(value))
        box.setInformativeText(
            "CouncilDesk met an unexpected problem. What you last saved is safe; "
            "the change you were making may not have been saved."
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def open_or_set_up(
    db_path: Path, headless: bool, today: Callable[[], dt.date] = dt.date.today
) -> Database | None:
    """Open the council database; with no council in it yet, the first-run screen."""
    try:
        if council_files.has_council(db_path):
            return council_files.open_council(db_path)
    except CouncilDeskError as error:
        _report(headless, "CouncilDesk cannot open the council's data", str(error))
        return None
    if headless:
        _report(
            headless,
            "",
            f"There is no council in {db_path}; run 'councildesk init' "
            "(or 'councildesk demo' for a sample council).",
        )
        return None
    return first_run(db_path, today)


def first_run(
    db_path: Path, today: Callable[[], dt.date], parent: QWidget | None = None
) -> Database | None:
    """Offer the three ways to start until one works or the clerk closes the screen."""
    while True:
        dialog = FirstRunDialog(db_path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        try:
            db = _start(dialog.choice, db_path, today, parent)
        except CouncilDeskError as error:
            show_error(parent, "CouncilDesk cannot open that", str(error))
            continue
        if db is not None:
            return db


def _start(
    choice: FirstRunChoice, db_path: Path, today: Callable[[], dt.date], parent: QWidget | None
) -> Database | None:
    """Do what the clerk chose on the first-run screen; None means back to the screen."""
    if choice is FirstRunChoice.SAMPLE:
        return open_sample(db_path.parent / paths.SAMPLE_FILE_NAME, today, parent)
    if choice is FirstRunChoice.OPEN_COPY:
        source, _ = QFileDialog.getOpenFileName(
            parent,
            "Open a council file copied from another computer",
            str(Path.home()),
            "CouncilDesk files (*.sqlite);;All files (*)",
        )
        return council_files.bring_in_copy(Path(source), db_path) if source else None
    wizard = SetupWizard(parent)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.details is None:
        return None
    details = wizard.details
    if db_path.exists():
        # A CouncilDesk file without a council yet (e.g. a protocol imported first).
        db = open_database(db_path)
        try:
            with db.transaction() as session:
                council.save_council(session, details)
        except BaseException:
            db.close()
            raise
        return db
    # A new file is built whole, the council in it, and only then given its name.
    create_database(db_path, lambda session: council.save_council(session, details))
    return open_database(db_path)


def open_sample(
    path: Path, today: Callable[[], dt.date], parent: QWidget | None
) -> Database | None:
    """The sample council, written into its own file first if need be (off the GUI thread)."""
    made = run_with_progress(
        parent,
        "Writing the sample council…",
        lambda: demo.make_sample_file(path, today()).path,
        cancellable=False,
        error_title="The sample council could not be written",
    )
    return council_files.open_council(made) if made is not None else None


class Shell(QObject):
    """Holds the open council file and its window; opening another file replaces both."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.db = db
        self.today = today
        self.window = self._make_window(db)
        recent_files.remember(db.path)
        self.auto_backup = AutoBackup(lambda: self.db, lambda: self.window)

    def _make_window(self, db: Database) -> MainWindow:
        window = MainWindow(AppContext(db, today=self.today))
        window.reopen_requested.connect(self.reopen)
        window.open_requested.connect(self.open_file)
        window.sample_requested.connect(self.open_sample)
        window.home_requested.connect(self.open_home)
        return window

    def open_file(self, path: Path) -> bool:
        if path.expanduser().resolve() == self.db.path:
            self.window.show_status(f"{path.name} is the file already open.")
            return False
        try:
            db = council_files.open_council(path)
        except CouncilDeskError as error:
            show_error(self.window, "Cannot open that council file", str(error))
            return False
        self._switch_to(db)
        return True

    def open_sample(self) -> None:
        path = paths.sample_db_path()
        if path == self.db.path:
            self.window.show_status("The sample council is already open.")
            return
        try:
            db = open_sample(path, self.today, self.window)
        except CouncilDeskError as error:
            show_error(self.window, "Cannot open the sample council", str(error))
            return
        if db is not None:
            self._switch_to(db)

    def open_home(self) -> None:
        """The clerk's own council file; set it up first if there is none yet."""
        home = paths.default_db_path()
        try:
            if council_files.has_council(home):
                self.open_file(home)
                return
        except CouncilDeskError as error:
            show_error(self.window, "Cannot open your council's file", str(error))
            return
        db = first_run(home, self.today, self.window)
        if db is not None:
            self._switch_to(db)

    def _switch_to(self, db: Database) -> None:
        old_window, old_db = self.window, self.db
        self.db, self.window = db, self._make_window(db)
        self.window.restore_last_page()
        self.window.show()
        old_window.close()
        old_window.deleteLater()
        old_db.close()
        recent_files.remember(db.path)
        self.window.show_status(f"Opened {db.path}")

    def reopen(self, message: str = "") -> None:
        """A new window on the same file, which was just restored from a backup."""
        old_window = self.window
        row = old_window.ui.navigation.currentRow()
        self.window = self._make_window(self.db)
        self.window.show()
        self.window.go_to(max(0, row))
        old_window.close()
        old_window.deleteLater()
        self.window.show_status(message or f"Restored {self.db.path.name} from a backup.")

    def close(self) -> None:
        self.db.close()


def run(db_path: Path, *, quit_when_ready: bool = False, screenshots: Path | None = None) -> int:
    if (cannot := platform_check.problem()) is not None:
        print(f"councildesk: {cannot}", file=sys.stderr)
        return 1
    app = make_application()
    headless = quit_when_ready or screenshots is not None
    db = open_or_set_up(db_path, headless)
    if db is None:
        return 1
    if not headless:
        _install_excepthook()
    shell = Shell(db)
    try:
        window = shell.window
        if screenshots is not None:
            from councildesk.gui.screenshots import save_screenshots

            window.show()
            return save_screenshots(app, window, screenshots)
        window.restore_last_page()
        window.show()
        if quit_when_ready:
            QTimer.singleShot(0, app.quit)
            return app.exec()
        shell.auto_backup.start()
        code = app.exec()
        shell.auto_backup.back_up_on_close()
        return code
    finally:
        shell.close()


def run_default() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return run(paths.default_db_path())
