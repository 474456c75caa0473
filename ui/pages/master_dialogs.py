"""The dialogs of "Data induk": an item (with barcodes, pack sizes and minimum per warehouse), a
warehouse, a kit and a unit.  Each writes once through ``ui.ops``; a refusal is shown in the dialog
and the focus goes to the field it names (the service's ``where``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deployment.dispatch import kits
from deployment.dispatch.models import KIT_BASES
from inventory import catalog, catalog_edit
from inventory.catalog import ITEM_KIND_LABELS, WAREHOUSE_KIND_LABELS, ItemInfo, WarehouseInfo
from inventory.models import WAREHOUSE_KINDS
from tagana_app import indonesian, settings
from tagana_app.errors import TaganaError
from tagana_app.quantities import MAX_QUANTITY
from ui import ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.table_view import setup_table


def spin(value: int = 0, minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    box.setRange(minimum, MAX_QUANTITY)
    box.setGroupSeparatorShown(True)
    box.setValue(value)
    return box


def _small_table(headers: list[str], height: int = 110) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    setup_table(table, stretch=0)
    table.setFixedHeight(height)
    return table


class _EnterAdds(QObject):
    """Return in a field runs ``add`` (a scanner types the code and Enter) instead of the dialog's button."""

    def __init__(self, field: QLineEdit, add: Any) -> None:
        super().__init__(field)
        self._add = add
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add()
            return True
        return False


class _EnterChooses(QObject):
    """Return in an editable item combo chooses the item typed (or scanned) and moves on to ``then``; it
    never reaches the dialog's button."""

    def __init__(self, combo: QComboBox, then: QWidget) -> None:
        super().__init__(combo)
        self._combo, self._then = combo, then
        combo.installEventFilter(self)
        if combo.lineEdit() is not None:
            combo.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self._combo.currentText().strip()
            found = self._combo.findText(text, Qt.MatchFlag.MatchFixedString)
            if found < 0:  # a code or a part of the name: the first item that holds it
                found = next((i for i in range(self._combo.count())
                              if self._combo.itemData(i) == text.upper()), -1)
            if found < 0:
                found = self._combo.findText(text, Qt.MatchFlag.MatchContains)
            if found >= 0:
                self._combo.setCurrentIndex(found)
                self._then.setFocus()
            return True
        return False


