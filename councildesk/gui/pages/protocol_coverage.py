"""The "Topic coverage" tab: what a protocol normally covers, and what this one lacks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.forms.ui_coverage_panel import Ui_CoveragePanel
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
        self.ui = Ui_CoveragePanel()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.topicsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setSizes([560, 420])
        ui.topicsTable.itemSelectionChanged.connect(self._topic_chosen)
        ui.clauseList.itemChanged.connect(self._clause_toggled)

    def show_version(self, version_id: int | None) -> None:
        self.data = None
        self.ui.topicsTable.setRowCount(0)
        self.ui.clauseList.clear()
        if version_id is None:
            self.ui.summaryLabel.setText("")
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
        self.ui.summaryLabel.setText(text)
        self.ui.topicsTable.blockSignals(True)
        self.ui.topicsTable.setRowCount(len(data.topics))
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
                self.ui.topicsTable.setItem(row, column, item)
        self.ui.topicsTable.blockSignals(False)
        if keep_row >= 0:
            self.ui.topicsTable.selectRow(keep_row)

    def _current_topic(self) -> int:
        rows = self.ui.topicsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _topic_chosen(self) -> None:
        row = self._current_topic()
        if self.data is None or row < 0:
            return
        status = self.data.topics[row]
        self.ui.topicHelpLabel.setText(f"<b>{status.topic.label}</b><br>{status.topic.description}")
        self.ui.clauseList.blockSignals(True)
        self.ui.clauseList.clear()
        for ref in self.data.clauses:
            label = ref.cite or ref.number or ref.key
            words = " ".join((ref.heading + " " + ref.text).split())
            item = QListWidgetItem(f"{label}  {words[:90]}{'…' if len(words) > 90 else ''}")
            item.setToolTip(words[:400])
            item.setData(KEY_ROLE, ref.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = ref.key in status.clause_keys
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.ui.clauseList.addItem(item)
        self.ui.clauseList.blockSignals(False)
        if status.clause_keys:
            first = status.clause_keys[0]
            for index in range(self.ui.clauseList.count()):
                if self.ui.clauseList.item(index).data(KEY_ROLE) == first:
                    self.ui.clauseList.scrollToItem(self.ui.clauseList.item(index))
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
