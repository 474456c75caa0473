"""Manifest, BAST and SPT read back with pypdf; numbering, SALINAN, verification, the register."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import select, update

from deployment import assignments
from deployment.dispatch import documents
from deployment.dispatch import service as D
from deployment.dispatch.documents import DocumentNotReady
from deployment.dispatch.models import DispatchLine
from tagana_app import clock, indonesian, pdf, printing, settings
from tagana_app.models import AuditLog
from tagana_app.verification import InvalidVerificationCode
from tests.conftest import SIGNERS

from .conftest import TODAY

HANDOVER = date(2026, 11, 23)  # a Monday
# Numbers of papers printed today carry today's Roman month and year ("XI/2026" on 23 November 2026).
THIS_MONTH = f"{indonesian.roman_month(TODAY)}/{TODAY.year}"
HEAD, FIRST = SIGNERS["kepala_dinas"], SIGNERS["pihak_pertama"]  # the users named (name, NIP, rank)
PROFILE = {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si.", settings.HEAD_NIP: "197001012000032001",
           settings.HEAD_RANK: "Pembina Utama Muda (IV/c)", settings.OFFICE_ADDRESS: "Jl. Contoh No. 1, Karang Tinggi",
           settings.BAST_OFFICIAL_NAME: "Hendra Contoh, S.Sos.", settings.BAST_OFFICIAL_NIP: "197805122005011003"}


def _text(path: str) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _handed_over(env, *, received: dict | None = None) -> str:  # noqa: ANN001
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    number = env.new()
    env.add(number, "MSS", 60)
    env.add(number, "GEN", 2)
    env.add(number, "FK", 25)
    env.step(D.add_escort, number, "koordinator", env.crew[0])
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    env.step(D.handover_dispatch, number, "gudang", received=received or {}, reason="rusak di jalan",
             when=HANDOVER)
    return number


def _number_words() -> dict[str, int]:
    return {indonesian.words(n): n for n in range(1, 32)}


def test_bast_date_in_words_parties_and_every_line(env, tmp_path):
    number = _handed_over(env, received={"FK": 24})
    printed = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    assert printed.number == "001/BAST/DINSOS/XI/2026" and printed.copy_no == 0
    text = " ".join(_text(printed.path))
    # The date in words, read back, is the handover date.
    found = re.search(r"Pada hari ini (\w+) tanggal ([a-z ]+?) bulan (\w+) tahun ([a-z ]+?), bertempat di", text)
    assert found, text[:600]
    day_name, day_words, month, year_words = found.groups()
    months = {indonesian.month_name(m): m for m in range(1, 13)}
    years = {indonesian.words(y): y for y in range(2000, 2100)}
    written = date(years[year_words], months[month], _number_words()[day_words])
    assert written == HANDOVER and day_name == indonesian.day_name(HANDOVER) == "Senin"
    for part in ("BERITA ACARA SERAH TERIMA BANTUAN LOGISTIK", "BAGI MASYARAKAT TERDAMPAK BENCANA BANJIR",
                 "DI KECAMATAN PONDOK KELAPA", "Nomor: 001/BAST/DINSOS/XI/2026",
                 FIRST[1], FIRST[2], FIRST[3], "PIHAK PERTAMA", "Budi Contoh",
                 "197501012000031002", "PIHAK KEDUA",
                 "dalam keadaan baik dan utuh, kecuali sebagaimana tercantum pada kolom Keterangan",
                 "persediaan buffer stock Dinas Sosial",
                 "Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya.",
                 "Mengetahui,", "Kepala Dinas Sosial Kabupaten Bengkulu Tengah", HEAD[1],
                 f"NIP. {HEAD[2]}", HEAD[3], "Karang Tinggi, 23 November 2026", "Halaman 1 dari"):
        assert part in text, part
    # the genset is lent (pinjam pakai, with its serials), not in the table of aid given away
    for pattern in (r"1 Makanan siap saji 60 paket", r"2 Family kit 24 paket", r"1 Genset 2000 W G-001 1 unit Baik"):
        assert re.search(pattern, text), pattern
    assert "Dikirim 25, selisih 1: rusak di jalan" in text


def test_manifest_lines_batches_serials_escorts_and_signatures(env, tmp_path):
    number = _handed_over(env)
    printed = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    text = " ".join(_text(printed.path))
    for part in ("SURAT JALAN", f"Nomor: 001/SJ/DINSOS/{THIS_MONTH}", number, "BD 8123 AB", "Joko Contoh",
                 "Gudang Dinsos Kab. Bengkulu Tengah", "Posko Kantor Camat Pondok Kelapa", "Relawan Uji 1",
                 "TGN-UJI-001", "Yang Menyerahkan,", "Pengemudi,", "Yang Menerima,", indonesian.full_date(TODAY)):
        assert part in text, part
    for header in ("No", "Kode", "Uraian barang", "Batch / No. Seri", "Jumlah", "Satuan", "Kondisi"):
        assert header in text
    assert re.search(r"1 MSS Makanan siap saji B \(ED [\d-]+\) 50 paket Baik", text)
    assert re.search(r"2 MSS Makanan siap saji A \(ED [\d-]+\) 10 paket Baik", text)
    assert "SN G-001" in text and "SN G-002" in text


def test_documents_wait_for_their_state(env, tmp_path):
    number = env.new()
    env.add(number, "BRS", 5)
    with pytest.raises(DocumentNotReady):
        env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    env.approve(number)
    env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    with pytest.raises(DocumentNotReady):
        env.db.write(lambda s: documents.print_bast(s, env.gudang, number, directory=tmp_path))
    # Cancelling the dispatch cancels its Surat Jalan number too; it cannot be printed any more.
    env.step(D.cancel_dispatch, number, "koordinator", "tidak jadi")
    with env.db.read() as s:
        found = {d.doc_type: d.status for d in documents.list_documents(s, text=number)}
    assert found == {"pengiriman": "cancelled", "manifest": "cancelled"}


def test_reprints_say_salinan_and_every_print_is_audited(env, tmp_path):
    number = _handed_over(env)
    first = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    second = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    third = env.db.write(lambda s: printing.reprint(s, env.koordinator, first.number, directory=tmp_path))
    assert (first.copy_no, second.copy_no, third.copy_no) == (0, 1, 2)
    assert first.number == second.number == third.number
    assert not any("SALINAN" in page for page in _text(first.path))
    assert all("SALINAN ke-1" in page for page in _text(second.path))
    assert all("SALINAN ke-2" in page for page in _text(third.path))
    stem = "surat-jalan_001-SJ-DINSOS-" + THIS_MONTH.replace("/", "-")
    assert {p.name for p in tmp_path.iterdir()} >= {f"{stem}_asli.pdf", f"{stem}_salinan-1.pdf"}
    with env.db.read() as s:
        prints = s.scalars(select(AuditLog.changes).where(AuditLog.action == "document.print",
                                                          AuditLog.entity_id == first.number)).all()
        assert [p["cetakan"] for p in prints] == ["asli", "salinan ke-1", "salinan ke-2"]
        listed = documents.list_documents(s, doc_type="manifest")
        assert [(d.number, d.print_count) for d in listed] == [(first.number, 3)]
        assert listed[0].last_path.endswith("salinan-2.pdf") and "Budi Contoh" in listed[0].summary


def test_verification_catches_a_changed_quantity(env, tmp_path):
    number = _handed_over(env)
    printed = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    with env.db.read() as s:
        ok = printing.verify_document(s, printed.payload)
        typed = printing.verify_document(s, printed.code.lower()[:5] + "-" + printed.code[5:])
    assert ok.matches and typed.matches and ok.differences == () and "ASLI" in ok.message
    # Someone changes the received quantity in the database after the paper was signed.
    env.db.write(lambda s: s.execute(update(DispatchLine).where(DispatchLine.line_no == 1).values(received=55)))
    with env.db.read() as s:
        report = printing.verify_document(s, printed.payload)
    assert not report.matches and "TIDAK SESUAI" in report.message
    # Each difference by the line number printed on the paper, with what the line says.
    assert report.differences == ("Baris 1 (Makanan siap saji): jumlah tercetak 60, di basis data 55",
                                  "Baris 1 (Makanan siap saji): keterangan tercetak (kosong), di basis data "
                                  "Dikirim 60, selisih 5",
                                  # and with it the sentence above the table
                                  "Keadaan: tercetak dalam keadaan baik dan utuh, di basis data dalam keadaan "
                                  "baik dan utuh, kecuali sebagaimana tercantum pada kolom Keterangan")
    with env.db.read() as s, pytest.raises(InvalidVerificationCode):
        printing.verify_document(s, "bukan-kode")


def test_spt_lists_the_volunteers_and_a_new_assignment_makes_a_new_spt(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    first = env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path))
    pages = _text(first.path)
    text = " ".join(pages)
    for part in ("SURAT PERINTAH TUGAS", f"Nomor: 001/SPT/DINSOS/{THIS_MONTH}",
                 "Dasar", "Peraturan Menteri Sosial Nomor 28 Tahun 2012", "MEMERINTAHKAN:", "Kepada",
                 "Relawan Uji 1", "TGN-UJI-001", "Relawan Uji 2", "TGN-UJI-002", "Logistik", "Untuk",
                 "Kecamatan Pondok Kelapa", "Dikeluarkan di", "Karang Tinggi", HEAD[1], HEAD[3],
                 f"NIP. {HEAD[2]}", "Tembusan", "Bupati Bengkulu Tengah", "Arsip."):
        assert part in text, part
    assert "Relawan Uji 3" not in text
    again = env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path))
    assert again.number == first.number and again.copy_no == 1
    env.db.write(lambda s: assignments.assign_volunteer(s, env.koordinator, env.outsider, env.incident, "dapur_umum",
                                                        TODAY, TODAY + timedelta(days=5)))
    new = env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path))
    assert new.number != first.number and new.copy_no == 0 and "Relawan Uji 3" in " ".join(_text(new.path))


def test_f4_paper(env, tmp_path):
    number = _handed_over(env)
    env.db.write(lambda s: settings.set_office(s, env.admin, {settings.PAPER_SIZE: "F4"}))
    printed = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    box = PdfReader(printed.path).pages[0].mediabox
    assert (round(float(box.width) / mm), round(float(box.height) / mm)) == (215, 330)


def _long_record(rows: int) -> D.DispatchRecord:
    lines = tuple(D.LineInfo(i + 1, f"BRG-{i % 9:03d}", ("Paket sandang dewasa laki-laki dan perempuan ukuran "
                                                         "campuran") if i % 7 == 0 else "Makanan siap saji",
                             "paket", "Pangan", "consumable", False, 10 + i,
                             False, (D.PickInfo(0, f"B{2026000 + i}", date(2027, 1, 1), None, None, 10 + i, 0),),
                             None, "", 0, "", 0) for i in range(rows))
    now = datetime(2026, 11, 23, 1, 0, tzinfo=clock.zone())
    return D.DispatchRecord(
        1, "001/KRM/DINSOS/XI/2026", "approved", "Disetujui", "KB-2026-0001", "Banjir uji", "tanggap_darurat",
        "banjir", "banjir", now, "GDG", "Gudang Dinsos", "Jl. Contoh No. 1", "Siti Contoh", date(2026, 11, 23),
        "posko", "Posko Desa Contoh", "17.09.03", "Pondok Kelapa", "", "Budi Contoh", "Camat", "NIP",
        "197501012000031002", "BD 8123 AB", "Joko Contoh", "", "APBD", "", "koordinator", "koordinator", now, "",
        None, None, "", None, None, "", "001/SJ/DINSOS/XI/2026", None, lines, (), ())


@pytest.mark.slow
def test_a_thousand_line_manifest_has_its_header_and_page_numbers_on_every_page(tmp_path):
    path = tmp_path / "sj-1000.pdf"
    profile = pdf.OfficeProfile(address="Jl. Contoh No. 1", head_name="Kepala Contoh")
    built = documents.build_manifest_pdf(path, profile, _long_record(1000), "001/SJ/DINSOS/XI/2026",
                                         payload="TAGANA|001/SJ/DINSOS/XI/2026|ABCDEFGHJK")
    pages = _text(str(path))
    assert len(pages) == built.pages > 20
    seen: list[int] = []
    for n, page in enumerate(pages, 1):
        assert f"Halaman {n} dari {len(pages)}" in page
        rows = [int(x) for x in re.findall(r"(?:^| )(\d+) BRG-\d{3} ", page)]
        assert "No Kode Uraian barang Batch / No. Seri Jumlah Satuan Kondisi" in page, n  # the signatures too
        assert rows, n  # have rows on their page
        seen += rows
    assert seen == list(range(1, 1001))
    assert "PEMERINTAH KABUPATEN BENGKULU TENGAH" in pages[0] and "PEMERINTAH" not in pages[1]
    assert "Yang Menerima," in pages[-1]
