"""The "Data induk" page, used as the warehouse clerk and the admin do: items with a pack size and a
barcode, a warehouse with its person in charge, a kit, a unit; refusals shown at the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deployment.dispatch import kits
from inventory import catalog, catalog_edit
from ui import ops
from ui.pages.master_data import MasterDataPage
from ui.pages.master_dialogs import ItemDialog, KitDialog, UnitDialog, WarehouseDialog


@pytest.fixture
def catalogue(db, users):
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "FKT", "Family kit", "paket", category="Sandang")
    db.write(work)


def _page(qtbot, ctx) -> MasterDataPage:  # noqa: ANN001
    page = MasterDataPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: bool(page.data))
    return page


def _select(qtbot, tab, key: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: any(tab.table.item(r, 0).text() == key for r in range(tab.table.rowCount())))
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == key)
    rect = tab.table.visualItemRect(tab.table.item(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected()[0] == key


def _type(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Select what the field holds and type over it, as a person does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _save(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible())
    qtbot.waitUntil(lambda: not ops.busy())


def test_an_item_is_created_with_a_pack_size_and_a_scanned_barcode_then_edited(qtbot, make_ctx, users, catalogue,
                                                                               db):
    page = _page(qtbot, make_ctx(users["gudang"]))
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    dialog = page.item_dialog
    assert isinstance(dialog, ItemDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.code, "mss")
    qtbot.keyClicks(dialog.name, "Makanan siap saji")
    _type(qtbot, dialog.category.lineEdit(), "Pangan")
    dialog.unit.setFocus()
    qtbot.keyClicks(dialog.unit, "paket")
    qtbot.mouseClick(dialog.expires, Qt.MouseButton.LeftButton)
    # the scanner types the barcode and Enter: the code is added, nothing is saved, the dialog stays
    dialog.barcode.setFocus()
    qtbot.keyClicks(dialog.barcode, "8991234567890")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.barcode_list() == ["8991234567890"] and dialog.barcode.text() == ""
    qtbot.keyClicks(dialog.pack_name, "karton")
    _type(qtbot, dialog.pack_contains, "24")
    qtbot.mouseClick(dialog.add_pack_button, Qt.MouseButton.LeftButton)
    assert dialog.pack_list() == [("karton", 24)]
    _type(qtbot, dialog.minimums.cellWidget(0, 2), "100")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    with db.read() as s:
        detail = catalog_edit.item_detail(s, "MSS")
    assert (detail.item.name, detail.item.category, detail.item.unit, detail.item.expires) == (
        "Makanan siap saji", "Pangan", "paket", True)
    assert detail.barcodes == ("8991234567890",) and [(p.name, p.contains) for p in detail.packs] == [("karton", 24)]
    assert [(m.warehouse, m.minimum) for m in detail.minimums] == [("GDG", 100)]

    # edit it: the row is there (chosen after saving), Ubah... reads the item and opens it filled in
    _select(qtbot, page.items, "MSS")
    qtbot.mouseClick(page.edit_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.item_dialog is not dialog and page.item_dialog.isVisible())
    edit = page.item_dialog
    assert edit.code.isReadOnly() and edit.pack_list() == [("karton", 24)]
    _type(qtbot, edit.name, "Makanan siap saji (MRE)")
    edit.need.setFocus()
    qtbot.keyClicks(edit.need, "Beras")
    _save(qtbot, edit)
    with db.read() as s:
        detail = catalog_edit.item_detail(s, "MSS")
    assert detail.item.name == "Makanan siap saji (MRE)" and detail.need_category == "beras"
    qtbot.waitUntil(lambda: any(page.items.table.item(r, 1).text() == "Makanan siap saji (MRE)"
                                for r in range(page.items.table.rowCount())))


def test_a_refusal_is_shown_at_the_field(qtbot, make_ctx, users, catalogue, db):
    db.write(lambda s: catalog_edit.add_barcode(s, users["gudang"], "BRS", "8991000000017"))
    page = _page(qtbot, make_ctx(users["gudang"]))
    _select(qtbot, page.items, "FKT")
    qtbot.mouseClick(page.edit_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "item_dialog", None) is not None and page.item_dialog.isVisible())
    dialog = page.item_dialog
    dialog.barcode.setFocus()
    qtbot.keyClicks(dialog.barcode, "8991000000017")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Enter)
    dialog.name.setFocus()
    _save(qtbot, dialog)
    assert dialog.isVisible() and "sudah dipakai barang BRS (Beras)" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.barcode
    # an empty name is refused before anything is sent, at the name
    _type(qtbot, dialog.name, "")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    _save(qtbot, dialog)
    assert "Nama barang wajib diisi" in dialog.error.text() and QApplication.focusWidget() is dialog.name
    with db.read() as s:
        assert catalog_edit.item_detail(s, "FKT").barcodes == ()


def test_an_item_is_deactivated_after_confirmation_and_no_longer_offered(qtbot, make_ctx, users, catalogue, db,
                                                                         no_modal_dialogs):
    page = _page(qtbot, make_ctx(users["gudang"]))
    _select(qtbot, page.items, "FKT")
    assert page.deactivate_item_button.text() == "Nonaktifkan"
    qtbot.mouseClick(page.deactivate_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy())
    assert no_modal_dialogs[0][0] == "confirm" and "FKT" in no_modal_dialogs[0][1]
    with db.read() as s:
        assert [i.code for i in catalog.list_items(s)] == ["BRS"]  # what the receive and issue dialogs offer
    qtbot.waitUntil(lambda: page.items.table.item(1, 8).text() == "nonaktif")
    _select(qtbot, page.items, "FKT")
    assert page.deactivate_item_button.text() == "Aktifkan kembali"


def test_a_warehouse_is_created_and_its_person_in_charge_changed(qtbot, make_ctx, users, catalogue, db):
    page = _page(qtbot, make_ctx(users["gudang"]))
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_warehouse_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(WarehouseDialog)
    qtbot.keyClicks(dialog.code, "ls-pkl")
    qtbot.keyClicks(dialog.name, "Lumbung Sosial Pondok Kelapa")
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Lumbung")
    qtbot.keyClicks(dialog.region, "99.99")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "99.99" in dialog.error.text()
    _type(qtbot, dialog.region, "17.09.03")
    qtbot.keyClicks(dialog.person, "Rina Marlina")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    _select(qtbot, page.warehouses, "LS-PKL")
    qtbot.mouseClick(page.edit_warehouse_button, Qt.MouseButton.LeftButton)
    edit = next(d for d in page.findChildren(WarehouseDialog) if d.isVisible())
    _type(qtbot, edit.person, "Joko Prasetyo")
    _save(qtbot, edit)
    with db.read() as s:
        w = catalog.get_warehouse(s, "LS-PKL")
        assert (w.kind, w.region_code, w.person_in_charge) == ("lumbung", "17.09.03", "Joko Prasetyo")


def test_a_kit_is_created_and_edited(qtbot, make_ctx, users, catalogue, db):
    page = _page(qtbot, make_ctx(users["gudang"]))
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.add_kit_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(KitDialog)
    qtbot.keyClicks(dialog.code, "pk-kel")
    qtbot.keyClicks(dialog.name, "Paket keluarga")
    for item, quantity, per in (("Family kit (FKT)", "1", "1"), ("Beras (BRS)", "4", "1")):
        qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
        row = dialog.lines.rowCount() - 1
        combo = dialog.lines.cellWidget(row, 0)
        _type(qtbot, combo.lineEdit(), item)
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        _type(qtbot, dialog.lines.cellWidget(row, 1), quantity)
        _type(qtbot, dialog.lines.cellWidget(row, 2), per)
    assert dialog.isVisible()
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    with db.read() as s:
        kit = kits.get_kit(s, "PK-KEL")
    assert (kit.basis, [(x.item, x.quantity, x.per) for x in kit.lines]) == ("kk", [("FKT", 1, 1), ("BRS", 4, 1)])

    _select(qtbot, page.kits, "PK-KEL")
    qtbot.mouseClick(page.edit_kit_button, Qt.MouseButton.LeftButton)
    edit = next(d for d in page.findChildren(KitDialog) if d.isVisible())
    edit.basis.setFocus()
    qtbot.keyClicks(edit.basis, "per jiwa")
    _type(qtbot, edit.lines.cellWidget(1, 1), "4")
    _type(qtbot, edit.lines.cellWidget(1, 2), "10")
    _save(qtbot, edit)
    with db.read() as s:
        kit = kits.get_kit(s, "PK-KEL")
    assert (kit.basis, [(x.item, x.quantity, x.per) for x in kit.lines]) == ("jiwa", [("FKT", 1, 1), ("BRS", 4, 10)])


def test_only_the_admin_adds_units(qtbot, make_ctx, users, catalogue, db):
    page = _page(qtbot, make_ctx(users["gudang"]))
    assert not page.add_unit_button.isVisibleTo(page) and page.add_item_button.isVisibleTo(page)
    admin_page = _page(qtbot, make_ctx(users["admin"]))
    admin_page.tabs.setCurrentIndex(3)
    qtbot.mouseClick(admin_page.add_unit_button, Qt.MouseButton.LeftButton)
    dialog = admin_page.findChild(UnitDialog)
    qtbot.keyClicks(dialog.code, "jeriken")
    _save(qtbot, dialog)
    with db.read() as s:
        assert "jeriken" in catalog.unit_codes(s)
    viewer = _page(qtbot, make_ctx(users["pemantau"]))
    assert not viewer.add_item_button.isVisibleTo(viewer) and not viewer.add_kit_button.isVisibleTo(viewer)


def test_the_stock_page_offers_no_deactivated_item_or_warehouse(qtbot, make_ctx, users, catalogue, db):
    from PySide6.QtCore import Qt
    from sqlalchemy import func, select

    from inventory.models import StockMovement
    from ui.pages.stock import StockPage
    from ui.pages.stock_documents import ReceiptDialog

    g = users["gudang"]
    db.write(lambda s: catalog.add_warehouse(s, g, "LS1", "Lumbung Sosial Karang Tinggi", "17.09.01", kind="lumbung"))
    db.write(lambda s: catalog_edit.deactivate_item(s, g, "FKT"))
    db.write(lambda s: catalog_edit.deactivate_warehouse(s, g, "LS1"))
    page = StockPage(make_ctx(g))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.choices["items"]))
    for dialog in (page.open_receive(), page.open_issue()):
        qtbot.addWidget(dialog)
        assert [dialog.warehouse.itemData(i) for i in range(dialog.warehouse.count())] == ["GDG"]
    receipt = page.findChild(ReceiptDialog)
    # typed into a receipt's line, the deactivated item is refused at its cell; nothing is booked
    receipt.table.model.set_value(0, "item", "FKT")
    receipt.table.model.set_value(0, "qty", "5")
    receipt.table.look_up([0])
    qtbot.waitUntil(lambda: receipt.table.model.rows[0].info is not None)
    qtbot.mouseClick(receipt.check_button, Qt.MouseButton.LeftButton)
    assert "dinonaktifkan" in receipt.table.status.text()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMovement)) == 0
    assert page.warehouse.findData("LS1") < 0
