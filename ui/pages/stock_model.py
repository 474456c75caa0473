"""The stock table as a Qt model: filtered, sorted and paged in SQL, fetched as the view scrolls.

A refresh after a write changes only the rows that changed; when a changed quantity moves a row (a sort
by quantity), the row moves and the selection goes with it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from inventory import queries
from inventory.queries import StockFilter, StockRow
from tagana_app import indonesian
from tagana_app.db import Database
from ui import texts
from ui.table_model import RIGHT, Fetch, Index, PagedTableModel


class Column(IntEnum):
    ITEM = 0
    CATEGORY = 1
    WAREHOUSE = 2
    ON_HAND = 3
    UNIT = 4
    MINIMUM = 5
    EXPIRY = 6
    ALERT = 7


SORT_KEYS = {Column.ITEM: "item", Column.CATEGORY: "category", Column.WAREHOUSE: "warehouse",
             Column.ON_HAND: "on_hand", Column.UNIT: "item", Column.MINIMUM: "minimum", Column.EXPIRY: "expiry",
             Column.ALERT: "alert"}
ALERT_COLOURS = {"expired": ("#fde2e1", "#8a1c1c"), "expiring": ("#fff1d6", "#7a4b00"),
                 "below_min": ("#e7eefb", "#1f4e79")}


def row_key(row: StockRow) -> tuple[int, int]:
    """A row of the stock table is one item in one warehouse."""
    return row.warehouse_id, row.item_id


class StockModel(PagedTableModel[StockRow]):
    columns = Column

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, key=row_key, parent=parent)
        self._filter = StockFilter()
        self._sort = "item"
        self._headers = {
            Column.ITEM: self.tr("Barang"), Column.CATEGORY: self.tr("Kategori"), Column.WAREHOUSE: self.tr("Gudang"),
            Column.ON_HAND: self.tr("Stok"), Column.UNIT: self.tr("Satuan"), Column.MINIMUM: self.tr("Minimum"),
            Column.EXPIRY: self.tr("Kedaluwarsa terdekat"), Column.ALERT: self.tr("Peringatan"),
        }
        self._alerts = {"expired": self.tr("Kedaluwarsa"), "expiring": self.tr("Segera kedaluwarsa"),
                        "below_min": self.tr("Di bawah minimum"), "": ""}

    # --- Qt model interface ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ON_HAND, Column.MINIMUM):
            return RIGHT
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and row.alert \
                and column in (Column.ALERT, Column.ON_HAND, Column.EXPIRY):
            back, fore = ALERT_COLOURS[row.alert]
            return QBrush(QColor(back if role == Qt.ItemDataRole.BackgroundRole else fore))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ON_HAND and row.reserved:
            return self.tr("{reserved} dicadangkan; tersedia {available}").format(
                reserved=indonesian.quantity(row.reserved), available=indonesian.quantity(row.available))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.WAREHOUSE:
            return row.warehouse_name
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _display(self, row: StockRow, column: Column) -> str:
        if column == Column.ITEM:
            return f"{row.item_name} ({row.item})"
        if column == Column.CATEGORY:
            return row.category
        if column == Column.WAREHOUSE:
            return row.warehouse
        if column == Column.ON_HAND:
            return indonesian.quantity(row.on_hand)
        if column == Column.UNIT:
            return texts.label(row.unit)
        if column == Column.MINIMUM:
            return indonesian.quantity(row.minimum) if row.minimum else ""
        if column == Column.EXPIRY:
            return indonesian.short_date(row.nearest_expiry) if row.nearest_expiry else ""
        return self._alerts.get(row.alert, row.alert)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column), "item")
        self.set_sort(key if order == Qt.SortOrder.AscendingOrder else "-" + key)

    # --- our interface ---------------------------------------------------------------------------

    @property
    def filter(self) -> StockFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    def set_filter(self, flt: StockFilter) -> None:
        self._filter = flt
        self.start_over()

    def set_sort(self, sort: str) -> None:
        if sort != self._sort:
            self._sort = sort
            self.start_over()

    def fetch(self) -> Fetch:
        flt, sort = self._filter, self._sort
        return lambda session, limit, offset: queries.stock_overview(session, flt, sort, limit, offset)
