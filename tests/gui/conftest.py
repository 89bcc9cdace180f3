"""Helpers for driving modal dialogs, which block in exec() until they close."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

WhenModal = Callable[[Callable[[QWidget], None]], None]


@pytest.fixture
def when_modal() -> WhenModal:
    """``when_modal(act)`` runs ``act`` on the next modal dialog once it is open."""

    def arrange(act: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, poll)
                return
            act(dialog)

        QTimer.singleShot(20, poll)

    return arrange
