"""Transfers and corrections through the window, as the clerk does them: a transfer sent (Surat Jalan
printed) and received short with a reason, and a wrong receipt corrected from the stock card."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from inventory import transfers
from inventory.models import StockCorrection
from tagana_app import settings
from ui import ops
from ui.pages.stock import StockPage
from ui.pages.stock_model import Column
from ui.pages.transfer_dialogs import CorrectionDialog, ReceiveTransferDialog, SendTransferDialog
from ui.printed import PrintedDialog

from .test_stock_page import stocked  # noqa: F401 - the fixture


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def _page(qtbot, ctx) -> StockPage:  # noqa: ANN001
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    _settled(qtbot)
    qtbot.waitUntil(lambda: bool(page.choices["warehouses"]))
    return page


def _on_hand(ctx, warehouse: str, item: str) -> int:  # noqa: ANN001
    from inventory import queries
    with ctx.db.read() as s:
        return sum(b.quantity for b in queries.balances(s, warehouse=warehouse, item=item))


def test_a_transfer_sent_then_received_short(qtbot, make_ctx, stocked, pengurus_barang, no_modal_dialogs,  # noqa: F811
                                             tmp_path, monkeypatch) -> None:
    ctx = make_ctx(stocked["gudang"])
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = _page(qtbot, ctx)
    assert page.tasks_button.isVisible() and page.transfer_action.isVisible()
    page.transfer_action.trigger()
    dialog = page.findChild(SendTransferDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.source.setCurrentIndex(dialog.source.findData("GDG"))
    dialog.target.setCurrentIndex(dialog.target.findData("LS1"))
    qtbot.keyClicks(dialog.driver, "Joko Contoh")
    qtbot.keyClicks(dialog.vehicle, "BD 8123 AB")
    combo, spin = dialog.line_widgets(0)
    qtbot.keyClicks(combo.lineEdit(), "Beras (BRS)")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentData() == "BRS"
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1][0] == "confirm" and "Beras (BRS): 30 kg" in no_modal_dialogs[-1][1]
    qtbot.waitUntil(lambda: dialog.result_info is not None)
    number = dialog.result_info.number
    assert number in dialog.done_label.text() and dialog.print_button.isVisible()
    assert _on_hand(ctx, "GDG", "BRS") == 10 and _on_hand(ctx, "LS1", "BRS") == 5
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: dialog.findChild(PrintedDialog) is not None)
    paper = dialog.findChild(PrintedDialog).path
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(paper).pages).split())
    assert "SURAT JALAN" in text and number in text and "BD 8123 AB" in text and "Lumbung Sosial" in text
    dialog.findChild(PrintedDialog).close()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # "Tutup"
    assert not dialog.isVisible()

    # the stock page shows what is on the road for the selected row
    _settled(qtbot)
    row = next(r for r in range(page.model.rowCount())
               if (page.model.row(r).item, page.model.row(r).warehouse) == ("BRS", "GDG"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(row, Column.ITEM)).center())
    qtbot.waitUntil(lambda: page.transit.rowCount() == 1)
    assert page.transit.item(0, 0).text() == number and page.transit.item(0, 5).text() == "30"
    page.detail.setCurrentIndex(page.transit_tab)

    # at the destination: 28 arrived
    page.transfer_receive_action.trigger()
    receiving = page.findChild(ReceiveTransferDialog)
    qtbot.waitUntil(lambda: receiving.lines.rowCount() == 1)
    assert receiving.transfer.currentData() == number
    got = receiving.received_spin(0)
    got.setFocus()
    got.selectAll()
    qtbot.keyClicks(got, "28")
    qtbot.mouseClick(receiving.ok_button, Qt.MouseButton.LeftButton)
    assert "isi alasan selisih" in receiving.error.text()  # refused in the dialog, nothing booked
    qtbot.keyClicks(receiving.reason, "2 kg karung sobek di perjalanan")
    qtbot.mouseClick(receiving.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: receiving.result_info is not None)
    assert receiving.result_info.status == "diterima_selisih"
    assert no_modal_dialogs[-1] == ("inform", f"Mutasi {number} diterima di Lumbung Sosial Karang Tinggi. "
                                              "Selisih 2 dicatat hilang di perjalanan.")
    assert _on_hand(ctx, "LS1", "BRS") == 33
    with ctx.db.read() as s:
        assert transfers.in_transit(s) == []


def test_a_wrong_receipt_is_corrected_from_the_stock_card(qtbot, make_ctx, stocked, no_modal_dialogs) -> None:  # noqa: F811
    ctx = make_ctx(stocked["gudang"])
    page = _page(qtbot, ctx)
    row = next(r for r in range(page.model.rowCount())
               if (page.model.row(r).item, page.model.row(r).warehouse) == ("SLM", "LS1"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(row, Column.ITEM)).center())
    qtbot.waitUntil(lambda: page.card.rowCount() == 1)
    page.detail.setCurrentIndex(1)
    assert not page.correct_button.isEnabled()
    qtbot.mouseClick(page.card.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.card.visualItemRect(page.card.item(0, 0)).center())
    receipt = page.card.item(0, 1).text()
    assert page.correct_button.isEnabled()
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CorrectionDialog)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 2)  # the receipt had two lines (BRS and SLM)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Isi alasan koreksi" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "diterima ke lumbung yang salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: dialog.result_info is not None)
    kinds = [k for k, _text in no_modal_dialogs]
    assert kinds[-2:] == ["confirm", "inform"] and dialog.result_info.number in no_modal_dialogs[-1][1]
    assert _on_hand(ctx, "LS1", "SLM") == 0 and _on_hand(ctx, "LS1", "BRS") == 0
    with ctx.db.read() as s:
        assert s.scalar(select(StockCorrection.original_number)) == receipt
