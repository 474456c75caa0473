"""The papers of a stock count and a write-off, from the "Gudang & Stok" page: starting a count with its
team and cut-off, printing the Berita Acara Stock Opname of a posted count, and recording the decree,
value and disposal method of an approved write-off to print its Berita Acara Penghapusan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory import count_papers, counts, writeoff_papers, writeoffs
from inventory.catalog import WarehouseInfo
from inventory.counts import TeamMember
from tagana_app import clock, printing
from tagana_app.errors import TaganaError
from tagana_app.quantities import parse_rupiah
from tagana_app.texts import N_
from ui import dates, ops, printed, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.table_view import setup_table


class TeamEditor(QWidget):
    """The count team as a small table: name, NIP (empty for staff who are not civil servants), role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIP"), self.tr("Peran dalam tim")])
        setup_table(self.table, stretch=0, widths={1: 170, 2: 130})
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)  # typed in place
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("Tambah anggota"))
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_member(self, member: TeamMember | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        # a role is what the Indonesian paper prints, so the suggested one is not translated
        values = (member.name, member.nip, member.role) if member else ("", "", "Anggota" if row else "Ketua Tim")
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        return row

    def set_member(self, row: int, name: str, nip: str, role: str) -> None:
        for col, value in enumerate((name, nip, role)):
            self.table.item(row, col).setText(value)

    def set_team(self, team: tuple[TeamMember, ...]) -> None:
        self.table.setRowCount(0)
        for member in team:
            self.add_member(member)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def team(self) -> list[TeamMember]:
        """The rows with anything in them (the service checks names, NIPs and roles)."""
        rows = [[(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(3)]
                for r in range(self.table.rowCount())]
        return [TeamMember(*row) for row in rows if any(x.strip() for x in row)]


def _cutoff_of(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=clock.zone())


class StartCountDialog(FormDialog):
    """Start a stock count: the warehouse, the cut-off (now, or a moment after its last movement) and the team."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], *, warehouse: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_count: counts.CountInfo | None = None
        self.setWindowTitle(self.tr("Mulai stock opname"))
        self.layout_.addWidget(heading(self.tr("Mulai stock opname"),
                                       self.tr("Saldo buku dipotret pada cut-off; tim yang dicatat di sini "
                                               "tercantum dan menandatangani Berita Acara Stock Opname.")))
        self.warehouse = QComboBox()
        for w in warehouses:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.code)
        if warehouse:
            self.warehouse.setCurrentIndex(max(self.warehouse.findData(warehouse), 0))
        self.cutoff = QDateTimeEdit(dates.this_minute())
        self.cutoff.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.cutoff.setCalendarPopup(True)
        self.team = TeamEditor()
        self.team.add_member()
        self.form.addRow(self.tr("Gudang"), self.warehouse)
        self.form.addRow(self.tr("Cut-off"), self.cutoff)
        self.form.addRow(self.tr("Tim opname"), self.team)
        self.ok_button.setText(self.tr("Mulai opname"))
        self.finish_layout()
        self.setMinimumWidth(640)

    def submit(self) -> None:
        if not self.team.team():
            self.show_error(self.tr("Isikan tim opname: nama, NIP dan peran setiap anggota."))
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, counts.start_count, self.warehouse.currentData(), team=self.team.team(),
                  cutoff=_cutoff_of(self.cutoff), on_success=self._done, on_error=self.failed)

    def _done(self, info: counts.CountInfo) -> None:
        self.set_busy(False)
        self.result_count = info
        self.accept()


class _PaperDialog(FormDialog):
    """Record what a paper needs (one write), then print it (another) and show where the file went."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str, subtitle: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printed_doc: printing.PrintedDocument | None = None
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, subtitle))

    def save_then_print(self, save: Callable[..., Any], print_paper: Callable[..., Any], number: str,
                        *args: Any, **kwargs: Any) -> None:
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, save, number, *args, **kwargs, on_error=self.failed,
                  on_success=lambda _saved: ops.write(
                      self.ctx, self, print_paper, number, directory=printing.documents_dir(self.ctx.local),
                      on_success=self._printed, on_error=self.failed))

    def _printed(self, doc: printing.PrintedDocument) -> None:
        self.set_busy(False)
        self.printed_doc = doc
        printed.show(self.parentWidget(), doc.path)
        self.accept()


