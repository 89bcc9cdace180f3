"""A date field in dd/mm/yyyy that may be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

# The lowest date stands for "no date": QDateEdit cannot be blank, but it shows the special
# value text (a space) there, so to the clerk the field looks empty.
_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(_NO_DATE)
        self.setMinimumWidth(130)
        self.setMaximumWidth(170)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        qdate = self.date()
        if qdate == _NO_DATE:
            return None
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def setValue(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)

    def clear(self) -> None:
        self.setDate(_NO_DATE)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's date edit keeps Tab while it shows its special value, which would trap a keyboard
        # user in an empty date: there, Tab moves to the next control as it does everywhere.
        if self.value() is None:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field's popup should open on this month, not on 1900. Only the page moves:
        # selecting a date would write it into the field.
        if event.type() == QEvent.Type.Show and self.value() is None:
            calendar = self.calendarWidget()
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
