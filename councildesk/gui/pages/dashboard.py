"""The Dashboard: what needs doing across every register, and the council at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_dashboard_page import Ui_DashboardPage
from councildesk.gui.icons import icon
from councildesk.gui.pages.base import Page
from councildesk.rules.dates import long_date, uk_date, weekday_name
from councildesk.services import backups, council, dashboard
from councildesk.services.actions import Action, Urgency

CARDS = (
    ("councillors", "Councillors serving"),
    ("officers", "Officers"),
    ("groups", "Political groups"),
    ("committees", "Committees"),
    ("meetings_ahead", "Meetings ahead"),
)


class _Card(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.number = QLabel("0")
        self.number.setProperty("role", "cardNumber")
        caption = QLabel(title)
        caption.setProperty("role", "cardTitle")
        layout.addWidget(self.number)
        layout.addWidget(caption)
        self.setAccessibleName(title)


class DashboardPage(Page):
    title = "Dashboard"
    icon_name = "dashboard"
    print_text = "&Print council directory…"
    prints_directory = True  # the directory lists what this page shows
    print_directory = Signal()
    # An action was followed: the area of the page to show, and the record on it (or None).
    open_action = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.meetingsTitle.setProperty("role", "sectionTitle")
        self.ui.noteLabel.setProperty("role", "hint")
        self.ui.protocolTitle.setProperty("role", "sectionTitle")
        self.ui.actionsTitle.setProperty("role", "sectionTitle")
        self.ui.actionsEmptyLabel.setProperty("role", "hint")
        self.todo_actions: list[Action] = []
        todo = self.ui.actionsTable
        todo.setColumnCount(3)
        todo.setHorizontalHeaderLabels(["By", "Status", "What"])
        todo.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        todo.horizontalHeader().setStretchLastSection(True)
        todo.activated.connect(self._follow)
        todo.doubleClicked.connect(self._follow)
        QShortcut(QKeySequence(Qt.Key.Key_Return), todo, self._follow_current)
        self.cards = {key: _Card(title) for key, title in CARDS}
        for card in self.cards.values():
            self.ui.cardsLayout.addWidget(card)
        table = self.ui.meetingsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Date", "Day", "Time", "Meeting"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        button = self.ui.printDirectoryButton
        button.setIcon(icon("print"))
        button.setAccessibleName("Print council directory")
        button.setToolTip("Preview and print the council directory (Ctrl+P)")
        button.clicked.connect(self.print_directory.emit)

    def refresh(self) -> None:
        today = self.context.today()
        with self.context.db.session() as session:
            found = council.get_council(session)
            name, clerk = council.display_name(found), found.clerk_title
            summary = dashboard.summary(session, today)
            receipts = dashboard.protocol_receipts(session, today)
            self.todo_actions = dashboard.actions(session, today)
            upcoming = [(m.held_on, m.starts_at, m.body_name) for m in summary.next_meetings]
        heading = f"{name} · {clerk} · {long_date(today)}"
        if not found.is_sample and not self.context.db.read_only_copy:
            heading += f" · {backups.last_good_text(self.context.db.path, today)}"
        self.ui.descriptionLabel.setText(heading)
        for key, card in self.cards.items():
            card.number.setText(str(getattr(summary, key)))
        table = self.ui.meetingsTable
        table.setRowCount(len(upcoming))
        for row, (held_on, starts_at, body) in enumerate(upcoming):
            cells = (
                uk_date(held_on),
                weekday_name(held_on),
                starts_at.strftime("%H:%M") if starts_at else "",
                body,
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        _fit_height_to_rows(table)
        self._show_actions()
        self.ui.protocolLabel.setText(_receipts_text(receipts))
        if not upcoming:
            self.ui.noteLabel.setText("No meetings ahead. Add them on the Meetings page.")
        else:
            self.ui.noteLabel.setText(summary.vacancies_note)

    def _show_actions(self) -> None:
        table = self.ui.actionsTable
        table.setRowCount(len(self.todo_actions))
        for row, action in enumerate(self.todo_actions):
            cells = (uk_date(action.when, "—"), action.urgency.label, action.what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if action.urgency is Urgency.OVERDUE:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.setVisible(bool(self.todo_actions))
        self.ui.actionsEmptyLabel.setVisible(not self.todo_actions)

    def _follow(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.todo_actions):
            action = self.todo_actions[index.row()]
            self.open_action.emit(action.area, action.record_id)

    def _follow_current(self) -> None:
        self._follow(self.ui.actionsTable.currentIndex())


def _fit_height_to_rows(table: QTableWidget, fewest: int = 2) -> None:
    """No taller than its rows, so the space goes to what needs doing; but always room for the
    first few."""
    heights = [table.rowHeight(row) for row in range(table.rowCount())]
    chrome = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    table.setMaximumHeight(chrome + sum(heights))
    table.setMinimumHeight(chrome + sum(heights[:fewest]))


def _receipts_text(receipts: dashboard.ProtocolReceipts) -> str:
    if receipts.version_label is None:
        return "No version adopted yet. Import or start one on the Protocol page."
    if not receipts.outstanding:
        return f"Every serving councillor has confirmed receiving {receipts.version_label}."
    names = ", ".join(receipts.outstanding)
    count = len(receipts.outstanding)
    who = "councillor has" if count == 1 else "councillors have"
    return f"{count} {who} not yet confirmed receiving {receipts.version_label}: {names}."
