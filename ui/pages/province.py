"""The provinsi's page "Kabupaten/Kota": its districts side by side, from the files they sent.

One table has a row per figure (last file, open incidents, stock, requests, distributions, volunteers)
and a column per district; the table below it has the stock on hand per item, again one column per
district.  Nothing here edits: the figures are the districts' own (deployment.exchange.province).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from deployment.exchange import province
from tagana_app import clock
from ui import ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.table_view import ROW_HEIGHT, setup_table


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return clock.local(value).strftime("%d-%m-%Y %H:%M")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


class ProvincePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[province.DistrictView] = []
        self.figures = setup_table(QTableWidget(0, 1))
        self.figures.setObjectName("districtFigures")
        self.stock = setup_table(QTableWidget(0, 2))
        self.stock.setObjectName("districtStock")
        self.empty = QLabel(self.tr("Belum ada kabupaten/kota yang berpasangan dengan provinsi ini. Tukar berkas "
                                    "perkenalan dengan setiap kabupaten/kota (tagana site card), lalu ambil berkas "
                                    "pertukaran mereka."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        stock_box = QWidget()
        stock_layout = QVBoxLayout(stock_box)
        stock_layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(self.tr("Stok di tangan per barang"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        stock_layout.addWidget(heading)
        stock_layout.addWidget(self.stock, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figures)
        splitter.addWidget(stock_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = page_layout(self, self.tr("Kabupaten/Kota"),
                             self.tr("Keadaan setiap kabupaten/kota menurut berkas pertukaran terakhir yang "
                                     "dikirimnya: stok, permintaan, penyaluran dan relawan, berdampingan. Angka "
                                     "ini milik kabupaten/kota dan hanya dibaca di sini."))
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        ops.read(self.ctx.db, self, province.districts, on_success=self.show_districts)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("sites"):
            self.refresh()

    def show_districts(self, views: list[province.DistrictView]) -> None:
        self.views = views
        self.empty.setVisible(not views)
        heads = [f"{v.code}\n{v.name}" for v in views]
        self.figures.clear()
        self.figures.setColumnCount(1 + len(views))
        self.figures.setHorizontalHeaderLabels([self.tr("Angka"), *heads])
        self.figures.setRowCount(len(province.FIGURES))
        for row, (key, label) in enumerate(province.FIGURES):
            self._put(self.figures, row, 0, texts.label(label))
            for col, view in enumerate(views, 1):
                self._put(self.figures, row, col, _cell(province.figure(view, key)), right=True)
        rows = province.stock_rows(views)
        self.stock.clear()
        self.stock.setColumnCount(2 + len(views))
        self.stock.setHorizontalHeaderLabels([self.tr("Barang"), self.tr("Satuan"), *[v.code for v in views]])
        self.stock.setRowCount(len(rows))
        for row, (code, name, unit, amounts) in enumerate(rows):
            self._put(self.stock, row, 0, f"{name} ({code})")
            self._put(self.stock, row, 1, unit)
            for col, amount in enumerate(amounts, 2):
                self._put(self.stock, row, col, _cell(amount), right=True)
        # the districts' columns of the two tables line up: item and unit are as wide as the figure's name
        self.figures.setColumnWidth(0, 260)
        self.stock.setColumnWidth(0, 180)
        self.stock.setColumnWidth(1, 80)
        for table, first in ((self.figures, 1), (self.stock, 2)):
            for col in range(first, table.columnCount()):
                table.setColumnWidth(col, 200)
            table.setCurrentItem(None)
        header = self.figures.horizontalHeader()
        header.setMinimumHeight(44)
        # every figure in view without scrolling; the stock table takes the rest
        self.figures.setMinimumHeight(header.minimumHeight() + ROW_HEIGHT * len(province.FIGURES) + 4)
        waiting = [v.code for v in views if not v.last_seq]
        self.note.setText(self.tr("Belum ada berkas dari: {codes}.").format(codes=", ".join(waiting)) if waiting
                          else "")

    @staticmethod
    def _put(table: QTableWidget, row: int, col: int, text: str, *, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, col, item)
