"""Starting the application: the QApplication, first-start setup, the database, the window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from councildesk import APP_NAME, __version__, paths
from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.setup_wizard import SetupWizard
from councildesk.gui.icons import icon
from councildesk.gui.main_window import MainWindow
from councildesk.services import council
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


def open_or_set_up(db_path: Path, headless: bool) -> Database | None:
    """Open the council database, running the setup wizard first if there is no council yet."""
    db: Database | None = None
    try:
        if db_path.exists():
            db = open_database(db_path)
            with db.session() as session:
                if council.find_council(session) is not None:
                    return db
        if headless:
            _report(headless, "", f"There is no council in {db_path}; run 'councildesk init'.")
            _close(db)
            return None
        wizard = SetupWizard()
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.details is None:
            _close(db)
            return None
        details = wizard.details
        if db is not None:
            # A CouncilDesk file without a council yet (e.g. a protocol imported first).
            with db.transaction() as session:
                council.save_council(session, details)
            return db
        # A new file is built whole, the council in it, and only then given its name.
        create_database(db_path, lambda session: council.save_council(session, details))
        return open_database(db_path)
    except CouncilDeskError as error:
        _report(headless, "CouncilDesk cannot open the council's data", str(error))
        _close(db)
        return None


def _close(db: Database | None) -> None:
    if db is not None:
        db.close()


def run(db_path: Path, *, quit_when_ready: bool = False, screenshots: Path | None = None) -> int:
    app = make_application()
    headless = quit_when_ready or screenshots is not None
    db = open_or_set_up(db_path, headless)
    if db is None:
        return 1
    if not headless:
        _install_excepthook()
    try:
        window = MainWindow(AppContext(db))
        if screenshots is not None:
            from councildesk.gui.screenshots import save_screenshots

            window.show()
            return save_screenshots(app, window, screenshots)
        window.restore_last_page()
        window.show()
        if quit_when_ready:
            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        db.close()


def run_default() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return run(paths.default_db_path())
