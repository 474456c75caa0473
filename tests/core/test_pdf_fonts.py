"""The office's font setting: every paper is printed in the chosen face (the fonts embedded in the PDF,
read back with pypdf) and, with a Liberation face, at Tata Naskah Dinas sizes (12 pt body)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from pypdf import PdfReader

from inventory import documents as inv_docs
from inventory.queries import StockCard, StockCardLine
from tagana_app import pdf, settings
from tagana_app.pdf import fonts

BODY = "Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya."


def embedded_fonts(path) -> set[str]:  # noqa: ANN001
    """The base names of the fonts a PDF uses, without the subset prefix ("ABCDEF+LiberationSans")."""
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def sizes_of(path, text: str) -> Counter:  # noqa: ANN001
    """The font sizes (times the text matrix' scale) the glyphs of ``text`` are drawn at."""
    found: Counter = Counter()

    def visit(chunk, cm, tm, font, size):  # noqa: ANN001, ANN202
        if chunk.strip() and chunk.strip() in text:
            found[round(size * tm[0] * cm[0], 2)] += 1

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def _paper(path, face: str, paper: str = "A4") -> None:  # noqa: ANN001
    profile = pdf.OfficeProfile(address="Jl. Contoh No. 1", head_name="Dra. Wulan Contoh", paper=paper, font=face)

    def story(ctx):  # noqa: ANN001, ANN202
        return [pdf.para("Rincian barang", "heading"),
                pdf.data_table([pdf.Column("No", 1, fmt=str), pdf.Column("Uraian barang", 5)],
                               [[1, "Selimut"], [2, "Beras"]], ctx.width),
                pdf.para(BODY, "justify")]

    pdf.build_document(path, profile, title="BERITA ACARA", number="001/BA/2026", story=story,
                       qr_payload="TAGANA|X|ABCDEFGHJK")


@pytest.mark.parametrize(("face", "family", "body"), [
    ("dejavu", "DejaVuSans", 10.5), ("liberation-sans", "LiberationSans", 12), ("liberation-serif", "LiberationSerif", 12)])
def test_a_paper_embeds_the_chosen_face_at_its_body_size(face, family, body, tmp_path) -> None:
    path = tmp_path / f"{face}.pdf"
    _paper(path, face)
    used = embedded_fonts(path)
    assert {family, f"{family}-Bold"} <= used
    assert not {name for name in used if not name.startswith(family)}, used  # nothing else, page furniture too
    assert set(sizes_of(path, BODY)) == {body}


def test_the_setting_reaches_the_stock_card_through_the_office_profile(db, admin, tmp_path) -> None:
    line = StockCardLine(1, date(2026, 11, 2), "penerimaan", "001/BAPB/DINSOS/XI/2026", date(2026, 11, 2), "masuk",
                         "Kemensos RI", "B1", None, 5, 0, 5, "")
    card = StockCard("GDG", "Gudang Dinsos", "17.09", "BRS", "Beras", "Pangan", "kg", None, None, 0, (line,))
    db.write(lambda s: settings.set_office(s, admin, {settings.FONT: "liberation-serif"}))
    with db.read() as s:
        profile = pdf.load_profile(s)
    inv_docs.stock_card_pdf(card, profile, tmp_path / "kartu.pdf")
    assert {name.split("-")[0] for name in embedded_fonts(tmp_path / "kartu.pdf")} == {"LiberationSerif"}  # only
    assert set(sizes_of(tmp_path / "kartu.pdf", "Gudang Dinsos (GDG)")) == {12}


def test_an_unknown_setting_prints_in_dejavu_and_the_setting_refuses_it(db, admin) -> None:
    assert fonts.face_named("comic-sans") is fonts.DEJAVU
    from tagana_app.errors import ValidationError
    with pytest.raises(ValidationError):
        db.write(lambda s: settings.set_office(s, admin, {settings.FONT: "comic-sans"}))
