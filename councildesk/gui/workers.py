"""Long work off the GUI thread, behind a progress dialog: importing, printing, backing up.

    preview = run_with_progress(self, f"Importing {path.name}…", lambda: preview_file(path))
    if preview is None:
        return  # cancelled, or the clerk has been told what went wrong

The call waits (running the event loop, so the window keeps painting) until the work is done,
then hands back its result on the GUI thread. The progress dialog appears only when the work
takes longer than a moment; until then the clerk's clicks and keys are held back, so nothing
can be started twice. The thread always finishes before the call returns: a cancelled job
runs to its end (Python cannot stop it half-way) and its result is thrown away; work that can
stop early checks ``Cancellation.requested``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from councildesk.errors import CouncilDeskError
from councildesk.gui.messages import show_error

T = TypeVar("T")

SHOW_AFTER_MS = 400  # quicker work finishes without a dialog flashing up
ACCENT = QColor("#0f766e")

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Drop,
}


class Cancellation:
    """Set when the clerk presses Cancel; long work may look at it and stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def request(self) -> None:
        self._event.set()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How the work ended: its value, or the exception it raised, or cancelled by the clerk."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False


class _Worker(QObject):
    """Runs the function in the worker thread and reports back by signal."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class _Receiver(QObject):
    """Lives in the GUI thread: collects what the worker sent and ends the wait."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.done = False
        self.value: object = None
        self.error: BaseException | None = None

    @Slot(object)
    def take_value(self, value: object) -> None:
        self.value, self.done = value, True
        self.loop.quit()

    @Slot(object)
    def take_error(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.done = True
        self.loop.quit()


class _HoldInput(QObject):
    """Swallows the clerk's input to every window except the progress dialog while waiting."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT_EVENTS:
            return False
        inside = isinstance(watched, QWidget) and (
            watched is self._dialog or self._dialog.isAncestorOf(watched)
        )
        return not (inside and self._dialog.isVisible())


def run_in_thread(
    parent: QWidget | None,
    label: str,
    work: Callable[[], T],
    *,
    cancellable: bool = True,
    cancellation: Cancellation | None = None,
    title: str = "Please wait",
    show_after_ms: int = SHOW_AFTER_MS,
) -> Outcome[T]:
    """Run ``work`` in a worker thread behind a modal progress dialog; wait for it to end.

    Never raises what the work raised: the exception comes back in the Outcome.
    """
    cancellation = cancellation or Cancellation()
    dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(24 * 60 * 60 * 1000)  # we show it ourselves, below
    dialog.setMinimumWidth(380)
    dialog.setAccessibleName(title)
    for bar in dialog.findChildren(QProgressBar):
        palette = bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, ACCENT)  # the app's teal, not Fusion blue
        bar.setPalette(palette)
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)  # a plain button: Cancel is not the thing to press
        button.setAccessibleName(button.text())
    dialog.reset()  # stop the dialog's own timer to show itself

    def cancel() -> None:
        if cancellable:
            cancellation.request()
            dialog.setLabelText(f"{label}\nStopping once the work in hand is finished…")
        dialog.show()  # Qt hid it; the clerk still sees the work is going on

    dialog.canceled.connect(cancel)

    loop = QEventLoop()
    receiver = _Receiver(loop)
    thread = QThread()
    thread.setObjectName("CouncilDeskWorker")
    worker = _Worker(work)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.finished.connect(worker.deleteLater)
    worker.succeeded.connect(receiver.take_value, Qt.ConnectionType.QueuedConnection)
    worker.failed.connect(receiver.take_error, Qt.ConnectionType.QueuedConnection)

    shower = QTimer()
    shower.setSingleShot(True)

    def show_dialog() -> None:
        if not receiver.done:
            dialog.show()

    shower.timeout.connect(show_dialog)

    hold = _HoldInput(dialog)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(hold)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        thread.start()
        shower.start(max(0, show_after_ms))
        if not receiver.done:
            loop.exec()
    finally:
        shower.stop()
        thread.quit()
        thread.wait()
        QGuiApplication.restoreOverrideCursor()
        if app is not None:
            app.removeEventFilter(hold)
        dialog.canceled.disconnect(cancel)
        dialog.hide()
        dialog.deleteLater()
    if cancellation.requested:
        return Outcome(cancelled=True)
    if receiver.error is not None:
        return Outcome(error=receiver.error)
    return Outcome(value=cast(T, receiver.value))


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[], T],
    *,
    cancellable: bool = True,
    cancellation: Cancellation | None = None,
    title: str = "Please wait",
    error_title: str = "That could not be done",
    show_after_ms: int = SHOW_AFTER_MS,
) -> T | None:
    """The work's result; None when the clerk cancelled or the work met an expected problem.

    An expected problem (CouncilDeskError) is shown in a message box with its text; anything
    else is raised again here, on the GUI thread, for the application's error handler.
    """
    outcome = run_in_thread(
        parent,
        label,
        work,
        cancellable=cancellable,
        cancellation=cancellation,
        title=title,
        show_after_ms=show_after_ms,
    )
    if outcome.error is not None:
        if isinstance(outcome.error, CouncilDeskError):
            show_error(parent, error_title, str(outcome.error))
            return None
        raise outcome.error
    return outcome.value
