"""The next 24 months of reviews, drawn as the printout draws them: a row per review, a marker
at its due date whose shape says its status, and a bar at its agenda deadline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from councildesk.rules.review_timeline import Timeline, layout, quarter_label
from councildesk.rules.reviews import Status

ROW = 22
AXIS = 28
LABEL_WIDTH = 230
_INK = QColor("#1e293b")
_GRID = QColor("#e2e8f0")
_TEAL = QColor("#0f766e")
_AMBER = QColor("#b45309")
_RED = QColor("#b91c1c")


class ReviewTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: Timeline = layout([], dt.date.today())
        self.today_at: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(AXIS + ROW * 3)

    def set_timeline(self, picture: Timeline, today: dt.date | None = None) -> None:
        self.picture = picture
        span = (picture.end - picture.start).days
        self.today_at = (today - picture.start).days / span if today else None
        self.setMinimumHeight(AXIS + ROW * max(3, len(picture.items)) + 8)
        self.setAccessibleDescription(
            "; ".join(f"{item.label}: {item.status.value}" for item in picture.items)
            or "No review falls due in the next 24 months."
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, AXIS + ROW * max(3, len(self.picture.items)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        left, right = LABEL_WIDTH, self.width() - 12
        span = max(1, right - left)
        if not self.picture.items:
            painter.setPen(QColor("#64748b"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                "No review falls due in the next 24 months.",
            )
            return
        metrics = painter.fontMetrics()
        for at, label in self.picture.ticks:
            x = left + at * span
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(x, AXIS - 4), QPointF(x, self.height() - 4))
            if quarter_label(self.picture, at, label):
                painter.setPen(QColor("#475569"))
                painter.drawText(QPointF(x + 3, AXIS - 10), label)
        if self.today_at is not None:
            x = left + self.today_at * span
            painter.setPen(QPen(_TEAL, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, AXIS - 4), QPointF(x, self.height() - 4))
        for row, item in enumerate(self.picture.items):
            y = AXIS + ROW * row + ROW / 2
            font = painter.font()
            font.setBold(item.status is Status.OVERDUE)
            painter.setFont(font)
            painter.setPen(_INK)
            name = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
            painter.drawText(
                QRectF(4, y - ROW / 2, LABEL_WIDTH - 8, ROW), Qt.AlignmentFlag.AlignVCenter, name
            )
            x = left + item.due_at * span
            if item.deadline_at is not None:
                dx = left + item.deadline_at * span
                painter.setPen(QPen(_INK, 2))
                painter.drawLine(QPointF(dx, y - 6), QPointF(dx, y + 6))
                painter.setPen(QPen(_INK, 1))
                painter.drawLine(QPointF(dx, y), QPointF(x, y))
            self._marker(painter, item.status, x, y)

    def _marker(self, painter: QPainter, status: Status, x: float, y: float) -> None:
        size = 5.5
        if status is Status.OVERDUE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(_RED))
            painter.drawRect(QRectF(x - size, y - size, 2 * size, 2 * size))
        elif status is Status.DUE:
            painter.setPen(QPen(_INK, 1))
            painter.setBrush(QBrush(_AMBER))
            points = [QPointF(x, y - size - 1), QPointF(x + size + 1, y), QPointF(x, y + size + 1)]
            points.append(QPointF(x - size - 1, y))
            painter.drawPolygon(QPolygonF(points))
        else:
            painter.setPen(QPen(_TEAL, 2))
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(QPointF(x, y), size, size)
        painter.setBrush(Qt.BrushStyle.NoBrush)
