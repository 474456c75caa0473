"""The "Distribusi" page: goods handed to villages and households, the office's and its poskos'.

The list (number, date, desa, recipient, jiwa, goods, posko) is filtered by incident and desa.
"Catat distribusi..." records one (the goods leave the warehouse's stock); when the same household got
the same package a short while ago the dialog asks "Tetap catat?" first.  "Batalkan distribusi..."
books the goods back (only where it was recorded); "Cetak daftar penerima..." prints the Daftar
Penerima Bantuan of the incident (and desa) chosen.  Buttons are enabled only for whom the capability
allows (the services check again).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from deployment import incidents as incident_service
from deployment.dispatch import kits
from deployment.distribution import service
from deployment.distribution.models import DISTRIBUTION_STATUSES, RECIPIENT_KINDS
from deployment.distribution.service import DistributionInput, DistributionLineInput, DistributionRecord
from deployment.permissions import can_distribute
from inventory import catalog
from tagana_app import indonesian, outputs
from ui import dialogs, errors, ops, printed, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.page_frame import page_layout
from ui.pages.dispatch_dialogs import quantity_spin
from ui.pages.incident_dialogs import date_edit
from ui.pages.request_dialogs import ReasonDialog, RegionField, _PairList, request_catalogue
from ui.pages.requests import refusal
from ui.table_model import Col, TableModel
from ui.table_view import setup_table


@dataclass(frozen=True)
class Choices:
    incidents: list[tuple[str, str]]        # open incidents a distribution may name
    all_incidents: list[tuple[str, str]]    # every incident, for the filter
    warehouses: list[tuple[str, str]]
    kits: list[tuple[str, str]]
    own_code: str                           # "" at the office, the posko's code at a posko
    own_warehouse: str                      # a posko's own warehouse code, else ""


def load_choices(session: Any) -> Choices:
    every = incident_service.list_incidents(session)
    own = service.own_warehouse(session)
    return Choices([(i.number, i.name) for i in every if i.status != "selesai"],
                   [(i.number, i.name) for i in every],
                   [(w.code, w.name) for w in catalog.list_warehouses(session)],
                   [(k.code, f"{k.name} ({k.code}, {texts.label(k.basis_label)})") for k in kits.list_kits(session)],
                   service.own_code(session), own.code if own is not None else "")


def load_distributions(session: Any, *, incident: str | None) -> list[DistributionRecord]:
    return service.list_distributions(session, incident=incident)


class DistributionColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    DESA = 2
    RECIPIENT = 3
    PEOPLE = 4
    ITEMS = 5
    SITE = 6
    STATUS = 7


class DistributionListModel(TableModel[DistributionRecord]):
    columns = DistributionColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nomor"), lambda r: r.number),
            Col(self.tr("Tanggal"), lambda r: indonesian.short_date(r.distributed_on)),
            Col(self.tr("Desa"), lambda r: r.desa_name),
            Col(self.tr("Penerima"), lambda r: r.recipient_name),
            Col(self.tr("Jiwa"), lambda r: r.household_size or "", right=True),
            Col(self.tr("Barang"), lambda r: r.items_text),
            Col(self.tr("Posko"), lambda r: r.site_code or self.tr("Kantor")),
            Col(self.tr("Status"), lambda r: texts.label(DISTRIBUTION_STATUSES.get(r.status, r.status))),
        ], key=lambda r: r.number, parent=parent)

    def extra(self, row: DistributionRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == DistributionColumn.ITEMS:
            return row.items_text  # a long list of goods is cut in the cell
        if role == Qt.ItemDataRole.ToolTipRole and column == DistributionColumn.RECIPIENT and row.warning:
            return row.warning
        return None


class DistributionDialog(FormDialog):
    """A distribution as it was handed out: incident, warehouse, desa, recipient, NIK, jiwa, package, goods."""

    def __init__(self, ctx: AppContext, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: DistributionRecord | None = None
        self.asked: list[str] = []  # the repeat warnings the person answered
        self.setWindowTitle(self.tr("Catat distribusi"))
        self.layout_.addWidget(heading(self.tr("Catat distribusi bantuan"), self.tr(
            "Barang keluar dari stok gudang dengan nomor distribusi. Isi NIK kepala keluarga bila ada; rumah "
            "tangga yang baru saja menerima paket yang sama ditanyakan dulu.")))
        self.incident = QComboBox()
        for number, name in choices.incidents:
            self.incident.addItem(f"{number} – {name}", number)
        self.warehouse = QComboBox()
        for code, name in choices.warehouses:
            self.warehouse.addItem(f"{name} ({code})", code)
        if choices.own_warehouse:
            self.warehouse.setCurrentIndex(max(self.warehouse.findData(choices.own_warehouse), 0))
        self.desa = RegionField(ctx)
        self.desa.text.setPlaceholderText(self.tr("Ketik nama atau kode desa/kelurahan"))
        self.kind = QComboBox()
        for code, label in RECIPIENT_KINDS.items():
            self.kind.addItem(texts.label(label), code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("nama kepala keluarga, desa atau lembaga"))
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 angka (boleh kosong)"))
        self.people = quantity_spin(0)
        self.people.setSpecialValueText(self.tr("–"))
        self.people.setSuffix(self.tr(" jiwa"))
        self.people.setFixedWidth(130)
        self.package = QComboBox()
        self.package.addItem(self.tr("Tanpa paket"), "")
        for code, label in choices.kits:
            self.package.addItem(label, code)
        self.goods = _PairList(self.tr("Barang"), self.tr("Tambah barang"))
        self.day = date_edit()
        self.backdate = QLineEdit()
        self.backdate.setPlaceholderText(self.tr("wajib bila tanggalnya sebelum hari ini"))
        self.remarks = QLineEdit()
        for label, widget in ((self.tr("Kejadian"), self.incident), (self.tr("Gudang asal"), self.warehouse),
                              (self.tr("Desa/kelurahan"), self.desa), (self.tr("Jenis penerima"), self.kind),
                              (self.tr("Nama penerima"), self.name), (self.tr("NIK"), self.nik),
                              (self.tr("Jumlah jiwa"), self.people), (self.tr("Paket"), self.package),
                              (self.tr("Barang lain"), self.goods), (self.tr("Tanggal"), self.day),
                              (self.tr("Alasan tanggal mundur"), self.backdate), (self.tr("Keterangan"), self.remarks)):
            self.form.addRow(label, widget)
        self.ok_button.setText(self.tr("Simpan distribusi"))
        self.setMinimumWidth(640)
        self.finish_layout()
        ops.read(ctx.db, self, request_catalogue, on_success=self.goods.set_choices)

    def data(self, confirm_repeat: bool = False) -> DistributionInput:
        return DistributionInput(
            incident=self.incident.currentData() or "", desa_code=self.desa.code(), recipient_name=self.name.text(),
            recipient_kind=self.kind.currentData(), nik=self.nik.text(),
            household_size=self.people.value() or None, warehouse=self.warehouse.currentData() or "",
            package=self.package.currentData() or "",
            lines=[DistributionLineInput(code, n) for code, n in self.goods.pairs()],
            distributed_on=self.day.date().toPython(), backdate_reason=self.backdate.text(),
            remarks=self.remarks.text(), confirm_repeat=confirm_repeat)

    def submit(self, confirm_repeat: bool = False) -> None:
        self.goods.add_current()  # chosen but not yet added: what the person meant
        if not self.desa.code():
            self.show_error(self.tr("Desa/kelurahan penerima wajib diisi."), self.desa.text)
            return
        if not self.name.text().strip():
            self.show_error(self.tr("Nama penerima wajib diisi."), self.name)
            return
        if not self.package.currentData() and not self.goods.pairs():
            self.show_error(self.tr("Pilih paket atau tambahkan barang yang diberikan."), self.goods.what)
            return
        self.set_busy(True)
        ops.write(self.ctx, self, service.distribute, self.data(confirm_repeat), on_success=self._done,
                  on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, service.RepeatDistribution):
            self.set_busy(False)
            text = errors.error_text(exc)
            self.asked.append(text)
            if dialogs.confirm(self, self.tr("Distribusi berulang"), text + "\n\n" + self.tr("Tetap catat?")):
                self.submit(confirm_repeat=True)
            else:
                self.show_error(text)
            return
        self.failed(exc)

    def _done(self, record: DistributionRecord) -> None:
        self.created = record
        self.accept()


class DistributionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices = Choices([], [], [], [], "", "")
        self.rows: list[DistributionRecord] = []
        self._want: str | None = None
        self.incident = QComboBox()
        self.incident.addItem(self.tr("Semua kejadian"), None)
        self.incident.setMinimumWidth(260)
        self.incident.currentIndexChanged.connect(self.reload)
        self.desa = QComboBox()
        self.desa.addItem(self.tr("Semua desa"), None)
        self.desa.setMinimumWidth(200)
        self.desa.currentIndexChanged.connect(self._filter)
        why = refusal(can_distribute, ctx.actor)
        self.new_button = QPushButton(self.tr("Catat distribusi..."))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.open_new)
        self.new_button.setEnabled(not why)
        self.new_button.setToolTip(why)
        self.cancel_button = QPushButton(self.tr("Batalkan distribusi..."))
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button = QPushButton(self.tr("Cetak daftar penerima..."))
        self.print_button.clicked.connect(self.print_recipients)
        bar = QHBoxLayout()
        bar.addWidget(self.incident)
        bar.addWidget(self.desa)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.new_button)
        self.model = DistributionListModel(self)
        self._list_read = ops.CurrentRead(ctx.db, self)
        self.table = setup_table(QTableView(), self.model,
                                 stretch=(DistributionColumn.RECIPIENT, DistributionColumn.ITEMS),
                                 widths={DistributionColumn.NUMBER: 200, DistributionColumn.DATE: 95,
                                         DistributionColumn.DESA: 150, DistributionColumn.PEOPLE: 55,
                                         DistributionColumn.SITE: 110, DistributionColumn.STATUS: 100})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        layout = page_layout(self, self.tr("Distribusi bantuan"), self.tr(
            "Penyaluran ke desa dan rumah tangga, dari gudang kantor dan dari posko: siapa menerima apa, "
            "kapan, dan daftar penerima untuk ditandatangani."))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        ctx.changes.changed.connect(self._on_changed)
        self.reload()
        self._read_choices()
        self._enable()

    # --- reading -----------------------------------------------------------------------------------

    def _read_choices(self) -> None:
        ops.read(self.ctx.db, self, load_choices, on_success=self._choices)

    def _choices(self, choices: Choices) -> None:
        self.choices = choices
        current = self.incident.currentData()
        self.incident.blockSignals(True)
        self.incident.clear()
        self.incident.addItem(self.tr("Semua kejadian"), None)
        for number, name in choices.all_incidents:
            self.incident.addItem(f"{number} – {name}", number)
        self.incident.setCurrentIndex(max(self.incident.findData(current), 0))
        self.incident.blockSignals(False)
        self._enable()

    def reload(self) -> None:
        self._list_read.start(load_distributions, incident=self.incident.currentData(), on_success=self._listed)

    def _listed(self, rows: list[DistributionRecord]) -> None:
        self.rows = rows
        current = self.desa.currentData()
        self.desa.blockSignals(True)
        self.desa.clear()
        self.desa.addItem(self.tr("Semua desa"), None)
        for code, name in sorted({(r.desa_code, r.desa_name) for r in rows}, key=lambda x: x[1]):
            self.desa.addItem(name, code)
        self.desa.setCurrentIndex(max(self.desa.findData(current), 0))
        self.desa.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        keep = self._want or self.selected_number()
        desa = self.desa.currentData()
        shown = [r for r in self.rows if desa is None or r.desa_code == desa]
        self.model.set_rows(shown)
        if keep:
            self._want = None
            row = self.model.row_of(keep)
            if row is not None:
                self.table.selectRow(row)
        active = [r for r in shown if r.status == "aktif"]
        self.summary.setText(self.tr("{n} distribusi aktif · {kk} kepala keluarga · {people} jiwa").format(
            n=len(active), kk=sum(1 for r in active if r.recipient_kind == "kk"),
            people=indonesian.quantity(sum(r.household_size or 0 for r in active))))
        self._enable()

    def selected(self) -> DistributionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_number(self) -> str | None:
        row = self.selected()
        return row.number if row else None

    def _enable(self) -> None:
        record, why = self.selected(), refusal(can_distribute, self.ctx.actor)
        ours = record is not None and record.site_code == self.choices.own_code
        self.cancel_button.setEnabled(not why and record is not None and record.status == "aktif" and ours)
        self.cancel_button.setToolTip(why or ("" if record is None or ours else self.tr(
            "Distribusi posko dibatalkan di posko yang mencatatnya.")))
        incident = self.incident.currentData() or (record.incident if record else None)
        self.print_button.setEnabled(bool(incident) and bool(self.rows))
        self.print_button.setToolTip("" if incident else self.tr("Pilih kejadian (atau satu distribusinya) dulu."))

    # --- actions -----------------------------------------------------------------------------------

    def open_new(self) -> DistributionDialog:
        dialog = DistributionDialog(self.ctx, self.choices, parent=self)
        current = self.incident.currentData()
        if current:
            dialog.incident.setCurrentIndex(max(dialog.incident.findData(current), 0))
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: DistributionDialog) -> None:
        if dialog.created is not None:
            self._want = dialog.created.number
            self.reload()

    def cancel(self) -> ReasonDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = ReasonDialog(
            self.ctx, self.tr("Batalkan distribusi"), self.tr("Batalkan {number}").format(number=record.number),
            self.tr("Barangnya dicatat kembali ke stok gudang {warehouse} dengan nomor koreksi.").format(
                warehouse=record.warehouse_name),
            self.tr("Batalkan distribusi"), partial(service.cancel_distribution, number=record.number), "reason",
            parent=self)
        dialog.open()
        return dialog

    def print_recipients(self) -> ops.Op | None:
        record = self.selected()
        incident = self.incident.currentData() or (record.incident if record else None)
        if not incident:
            return None
        desa = self.desa.currentData()
        db, folder = self.ctx.db, outputs.documents_dir(self.ctx.local)
        name = "daftar-penerima_" + "_".join(x for x in (incident, desa or "") if x).replace("/", "-") + ".pdf"
        path = folder / name

        def work(progress: Any) -> Path:
            from deployment.distribution import papers
            from tagana_app.pdf import load_profile

            with db.read() as session:
                lists = papers.recipient_lists(session, incident, desa)
                profile = load_profile(session)
            folder.mkdir(parents=True, exist_ok=True)
            papers.recipients_pdf(lists, profile, path, progress=progress)
            return path
        return ops.run(self, work, progress=self.tr("Mencetak daftar penerima..."), on_success=self._printed)

    def _printed(self, path: Path) -> None:
        self.summary.setText(self.tr("Daftar penerima disimpan: {path}").format(path=str(path)))
        printed.show(self, path)

    # --- refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()
        self._read_choices()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("distributions"):
            self.reload()
        if changes.touches("incidents", "stock"):
            self._read_choices()

