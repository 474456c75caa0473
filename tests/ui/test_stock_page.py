"""The "Gudang & Stok" page: the table pages in SQL, search as you type, filters, and the receive
and issue dialogs driven as a person would (type, submit, see the refusal, see the table change)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from inventory import catalog, stock
from inventory.models import StockMovement
from inventory.stock import ReceiveLine
from tagana_app import clock
from ui import dates, ops
from ui.pages.stock import StockPage
from ui.pages.stock_model import Column, StockModel


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def _movements(db) -> int:  # noqa: ANN001
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(StockMovement))


@pytest.fixture
def stocked(db, users):  # noqa: ANN001, ANN201
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_warehouse(s, g, "LS1", "Lumbung Sosial Karang Tinggi", "17.09.01", kind="lumbung")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "SLM", "Selimut", "lembar", category="Tidur & hunian")
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 40), ReceiveLine("SLM", 300),
                                          ReceiveLine("MSS", 20, expiry=clock.today() + timedelta(days=20))],
                            source="kemensos")
        stock.receive_goods(s, g, "LS1", [ReceiveLine("BRS", 5), ReceiveLine("SLM", 10)], source="kemensos")
        catalog.set_minimum(s, g, "LS1", "BRS", 50)
    db.write(work)
    return users


def test_model_passes_the_model_tester_and_pages_as_it_scrolls(qtbot, qtmodeltester, ctx, stocked,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(StockModel, "PAGE", 2)
    model = StockModel(ctx.db)
    model.set_filter(model.filter)
    _settled(qtbot)
    assert model.rowCount() == 2
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        _settled(qtbot)
    assert model.rowCount() == 5
    names = [model.data(model.index(r, Column.ITEM)) for r in range(5)]
    assert names[0] == "Beras (BRS)" and names[-1] == "Selimut (SLM)"
    qtmodeltester.check(model)
    model.sort(Column.ON_HAND, Qt.SortOrder.DescendingOrder)
    _settled(qtbot)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        _settled(qtbot)
    assert [model.row(r).on_hand for r in range(model.rowCount())] == [300, 40, 20, 10, 5]


def test_search_as_you_type_and_filters(qtbot, ctx, stocked) -> None:
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.model.rowCount() == 5
    assert "5 dari 5" in page.count.text()
    qtbot.keyClicks(page.search, "bera")
    qtbot.waitUntil(lambda: page.model.filter.text == "bera")
    _settled(qtbot)
    assert {page.model.row(r).warehouse for r in range(page.model.rowCount())} == {"GDG", "LS1"}
    page.search.clear()
    _settled(qtbot)
    page.warehouse.setCurrentIndex(page.warehouse.findData("LS1"))
    _settled(qtbot)
    assert {page.model.row(r).item for r in range(page.model.rowCount())} == {"BRS", "SLM"}
    page.warehouse.setCurrentIndex(0)
    page.alert.setCurrentIndex(page.alert.findData("any"))
    _settled(qtbot)
    rows = {(page.model.row(r).warehouse, page.model.row(r).item): page.model.row(r).alert
            for r in range(page.model.rowCount())}
    assert rows == {("LS1", "BRS"): "below_min", ("GDG", "MSS"): "expiring"}
    page.alert.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("Tidur & hunian"))
    _settled(qtbot)
    assert page.model.rowCount() == 2


def test_issue_dialog_refuses_too_much_and_the_table_changes_after_an_issue(qtbot, make_ctx, stocked) -> None:
    ctx = make_ctx(stocked["gudang"])
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    page.table.selectRow(0)  # Beras at GDG
    _settled(qtbot)
    assert page.card.rowCount() == 1 and page.batches.rowCount() == 1
    dialog = page.open_issue()
    qtbot.addWidget(dialog)
    _settled(qtbot)
    assert dialog.item.currentData() == "BRS" and dialog.warehouse.currentData() == "GDG"
    assert dialog.available_label.text() == "40 kg"
    before = _movements(ctx.db)
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "45")
    qtbot.keyClicks(dialog.recipient, "Posko Banjir Desa Contoh")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "tersedia 40 kg, diminta 45 kg" in dialog.error.text()
    assert _movements(ctx.db) == before

    # Someone else takes stock meanwhile: the service's refusal shows in the dialog too.
    ctx.db.write(lambda s: stock.issue_goods(s, stocked["gudang"], "GDG", [stock.IssueLine("BRS", 38)],
                                             recipient="Desa lain"))
    dialog.quantity.setValue(5)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "tersedia 2 kg, diminta 5 kg" in dialog.error.text()
    assert dialog.available_label.text() == "2 kg"

    dialog.quantity.setValue(2)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.result_booking.movements[0].qty_out == 2
    row = next(page.model.row(r) for r in range(page.model.rowCount()) if page.model.row(r).item == "BRS"
               and page.model.row(r).warehouse == "GDG")
    assert row.on_hand == 0
    assert page.selected_row().item == "BRS"  # the selection survives the refresh
    assert page.card.rowCount() == 3


def test_receive_dialog_checks_then_books(qtbot, make_ctx, stocked) -> None:
    ctx = make_ctx(stocked["gudang"])
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.open_receive()
    qtbot.addWidget(dialog)
    dialog.warehouse.setCurrentIndex(dialog.warehouse.findData("LS1"))
    dialog.item.setCurrentIndex(dialog.item.findData("GEN"))
    assert dialog.serials.isEnabled() and not dialog.expiry.isEnabled()
    dialog.quantity.setValue(2)
    qtbot.keyClicks(dialog.serials, "GNS-01")
    before = _movements(ctx.db)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "isikan 2 nomor seri (sekarang 1)" in dialog.error.text()
    assert _movements(ctx.db) == before
    dialog.serials.setPlainText("GNS-01\nGNS-02")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert _movements(ctx.db) == before + 2
    gen = next(r for r in range(page.model.rowCount()) if page.model.row(r).item == "GEN")
    assert page.model.row(gen).on_hand == 2
    page.table.selectRow(gen)
    _settled(qtbot)
    assert page.units.rowCount() == 2 and page.units.item(0, 0).text() == "GNS-01"

    dialog = page.open_receive()
    qtbot.addWidget(dialog)
    dialog.item.setCurrentIndex(dialog.item.findData("MSS"))
    assert dialog.expiry.isEnabled()
    dialog.quantity.setValue(3)
    qtbot.keyClicks(dialog.batch, "MSS-2611")
    dialog.expiry.setDate(dates.today().addDays(-1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "sudah lewat" in dialog.error.text()
    dialog.item.setCurrentIndex(dialog.item.findData("GEN"))
    dialog.serials.setPlainText("GNS-01")
    dialog.quantity.setValue(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "GNS-01" in dialog.error.text() and "dua tempat" in dialog.error.text()
    assert _movements(ctx.db) == before + 2


def test_read_only_role_sees_no_operation_buttons(qtbot, make_ctx, stocked) -> None:
    page = StockPage(make_ctx(stocked["pemantau"]))
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.receive_button.isHidden() and page.issue_button.isHidden()
    assert page.open_issue() is None
    assert page.model.rowCount() == 5


def test_dashboard_link_selects_the_alert_filter(qtbot, ctx, stocked) -> None:
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    page.show_link("below_min")
    _settled(qtbot)
    assert page.alert.currentData() == "below_min"
    assert {(page.model.row(r).warehouse, page.model.row(r).item) for r in range(page.model.rowCount())} \
        == {("LS1", "BRS")}
    page.show_link("no-such-hint")
    assert page.alert.currentData() == "below_min"


def test_receive_dialog_holds_to_the_stated_limits(qtbot, make_ctx, stocked) -> None:
    """The quantity box stops at MAX_QUANTITY, the reference box at its column's length, and a receipt
    that would pass MAX_BALANCE is refused in the dialog with the service's message."""
    from sqlalchemy import text

    from tagana_app.quantities import MAX_BALANCE, MAX_QUANTITY

    ctx = make_ctx(stocked["gudang"])
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.open_receive()
    qtbot.addWidget(dialog)
    assert dialog.quantity.maximum() == MAX_QUANTITY
    qtbot.keyClicks(dialog.doc_number, "R" * 100)
    assert dialog.doc_number.text() == "R" * 80
    dialog.doc_number.clear()
    dialog.warehouse.setCurrentIndex(dialog.warehouse.findData("GDG"))
    dialog.item.setCurrentIndex(dialog.item.findData("BRS"))
    ctx.db.write(lambda s: s.execute(text("UPDATE stock_level SET on_hand = :n WHERE item_id = "
                                          "(SELECT id FROM item WHERE code = 'BRS')"), {"n": MAX_BALANCE - 1}))
    ctx.db.write(lambda s: s.execute(text("UPDATE stock_balance SET quantity = :n WHERE item_id = "
                                          "(SELECT id FROM item WHERE code = 'BRS')"), {"n": MAX_BALANCE - 1}))
    before = _movements(ctx.db)
    dialog.quantity.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "melebihi batas" in dialog.error.text(), timeout=5000)
    assert _movements(ctx.db) == before


