"""The field papers read back with pypdf: the BAST's wording both ways, lent equipment apart with its
serials, the Berita Acara Pinjam Pakai and Pengembalian of lent equipment."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from deployment import incidents
from deployment.dispatch import documents, loan_papers
from deployment.dispatch import service as D
from deployment.dispatch.lifecycle import DocumentNotReady
from tagana_app import indonesian, printing, settings
from tagana_app.errors import ValidationError
from tests.conftest import SIGNERS

from .conftest import TODAY
from .test_documents import HANDOVER, PROFILE


def _text(path: str) -> str:
    return " ".join(_pages(path))


def _pages(path: str) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _with_its_table(path: str, sentence: str, row: str) -> None:
    """The sentence that introduces a table never ends a page alone: its page holds the table's first row."""
    page = next(p for p in _pages(path) if sentence in p)
    assert row in page, page[-300:]


def _dispatch(env, *, received: dict | None = None, lend: bool = True, due=None) -> str:  # noqa: ANN001
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    number = env.new(loan_due=due)
    env.add(number, "MSS", 60)
    env.add(number, "FK", 25)
    if lend:
        env.add(number, "GEN", 2)
        env.add(number, "VEL", 4)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    env.step(D.handover_dispatch, number, "gudang", received=received or {}, reason="basah terkena hujan",
             when=HANDOVER)
    return number


def test_bast_says_intact_only_when_every_line_arrived_as_sent(env, tmp_path):
    whole = _dispatch(env, lend=False)
    text = _text(env.db.write(lambda s: documents.print_bast(s, env.pejabat, whole, directory=tmp_path)).path)
    assert "dalam keadaan baik dan utuh dengan rincian sebagai berikut:" in text
    assert "kecuali" not in text and "pinjam pakai" not in text

    short = _dispatch(env, received={"FK": 20}, lend=False)
    text = _text(env.db.write(lambda s: documents.print_bast(s, env.pejabat, short, directory=tmp_path)).path)
    assert ("dalam keadaan baik dan utuh, kecuali sebagaimana tercantum pada kolom Keterangan, dengan rincian "
            "sebagai berikut:") in text
    assert re.search(r"2 Family kit 20 paket Dikirim 25, selisih 5: basah terkena hujan", text)


def test_lent_equipment_is_listed_apart_with_serials_and_the_duty_to_return(env, tmp_path):
    due = TODAY + timedelta(days=20)
    number = _dispatch(env, due=due)
    text = _text(env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path)).path)
    aid, lent = text.split("pinjam pakai", 1)
    # the aid table holds the consumables only; the genset and the velbeds are lent, with their serials
    assert re.search(r"1 Makanan siap saji 60 paket 2 Family kit 25 paket", aid)
    assert "Genset" not in aid and "Velbed" not in aid
    assert f"paling lambat tanggal {indonesian.long_date(due)}" in lent
    assert "bukan bantuan yang diserahkan untuk dimiliki" in lent
    for row in ("1 Genset 2000 W G-001 1 unit Baik", "2 Genset 2000 W G-002 1 unit Baik", "3 Velbed - 4 unit Baik"):
        assert row in lent, row
    assert lent.index("Velbed") < lent.index("Demikian Berita Acara ini dibuat")


