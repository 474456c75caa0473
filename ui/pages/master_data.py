"""The "Data induk" page: items, warehouses, kits and units the office keeps itself.

Each tab is a table with "Tambah...", "Ubah..." and "Nonaktifkan" (or "Aktifkan kembali"); a
deactivated item or warehouse stays in the table (greyed, status "nonaktif") and in history and
reports, but is not offered for new documents.  Kits are templates: "Hapus" removes one (the
dispatches made with it keep their lines)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deployment.dispatch import kits
from deployment.permissions import can_manage_kits
from inventory import catalog, catalog_edit
from inventory.catalog import ITEM_KIND_LABELS, WAREHOUSE_KIND_LABELS
from inventory.permissions import can_manage_catalogue, can_manage_units
from tagana_app import indonesian
from ui import dialogs, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.master_dialogs import ItemDialog, KitDialog, UnitDialog, WarehouseDialog
from ui.table_view import setup_table

INACTIVE = QColor("#8a8f98")


def _read_all(session: Any) -> dict[str, Any]:
    return {"items": catalog_edit.item_rows(session), "warehouses": catalog.list_warehouses(session, include_inactive=True),
            "kits": kits.list_kits(session), "units": catalog_edit.list_units(session),
            "active_items": catalog.list_items(session), "categories": catalog.categories(session),
            "unit_codes": catalog.unit_codes(session)}


def _fill(table: QTableWidget, rows: list[tuple[str, bool, list[str]]]) -> None:
    """Rows of (key, active, cells); the key rides on the first cell, inactive rows are grey."""
    current = table.currentRow()
    key = table.item(current, 0).data(Qt.ItemDataRole.UserRole) if current >= 0 and table.item(current, 0) else None
    table.setRowCount(len(rows))
    for r, (row_key, active, cells) in enumerate(rows):
        for c, value in enumerate(cells):
            cell = QTableWidgetItem(value)
            if c == 0:
                cell.setData(Qt.ItemDataRole.UserRole, row_key)
                cell.setData(Qt.ItemDataRole.UserRole + 1, active)
            if not active:
                cell.setForeground(QBrush(INACTIVE))
            table.setItem(r, c, cell)
        if row_key == key:
            table.selectRow(r)


class _Tab(QWidget):
    """A table with its row of buttons."""

    def __init__(self, headers: list[str], widths: dict[int, int], stretch: int) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        setup_table(self.table, stretch=stretch, widths=widths)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)

    def button(self, text: str, slot: Callable[[], Any], *, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(lambda: slot())
        self.buttons.addWidget(button)
        return button

    def selected(self) -> tuple[str | None, bool]:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 and self.table.selectionModel().selectedRows() else None
        if cell is None:
            return None, False
        return cell.data(Qt.ItemDataRole.UserRole), bool(cell.data(Qt.ItemDataRole.UserRole + 1))

    def select_key(self, key: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(r)
                return


class MasterDataPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] = {}
        self.item_dialog: ItemDialog | None = None
        self._read = ops.CurrentRead(ctx.db, self)
        may = can_manage_catalogue(ctx.actor)

        self.items = _Tab([self.tr("Kode"), self.tr("Nama barang"), self.tr("Kategori"), self.tr("Satuan"),
                           self.tr("Jenis"), self.tr("Kebutuhan"), self.tr("Kemasan"), self.tr("Barcode"),
                           self.tr("Status")], {0: 70, 2: 130, 3: 70, 4: 140, 5: 100, 6: 130, 7: 120, 8: 60}, 1)
        self.add_item_button = self.items.button(self.tr("Tambah barang..."), self.open_add_item, primary=True)
        self.edit_item_button = self.items.button(self.tr("Ubah..."), self.open_edit_item)
        self.deactivate_item_button = self.items.button(self.tr("Nonaktifkan"), self.toggle_item)
        self.items.buttons.addStretch(1)
        self.items.table.doubleClicked.connect(lambda _i: self.open_edit_item())

        self.warehouses = _Tab([self.tr("Kode"), self.tr("Nama gudang"), self.tr("Jenis"), self.tr("Wilayah"),
                                self.tr("Alamat"), self.tr("Penanggung jawab"), self.tr("Status")],
                               {0: 90, 2: 170, 3: 170, 4: 220, 5: 180, 6: 80}, 1)
        self.add_warehouse_button = self.warehouses.button(self.tr("Tambah gudang..."), self.open_add_warehouse,
                                                           primary=True)
        self.edit_warehouse_button = self.warehouses.button(self.tr("Ubah..."), self.open_edit_warehouse)
        self.deactivate_warehouse_button = self.warehouses.button(self.tr("Nonaktifkan"), self.toggle_warehouse)
        self.warehouses.buttons.addStretch(1)
        self.warehouses.table.doubleClicked.connect(lambda _i: self.open_edit_warehouse())

        self.kits = _Tab([self.tr("Kode"), self.tr("Nama paket"), self.tr("Dasar"), self.tr("Isi")],
                         {0: 100, 1: 220, 2: 160}, 3)
        self.add_kit_button = self.kits.button(self.tr("Tambah paket..."), self.open_add_kit, primary=True)
        self.edit_kit_button = self.kits.button(self.tr("Ubah..."), self.open_edit_kit)
        self.remove_kit_button = self.kits.button(self.tr("Hapus paket"), self.remove_kit)
        self.kits.buttons.addStretch(1)
        self.kits.table.doubleClicked.connect(lambda _i: self.open_edit_kit())

        self.units = _Tab([self.tr("Satuan"), self.tr("Dipakai barang"), self.tr("Status")], {0: 200, 1: 140}, 2)
        self.add_unit_button = self.units.button(self.tr("Tambah satuan..."), self.open_add_unit, primary=True)
        self.deactivate_unit_button = self.units.button(self.tr("Nonaktifkan"), self.deactivate_unit)
        self.units.buttons.addStretch(1)

        for button in (self.add_item_button, self.edit_item_button, self.deactivate_item_button,
                       self.add_warehouse_button, self.edit_warehouse_button, self.deactivate_warehouse_button):
            button.setVisible(may)
        for button in (self.add_kit_button, self.edit_kit_button, self.remove_kit_button):
            button.setVisible(can_manage_kits(ctx.actor))
        for button in (self.add_unit_button, self.deactivate_unit_button):
            button.setVisible(can_manage_units(ctx.actor))
        self.items.table.itemSelectionChanged.connect(self._update_buttons)
        self.warehouses.table.itemSelectionChanged.connect(self._update_buttons)
        self.units.table.itemSelectionChanged.connect(self._update_buttons)
        self.kits.table.itemSelectionChanged.connect(self._update_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.items, self.tr("Barang"))
        self.tabs.addTab(self.warehouses, self.tr("Gudang"))
        self.tabs.addTab(self.kits, self.tr("Paket bantuan"))
        self.tabs.addTab(self.units, self.tr("Satuan"))
        layout = page_layout(self, self.tr("Data induk"), self.tr(
            "Barang (satuan, kemasan, barcode, kategori kebutuhan, stok minimum), gudang dengan penanggung jawabnya, "
            "paket bantuan dan satuan. Data yang dinonaktifkan tetap ada di riwayat dan laporan."))
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    # --- reading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._read.start(_read_all, on_success=self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("stock", "dispatches"):
            self.refresh()

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        active, inactive = self.tr("aktif"), self.tr("nonaktif")
        need = catalog_edit.NEED_CATEGORIES
        _fill(self.items.table, [(i.code, i.active, [
            i.code, i.name, i.category, texts.label(i.unit), texts.label(ITEM_KIND_LABELS[i.kind]),
            texts.label(need[i.need_category]) if i.need_category in need else "", i.packs, i.barcodes,
            active if i.active else inactive]) for i in data["items"]])
        _fill(self.warehouses.table, [(w.code, w.active, [
            w.code, w.name, texts.label(WAREHOUSE_KIND_LABELS.get(w.kind, w.kind)),
            f"{w.region_code} {w.region_name}", w.address, w.person_in_charge, active if w.active else inactive])
            for w in data["warehouses"]])
        per_words = {"kk": self.tr("KK"), "jiwa": self.tr("jiwa")}

        def kit_line(basis: str, x: kits.KitLineInfo) -> str:
            text = f"{x.item_name} {indonesian.quantity(x.quantity)} {texts.label(x.unit)}"
            if x.per != 1 and basis in per_words:
                text += " " + self.tr("per {n} {what}").format(n=indonesian.quantity(x.per), what=per_words[basis])
            return text
        _fill(self.kits.table, [(k.code, True, [k.code, k.name, texts.label(k.basis_label),
                                                "; ".join(kit_line(k.basis, x) for x in k.lines)])
                                for k in data["kits"]])
        _fill(self.units.table, [(u.code, u.active, [texts.label(u.code), indonesian.quantity(u.items),
                                                       active if u.active else inactive]) for u in data["units"]])
        self._update_buttons()

    def _update_buttons(self) -> None:
        key, active = self.items.selected()
        self.edit_item_button.setEnabled(key is not None)
        self.deactivate_item_button.setEnabled(key is not None)
        self.deactivate_item_button.setText(self.tr("Aktifkan kembali") if key and not active else self.tr("Nonaktifkan"))
        key, active = self.warehouses.selected()
        self.edit_warehouse_button.setEnabled(key is not None)
        self.deactivate_warehouse_button.setEnabled(key is not None)
        self.deactivate_warehouse_button.setText(self.tr("Aktifkan kembali") if key and not active
                                                 else self.tr("Nonaktifkan"))
        key, active = self.units.selected()
        self.deactivate_unit_button.setEnabled(bool(key and active))
        key, _active = self.kits.selected()
        self.edit_kit_button.setEnabled(key is not None)
        self.remove_kit_button.setEnabled(key is not None)

    # --- items -------------------------------------------------------------------------------------------

    def _item_dialog(self, detail: catalog_edit.ItemDetail | None) -> ItemDialog:
        dialog = ItemDialog(self.ctx, units=self.data.get("unit_codes", []), categories=self.data.get("categories", []),
                            warehouses=[w for w in self.data.get("warehouses", []) if w.active], detail=detail,
                            parent=self)
        dialog.accepted.connect(lambda: self.items.select_key(dialog.result_value.item.code))
        dialog.open()
        self.item_dialog: ItemDialog | None = dialog  # the one open (item dialogs open after a read)
        dialog.destroyed.connect(self._item_dialog_gone)
        return dialog

    def _item_dialog_gone(self) -> None:
        self.item_dialog = None

    def open_add_item(self) -> ItemDialog | None:
        if not can_manage_catalogue(self.ctx.actor):
            return None
        return self._item_dialog(None)

    def open_edit_item(self) -> ops.Op | None:
        """Reads the item's detail, then opens the dialog (``self.item_dialog``)."""
        key, _active = self.items.selected()
        if key is None or not can_manage_catalogue(self.ctx.actor):
            return None
        return ops.read(self.ctx.db, self, catalog_edit.item_detail, key, on_success=self._item_dialog)

    def toggle_item(self) -> ops.Op | None:
        key, active = self.items.selected()
        if key is None:
            return None
        if not active:
            return ops.write(self.ctx, self, catalog_edit.reactivate_item, key)
        if not dialogs.confirm(self, self.tr("Nonaktifkan barang"), self.tr(
                "Nonaktifkan barang {code}? Barang ini tidak ditawarkan lagi untuk penerimaan, pengeluaran dan paket "
                "baru; stok, riwayat dan laporannya tetap.").format(code=key)):
            return None
        return ops.write(self.ctx, self, catalog_edit.deactivate_item, key, on_success=self._item_deactivated)

    def _item_deactivated(self, done: catalog_edit.ActiveChange) -> None:
        if done.on_hand:
            dialogs.inform(self, self.tr("Barang dinonaktifkan"), self.tr(
                "{name} dinonaktifkan. Stoknya masih {qty} {unit}: tetap tercatat di gudang dan laporan.").format(
                name=done.name, qty=indonesian.quantity(done.on_hand), unit=texts.label(done.unit)))

    # --- warehouses --------------------------------------------------------------------------------------

    def _warehouse(self, code: str | None) -> Any:
        return next((w for w in self.data.get("warehouses", []) if w.code == code), None)

    def open_add_warehouse(self) -> WarehouseDialog | None:
        if not can_manage_catalogue(self.ctx.actor):
            return None
        dialog = WarehouseDialog(self.ctx, parent=self)
        dialog.accepted.connect(lambda: self.warehouses.select_key(dialog.result_value.code))
        dialog.open()
        return dialog

    def open_edit_warehouse(self) -> WarehouseDialog | None:
        found = self._warehouse(self.warehouses.selected()[0])
        if found is None or not can_manage_catalogue(self.ctx.actor):
            return None
        dialog = WarehouseDialog(self.ctx, warehouse=found, parent=self)
        dialog.open()
        return dialog

    def toggle_warehouse(self) -> ops.Op | None:
        key, active = self.warehouses.selected()
        if key is None:
            return None
        if not active:
            return ops.write(self.ctx, self, catalog_edit.reactivate_warehouse, key)
        if not dialogs.confirm(self, self.tr("Nonaktifkan gudang"), self.tr(
                "Nonaktifkan gudang {code}? Gudang ini tidak ditawarkan lagi untuk dokumen baru; riwayatnya "
                "tetap.").format(code=key)):
            return None
        return ops.write(self.ctx, self, catalog_edit.deactivate_warehouse, key)

    # --- kits --------------------------------------------------------------------------------------------

    def open_add_kit(self) -> KitDialog | None:
        if not can_manage_kits(self.ctx.actor):
            return None
        dialog = KitDialog(self.ctx, items=self.data.get("active_items", []), parent=self)
        dialog.accepted.connect(lambda: self.kits.select_key(dialog.result_value.code))
        dialog.open()
        return dialog

    def open_edit_kit(self) -> KitDialog | None:
        key = self.kits.selected()[0]
        found = next((k for k in self.data.get("kits", []) if k.code == key), None)
        if found is None or not can_manage_kits(self.ctx.actor):
            return None
        dialog = KitDialog(self.ctx, items=self.data.get("active_items", []), kit=found, parent=self)
        dialog.open()
        return dialog

    def remove_kit(self) -> ops.Op | None:
        key = self.kits.selected()[0]
        if key is None or not dialogs.confirm(self, self.tr("Hapus paket"), self.tr(
                "Hapus paket {code}? Pengiriman yang sudah memakainya tidak berubah.").format(code=key)):
            return None
        return ops.write(self.ctx, self, kits.remove_kit, key)

    # --- units -------------------------------------------------------------------------------------------

    def open_add_unit(self) -> UnitDialog | None:
        if not can_manage_units(self.ctx.actor):
            return None
        dialog = UnitDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def deactivate_unit(self) -> ops.Op | None:
        key, active = self.units.selected()
        if key is None or not active or not dialogs.confirm(self, self.tr("Nonaktifkan satuan"), self.tr(
                "Satuan {unit} tidak ditawarkan lagi untuk barang baru; barang yang memakainya tetap. "
                "Lanjutkan?").format(unit=key)):
            return None
        return ops.write(self.ctx, self, catalog_edit.deactivate_unit, key)
