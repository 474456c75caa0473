"""Every paper of the demo data, read back with pypdf: no word of a table is split over two lines,
and a long office name wraps beside the logo at a readable size (issue 12, item 5)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable
from sqlalchemy import select

from deployment import demo_set
from deployment.dispatch import documents
from deployment.dispatch.models import Dispatch
from deployment.models import Incident
from deployment.reports import REPORTS, ReportFilter, export
from inventory import count_papers, queries, writeoff_papers
from inventory import documents as inventory_documents
from inventory.models import Batch, Item, StockCount, StockMovement, Warehouse, WriteOff
from tagana_app import pdf, settings
from tagana_app.errors import TaganaError
from tagana_app.progress import NullProgress

LONG_OFFICE = ("DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN "
               "KELUARGA BERENCANA KABUPATEN MUARO")  # 120 characters


def _table_words(monkeypatch) -> list[str]:  # noqa: ANN001
    """Records the words of every heading and cell handed to the tables of the documents."""
    seen: list[str] = []
    original = pdf.data_table

    def recording(columns, rows, width, **kwargs):  # noqa: ANN001, ANN003, ANN202
        rows = list(rows)
        for column in columns:
            seen.extend(column.title.split())
        for row in [*rows, *kwargs.get("footer_rows", ())]:
            for column, value in zip(columns, row, strict=False):
                if not isinstance(value, Flowable):
                    text = pdf.cell_text(value) if column.fmt is None or value is None else column.fmt(value)
                    seen.extend(text.split())
        return original(columns, rows, width, **kwargs)

    monkeypatch.setattr(pdf, "data_table", recording)
    return seen


def split_words(path: str, words: list[str]) -> list[str]:
    """Words that are in the PDF's text only when its line breaks are ignored: broken inside."""
    lines = [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]
    tokens = Counter(tok for line in lines for tok in line.split())
    squashed = "".join("".join(line.split()) for line in lines)
    broken = []
    for word in sorted({w for w in words if len(w) >= 3 and not w.isdigit()}):  # "100" is in "10 0"
        whole = sum(n * tok.count(word) for tok, n in tokens.items() if word in tok)
        if squashed.count(word) > whole:
            broken.append(word)
    return broken


def _papers(db, admin, tmp_path, paper: str, font: str = "dejavu") -> list[str]:  # noqa: ANN001
    """Surat Jalan, BAST, SPT, stock card, Berita Acara Penghapusan, stock and distribution reports."""
    db.write(lambda s: settings.set_office(s, admin, {settings.PAPER_SIZE: paper, settings.FONT: font}))
    out: list[str] = []

    def attempt(work) -> None:  # noqa: ANN001
        try:
            out.append(db.write(work).path)
        except TaganaError:
            pass  # a paper this record is not ready for (a draft has no Surat Jalan)

    with db.read() as s:
        dispatches = list(s.scalars(select(Dispatch.number).order_by(Dispatch.id)))
        incident_numbers = list(s.scalars(select(Incident.number).order_by(Incident.id)))
        writeoffs = list(s.scalars(select(WriteOff.number).where(WriteOff.status == "disetujui")))
        counts_ = list(s.scalars(select(StockCount.number).where(StockCount.status == "diposting")))
    for number in dispatches:
        attempt(lambda s, n=number: documents.print_manifest(s, admin, n, directory=tmp_path))
        attempt(lambda s, n=number: documents.print_bast(s, admin, n, directory=tmp_path))
    for number in incident_numbers:
        attempt(lambda s, n=number: documents.print_spt(s, admin, n, directory=tmp_path))
    for number in counts_:
        attempt(lambda s, n=number: count_papers.print_count_report(s, admin, n, directory=tmp_path))
    for number in writeoffs:
        attempt(lambda s, n=number: writeoff_papers.print_writeoff(s, admin, n, directory=tmp_path))
    with db.read() as s:
        profile = pdf.load_profile(s)
        wh, item = s.execute(select(Warehouse.code, Item.code).join(StockMovement, StockMovement.warehouse_id == Warehouse.id)
                             .join(Item, StockMovement.item_id == Item.id).join(Batch, StockMovement.batch_id == Batch.id)
                             .where(Batch.expiry.is_not(None)).order_by(StockMovement.id).limit(1)).one()
        path = tmp_path / f"kartu-{paper}.pdf"
        inventory_documents.stock_card_pdf(queries.stock_card(s, wh, item), profile, path)
        out.append(str(path))
        for kind in ("stock", "distribution"):
            path = tmp_path / f"{kind}-{paper}.pdf"
            export.to_pdf(REPORTS[kind].build(s, ReportFilter(), NullProgress()), path, profile)
            out.append(str(path))
    return out


@pytest.mark.parametrize(("paper", "font"), [("A4", "dejavu"), ("F4", "dejavu"), ("A4", "liberation-sans"),
                                             ("F4", "liberation-serif")])
