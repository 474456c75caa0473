"""A stock count in the window from start to approval, as the people who do it: the clerk starts it
from the stock page's "Tugas gudang" menu, prints the blind sheet, types the counts into the lines
table, records goods found (refused without batch and expiry for an item that expires) and sends it
for approval; the official finds it on the dashboard and approves; the differences post and the
Berita Acara Stock Opname prints.  The PDFs are read back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget

from inventory import catalog, queries, stock
from inventory.stock import ReceiveLine
from tagana_app import clock, settings
from ui import ops
from ui.pages.count_dialog import BOOK, COUNTED, DIFF, REASON, CountsDialog
from ui.pages.dashboard import DashboardPage
from ui.pages.stock import StockPage
from ui.pages.stock_papers import StartCountDialog


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _text(path: str) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _type_cell(qtbot, table: QTableWidget, row: int, col: int, text: str) -> None:  # noqa: ANN001
    """Click the cell, type, press Enter (the editor commits the cell, which saves the line)."""
    rect = table.visualRect(table.model().index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == QTableWidget.State.EditingState)
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.fixture
def stocked(db, users, local, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        settings.set_office(s, users["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si.",
                                                settings.HEAD_NIP: "197001012000032001"})
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 40),
                                          ReceiveLine("MSS", 20, batch="B1", expiry=clock.today() + timedelta(60))],
                            source="kemensos")
    db.write(work)
    return users


def test_a_count_from_start_to_approval_by_a_second_person(qtbot, make_ctx, stocked, opened, db):
    clerk = make_ctx(stocked["gudang"])
    page = StockPage(clerk)
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.count_action.isVisible() and page.tasks_button.isVisibleTo(page)
    page.count_action.trigger()
    window = page.findChild(CountsDialog)
    assert window is not None and not window.approve_button.isVisibleTo(window)
    _settled(qtbot)

    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    start = window.findChild(StartCountDialog)
    start.team.set_member(0, "Rina Marlina, S.E.", "198503122010012003", "Ketua Tim")
    with qtbot.waitSignal(start.accepted):
        qtbot.mouseClick(start.ok_button, Qt.MouseButton.LeftButton)
    number = start.result_count.number
    qtbot.waitUntil(lambda: window.info is not None and window.info.number == number, timeout=15_000)
    lines = window.lines
    assert [window.info.lines[r].item for r in range(lines.rowCount())] == ["BRS", "MSS"]
    assert lines.item(0, BOOK).text() == ""  # blind: the book figure shows once the line is counted

    qtbot.mouseClick(window.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=15_000)
    sheet = _text(opened[0])
    assert "Beras" in sheet and "B1" in sheet and " 40 " not in sheet and " 20 " not in sheet

    _type_cell(qtbot, lines, 0, COUNTED, "tiga")  # refused at its row, nothing saved
    qtbot.waitUntil(lambda: "Baris 1 (BRS)" in window.error.text())
    assert "bilangan bulat" in lines.item(0, COUNTED).toolTip() and lines.item(0, BOOK).text() == ""
    _type_cell(qtbot, lines, 0, COUNTED, "38")
    qtbot.waitUntil(lambda: lines.item(0, DIFF).text() == "-2", timeout=15_000)
    assert lines.item(0, BOOK).text() == "40" and window.error.isHidden()
    _type_cell(qtbot, lines, 0, REASON, "tercecer")
    _settled(qtbot)
    _type_cell(qtbot, lines, 1, COUNTED, "20")
    qtbot.waitUntil(lambda: lines.item(1, DIFF).text() == "0", timeout=15_000)

    # five packs found on another shelf: without a batch, then without an expiry, refused
    window.found_item.setCurrentIndex(window.found_item.findData("MSS"))
    window.found_qty.setFocus()
    window.found_qty.selectAll()
    qtbot.keyClicks(window.found_qty, "5")
    qtbot.keyClicks(window.found_reason, "ditemukan di rak C")
    qtbot.mouseClick(window.found_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "kode batch" in window.error.text() and window.focusWidget() is window.found_batch
    qtbot.keyClicks(window.found_batch, "B9")
    qtbot.mouseClick(window.found_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "B9" in window.error.text() and "kedaluwarsa" in window.error.text() and window.focusWidget() is window.found_expiry
    expiry = clock.today() + timedelta(200)
    qtbot.keyClicks(window.found_expiry, expiry.strftime("%d-%m-%Y"))
    qtbot.mouseClick(window.found_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lines.rowCount() == 3, timeout=15_000)
    assert window.error.isHidden() and window.info.lines[2].batch == "B9" and window.info.lines[2].expiry == expiry

    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.info.status == "diajukan", timeout=15_000)
    assert not window.submit_button.isEnabled() and not lines.item(0, COUNTED).flags() & Qt.ItemFlag.ItemIsEditable
    _settled(qtbot)
    with db.read() as s:
        assert queries.balances(s, warehouse="GDG", item="BRS")[0].quantity == 40  # nothing posted yet

    # the official, who did not count, sees it on the dashboard and approves it
    official = make_ctx(stocked["pejabat"])
    dashboard = DashboardPage(official)
    qtbot.addWidget(dashboard)
    panel = dashboard.pending_counts
    qtbot.waitUntil(lambda: panel.list.count() == 1 and not ops.busy(), timeout=15_000)
    assert panel.isVisibleTo(dashboard) and number in panel.list.item(0).text()
    item = panel.list.item(0)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    approving = panel.opened
    assert approving is not None and not approving.start_button.isVisibleTo(approving)
    qtbot.waitUntil(lambda: approving.info is not None and approving.info.number == number, timeout=15_000)
    assert approving.approve_button.isEnabled()
    qtbot.mouseClick(approving.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: approving.printed_doc is not None, timeout=15_000)
    _settled(qtbot)
    assert approving.info.status == "diposting" and opened[-1] == str(approving.printed_doc.path)
    text = _text(opened[-1])
    assert "BERITA ACARA STOCK OPNAME" in text and number in text and "Rina Marlina, S.E." in text
    assert "40 0 38 -2 tercecer" in text and "Dra. Wulan Contoh, M.Si." in text
    with db.read() as s:
        assert queries.balances(s, warehouse="GDG", item="BRS")[0].quantity == 38
        assert {(b.batch, b.quantity) for b in queries.balances(s, warehouse="GDG", item="MSS")} == {
            ("B1", 20), ("B9", 5)}
    qtbot.waitUntil(lambda: not panel.isVisibleTo(dashboard), timeout=15_000)  # nothing waits any more
