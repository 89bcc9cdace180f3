"""Helpers for driving modal dialogs, which block in exec() until they close."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QProgressDialog,
    QTableWidget,
    QWidget,
)

WhenModal = Callable[[Callable[[QWidget], None]], None]


@pytest.fixture
def when_modal() -> WhenModal:
    """``when_modal(act)`` runs ``act`` on the next modal dialog once it is open.

    The progress dialog of work run off the GUI thread is passed over: it shows only when the work
    is slow (on a busy machine), and the dialog a test means is the one that follows it."""

    def arrange(act: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or isinstance(dialog, QProgressDialog):
                QTimer.singleShot(20, poll)
                return
            act(dialog)

        QTimer.singleShot(20, poll)

    return arrange


RunModal = Callable[[Callable[[], None], Callable[[QDialog], None]], None]


@pytest.fixture
def run_modal() -> RunModal:
    """``run_modal(action, handle)``: run ``action``, which opens a modal dialog, and let
    ``handle`` fill it in; the dialog is closed afterwards if ``handle`` left it open."""

    def run(action: Callable[[], None], handle: Callable[[QDialog], None]) -> None:
        seen: list[QDialog] = []

        def on_open() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog)
            seen.append(dialog)
            try:
                handle(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, on_open)
        action()
        assert seen, "no dialog opened"

    return run


@pytest.fixture
def tab_stop() -> Callable[[QWidget], bool]:
    """Whether Tab stops at a widget (a spin box's inner line edit stands for the spin box)."""

    def stops(widget: QWidget) -> bool:
        return (
            widget.isVisible()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and not isinstance(widget.parentWidget(), QAbstractSpinBox)
        )

    return stops


def _next_focus(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None, "the focus chain is broken"
    return following


@pytest.fixture
def next_focus() -> Callable[[QWidget], QWidget]:
    """The next widget in the focus chain (Qt types it as optional; the chain is a ring)."""
    return _next_focus


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at row {row}, column {column}"
    return item.text()


@pytest.fixture
def cell_text() -> Callable[[QTableWidget, int, int], str]:
    """The text of one cell of a table widget, failing plainly where there is no cell."""
    return _cell_text
