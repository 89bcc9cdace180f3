"""The automatic backups: each time CouncilDesk closes, and once a day while it stays open.

A backup that cannot be made (the USB stick is not there, the disk is full) is reported once,
plainly, and tried again later; it never stops the clerk closing the app. The sample council and
read-only copies are not backed up.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.workers import run_in_thread
from councildesk.services import backups, council
from councildesk.services.database import Database

LOOK_EVERY_MS = 30 * 60 * 1000  # whether the day's backup is due; the backup is once a day


class AutoBackup(QObject):
    # From the worker thread to the GUI thread: the message of a backup made or refused.
    finished = Signal(bool, str)

    def __init__(
        self,
        db: Callable[[], Database],
        window: Callable[[], QWidget],
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__()
        self._db = db
        self._window = window
        self._now = now
        self._running = False
        self._reported: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.finished.connect(self._finished)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.back_up_if_due)

    def _wanted(self) -> bool:
        db = self._db()
        if db.read_only_copy:
            return False
        with db.session() as session:
            found = council.find_council(session)
        return found is not None and not found.is_sample

    # --- once a day, in the background ----------------------------------------------------
    def back_up_if_due(self) -> bool:
        """Start the day's backup in a worker thread if it is due; whether one was started."""
        if self._running or not self._wanted():
            return False
        path, now = self._db().path, self._now()
        if not backups.automatic_due(path, now):
            return False
        self._running = True

        def work() -> None:
            try:
                made = backups.back_up(path, now, automatic=True)
            except CouncilDeskError as error:
                self.finished.emit(False, str(error))
            else:
                self.finished.emit(True, backups.describe(made))

        threading.Thread(target=work, name="CouncilDeskBackup", daemon=True).start()
        return True

    def _finished(self, ok: bool, message: str) -> None:
        self._running = False
        window = self._window()
        show = getattr(window, "show_status", None)
        if ok:
            self._reported.clear()  # a later failure is news again
            if show is not None:
                show(message)
            return
        if show is not None:
            show(f"No backup was made: {message}")
        self._report(window, message, "CouncilDesk will try again tomorrow and when it closes.")

    # --- on closing -------------------------------------------------------------------------
    def back_up_on_close(self) -> bool:
        """Back up before the app closes; a failure is told once and closing goes on."""
        self.timer.stop()
        if not self._wanted():
            return False
        path, now = self._db().path, self._now()
        outcome = run_in_thread(
            None,
            "Backing up the council file before closing…",
            lambda: backups.back_up(path, now, automatic=True),
            cancellable=False,
            title="Backing up",
        )
        if outcome.error is None:
            return True
        message = (
            str(outcome.error)
            if isinstance(outcome.error, CouncilDeskError)
            else f"The backup could not be written ({outcome.error})."
        )
        self._report(None, message, "CouncilDesk will try again the next time it closes.")
        return False

    def _report(self, parent: QWidget | None, message: str, later: str) -> None:
        if message in self._reported:
            return  # told once; the next attempts stay quiet until one succeeds
        self._reported.add(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "No backup was made", message, parent=parent)
        box.setInformativeText(later)
        box.exec()
