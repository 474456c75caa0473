"""The papers of receipts, issues and transfers (Berita Acara Penerimaan Barang, Surat Bukti Barang Keluar,
Surat Jalan mutasi): printed through the one print pipeline from the ledger lines, read back with pypdf."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from inventory import equipment, papers, stock, transfers
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import indonesian, numbering, printing, settings
from tagana_app.models import DocumentNumber
from tagana_app.signatories import MissingSignatory
from tests.conftest import KEEPER, SIGNERS
from tests.reports.test_signature_pages import ROW, Paper, _check, _profile

from .conftest import TODAY

HEAD = {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si.", settings.HEAD_NIP: "197001012000032001",
        settings.HEAD_RANK: "Pembina Utama Muda (IV/c)"}
EXPIRY = TODAY + timedelta(days=400)
# The pengurus barang and the Kepala Dinas named by the ``signers`` fixture.
KEEPER_NAME, KEEPER_NIP = SIGNERS["pengurus_barang"][1:3]
HEAD_NAME = SIGNERS["kepala_dinas"][1]


def _pages(path: str) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _has_qr(path: str) -> bool:
    return all(any("taganaQr" in str(name) for name in page["/Resources"]["/XObject"])
               for page in PdfReader(path).pages)


def _record_matches(report: printing.VerificationReport) -> bool:
    """The paper agrees with the record it documents (its lines, parties, remarks).  Its signatories are
    the print's own (the officials of that day), not something the record says."""
    return all("penandatangan" in d for d in report.differences)


@pytest.fixture
def office(env, users, pengurus_barang):  # noqa: ANN001, ANN201
    env.db.write(lambda s: settings.set_office(s, users["admin"], HEAD))
    return pengurus_barang


def _receipt(env, ref: str | None = "BAST/KEMENSOS/2026/77") -> str:  # noqa: ANN001
    return env.db.write(lambda s: stock.receive_goods(
        s, env.gudang, "GDG", [ReceiveLine("MSS", 120, "B-2026-11", EXPIRY),
                               ReceiveLine("GEN", 2, serials=("GEN-001", "GEN-002")),
                               ReceiveLine("BRS", 500, condition="rusak ringan")],
        source="kemensos", sender="Kementerian Sosial RI, Direktorat PSKBA", doc_number=ref,
        doc_date=TODAY - timedelta(days=2), backdate_reason="dicatat kemudian", remarks="bantuan buffer stock")).doc_number


def test_a_receipt_under_the_senders_document_gets_its_berita_acara(env, office, tmp_path):
    ref = _receipt(env)
    docs = tmp_path / "dokumen"
    first = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, ref, out=tmp_path / "ba.pdf",
                                                            directory=docs))
    assert first.copy_no == 0 and first.doc_type == "penerimaan" and "/BAPB/" in first.number
    text = " ".join(_pages(first.path))
    for expected in ("BERITA ACARA PENERIMAAN BARANG", f"Nomor: {first.number}", "Nomor dokumen pengirim : BAST/KEMENSOS/2026/77",
                     "Kementerian Sosial RI, Direktorat PSKBA", "Kemensos", indonesian.long_date(TODAY - timedelta(2)),
                     "Makanan siap saji", "B-2026-11", indonesian.short_date(EXPIRY), "120 paket", "GEN-001",
                     "GEN-002", "500 kg", "rusak ringan", "bantuan buffer stock", "Gudang Dinsos Kab. Bengkulu Tengah",
                     KEEPER_NAME, f"NIP. {KEEPER_NIP}", "Penata Muda (III/a)",
                     HEAD_NAME, "NIP. 197001012000032001", "Demikian Berita Acara ini dibuat",
                     "Jumlah: 3 jenis barang dalam 4 baris."):
        assert expected in text, expected
    assert _has_qr(first.path)
    # Printed again by the sender's number or by its own: a SALINAN of the same paper, no new number.
    again = env.db.write(lambda s: papers.print_stock_paper(s, env.pejabat, ref, directory=docs))
    third = env.db.write(lambda s: printing.reprint(s, env.gudang, first.number, directory=docs))
    assert (again.number, again.copy_no, third.number, third.copy_no) == (first.number, 1, first.number, 2)
    assert "SALINAN" in _pages(third.path)[0]
    assert sorted(os.listdir(docs))[0].startswith("berita-acara-penerimaan_")
    with env.db.read() as s:
        record = numbering.get_number(s, first.number)
        assert s.scalar(select(func.count()).select_from(DocumentNumber)
                        .where(DocumentNumber.doc_type == "penerimaan")) == 1
    assert (record.entity_id, record.print_count) == (ref, 3)


