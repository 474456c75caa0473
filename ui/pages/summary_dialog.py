"""The WhatsApp summary in a small window: the text as it will be pasted, and "Salin" to copy it.

The text is read in the background (``deployment.reports.summary``); the office's summary can be made
for another day.  The text itself stays Indonesian, as in the coordination groups it is pasted into.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deployment.reports import summary
from tagana_app import clock
from ui import errors, ops
from ui.context import AppContext
from ui.form_dialog import heading


class SummaryDialog(QDialog):
    """The summary of the incident ``number``, or without one the office's summary of a day (chosen here)."""

    def __init__(self, ctx: AppContext, number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self._read = ops.CurrentRead(ctx.db, self)
        if number is None:
            title = self.tr("Ringkasan WhatsApp harian")
            subtitle = self.tr("Kejadian aktif, barang keluar gudang, permintaan hari itu dan yang terlambat.")
        else:
            title = self.tr("Ringkasan WhatsApp {number}").format(number=number)
            subtitle = self.tr("Laporan situasi kejadian untuk ditempel ke grup koordinasi.")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace", 10))
        self.text.setPlaceholderText(self.tr("Memuat ringkasan..."))
        self.day = QDateEdit(QDate(clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.dateChanged.connect(self.reload)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.copied = QLabel()
        self.copy_button = QPushButton(self.tr("Salin"))
        self.copy_button.setDefault(True)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        if number is None:
            bar.addWidget(QLabel(self.tr("Tanggal:")))
            bar.addWidget(self.day)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.copied)
        bar.addWidget(self.copy_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(heading(title, subtitle))
        layout.addWidget(self.text, 1)
        layout.addLayout(bar)
        self.resize(760, 620)
        self.reload()

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def reload(self) -> ops.Op:
        self.copy_button.setEnabled(False)
        self.copied.clear()
        if self.number is None:
            return self._read.start(summary.office_summary, self.chosen_day(), on_success=self.show_text,
                                    on_error=self._failed)
        return self._read.start(summary.incident_summary, self.number, today=self.chosen_day(),
                                on_success=self.show_text, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        errors.present_error(self, exc)

    def show_text(self, text: str) -> None:
        self.text.setPlainText(text)
        self.count.setText(self.tr("{n} karakter").format(n=len(text)))
        self.copy_button.setEnabled(bool(text))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied.setText(self.tr("Disalin"))
