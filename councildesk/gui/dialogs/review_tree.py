"""The structure tree of the import review dialog: one item per section, clause or bullet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidgetItem

from councildesk.gui.dialogs.review_text import first_words
from councildesk.rules.protocol_text import Node

KINDS = [
    ("section", "Section"),
    ("heading", "Heading"),
    ("clause", "Clause"),
    ("bullet", "Bullet"),
    ("paragraph", "Paragraph"),
]
KIND_LABELS = dict(KINDS)
KIND_BRUSH = QBrush(QColor("#64748b"))


def add_items(parent: QTreeWidgetItem, nodes: Sequence[Node]) -> None:
    for node in nodes:
        item = QTreeWidgetItem(parent)
        fill_item(item, node)
        add_items(item, node.children)


def fill_item(item: QTreeWidgetItem, node: Node) -> None:
    shown = first_words(node)
    item.setText(0, node.number)
    item.setText(1, shown or "(empty)")
    item.setText(2, KIND_LABELS.get(node.kind, node.kind))
    tip = "\n".join(part for part in (node.title, node.text[:400]) if part)
    item.setToolTip(1, tip)
    strong, empty = node.kind in {"section", "heading"}, not shown
    font = item.font(1)
    if font.bold() != strong or font.italic() != empty:  # most items keep the tree's font
        font.setBold(strong)
        font.setItalic(empty)
        for column in range(3):
            item.setFont(column, font)
    item.setForeground(2, KIND_BRUSH)
    if empty:
        item.setForeground(1, KIND_BRUSH)
    elif item.data(1, Qt.ItemDataRole.ForegroundRole) is not None:
        item.setData(1, Qt.ItemDataRole.ForegroundRole, None)