def test_a_receipt_numbered_by_the_office_prints_under_its_number(env, office, tmp_path):
    number = _receipt(env, ref=None)
    printed = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, number, directory=tmp_path))
    assert printed.number == number
    text = " ".join(_pages(printed.path))
    assert f"Nomor: {number}" in text and "Tanggal diterima" in text and "Nomor dokumen pengirim" not in text


def test_an_issue_prints_its_surat_bukti_barang_keluar(env, office, tmp_path):
    _receipt(env)
    number = env.db.write(lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("MSS", 30), IssueLine("GEN", 1, serials=("GEN-002",))],
        recipient="Posko Banjir Desa Srikaton", remarks="permintaan Camat Pondok Kelapa")).doc_number
    printed = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, number, directory=tmp_path))
    assert printed.number == number and "/SBBK/" in number
    text = " ".join(_pages(printed.path))
    for expected in ("SURAT BUKTI BARANG KELUAR", f"Nomor: {number}", "Posko Banjir Desa Srikaton",
                     "permintaan Camat Pondok Kelapa", "30 paket", "B-2026-11", "GEN-002", "Yang Menerima,",
                     KEEPER_NAME, "NIP. 197001012000032001"):
        assert expected in text, expected
    assert _has_qr(printed.path)


def test_a_transfer_prints_its_surat_jalan_with_the_condition_it_left_in(env, office, tmp_path):
    _receipt(env)
    number = env.db.write(lambda s: transfers.transfer_goods(
        s, env.gudang, "GDG", "LS1", [IssueLine("BRS", 200), IssueLine("GEN", 1, serials=("GEN-001",))],
        remarks="penguatan lumbung")).doc_number
    printed = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, number, directory=tmp_path))
    text = " ".join(_pages(printed.path))
    for expected in ("SURAT JALAN", "Mutasi Barang Antargudang", f"Nomor: {printed.number}",
                     "Gudang Dinsos Kab. Bengkulu Tengah (GDG)", "Lumbung Sosial Karang Tinggi (LS1)",
                     "200 kg", "GEN-001", "Baik".lower(), "Pengemudi,", KEEPER_NAME,
                     "penguatan lumbung"):
        assert expected in text, expected
    # The unit is damaged after it arrived: the paper and its check still say how it left.
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "GEN-001", "rusak berat"))
    with env.db.read() as s:
        content = papers.paper_content(papers.load_paper(s, "mutasi", number))
        assert _record_matches(printing.verify_document(s, printed.payload))
    assert [x["kondisi"] for x in content["baris"] if x["seri"]] == ["baik"]


def test_verification_catches_a_cancelled_line(env, office, tmp_path):
    ref = _receipt(env)
    printed = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, ref, directory=tmp_path))
    with env.db.read() as s:
        assert _record_matches(printing.verify_document(s, printed.code))
        moved = s.scalar(select(func.min(papers.StockMovement.id)).where(papers.StockMovement.doc_number == ref))
    env.db.write(lambda s: stock.reverse_movement(s, env.gudang, moved, "salah catat"))
    with env.db.read() as s:
        report = printing.verify_document(s, printed.code)
    assert not report.matches and not _record_matches(report)
    assert any("dibatalkan" in d for d in report.differences)


def test_a_paper_without_its_pengurus_barang_is_refused_and_takes_no_number(env, users, tmp_path):
    env.db.write(lambda s: settings.set_office(s, users["admin"], HEAD))
    ref = _receipt(env)
    with pytest.raises(MissingSignatory, match="Pengurus barang"):
        env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, ref, directory=tmp_path / "d"))
    with env.db.read() as s:
        assert s.scalar(select(func.count()).select_from(DocumentNumber)
                        .where(DocumentNumber.doc_type == "penerimaan")) == 0
    assert not (tmp_path / "d").exists()


