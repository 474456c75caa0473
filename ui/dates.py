"""Dates and times for the widgets, from the program's clock (tagana_app.clock), never Qt's own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime

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
