"""Receipts and issues as documents with many lines, done in the window as the clerk does them: typed
lines (Tab from cell to cell, Enter to the next row), a row pasted from Excel, a barcode scanned into the
item cell, the summary, "Catat", the number and the paper; a bare Enter books nothing; a refused line
keeps the table and becomes the current row."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select, text

from inventory import catalog, stock
from inventory.models import ItemBarcode, ItemPack, StockMovement
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, settings
from ui import dialogs, ops
from ui.line_table import LineTable
from ui.pages.stock import StockPage
from ui.pages.stock_documents import IssueDocumentDialog, ReceiptDialog
from ui.printed import PrintedDialog

SCANNED = "8991002103051"  # the barcode on a bale of blankets


def _settled(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not ops.busy())


def _movements(db: Any) -> list[tuple[str, str, int, int]]:
    with db.read() as s:
        from inventory.models import Item
        return [tuple(r) for r in s.execute(
            select(StockMovement.doc_number, Item.code, StockMovement.qty_in, StockMovement.qty_out)
            .join(Item, Item.id == StockMovement.item_id).order_by(StockMovement.id))]


def _count(db: Any) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(StockMovement))


@pytest.fixture
def desk(db, users, signers):  # noqa: ANN001, ANN201, ARG001
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "SLM", "Selimut", "lembar", category="Tidur & hunian")
        mss = catalog.get_item(s, "MSS")
        s.add(ItemPack(item_id=mss.id, name="karton", contains=24))
        s.add(ItemBarcode(barcode=SCANNED, item_id=catalog.get_item(s, "SLM").id))
        s.flush()
    db.write(work)
    return users


def _page(qtbot: Any, ctx: Any) -> StockPage:
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    return page


def _editor(qtbot: Any, table: LineTable, key: str) -> Any:
    """The editor the table opened in column ``key`` (the one the keyboard types into)."""
    column = table.column(key)
    qtbot.waitUntil(lambda: table.delegate.editor is not None and table.view.currentIndex().column() == column)
    return table.delegate.editor


def _type(qtbot: Any, table: LineTable, key: str, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    editor = _editor(qtbot, table, key)
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, then)
    qtbot.waitUntil(lambda: table.delegate.editor is not editor)  # committed (Return and Tab commit queued)


def _printed_text(qtbot: Any, dialog: Any) -> str:
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: dialog.findChild(PrintedDialog) is not None)
    path = dialog.findChild(PrintedDialog).path
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.mark.dates
def test_a_delivery_of_three_items_under_one_kemensos_note(qtbot, make_ctx, desk, tmp_path, monkeypatch) -> None:
    """One line typed, one scanned, one pasted from Excel; checked, booked under one number, BAPB printed."""
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    ctx = make_ctx(desk["gudang"])
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ReceiptDialog)
    qtbot.addWidget(dialog)
    table = dialog.table
    dialog.source.setCurrentIndex(dialog.source.findData("kemensos"))
    qtbot.keyClicks(dialog.sender_name, "Direktorat PSKBA Kemensos RI")
    qtbot.keyClicks(dialog.ref_number, "SJ-0451/PSKBA/XI/2026")
    qtbot.keyClicks(dialog.ref_date, clock.today().strftime("%d-%m-%Y"))

    # line 1, typed: Tab from cell to cell (Nama, expiry and serials of rice are skipped), Enter to the next row
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    _type(qtbot, table, "item", "brs")
    _type(qtbot, table, "qty", "100")
    _settled(qtbot)
    assert table.model.rows[0].info.name == "Beras"
    _type(qtbot, table, "pack", "")
    _type(qtbot, table, "batch", "")
    _type(qtbot, table, "condition", "")
    _type(qtbot, table, "price", "12.500", Qt.Key.Key_Return)

    # line 2, scanned: the scanner types the barcode and Enter; the item is found and the cursor is at Jumlah
    _type(qtbot, table, "item", SCANNED, Qt.Key.Key_Return)
    _type(qtbot, table, "qty", "300", Qt.Key.Key_Return)
    assert table.model.rows[1].values["item"] == "SLM" and table.model.rows[1].info.name == "Selimut"

    # line 3, pasted from Excel into the (empty) third row
    expiry = clock.today() + timedelta(days=200)
    qtbot.keyClick(_editor(qtbot, table, "item"), Qt.Key.Key_Escape)
    QGuiApplication.clipboard().setText(f"MSS\t5\tkarton\tB-2611\t{expiry:%d-%m-%Y}\t\tbaik\r\n")
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    assert [r.value("item") for r in table.model.rows] == ["BRS", "SLM", "MSS"]
    assert table.model.data(table.model.index(2, table.column("name"))) == "Makanan siap saji"

    before = _count(ctx.db)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and _count(ctx.db) == before  # a summary, nothing booked
    summary = {dialog.summary.item(r, 0).text(): (dialog.summary.item(r, 3).text(), dialog.summary.item(r, 5).text())
               for r in range(dialog.summary.rowCount())}
    assert summary == {"BRS": ("100", "Rp 1.250.000"), "SLM": ("300", ""), "MSS": ("120", "")}
    assert "SJ-0451/PSKBA/XI/2026" in dialog.summary_text.text()
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.booking is not None and dialog.print_button.isVisible() and not dialog.book_button.isVisible()
    number = dialog.booking.doc_number
    assert number in dialog.done_text.text()
    booked = [m for m in _movements(ctx.db) if m[0] == number]
    assert [(m[1], m[2]) for m in booked] == [("BRS", 100), ("SLM", 300), ("MSS", 120)]

    printed = _printed_text(qtbot, dialog)
    assert "BERITA ACARA PENERIMAAN BARANG" in printed and f"Nomor: {number}" in printed
    for name in ("Beras", "Selimut", "Makanan siap saji", "B-2611"):
        assert name in printed


def test_an_issue_of_two_lines_one_in_cartons(qtbot, make_ctx, desk, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    ctx = make_ctx(desk["gudang"])
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    expiry = clock.today() + timedelta(days=90)
    ctx.db.write(lambda s: stock.receive_goods(s, desk["gudang"], "GDG", [
        ReceiveLine("MSS", 100, batch="B-1", expiry=expiry), ReceiveLine("BRS", 50)], source="kemensos"))
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(IssueDocumentDialog)
    qtbot.addWidget(dialog)
    table = dialog.table
    qtbot.keyClicks(dialog.recipient, "Posko Banjir Desa Srikaton")
    qtbot.keyClicks(dialog.ref_number, "005/PMT/XII/2026")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    _type(qtbot, table, "item", "MSS", Qt.Key.Key_Return)  # a typed code and Enter: on to Jumlah
    _type(qtbot, table, "qty", "2")
    pack = _editor(qtbot, table, "pack")
    assert isinstance(pack, QComboBox) and [pack.itemData(i) for i in range(pack.count())] == ["", "karton"]
    qtbot.keyClicks(pack, "k")  # choose "karton (24 paket)"
    qtbot.keyClick(pack, Qt.Key.Key_Return)
    assert table.model.data(table.model.index(0, table.column("available"))) == "100 paket"
    qtbot.waitUntil(lambda: table.view.currentIndex().row() == 1)
    _type(qtbot, table, "item", "BRS")
    _type(qtbot, table, "qty", "10", Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)  # the check waits for the last lookup
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert dialog.summary.item(0, 3).text() == "48" and dialog.summary.item(0, 4).text() == "paket"
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    number = dialog.booking.doc_number
    assert [(m[1], m[3]) for m in _movements(ctx.db) if m[0] == number] == [("MSS", 48), ("BRS", 10)]
    paper = _printed_text(qtbot, dialog)
    assert "SURAT BUKTI BARANG KELUAR" in paper and "Makanan siap saji" in paper and "Posko Banjir Desa Srikaton" in paper


def test_a_bare_enter_in_a_fresh_receipt_books_nothing(qtbot, make_ctx, desk, monkeypatch) -> None:
    ctx = make_ctx(desk["gudang"])
    page = _page(qtbot, ctx)
    dialog = page.open_receive()
    qtbot.addWidget(dialog)
    before = _count(ctx.db)
    for widget in (dialog, dialog.table.view, dialog.sender_name, dialog.check_button):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    _settled(qtbot)
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0 and _count(ctx.db) == before
    assert len(dialog.table.model.rows) == 1  # an empty row stays the row to fill

    # A line with only an item: nothing is invented for it, the check names what is missing.
    _type(qtbot, dialog.table, "item", "MSS", Qt.Key.Key_Return)
    _type(qtbot, dialog.table, "qty", "3", Qt.Key.Key_Return)
    row = dialog.table.model.rows[0]
    assert row.value("batch") == "" and row.value("expiry") == ""
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and "tanggal kedaluwarsa" in row.problem
    assert dialog.table.view.currentIndex().column() == dialog.table.column("expiry")
    assert "Baris 1" in dialog.table.status.text() and _count(ctx.db) == before

    # a pasted expiry on an item that has none is cleared with Delete
    table = dialog.table
    QGuiApplication.clipboard().setText("BRS\t10\tkg\t\t31-12-2030")
    table.view.setCurrentIndex(table.model.index(1, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.view.visualRect(table.model.index(1, table.column("expiry"))).center())
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert table.model.rows[1].value("expiry") == ""

    # Escape in the table keeps the document; Batal throws typed lines away only when the clerk says so
    qtbot.keyClick(dialog.table.view, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, _title, text: asked.append(text) or False)
    asked: list[str] = []
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and asked and "Buang dokumen" in asked[0]
    assert dialog.table.model.rows[0].value("item") == "MSS"


def test_a_refused_line_keeps_the_table_and_becomes_the_current_row(qtbot, make_ctx, desk) -> None:
    ctx = make_ctx(desk["gudang"])
    ctx.db.write(lambda s: stock.receive_goods(s, desk["gudang"], "GDG", [ReceiveLine("BRS", 50),
                                                                          ReceiveLine("SLM", 20)], source="kemensos"))
    page = _page(qtbot, ctx)
    dialog = page.open_issue()
    qtbot.addWidget(dialog)
    table = dialog.table
    qtbot.keyClicks(dialog.recipient, "Posko Desa Pagar Jati")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    _type(qtbot, table, "item", "BRS", Qt.Key.Key_Return)
    _type(qtbot, table, "qty", "5", Qt.Key.Key_Return)
    _type(qtbot, table, "item", "SLM", Qt.Key.Key_Return)
    _type(qtbot, table, "qty", "15", Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    # meanwhile someone else takes blankets: the service refuses the second line
    ctx.db.write(lambda s: stock.issue_goods(s, desk["gudang"], "GDG", [IssueLine("SLM", 10)], recipient="Desa lain"))
    before = _count(ctx.db)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.pages.currentIndex() == 0 and _count(ctx.db) == before
    assert dialog.error.isVisible() and "Baris 2" in dialog.error.text() and "tidak cukup" in dialog.error.text()
    assert table.view.currentIndex().row() == 1 and table.model.rows[1].problem
    assert [(r.value("item"), r.value("qty")) for r in (table.model.rows[i] for i in table.model.filled())] == [("BRS", "5"), ("SLM", "15")]
    qtbot.waitUntil(lambda: table.model.rows[1].available == 10)


def test_cells_are_cleared_rows_removed_and_typing_survives_a_late_lookup(qtbot, make_ctx, desk) -> None:
    ctx = make_ctx(desk["gudang"])
    page = _page(qtbot, ctx)
    dialog = page.open_receive()
    qtbot.addWidget(dialog)
    table = dialog.table
    QGuiApplication.clipboard().setText("BRS\t10\nSLM\t20\nBRS\t30\n")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    assert [(r.value("item"), r.value("qty")) for r in table.model.rows] == [("BRS", "10"), ("SLM", "20"),
                                                                             ("BRS", "30")]
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.view.visualRect(table.model.index(1, table.column("qty"))).center())
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert table.model.rows[1].value("qty") == "" and table.model.rows[1].value("item") == "SLM"
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [r.value("item") for r in table.model.rows] == ["BRS", "BRS"]

    # the person types a quantity while the row's item is still being looked up: the answer keeps the typing
    table.view.setCurrentIndex(table.model.index(1, table.column("qty")))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = _editor(qtbot, table, "qty")
    editor.selectAll()
    qtbot.keyClicks(editor, "35")
    table.model.set_item(1, table.model.rows[0].info, None)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model.rows[1].value("qty") == "35")


@pytest.mark.dates
def test_a_pejabat_issues_expired_goods_only_with_a_written_reason(qtbot, make_ctx, desk) -> None:
    ctx = make_ctx(desk["pejabat"])
    ctx.db.write(lambda s: stock.receive_goods(s, desk["gudang"], "GDG", [
        ReceiveLine("MSS", 30, batch="B-LAMA", expiry=clock.today() + timedelta(days=2))], source="kemensos",
        doc_date=clock.today() - timedelta(days=5), backdate_reason="dicatat terlambat"))
    ctx.db.write(lambda s: s.execute(  # the batch expired yesterday
        text("UPDATE batch SET expiry = :d WHERE code = 'B-LAMA'"),
        {"d": clock.today() - timedelta(days=1)}))
    page = _page(qtbot, ctx)
    assert page.receive_button.isHidden()
    dialog = page.open_issue()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert dialog.override.isVisible() and not dialog.override_reason.isVisible()
    qtbot.keyClicks(dialog.recipient, "Posko Desa Srikaton")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    _type(qtbot, table, "item", "MSS", Qt.Key.Key_Return)
    _type(qtbot, table, "qty", "5", Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    before = _count(ctx.db)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.pages.currentIndex() == 0 and "kedaluwarsa" in dialog.error.text() and _count(ctx.db) == before
    assert table.view.currentIndex().row() == 0 and table.model.rows[0].problem

    qtbot.mouseClick(dialog.override, Qt.MouseButton.LeftButton)
    assert dialog.override.isChecked() and dialog.override_reason.isVisible()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and "alasan" in dialog.error.text()  # no reason, no check
    qtbot.keyClicks(dialog.override_reason, "dibagikan hari ini untuk konsumsi segera, disetujui Kadis")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert "dibagikan hari ini" in dialog.summary_text.text()
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.booking is not None and _count(ctx.db) == before + 1