def test_no_word_of_the_demo_papers_is_split_across_lines(db, admin, tmp_path, monkeypatch, paper, font):
    from tests.core.test_pdf_fonts import embedded_fonts

    db.write(lambda s: demo_set.load_demo(s, admin))
    words = _table_words(monkeypatch)
    paths = _papers(db, admin, tmp_path, paper, font)
    family = pdf.fonts.FACES[font].regular
    # every paper, printed through its pipeline, is set in the office's font and nothing else
    assert {p.rsplit("/", 1)[-1]: sorted(f for f in embedded_fonts(p) if not f.startswith(family))
            for p in paths} == {p.rsplit("/", 1)[-1]: [] for p in paths}
    names = " ".join(re.sub(r"[-_]\d.*", "", p.rsplit("/", 1)[-1]) for p in paths)
    for kind in ("surat-jalan", "bast", "spt", "berita-acara-penghapusan", "stock-opname", "kartu", "stock",
                 "distribution"):
        assert kind in names, (kind, names)
    assert {"Kedaluwarsa", "lembar"} <= set(words) and any(re.fullmatch(r"\d\d-\d\d-\d{4}", w) for w in words)
    broken = {p.rsplit("/", 1)[-1]: split_words(p, words) for p in paths}
    assert {name: found for name, found in broken.items() if found} == {}


def test_a_narrow_table_shrinks_its_font_rather_than_split_a_word():
    columns = [pdf.Column("No", 1), pdf.Column("Kedaluwarsa", 1), pdf.Column("Nomor Dokumen", 1)]
    table = pdf.data_table(columns, [[1, "25-12-2026", "001/BAPB/DINSOS/XI/2026"]], 175)
    assert table._cellvalues[1][2] == "001/BAPB/DINSOS/XI/2026"  # fits whole: a plain string, no wrapping
    assert table._cellvalues[1][1] == "25-12-2026"
    assert pdf.blocks.MIN_CELL_SIZE <= table._cellStyles[1][2].fontsize < 9
    assert sum(table._colWidths) == pytest.approx(175)
    wide = pdf.data_table(columns, [[1, "25-12-2026", "001/BAPB/DINSOS/XI/2026"]], 400)
    assert wide._cellStyles[1][2].fontsize == 9


def _name_chars(path: str, name: str) -> list[tuple[float, float, float]]:
    """(x, y, font size) of each text run on page 1 that is part of the office name."""
    found: list[tuple[float, float, float]] = []
    words = set(name.replace(",", " ").split())

    def visit(text, cm, tm, font_dict, size):  # noqa: ANN001, ANN202
        if text.strip() and set(text.replace(",", " ").split()) <= words and text.isupper():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            found.append((x, y, size * tm[0] * cm[0], text))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_long_office_name_wraps_beside_the_logo_at_ten_points_or_more(tmp_path, paper):
    from tests.core.test_pdf import PROFILE
    assert len(LONG_OFFICE) == 120
    profile = dataclasses.replace(PROFILE, office=LONG_OFFICE)
    path = tmp_path / "kop.pdf"
    pdf.build_document(path, profile, title="SURAT JALAN", story=[pdf.para("Isi surat.")], paper=paper)
    runs = [r for r in _name_chars(str(path), LONG_OFFICE) if "PEMERINTAH" not in r[3]]
    assert " ".join(" ".join(r[3].split()) for r in runs) == LONG_OFFICE
    assert 2 <= len(runs) <= 4 and all(size >= 10 for _, _, size, _ in runs)
    layout = pdf.document.letterhead_layout(profile, pdf.paper_size(paper))
    lx, ly, lw, lh = layout.logo
    from tagana_app.pdf.fonts import SANS_BOLD, string_width
    for x, y, size, text in runs:
        # text drawn centred: its left edge is what the visitor reports; it must start right of the logo
        assert x >= lx + lw or y >= ly + lh or y + size <= ly, (text, x, lx + lw)
        assert x + string_width(text, SANS_BOLD, size) <= layout.centre * 2 - lx
    # the body starts under the rule of the taller letterhead
    title_y = [tm[5] * cm[3] + cm[5] for text, cm, tm in _runs(str(path)) if "SURAT JALAN" in text]
    assert layout.body_top < layout.rule_y < min(y for _, y, _, _ in runs)
    assert title_y and title_y[0] < layout.body_top + 1 < min(y for _, y, _, _ in runs)


def _runs(path: str) -> list[tuple[str, list[float], list[float]]]:
    found: list[tuple[str, list[float], list[float]]] = []
    PdfReader(path).pages[0].extract_text(visitor_text=lambda text, cm, tm, *_: found.append((text, cm, tm)))
    return found


def test_a_short_office_name_keeps_its_size(tmp_path):
    from tests.core.test_pdf import PROFILE
    path = tmp_path / "kop.pdf"
    pdf.build_document(path, PROFILE, title="SURAT JALAN", story=[pdf.para("Isi surat.")])
    runs = [r for r in _name_chars(str(path), "DINAS SOSIAL") if r[3].strip() == "DINAS SOSIAL"]
    assert [round(size, 1) for _, _, size, _ in runs] == [17.0]