def test_a_clerk_prints_the_paper_of_a_movement_from_the_stock_card(qtbot, make_ctx, stocked, pengurus_barang,
                                                                     tmp_path, monkeypatch) -> None:
    """The clerk picks a receipt on the stock card, clicks "Cetak dokumen", and is told where the
    Berita Acara Penerimaan Barang went; a line that is not a receipt, issue or transfer prints nothing."""
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from inventory.stock import IssueLine
    from tagana_app import settings
    from ui.printed import PrintedDialog

    ctx = make_ctx(stocked["gudang"])
    ctx.db.write(lambda s: settings.set_office(s, stocked["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si.",
                                                                      settings.HEAD_NIP: "197001012000032001"}))
    issued = ctx.db.write(lambda s: stock.issue_goods(s, stocked["gudang"], "GDG", [IssueLine("BRS", 15)],
                                                      recipient="Posko Desa Srikaton")).doc_number
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    beras = next(r for r in range(page.model.rowCount())
                 if (page.model.row(r).item, page.model.row(r).warehouse) == ("BRS", "GDG"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(beras, Column.ITEM)).center())
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.card.rowCount() == 2)
    page.detail.setCurrentIndex(1)
    assert not page.print_button.isEnabled()  # nothing chosen yet

    def click_card_row(row: int) -> None:
        qtbot.mouseClick(page.card.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.card.visualItemRect(page.card.item(row, 0)).center())

    click_card_row(0)
    receipt = page.card.item(0, 1).text()
    assert "/BAPB/" in receipt and page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.findChild(PrintedDialog) is not None)
    dialog = page.findChild(PrintedDialog)
    path = dialog.path
    assert path.parent == tmp_path / "dokumen" and path.name.startswith("berita-acara-penerimaan_")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "BERITA ACARA PENERIMAAN BARANG" in text and f"Nomor: {receipt}" in text and "Beras" in text
    assert pengurus_barang.name in " ".join(p.extract_text() for p in PdfReader(path).pages)
    dialog.close()

    click_card_row(1)
    assert page.card.item(1, 1).text() == issued and page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: any(d.path.name.startswith("bukti-barang-keluar_") for d in page.findChildren(PrintedDialog)))
    page.grab().save(str(tmp_path / "stok.png"))

    viewer = StockPage(make_ctx(stocked["pemantau"]))  # may see the card, may not print its papers
    qtbot.addWidget(viewer)
    viewer.show()
    _settled(qtbot)
    viewer.table.selectRow(beras)
    _settled(qtbot)
    qtbot.waitUntil(lambda: viewer.card.rowCount() == 2)
    viewer.card.selectRow(0)
    assert not viewer.print_button.isEnabled()


def test_a_paper_the_office_cannot_sign_yet_is_refused_in_plain_words(qtbot, make_ctx, stocked, tmp_path,
                                                                      no_modal_dialogs) -> None:
    """No pengurus barang named: the clerk is told who is missing, no file is written, the button stays."""
    from tagana_app import settings

    ctx = make_ctx(stocked["gudang"])
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    page.table.selectRow(0)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.card.rowCount() >= 1)
    page.detail.setCurrentIndex(1)
    qtbot.mouseClick(page.card.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.card.visualItemRect(page.card.item(0, 0)).center())
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert [kind for kind, _ in no_modal_dialogs] == ["warn"]
    assert "Pengurus barang / petugas gudang belum ditentukan" in no_modal_dialogs[0][1]
    assert not (tmp_path / "dokumen").exists() and page.print_button.isEnabled()
