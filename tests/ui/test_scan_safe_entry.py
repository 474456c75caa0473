"""Safe entry and scanning in the stock dialogs, a unit's history from its scanned label, and label
sheets printed from the window, done as the petugas gudang does them (keys, a scanner, clicks)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from inventory import catalog, stock
from inventory.models import ItemBarcode, StockMovement
from inventory.stock import ReceiveLine
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
