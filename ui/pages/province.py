"""The provinsi's page "Kabupaten/Kota": its districts side by side, from the files they sent.

One table has a row per figure (last file, open incidents, stock, requests, distributions, volunteers)
and a column per district; the table below it has the stock on hand per item, again one column per
district.  Nothing here edits: the figures are the districts' own (deployment.exchange.province).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from deployment.exchange import province
from deployment.models import REQUEST_STATUSES
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


def _amount(value: Any) -> str:
    return "–" if value is None else _cell(int(value))


def _date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


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
        self.requests = setup_table(QTableWidget(0, 7), stretch=6, widths={0: 100, 1: 190, 2: 110, 3: 170, 4: 90,
                                                                           5: 130})
        self.requests.setHorizontalHeaderLabels([
            self.tr("Kab/Kota"), self.tr("Nomor"), self.tr("Kejadian"), self.tr("Pemohon"), self.tr("Diterima"),
            self.tr("Status"), self.tr("Barang: diminta / disetujui / dikirim")])
        self.places = setup_table(QTableWidget(0, 8), stretch=7, widths={0: 100, 1: 110, 2: 220, 3: 80, 4: 70,
                                                                         5: 70, 6: 90})
        self.places.setHorizontalHeaderLabels([
            self.tr("Kab/Kota"), self.tr("Kejadian"), self.tr("Desa/Kecamatan"), self.tr("Penyaluran"),
            self.tr("KK"), self.tr("Jiwa"), self.tr("Pengiriman"), self.tr("Barang disalurkan")])
        self.details = QTabWidget()
        self.details.addTab(self.stock, self.tr("Stok per barang"))
        self.details.addTab(self.requests, self.tr("Permintaan terbuka"))
        self.details.addTab(self.places, self.tr("Penyaluran per desa"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figures)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # the figures first, all of them in view where the window is tall enough
        splitter.setSizes([44 + ROW_HEIGHT * len(province.FIGURES) + 4, 200])
        self.splitter = splitter
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
        self._show_requests(views)
        self._show_places(views)
        waiting = [v.code for v in views if not v.last_seq]
        self.note.setText(self.tr("Belum ada berkas dari: {codes}.").format(codes=", ".join(waiting)) if waiting
                          else "")

    def _show_requests(self, views: list[province.DistrictView]) -> None:
        rows = [(v.code, r) for v in views for r in v.open_requests]
        self.requests.setRowCount(len(rows))
        for row, (code, r) in enumerate(rows):
            lines = ", ".join(f"{line.get('name', '')} {_amount(line.get('asked'))} / {_amount(line.get('approved'))} / "
                              f"{_amount(line.get('fulfilled'))} {line.get('unit', '')}".strip() for line in r.lines)
            status = texts.label(REQUEST_STATUSES.get(r.status, r.status))
            values = (code, r.number, r.incident, r.requester, _date(r.received_on),
                      status + (" · " + self.tr("terlambat") if r.overdue else ""), lines)
            for col, value in enumerate(values):
                self._put(self.requests, row, col, value)

    def _show_places(self, views: list[province.DistrictView]) -> None:
        rows = [(v.code, p) for v in views for p in v.by_place]
        self.places.setRowCount(len(rows))
        for row, (code, p) in enumerate(rows):
            for col, value in enumerate((code, p.incident, p.place or p.region_code, p.distributions, p.households,
                                         p.people, p.dispatches, p.items)):
                self._put(self.places, row, col, _cell(value), right=isinstance(value, int))

    @staticmethod
    def _put(table: QTableWidget, row: int, col: int, text: str, *, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, col, item)
