"""What the log-in reminder agent shows when something is due, then it exits.

A system tray balloon where the desktop has a tray; otherwise a small window listing the
reminders, with a button that opens CouncilDesk.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

TRAY_SECONDS = 15


def summary(texts: Sequence[str]) -> tuple[str, str]:
    count = len(texts)
    title = "A policy review needs you" if count == 1 else f"{count} policy reviews need you"
    return title, "\n".join(f"• {text}" for text in texts)


def show_notices(texts: Sequence[str], db_path: Path) -> int:
    from councildesk.gui.app import make_application
    from councildesk.gui.icons import icon

    app = make_application()
    title, body = summary(texts)
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = QSystemTrayIcon(icon("app-icon"))
        tray.setToolTip("CouncilDesk reminders")
        tray.show()
        tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_SECONDS * 1000)
        tray.messageClicked.connect(lambda: _open_app(db_path))
        tray.messageClicked.connect(app.quit)
        QTimer.singleShot(TRAY_SECONDS * 1000, app.quit)
        return app.exec()
    box = QMessageBox(QMessageBox.Icon.Information, "CouncilDesk reminders", title)
    box.setInformativeText(body)
    opener = box.addButton("Open CouncilDesk", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is opener:
        _open_app(db_path)
    return 0


def _open_app(db_path: Path) -> None:
    subprocess.Popen(
        [sys.executable, "-m", "councildesk", "gui", "--db", str(db_path)],
        start_new_session=True,
    )
