"""Receive and issue dialogs: checked before anything is written; a refusal shows in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from inventory import queries, stock
from inventory.catalog import ItemInfo, WarehouseInfo
from inventory.errors import InsufficientStock
from inventory.labels import parse_scan
from inventory.models import CONDITIONS
from inventory.stock import COUNTERPARTY_MAX, DOC_NUMBER_MAX, SOURCE_LABELS, IssueLine, ReceiveLine
from tagana_app import clock, indonesian
from tagana_app.quantities import MAX_QUANTITY
from ui import dates, ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.scan import ItemChooser


def _combo_of_warehouses(warehouses: list[WarehouseInfo], current: str | None) -> QComboBox:
    combo = QComboBox()
    for w in warehouses:
        combo.addItem(f"{w.name} ({w.code})", w.code)
    if current:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _quantity() -> QSpinBox:
    """Empty until the person types a quantity (0 is shown blank and refused): nothing is assumed."""
    spin = QSpinBox()
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))  # 1.000, as on paper
    spin.setRange(0, MAX_QUANTITY)
    spin.setGroupSeparatorShown(True)
    spin.setSpecialValueText(" ")
    spin.setValue(0)
    return spin


class _StockDialog(FormDialog):
    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo],
                 warehouse: str | None, item: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = {i.code: i for i in items}
        self.warehouse = _combo_of_warehouses(warehouses, warehouse)
        self.item = ItemChooser(ctx.db, items, item)
        self.quantity = _quantity()
        self.unit = QLabel()
        self.unit.setObjectName("muted")
        self.result_booking: stock.Booking | None = None
        self.item.currentTextChanged.connect(self._item_changed)  # chosen, or typed away from a choice

    def current_item(self) -> ItemInfo | None:
        return self.item.current_info()

    def _item_changed(self) -> None:
        info = self.current_item()
        self.unit.setText(texts.label(info.unit) if info else "")

    def _done(self, booking: stock.Booking) -> None:
        self.set_busy(False)
        self.result_booking = booking
        self.accept()


class ReceiveDialog(_StockDialog):
    """Penerimaan: source, reference document, batch and expiry, serial numbers, condition."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo], *,
                 warehouse: str | None = None, item: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, warehouses, items, warehouse, item, parent)
        self.setWindowTitle(self.tr("Penerimaan barang"))
        self.layout_.addWidget(heading(self.tr("Penerimaan barang"),
                                       self.tr("Barang masuk dari Kemensos, Dinsos Provinsi, pengadaan, donatur, "
                                               "atau kembali dari lokasi bencana.")))
        self.source = QComboBox()
        for key, label in SOURCE_LABELS.items():
            self.source.addItem(texts.label(label), key)
        self.sender_name = QLineEdit()
        self.sender_name.setMaxLength(COUNTERPARTY_MAX)  # the limits the service holds to (tagana_app.cleaning)
        self.sender_name.setPlaceholderText(self.tr("mis. Direktorat PSKBA Kemensos RI"))
        self.doc_number = QLineEdit()
        self.doc_number.setMaxLength(DOC_NUMBER_MAX)
        self.doc_number.setPlaceholderText(self.tr("kosongkan untuk nomor otomatis"))
        self.batch = QLineEdit()
        self.batch.setMaxLength(60)
        self.expiry = dates.DateField()  # empty: the date printed on the goods, never assumed
        self.serials = QPlainTextEdit()
        self.serials.setPlaceholderText(self.tr("satu nomor seri per baris"))
        self.serials.setFixedHeight(70)
        self.condition = QComboBox()
        for c in CONDITIONS:
            self.condition.addItem(texts.label(c), c)
        self.form.addRow(self.tr("Gudang"), self.warehouse)
        self.form.addRow(self.tr("Barang"), self.item)
        self.form.addRow(self.tr("Jumlah"), self.quantity)
        self.form.addRow(self.tr("Satuan"), self.unit)
        self.form.addRow(self.tr("Sumber"), self.source)
        self.form.addRow(self.tr("Pengirim"), self.sender_name)
        self.form.addRow(self.tr("Nomor dokumen"), self.doc_number)
        self.form.addRow(self.tr("Batch"), self.batch)
        self.form.addRow(self.tr("Kedaluwarsa"), self.expiry)
        self.form.addRow(self.tr("Nomor seri"), self.serials)
        self.form.addRow(self.tr("Kondisi"), self.condition)
        self.ok_button.setText(self.tr("Simpan penerimaan"))
        self.finish_layout()
        self.setMinimumWidth(520)
        self.item.unitScanned.connect(self._unit_scanned)
        self._item_changed()

    def _unit_scanned(self, _item: str, serial: str) -> None:
        """A unit's label scanned into the item field (a unit coming back): its serial is added."""
        if serial not in self.serial_list():
            self.serials.appendPlainText(serial)
        self.quantity.setValue(len(self.serial_list()))

    def _item_changed(self) -> None:
        super()._item_changed()
        info = self.current_item()
        self.expiry.setEnabled(bool(info and info.expires))
        self.batch.setEnabled(bool(info and not info.serialized))
        self.serials.setEnabled(bool(info and info.serialized))

    def serial_list(self) -> tuple[str, ...]:
        """The serials typed or scanned, one a line (a scanned label "U:ITEM:SERIAL" counts as its serial)."""
        found = []
        for line in self.serials.toPlainText().replace(",", "\n").splitlines():
            scanned = parse_scan(line)
            if scanned is not None:
                found.append(scanned.serial or scanned.item if scanned.is_unit else line.strip())
        return tuple(found)

    def validate(self) -> ReceiveLine | None:
        info = self.current_item()
        qty = self.quantity.value()
        if info is None:
            self.show_error(self.tr("Barang: pilih barang dari katalog, atau ketik/pindai kodenya lalu Enter."),
                            self.item)
            return None
        if qty <= 0:
            self.show_error(self.tr("Jumlah: isikan jumlah yang diterima (lebih dari nol)."), self.quantity)
            return None
        expiry = None
        if info.expires:
            if not self.batch.text().strip():
                self.show_error(self.tr("Batch: isikan kode batch yang tertera pada kemasan {item}.").format(
                    item=info.name), self.batch)
                return None
            expiry = self.expiry.value()
            if expiry is None:
                self.show_error(self.tr("Kedaluwarsa: isikan tanggal kedaluwarsa yang tertera pada kemasan "
                                        "{item}.").format(item=info.name), self.expiry)
                return None
            if expiry <= clock.today():
                self.show_error(self.tr("Kedaluwarsa: tanggal {date} sudah lewat.").format(
                    date=indonesian.short_date(expiry)), self.expiry)
                return None
        serials = self.serial_list() if info.serialized else ()
        if info.serialized and len(serials) != qty:
            self.show_error(self.tr("Nomor seri: {item} bernomor seri, isikan {qty} nomor seri (sekarang "
                                    "{given}).").format(item=info.name, qty=qty, given=len(serials)), self.serials)
            return None
        if info.serialized and len(set(serials)) != len(serials):
            self.show_error(self.tr("Nomor seri: ada nomor seri yang ditulis dua kali."), self.serials)
            return None
        return ReceiveLine(info.code, qty, self.batch.text().strip() if not info.serialized else "", expiry, serials,
                           self.condition.currentData())

    def submit(self) -> None:
        line = self.validate()
        if line is None:
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, stock.receive_goods, self.warehouse.currentData(), [line],
                  source=self.source.currentData(), sender=self.sender_name.text().strip(),
                  doc_number=self.doc_number.text().strip() or None,
                  on_success=self._done, on_error=self.failed)


