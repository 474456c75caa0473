"""From the "Gudang & Stok" page, as the warehouse clerk and the official would: start a count with its
team and cut-off, print its Berita Acara Stock Opname once posted; record a write-off's decree, value
and disposal method and print its Berita Acara Penghapusan; the PDFs are read back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from inventory import catalog, counts, stock, writeoffs
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, settings
from ui import ops
from ui.pages.stock import StockPage


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
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 40)], source="kemensos")
    db.write(work)
    return users


def test_the_clerk_starts_a_count_with_its_team_and_prints_its_berita_acara(qtbot, make_ctx, stocked, opened):
    ctx = make_ctx(stocked["gudang"])
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.count_action.isVisible() and not page.writeoff_paper_button.isVisibleTo(page)
    dialog = page.open_start_count()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the first row has a role but no name
    _settled(qtbot)
    assert "wajib diisi" in dialog.error.text()
    dialog.team.set_member(0, "Rina Marlina, S.E.", "198503122010012003", "Ketua Tim")
    qtbot.mouseClick(dialog.team.add_button, Qt.MouseButton.LeftButton)
    dialog.team.set_member(1, "Dewi Lestari", "12345", "Anggota")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "harus 18 angka" in dialog.error.text() and dialog.result_count is None
    dialog.team.set_member(1, "Dewi Lestari", "", "Anggota")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    number = dialog.result_count.number
    assert [m.name for m in dialog.result_count.team] == ["Rina Marlina, S.E.", "Dewi Lestari"]
    g = stocked["gudang"]
    ctx.db.write(lambda s: counts.enter_count(s, g, number, "BRS", 38, reason="tercecer"))
    ctx.db.write(lambda s: counts.submit_count(s, g, number))
    ctx.db.write(lambda s: counts.approve_count(s, stocked["pejabat"], number))

    paper = page.open_count_paper()
    qtbot.addWidget(paper)
    _settled(qtbot)
    assert paper.count.currentData() == number and paper.team.table.rowCount() == 2
    assert clock.zone_code() in paper.cutoff.text()
    with qtbot.waitSignal(paper.accepted):
        qtbot.mouseClick(paper.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert opened == [paper.printed_doc.path] and paper.printed_doc.copy_no == 0
    text = _text(opened[0])
    assert "BERITA ACARA STOCK OPNAME" in text and "Rina Marlina, S.E." in text and "198503122010012003" in text
    assert "40 0 38 -2 tercecer" in text and "Dra. Wulan Contoh, M.Si." in text


def test_the_official_records_the_decree_and_prints_the_berita_acara_penghapusan(qtbot, make_ctx, stocked, opened):
    g, pejabat = stocked["gudang"], stocked["pejabat"]
    ctx = make_ctx(pejabat)
    number = ctx.db.write(lambda s: writeoffs.request_writeoff(s, g, "GDG", [IssueLine("BRS", 5)], reason_kind="rusak",
                                                               reason="terendam banjir")).number
    ctx.db.write(lambda s: writeoffs.approve_writeoff(s, pejabat, number))
    page = StockPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.open_writeoff_paper()
    qtbot.addWidget(dialog)
    _settled(qtbot)
    assert dialog.writeoff.currentData() == number
    qtbot.keyClicks(dialog.value, "Rp 1.500.000")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no decree yet
    _settled(qtbot)
    assert "perlu nomor, tanggal dan pejabat" in dialog.error.text() and not opened
    qtbot.keyClicks(dialog.decree_number, "000.2.3.3/145/DINSOS/2026")
    qtbot.keyClicks(dialog.decree_issuer, "Bupati Bengkulu Tengah")
    dialog.decree_date.setDate(dialog.decree_date.date().addDays(-3))
    dialog.method.setCurrentIndex(dialog.method.findData("dihibahkan"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert opened == [dialog.printed_doc.path]
    text = _text(opened[0])
    day = clock.today() - timedelta(days=3)
    assert f"Keputusan Bupati Bengkulu Tengah Nomor 000.2.3.3/145/DINSOS/2026 tanggal {day.day} " in text
    assert "dihibahkan" in text and "Rp 1.500.000" in text and "Gudang" in text
    assert "Dra. Wulan Contoh, M.Si." in text and "Administrator" not in text
