"""The "Beranda posko" page: the first page of a posko's window.  Its incident, its stock, the dispatches
on their way to it, the last exchange files with the office, the open exchange issues and the
volunteers on site, read in one go (``deployment.exchange.posko_home``) and read again after any
change."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from deployment import incidents
from deployment.exchange.engine import PeerStatus
from deployment.exchange.posko_home import PoskoHome, posko_home
from tagana_app import clock, indonesian
from ui import office, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.table_view import fill_table, setup_table


def when(at: datetime | None) -> str:
    return clock.local(at).strftime("%d-%m-%Y %H:%M") if at is not None else "-"


class Card(QFrame):
    """A titled box of the page: a table, or a few lines of text."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(body, 1)


def _table(headers: list[str], stretch: int, widths: dict[int, int]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return setup_table(table, stretch=stretch, widths=widths)


class PoskoHomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.home: PoskoHome | None = None
        self._read = ops.CurrentRead(ctx.db, self)
        self.incident = QLabel()
        self.incident.setWordWrap(True)
        self.incident.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.stock = _table([self.tr("Kode"), self.tr("Barang"), self.tr("Ada di posko"), self.tr("Satuan")], 1,
                            {0: 80, 2: 100, 3: 80})
        self.arriving = _table([self.tr("Nomor"), self.tr("Status"), self.tr("Tanggal"), self.tr("Baris"),
                                self.tr("Jumlah")], 0, {1: 110, 2: 90, 3: 50, 4: 70})
        self.exchange = QLabel()
        self.exchange.setWordWrap(True)
        self.exchange.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.issues = _table([self.tr("Situs"), self.tr("Di mana"), self.tr("Data"), self.tr("Masalah")], 3,
                             {0: 80, 1: 70, 2: 150})
        self.on_site = _table([self.tr("Nama"), self.tr("Peran"), self.tr("Datang")], 0, {1: 130, 2: 130})
        self.cards = {
            "stock": Card(self.tr("Stok posko"), self.stock),
            "arriving": Card(self.tr("Pengiriman dalam perjalanan"), self.arriving),
            "exchange": Card(self.tr("Pertukaran berkas"), self.exchange),
            "issues": Card(self.tr("Masalah pertukaran yang terbuka"), self.issues),
            "on_site": Card(self.tr("Relawan di lokasi"), self.on_site),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.cards["stock"], 0, 0, 2, 1)
        grid.addWidget(self.cards["arriving"], 0, 1)
        grid.addWidget(self.cards["on_site"], 1, 1)
        grid.addWidget(self.cards["exchange"], 2, 0)
        grid.addWidget(self.cards["issues"], 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = page_layout(self, self.tr("Beranda posko"),
                             self.tr("Apa yang ada dan terjadi di posko ini: stok, barang yang akan datang, relawan "
                                     "di lokasi dan berkas pertukaran dengan kantor."))
        # Impact figures counted here go to the office as a proposal in the next file.
        self.figures_button = QPushButton(self.tr("Usulkan data dampak..."))
        self.figures_button.setToolTip(self.tr("Jumlah KK, jiwa, pengungsi, korban dan rumah rusak yang dihitung di "
                                               "posko; kantor menerimanya sebagai usulan lewat berkas berikutnya."))
        self.figures_button.setEnabled(False)
        self.figures_button.clicked.connect(self.open_figures)
        top = QHBoxLayout()
        top.addWidget(self.incident, 1)
        top.addWidget(self.figures_button)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.posko is not None:
            self._read.start(posko_home, self.ctx.posko, on_success=self.show_home)

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()  # everything a posko does shows here

    def open_figures(self) -> None:
        """The figures dialog of the incident pages, on the posko's incident."""
        if self.home is None or not self.home.incident_number:
            return
        from ui.pages.incident_dialogs import FiguresDialog

        def show(record: incidents.IncidentRecord) -> None:
            self.figures_dialog = FiguresDialog(self.ctx, record, parent=self)
            self.figures_dialog.open()
        ops.read(self.ctx.db, self, incidents.get_incident, self.home.incident_number, on_success=show)

    def show_home(self, home: PoskoHome) -> None:
        self.home = home
        self.figures_button.setEnabled(bool(home.incident_number))
        if home.incident_number:
            self.incident.setText(self.tr("{posko} ({code}) · kejadian {number} {incident} · status {status}")
                                  .format(posko=office.posko_title(home.name), code=home.code,
                                          number=home.incident_number,
                                          incident=home.incident_name,
                                          status=texts.label(home.incident_status or "")))
        else:
            self.incident.setText(self.tr("{posko} ({code})").format(posko=office.posko_title(home.name),
                                                                      code=home.code))
        q = indonesian.quantity
        fill_table(self.stock, ([s.item, s.item_name, q(s.on_hand), texts.label(s.unit)] for s in home.stock), {2},
                   fit=False)
        fill_table(self.arriving, ([a.number, texts.label(a.status_label), indonesian.short_date(a.dispatch_date),
                                    q(a.lines), q(a.quantity)] for a in home.arriving), {3, 4}, fit=False)
        fill_table(self.issues, ([i.site, self.tr("di sini") if i.here else self.tr("di sana"), i.key,
                                  i.message] for i in home.issues), fit=False)
        fill_table(self.on_site, ([o.name, texts.label(o.role_label), clock.local(o.checkin_at).strftime(
            "%d-%m-%Y %H:%M")] for o in home.on_site), fit=False)
        self.exchange.setText("\n".join(self._exchange_line(x) for x in home.exchanges))
        self._empty("stock", not home.stock, self.tr("Belum ada stok di gudang posko."))
        self._empty("arriving", not home.arriving, self.tr("Tidak ada pengiriman yang sedang menuju posko."))
        self._empty("on_site", not home.on_site, self.tr("Belum ada relawan yang check-in."))
        self._empty("issues", not home.issues, self.tr("Tidak ada masalah."))
        self._empty("exchange", not home.exchanges, self.tr("Posko ini belum bertukar berkas."))

    def _empty(self, key: str, empty: bool, text: str) -> None:
        card = self.cards[key]
        card.empty.setText(text if empty else "")
        card.empty.setVisible(empty)

    def _exchange_line(self, x: PeerStatus) -> str:
        received = (self.tr("berkas terakhir diterima no. {seq} pada {when}").format(seq=x.last_in,
                                                                                    when=when(x.last_in_at))
                    if x.last_in else self.tr("belum ada berkas diterima"))
        sent = (self.tr("berkas terakhir dibuat no. {seq} pada {when}, diakui sampai no. {acked}").format(
            seq=x.last_out, when=when(x.last_out_at), acked=x.acked) if x.last_out
            else self.tr("belum ada berkas dibuat"))
        line = self.tr("{name} ({code}): {received}; {sent}").format(name=x.name, code=x.code, received=received,
                                                                    sent=sent)
        if x.held:
            line += self.tr("; {n} berkas ditahan menunggu berkas sebelumnya").format(n=x.held)
        return line
