from __future__ import annotations

import base64
import io
import re
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from tagana_app import indonesian, pdf, settings
from tagana_app.pdf import Column, Signer
from tagana_app.progress import Cancelled, RecordingProgress

HEADERS = ("No", "Kode", "Uraian barang", "Batch/Serial", "Jumlah", "Satuan", "Kondisi")


def _logo_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 70), (20, 90, 40)).save(buffer, "PNG")
    return buffer.getvalue()


PROFILE = pdf.OfficeProfile(address="Jl. Raya Karang Tinggi Km. 20, Bengkulu Tengah", phone="(0736) 123456",
                            email="dinsos@contoh.go.id", logo_png=_logo_png(), head_name="Drs. Ahmad Contoh",
                            head_nip="197001012000031001")


def sample(target, rows: int = 1000, **kwargs) -> pdf.BuiltDocument:  # noqa: ANN001
    columns = [Column(h, w, a, fmt=str if h == "No" else None) for h, w, a in zip(HEADERS, (8, 12, 40, 16, 11, 10, 10),
                                                  ("center", "left", "left", "left", "right", "left", "left"),
                                                  strict=True)]
    lines = [[i + 1, f"BRG-{i % 8:03d}", "Paket sandang dewasa ukuran campuran untuk pengungsi" if i % 7 == 0
              else "Makanan siap saji", f"B{2026000 + i}", 1000 + i, "paket", "Baik"] for i in range(rows)]

    def story(ctx):  # noqa: ANN001, ANN202
        return [pdf.para(indonesian.bast_opening(date(2026, 11, 23), "Posko Desa Contoh"), "justify"),
                pdf.data_table(columns, lines, ctx.width),
                pdf.signature_blocks([Signer("PIHAK KEDUA,", "Kepala Desa", "Budi Contoh", id_label="NIK",
                                             id_value="1709010101800001"),
                                      Signer("PIHAK PERTAMA,", "Kepala Bidang", "Siti Contoh", id_value="1980")],
                                     ctx.width, place_date="Karang Tinggi, 23 November 2026",
                                     acknowledged=Signer("Mengetahui,", PROFILE.head_title, PROFILE.head_name,
                                                         id_value=PROFILE.head_nip))]
    return pdf.build_document(target, PROFILE, title="SURAT JALAN", number="001/SJ/DINSOS/XI/2026", story=story,
                              qr_payload="TAGANA|001/SJ/DINSOS/XI/2026|ABCDEFGHJK", **kwargs)


@pytest.fixture(scope="module")
def thousand_lines(tmp_path_factory) -> tuple[PdfReader, pdf.BuiltDocument]:  # noqa: ANN001
    path = tmp_path_factory.mktemp("pdf") / "manifest.pdf"
    built = sample(path)
    return PdfReader(path), built


def test_every_page_has_the_header_and_its_page_number(thousand_lines):
    reader, built = thousand_lines
    total = len(reader.pages)
    assert total == built.pages > 10
    numbers_seen = []
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"Halaman {n} dari {total}" in text
        for header in HEADERS:
            assert header in text, (n, header)
        numbers_seen += [int(m) for m in re.findall(r"^(\d+)\s+BRG-", text, re.M)]
    assert numbers_seen == list(range(1, 1001))


def test_letterhead_title_and_signatures(thousand_lines):
    reader, _ = thousand_lines
    first = reader.pages[0].extract_text()
    for text in ("PEMERINTAH KABUPATEN BENGKULU TENGAH", "DINAS SOSIAL", "Jl. Raya Karang Tinggi Km. 20",
                 "SURAT JALAN", "Nomor: 001/SJ/DINSOS/XI/2026", "Pada hari ini Senin tanggal dua puluh tiga"):
        assert text in first
    assert "PEMERINTAH KABUPATEN" not in reader.pages[1].extract_text()
    last = reader.pages[-1].extract_text()
    for text in ("Mengetahui,", "Kepala Dinas Sosial Kabupaten Bengkulu Tengah", "NIP. 197001012000031001",
                 "NIK. 1709010101800001", "Karang Tinggi, 23 November 2026"):
        assert text in last
    assert "SALINAN" not in first
    meta = reader.metadata
    assert meta.title == "SURAT JALAN" and meta.author == "DINAS SOSIAL Kabupaten Bengkulu Tengah"
    assert meta.subject == "001/SJ/DINSOS/XI/2026"


