"""Table models of the "Kejadian Bencana" page: incidents, figure history, needs, volunteers on duty,
suggestions, and the incident's dispatches, handed-over goods and equipment still out.

All lists are short (an office has tens of incidents, an incident tens of volunteers), so they are
loaded whole; ``TableModel.set_rows`` changes only the rows that changed, so a refresh keeps the
selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from deployment.assignments import AssignmentRecord, Suggestion
from deployment.dispatch.records import DispatchSummary
from deployment.dispatch.returns import OutstandingEquipment
from deployment.incidents import FiguresEntry, IncidentRecord
from deployment.models import LEVELS
from deployment.needs import ShortLine
from tagana_app import clock, indonesian
from ui import texts
from ui.pages.dispatch_model import STATUS_COLOURS
from ui.pages.incident_data import HandedOver, quantity_text
from ui.table_model import Col, Index, TableModel

RED = "#a61b1b"
AMBER = "#8a5a00"
GREEN = "#1e6b3a"
GREY = "#6b7785"
STATUS_COLOURS_INCIDENT = {"tanggap_darurat": RED, "siaga_darurat": AMBER, "transisi": "#1f4e79",
                           "selesai": GREY}


def _tr(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def when(value: datetime | None) -> str:
    return clock.local(value).strftime("%d-%m-%Y %H:%M") if value else ""


def day(value: date | None) -> str:
    return indonesian.short_date(value) if value else ""


def number(value: int) -> str:
    return indonesian.quantity(value)


# --- the incident list -----------------------------------------------------------------------------

class IncidentColumn(IntEnum):
    NUMBER = 0
    TYPE = 1
    NAME = 2
    REGIONS = 3
    START = 4
    STATUS = 5
    PENGUNGSI = 6


class IncidentListModel(TableModel[IncidentRecord]):
    columns = IncidentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nomor"), lambda r: r.number),
            Col(self.tr("Jenis"), lambda r: texts.label(r.disaster_label)),
            Col(self.tr("Nama kejadian"), lambda r: r.name),
            Col(self.tr("Wilayah terdampak"), lambda r: ", ".join(g.name for g in r.regions)),
            Col(self.tr("Mulai"), lambda r: when(r.started_at)),
            Col(self.tr("Status darurat"), lambda r: texts.label(r.status_label)),
            Col(self.tr("Pengungsi"), lambda r: number(r.figures.pengungsi), right=True),
        ], key=lambda r: r.number, parent=parent)

    def extra(self, row: IncidentRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (column == IncidentColumn.STATUS or row.status == "selesai"):
            return QBrush(QColor(STATUS_COLOURS_INCIDENT.get(row.status, GREY)))
        if role == Qt.ItemDataRole.FontRole and column == IncidentColumn.STATUS and row.status != "selesai":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == IncidentColumn.REGIONS:
            return "\n".join(f"{g.code} {g.name}" for g in row.regions)
        return None


# --- impact figures --------------------------------------------------------------------------------

# Source texts; shown through figure_label() (context "incidents").
FIGURE_LABELS = {"kk": QT_TRANSLATE_NOOP("incidents", "KK"), "jiwa": QT_TRANSLATE_NOOP("incidents", "Jiwa"),
                 "pengungsi": QT_TRANSLATE_NOOP("incidents", "Pengungsi"),
                 "meninggal": QT_TRANSLATE_NOOP("incidents", "Meninggal"),
                 "luka": QT_TRANSLATE_NOOP("incidents", "Luka"), "hilang": QT_TRANSLATE_NOOP("incidents", "Hilang"),
                 "rumah_rusak": QT_TRANSLATE_NOOP("incidents", "Rumah rusak")}


def figure_label(name: str) -> str:
    return _tr(FIGURE_LABELS[name])


class HistoryColumn(IntEnum):
    AT = 0
    BY = 1
    KK = 2
    JIWA = 3
    PENGUNGSI = 4
    MENINGGAL = 5
    LUKA = 6
    HILANG = 7
    RUMAH_RUSAK = 8
    NOTE = 9


class FiguresHistoryModel(TableModel[FiguresEntry]):
    """Every report of the impact figures, newest first."""

    columns = HistoryColumn

    def __init__(self, parent: QObject | None = None) -> None:
        def fig(name: str) -> Col[FiguresEntry]:
            return Col(_tr(FIGURE_LABELS[name]), lambda r: number(getattr(r.figures, name)), right=True)
        super().__init__([
            Col(self.tr("Waktu laporan"), lambda r: when(r.recorded_at)),
            Col(self.tr("Oleh"), lambda r: r.recorded_by),
            *(fig(n) for n in FIGURE_LABELS),
            Col(self.tr("Catatan"), lambda r: r.note),
        ], key=lambda r: (r.recorded_at, r.recorded_by, r.note), parent=parent)



# --- needs -----------------------------------------------------------------------------------------

class NeedsColumn(IntEnum):
    NEED = 0
    NEEDED = 1
    AVAILABLE = 2
    RESERVED = 3
    SHORT = 4
    UNIT = 5
    BASIS = 6


class NeedsModel(TableModel[ShortLine]):
    columns = NeedsColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Kebutuhan"), lambda r: texts.label(r.label)),
            Col(self.tr("Dibutuhkan"), lambda r: quantity_text(r.needed), right=True),
            Col(self.tr("Tersedia di gudang"), lambda r: quantity_text(r.available) if r.available is not None
                else self.tr("tidak dicatat"), right=True),
            Col(self.tr("Dicadangkan"), lambda r: quantity_text(r.reserved), right=True),
            Col(self.tr("Kurang"), lambda r: quantity_text(r.short), right=True),
            Col(self.tr("Satuan"), lambda r: texts.label(r.unit)),
            Col(self.tr("Dasar perhitungan"), lambda r: texts.tr_text(r.basis)),
        ], key=lambda r: r.code, parent=parent)

    def extra(self, row: ShortLine, column: int, role: int) -> Any:
        short = row.short is not None and row.short > 0
        if role == Qt.ItemDataRole.ForegroundRole and column == NeedsColumn.SHORT:
            return QBrush(QColor(RED if short else GREEN))
        if role == Qt.ItemDataRole.BackgroundRole and short:
            return QBrush(QColor("#fbeaea"))
        if role == Qt.ItemDataRole.FontRole and column == NeedsColumn.SHORT and short:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row) or None
        return None

    def _tip(self, row: ShortLine) -> str:
        """Which items counted, and what did not: expired stock, items whose unit says nothing of the need."""
        parts = []
        if row.items:
            parts.append(self.tr("Barang yang dihitung: {items}").format(items=", ".join(row.items)))
        if row.expired:
            parts.append(self.tr("Kedaluwarsa, tidak dihitung: {n} {unit}").format(
                n=quantity_text(row.expired), unit=texts.label(row.unit)))
        if row.uncounted:
            parts.append(self.tr("Belum ada isi per satuan, tidak dihitung: {items}").format(
                items=", ".join(row.uncounted)))
        if row.reserved:
            parts.append(self.tr("Dicadangkan untuk pengiriman yang disetujui; tidak termasuk yang tersedia."))
        return "\n".join(parts)


# --- volunteers ------------------------------------------------------------------------------------

class AssignmentColumn(IntEnum):
    NAME = 0
    NIAT = 1
    ROLE = 2
    START = 3
    END = 4
    DAYS = 5
    CHECKIN = 6
    CHECKOUT = 7
    STATE = 8


def assignment_state(a: AssignmentRecord, today: date | None = None) -> str:
    today = today or clock.today()
    if a.pending:
        return QCoreApplication.translate("incidents", "Diajukan")  # an exception waiting for a pejabat
    if a.end < today:
        return QCoreApplication.translate("incidents", "Selesai")
    if a.start > today:
        return QCoreApplication.translate("incidents", "Direncanakan")
    return QCoreApplication.translate("incidents", "Bertugas")


class AssignmentModel(TableModel[AssignmentRecord]):
    columns = AssignmentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nama"), lambda r: r.volunteer_name),
            Col(self.tr("NIAT"), lambda r: r.niat or ""),
            Col(self.tr("Peran"), lambda r: texts.label(r.role_label)),
            Col(self.tr("Dari"), lambda r: day(r.start)),
            Col(self.tr("Sampai"), lambda r: day(r.end)),
            Col(self.tr("Hari"), lambda r: str(r.days), right=True),
            Col(self.tr("Check-in"), lambda r: when(r.checkin_at)),
            Col(self.tr("Check-out"), lambda r: when(r.checkout_at)),
            Col(self.tr("Keadaan"), assignment_state),
        ], key=lambda r: r.id, parent=parent)

    def extra(self, row: AssignmentRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == AssignmentColumn.STATE:
            today = clock.today()
            if row.pending:
                return QBrush(QColor(RED))
            return QBrush(QColor(GREEN if row.start <= today <= row.end else GREY if row.end < today else AMBER))
        if role == Qt.ItemDataRole.ForegroundRole and column == AssignmentColumn.NAME and row.override_reason:
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [texts.tr_text(w) for w in row.warnings]
            if row.pending:
                notes.append(self.tr("Pengecualian diajukan oleh {who}, menunggu persetujuan pejabat: {reason}").format(
                    who=row.created_by, reason=row.override_reason))
            elif row.override_reason:
                notes.append(self.tr("Dikecualikan oleh {who}: {reason}").format(who=row.override_by or "",
                                                                           reason=row.override_reason))
            return "\n".join(notes) or None
        return None


class SuggestionColumn(IntEnum):
    RANK = 0
    NAME = 1
    NIAT = 2
    KECAMATAN = 3
    LEVEL = 4
    DAYS_90 = 5
    REASONS = 6


class SuggestionModel(TableModel[Suggestion]):
    """The suggestions; the name column has a check box, so several can be assigned at once."""

    columns = SuggestionColumn
    checks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        self._checked: set[int] = set()
        super().__init__([
            Col("#", lambda r: str(r.rank), right=True),
            Col(self.tr("Nama"), lambda r: r.full_name),
            Col(self.tr("NIAT"), lambda r: r.niat or ""),
            Col(self.tr("Kecamatan"), lambda r: r.kecamatan),
            Col(self.tr("Tingkat"), lambda r: texts.label(LEVELS.get(r.level, r.level))),
            Col(self.tr("Tugas 90 hari"), lambda r: str(r.days_last_90), right=True),
            Col(self.tr("Alasan peringkat"), lambda r: "; ".join(texts.tr_text(x) for x in r.reasons)),
        ], key=lambda r: r.volunteer_id, parent=parent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == SuggestionColumn.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.record_at(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != SuggestionColumn.NAME:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(row.volunteer_id)
        else:
            self._checked.discard(row.volunteer_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def checked(self) -> list[Suggestion]:
        """The checked suggestions, in the list's order."""
        return [r for r in self.rows() if r.volunteer_id in self._checked]

    def set_rows(self, rows: Iterable[Suggestion]) -> None:
        rows = list(rows)
        super().set_rows(rows)
        still = self._checked & {r.volunteer_id for r in rows}  # an assigned volunteer is no longer suggested
        if still != self._checked:
            self._checked = still
            self.checks_changed.emit()

    def extra(self, row: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == SuggestionColumn.NAME:
            return Qt.CheckState.Checked if row.volunteer_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == SuggestionColumn.NAME and row.rest_short:
            return QBrush(QColor(AMBER))
        if role == Qt.ItemDataRole.ToolTipRole and column == SuggestionColumn.REASONS:
            return "\n".join(texts.tr_text(x) for x in row.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and column == SuggestionColumn.REASONS and row.skill_match:
            return QBrush(QColor(AMBER))
        return None


# --- dispatches ------------------------------------------------------------------------------------

class DispatchColumn(IntEnum):
    NUMBER = 0
    STATUS = 1
    WAREHOUSE = 2
    DATE = 3
    DESTINATION = 4
    BAST = 5


class IncidentDispatchModel(TableModel[DispatchSummary]):
    columns = DispatchColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nomor"), lambda r: r.number),
            Col(self.tr("Status"), lambda r: texts.label(r.status_label)),
            Col(self.tr("Gudang"), lambda r: r.warehouse),
            Col(self.tr("Tanggal"), lambda r: day(r.dispatch_date)),
            Col(self.tr("Tujuan"), lambda r: r.destination),
            Col(self.tr("BAST"), lambda r: r.bast_number or ""),
        ], key=lambda r: r.number, parent=parent)

    def extra(self, row: DispatchSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == DispatchColumn.STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#333333")))
        return None


class HandedColumn(IntEnum):
    ITEM = 0
    SENT = 1
    RECEIVED = 2
    RETURNED = 3
    UNIT = 4
    DISPATCHES = 5


class HandedOverModel(TableModel[HandedOver]):
    columns = HandedColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Barang"), lambda r: r.item_name),
            Col(self.tr("Dikirim"), lambda r: number(r.sent), right=True),
            Col(self.tr("Diterima"), lambda r: number(r.received), right=True),
            Col(self.tr("Kembali"), lambda r: number(r.returned), right=True),
            Col(self.tr("Satuan"), lambda r: texts.label(r.unit)),
            Col(self.tr("Pengiriman"), lambda r: ", ".join(r.dispatches)),
        ], key=lambda r: r.item, parent=parent)


class EquipmentColumn(IntEnum):
    ITEM = 0
    OUTSTANDING = 1
    UNIT = 2
    SERIALS = 3
    DISPATCH = 4
    SINCE = 5
    STATE = 6


class EquipmentOutModel(TableModel[OutstandingEquipment]):
    columns = EquipmentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Peralatan"), lambda r: r.item_name),
            Col(self.tr("Di lokasi"), lambda r: number(r.outstanding), right=True),
            Col(self.tr("Satuan"), lambda r: texts.label(r.unit)),
            Col(self.tr("Nomor seri"), lambda r: ", ".join(r.serials)),
            Col(self.tr("Pengiriman"), lambda r: r.dispatch),
            Col(self.tr("Sejak"), lambda r: day(r.since)),
            Col(self.tr("Keadaan"), lambda r: self.tr("Terlambat kembali") if r.overdue else self.tr("Dipinjam")),
        ], key=lambda r: (r.dispatch, r.item), parent=parent)

    def extra(self, row: OutstandingEquipment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(QColor("#fbeaea"))
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == EquipmentColumn.STATE:
            return QBrush(QColor(RED))
        return None
