"""Table models of the "Pengiriman" and "Dokumen" pages: the list of dispatches, the register of documents.

Both lists are short (hundreds of rows, filtered in SQL by status, type and search text), so a page
loads them whole; a reload changes only the rows that changed (``TableModel.set_rows``) and keeps the
selection, instead of throwing the rows away on every change.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from deployment.dispatch.service import DispatchSummary
from tagana_app import indonesian
from tagana_app.issued_documents import DocumentInfo
from ui import texts
from ui.table_model import Col, TableModel

STATUS_COLOURS = {"draft": "#5b6b7f", "approved": "#1f4e79", "sent": "#7a4b00", "handed_over": "#1e6b3a",
                  "closed": "#333333", "cancelled": "#8a1c1c"}


class DispatchColumn(IntEnum):
    NUMBER = 0
    STATUS = 1
    DATE = 2
    INCIDENT = 3
    DESTINATION = 4
    RECIPIENT = 5
    LINES = 6


class DispatchListModel(TableModel[DispatchSummary]):
    columns = DispatchColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nomor"), lambda r: r.number),
            Col(self.tr("Status"), lambda r: texts.label(r.status_label)),
            Col(self.tr("Tanggal"), lambda r: indonesian.short_date(r.dispatch_date)),
            Col(self.tr("Kejadian"), lambda r: r.incident),
            Col(self.tr("Tujuan"), lambda r: r.destination),
            Col(self.tr("Penerima"), lambda r: r.recipient_name),
            Col(self.tr("Barang"), lambda r: self.tr("{kinds} jenis, {quantity}").format(
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


class DocumentListModel(TableModel[DocumentInfo]):
    columns = DocumentColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nomor"), lambda r: r.number),
            Col(self.tr("Jenis"), lambda r: texts.label(r.doc_type_label)),
            Col(self.tr("Tanggal"), lambda r: indonesian.short_date(r.doc_date)),
            Col(self.tr("Judul"), lambda r: r.title or r.entity_id),
            Col(self.tr("Cetak"), lambda r: str(r.print_count), right=True),
            Col(self.tr("Status"), lambda r: {"cancelled": self.tr("Dibatalkan"),
                                              "replaced": self.tr("Diganti")}.get(r.status, self.tr("Terbit"))),
        ], key=lambda r: r.number, parent=parent)

    def extra(self, row: DocumentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return QBrush(QColor(STATUS_COLOURS["cancelled"]))
        if role == Qt.ItemDataRole.ToolTipRole and row.status == "cancelled":
            return row.reason
        if role == Qt.ItemDataRole.ToolTipRole and row.replaced_by:
            return self.tr("Diganti dengan dokumen nomor {number}").format(number=row.replaced_by)
        return None
