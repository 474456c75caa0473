"""Safe entry and scanning in the stock dialogs, a unit's history from its scanned label, and label
sheets printed from the window, done as the petugas gudang does them (keys, a scanner, clicks)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from inventory import catalog, stock
from inventory.models import ItemBarcode, StockMovement
from inventory.stock import ReceiveLine
from tagana_app import clock
from ui import dialogs, ops
from ui.pages.stock import StockPage
from ui.pages.unit_history import UnitHistoryDialog

SCANNED_BARCODE = "8991234567890"


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
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        s.add(ItemBarcode(barcode=SCANNED_BARCODE, item_id=catalog.get_item(s, "BRS").id))
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 40), ReceiveLine("GEN", 2, serials=("G-1", "G-2"))],
                            source="kemensos")
    db.write(work)
    return users


def _page(qtbot, make_ctx, stocked) -> StockPage:  # noqa: ANN001
    page = StockPage(make_ctx(stocked["gudang"]))
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    return page


def _dialog(qtbot, page):  # noqa: ANN001, ANN202
    dialog = page.open_receive()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _focused_in(widget) -> bool:  # noqa: ANN001
    focus = QApplication.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


def test_a_bare_enter_in_a_fresh_receive_dialog_books_nothing(qtbot, make_ctx, stocked) -> None:
    page = _page(qtbot, make_ctx, stocked)
    dialog = _dialog(qtbot, page)
    before = _movements(page.ctx.db)
    for _ in range(12):  # Enter, again and again, wherever the focus goes
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    _settled(qtbot)
    assert dialog.isVisible() and _movements(page.ctx.db) == before
    assert dialog.quantity.value() == 0 and dialog.batch.text() == "" and dialog.expiry.value() is None
    # Ctrl+Enter submits: refused, naming the empty field, and the focus goes there
    qtbot.keyClick(dialog.doc_number, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.text().startswith("Barang:") and _focused_in(dialog.item)
    assert _movements(page.ctx.db) == before


@pytest.mark.dates
def test_a_scanned_barcode_selects_the_item_and_refusals_move_the_focus(qtbot, make_ctx, stocked) -> None:
    page = _page(qtbot, make_ctx, stocked)
    dialog = _dialog(qtbot, page)
    before = _movements(page.ctx.db)
    qtbot.keyClicks(dialog.item, SCANNED_BARCODE)  # the scanner types the barcode, then Enter
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.item.current_code() == "BRS")
    assert dialog.unit.text() == "kg" and dialog.isVisible() and _movements(page.ctx.db) == before
    assert _focused_in(dialog.quantity)  # on to the next field

    dialog.item.setEditText("")
    qtbot.keyClicks(dialog.item, "mss")  # an item code, typed
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return)
    assert dialog.item.current_code() == "MSS" and dialog.expiry.isEnabled()
    qtbot.keyClicks(dialog.quantity, "25")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.text().startswith("Batch:") and _focused_in(dialog.batch)
    qtbot.keyClicks(dialog.batch, "MSS-2612")
    qtbot.keyClick(dialog.batch, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.text().startswith("Kedaluwarsa:") and _focused_in(dialog.expiry)
    # one click into the date field, then type the date printed on the box
    expiry = date(clock.today().year + 2, 6, 15)
    qtbot.mouseClick(dialog.expiry, Qt.MouseButton.LeftButton, pos=dialog.expiry.rect().center())
    qtbot.waitUntil(lambda: dialog.expiry.currentSectionIndex() == 0 and dialog.expiry.value() is not None)
    qtbot.keyClicks(dialog.expiry, expiry.strftime("%d%m%Y"))
    assert dialog.expiry.value() == expiry
    # a number field selects its content on focus: typing replaces it
    qtbot.mouseClick(dialog.quantity, Qt.MouseButton.LeftButton, pos=dialog.quantity.rect().center())
    qtbot.waitUntil(lambda: dialog.quantity.lineEdit().selectedText() == "25")
    qtbot.keyClicks(dialog.quantity, "30")
    assert dialog.quantity.value() == 30
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)  # a bare Enter still books nothing
    assert _movements(page.ctx.db) == before and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    (line,) = dialog.result_booking.movements
    assert (line.item, line.qty_in, line.batch) == ("MSS", 30, "MSS-2612")
    assert _movements(page.ctx.db) == before + 1


def test_an_unknown_code_is_marked_and_a_unit_label_selects_item_and_unit(qtbot, make_ctx, stocked) -> None:
    page = _page(qtbot, make_ctx, stocked)
    dialog = page.open_issue()
    qtbot.addWidget(dialog)
    missing = []
    dialog.item.notFound.connect(missing.append)
    qtbot.keyClicks(dialog.item, "0000000000")
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: missing == ["0000000000"])
    assert dialog.item.current_code() is None and dialog.item.property("invalid") is True
    dialog.item.setEditText("")
    qtbot.keyClicks(dialog.item, "U:GEN:G-2")
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return)
    assert dialog.item.current_code() == "GEN" and dialog.serials.text() == "G-2" and dialog.quantity.value() == 1
    qtbot.keyClicks(dialog.recipient, "Posko Banjir Desa Contoh")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.recipient, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    assert [m.serial for m in dialog.result_booking.movements] == ["G-2"]


def test_scanning_a_unit_label_into_the_search_opens_its_history(qtbot, make_ctx, stocked) -> None:
    page = _page(qtbot, make_ctx, stocked)
    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: the search box
    qtbot.waitUntil(lambda: page.search.hasFocus())
    qtbot.keyClicks(page.search, "U:GEN:G-1")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dialog = page.findChild(UnitHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "Genset 2000 W (GEN), nomor seri G-1" in dialog.summary.text()
    assert dialog.table.rowCount() == 1 and "Gudang Dinsos" in dialog.table.item(0, 3).text()
    assert page.search.text() == ""
    dialog.close()
    # a label of a unit that does not exist says so in the dialog
    qtbot.keyClicks(page.search, "U:GEN:G-9")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    missing = [d for d in page.findChildren(UnitHistoryDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: missing.loaded)
    assert missing.error.isVisible() and "GEN/G-9" in missing.error.text()
    # a barcode in the search box shows its item
    missing.close()
    qtbot.keyClicks(page.search, SCANNED_BARCODE)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.search.text() == "BRS")
    _settled(qtbot)
    assert {page.model.row(r).item for r in range(page.model.rowCount())} == {"BRS"}


def test_labels_printed_from_the_window(qtbot, make_ctx, stocked, tmp_path, monkeypatch, opened) -> None:
    target = tmp_path / "label-genset.pdf"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: target)
    page = _page(qtbot, make_ctx, stocked)
    assert page.label_action in page.tasks_menu.actions() and page.label_action.isVisible()
    dialog = page.open_labels()
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4-14"))
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "3")
    qtbot.keyClicks(dialog.item, "GEN")
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return)
    assert not target.exists()  # Enter chose the item, nothing more
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [str(target)])
    assert (dialog.sheet.labels, dialog.sheet.layout, dialog.sheet.start) == (2, "a4-14", 3)
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "SN G-1" in text and "SN G-2" in text and "Genset 2000 W" in text
    # a reader sees no such task
    reader = StockPage(make_ctx(stocked["pemantau"]))
    qtbot.addWidget(reader)
    assert not reader.label_action.isVisible() and reader.open_labels() is None