def test_paper_sizes_and_reprint_stamp(tmp_path):
    a4 = PdfReader(io.BytesIO(_build(rows=5, paper="A4"))).pages[0].mediabox
    assert (round(float(a4.width), 1), round(float(a4.height), 1)) == (595.3, 841.9)
    buffer = _build(rows=40, paper="F4", copy_no=2)
    reader = PdfReader(io.BytesIO(buffer))
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(609.4, abs=0.2) and float(box.height) == pytest.approx(935.4, abs=0.2)
    for page in reader.pages:
        assert "SALINAN ke-2" in page.extract_text()


def _build(**kwargs) -> bytes:  # noqa: ANN003
    buffer = io.BytesIO()
    sample(buffer, **kwargs)
    return buffer.getvalue()


def test_progress_reports_pages_and_cancel_writes_nothing(tmp_path):
    progress = RecordingProgress()
    built = sample(tmp_path / "a.pdf", rows=200, progress=progress)
    assert (built.pages, built.pages, f"Menulis halaman {built.pages} dari {built.pages}") == progress.reports[-1]
    assert any(text == "Menyusun halaman 2" for _, _, text in progress.reports)
    with pytest.raises(Cancelled):
        sample(tmp_path / "b.pdf", rows=200, progress=RecordingProgress(cancel_after=2))
    assert not (tmp_path / "b.pdf").exists() and list(tmp_path.iterdir()) == [tmp_path / "a.pdf"]


def test_profile_from_settings(db, admin):
    logo = base64.b64encode(_logo_png()).decode()
    db.write(lambda s: settings.set_office(s, admin, {settings.PAPER_SIZE: "F4", settings.OFFICE_LOGO_PNG: logo,
                                                      settings.HEAD_NAME: "Ir. Contoh"}))
    with db.read() as s:
        profile = pdf.load_profile(s)
    assert (profile.paper, profile.head_name, profile.logo_png) == ("F4", "Ir. Contoh", _logo_png())
    assert profile.head_title == "Kepala Dinas Sosial Kabupaten Bengkulu Tengah"
    assert pdf.decode_logo("bukan-png") is None and pdf.decode_logo("") is None


def test_cells_wrap_and_format():
    table = pdf.data_table([Column("A", 1), Column("B", 1, "right")], [["x" * 300, 1250], ["pendek", None]], 200)
    assert type(table._cellvalues[1][0]).__name__ == "Paragraph"
    assert table._cellvalues[1][1] == "1.250" and table._cellvalues[2] == ["pendek", ""]
    assert pdf.cell_text(date(2026, 1, 5)) == "05-01-2026" and pdf.cell_text(2.5) == "2,5"


def test_footer_label_spans_and_signature_limits():
    table = pdf.data_table([Column("No", 1), Column("Uraian", 10), Column("Jumlah", 3, "right")], [[1, "a", 2]], 300,
                           footer_rows=[["Jumlah keseluruhan", "", 2]], span_footer_label=2)
    assert table._cellvalues[-1][0] == "Jumlah keseluruhan"  # not squeezed into the narrow first column
    with pytest.raises(ValueError):
        pdf.signature_blocks([Signer(name=str(i)) for i in range(4)], 400)


def test_head_title_and_landscape():
    profile = pdf.OfficeProfile(government="PEMERINTAH KOTA BENGKULU", office="DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT")
    assert profile.head_title == "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Bengkulu"
    buffer = io.BytesIO()
    pdf.build_document(buffer, profile, title="LAPORAN", story=[pdf.para("isi")], landscape=True, paper="F4")
    box = PdfReader(buffer).pages[0].mediabox
    assert float(box.width) > float(box.height)


def _runs(page) -> list[tuple[str, float, float]]:  # noqa: ANN001
    """(text, x, y) of every text run on a page."""
    runs: list[tuple[str, float, float]] = []
    page.extract_text(visitor_text=lambda text, _cm, tm, _font, _size: text.strip() and runs.append(
        (text.strip(), tm[4], tm[5])))
    return runs


