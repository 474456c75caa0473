"""A first dashboard: greeting, office, database and recent activity (the real one is issue 6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tagana_app import audit, backup, settings
from tagana_app.audit import AuditEntry
from ui import core_texts, office, ops
from ui.changes import Changes
from ui.context import AppContext
from ui.pages.audit_model import action_label, local_time

RECENT = 12


@dataclass(frozen=True)
class Overview:
    office: dict[str, Any]
    recent: list[AuditEntry]
    audit_total: int
    last_backup: datetime | None


def load_overview(session: Any, backup_dir: Path) -> Overview:
    autos = sorted(backup_dir.glob(f"{backup.AUTO_PREFIX}*.db")) if backup_dir.is_dir() else []
    last = datetime.fromtimestamp(autos[-1].stat().st_mtime) if autos else None
    return Overview(settings.office_values(session), audit.list_entries(session, limit=RECENT),
                    audit.count_entries(session), last)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: white; border: 1px solid #cfd8e3; border-radius: 6px; }"
                           "QLabel#cardTitle { color: #173b5c; font-weight: 600; font-size: 11pt; }")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(6)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        self.body.addWidget(heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.body.addLayout(self.grid)
        self._values: dict[str, QLabel] = {}

    def row(self, key: str, label: str) -> QLabel:
        name = QLabel(label)
        name.setObjectName("muted")
        value = QLabel("–")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = self.grid.rowCount()
        self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(value, row, 1)
        self._values[key] = value
        return value

    def set(self, key: str, text: str) -> None:
        self._values[key].setText(text or "–")


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.greeting = QLabel(self.tr("Selamat datang, {name}").format(
            name=ctx.actor.full_name or ctx.actor.username))
        self.greeting.setObjectName("pageTitle")
        self.office = QLabel()
        self.office.setObjectName("pageSubtitle")
        locale = QLocale()
        date = QLabel(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        date.setObjectName("muted")

        self.office_card = Card(self.tr("Profil kantor"))
        self.office_card.row("head", self.tr("Kepala Dinas"))
        self.office_card.row("nip", self.tr("NIP"))
        self.office_card.row("address", self.tr("Alamat"))
        self.office_card.row("paper", self.tr("Kertas dokumen"))
        self.db_card = Card(self.tr("Basis data dan cadangan"))
        self.db_card.row("db", self.tr("Basis data")).setText(ctx.db.describe())
        self.db_card.row("audit", self.tr("Catatan audit"))
        self.db_card.row("backup", self.tr("Cadangan otomatis"))
        self.account_card = Card(self.tr("Akun Anda"))
        self.account_card.row("user", self.tr("Pengguna")).setText(ctx.actor.username)
        self.account_card.row("role", self.tr("Peran")).setText(core_texts.role_label(ctx.actor.role))
        hint = QLabel(self.tr("Pindah bagian dengan menu di kiri atau Ctrl+1 sampai Ctrl+9; Ctrl+Q menutup "
                              "program."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.account_card.body.addWidget(hint)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for card in (self.office_card, self.db_card, self.account_card):
            card.body.addStretch(1)
            cards.addWidget(card, 1)

        recent_card = Card(self.tr("Aktivitas terakhir"))
        self.recent = QTableWidget(0, 4)
        self.recent.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"),
                                               self.tr("Data")])
        self.recent.verticalHeader().hide()
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setShowGrid(False)
        self.recent.setAlternatingRowColors(True)
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.verticalHeader().setDefaultSectionSize(24)
        header = self.recent.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        recent_card.body.addWidget(self.recent, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(4)
        layout.addWidget(self.greeting)
        layout.addWidget(self.office)
        layout.addWidget(date)
        layout.addSpacing(14)
        layout.addLayout(cards)
        layout.addSpacing(14)
        layout.addWidget(recent_card, 1)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        ops.read(self.ctx.db, self, load_overview, self.ctx.local.backup_dir(), on_success=self.show_overview)

    def show_overview(self, overview: Overview) -> None:
        values = overview.office
        self.office.setText(office.display_name(values))
        head = values.get(settings.HEAD_NAME.key) or ""
        rank = values.get(settings.HEAD_RANK.key) or ""
        self.office_card.set("head", f"{head}\n{rank}".strip())
        self.office_card.set("nip", values.get(settings.HEAD_NIP.key) or "")
        self.office_card.set("address", values.get(settings.OFFICE_ADDRESS.key) or "")
        self.office_card.set("paper", values.get(settings.PAPER_SIZE.key) or "")
        self.db_card.set("audit", QLocale().toString(overview.audit_total))
        on_exit = self.ctx.local.get(settings.BACKUP_ON_EXIT)
        if overview.last_backup is not None:
            when = self.tr("terakhir {time}").format(time=overview.last_backup.strftime("%d-%m-%Y %H:%M"))
        else:
            when = self.tr("belum ada")
        self.db_card.set("backup", (self.tr("aktif saat keluar") if on_exit else self.tr("tidak aktif")) + ", " + when)
        self.recent.setRowCount(len(overview.recent))
        for row, entry in enumerate(overview.recent):
            cells = (local_time(entry.at), entry.username, action_label(entry.action),
                     f"{entry.entity} {entry.entity_id}".strip())
            for column, text in enumerate(cells):
                self.recent.setItem(row, column, QTableWidgetItem(text))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings", "audit"):
            self.refresh()
