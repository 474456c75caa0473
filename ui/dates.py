"""Dates and times for the widgets, from the program's clock (tagana_app.clock), never Qt's own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from tagana_app import clock


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def today() -> QDate:
    """The office's date (its time zone), for a date edit's default."""
    return qdate(clock.today())


def this_minute() -> QDateTime:
    """Now in the office's time zone, to the minute: an edit that shows no seconds must hold none."""
    now = clock.now()
    return QDateTime(qdate(now.date()), QTime(now.hour, now.minute))


EMPTY = QDate(1900, 1, 1)  # the value of a date field nobody filled in (shown blank)


class DateField(QDateEdit):
    """A date edit that may be empty (shown blank, ``value()`` None) and takes typing after one click:
    on focus an empty field shows today with its day selected, so "31122027" gives 31-12-2027 (the
    selecting is FormDialog's; ``ui.form_dialog.select_on_focus`` elsewhere)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(" ")
        self.set_value(value)

    def value(self) -> date | None:
        return None if self.date() == EMPTY else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(qdate(value) if value else EMPTY)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self.date() == EMPTY:
            self.setDate(today())  # something to type over; left as it is, today is no expiry date
        super().focusInEvent(event)
