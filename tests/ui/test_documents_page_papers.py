"""The "Dokumen" page lists the stock papers (Berita Acara Penerimaan Barang, Berita Acara Penghapusan)
with their titles and finds them by their warehouse, as a person searching the page would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from inventory import papers, stock, writeoff_papers, writeoffs
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import settings
from tests.inventory.conftest import TODAY, env  # noqa: F401 - env: two warehouses and four items
from tests.inventory.test_stock_papers import office  # noqa: F401 - the office with its signatories
from ui import ops
from ui.pages.dispatch_model import DocumentColumn
from ui.pages.documents import DocumentsPage


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _titles(page: DocumentsPage) -> dict[str, str]:
    model = page.model
    return {model.row(r).number: model.data(model.index(r, DocumentColumn.TITLE), Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())}


def test_the_page_lists_stock_papers_by_title_and_finds_a_receipt_by_its_warehouse(
        qtbot, make_ctx, env, office, tmp_path):  # noqa: F811
    g = env.gudang
    docs = tmp_path / "dokumen"
    lumbung = env.db.write(lambda s: stock.receive_goods(
        s, g, "LS1", [ReceiveLine("BRS", 200)], source="apbd", sender="Bulog Sub Divre Bengkulu",
        doc_date=TODAY - timedelta(days=1), backdate_reason="dicatat kemudian")).doc_number
    gudang = env.db.write(lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 50)],
                                                        source="kemensos")).doc_number
    writeoff = env.db.write(lambda s: writeoffs.request_writeoff(s, g, "GDG", [IssueLine("BRS", 5)],
                                                                 reason_kind="rusak", reason="basah")).number
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, writeoff, decree=writeoffs.Decree("900/12/BT/2026", TODAY, "Bupati Bengkulu Tengah"),
        method="dimusnahkan"))
    bapb = env.db.write(lambda s: papers.print_stock_paper(s, g, lumbung, directory=docs))
    other = env.db.write(lambda s: papers.print_stock_paper(s, g, gudang, directory=docs))
    baph = env.db.write(lambda s: writeoff_papers.print_writeoff(s, g, writeoff, directory=docs))

    ctx = make_ctx(env.users["koordinator"])
    ctx.local.set(settings.DOCUMENTS_DIR, str(docs))
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 520)
    _settled(qtbot)
    titles = _titles(page)
    assert titles == {bapb.number: "Penerimaan di Lumbung Sosial Karang Tinggi dari Bulog Sub Divre Bengkulu",
                      other.number: "Penerimaan di Gudang Dinsos Kab. Bengkulu Tengah dari Kemensos",
                      baph.number: "Penghapusan barang rusak berat di Gudang Dinsos Kab. Bengkulu Tengah"}
    page.grab().save(str(tmp_path / "dokumen-semua.png"))

    qtbot.keyClicks(page.search, "karang tinggi")
    qtbot.waitUntil(lambda: not page._timer.isActive())
    _settled(qtbot)
    assert list(_titles(page)) == [bapb.number]
    page.table.selectRow(0)
    assert page.open_button.isEnabled()  # its file in the documents folder is known
    page.grab().save(str(tmp_path / "dokumen-cari.png"))
