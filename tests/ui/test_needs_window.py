"""The needs in the window: the incident's needs tab (needed, available, reserved, missing; rice flour
not counted), a dispatch and a province letter from it, and "Isi per satuan" in the item dialog."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from inventory import catalog, catalog_edit, ledger, stock
from inventory.stock import ReceiveLine
from tagana_app import clock
from tests.deployment.conftest import add_incident
from tests.ui.test_incidents_page import _page, _settled, _show
from ui import ops
from ui.pages.incident_model import NeedsColumn
from ui.pages.master_dialogs import ItemDialog
from ui.pages.needs_dialogs import NeedsDispatchDialog, ProvinceLetterDialog

TODAY = clock.today()


@pytest.fixture
def needs_tab(qtbot, make_ctx, db, users):  # noqa: ANN001, ANN201
    """20 sacks of 5 kg rice (4 of them reserved) and 900 kg of rice flour; an incident with 100 displaced
    in 30 KK, its needs tab open for 3 days (rice: 0.4 × 100 × 3 = 120 kg)."""
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
    page = _page(qtbot, make_ctx, coord)
    _show(qtbot, page, incident.number)
    page.detail.tabs.setCurrentIndex(1)
    page.detail.days.setValue(3)
    _settled(qtbot)
    return page, incident.number  # the page kept: its detail goes with it


def test_the_needs_tab_shows_reserved_apart_and_what_is_missing(qtbot, needs_tab, qtmodeltester):  # noqa: ANN001
    detail = needs_tab[0].detail
    model = detail.needs
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.row(r).code == "beras")
    cell = lambda column: model.data(model.index(row, column))  # noqa: E731
    # 16 free sacks = 80 kg, 4 reserved = 20 kg apart; the flour is not counted
    assert (cell(NeedsColumn.NEEDED), cell(NeedsColumn.AVAILABLE), cell(NeedsColumn.RESERVED),
            cell(NeedsColumn.SHORT)) == ("120", "80", "20", "40")
    assert "Beras" in detail.needs_short.text()


def test_a_dispatch_and_a_province_letter_from_the_needs_tab(qtbot, needs_tab):  # noqa: ANN001
    page, number = needs_tab
    detail = page.detail
    qtbot.mouseClick(detail.province_button, Qt.MouseButton.LeftButton)
    letter = detail.findChildren(ProvinceLetterDialog)[-1]
    qtbot.waitUntil(lambda: letter.copy_button.isEnabled())
    assert "Beras: 40 kg (kebutuhan 120, tersedia 80)" in letter.text.toPlainText()
    qtbot.mouseClick(letter.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == letter.text.toPlainText()
    letter.reject()

    qtbot.mouseClick(detail.needs_dispatch_button, Qt.MouseButton.LeftButton)
    dialog = detail.findChildren(NeedsDispatchDialog)[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "16 karung" and dialog.table.item(0, 3).text() == "80 kg"
    qtbot.keyClicks(dialog.destination, "Posko Balai Desa")
    qtbot.keyClicks(dialog.recipient, "Budi Contoh")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.created is not None and dialog.created.incident == number
    assert [(line.item, line.quantity) for line in dialog.created.lines] == [("BRS5", 16)]


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
