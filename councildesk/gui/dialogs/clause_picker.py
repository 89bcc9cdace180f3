"""Picking the clauses of the adopted protocol that a case concerns, from the protocol's tree."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QTreeWidgetItemIterator, QWidget

from councildesk.gui.forms.ui_clause_picker_dialog import Ui_ClausePickerDialog
from councildesk.services.complaint_choices import ClauseOption

_ID = Qt.ItemDataRole.UserRole


class ClausePickerDialog(QDialog):
    def __init__(
        self,
        version_label: str,
        clauses: Sequence[ClauseOption],
        chosen: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClausePickerDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.introLabel.setText(f"Tick the clauses this case concerns ({version_label}).")
        items: dict[int, QTreeWidgetItem] = {}
        for clause in clauses:
            parent_item = items.get(clause.parent_id) if clause.parent_id is not None else None
            item = QTreeWidgetItem([clause.label])
            item.setData(0, _ID, clause.node_id)
            item.setToolTip(0, clause.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if clause.node_id in chosen else Qt.CheckState.Unchecked
            )
            if parent_item is None:
                ui.tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            items[clause.node_id] = item
        ui.tree.expandToDepth(0)
        ui.filterEdit.textChanged.connect(self._filter)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for button in ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def chosen(self) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        iterator = QTreeWidgetItemIterator(self.ui.tree)
        while (item := iterator.value()) is not None:
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append((int(item.data(0, _ID)), item.text(0)))
            iterator += 1
        return found

    def _filter(self, text: str) -> None:
        words = text.strip().lower()
        iterator = QTreeWidgetItemIterator(self.ui.tree)
        while (item := iterator.value()) is not None:
            item.setHidden(
                bool(words) and words not in item.text(0).lower() and item.childCount() == 0
            )
            iterator += 1
