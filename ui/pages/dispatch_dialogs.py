"""Dialogs of the "Pengiriman" page: a new dispatch, the handover counts, a return, a cancellation."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from deployment.dispatch import service as dispatches
from deployment.dispatch.service import DispatchInput, DispatchRecord, LineInfo
from inventory import labels
from inventory.labels import Scanned
from tagana_app import clock
from tagana_app.quantities import MAX_QUANTITY
from ui import ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.incident_dialogs import date_edit
from ui.scan import ScanField

SERIAL_ROWS_SHOWN = 6  # more units scroll


def quantity_spin(value: int = 1, maximum: int = MAX_QUANTITY) -> QSpinBox:
    spin = QSpinBox()
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))  # 1.000, as on paper
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setValue(value)
    return spin


class NewDispatchDialog(FormDialog):
    """Header of a new dispatch: incident, warehouse, destination, recipient, vehicle and driver."""

    def __init__(self, ctx: AppContext, incidents: list[tuple[str, str]], warehouses: list[tuple[str, str]],
                 parent: QWidget | None = None, *, poskos: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.poskos = list(poskos or [])  # (code, name, incident number) of our poskos
        self.created: DispatchRecord | None = None
        self.setWindowTitle(self.tr("Pengiriman baru"))
        self.layout_.addWidget(heading(self.tr("Pengiriman baru"), self.tr(
            "Barang ditambahkan sesudahnya. Stok baru dicadangkan saat pengiriman disetujui.")))
        self.incident = QComboBox()
        for number, name in incidents:
            self.incident.addItem(f"{number} – {name}", number)
        self.warehouse = QComboBox()
        for code, name in warehouses:
            self.warehouse.addItem(f"{name} ({code})", code)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("mis. Posko Balai Desa Srikaton"))
        self.kind = QComboBox()
        for code, label in (("posko", self.tr("Posko")), ("desa", self.tr("Desa/Kelurahan")),
                            ("kecamatan", self.tr("Kecamatan"))):
            self.kind.addItem(label, code)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("kode kecamatan/desa, kosong = wilayah kejadian"))
        self.address = QLineEdit()
        self.recipient = QLineEdit()
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Kepala Desa, Camat, koordinator posko..."))
        self.recipient_id = QLineEdit()
        self.recipient_id.setPlaceholderText(self.tr("NIP 18 angka atau NIK 16 angka"))
        self.vehicle = QLineEdit()
        self.vehicle.setPlaceholderText("BD 1234 XY")
        self.driver = QLineEdit()
        self.driver_phone = QLineEdit()
        # Lent equipment (gensets, tents) is due back at the end of the emergency period unless a day is set.
        self.has_due = QCheckBox(self.tr("tentukan sendiri (bawaan: akhir masa status darurat)"))
        self.loan_due = date_edit(clock.today() + timedelta(days=dispatches.LOAN_DAYS))
        self.loan_due.setEnabled(False)
        self.has_due.toggled.connect(self.loan_due.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.loan_due)
        due.addWidget(self.has_due, 1)
        # A posko of ours (with its own laptop): the destination is that posko, its handover comes back in a file.
        self.posko = QComboBox()
        self.posko.setToolTip(self.tr("Posko kantor ini yang mencatat serah terimanya sendiri dan mengirimkannya "
                                      "kembali lewat berkas pertukaran."))
        for label, widget in ((self.tr("Kejadian"), self.incident), (self.tr("Posko tujuan"), self.posko),
                              (self.tr("Dari gudang"), self.warehouse),
                              (self.tr("Tujuan"), self.destination), (self.tr("Jenis tujuan"), self.kind),
                              (self.tr("Kode wilayah"), self.region), (self.tr("Alamat"), self.address),
                              (self.tr("Penerima"), self.recipient), (self.tr("Jabatan penerima"), self.position),
                              (self.tr("NIP/NIK penerima"), self.recipient_id), (self.tr("Kendaraan"), self.vehicle),
                              (self.tr("Pengemudi"), self.driver), (self.tr("Telepon pengemudi"), self.driver_phone)):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("Pinjam pakai wajib kembali"), due)
        self.incident.currentIndexChanged.connect(self._fill_poskos)
        self.posko.currentIndexChanged.connect(self._posko_chosen)
        self._fill_poskos()
        self.ok_button.setText(self.tr("Buat pengiriman"))
        self.setMinimumWidth(560)
        self.finish_layout()

    def _fill_poskos(self) -> None:
        """The poskos of the chosen incident; the row is shown only when it has any."""
        incident = self.incident.currentData()
        self.posko.blockSignals(True)
        self.posko.clear()
        self.posko.addItem(self.tr("– bukan posko kantor ini –"), "")
        for code, name, number in self.poskos:
            if number == incident:
                self.posko.addItem(f"{name} ({code})", code)
        self.posko.blockSignals(False)
        self.form.setRowVisible(self.posko, self.posko.count() > 1)
        self._posko_chosen()

    def _posko_chosen(self) -> None:
        code = self.posko.currentData() or ""
        name = next((n for c, n, _i in self.poskos if c == code), "")
        if code:
            self.destination.setText(name)
            self.kind.setCurrentIndex(self.kind.findData("posko"))
        elif not self.destination.isEnabled():
            self.destination.clear()
        self.destination.setEnabled(not code)
        self.kind.setEnabled(not code)
        self.region.setPlaceholderText(self.tr("kode kecamatan/desa, kosong = wilayah posko") if code
                                       else self.tr("kode kecamatan/desa, kosong = wilayah kejadian"))

    def data(self) -> DispatchInput:
        return DispatchInput(
            incident=self.incident.currentData() or "", warehouse=self.warehouse.currentData() or "",
            destination=self.destination.text(), recipient_name=self.recipient.text(),
            destination_kind=self.kind.currentData(), region_code=self.region.text(), address=self.address.text(),
            recipient_position=self.position.text(), recipient_id=self.recipient_id.text(),
            vehicle_plate=self.vehicle.text(), driver_name=self.driver.text(), driver_phone=self.driver_phone.text(),
            loan_due=self.loan_due.date().toPython() if self.has_due.isChecked() else None,
            posko=self.posko.currentData() or "")

    def submit(self) -> None:
        if not self.destination.text().strip() or not self.recipient.text().strip():
            self.show_error(self.tr("Tujuan dan nama penerima wajib diisi."))
            return
        self.set_busy(True)
        self.create()

    def create(self) -> None:
        ops.write(self.ctx, self, dispatches.create_dispatch, self.data(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, record: DispatchRecord) -> None:
        self.created = record
        self.accept()


class HandoverDialog(FormDialog):
    """The recipient's counts per line (prefilled with what was sent) and the reason of any difference."""

    def __init__(self, ctx: AppContext, record: DispatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.setWindowTitle(self.tr("Serah terima"))
        self.layout_.addWidget(heading(self.tr("Serah terima {number}").format(number=record.number), self.tr(
            "Isi jumlah yang diterima menurut hitungan penerima. Selisih wajib diberi alasan.")))
        self.counts: dict[str, QSpinBox] = {}
        for line in record.lines:
            spin = quantity_spin(line.quantity, line.quantity)
            spin.setSuffix(f" {texts.label(line.unit)}")
            self.counts[line.item] = spin
            self.form.addRow(f"{line.item_name} ({line.item})", spin)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. 2 dus basah di perjalanan"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(record.destination_text)
        self.form.addRow(self.tr("Alasan selisih"), self.reason)
        self.form.addRow(self.tr("Tempat serah terima"), self.place)
        self.ok_button.setText(self.tr("Catat serah terima"))
        self.setMinimumWidth(520)
        self.finish_layout()

    def submit(self) -> None:
        received = {item: spin.value() for item, spin in self.counts.items()}
        self.set_busy(True)
        ops.write(self.ctx, self, dispatches.handover_dispatch, self.record.number, received=received,
                  reason=self.reason.text(), place=self.place.text(),
                  on_success=lambda _r: self.accept(), on_error=self.failed)


class ReturnDialog(FormDialog):
    """Goods coming back from the incident: item, quantity, condition; for a serial-numbered item, which
    units (ticked in the list of those still out on this dispatch, the quantity follows the ticks)."""

    def __init__(self, ctx: AppContext, record: DispatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.setWindowTitle(self.tr("Pengembalian barang"))
        self.layout_.addWidget(heading(self.tr("Pengembalian dari {number}").format(number=record.number), self.tr(
            "Peralatan dan barang yang tidak terpakai masuk kembali ke gudang asal.")))
        self.lines = {line.item: line for line in record.lines if line.outstanding > 0}
        self.item = QComboBox()
        for line in self.lines.values():
            self.item.addItem(f"{line.item_name} ({line.item}) – {line.outstanding} {texts.label(line.unit)}",
                              line.item)
        self.serials = QListWidget()
        self.serials.itemChanged.connect(self._serials_ticked)
        self.quantity = quantity_spin(1)
        self.condition = QComboBox()
        for code, label in (("baik", self.tr("Baik")), ("rusak ringan", self.tr("Rusak ringan")),
                            ("rusak berat", self.tr("Rusak berat"))):
            self.condition.addItem(label, code)
        self.remarks = QLineEdit()
        self.scan = ScanField()  # a unit's label: its item chosen, the unit ticked
        self.scan.scanned.connect(self._unit_scanned)
        for label, widget in ((self.tr("Pindai label"), self.scan), (self.tr("Barang"), self.item),
                              (self.tr("Nomor seri"), self.serials),
                              (self.tr("Jumlah"), self.quantity), (self.tr("Kondisi"), self.condition),
                              (self.tr("Keterangan"), self.remarks)):
            self.form.addRow(label, widget)
        self.item.currentIndexChanged.connect(self._item_changed)
        self._item_changed()
        self.ok_button.setText(self.tr("Catat pengembalian"))
        self.finish_layout()

    def _line(self) -> LineInfo | None:
        return self.lines.get(self.item.currentData())

    def _by_serial(self) -> bool:
        """Whether the current item returns by ticked serial numbers (else by a typed quantity)."""
        return self.serials.count() > 0

    def _item_changed(self) -> None:
        line = self._line()
        self.error.hide()  # an error about the item chosen before
        self.serials.blockSignals(True)
        self.serials.clear()
        if line is not None and line.serialized:
            for pick in line.picks:  # the units still out on this dispatch, as the service finds them
                if pick.serial and pick.returned < pick.quantity:
                    item = QListWidgetItem(self.tr("{serial} (kondisi terakhir: {condition})").format(
                        serial=pick.serial, condition=texts.label(pick.condition or "-")))
                    item.setData(Qt.ItemDataRole.UserRole, pick.serial)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.serials.addItem(item)
        self.serials.blockSignals(False)
        serialized = self._by_serial()
        rows = min(max(self.serials.count(), 1), SERIAL_ROWS_SHOWN)
        row_height = self.serials.sizeHintForRow(0) if self.serials.count() else self.fontMetrics().height()
        self.serials.setFixedHeight(rows * row_height + 2 * self.serials.frameWidth() + 2)
        # Not QFormLayout.setRowVisible (see assignment_dialog.py): the label and the list are hidden.
        label = self.form.labelForField(self.serials)
        if label is not None:
            label.setVisible(serialized)
        self.serials.setVisible(serialized)
        self.quantity.setEnabled(not serialized)  # the ticked units are the quantity
        self.quantity.setValue(0 if serialized else 1)
        if self.isVisible():  # shrink or grow to the rows now shown
            self.fit_height()

    def _serials_ticked(self) -> None:
        self.quantity.setValue(len(self.chosen_serials()))
        if not self.error.isHidden():
            self.error.hide()
            self.fit_height()

    def _unit_scanned(self, scanned: Scanned) -> None:
        """Tick the scanned unit (choosing its item first); a unit not out on this dispatch is refused."""
        index = self.item.findData(scanned.item)
        if scanned.is_unit and index >= 0:
            self.item.setCurrentIndex(index)
            for i in range(self.serials.count()):
                row = self.serials.item(i)
                if row.data(Qt.ItemDataRole.UserRole) == scanned.serial:
                    row.setCheckState(Qt.CheckState.Checked)
                    self.serials.setCurrentRow(i)
                    return
        self.show_error(self.tr("Pindai label: {code} bukan unit yang masih keluar pada pengiriman ini.").format(
            code=labels.unit_code(scanned.item, scanned.serial) if scanned.is_unit else scanned.item), self.scan)

    def chosen_serials(self) -> list[str]:
        return [self.serials.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.serials.count())
                if self.serials.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        line = self._line()
        if self._by_serial() and not self.chosen_serials():
            self.show_error(self.tr("Centang nomor seri unit yang kembali."))
            return
        if line is None or self.quantity.value() <= 0:
            self.show_error(self.tr("Pilih barang dan jumlah yang kembali."))
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, dispatches.return_goods, self.record.number, line.item, self.quantity.value(),
                  condition=self.condition.currentData(), serials=self.chosen_serials(), remarks=self.remarks.text(),
                  on_success=lambda _r: self.accept(), on_error=self.failed)


class CancelDialog(FormDialog):
    def __init__(self, ctx: AppContext, record: DispatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.setWindowTitle(self.tr("Batalkan pengiriman"))
        self.layout_.addWidget(heading(self.tr("Batalkan {number}").format(number=record.number), self.tr(
            "Cadangan stok dilepas; nomor pengiriman tetap tercatat sebagai dibatalkan.")))
        self.reason = QLineEdit()
        self.form.addRow(QLabel(self.tr("Alasan")), self.reason)
        self.ok_button.setText(self.tr("Batalkan pengiriman"))
        self.finish_layout()

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Alasan pembatalan wajib diisi."))
            return
        self.set_busy(True)
        ops.write(self.ctx, self, dispatches.cancel_dispatch, self.record.number, self.reason.text(),
                  on_success=lambda _r: self.accept(),
                  on_error=self.failed)
