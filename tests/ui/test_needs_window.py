"""The needs in the window: the incident's needs tab (needed, available, reserved, missing; rice flour
not counted), a dispatch and a province letter from it, and "Isi per satuan" in the item dialog."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from inventory import catalog, catalog_edit, ledger, stock
from inventory.stock import ReceiveLine
from tagana_app import clock
from tests.deployment.conftest import add_incident
from tests.ui.test_close_dialog import _page, _select, _settled
from ui import ops
from ui.pages.incident_model import NeedsColumn
from ui.pages.master_dialogs import ItemDialog
from ui.pages.needs_dialogs import NeedsDispatchDialog, ProvinceLetterDialog

TODAY = clock.today()


def test_the_needs_tab_shows_reserved_apart_and_what_is_missing(qtbot, make_ctx, db, users, qtmodeltester):  # noqa: ANN001
    g, coord = users["gudang"], users["koordinator"]

    def goods(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos", "17.09")
        catalog.add_item(s, g, "BRS5", "Beras 5 kg", "karung")
        catalog_edit.update_item(s, g, "BRS5", need_category="beras", content_per_unit="5")
        catalog.add_item(s, g, "TPB", "Tepung beras", "kg")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS5", 20), ReceiveLine("TPB", 900)], source="kemensos")
        item = catalog.get_item(s, "BRS5")
        ledger.reserve(s, catalog.get_warehouse(s, "GDG").id, item.id, ledger.empty_batch(s, item.id), 4)
    db.write(goods)
    incident = add_incident(db, coord, start=TODAY - timedelta(days=1), figures={"kk": 30, "pengungsi": 100})
    page = _page(qtbot, make_ctx(coord))
    _select(qtbot, page, incident.number)
    detail = page.detail
    detail.tabs.setCurrentIndex(1)
    # rice: 0.4 × 100 × 3 = 120 kg; 20 packs of 5 kg, 4 of them reserved; the flour not counted
    detail.days.setValue(3)
    _settled(qtbot)
    model = detail.needs
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.row(r).code == "beras")
    cell = lambda column: model.data(model.index(row, column))  # noqa: E731
    assert (cell(NeedsColumn.NEEDED), cell(NeedsColumn.AVAILABLE), cell(NeedsColumn.RESERVED),
            cell(NeedsColumn.SHORT)) == ("120", "80", "20", "40")
    assert "Beras" in detail.needs_short.text()


def test_a_dispatch_and_a_province_letter_from_the_needs_tab(qtbot, make_ctx, db, users):  # noqa: ANN001
    g, coord = users["gudang"], users["koordinator"]

    def goods(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos", "17.09")
        catalog.add_item(s, g, "BRS5", "Beras 5 kg", "karung")
        catalog_edit.update_item(s, g, "BRS5", need_category="beras", content_per_unit="5")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS5", 20)], source="kemensos")
    db.write(goods)
    incident = add_incident(db, coord, start=TODAY - timedelta(days=1), figures={"kk": 30, "pengungsi": 100})
    page = _page(qtbot, make_ctx(coord))
    _select(qtbot, page, incident.number)
    detail = page.detail
    detail.tabs.setCurrentIndex(1)
    detail.days.setValue(3)
    _settled(qtbot)

    qtbot.mouseClick(detail.province_button, Qt.MouseButton.LeftButton)
    letter = detail.findChildren(ProvinceLetterDialog)[-1]
    qtbot.waitUntil(lambda: letter.copy_button.isEnabled())
    assert "Beras: 20 kg" in letter.text.toPlainText()  # 120 kg needed, 100 kg in packs
    qtbot.mouseClick(letter.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == letter.text.toPlainText()
    letter.reject()

    qtbot.mouseClick(detail.needs_dispatch_button, Qt.MouseButton.LeftButton)
    dialog = detail.findChildren(NeedsDispatchDialog)[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "20 karung" and dialog.table.item(0, 3).text() == "100 kg"
    qtbot.keyClicks(dialog.destination, "Posko Balai Desa")
    qtbot.keyClicks(dialog.recipient, "Budi Contoh")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.created is not None and dialog.created.incident == incident.number
    assert [(line.item, line.quantity) for line in dialog.created.lines] == [("BRS5", 20)]


def test_the_item_dialog_keeps_the_content_per_unit(qtbot, make_ctx, db, users):  # noqa: ANN001
    g = users["gudang"]
    db.write(lambda s: catalog.add_item(s, g, "BRS5", "Beras 5 kg", "karung"))
    with db.read() as s:
        detail = catalog_edit.item_detail(s, "BRS5")
    dialog = ItemDialog(make_ctx(g), units=["karung", "kg"], categories=[], warehouses=[], detail=detail)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.content.isEnabled()  # no need category: no content either
    dialog.need.setCurrentIndex(dialog.need.findData("beras"))
    assert dialog.content.isEnabled() and dialog.content_unit.text() == "kg per karung"
    qtbot.keyClicks(dialog.content, "5,5,")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Isi per satuan" in dialog.error.text() and dialog.focusWidget() is dialog.content
    dialog.content.clear()
    qtbot.keyClicks(dialog.content, "5")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy())
    with db.read() as s:
        saved = catalog_edit.item_detail(s, "BRS5")
    assert (saved.need_category, saved.content_per_unit) == ("beras", Decimal("5"))
    again = ItemDialog(make_ctx(g), units=["karung"], categories=[], warehouses=[], detail=saved)
    qtbot.addWidget(again)
    assert again.content.text() == "5"
