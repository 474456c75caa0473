"""A write-off through the window, as the people who do it: the clerk proposes it from a batch on the
"Gudang & Stok" page, the batch says it waits, the pejabat sees it on the dashboard, approves it with a
note and prints the Berita Acara Penghapusan (read back).  Nobody decides their own request."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from inventory import catalog, equipment, stock, writeoffs
from inventory.stock import ReceiveLine
from tagana_app import settings
from ui import ops
from ui.pages.dashboard import DashboardPage
from ui.pages.stock import StockPage
from ui.pages.writeoff_dialogs import WriteOffDecisionDialog, WriteOffListDialog, WriteOffRequestDialog


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _text(path: str) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def stocked(db, users, local, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        settings.set_office(s, users["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si.",
                                                settings.HEAD_NIP: "197001012000032001"})
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "TND", "Tenda keluarga", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 40, batch="B1", unit_price=14_000),
                                          ReceiveLine("TND", 2, serials=("T-1", "T-2"))], source="kemensos")
        equipment.set_condition(s, g, "TND", "T-1", "rusak ringan", remarks="tiang bengkok")
    db.write(work)
    return users


def _page(qtbot, ctx, item: str) -> StockPage:  # noqa: ANN001
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    _settled(qtbot)
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).item == item)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.batches.rowCount() > 0)
    return page


def _request_dialog(qtbot, page: StockPage) -> WriteOffRequestDialog:  # noqa: ANN001
    dialog = page.findChildren(WriteOffRequestDialog)[-1]  # the one just opened
    qtbot.waitUntil(lambda: dialog.batch.count() > 1 or dialog.units.count() > 0)
    return dialog


def test_the_clerk_proposes_a_writeoff_the_pejabat_approves_it_and_prints_the_berita_acara(
        qtbot, make_ctx, stocked, opened, no_modal_dialogs):  # noqa: ANN001
    clerk = make_ctx(stocked["gudang"])
    page = _page(qtbot, clerk, "BRS")
    page.detail.setCurrentIndex(0)
    assert not page.batch_writeoff_button.isEnabled()
    page.batches.selectRow(0)
    qtbot.mouseClick(page.batch_writeoff_button, Qt.MouseButton.LeftButton)
    dialog = _request_dialog(qtbot, page)
    assert dialog.batch.currentData() == "B1" and dialog.reason_kind.currentText() == "Rusak berat"
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.quantity, "5")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)  # a bare Enter books nothing
    assert dialog.result_info is None and dialog.isVisible()
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # submits: refused
    assert "uraian alasan" in dialog.error.text() and dialog.result_info is None
    qtbot.keyClicks(dialog.reason, "karung sobek terendam banjir")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    number = dialog.result_info.number
    assert [(x.batch, x.quantity) for x in dialog.result_info.lines] == [("B1", 5)]
    assert no_modal_dialogs[-1][0] == "inform" and number in no_modal_dialogs[-1][1]
    # the batch row says what its reservation waits for
    qtbot.waitUntil(lambda: page.batches.item(0, 3).text() == f"diajukan dihapus 5 ({number})", timeout=5_000)
    clerks_list = page.open_writeoff_list()  # the clerk sees the list, but decides nothing
    qtbot.waitUntil(lambda: clerks_list.table.rowCount() == 1)
    assert not clerks_list.approve_button.isVisibleTo(clerks_list)
    clerks_list.close()

    pejabat = make_ctx(stocked["pejabat"])
    dashboard = DashboardPage(pejabat)
    qtbot.addWidget(dashboard)
    card = dashboard.pending_writeoffs
    qtbot.waitUntil(lambda: not card.isHidden() and card.list.count() == 1, timeout=10_000)
    assert number in card.list.item(0).text() and "Beras 5 kg" in card.list.item(0).text()

    office = _page(qtbot, pejabat, "BRS")
    with qtbot.waitSignal(dashboard.link_activated):
        dashboard.open_link("stock:writeoffs")  # what a click on the line does, on the window's stock page
    office.show_link("writeoffs")
    listing = office.findChildren(WriteOffListDialog)[-1]
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    assert not listing.approve_button.isEnabled()
    listing.table.selectRow(0)
    assert listing.approve_button.isEnabled() and listing.reject_button.isEnabled()
    qtbot.mouseClick(listing.approve_button, Qt.MouseButton.LeftButton)
    decision = listing.decision
    qtbot.keyClicks(decision.note, "sesuai pemeriksaan gudang")
    with qtbot.waitSignal(decision.accepted):
        qtbot.mouseClick(decision.ok_button, Qt.MouseButton.LeftButton)
    assert decision.result_info.status == "disetujui" and decision.result_info.decided_by == "pejabat"
    paper = listing.paper  # after the approval, its Berita Acara
    qtbot.waitUntil(lambda: paper.writeoff.currentData() == number)
    qtbot.keyClicks(paper.decree_number, "000.2.3.3/150/DINSOS/2026")
    qtbot.keyClicks(paper.decree_issuer, "Kepala Dinas Sosial Kabupaten Bengkulu Tengah")
    paper.method.setCurrentIndex(paper.method.findData("dimusnahkan"))
    with qtbot.waitSignal(paper.accepted):
        qtbot.mouseClick(paper.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert opened == [paper.printed_doc.path]
    text = _text(opened[0])
    assert "BERITA ACARA PENGHAPUSAN BARANG PERSEDIAAN" in text and "karena rusak berat" in text
    assert "5 kg 14.000 70.000" in text and "Jumlah nilai 70.000" in text and "Dra. Wulan Contoh, M.Si." in text
    qtbot.waitUntil(lambda: card.isHidden(), timeout=10_000)  # nothing waits any more
    qtbot.waitUntil(lambda: listing.table.item(0, 6).text() == "Disetujui")


def test_nobody_decides_their_own_writeoff_in_the_window(qtbot, make_ctx, stocked, no_modal_dialogs):  # noqa: ANN001
    admin = make_ctx(stocked["admin"])
    page = _page(qtbot, admin, "TND")
    page.detail.setCurrentIndex(2)
    page.units.selectRow(0)  # T-1, rusak ringan: not written off as rusak berat
    qtbot.mouseClick(page.unit_writeoff_button, Qt.MouseButton.LeftButton)
    dialog = _request_dialog(qtbot, page)
    assert dialog.checked_serials() == ("T-1",)
    qtbot.keyClicks(dialog.reason, "tiang bengkok")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "rusak ringan" in dialog.error.text() and "Ubah dulu kondisinya" in dialog.error.text()
    dialog.reason_kind.setCurrentIndex(dialog.reason_kind.findData("hilang"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    number = dialog.result_info.number
    qtbot.waitUntil(lambda: page.units.item(0, 2).text().endswith(f"diajukan dihapus ({number})"), timeout=5_000)

    listing = page.open_writeoff_list()
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    listing.table.selectRow(0)
    assert listing.approve_button.isVisibleTo(listing) and not listing.approve_button.isEnabled()
    assert not listing.reject_button.isEnabled() and "selain 'admin'" in listing.approve_button.toolTip()
    assert listing.open_decision(approve=True) is None
    # and were the decision asked for anyway, the service refuses it
    info = listing.selected()
    decision = WriteOffDecisionDialog(admin, info, approve=True, parent=listing)
    qtbot.addWidget(decision)
    qtbot.mouseClick(decision.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "atas pekerjaannya sendiri" in decision.error.text() and decision.result_info is None
    with admin.db.read() as s:
        assert writeoffs.get_writeoff(s, number).status == "diajukan"

    # a pejabat refuses it: a note is required
    pejabat = make_ctx(stocked["pejabat"])
    office = _page(qtbot, pejabat, "TND")
    listing = office.open_writeoff_list()
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    listing.table.selectRow(0)
    decision = listing.open_decision(approve=False)
    qtbot.mouseClick(decision.ok_button, Qt.MouseButton.LeftButton)
    assert "alasan penolakan" in decision.error.text()
    qtbot.keyClicks(decision.note, "unit masih ada di lokasi pengungsian")
    with qtbot.waitSignal(decision.accepted):
        qtbot.mouseClick(decision.ok_button, Qt.MouseButton.LeftButton)
    assert decision.result_info.status == "ditolak"
    office.detail.setCurrentIndex(2)
    qtbot.waitUntil(lambda: "diajukan" not in office.units.item(0, 2).text(), timeout=5_000)
