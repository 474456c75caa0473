"""Every signed paper, built on A4 and F4 at lengths around its page boundaries and read back with
pypdf: the page that holds the signature block also holds the closing text and a body line (a
table row) of what is signed; the signature never stands alone on a page."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from deployment import incidents
from deployment.dispatch import loan_papers, pdfs
from deployment.dispatch import service as D
from deployment.reports import export
from deployment.reports.stock import StockItemTotal, StockPosition, StockPositionRow
from inventory import count_papers, writeoff_papers
from inventory import documents as inv_docs
from inventory.counts import CountInfo, CountLineInfo, CountSheet, CountSheetLine, TeamMember
from inventory.queries import StockCard, StockCardLine
from inventory.writeoffs import Decree, WriteOffInfo, WriteOffLineInfo
from tagana_app import clock, indonesian, pdf
from tagana_app.signatories import Official

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 1, 0, tzinfo=clock.zone())
HEAD_NIP = "197001012000032001"
RECIPIENT_NIP = "197501012000031002"
ROW = re.compile(r"Barang uji \d{3}")


def _profile(paper: str) -> pdf.OfficeProfile:
    return pdf.OfficeProfile(address="Jl. Contoh No. 1, Karang Tinggi", head_name="Dra. Wulan Contoh, M.Si.",
                             head_rank="Pembina Utama Muda (IV/c)", head_nip=HEAD_NIP, paper=paper)


@dataclass(frozen=True)
class Paper:
    path: str
    signer: str   # text of the signature block (a NIP line) found on exactly one page
    closing: str  # the closing text or the place-and-date line above the signatures


def _dispatch(rows: int) -> D.DispatchRecord:
    lines = tuple(D.LineInfo(i + 1, f"BRG-{i:03d}", f"Barang uji {i + 1:03d}", "paket", "Pangan", "consumable",
                             False, 10 + i, False,
                             (D.PickInfo(0, f"B{2026000 + i}", date(2027, 1, 1), None, None, 10 + i, 0),),
                             None, "", 0, "", 0) for i in range(rows))
    return D.DispatchRecord(
        1, "001/KRM/DINSOS/XI/2026", "approved", "Disetujui", "KB-2026-0001", "Banjir uji", "tanggap_darurat",
        "banjir", "banjir", NOW, "GDG", "Gudang Dinsos", "Jl. Contoh No. 1", "Siti Contoh", DAY,
        "posko", "Posko Desa Contoh", "17.09.03", "Pondok Kelapa", "", "Budi Contoh", "Camat", "NIP",
        RECIPIENT_NIP, "BD 8123 AB", "Joko Contoh", "", "APBD", "", "koordinator", "koordinator", NOW, "",
        None, None, "", None, None, "", "001/SJ/DINSOS/XI/2026", None, lines, (), ())


def manifest(paper: str, n: int, path: str) -> Paper:
    profile = _profile(paper)
    pdfs.build_manifest_pdf(path, profile, _dispatch(n), "001/SJ/DINSOS/XI/2026", payload="TAGANA|X|ABCDEFGHJK")
    return Paper(path, f"NIP. {RECIPIENT_NIP}", indonesian.place_and_date(profile.city, DAY))


def bast(paper: str, n: int, path: str) -> Paper:
    first = pdfs.Official("Hendra Contoh, S.Sos.", "197805122005011003", "Kepala Bidang", "Penata (III/c)")
    pdfs.build_bast_pdf(path, _profile(paper), _dispatch(n), "001/BAST/DINSOS/XI/2026", first,
                        payload="TAGANA|X|ABCDEFGHJK")
    return Paper(path, f"NIP. {HEAD_NIP}", "Demikian Berita Acara ini dibuat")


def _lent(rows: int) -> D.DispatchRecord:
    """A dispatch that lent ``rows`` serial-numbered units (pinjam pakai)."""
    lines = tuple(D.LineInfo(i + 1, f"GEN-{i:03d}", f"Barang uji {i + 1:03d}", "unit", "Peralatan", "equipment", True,
                             1, False, (D.PickInfo(0, "", None, f"SN-{i + 1:04d}", "baik", 1, 0),), None, "", 0, "",
                             0) for i in range(rows))
    return replace(_dispatch(0), lines=lines, loan_due=DAY + timedelta(days=14), sent_on=DAY)


LOAN_FIRST = Official("Hendra Contoh, S.Sos.", "197805122005011003", "Kepala Bidang", "Penata (III/c)")
LOAN_HEAD = Official("Dra. Wulan Contoh, M.Si.", HEAD_NIP, "Kepala Dinas Sosial", "Pembina Utama Muda (IV/c)")


def pinjam_pakai(paper: str, n: int, path: str) -> Paper:
    loan_papers.build_pinjam_pakai_pdf(path, _profile(paper), _lent(n), "001/BAPP/DINSOS/XI/2026", LOAN_FIRST,
                                       LOAN_HEAD, payload="TAGANA|X|ABCDEFGHJK")
    return Paper(path, f"NIP. {HEAD_NIP}", "Demikian Berita Acara ini dibuat")


def pengembalian(paper: str, n: int, path: str) -> Paper:
    returns = tuple(D.ReturnInfo("RT-001", f"GEN-{i:03d}", f"Barang uji {i + 1:03d}", "unit", 1, "baik",
                                 (f"SN-{i + 1:04d}",), DAY + timedelta(days=5), "gudang", "", equipment=True)
                    for i in range(n))
    loan_papers.build_pengembalian_pdf(path, _profile(paper), _lent(n), "001/BAKB/DINSOS/XI/2026", returns,
                                       LOAN_FIRST, LOAN_HEAD, payload="TAGANA|X|ABCDEFGHJK")
    return Paper(path, f"NIP. {HEAD_NIP}", "Demikian Berita Acara ini dibuat")


def spt(paper: str, n: int, path: str) -> Paper:
    incident = incidents.IncidentRecord(
        1, "KB-2026-0001", "banjir", "banjir", "Banjir luapan Sungai Contoh",
        (incidents.RegionInfo("17.09.03", "Pondok Kelapa"),), NOW, "tanggap_darurat", "tanggap darurat",
        "188.4/12/2026", DAY, None, "Kantor Camat", "", incidents.Figures())
    members = tuple(pdfs.DutyMember(f"Barang uji {i:03d}", f"17090314039500{i:02d}", f"NIAT-{i:04d}", "relawan",
                                    "relawan lapangan", DAY, DAY + timedelta(days=7)) for i in range(1, n + 1))
    order = pdfs.DutyOrderRecord("001/SPT/DINSOS/XI/2026", DAY, incident, members)
    pdfs.build_spt_pdf(path, _profile(paper), order, payload="TAGANA|X|ABCDEFGHJK")
    return Paper(path, f"NIP. {HEAD_NIP}", "Pada tanggal")


def stock_card(paper: str, n: int, path: str) -> Paper:
    lines = tuple(StockCardLine(i, DAY, "penerimaan", f"{i:03d}/BAPB/DINSOS/XI/2026", DAY, "masuk",
                                f"Barang uji {i:03d}", "B1", None, 5, 0, 5 * i, "") for i in range(1, n + 1))
    card = StockCard("GDG", "Gudang Dinsos", "17.09", "BRS", "Beras", "Pangan", "kg", None, None, 0, lines)
    profile = _profile(paper)
    inv_docs.stock_card_pdf(card, profile, path)
    return Paper(path, f"NIP. {HEAD_NIP}", indonesian.place_and_date(profile.city, clock.today()))


def count_sheet(paper: str, n: int, path: str) -> Paper:
    lines = tuple(CountSheetLine(i, f"B{i:03d}", f"Barang uji {i:03d}", "Pangan", "kg", "B1", None)
                  for i in range(1, n + 1))
    profile = _profile(paper)
    inv_docs.count_sheet_pdf(CountSheet("001/SO/DINSOS/XI/2026", "GDG", "Gudang Dinsos", NOW, lines), profile, path)
    return Paper(path, "Petugas Penghitung,", indonesian.place_and_date(profile.city, clock.today()))


HEAD = Official("Dra. Wulan Contoh, M.Si.", HEAD_NIP, "Kepala Dinas Sosial", "Pembina Utama Muda (IV/c)")


def count_report(paper: str, n: int, path: str, team: int = 3) -> Paper:
    lines = tuple(CountLineInfo(i, i, f"B{i:03d}", f"Barang uji {i:03d}", "Pangan", "kg", "B1", None, False, 10, 9,
                                0, 10, -1, "rusak") for i in range(1, n + 1))
    members = tuple(TeamMember(f"Anggota Contoh {i}", f"19850312201001200{i % 10}", "Ketua Tim" if i == 1 else "Anggota")
                    for i in range(1, team + 1))
    info = CountInfo(1, "001/SO/DINSOS/XI/2026", "GDG", "Gudang Dinsos", "diposting", NOW, NOW, "", lines, NOW,
                     members)
    count_papers.count_report_pdf(info, _profile(paper), HEAD, path, 0, "TAGANA|X|ABCDEFGHJK")
    return Paper(path, f"NIP. {HEAD_NIP}", "Demikian Berita Acara Stock Opname")


def count_report_big_team(paper: str, n: int, path: str) -> Paper:
    return count_report(paper, n, path, team=7)


def writeoff(paper: str, n: int, path: str) -> Paper:
    lines = tuple(WriteOffLineInfo(i, f"B{i:03d}", f"Barang uji {i:03d}", "kg", "B1", None, None, "rusak", 2)
                  for i in range(1, n + 1))
    info = WriteOffInfo(1, "001/PHP/DINSOS/XI/2026", "GDG", "Gudang Dinsos", "disetujui", "rusak",
                        "terendam banjir", NOW, "gudang", NOW, "pejabat", "", lines,
                        Decree("000.2.3.3/145/DINSOS/2026", DAY, "Bupati Bengkulu Tengah"), 1_250_000, "dimusnahkan")
    with open(path, "wb") as target:
        writeoff_papers.writeoff_pdf(info, _profile(paper), target, 0, "TAGANA|X|ABCDEFGHJK",
                                     proposer=Official("Siti Contoh", "", "Pengurus Barang"), approver=HEAD)
    return Paper(path, f"NIP. {HEAD_NIP}", "Demikian Berita Acara ini dibuat")


def stock_report(paper: str, n: int, path: str) -> Paper:
    rows = tuple(StockPositionRow("GDG", "Gudang Dinsos", f"B{i:03d}", f"Barang uji {i:03d}", "Pangan", "kg", i)
                 for i in range(1, n + 1))
    totals = tuple(StockItemTotal(f"B{i:03d}", f"Barang uji {i:03d}", "Pangan", "kg", i, 1) for i in range(1, n + 1))
    report = StockPosition("stock", "LAPORAN POSISI STOK PERSEDIAAN", (), NOW, DAY, rows, totals)
    profile = _profile(paper)
    export.to_pdf(report, path, profile, signed_on=DAY)
    return Paper(path, f"NIP. {HEAD_NIP}", indonesian.place_and_date(profile.city, DAY))


def _check(paper: Paper) -> None:
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(paper.path).pages]
    signed = [n for n, page in enumerate(pages, 1) if paper.signer in page]
    assert len(signed) == 1, (paper.signer, len(pages))
    page = pages[signed[0] - 1]
    assert paper.closing in page, f"page {signed[0]} of {len(pages)} has the signature without the closing text"
    assert ROW.search(page), f"page {signed[0]} of {len(pages)} has the signature without a row of the table"


BUILDERS: dict[str, tuple[Callable[[str, int, str], Paper], range]] = {
    # lengths that step over the first page boundary (and, for the long ones, a second one)
    "manifest": (manifest, range(4, 40, 2)),
    "bast": (bast, range(2, 36, 2)),
    "stock_card": (stock_card, range(1, 40, 2)),
    "count_sheet": (count_sheet, range(10, 46, 2)),
    "count_report": (count_report, range(2, 46, 2)),
    "count_report_big_team": (count_report_big_team, range(2, 40, 2)),
    "writeoff": (writeoff, range(6, 42, 2)),
    "pinjam_pakai": (pinjam_pakai, range(2, 40, 2)),
    "pengembalian": (pengembalian, range(2, 40, 2)),
    "stock_report": (stock_report, range(2, 40, 2)),
}


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_the_signature_page_holds_the_closing_text_and_a_row(kind, paper, tmp_path) -> None:
    build, lengths = BUILDERS[kind]
    for n in lengths:
        _check(build(paper, n, str(tmp_path / f"{kind}-{paper}-{n}.pdf")))


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("people", [1, 10, 25, 40, *range(11, 24)])
def test_spt_signature_page_holds_the_orders_and_a_volunteer(people, paper, tmp_path) -> None:
    built = spt(paper, people, str(tmp_path / f"spt-{paper}-{people}.pdf"))
    if people <= pdfs.LAMPIRAN_AFTER:
        _check(built)
        return
    # More people go to a Lampiran signed again: the order's signature page holds the orders, the
    # Lampiran's last page its own signature with its last rows.
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(built.path).pages]
    signed = [n for n, page in enumerate(pages) if built.signer in page]
    assert len(signed) == 2, (people, paper, len(pages))
    order, lampiran = pages[signed[0]], pages[signed[1]]
    assert "sebagaimana tercantum dalam Lampiran" in " ".join(pages[:signed[0] + 1])
    assert "Melaksanakan perintah ini dengan penuh tanggung jawab." in order and built.closing in order
    assert signed[1] == len(pages) - 1 and built.closing in lampiran and ROW.search(lampiran)
    assert f"{people} Barang uji {people:03d}" in lampiran


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_bast_whose_lines_fit_on_one_page_with_the_signatures_is_not_cut(paper, tmp_path) -> None:
    """The demo's BAST of three lines left one line at the foot of page 1 and two on the signed page: a
    table that fits on one page with the closing text and signatures is cut only with at least three
    rows before the cut, else it stands whole on the signed page."""
    for n in range(1, 13):
        built = bast(paper, n, str(tmp_path / f"bast-{paper}-{n}.pdf"))
        pages = [" ".join(page.extract_text().split()) for page in PdfReader(built.path).pages]
        signed = [i for i, page in enumerate(pages) if built.signer in page]
        assert len(signed) == 1
        before = sum(len(ROW.findall(page)) for page in pages[:signed[0]])
        assert before == 0 or before >= 3, (n, before)
        assert before + len(ROW.findall(pages[signed[0]])) == n and f"Barang uji {n:03d}" in pages[signed[0]]
