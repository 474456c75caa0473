"""The stock table as a Qt model: filtered, sorted and paged in SQL, fetched as the view scrolls."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from inventory import queries
from inventory.queries import StockFilter, StockRow
from tagana_app import indonesian
from tagana_app.db import Database
from ui import ops
from ui.paged_model import Index, PagedTableModel


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


def _key(row: StockRow) -> tuple[int, int]:
    return row.warehouse_id, row.item_id


class StockModel(PagedTableModel[StockRow]):
    columns = Column

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, parent)
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ON_HAND, Column.MINIMUM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
            return row.unit
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

    def row_of(self, key: tuple[int, int]) -> int | None:
        """The row showing this (warehouse id, item id), if loaded."""
        return next((i for i, r in enumerate(self._rows) if _key(r) == key), None)

    def set_filter(self, flt: StockFilter) -> None:
        self._start_over(flt, self._sort)

    def set_sort(self, sort: str) -> None:
        if sort != self._sort:
            self._start_over(self._filter, sort)

    def _start_over(self, flt: StockFilter, sort: str) -> None:
        """A new filter or order: the only time the rows are thrown away."""
        self.beginResetModel()
        self._filter, self._sort = flt, sort
        self._clear_rows(loading=True)
        self.endResetModel()
        self._fetch_page(self.PAGE, 0)

    def refresh(self) -> None:
        """Reload the rows shown (after a write), changing only what changed."""
        if self._loading:
            return
        self._query(0, max(len(self._rows), self.PAGE), lambda rows, g: self._refreshed(g, rows))

    def _fetch_page(self, limit: int, offset: int) -> None:
        self._query(offset, limit, lambda rows, g: self._page_arrived(g, rows))

    def _query(self, offset: int, limit: int, done: Any) -> None:
        generation, flt, sort = self._generation, self._filter, self._sort
        ops.read(self._db, self, queries.stock_overview, flt, sort, limit, offset,
                 on_success=lambda rows: done(rows, generation),
                 on_error=lambda exc: self._failed(generation, exc))

    def _page_arrived(self, generation: int, rows: list[StockRow]) -> None:
        if generation != self._generation:
            return
        self._exhausted = len(rows) < self.PAGE
        self._append(rows)  # still "loading" while the rows go in: views may ask for more from inside the signals
        self._loading = False
        self.loaded.emit()

    def _refreshed(self, generation: int, rows: list[StockRow]) -> None:
        if generation != self._generation or self._loading:
            return
        old = [_key(r) for r in self._rows]
        if [_key(r) for r in rows[:len(old)]] == old:
            # Same rows in the same order: update values in place, append any new ones.
            for i, row in enumerate(rows[:len(old)]):
                if row != self._rows[i]:
                    self._rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(Column) - 1))
            extra = rows[len(old):]
            if extra:
                self.beginInsertRows(QModelIndex(), len(old), len(old) + len(extra) - 1)
                self._rows.extend(extra)
                self.endInsertRows()
        else:
            # Rows came or went, or the order changed (a sort by quantity): start the rows over; the
            # page selects the same warehouse and item again (``key_of``/``row_of``).
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        self._exhausted = len(rows) < max(len(old), self.PAGE)
        self.loaded.emit()