def test_the_command_prints_and_refuses_in_indonesian(run, env, office, tmp_path):
    ref = _receipt(env)
    code, out, err = run("stock", "print", ref, "-o", str(tmp_path / "ba.pdf"), "--json")
    assert code == 0, err
    printed = json.loads(out)
    assert printed["copy_no"] == 0 and "BERITA ACARA PENERIMAAN BARANG" in _pages(str(tmp_path / "ba.pdf"))[0]
    code, out, _ = run("stock", "print", printed["number"], "-o", str(tmp_path / "ba2.pdf"))
    assert code == 0 and "SALINAN ke-1" in out
    code, _, err = run("stock", "print", "TIDAK-ADA-99")
    assert code == 1 and err.startswith("Ditolak: ") and "TIDAK-ADA-99" in err
    assert run("stock", "print", ref, user="pemantau")[0] == 1
    env.db.write(lambda s: numbering.next_number(s, env.gudang, "bast", TODAY))
    with env.db.read() as s:
        bast = s.scalar(select(DocumentNumber.number).where(DocumentNumber.doc_type == "bast"))
    code, _, err = run("stock", "print", bast)
    assert code == 1 and "Berita Acara Serah Terima" in err and "Traceback" not in err


# --- layout: the signature block keeps the closing text and a line of the table, A4 and F4 ---------------

def _paper(doc_type: str, n: int) -> papers.MovementPaper:
    gdg = papers.WarehouseParty("GDG", "Gudang Dinsos", "Jl. Contoh No. 1", "Siti Contoh")
    ls1 = papers.WarehouseParty("LS1", "Lumbung Sosial Karang Tinggi", "Desa Contoh", "Budi Contoh")
    lines = tuple(papers.PaperLine(i, f"B{i:03d}", f"Barang uji {i:03d}", "paket", f"B{2026000 + i}",
                                   date(2027, 1, 1), None, 10 + i, "baik", "", False) for i in range(1, n + 1))
    return papers.MovementPaper(doc_type, "001/X/2026", date(2026, 11, 23), None, gdg,
                                ls1 if doc_type == "mutasi" else None, "Kemensos", "Kementerian Sosial RI", "", lines)


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("doc_type", sorted(papers.KINDS))
def test_the_signature_page_holds_the_closing_text_and_a_row(doc_type, paper, tmp_path):
    pengurus_barang = KEEPER
    head = papers.Official("Dra. Wulan Contoh, M.Si.", "197001012000032001", "Kepala Dinas Sosial")
    signers = {"penerimaan": {"Yang Menerima": pengurus_barang, "Mengetahui": head},
               "pengeluaran": {"Yang Menyerahkan": pengurus_barang, "Mengetahui": head},
               "mutasi": {"Yang Menyerahkan": pengurus_barang}}[doc_type]
    profile = _profile(paper)
    closing = {"penerimaan": "Demikian Berita Acara ini dibuat", "pengeluaran": "telah diserahkan dan diterima",
               "mutasi": "diterima di gudang tujuan"}[doc_type]
    for n in range(2, 44, 2):
        path = str(tmp_path / f"{doc_type}-{paper}-{n}.pdf")
        papers.build_paper(path, profile, _paper(doc_type, n), "001/X/2026", signers, payload="TAGANA|X|ABCDEFGHJK")
        _check(Paper(path, f"NIP. {pengurus_barang.nip}", closing))
    assert ROW.search(" ".join(_pages(path)))


@pytest.mark.parametrize(("paper", "height_mm"), [("A4", 297), ("F4", 330)])
def test_the_paper_is_printed_on_the_offices_paper_size(env, office, users, tmp_path, paper, height_mm):
    env.db.write(lambda s: settings.set_office(s, users["admin"], {settings.PAPER_SIZE: paper}))
    _receipt(env)
    number = env.db.write(lambda s: transfers.transfer_goods(s, env.gudang, "GDG", "LS1",
                                                         [IssueLine("MSS", 5)])).doc_number
    printed = env.db.write(lambda s: papers.print_stock_paper(s, env.gudang, number, directory=tmp_path))
    pages = PdfReader(printed.path).pages
    assert all(round(float(p.mediabox.height) / 72 * 25.4) == height_mm for p in pages)
    assert "Lumbung Sosial Karang Tinggi" in " ".join(_pages(printed.path))