class IssueDialog(_StockDialog):
    """Pengeluaran to a named recipient; more than is on hand is refused before anything is written."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo], *,
                 warehouse: str | None = None, item: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, warehouses, items, warehouse, item, parent)
        self.setWindowTitle(self.tr("Pengeluaran barang"))
        self.layout_.addWidget(heading(self.tr("Pengeluaran barang"),
                                       self.tr("Barang habis pakai diambil dari batch yang paling awal kedaluwarsa; "
                                               "peralatan keluar sebagai pinjaman.")))
        self.available: int | None = None
        self.available_label = QLabel()
        self.available_label.setObjectName("muted")
        self.recipient = QLineEdit()
        self.recipient.setMaxLength(COUNTERPARTY_MAX)
        self.recipient.setPlaceholderText(self.tr("mis. Posko Banjir Desa ..., Kepala Desa"))
        self.doc_number = QLineEdit()
        self.doc_number.setMaxLength(DOC_NUMBER_MAX)
        self.doc_number.setPlaceholderText(self.tr("kosongkan untuk nomor otomatis"))
        self.remarks = QLineEdit()
        self.serials = QLineEdit()
        self.serials.setPlaceholderText(self.tr("kosongkan untuk dipilih otomatis; pindai label unit"))
        self.form.addRow(self.tr("Gudang"), self.warehouse)
        self.form.addRow(self.tr("Barang"), self.item)
        self.form.addRow(self.tr("Tersedia"), self.available_label)
        self.form.addRow(self.tr("Jumlah"), self.quantity)
        self.form.addRow(self.tr("Satuan"), self.unit)
        self.form.addRow(self.tr("Nomor seri"), self.serials)
        self.form.addRow(self.tr("Penerima"), self.recipient)
        self.form.addRow(self.tr("Nomor dokumen"), self.doc_number)
        self.form.addRow(self.tr("Keterangan"), self.remarks)
        self.ok_button.setText(self.tr("Keluarkan"))
        self.finish_layout()
        self.setMinimumWidth(520)
        self.warehouse.currentIndexChanged.connect(self._load_available)
        self.item.unitScanned.connect(self._unit_scanned)
        self._item_changed()

    def _item_changed(self) -> None:
        super()._item_changed()
        info = self.current_item()
        self.serials.setEnabled(bool(info and info.serialized))
        self._load_available()

    def serial_list(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.serials.text().split(",") if s.strip())

    def _unit_scanned(self, item: str, serial: str) -> None:
        """A unit's label scanned into the item field: that unit goes out (each scan adds one)."""
        if self.item.current_code() != item:
            return
        serials = self.serial_list()
        if serial not in serials:
            serials += (serial,)
        self.serials.setText(", ".join(serials))
        self.quantity.setValue(len(serials))

    def _load_available(self) -> None:
        wh, item = self.warehouse.currentData(), self.item.current_code()
        self.available = None
        if not wh or not item:
            self.available_label.setText("")
            return
        self.available_label.setText(self.tr("memeriksa..."))
        ops.read(self.ctx.db, self, queries.available_for, wh, item,
                 on_success=lambda n, key=(wh, item): self._available_arrived(key, n))

    def _available_arrived(self, key: tuple[str, str], n: int) -> None:
        if key != (self.warehouse.currentData(), self.item.current_code()):
            return  # the choice changed meanwhile
        info = self.current_item()
        self.available = n
        self.available_label.setText(f"{indonesian.quantity(n)} {texts.label(info.unit) if info else ''}")

    def validate(self) -> IssueLine | None:
        info = self.current_item()
        qty = self.quantity.value()
        if info is None:
            self.show_error(self.tr("Barang: pilih barang dari katalog, atau ketik/pindai kodenya lalu Enter."),
                            self.item)
            return None
        if qty <= 0:
            self.show_error(self.tr("Jumlah: isikan jumlah yang dikeluarkan (lebih dari nol)."), self.quantity)
            return None
        if not self.recipient.text().strip():
            self.show_error(self.tr("Penerima: isikan penerima barang."), self.recipient)
            return None
        if self.available is not None and qty > self.available:
            refusal = InsufficientStock(item=f"{info.name} ({info.code})", warehouse=self.warehouse.currentText(),
                                        available=indonesian.quantity(self.available),
                                        requested=indonesian.quantity(qty), unit=info.unit)
            self.failed(refusal)
            self.quantity.setFocus()
            return None
        serials = self.serial_list() if info.serialized else ()
        if serials and len(serials) != qty:
            self.show_error(self.tr("Nomor seri: isikan {qty} nomor seri, atau kosongkan (sekarang {given}).").format(
                qty=qty, given=len(serials)), self.serials)
            return None
        return IssueLine(info.code, qty, serials=serials)

    def submit(self) -> None:
        line = self.validate()
        if line is None:
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, stock.issue_goods, self.warehouse.currentData(), [line],
                  recipient=self.recipient.text().strip(), doc_number=self.doc_number.text().strip() or None,
                  remarks=self.remarks.text().strip(), on_success=self._done,
                  on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.failed(exc)
        self._load_available()  # someone else may have taken stock meanwhile
