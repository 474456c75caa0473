"""The stock card on the "Gudang & Stok" page: document dates, the reason a document is dated back,
the sender's document and the value of the balance where prices are known."""

from __future__ import annotations

import os
from datetime import timedelta

from PySide6.QtCore import Qt

from inventory import catalog, stock
from inventory.stock import ReceiveLine
from tagana_app import clock
from ui import ops
from ui.pages.stock import StockPage
from ui.pages.stock_model import Column


def test_the_card_shows_the_back_date_reason_the_sender_document_and_the_value(qtbot, make_ctx, db, users) -> None:
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "SLM", "Selimut", "lembar", category="Tidur & hunian")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("SLM", 100, unit_price=45_000)], source="kemensos",
                            ref_number="SJ/KEMENSOS/0417", doc_date=clock.today() - timedelta(days=2),
                            backdate_reason="surat jalan tiba terlambat")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("SLM", 20, unit_price=50_000)], source="apbd")
    db.write(work)
    page = StockPage(make_ctx(g))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not ops.busy())
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(0, Column.ITEM)).center())
    qtbot.waitUntil(lambda: page.card.rowCount() == 2)
    page.detail.setCurrentIndex(1)
    heads = [page.card.horizontalHeaderItem(c).text() for c in range(page.card.columnCount())]
    assert heads[-2:] == ["Nilai saldo (Rp)", "Keterangan"]
    first = [page.card.item(0, c).text() for c in range(page.card.columnCount())]
    assert first[8] == "Tanggal mundur: surat jalan tiba terlambat"
    assert page.card.item(0, 2).toolTip() == "Tanggal mundur: surat jalan tiba terlambat"
    assert page.card.item(0, 1).toolTip() == "Dokumen pengirim/permintaan: SJ/KEMENSOS/0417"
    assert first[7] == "4.500.000"
    assert page.card.item(1, 7).text() == "5.500.000" and page.card.item(1, 8).text() == ""
    if os.environ.get("TAGANA_SHOTS"):  # to look at it
        page.grab().save(os.path.join(os.environ["TAGANA_SHOTS"], "stock-card.png"))
