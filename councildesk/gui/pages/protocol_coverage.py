"""The "Topic coverage" tab: what a protocol normally covers, and what this one lacks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.messages import show_error
from councildesk.services import coverage
from councildesk.services.coverage import Coverage

MISSING = QColor("#b91c1c")
KEY_ROLE = Qt.ItemDataRole.UserRole + 20


class CoveragePanel(QWidget):
    status = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: Coverage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "hint")
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.topics = QTableWidget(0, 3)
        self.topics.setHorizontalHeaderLabels(["Topic", "Covered by", "Kind"])
        self.topics.setAccessibleName("Topics a protocol normally covers")
        self.topics.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.topics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topics.verticalHeader().hide()
        header = self.topics.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.topics.setAlternatingRowColors(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.topic_help = QLabel("Choose a topic to see or correct the clauses that cover it.")
        self.topic_help.setWordWrap(True)
        right_layout.addWidget(self.topic_help)
        self.clauses = QListWidget()
        self.clauses.setAccessibleName("Clauses: ticked ones cover the chosen topic")
        right_layout.addWidget(self.clauses)
        splitter.addWidget(self.topics)
        splitter.addWidget(right)
        splitter.setSizes([560, 420])
        layout.addWidget(splitter, 1)
        self.topics.itemSelectionChanged.connect(self._topic_chosen)
        self.clauses.itemChanged.connect(self._clause_toggled)

    def show_version(self, version_id: int | None) -> None:
        self.data = None
        self.topics.setRowCount(0)
        self.clauses.clear()
        if version_id is None:
            self.summary.setText("")
            return
        with self.context.db.session() as session:
            self.data = coverage.coverage(session, version_id)
        self._fill_topics()

    def _fill_topics(self, keep_row: int = -1) -> None:
        data = self.data
        if data is None:
            return
        missing = [t for t in data.missing]
        core_missing = [t.label.lower() for t in missing if t.core]
        text = (
            f"{len(data.topics) - len(missing)} of {len(data.topics)} topics covered. "
            + (
                "Core topics missing: " + "; ".join(core_missing) + "."
                if core_missing
                else "Every core topic is covered."
            )
            + " Ticks on the right correct the automatic reading."
        )
        self.summary.setText(text)
        self.topics.blockSignals(True)
        self.topics.setRowCount(len(data.topics))
        for row, status in enumerate(data.topics):
            name = QTableWidgetItem(status.topic.label)
            name.setToolTip(status.topic.description)
            name.setData(KEY_ROLE, status.topic.key)
            cites = ", ".join(status.cites) if status.covered else "Not covered"
            if status.corrected:
                cites += "  (corrected)"
            covered = QTableWidgetItem(cites)
            if not status.covered:
                covered.setForeground(QBrush(MISSING))
            kind = QTableWidgetItem("Core" if status.topic.core else "Further")
            for column, item in enumerate((name, covered, kind)):
                self.topics.setItem(row, column, item)
        self.topics.blockSignals(False)
        if keep_row >= 0:
            self.topics.selectRow(keep_row)

    def _current_topic(self) -> int:
        rows = self.topics.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _topic_chosen(self) -> None:
        row = self._current_topic()
        if self.data is None or row < 0:
            return
        status = self.data.topics[row]
        self.topic_help.setText(f"<b>{status.topic.label}</b><br>{status.topic.description}")
        self.clauses.blockSignals(True)
        self.clauses.clear()
        for ref in self.data.clauses:
            label = ref.cite or ref.number or ref.key
            words = " ".join((ref.heading + " " + ref.text).split())
            item = QListWidgetItem(f"{label}  {words[:90]}{'…' if len(words) > 90 else ''}")
            item.setToolTip(words[:400])
            item.setData(KEY_ROLE, ref.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = ref.key in status.clause_keys
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.clauses.addItem(item)
        self.clauses.blockSignals(False)
        if status.clause_keys:
            first = status.clause_keys[0]
            for index in range(self.clauses.count()):
                if self.clauses.item(index).data(KEY_ROLE) == first:
                    self.clauses.scrollToItem(self.clauses.item(index))
                    break

    def _clause_toggled(self, item: QListWidgetItem) -> None:
        row = self._current_topic()
        if self.data is None or row < 0:
            return
        topic = self.data.topics[row].topic
        covers = item.checkState() == Qt.CheckState.Checked
        try:
            with self.context.db.transaction() as session:
                coverage.set_covers(
                    session, self.data.version_id, topic.key, str(item.data(KEY_ROLE)), covers
                )
            with self.context.db.session() as session:
                self.data = coverage.coverage(session, self.data.version_id)
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        self._fill_topics(keep_row=row)
        verb = "covers" if covers else "does not cover"
        self.status.emit(f"Saved: clause {item.text().split()[0]} {verb} {topic.label.lower()}.")
