"""A greeting until the real dashboard arrives (issue 6)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tagana_app import settings
from ui import office, ops
from ui.changes import Changes
from ui.context import AppContext


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(6)
        self.greeting = QLabel(self.tr("Selamat datang, {name}").format(
            name=ctx.actor.full_name or ctx.actor.username))
        self.greeting.setObjectName("pageTitle")
        self.office = QLabel()
        self.office.setObjectName("pageSubtitle")
        today = QLocale(QLocale.Language.Indonesian).toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        date = QLabel(today)
        date.setObjectName("muted")
        layout.addWidget(self.greeting)
        layout.addWidget(self.office)
        layout.addWidget(date)

        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet("QFrame#card { background: white; border: 1px solid #cfd8e3; border-radius: 6px; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        role = QLabel(self.tr("Anda masuk sebagai <b>{role}</b>.").format(role=ctx.actor.role_label))
        role.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(self.tr("Pilih bagian di sebelah kiri, atau tekan Ctrl+1 sampai Ctrl+9. Ringkasan stok, "
                              "kejadian aktif dan relawan yang bertugas akan tampil di halaman ini."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        inner.addWidget(role)
        inner.addWidget(hint)
        layout.addSpacing(16)
        layout.addWidget(card)
        layout.addStretch(1)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        ops.read(self.ctx.db, self, settings.office_values, on_success=self._show_office)

    def _show_office(self, values: dict[str, Any]) -> None:
        self.office.setText(office.display_name(values))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self.refresh()
