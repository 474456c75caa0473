"""Headings stay with what follows: on no page of a paper or report is the last line of the body a
section heading or a lead-in ("... sebagai berikut:"), read back with pypdf at character positions,
on A4 and F4, in DejaVu and in Liberation Serif (12 pt), at lengths that move them over page ends."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from deployment.reports import export
from deployment.reports.stock import StockItemTotal, StockPosition, StockPositionRow
from tagana_app import clock, pdf
from tests.reports import test_signature_pages as papers

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 1, 0, tzinfo=clock.zone())
FURNITURE = ("Halaman ", "Pindai kode QR", "Nomor: ", "SALINAN")


def is_heading(line: str) -> bool:
    return (line.endswith(("berikut:", "MEMERINTAHKAN:", "Tembusan Yth.:")) or line in (
        "Posisi stok per gudang", "Jumlah per barang") or line.startswith("GUD-"))


def last_lines(path: str) -> list[str]:
    """The lowest line of body text of every page (page furniture left out)."""
    out = []
    for page in PdfReader(path).pages:
        lines: dict[float, list[tuple[float, str]]] = {}

        def visit(text, cm, tm, font, size, lines=lines):  # noqa: ANN001, ANN202
            if text.strip():
                y = round(cm[3] * tm[5] + cm[5], 0)
                lines.setdefault(y, []).append((cm[0] * tm[4] + cm[4], text))

        page.extract_text(visitor_text=visit)
        body = [(y, " ".join(t.strip() for _x, t in sorted(parts))) for y, parts in lines.items()]
        body = [(y, text) for y, text in body if not text.startswith(FURNITURE)]
        out.append(min(body)[1])
    return out


def stock_report(paper: str, n: int, path: str) -> None:
    """A stock report with three warehouses of ``n`` items each: a heading per warehouse."""
    rows = tuple(StockPositionRow(f"GUD-{w}", f"Gudang {w}", f"B{i:03d}", f"Barang uji {i:03d}", "Pangan", "kg", i)
                 for w in range(1, 4) for i in range(1, n + 1))
    totals = tuple(StockItemTotal(f"B{i:03d}", f"Barang uji {i:03d}", "Pangan", "kg", 3 * i, 3) for i in range(1, n + 1))
    report = StockPosition("stock", "LAPORAN POSISI STOK PERSEDIAAN", (), NOW, DAY, rows, totals)
    export.to_pdf(report, path, papers._profile(paper), signed_on=DAY)


BUILDERS = {
    "stock_report": (stock_report, range(1, 40)),
    "spt": (papers.spt, range(1, 46)),
    "bast": (papers.bast, range(2, 36, 3)),
    "writeoff": (papers.writeoff, range(6, 42, 3)),
}


@pytest.mark.parametrize("font", ["dejavu", "liberation-serif"])
@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_no_page_ends_with_a_heading(kind, paper, font, tmp_path, monkeypatch) -> None:
    profile = papers._profile
    monkeypatch.setattr(papers, "_profile", lambda p: replace(profile(p), font=font))
    build, lengths = BUILDERS[kind]
    for n in lengths:
        path = str(tmp_path / f"{kind}-{n}.pdf")
        build(paper, n, path)
        ends = last_lines(path)
        assert not [line for line in ends if is_heading(line)], (n, ends)


def test_the_check_sees_a_heading_that_ends_a_page(tmp_path) -> None:
    """Without keeping it with what follows, a heading lands at the foot of a page at some length."""
    profile = papers._profile("A4")
    found = []
    for n in range(38, 52):
        path = str(tmp_path / f"plain-{n}.pdf")

        def story(ctx, n=n):  # noqa: ANN001, ANN202
            lone = pdf.para("Jumlah per barang", "heading")
            lone.keepWithNext = 0
            return [*[pdf.para(f"Baris isi {i}") for i in range(1, n)], lone, pdf.para("Baris sesudah judul")]

        pdf.build_document(path, profile, title="UJI", story=story)
        found += [n for line in last_lines(path) if is_heading(line)]
    assert found
