"""Table models of the "Pengiriman" and "Dokumen" pages: the list of dispatches, the register of documents.

Both lists are short (hundreds of rows, filtered in SQL by status, type and search text), so a page
loads them whole; a reload changes rows in place when the same records come back in the same order
and keeps the selection, instead of throwing the rows away on every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from deployment.dispatch.documents import DocumentInfo
from deployment.dispatch.service import DispatchSummary
from tagana_app import indonesian
from ui import domain_texts

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
STATUS_COLOURS = {"draft": "#5b6b7f", "approved": "#1f4e79", "sent": "#7a4b00", "handed_over": "#1e6b3a",
                  "closed": "#333333", "cancelled": "#8a1c1c"}


@dataclass(frozen=True)
class Col(Generic[R]):
    title: str
    text: Callable[[R], str]
    right: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one dataclass type; ``key`` says which record a row shows."""

    def __init__(self, columns: Sequence[Col[R]], key: Callable[[R], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns, self._key = list(columns), key
        self._rows: list[R] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.extra(row, index.column(), role)

    def extra(self, row: R, column: int, role: int) -> Any:
        return None

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of(self, key: Any) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), None)

    def set_rows(self, rows: Sequence[R]) -> None:
        rows = list(rows)
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows]:
            for i, row in enumerate(rows):
                if row != self._rows[i]:
                    self._rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


def _tr(text: str) -> str:
    return QCoreApplication.translate("dispatches", text)


class DispatchColumn(IntEnum):
    NUMBER = 0
    STATUS = 1
    DATE = 2
    INCIDENT = 3
    DESTINATION = 4
    RECIPIENT = 5
    LINES = 6


class DispatchListModel(RowsModel[DispatchSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(_tr("Nomor"), lambda r: r.number),
            Col(_tr("Status"), lambda r: domain_texts.label(r.status_label)),
            Col(_tr("Tanggal"), lambda r: indonesian.short_date(r.dispatch_date)),
            Col(_tr("Kejadian"), lambda r: r.incident),
            Col(_tr("Tujuan"), lambda r: r.destination),
            Col(_tr("Penerima"), lambda r: r.recipient_name),
            Col(_tr("Barang"), lambda r: _tr("{kinds} jenis, {quantity}").format(
                kinds=r.lines, quantity=indonesian.quantity(r.quantity)), right=True),
        ], key=lambda r: r.number, parent=parent)

    def extra(self, row: DispatchSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == DispatchColumn.STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#333333")))
        if role == Qt.ItemDataRole.ToolTipRole and column == DispatchColumn.INCIDENT:
            return row.incident_name
        return None


class DocumentColumn(IntEnum):
    NUMBER = 0
    TYPE = 1
    DATE = 2
    TITLE = 3
    PRINTS = 4
    STATUS = 5


class DocumentListModel(RowsModel[DocumentInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(_tr("Nomor"), lambda r: r.number),
            Col(_tr("Jenis"), lambda r: domain_texts.label(r.doc_type_label)),
            Col(_tr("Tanggal"), lambda r: indonesian.short_date(r.doc_date)),
            Col(_tr("Judul"), lambda r: r.title or r.entity_id),
            Col(_tr("Cetak"), lambda r: str(r.print_count), right=True),
            Col(_tr("Status"), lambda r: _tr("Dibatalkan") if r.status == "cancelled" else _tr("Terbit")),
        ], key=lambda r: r.number, parent=parent)

    def extra(self, row: DocumentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return QBrush(QColor(STATUS_COLOURS["cancelled"]))
        if role == Qt.ItemDataRole.ToolTipRole and row.status == "cancelled":
            return row.reason
        return None