class CountPaperDialog(_PaperDialog):
    """The Berita Acara Stock Opname of a posted count: check (or complete) the team, then print."""

    def __init__(self, ctx: AppContext, *, number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Berita Acara Stock Opname"),
                         self.tr("Untuk opname yang sudah diposting. Tim opname tercantum dengan NIP dan "
                                 "perannya, dan menandatangani; Kepala Dinas menyetujui."))
        self.counts: dict[str, counts.CountInfo] = {}
        self.wanted = number  # the count to show first (the one chosen in the Stock opname window)
        self.count = QComboBox()
        self.count.currentIndexChanged.connect(self._count_changed)
        self.cutoff = QLabel()
        self.team = TeamEditor()
        self.form.addRow(self.tr("Opname"), self.count)
        self.form.addRow(self.tr("Cut-off"), self.cutoff)
        self.form.addRow(self.tr("Tim opname"), self.team)
        self.ok_button.setText(self.tr("Simpan tim && cetak"))
        self.finish_layout()
        self.setMinimumWidth(640)
        ops.read(ctx.db, self, counts.list_counts, on_success=self._fill)

    def _fill(self, found: list[counts.CountInfo]) -> None:
        self.counts = {c.number: c for c in found if c.status == "diposting"}
        for c in self.counts.values():
            self.count.addItem(f"{c.number} - {c.warehouse_name}", c.number)
        if self.wanted in self.counts:
            self.count.setCurrentIndex(self.count.findData(self.wanted))
        if not self.counts:
            self.show_error(self.tr("Belum ada stock opname yang diposting."))

    def _count_changed(self) -> None:
        info = self.counts.get(self.count.currentData())
        if info is not None:
            self.cutoff.setText(count_papers.cutoff_text(info))
            self.team.set_team(info.team)

    def submit(self) -> None:
        number = self.count.currentData()
        if not number:
            return
        self.save_then_print(counts.set_count_team, count_papers.print_count_report, number, self.team.team())


class WriteOffPaperDialog(_PaperDialog):
    """The Berita Acara Penghapusan of an approved write-off: the decree it rests on, the value when known
    and the method of disposal are recorded, then the paper is printed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, number: str | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Berita Acara Penghapusan"),
                         self.tr("Catat keputusan yang mendasari penghapusan, nilai barang bila diketahui dan "
                                 "cara penghapusannya, lalu cetak berita acaranya."))
        self.writeoffs: dict[str, writeoffs.WriteOffInfo] = {}
        self.number = number  # the write-off chosen first (the one just approved)
        self.writeoff = QComboBox()
        self.writeoff.currentIndexChanged.connect(self._writeoff_changed)
        self.decree_number = QLineEdit()
        self.decree_number.setMaxLength(writeoffs.DECREE_NUMBER_MAX)
        self.decree_number.setPlaceholderText(self.tr("mis. 000.2.3.3/145/DINSOS/2026"))
        self.decree_date = QDateEdit(dates.today())
        self.decree_date.setDisplayFormat("dd-MM-yyyy")
        self.decree_date.setCalendarPopup(True)
        self.decree_issuer = QLineEdit()
        self.decree_issuer.setMaxLength(writeoffs.DECREE_ISSUER_MAX)
        self.decree_issuer.setPlaceholderText(self.tr("mis. Bupati Bengkulu Tengah"))
        self.method = QComboBox()
        for code, label in writeoffs.METHOD_LABELS.items():
            self.method.addItem(texts.label(label), code)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("Rp, kosongkan bila tidak diketahui"))
        self.form.addRow(self.tr("Penghapusan"), self.writeoff)
        self.form.addRow(self.tr("Nomor keputusan"), self.decree_number)
        self.form.addRow(self.tr("Tanggal keputusan"), self.decree_date)
        self.form.addRow(self.tr("Ditetapkan oleh"), self.decree_issuer)
        self.form.addRow(self.tr("Cara penghapusan"), self.method)
        self.form.addRow(self.tr("Nilai barang"), self.value)
        self.ok_button.setText(self.tr("Simpan && cetak"))
        self.finish_layout()
        self.setMinimumWidth(560)
        ops.read(ctx.db, self, writeoffs.list_writeoffs, status="disetujui", on_success=self._fill)

    def _fill(self, found: list[writeoffs.WriteOffInfo]) -> None:
        self.writeoffs = {w.number: w for w in found}
        for w in found:
            self.writeoff.addItem(f"{w.number} - {w.reason}", w.number)
        if self.number:
            self.writeoff.setCurrentIndex(max(self.writeoff.findData(self.number), 0))
        if not found:
            self.show_error(self.tr("Belum ada penghapusan yang disetujui."))

    def _writeoff_changed(self) -> None:
        info = self.writeoffs.get(self.writeoff.currentData())
        if info is None:
            return
        # what this write-off has recorded, and nothing carried over from the one shown before
        decree = info.decree
        self.decree_number.setText(decree.number if decree else "")
        self.decree_date.setDate(dates.qdate(decree.day) if decree else dates.today())
        self.decree_issuer.setText(decree.issuer if decree else "")
        self.method.setCurrentIndex(max(self.method.findData(info.method), 0) if info.method else 0)
        self.value.setText("" if info.value is None else str(info.value))

    def submit(self) -> None:
        number = self.writeoff.currentData()
        if not number:
            return
        try:
            value = parse_rupiah(self.value.text(), field=N_("domain", "Nilai barang")) if self.value.text().strip() \
                else None
        except TaganaError as exc:
            self.failed(exc)
            return
        decree = writeoffs.Decree(self.decree_number.text(), self.decree_date.date().toPython(),
                                  self.decree_issuer.text())
        self.save_then_print(writeoffs.record_writeoff_basis, writeoff_papers.print_writeoff, number, decree=decree,
                             value=value, method=self.method.currentData())