class _MasterDialog(FormDialog):
    """A form whose refusals move the focus to the field they name."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}
        self.result_value: Any = None

    def refuse(self, text: str, where: str) -> None:
        self.show_error(text)
        self.focus_field(where)

    def focus_field(self, where: str | None) -> None:
        widget = self.fields.get(where or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        if isinstance(exc, TaganaError):
            self.focus_field(exc.fields.get("where"))

    def _done(self, value: Any) -> None:
        self.set_busy(False)
        self.result_value = value
        self.accept()

    def book(self, service: Any, *args: Any, **kwargs: Any) -> ops.Op:
        self.error.hide()
        self.set_busy(True)
        return ops.write(self.ctx, self, service, *args, on_success=self._done, on_error=self.failed, **kwargs)


def _content_text(value: Decimal | None) -> str:
    """5.000 -> "5", 0.600 -> "0,6": the content as an Indonesian person writes it."""
    return "" if value is None else f"{value.normalize():f}".replace(".", ",")


class ItemDialog(_MasterDialog):
    """Add or change an item: name, code, category, unit, kind, expiry and serial rules, need category,
    barcodes, pack sizes and minimum per warehouse."""

    def __init__(self, ctx: AppContext, *, units: list[str], categories: list[str], warehouses: list[WarehouseInfo],
                 detail: catalog_edit.ItemDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        item = detail.item if detail else None
        title = self.tr("Ubah barang") if item else self.tr("Tambah barang")
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, self.tr(
            "Satuan, jenis, kedaluwarsa dan nomor seri tidak dapat diubah lagi setelah barang mempunyai mutasi "
            "stok.") if item else self.tr("Barang baru untuk katalog; kode tidak dapat diubah kemudian.")))
        self.code = QLineEdit(item.code if item else "")
        self.code.setMaxLength(30)
        self.code.setReadOnly(item is not None)
        self.name = QLineEdit(item.name if item else "")
        self.name.setMaxLength(200)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.addItems(categories)
        self.category.setCurrentText(item.category if item else "")
        self.unit = QComboBox()
        shown_units = list(units)
        if item and item.unit not in shown_units:
            shown_units.append(item.unit)  # a deactivated unit still shows on the items kept in it
        for u in shown_units:
            self.unit.addItem(texts.label(u), u)
        self.unit.setCurrentIndex(max(self.unit.findData(item.unit if item else "paket"), 0))
        self.kind = QComboBox()
        for key, label in ITEM_KIND_LABELS.items():
            self.kind.addItem(texts.label(label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind if item else "consumable"), 0))
        self.expires = QCheckBox(self.tr("dicatat per batch dengan tanggal kedaluwarsa"))
        self.expires.setChecked(bool(item and item.expires))
        self.serialized = QCheckBox(self.tr("setiap unit bernomor seri (peralatan)"))
        self.serialized.setChecked(bool(item and item.serialized))
        if detail and detail.has_movements:
            for widget in (self.unit, self.kind, self.expires, self.serialized):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Barang ini sudah mempunyai mutasi stok."))
        self.need = QComboBox()
        self.need.addItem(self.tr("(tidak dihitung untuk kebutuhan tertentu)"), "")
        for key, label in catalog_edit.NEED_CATEGORIES.items():
            self.need.addItem(texts.label(label), key)
        self.need.setCurrentIndex(max(self.need.findData(detail.need_category if detail else ""), 0))
        # How much of the need one unit holds (a 5 kg pack: 5 kg): the estimate counts nothing else.
        self.content = QLineEdit(_content_text(detail.content_per_unit if detail else None))
        self.content.setMaxLength(12)
        self.content.setPlaceholderText(self.tr("kosong = satuan itu sendiri"))
        self.content.setMinimumWidth(self.content.fontMetrics().horizontalAdvance(self.content.placeholderText()) + 24)
        self.content.setToolTip(self.tr("Isi satu satuan barang dalam satuan kebutuhannya, mis. karung beras 5 kg: 5; "
                                        "botol air 600 ml: 0,6; tenda 4 × 4 m: 16."))
        self.content_unit = QLabel()
        self.need.currentIndexChanged.connect(lambda _i: self._need_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self._need_changed())
        content_row = QHBoxLayout()
        content_row.addWidget(self.content)
        content_row.addWidget(self.content_unit)
        content_row.addStretch(1)
        self._need_changed()

        self.barcode = QLineEdit()
        self.barcode.setMaxLength(catalog_edit.BARCODE_MAX)
        self.barcode.setPlaceholderText(self.tr("ketik atau pindai, lalu Enter"))
        _EnterAdds(self.barcode, self.add_barcode)
        self.add_barcode_button = add_barcode = QPushButton(self.tr("Tambah"))
        add_barcode.setAutoDefault(False)
        add_barcode.clicked.connect(self.add_barcode)
        self.barcodes = QListWidget()
        self.barcodes.setFixedHeight(64)
        self.barcodes.addItems(list(detail.barcodes) if detail else [])
        remove_barcode = QPushButton(self.tr("Hapus barcode"))
        remove_barcode.setAutoDefault(False)
        remove_barcode.clicked.connect(lambda: self.barcodes.takeItem(self.barcodes.currentRow()))
        barcode_row = QHBoxLayout()
        barcode_row.addWidget(self.barcode, 1)
        barcode_row.addWidget(add_barcode)
        barcode_list = QHBoxLayout()
        barcode_list.addWidget(self.barcodes, 1)
        barcode_list.addWidget(remove_barcode, 0, Qt.AlignmentFlag.AlignTop)
        barcode_box = QVBoxLayout()
        barcode_box.addLayout(barcode_row)
        barcode_box.addLayout(barcode_list)

        self.pack_name = QLineEdit()
        self.pack_name.setMaxLength(catalog_edit.PACK_NAME_MAX)
        self.pack_name.setPlaceholderText(self.tr("mis. karton"))
        self.pack_contains = spin(0)
        self.pack_contains.setSpecialValueText(self.tr("isi"))  # 0: not filled in yet
        self.pack_contains.setToolTip(self.tr("Berapa satuan barang dalam satu kemasan"))
        _EnterAdds(self.pack_name, self.add_pack)
        self.add_pack_button = add_pack = QPushButton(self.tr("Tambah kemasan"))
        add_pack.setAutoDefault(False)
        add_pack.clicked.connect(self.add_pack)
        self.packs = _small_table([self.tr("Kemasan"), self.tr("Isi")], 84)
        self.packs.setColumnWidth(1, 120)
        for p in detail.packs if detail else ():
            self._pack_row(p.name, p.contains)
        remove_pack = QPushButton(self.tr("Hapus kemasan"))
        remove_pack.setAutoDefault(False)
        remove_pack.clicked.connect(lambda: self.packs.removeRow(self.packs.currentRow()))
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.pack_name, 1)
        pack_row.addWidget(self.pack_contains)
        pack_row.addWidget(add_pack)
        pack_list = QHBoxLayout()
        pack_list.addWidget(self.packs, 1)
        pack_list.addWidget(remove_pack, 0, Qt.AlignmentFlag.AlignTop)
        pack_box = QVBoxLayout()
        pack_box.addLayout(pack_row)
        pack_box.addLayout(pack_list)

        self.minimums = _small_table([self.tr("Gudang"), self.tr("Stok"), self.tr("Minimum")], 110)
        self.minimums.setColumnWidth(1, 110)
        self.minimums.setColumnWidth(2, 120)
        self._minimum_start: dict[str, int] = {}
        known = {m.warehouse: m for m in detail.minimums} if detail else {}
        for w in warehouses:
            row = self.minimums.rowCount()
            self.minimums.insertRow(row)
            cell = QTableWidgetItem(f"{w.name} ({w.code})")
            cell.setData(Qt.ItemDataRole.UserRole, w.code)
            self.minimums.setItem(row, 0, cell)
            line = known.get(w.code)
            stock = QTableWidgetItem(indonesian.quantity(line.on_hand if line else 0))
            stock.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.minimums.setItem(row, 1, stock)
            self._minimum_start[w.code] = line.minimum if line else 0
            self.minimums.setCellWidget(row, 2, spin(self._minimum_start[w.code]))

        for where, widget in (("code", self.code), ("name", self.name), ("category", self.category),
                              ("unit", self.unit), ("kind", self.kind), ("expires", self.expires),
                              ("serialized", self.serialized), ("need_category", self.need),
                              ("content_per_unit", self.content),
                              ("barcode", self.barcode), ("pack", self.pack_name), ("minimum", self.minimums)):
            self.fields[where] = widget
        self.form.addRow(self.tr("Kode barang"), self.code)
        self.form.addRow(self.tr("Nama barang"), self.name)
        self.form.addRow(self.tr("Kategori"), self.category)
        self.form.addRow(self.tr("Satuan"), self.unit)
        self.form.addRow(self.tr("Jenis"), self.kind)
        self.form.addRow("", self.expires)
        self.form.addRow("", self.serialized)
        self.form.addRow(self.tr("Kategori kebutuhan"), self.need)
        self.form.addRow(self.tr("Isi per satuan"), content_row)
        self.form.addRow(self.tr("Barcode"), barcode_box)
        self.form.addRow(self.tr("Kemasan"), pack_box)
        self.form.addRow(self.tr("Stok minimum"), self.minimums)
        self.ok_button.setText(self.tr("Simpan barang"))
        self.finish_layout()
        self.setMinimumWidth(720)
        (self.name if item else self.code).setFocus()

    def _need_changed(self) -> None:
        need = self.need.currentData() or ""
        self.content.setEnabled(bool(need))
        unit = catalog_edit.NEED_UNITS.get(need, "")
        self.content_unit.setText(self.tr("{unit} per {item_unit}").format(
            unit=texts.label(unit), item_unit=texts.label(self.unit.currentData() or "")) if need else "")

    # --- lists in the dialog ----------------------------------------------------------------------------

    def barcode_list(self) -> list[str]:
        return [self.barcodes.item(i).text() for i in range(self.barcodes.count())]

    def add_barcode(self) -> None:
        code = self.barcode.text().strip()
        if not code:
            return
        if code in self.barcode_list():
            self.refuse(self.tr("Barcode {code} sudah ada di daftar.").format(code=code), "barcode")
            return
        self.barcodes.addItem(code)
        self.barcode.clear()
        self.error.hide()

    def _pack_row(self, name: str, contains: int) -> None:
        row = self.packs.rowCount()
        self.packs.insertRow(row)
        self.packs.setItem(row, 0, QTableWidgetItem(name))
        count = QTableWidgetItem(str(contains))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.packs.setItem(row, 1, count)

    def pack_list(self) -> list[tuple[str, int]]:
        return [(self.packs.item(r, 0).text(), int(self.packs.item(r, 1).text())) for r in range(self.packs.rowCount())]

    def add_pack(self) -> None:
        name = " ".join(self.pack_name.text().split()).lower()
        if not name:
            self.refuse(self.tr("Tulis nama kemasan, mis. karton."), "pack")
            return
        if self.pack_contains.value() < 2:
            self.refuse(self.tr("Kemasan {pack} harus berisi lebih dari 1 {unit}.").format(
                pack=name, unit=texts.label(self.unit.currentData())), "pack")
            self.pack_contains.setFocus()
            self.pack_contains.selectAll()
            return
        if name in {n for n, _ in self.pack_list()}:
            self.refuse(self.tr("Kemasan {pack} sudah ada di daftar.").format(pack=name), "pack")
            return
        self._pack_row(name, self.pack_contains.value())
        self.pack_name.clear()
        self.pack_contains.setValue(0)
        self.error.hide()

    def minimum_changes(self) -> dict[str, int]:
        changed = {}
        for row in range(self.minimums.rowCount()):
            code = self.minimums.item(row, 0).data(Qt.ItemDataRole.UserRole)
            value = self.minimums.cellWidget(row, 2).value()
            if value != self._minimum_start[code]:
                changed[code] = value
        return changed

    def submit(self) -> None:
        if not self.code.text().strip():
            self.refuse(self.tr("Kode barang wajib diisi."), "code")
            return
        if not self.name.text().strip():
            self.refuse(self.tr("Nama barang wajib diisi."), "name")
            return
        if self.barcode.text().strip():  # typed but not added yet: it counts
            self.add_barcode()
        self.book(catalog_edit.save_item, self.code.text().strip(), new=self.detail is None,
                   name=self.name.text(), category=self.category.currentText(), unit=self.unit.currentData(),
                   kind=self.kind.currentData(), expires=self.expires.isChecked(),
                   serialized=self.serialized.isChecked(), need_category=self.need.currentData(),
                   content_per_unit=self.content.text() if self.need.currentData() else "",
                   barcodes=self.barcode_list(), packs=self.pack_list(), minimums=self.minimum_changes())


class WarehouseDialog(_MasterDialog):
    def __init__(self, ctx: AppContext, *, warehouse: WarehouseInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.warehouse = warehouse
        title = self.tr("Ubah gudang") if warehouse else self.tr("Tambah gudang")
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, self.tr("Gudang kabupaten/kota, gudang provinsi, lumbung sosial atau "
                                                      "posko, dengan penanggung jawabnya.")))
        self.code = QLineEdit(warehouse.code if warehouse else "")
        self.code.setMaxLength(30)
        self.code.setReadOnly(warehouse is not None)
        self.name = QLineEdit(warehouse.name if warehouse else "")
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for key, label in WAREHOUSE_KIND_LABELS.items():
            self.kind.addItem(texts.label(label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(warehouse.kind if warehouse else WAREHOUSE_KINDS[0]), 0))
        self.region = QLineEdit(warehouse.region_code if warehouse else "")
        self.region.setPlaceholderText(self.tr("kode wilayah Kemendagri, mis. 17.09"))
        self.address = QLineEdit(warehouse.address if warehouse else "")
        self.address.setMaxLength(300)
        self.person = QLineEdit(warehouse.person_in_charge if warehouse else "")
        self.person.setMaxLength(200)
        self.needs_emergency = EmergencyCheck(ctx, self.kind, warehouse)
        self.fields.update(code=self.code, name=self.name, kind=self.kind, region=self.region,
                           address=self.address, person_in_charge=self.person)
        self.form.addRow(self.tr("Kode gudang"), self.code)
        self.form.addRow(self.tr("Nama gudang"), self.name)
        self.form.addRow(self.tr("Jenis"), self.kind)
        self.form.addRow(self.tr("Kode wilayah"), self.region)
        self.form.addRow(self.tr("Alamat"), self.address)
        self.form.addRow(self.tr("Penanggung jawab"), self.person)
        self.form.addRow("", self.needs_emergency)
        self.ok_button.setText(self.tr("Simpan gudang"))
        self.finish_layout()
        self.setMinimumWidth(560)
        (self.name if warehouse else self.code).setFocus()

    def submit(self) -> None:
        for where, widget, text in (("code", self.code, self.tr("Kode gudang wajib diisi.")),
                                    ("name", self.name, self.tr("Nama gudang wajib diisi.")),
                                    ("region", self.region, self.tr("Kode wilayah wajib diisi."))):
            if not widget.text().strip():
                self.refuse(text, where)
                return
        if self.warehouse is None:
            self.book(catalog.add_warehouse, self.code.text(), self.name.text(), self.region.text().strip(),
                       kind=self.kind.currentData(), address=self.address.text(), person_in_charge=self.person.text(),
                       needs_emergency=self.needs_emergency.isChecked())
        else:
            self.book(catalog_edit.update_warehouse, self.warehouse.code, name=self.name.text(),
                       kind=self.kind.currentData(), region=self.region.text().strip(), address=self.address.text(),
                       person_in_charge=self.person.text(), needs_emergency=self.needs_emergency.isChecked())


class EmergencyCheck(QCheckBox):
    """"Perlu status darurat untuk mengeluarkan": a new warehouse's box follows its kind (on for a lumbung
    sosial, for the other kinds as the office's setting says) until the person ticks it themselves."""

    def __init__(self, ctx: AppContext, kind: QComboBox, warehouse: WarehouseInfo | None) -> None:
        super().__init__()
        self.setText(self.tr("Perlu status darurat untuk mengeluarkan"))
        self.setToolTip(self.tr("Barang hanya keluar untuk kejadian yang berstatus siaga darurat, tanggap darurat "
                                "atau transisi dengan SK, atau dengan izin pejabat."))
        self.kind, self.others, self.touched = kind, False, warehouse is not None
        if warehouse is not None:
            self.setChecked(warehouse.needs_emergency)
            return
        self.clicked.connect(self._touch)
        kind.currentIndexChanged.connect(self._follow)
        self._follow()
        ops.read(ctx.db, self, settings.get_office, settings.EMERGENCY_FOR_OTHER_WAREHOUSES,
                 on_success=self._setting)

    def _touch(self) -> None:
        self.touched = True

    def _setting(self, others: bool) -> None:
        self.others = bool(others)
        self._follow()

    def _follow(self) -> None:
        if not self.touched:
            self.setChecked(self.kind.currentData() == "lumbung" or self.others)


