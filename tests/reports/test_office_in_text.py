"""The office named inside the text of a paper ("bertindak untuk dan atas nama ...") as it is written:
"dan" small, the region once; read back from the printed PDFs of the demo data."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from deployment import demo_set
from deployment.dispatch import documents, loan_papers
from deployment.dispatch.models import Dispatch
from inventory import papers
from tagana_app import pdf, settings
from tagana_app.errors import TaganaError
from tagana_app.models import DocumentNumber
from tests.reports.test_whole_words import LONG_OFFICE

WRITTEN = ("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga "
           "Berencana Kabupaten Muaro")


def _text(path: str) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_papers_write_the_long_office_name_with_small_dan(db, admin, tmp_path):
    db.write(lambda s: demo_set.load_demo(s, admin))
    db.write(lambda s: settings.set_office(s, admin, {settings.OFFICE_NAME: LONG_OFFICE}))
    with db.read() as s:
        dispatches = list(s.scalars(select(Dispatch.number).order_by(Dispatch.id)))
        receipt = s.scalars(select(DocumentNumber.number).where(DocumentNumber.doc_type == "penerimaan")).first()
    printed: dict[str, str] = {}
    for number in dispatches:
        for what, work in (("bast", documents.print_bast), ("pinjam_pakai", loan_papers.print_pinjam_pakai),
                           ("pengembalian", loan_papers.print_pengembalian)):
            try:
                printed.setdefault(what, db.write(lambda s, w=work, n=number: w(s, admin, n,
                                                                               directory=tmp_path)).path)
            except TaganaError:
                pass  # a dispatch this paper is not for
    printed["penerimaan"] = db.write(lambda s: papers.print_stock_paper(s, admin, receipt, directory=tmp_path)).path
    assert set(printed) == {"bast", "pinjam_pakai", "pengembalian", "penerimaan"}
    for what, path in printed.items():
        text = _text(path)
        assert WRITTEN in text, what
        assert " Dan " not in text, what


def test_the_office_title_names_the_region_once():
    profile = pdf.OfficeProfile(government="PEMERINTAH KABUPATEN BENGKULU TENGAH", office="DINAS SOSIAL DAN PMD")
    assert profile.office_title == "Dinas Sosial dan Pmd Kabupaten Bengkulu Tengah"
    inside = dataclasses.replace(profile, office="DINAS SOSIAL KABUPATEN BENGKULU TENGAH")
    assert inside.office_title == "Dinas Sosial Kabupaten Bengkulu Tengah"
    assert inside.head_title == "Kepala Dinas Sosial Kabupaten Bengkulu Tengah"


def test_the_spt_keeps_its_copies_list_on_one_page(db, admin, tmp_path):
    """With the long office name and long names, the demo SPT's signature ended page 2 with "Tembusan Yth.:
    1. Bupati ..." at its foot and the other five copies alone on page 3."""
    from deployment.models import Incident
    from tests.fixtures.render_papers import _lengthen

    db.write(lambda s: demo_set.load_demo(s, admin))
    db.write(lambda s: _lengthen(s, admin))
    with db.read() as s:
        incident = s.scalars(select(Incident.number).order_by(Incident.id)).first()
    path = db.write(lambda s: documents.print_spt(s, admin, incident, directory=tmp_path)).path
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    holding = [n for n, page in enumerate(pages) if "Tembusan Yth" in page]
    assert len(holding) == 1 and "Arsip." in pages[holding[0]], pages


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_sentence_announcing_a_table_never_ends_a_page_without_it(db, admin, tmp_path, paper):
    """With long names the demo's Berita Acara Stock Opname and Penghapusan ended page 1 with "... sebagai
    berikut:" and began page 2 with the table."""
    from inventory import count_papers, writeoff_papers
    from inventory.models import StockCount, WriteOff
    from tests.fixtures.render_papers import _lengthen

    db.write(lambda s: demo_set.load_demo(s, admin))
    db.write(lambda s: _lengthen(s, admin))
    db.write(lambda s: settings.set_office(s, admin, {settings.PAPER_SIZE: paper}))
    with db.read() as s:
        count = s.scalars(select(StockCount.number).where(StockCount.status == "diposting")).first()
        writeoff = s.scalars(select(WriteOff.number).where(WriteOff.status == "disetujui")).first()
    paths = [db.write(lambda s: count_papers.print_count_report(s, admin, count, directory=tmp_path)).path,
             db.write(lambda s: writeoff_papers.print_writeoff(s, admin, writeoff, directory=tmp_path)).path]
    for path in paths:
        pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
        lead = next(page for page in pages if "sebagai berikut:" in page)
        assert re.search(r"sebagai berikut: No Kode .* 1 [A-Z]{3} ", lead), (path, lead[-300:])