def test_pinjam_pakai_and_pengembalian(env, tmp_path):
    due = TODAY + timedelta(days=3)
    number = _dispatch(env, due=due)
    out = env.db.write(lambda s: loan_papers.print_pinjam_pakai(s, env.koordinator, number, directory=tmp_path))
    assert re.fullmatch(r"001/BAPP/DINSOS/[IVX]+/\d{4}", out.number) and out.copy_no == 0
    assert out.path.endswith("_asli.pdf") and "berita-acara-pinjam-pakai_" in out.path
    text = _text(out.path)
    for part in ("BERITA ACARA PINJAM PAKAI PERALATAN", f"Nomor: {out.number}", "PIHAK PERTAMA", "PIHAK KEDUA",
                 SIGNERS["pihak_pertama"][1], "Budi Contoh", "Peminjam", "Yang Meminjamkan", "Mengetahui,",
                 SIGNERS["kepala_dinas"][1], f"sampai dengan {indonesian.long_date(due)}",
                 f"paling lambat tanggal {indonesian.long_date(due)}", "Berita Acara Pengembalian"):
        assert part in text, part
    for row in ("1 Genset 2000 W G-001 1 unit Baik", "2 Genset 2000 W G-002 1 unit Baik", "3 Velbed - 4 unit Baik"):
        assert row in text, row
    assert "Makanan siap saji" not in text  # aid given away is not lent
    _with_its_table(out.path, "sebagaimana tercantum pada kolom Kondisi:", "1 Genset 2000 W G-001")
    with env.db.read() as s:
        lent_content = printing.current_content(s, "pinjam_pakai", out.number, number)

    with pytest.raises(loan_papers.NothingReturned):
        env.db.write(lambda s: loan_papers.print_pengembalian(s, env.koordinator, number, directory=tmp_path))
    # One genset back damaged and late, the other on time.
    env.step(D.return_goods, number, "gudang", "GEN", 1, serials=["G-002"], when=due - timedelta(days=1))
    env.step(D.return_goods, number, "gudang", "GEN", 1, serials=["G-001"], condition="rusak ringan",
             remarks="tangki bocor", when=due + timedelta(days=2))
    back = env.db.write(lambda s: loan_papers.print_pengembalian(s, env.koordinator, number, directory=tmp_path))
    assert re.fullmatch(r"001/BAKB/DINSOS/[IVX]+/\d{4}", back.number)
    text = _text(back.path)
    for part in ("BERITA ACARA PENGEMBALIAN PERALATAN PINJAM PAKAI", f"Berita Acara Pinjam Pakai Nomor {out.number}",
                 f"paling lambat tanggal {indonesian.long_date(due)}", "Yang Mengembalikan",
                 "melewati batas waktu"):
        assert part in text, part
    assert re.search(r"1 Genset 2000 W G-002 1 unit Baik [\d-]+ Tepat waktu", text)
    assert re.search(r"2 Genset 2000 W G-001 1 unit Rusak ringan [\d-]+ Terlambat 2 hari; tangki bocor", text)
    assert "Velbed" not in text  # still out: not on this paper
    _with_its_table(back.path, "dengan kondisi dan tanggal kembali sebagai berikut:", "1 Genset 2000 W G-002")

    # The velbeds come back later: a second Berita Acara for them alone; the first prints again as it was.
    env.step(D.return_goods, number, "gudang", "VEL", 4, when=due)
    second = env.db.write(lambda s: loan_papers.print_pengembalian(s, env.koordinator, number, directory=tmp_path))
    assert second.number.startswith("002/BAKB/") and "Velbed" in _text(second.path)
    assert "Genset" not in _text(second.path)
    again = env.db.write(lambda s: printing.reprint(s, env.koordinator, back.number, directory=tmp_path))
    assert again.copy_no == 1 and "G-001" in _text(again.path) and "Velbed" not in _text(again.path)

    # The Pinjam Pakai still says how the genset left (Baik): what its code covers, rebuilt from the
    # database after the returns, is what it was when printed.
    copy = env.db.write(lambda s: loan_papers.print_pinjam_pakai(s, env.koordinator, number, directory=tmp_path))
    assert copy.number == out.number and copy.copy_no == 1
    assert re.search(r"G-001 1 unit Baik", _text(copy.path))
    with env.db.read() as s:
        assert printing.current_content(s, "pinjam_pakai", out.number, number) == lent_content
        assert lent_content["barang"][0] == {"uraian": "Genset 2000 W", "seri": "G-001", "jumlah": 1,
                                             "satuan": "unit", "kondisi": "Baik"}
        returned = printing.current_content(s, "ba_pengembalian", back.number, number)
    assert [(r["seri"], r["kondisi"], r["keterangan"]) for r in returned["barang"]] == [
        ("G-002", "Baik", "Tepat waktu"), ("G-001", "Rusak ringan", "Terlambat 2 hari; tangki bocor")]


def test_a_dispatch_without_equipment_has_no_pinjam_pakai_and_a_draft_none_yet(env, tmp_path):
    number = _dispatch(env, lend=False)
    with pytest.raises(loan_papers.NothingLent):
        env.db.write(lambda s: loan_papers.print_pinjam_pakai(s, env.koordinator, number, directory=tmp_path))
    draft = env.new()
    env.add(draft, "GEN", 1)
    with pytest.raises(DocumentNotReady):
        env.db.write(lambda s: loan_papers.print_pinjam_pakai(s, env.koordinator, draft, directory=tmp_path))


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_field_papers_on_both_papers(env, tmp_path, paper):
    number = _dispatch(env, received={"FK": 20})
    env.db.write(lambda s: settings.set_office(s, env.admin, {settings.PAPER_SIZE: paper}))
    env.step(D.return_goods, number, "gudang", "GEN", 2, when=HANDOVER + timedelta(days=5))
    for print_ in (documents.print_bast, loan_papers.print_pinjam_pakai, loan_papers.print_pengembalian):
        printed = env.db.write(lambda s, p=print_: p(s, env.koordinator if p is not documents.print_bast
                                                      else env.pejabat, number, directory=tmp_path))
        reader = PdfReader(printed.path)
        box = reader.pages[0].mediabox
        size = (round(float(box.width) / mm), round(float(box.height) / mm))
        assert size == ((210, 297) if paper == "A4" else (215, 330))
        last = " ".join(reader.pages[-1].extract_text().split())
        assert "Demikian Berita Acara ini dibuat" in last and "PIHAK PERTAMA," in last


def test_each_table_says_its_own_state(env, tmp_path):
    number = _dispatch(env, received={"FK": 20})  # the family kits arrived short; the lent equipment complete
    text = _text(env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path)).path)
    aid, lent = text.split("(pinjam pakai)", 1)
    assert "kecuali sebagaimana tercantum pada kolom Keterangan, dengan rincian sebagai berikut:" in aid
    assert lent.startswith(", dalam keadaan baik dan utuh. Peralatan ini bukan bantuan")


def test_a_due_date_before_the_dispatch_is_refused_and_the_default_is_the_emergency_end(env):
    with pytest.raises(ValidationError, match="Tanggal wajib kembali peralatan pinjam pakai"):
        env.new(loan_due=TODAY - timedelta(days=1))
    number = env.new()
    with pytest.raises(ValidationError, match="sebelum tanggal pengiriman"):
        env.step(D.update_header, number, "koordinator", loan_due=TODAY - timedelta(days=1))
    env.add(number, "GEN", 1)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    assert env.show(number).loan_due == TODAY + timedelta(days=D.LOAN_DAYS)  # no emergency period recorded
    end = TODAY + timedelta(days=9)
    env.db.write(lambda s: incidents.update_incident(s, env.koordinator, env.incident, status_from=TODAY,
                                                     status_to=end))
    other = env.new()
    env.add(other, "GEN", 1)
    env.approve(other)
    env.step(D.send_dispatch, other, "gudang")
    assert env.show(other).loan_due == end
