"""Closing in the window: the koordinator sees what is still open and cannot close; the pejabat closes
with a reason, which keeps the list; the needs tab shows needed, available, reserved and missing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from deployment import assignments, incidents
from inventory import catalog, catalog_edit, stock
from inventory.stock import ReceiveLine
from tagana_app import clock
from tests.deployment.conftest import add_incident, add_volunteer
from ui import ops
from ui.pages.close_dialog import CloseDialog
from ui.pages.incident_model import NeedsColumn
from ui.pages.incidents import IncidentsPage
from ui.pages.needs_dialogs import NeedsDispatchDialog, ProvinceLetterDialog

TODAY = clock.today()


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, ctx) -> IncidentsPage:  # noqa: ANN001
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    return page


def _select(qtbot, page: IncidentsPage, number: str) -> None:  # noqa: ANN001
    page.select(number)
    qtbot.waitUntil(lambda: page.detail.view is not None and page.detail.view.record.number == number)
    _settled(qtbot)


def test_the_koordinator_sees_the_list_and_the_pejabat_closes_with_a_reason(qtbot, make_ctx, db, users):  # noqa: ANN001
    coord = users["koordinator"]
    v = add_volunteer(db, coord, 1, name="Andi Contoh", skills=("logistik",), niat="TGN-001")
    incident = add_incident(db, coord, start=TODAY - timedelta(days=3))
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident.number, "logistik",
                                                    TODAY - timedelta(days=1), TODAY + timedelta(days=3)))
    page = _page(qtbot, make_ctx(coord))
    _select(qtbot, page, incident.number)
    assert page.close_button.isEnabled()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    dialog = page.findChildren(CloseDialog)[-1]  # the dialog the click opened
    qtbot.waitUntil(lambda: dialog.found is not None)
    assert dialog.listing.count() == 1 and "relawan Andi Contoh (logistik)" in dialog.listing.item(0).text()
    assert "hanya pejabat" in dialog.state.text() and not dialog.ok_button.isEnabled()
    assert not dialog.reason.isVisible()
    dialog.reject()

    official = _page(qtbot, replace(page.ctx, actor=users["pejabat"]))
    _select(qtbot, official, incident.number)
    dialog = official.open_close()
    qtbot.waitUntil(lambda: dialog.found is not None)
    assert dialog.ok_button.isEnabled() and dialog.reason.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.error.isVisible() and "alasan" in dialog.error.text().lower()
    qtbot.keyClicks(dialog.reason, "tanggap darurat dicabut")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with db.read() as s:
        closed = incidents.find(s, incident.number)
        assert closed.status == "selesai" and "- relawan Andi Contoh" in closed.close_note
    qtbot.waitUntil(lambda: not official.close_button.isEnabled())


def test_the_needs_tab_shows_reserved_apart_and_what_is_missing(qtbot, make_ctx, db, users, qtmodeltester):  # noqa: ANN001
    g, coord = users["gudang"], users["koordinator"]

    def goods(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos", "17.09")
        catalog.add_item(s, g, "BRS5", "Beras 5 kg", "karung")
        catalog_edit.update_item(s, g, "BRS5", need_category="beras", content_per_unit="5")
        catalog.add_item(s, g, "TPB", "Tepung beras", "kg")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS5", 20), ReceiveLine("TPB", 900)], source="kemensos")
    db.write(goods)
    incident = add_incident(db, coord, start=TODAY - timedelta(days=1), figures={"kk": 30, "pengungsi": 100})
    page = _page(qtbot, make_ctx(coord))
    _select(qtbot, page, incident.number)
    detail = page.detail
    detail.tabs.setCurrentIndex(1)
    detail.days.setValue(3)  # rice: 0.4 × 100 × 3 = 120 kg; 20 packs of 5 kg = 100 kg, the flour not counted
    _settled(qtbot)
    model = detail.needs
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.row(r).code == "beras")
    cell = lambda column: model.data(model.index(row, column))  # noqa: E731
    assert (cell(NeedsColumn.NEEDED), cell(NeedsColumn.AVAILABLE), cell(NeedsColumn.RESERVED),
            cell(NeedsColumn.SHORT)) == ("120", "100", "0", "20")
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
