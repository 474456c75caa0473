"""The audit trail as a table model: pages fetched in SQL as the view scrolls, newest first."""

from __future__ import annotations

import json
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from tagana_app import audit, clock
from tagana_app.audit import AuditEntry, AuditFilter
from tagana_app.db import Database
from ui import texts
from ui.table_model import Fetch, Index, PagedTableModel


class Column(IntEnum):
    AT = 0
    USER = 1
    ACTION = 2
    ENTITY = 3
    ENTITY_ID = 4
    CHANGES = 5


# The last part of an action code ("incident.update") as a person reads it; unknown verbs show the code.
VERBS = {
    "create": QT_TRANSLATE_NOOP("audit", "dibuat"), "add": QT_TRANSLATE_NOOP("audit", "ditambahkan"), "update": QT_TRANSLATE_NOOP("audit", "diubah"), "edit": QT_TRANSLATE_NOOP("audit", "diubah"), "delete": QT_TRANSLATE_NOOP("audit", "dihapus"),
    "remove": QT_TRANSLATE_NOOP("audit", "dihapus"), "password": QT_TRANSLATE_NOOP("audit", "kata sandi diganti"), "load": QT_TRANSLATE_NOOP("audit", "dimuat"), "backup": QT_TRANSLATE_NOOP("audit", "dicadangkan"),
    "restore": QT_TRANSLATE_NOOP("audit", "dipulihkan"), "import": QT_TRANSLATE_NOOP("audit", "diimpor"), "export": QT_TRANSLATE_NOOP("audit", "diekspor"), "approve": QT_TRANSLATE_NOOP("audit", "disetujui"),
    "reject": QT_TRANSLATE_NOOP("audit", "ditolak"), "send": QT_TRANSLATE_NOOP("audit", "dikirim"), "sent": QT_TRANSLATE_NOOP("audit", "dikirim"), "deliver": QT_TRANSLATE_NOOP("audit", "diterima di tujuan"),
    "receive": QT_TRANSLATE_NOOP("audit", "diterima"), "issue": QT_TRANSLATE_NOOP("audit", "dikeluarkan"), "transfer": QT_TRANSLATE_NOOP("audit", "dipindahkan"), "writeoff": QT_TRANSLATE_NOOP("audit", "dihapusbukukan"),
    "count": QT_TRANSLATE_NOOP("audit", "dihitung"), "post": QT_TRANSLATE_NOOP("audit", "dibukukan"), "cancel": QT_TRANSLATE_NOOP("audit", "dibatalkan"), "reverse": QT_TRANSLATE_NOOP("audit", "dibalik"),
    "assign": QT_TRANSLATE_NOOP("audit", "ditugaskan"), "extend": QT_TRANSLATE_NOOP("audit", "diperpanjang"), "end": QT_TRANSLATE_NOOP("audit", "diakhiri"), "checkin": QT_TRANSLATE_NOOP("audit", "tiba di lokasi"),
    "checkout": QT_TRANSLATE_NOOP("audit", "meninggalkan lokasi"), "override": QT_TRANSLATE_NOOP("audit", "dikecualikan"), "status": QT_TRANSLATE_NOOP("audit", "status diubah"),
    "sign": QT_TRANSLATE_NOOP("audit", "ditandatangani"), "print": QT_TRANSLATE_NOOP("audit", "dicetak"), "number": QT_TRANSLATE_NOOP("audit", "diberi nomor"), "deactivate": QT_TRANSLATE_NOOP("audit", "dinonaktifkan"),
    "activate": QT_TRANSLATE_NOOP("audit", "diaktifkan"), "start": QT_TRANSLATE_NOOP("audit", "dimulai"), "close": QT_TRANSLATE_NOOP("audit", "ditutup"),
    "handover": QT_TRANSLATE_NOOP("audit", "diserahterimakan"), "return": QT_TRANSLATE_NOOP("audit", "dikembalikan"),
    "line": QT_TRANSLATE_NOOP("audit", "baris barang diubah"), "escort": QT_TRANSLATE_NOOP("audit", "pendamping ditambahkan"),
    "escort_remove": QT_TRANSLATE_NOOP("audit", "pendamping dihapus"), "kit": QT_TRANSLATE_NOOP("audit", "paket ditambahkan"),
    "pick": QT_TRANSLATE_NOOP("audit", "batch/seri dipilih"), "figures": QT_TRANSLATE_NOOP("audit", "data dampak diperbarui"),
    "condition": QT_TRANSLATE_NOOP("audit", "kondisi diubah"), "enter": QT_TRANSLATE_NOOP("audit", "hasil hitung dicatat"),
    "minimum": QT_TRANSLATE_NOOP("audit", "stok minimum diubah"), "skill": QT_TRANSLATE_NOOP("audit", "keahlian dicatat"),
    "unavailable": QT_TRANSLATE_NOOP("audit", "ketidaktersediaan dicatat"), "request": QT_TRANSLATE_NOOP("audit", "diajukan"),
}


