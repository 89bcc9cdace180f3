"""Showing a ValidationError's messages beside the fields they belong to."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLayoutItem, QWidget

from councildesk.errors import ValidationError


class FieldErrors:
    """Puts a red message under each field named in a ValidationError, and clears them again."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget], fallback: QLabel) -> None:
        self._form = form
        self._fields = fields
        self._fallback = fallback
        self._labels: list[QLabel] = []
        fallback.setObjectName(fallback.objectName() or "formError")
        fallback.setProperty("role", "error")
        fallback.setWordWrap(True)
        fallback.hide()

    def clear(self) -> None:
        for label in self._labels:
            self._form.removeRow(label)
        self._labels.clear()
        for widget in self._fields.values():
            widget.setProperty("invalid", False)
            _restyle(widget)
        self._fallback.clear()
        self._fallback.hide()

    def show(self, error: ValidationError) -> None:
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for problem in error.problems:
            widget = self._fields.get(problem.field)
            row = self._row_of(widget) if widget is not None else -1
            if widget is None or row < 0:
                unplaced.append(problem.message)
                continue
            label = QLabel(problem.message)
            label.setProperty("role", "error")
            label.setWordWrap(True)
            label.setObjectName(f"{problem.field}Error")
            label.setAccessibleName(f"Problem: {problem.message}")
            self._form.insertRow(row + 1, "", label)
            self._labels.append(label)
            widget.setProperty("invalid", True)
            _restyle(widget)
            first = first or widget
        if unplaced:
            self._fallback.setText(" ".join(unplaced))
            self._fallback.show()
        if first is not None:
            first.setFocus()
        # Wrapped messages need more height than the dialog had; let it grow to fit them.
        # The layout learns the labels' wrapped heights on the next pass of the event loop.
        window = self._fallback.window()
        if window.isVisible():
            QTimer.singleShot(0, window.adjustSize)

    def message_for(self, field: str) -> str | None:
        for label in self._labels:
            if label.objectName() == f"{field}Error":
                return label.text()
        return None

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self._form.rowCount()):
            item = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and _holds(item, widget):
                return row
        return -1


def _holds(item: QLayoutItem, widget: QWidget) -> bool:
    """Whether the widget is this layout item, or anywhere inside its nested layouts."""
    if item.widget() is widget:
        return True
    inner = item.layout()
    if inner is None:
        return False
    for index in range(inner.count()):
        child = inner.itemAt(index)
        if child is not None and _holds(child, widget):
            return True
    return False


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
