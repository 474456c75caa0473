"""The lines of a stock document as a table model: what each row holds (the text typed in each cell, the
item the item cell names once looked up, what can be issued of it, its problem), which cells apply to the
row's item, and how typed dates and serial numbers are read.  The widget is ui.line_table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from inventory.doc_lines import LineItem
from tagana_app import indonesian
from ui import texts

RECEIPT_COLUMNS = ("item", "name", "qty", "pack", "batch", "expiry", "serials", "condition", "price")
ISSUE_COLUMNS = ("item", "name", "qty", "pack", "batch", "serials", "available")
READ_ONLY = {"name", "available"}
_RIGHT = {"qty", "price", "available"}
_PROBLEM = QColor("#fde2e1")
_NOT_APPLICABLE = QColor("#f1f3f5")
_SERIALS = re.compile(r"[\s,;]+")
_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")


def parse_date(text: str) -> date | None:
    """A date typed as dd-mm-yyyy (also dd/mm/yyyy, yyyy-mm-dd as Excel pastes it); None if it is none."""
    value = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
    return None


def serial_list(text: str) -> tuple[str, ...]:
    """Serial numbers separated by commas, spaces or new lines."""
    return tuple(s for s in _SERIALS.split(text.strip()) if s)


@dataclass
class LineRow:
    values: dict[str, str] = field(default_factory=dict)
    info: LineItem | None = None  # the item the item cell names, once looked up
    unknown: bool = False  # the item cell names no item
    available: int | None = None  # (issue) what can be issued from the warehouse
    problem: str = ""
    problem_column: str = ""

    def value(self, key: str) -> str:
        return self.values.get(key, "").strip()

    def blank(self, defaults: dict[str, str]) -> bool:
        return all(not v.strip() or defaults.get(k) == v for k, v in self.values.items())


@dataclass(frozen=True)
class CheckedLine:
    """One line as the person wrote it, checked in the window (the service checks it again)."""

    row: int
    item: LineItem
    quantity: int
    pack: str
    units: int  # quantity in the item's unit
    batch: str
    expiry: date | None
    serials: tuple[str, ...]
    condition: str
    unit_price: int | None


class LineModel(QAbstractTableModel):
    item_entered = Signal(int)  # a row's item cell changed: look it up
    edited = Signal()  # the person changed a cell

    def __init__(self, columns: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.titles = {"item": self.tr("Kode barang"), "name": self.tr("Nama"), "qty": self.tr("Jumlah"),
                       "pack": self.tr("Kemasan"), "batch": self.tr("Batch"), "expiry": self.tr("Kedaluwarsa"),
                       "serials": self.tr("Nomor seri"), "condition": self.tr("Kondisi"),
                       "price": self.tr("Harga satuan (Rp)"), "available": self.tr("Tersedia")}
        if "available" in columns:  # an issue: batch and serials name what to take, else FEFO picks
            self.titles["batch"] = self.tr("Batch (pilihan)")
            self.titles["serials"] = self.tr("Nomor seri (pilihan)")
        self.defaults = {"condition": "baik"} if "condition" in columns else {}
        self.rows: list[LineRow] = [self._new_row()]

    def _new_row(self) -> LineRow:
        return LineRow(values={k: self.defaults.get(k, "") for k in self.columns if k not in READ_ONLY})

    # --- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles[self.columns[section]]
        return str(section + 1)

    def applies(self, row: LineRow, key: str) -> bool:
        """Whether a cell means anything for the row's item (expiry only for expiring items, ...)."""
        info = row.info
        if key in READ_ONLY:
            return False
        if info is None:
            return True
        if key == "expiry":
            return info.expires
        if key == "serials":
            return info.serialized
        if key in ("batch", "price"):
            return not info.serialized
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        row, key = self.rows[index.row()], self.columns[index.column()]
        # a cell that does not apply to the item stays editable while it holds something (pasted), to be cleared
        if self.applies(row, key) or (key not in READ_ONLY and row.value(key)):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return row.values.get(key, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.problem:
                return QBrush(_PROBLEM)
            if not self.applies(row, key) and key not in READ_ONLY:
                return QBrush(_NOT_APPLICABLE)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _shown(self, row: LineRow, key: str) -> str:
        info = row.info
        if key == "name":
            if row.unknown:
                return self.tr("(tidak dikenal)")
            return info.name if info else ""
        if key == "available":
            if info is None or row.available is None:
                return ""
            return f"{indonesian.quantity(row.available)} {texts.label(info.unit)}"
        if key == "pack" and info is not None and not row.value("pack"):
            return texts.label(info.unit)
        if key == "condition":
            return texts.label(row.value("condition")) if row.value("condition") else ""
        return row.values.get(key, "")

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self.set_value(index.row(), self.columns[index.column()], "" if value is None else str(value))
        return True

    # --- changes ------------------------------------------------------------------------------------

    def set_value(self, r: int, key: str, value: str) -> None:
        if key in READ_ONLY or key not in self.columns:
            return
        row = self.rows[r]
        value = value.strip() if key != "serials" else value
        if row.values.get(key, "") == value:
            return
        row.values[key] = value
        row.problem = row.problem_column = ""
        if key == "item":
            row.info, row.unknown, row.available = None, False, None
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))
        self.edited.emit()
        if key == "item" and value:
            self.item_entered.emit(r)

    def set_item(self, r: int, info: LineItem | None, available: int | None) -> None:
        row = self.rows[r]
        row.info, row.unknown, row.available = info, info is None, available
        if info is not None:
            row.values["item"] = info.code  # a scanned barcode shows as the item's code
            pack = row.value("pack")
            if pack.lower() == info.unit:
                row.values["pack"] = ""
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))

    def set_problem(self, r: int, problem: str, column: str = "") -> None:
        self.rows[r].problem, self.rows[r].problem_column = problem, column
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))

    def append_row(self) -> int:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(self._new_row())
        self.endInsertRows()
        return n

    def remove_row(self, r: int) -> None:
        if not 0 <= r < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), r, r)
        del self.rows[r]
        self.endRemoveRows()
        if not self.rows:
            self.append_row()

    def filled(self) -> list[int]:
        return [r for r, row in enumerate(self.rows) if not row.blank(self.defaults)]
