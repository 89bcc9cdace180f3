"""Helpers for driving modal dialogs, which block in exec() until they close, and for showing
a page in the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from councildesk.gui.context import AppContext
from councildesk.gui.main_window import MainWindow
from councildesk.services.database import Database

WhenModal = Callable[[Callable[[QWidget], None]], None]
RunModal = Callable[[Callable[[], object], Callable[[QWidget], None]], None]

POLL_MS = 20
GIVE_UP_AFTER_MS = 10_000


def _close(dialog: QWidget) -> None:
    if not dialog.isVisible():
        return
    if isinstance(dialog, QMessageBox):
        dialog.done(0)
    elif isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def _arm(act: Callable[[QWidget], None], failures: list[BaseException]) -> None:
    """Once a modal dialog is open, run ``act`` on it, then close it if ``act`` left it open.

    The one way the GUI tests drive a modal dialog, which blocks in exec() until it closes. It
    passes over progress dialogs (they come and go while work runs off the GUI thread), gives up
    after GIVE_UP_AFTER_MS rather than wait for ever, and keeps any failure for the test to raise
    outside the event loop: a failing check must fail the test, never leave a dialog open.
    """
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):
            waited[0] += POLL_MS
            if waited[0] < GIVE_UP_AFTER_MS:
                QTimer.singleShot(POLL_MS, poll)
            else:
                failures.append(AssertionError("No dialog opened."))
            return
        try:
            act(dialog)
        except BaseException as error:  # raised again by the test, outside the event loop
            failures.append(error)
        finally:
            _close(dialog)

    QTimer.singleShot(0, poll)


@pytest.fixture
def when_modal() -> Iterator[WhenModal]:
    """``when_modal(act)``, then the action that opens a dialog: ``act`` runs on that dialog.
    A failure inside ``act`` (or no dialog at all) fails the test when it ends."""
    failures: list[BaseException] = []
    yield lambda act: _arm(act, failures)
    if failures:
        raise failures[0]


@pytest.fixture
def run_modal() -> RunModal:
    """``run_modal(action, act)``: run ``action``, which opens a modal dialog, and let ``act``
    fill it in; a failure inside ``act`` is raised here, once ``action`` has returned."""

    def run(action: Callable[[], object], act: Callable[[QWidget], None]) -> None:
        failures: list[BaseException] = []
        _arm(act, failures)
        action()
        if failures:
            raise failures[0]

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


LAPTOP = (1280, 720)  # the smallest screen a clerk's laptop is likely to have
DEMO_TODAY = dt.date(2026, 11, 24)  # the day the demo council is seeded for


@pytest.fixture
def shown_on_laptop(qtbot: QtBot) -> Callable[[Database, type[Any]], Any]:
    """The main window at a small laptop's size, turned to the page of the type given."""

    def show(db: Database, page_type: type[Any]) -> Any:
        window = MainWindow(AppContext(db, today=lambda: DEMO_TODAY))
        qtbot.addWidget(window)
        window.resize(*LAPTOP)
        window.show()
        qtbot.waitExposed(window)
        (page,) = [p for p in window.pages if isinstance(p, page_type)]
        window.go_to(window.pages.index(page))
        return page

    return show