def test_names_stand_on_one_line_and_a_blank_name_is_one_dotted_line(tmp_path):
    """Headings of one, two and three lines above; the names (and the dotted line of a name to be written
    by hand, in a third of the page) below, all on one baseline."""
    signers = [Signer("Yang Menyerahkan,", "Petugas Gudang", "Siti Contoh"),
               Signer("Pengemudi,"),
               Signer("Yang Menerima,", "Kepala Desa Air Sebakul Kecamatan Talang Empat", "Budi Contoh",
                      id_label="NIK", id_value="1709010101800001")]
    path = tmp_path / "ttd.pdf"
    pdf.build_document(path, PROFILE, title="SURAT JALAN", number="001/SJ/DINSOS/XI/2026",
                       story=lambda ctx: [pdf.signature_blocks(signers, ctx.width, place_date="Karang Tinggi, "
                                                                                              "23 November 2026")])
    runs = _runs(PdfReader(path).pages[0])
    dotted = [r for r in runs if r[0].startswith("(..")]
    assert len(dotted) == 1 and dotted[0][0].endswith(")"), dotted  # one line, closed on it
    names = {text: y for text, _x, y in runs if text in ("Siti Contoh", "Budi Contoh")}
    assert len(names) == 2
    assert abs(names["Siti Contoh"] - names["Budi Contoh"]) < 0.5
    assert abs(dotted[0][2] - names["Siti Contoh"]) < 0.5


def _signed_table(path, paper: str, rows: int, room: float) -> list[str]:  # noqa: ANN001
    """A page 1 with ``room`` points left under a filler, then a table of ``rows`` rows with its closing
    text and two signatures (``pdf.signed_end``): the text of each page."""
    from reportlab.lib.units import mm

    from tagana_app.pdf import document

    page_h = pdf.paper_size(paper)[1]
    first_frame = page_h - document.KOP_TOP - document.KOP_HEIGHT - document.MARGIN_BOTTOM
    columns = [Column("No", 6, "center", wrap=False, fmt=str), Column("Uraian barang", 50), Column("Jumlah", 12)]

    def story(ctx):  # noqa: ANN001, ANN202
        title = sum(f.wrap(ctx.width, page_h)[1] for f in pdf.title_block("BERITA ACARA", "001/BA/XI/2026"))
        return [pdf.spacer((first_frame - title - room) / mm),
                pdf.signed_end(pdf.data_table(columns, [[i, f"Barang uji {i:03d}", 10] for i in range(1, rows + 1)],
                                              ctx.width),
                               [pdf.para("Demikian Berita Acara ini dibuat."),
                                pdf.signature_blocks([Signer("PIHAK KEDUA,", "Yang Menerima", "Budi Contoh"),
                                                      Signer("PIHAK PERTAMA,", "Yang Menyerahkan", "Siti Contoh",
                                                             id_value="197805122005011003")], ctx.width)])]

    pdf.build_document(path, PROFILE, title="BERITA ACARA", number="001/BA/XI/2026", story=story, paper=paper)
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_table_that_fits_on_a_page_with_its_signatures_is_not_cut(paper, tmp_path):
    """A table that fits on one page with its closing text and signatures is never cut to leave a row or
    two at the foot of the page before (it goes on whole, every row on the signed page), nor moved
    whole when a good part of it fits where it starts (that page would stand almost empty): it starts
    there with at least three rows.  A table longer than a page is still split, the signed page holding
    the closing text and its last rows."""
    for room in (40, 70, 120, 200, 300):
        for rows in (3, 5, 8, 12):
            pages = _signed_table(tmp_path / f"short-{room}-{rows}.pdf", paper, rows, room=room)
            signed = [n for n, text in enumerate(pages) if "Siti Contoh" in text]
            assert len(signed) == 1 and "Demikian Berita Acara" in pages[signed[0]], (room, rows)
            on_page = [re.findall(r"Barang uji \d{3}", text) for text in pages]
            before = sum(len(found) for found in on_page[:signed[0]])
            assert before == 0 or before >= 3, (room, rows, on_page)
            assert sum(len(found) for found in on_page) == rows and f"Barang uji {rows:03d}" in on_page[signed[0]]
    # room for the header and a row or two only: the whole table goes on with its signatures
    pages = _signed_table(tmp_path / "short.pdf", paper, 5, room=40)
    assert "Barang uji" not in pages[0] and re.findall(r"Barang uji \d{3}", pages[1]) == [
        f"Barang uji {i:03d}" for i in range(1, 6)]
    # room for most of it: it starts where it is, not on the next page
    pages = _signed_table(tmp_path / "starts.pdf", paper, 12, room=300)
    assert len(re.findall(r"Barang uji \d{3}", pages[0])) >= 3
    pages = _signed_table(tmp_path / "long.pdf", paper, 90, room=70)
    on_page = [re.findall(r"Barang uji \d{3}", text) for text in pages]
    assert on_page[0], "a long table starts where there is room"
    assert "Siti Contoh" in pages[-1] and "Demikian Berita Acara" in pages[-1] and "Barang uji 090" in on_page[-1]
    assert sum(len(rows) for rows in on_page) == 90