def action_label(action: str) -> str:
    verb = VERBS.get(action.rsplit(".", 1)[-1])
    return QCoreApplication.translate("audit", verb) if verb else action


def local_time(at: datetime) -> str:
    return clock.local(at).strftime("%d-%m-%Y %H:%M:%S")


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def summarize_changes(changes: dict[str, Any]) -> str:
    """One line: 'key: old → new; key: value'."""
    parts = []
    for key, value in changes.items():
        if isinstance(value, dict) and set(value) == {"lama", "baru"}:
            parts.append(f"{key}: {_short(value['lama'])} → {_short(value['baru'])}")
        else:
            parts.append(f"{key}: {_short(value)}")
    return "; ".join(parts)


class AuditModel(PagedTableModel[AuditEntry]):
    columns = Column

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, key=lambda entry: entry.id, parent=parent)
        self._filter = AuditFilter()
        self._headers = {
            Column.AT: self.tr("Waktu"), Column.USER: self.tr("Pengguna"), Column.ACTION: self.tr("Tindakan"),
            Column.ENTITY: self.tr("Entitas"), Column.ENTITY_ID: self.tr("ID"),
            Column.CHANGES: self.tr("Perubahan"),
        }

    # --- Qt model interface ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record_at(index)
        if entry is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.AT: local_time(entry.at), Column.USER: entry.username, Column.ACTION: action_label(entry.action),
                Column.ENTITY: texts.label(entry.entity), Column.ENTITY_ID: entry.entity_id,
                Column.CHANGES: summarize_changes(entry.changes),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.CHANGES and entry.changes:
            return json.dumps(entry.changes, ensure_ascii=False, indent=2)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ACTION:
            return entry.action
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    # --- our interface ---------------------------------------------------------------------------

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def entry(self, row: int) -> AuditEntry:
        return self.row(row)

    def set_filter(self, flt: AuditFilter) -> None:
        """Start over with another filter: the only time the rows are thrown away."""
        self._filter = flt
        self.start_over()

    def fetch(self) -> Fetch:
        flt = self._filter
        return lambda session, limit, offset: audit.list_entries(session, flt, limit=limit, offset=offset)

    def refresh(self) -> None:
        """Insert entries newer than the newest shown, keeping the rows, selection and scroll: the trail
        only grows at the top, so one page from the top is enough."""
        if not self._rows:
            if not self.loading:
                self.start_over()
            return
        self._read.start(self.fetch(), self.PAGE, 0, on_success=self._newest_arrived, on_error=self._failed)

    def _newest_arrived(self, entries: list[AuditEntry]) -> None:
        top = self._rows[0].id if self._rows else 0
        fresh = [e for e in entries if e.id > top]
        if len(fresh) >= self.PAGE:  # too many to merge: start over
            self.start_over()
            return
        self.insert_rows(0, fresh)
        self.loaded.emit()