class KitDialog(_MasterDialog):
    """A kit: code, name, basis (per household, per person, fixed) and its named lines."""

    def __init__(self, ctx: AppContext, *, items: list[ItemInfo], kit: kits.KitInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kit = kit
        self.items = items
        title = self.tr("Ubah paket bantuan") if kit else self.tr("Tambah paket bantuan")
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, self.tr(
            "Setiap baris: jumlah barang untuk setiap 'per' KK atau jiwa (dibulatkan ke atas), mis. beras 4 kg "
            "per 10 jiwa.")))
        self.code = QLineEdit(kit.code if kit else "")
        self.code.setMaxLength(30)
        self.code.setReadOnly(kit is not None)
        self.name = QLineEdit(kit.name if kit else "")
        self.name.setMaxLength(200)
        self.basis = QComboBox()
        for key, label in KIT_BASES.items():
            self.basis.addItem(texts.label(label), key)
        self.basis.setCurrentIndex(max(self.basis.findData(kit.basis if kit else "kk"), 0))
        self.description = QLineEdit(kit.description if kit else "")
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("Barang"), self.tr("Jumlah"), self.tr("Per (KK/jiwa)")])
        setup_table(self.lines, stretch=0)
        self.lines.setMinimumHeight(160)
        self.lines.setColumnWidth(1, 110)
        self.lines.setColumnWidth(2, 120)
        for line in kit.lines if kit else ():
            self.add_line(line.item, line.quantity, line.per, name=line.item_name)
        self.add_line_button = add = QPushButton(self.tr("Tambah baris"))
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("Hapus baris"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.lines.removeRow(self.lines.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.lines)
        box.addLayout(buttons)
        self.fields.update(code=self.code, name=self.name, basis=self.basis, lines=self.lines)
        self.form.addRow(self.tr("Kode paket"), self.code)
        self.form.addRow(self.tr("Nama paket"), self.name)
        self.form.addRow(self.tr("Dasar"), self.basis)
        self.form.addRow(self.tr("Keterangan"), self.description)
        self.form.addRow(self.tr("Isi paket"), box)
        self.ok_button.setText(self.tr("Simpan paket"))
        self.finish_layout()
        self.setMinimumWidth(640)
        (self.name if kit else self.code).setFocus()

    def add_line(self, item: str | None = None, quantity: int = 1, per: int = 1, *, name: str = "") -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for i in self.items:
            combo.addItem(f"{i.name} ({i.code})", i.code)
        if item is not None and combo.findData(item) < 0:
            # an item deactivated since stays on the kit until the line is changed
            combo.addItem(self.tr("{name} ({code}), nonaktif").format(name=name or item, code=item), item)
        combo.setCurrentIndex(max(combo.findData(item), 0) if item else -1)
        quantity_box, per_box = spin(quantity, 1), spin(per, 1)
        _EnterChooses(combo, quantity_box)
        self.lines.setCellWidget(row, 0, combo)
        self.lines.setCellWidget(row, 1, quantity_box)
        self.lines.setCellWidget(row, 2, per_box)
        self.lines.setCurrentCell(row, 0)
        return row

    def line_inputs(self) -> list[kits.KitLineInput] | None:
        result = []
        for row in range(self.lines.rowCount()):
            combo = self.lines.cellWidget(row, 0)
            if combo.currentData() is None or combo.currentIndex() < 0:
                self.refuse(self.tr("Baris {row}: pilih barang dari katalog.").format(row=row + 1), "lines")
                combo.setFocus()
                return None
            result.append(kits.KitLineInput(combo.currentData(), self.lines.cellWidget(row, 1).value(),
                                            self.lines.cellWidget(row, 2).value()))
        return result

    def submit(self) -> None:
        if not self.code.text().strip():
            self.refuse(self.tr("Kode paket wajib diisi."), "code")
            return
        if not self.name.text().strip():
            self.refuse(self.tr("Nama paket wajib diisi."), "name")
            return
        lines = self.line_inputs()
        if lines is None:
            return
        if self.kit is None:
            self.book(kits.create_kit, self.code.text(), self.name.text(), self.basis.currentData(), lines,
                       description=self.description.text())
        else:
            self.book(kits.update_kit, self.kit.code, name=self.name.text(), basis=self.basis.currentData(),
                       lines=lines, description=self.description.text())


class UnitDialog(_MasterDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Tambah satuan"))
        self.layout_.addWidget(heading(self.tr("Tambah satuan"), self.tr(
            "Satuan baru dapat dipilih untuk barang baru, mis. jeriken atau tabung.")))
        self.code = QLineEdit()
        self.code.setMaxLength(catalog_edit.UNIT_MAX)
        self.fields["unit"] = self.code
        self.form.addRow(self.tr("Satuan"), self.code)
        self.ok_button.setText(self.tr("Tambah satuan"))
        self.finish_layout()
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if not self.code.text().strip():
            self.refuse(self.tr("Tulis nama satuan."), "unit")
            return
        self.book(catalog_edit.add_unit, self.code.text())
