"""While CouncilDesk runs: a notification when a review reminder falls due.

Through the system tray where the desktop has one; where it has none (some Linux desktops, and
the offscreen platform the tests use), as a banner across the top of the window. The same
reminders feed the Dashboard and the log-in agent (services/reminders.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.icons import icon
from councildesk.gui.reminder_popup import summary
from councildesk.services import reminder_horizon, reminders
from councildesk.services.reminders import Notice

CHECK_EVERY_MS = 30 * 60 * 1000  # reminders fall by the day; half-hourly catches midnight


class Tray(Protocol):
    """What the notifier needs of a QSystemTrayIcon (tests give a fake)."""

    def show(self) -> None: ...
    def showMessage(
        self, title: str, body: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None: ...


def _real_tray(parent: QObject) -> Tray | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(icon("app-icon"), parent)
    tray.setToolTip("CouncilDesk")
    return tray


class ReminderBanner(QFrame):
    """A strip above the page: what is due, a button to go there, and one to acknowledge."""

    show_reviews = Signal()
    acknowledge = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setAccessibleName("Reminders")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.show_button = QPushButton("Show reviews")
        self.show_button.setAccessibleName("Show the reviews that are due")
        self.ack_button = QPushButton("Acknowledge")
        self.ack_button.setAccessibleName("Acknowledge these reminders")
        self.ack_button.setToolTip("Stop notifying about these reminders")
        self.hide_button = QPushButton("Later")
        self.hide_button.setAccessibleName("Hide the reminders until CouncilDesk next starts")
        layout.addWidget(self.label, 1)
        for button in (self.show_button, self.ack_button, self.hide_button):
            layout.addWidget(button)
        self.show_button.clicked.connect(self.show_reviews.emit)
        self.ack_button.clicked.connect(self.acknowledge.emit)
        self.hide_button.clicked.connect(self.hide)
        self.hide()

    def show_notices(self, notices: list[Notice]) -> None:
        title, _body = summary([n.text for n in notices])
        names = [f"{n.policy} (overdue)" if n.overdue else n.policy for n in notices]
        self.label.setText(f"<b>{escape(title)}:</b> {escape(', '.join(names))}.")
        self.label.setToolTip("\n".join(n.text for n in notices))
        self.show()


class ReminderNotifier(QObject):
    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        open_reviews: Callable[[int | None], None],
        make_tray: Callable[[QObject], Tray | None] = _real_tray,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.open_reviews = open_reviews
        self.tray = make_tray(self)
        self.notices: list[Notice] = []
        self._told: set[tuple[int, dt.date, dt.date]] = set()
        self.banner = ReminderBanner()
        _place_above_pages(window, self.banner)
        self.banner.show_reviews.connect(self._show_first)
        self.banner.acknowledge.connect(self.acknowledge_all)
        if self.tray is not None:
            self.tray.show()
            if isinstance(self.tray, QSystemTrayIcon):
                self.tray.messageClicked.connect(self._show_first)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Notice]:
        """Notify about reminders that have fallen since the last check (or since start)."""
        try:
            reminder_horizon.keep(self.context.db)
            with self.context.db.session() as session:
                self.notices = reminders.notices(session, self.context.today())
        except CouncilDeskError:
            return []
        fresh = [n for n in self.notices if (n.policy_id, n.due_on, n.remind_on) not in self._told]
        self._told.update((n.policy_id, n.due_on, n.remind_on) for n in fresh)
        if not self.notices:
            self.banner.hide()
        if not fresh:
            return []
        if self.tray is not None:
            title, body = summary([n.text for n in fresh])
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.banner.show_notices(self.notices)
        return fresh

    def _show_first(self) -> None:
        self.open_reviews(self.notices[0].policy_id if self.notices else None)

    def acknowledge_all(self) -> None:
        today = self.context.today()
        try:
            with self.context.db.transaction() as session:
                for notice in self.notices:
                    reminders.acknowledge(session, notice, today)
        except CouncilDeskError:
            return
        self.notices = []
        self.banner.hide()
        status = self.parent()
        if isinstance(status, QMainWindow):
            status.statusBar().showMessage("Reminders acknowledged: they will not notify again.")


def _place_above_pages(window: QMainWindow, banner: QWidget) -> None:
    """Put the banner over the page area (the central layout's last widget)."""
    central = window.centralWidget()
    outer = central.layout() if central is not None else None
    if outer is None or outer.count() == 0:
        return
    item = outer.itemAt(outer.count() - 1)
    pages = item.widget() if item is not None else None
    if pages is None:
        return
    outer.removeWidget(pages)
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(banner)
    column.addWidget(pages, 1)
    if isinstance(outer, QHBoxLayout):
        outer.addLayout(column, 1)
