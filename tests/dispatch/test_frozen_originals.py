"""Frozen originals: a SALINAN is the original as printed, a changed record gets a new document, and
`tagana verify` checks the paper against its own snapshot and the record it documents.  PDFs read back
with pypdf; the code is taken from the page text as a person would read it."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from deployment import assignments
from deployment.dispatch import documents
from deployment.dispatch import service as D
from deployment.dispatch.models import Dispatch, DispatchLine, DispatchPick
from deployment.dispatch.returns import return_goods
from deployment.models import Volunteer
from tagana_app import accounts, doc_kinds, printing, settings, snapshots
from tagana_app.errors import ValidationError
from tagana_app.models import DocumentSnapshot
from tests.conftest import cli_runner

from .conftest import TODAY
from .test_documents import PROFILE, _handed_over

CODE = re.compile(r"Kode verifikasi: ([A-Z2-7]{5}-[A-Z2-7]{5})")
NEW_OFFICE = {settings.OFFICE_ADDRESS: "Jl. Pindahan No. 99, Pondok Kelapa"}
# A new Kepala Dinas and another PIHAK PERTAMA: the signing users' data changed in the office's records.
NEW_PEOPLE = {"pejabat": ("Ir. Pengganti Baru, M.T.", "198001012005011001"),
              "koordinator": ("Pejabat Lain, S.E.", "198502022010012002")}


def _new_office(env) -> None:  # noqa: ANN001
    def work(s):  # noqa: ANN001, ANN202
        settings.set_office(s, env.admin, NEW_OFFICE)
        for username, (name, nip) in NEW_PEOPLE.items():
            accounts.update_user(s, env.admin, username, full_name=name, nip=nip)
    env.db.write(work)


def _pages(path: str) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _code_on_every_page(path: str) -> str:
    codes = {m.group(1) for page in _pages(path) for m in CODE.finditer(page)}
    assert len(codes) == 1, codes
    assert all(CODE.search(page) for page in _pages(path))
    return codes.pop()


@pytest.fixture
def run(env, db_url, monkeypatch, capsys, tmp_path):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def test_a_salinan_is_the_original_after_settings_and_the_record_changed(env, tmp_path):
    number = _handed_over(env)
    bast = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    manifest = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    original = " ".join(_pages(bast.path))
    assert "Dra. Wulan Sari, M.Si." in original and "Drs. Hendra Saputra" in original
    assert _code_on_every_page(bast.path).replace("-", "") == bast.code
    # A new Kepala Dinas, another PIHAK PERTAMA and a new address in the settings.
    _new_office(env)
    copy = env.db.write(lambda s: printing.reprint(s, env.koordinator, bast.number, directory=tmp_path))
    assert copy.copy_no == 1 and copy.code == bast.code
    pages = _pages(copy.path)
    text = " ".join(pages)
    for old in ("Dra. Wulan Sari, M.Si.", "197001012000032001", "Drs. Hendra Saputra", "Jl. Contoh No. 1"):
        assert old in text, old
    for new in (*NEW_OFFICE.values(), *(v for person in NEW_PEOPLE.values() for v in person)):
        assert new not in text, new
    assert all("SALINAN ke-1" in p and "Salinan sesuai dengan aslinya" in p for p in pages)
    assert [p.replace("SALINAN ke-1", "").replace("Salinan sesuai dengan aslinya", "").replace("SALINAN", "")
            .split() for p in pages] == [p.split() for p in _pages(bast.path)]
    with env.db.read() as s:
        assert printing.verify_document(s, bast.code).matches  # settings are not what a BAST documents

    # A genset comes back broken: the Surat Jalan says how it left, so its SALINAN is still the original.
    env.db.write(lambda s: return_goods(s, env.gudang, number, "GEN", 1, condition="rusak berat",
                                        serials=["G-001"]))
    copy = env.db.write(lambda s: printing.reprint(s, env.koordinator, manifest.number, directory=tmp_path))
    genset = re.search(r"\b\d+ GEN Genset 2000 W SN G-001 .{0,40}?\b(Baik|Rusak berat)\b", " ".join(_pages(copy.path)))
    assert copy.copy_no == 1 and genset and genset.group(1) == "Baik", genset

    # The driver's name is corrected in the database after the Surat Jalan was printed and signed.
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number)
                                     .values(driver_name="Pak Sopir Pengganti")))
    with pytest.raises(snapshots.RecordChanged) as refused:
        env.db.write(lambda s: printing.reprint(s, env.koordinator, manifest.number, directory=tmp_path))
    assert re.search(r"Pengemudi: tercetak .+, di basis data Pak Sopir Pengganti", str(refused.value)), \
        str(refused.value)
    assert "--baru" in str(refused.value)
    with env.db.read() as s:
        assert [d.print_count for d in documents.list_documents(s, doc_type="manifest")] == [2]  # nothing printed

    # A new Surat Jalan takes a new number and says which one it replaces; the old one is replaced.
    new = env.db.write(lambda s: printing.reprint(s, env.koordinator, manifest.number, directory=tmp_path,
                                                  new=True))
    assert new.number != manifest.number and new.copy_no == 0
    text = " ".join(_pages(new.path))
    assert f"Menggantikan dokumen nomor {manifest.number}" in text and "Pak Sopir Pengganti" in text
    with env.db.read() as s:
        old = printing.verify_document(s, manifest.code)
        assert not old.matches and old.replaced_by == new.number and new.number in old.message
        assert printing.verify_document(s, new.code).matches
        listed = {d.number: d for d in documents.list_documents(s, doc_type="manifest")}
        assert listed[manifest.number].status == "replaced" and listed[manifest.number].replaced_by == new.number
        assert listed[new.number].code == new.code
    with pytest.raises(snapshots.AlreadyReplaced):
        env.db.write(lambda s: printing.reprint(s, env.koordinator, manifest.number, directory=tmp_path))
    again = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
    assert (again.number, again.copy_no) == (new.number, 1)


def test_bast_and_spt_get_a_new_number_when_their_record_changed(env, tmp_path):
    number = _handed_over(env)
    bast = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    with pytest.raises(snapshots.RecordUnchanged):  # nothing changed: a copy, not a new document
        env.db.write(lambda s: printing.reprint(s, env.pejabat, bast.number, directory=tmp_path, new=True))
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number)
                                     .values(recipient_name="Kades Pengganti")))
    new_bast = env.db.write(lambda s: printing.reprint(s, env.pejabat, bast.number, directory=tmp_path, new=True))
    text = " ".join(_pages(new_bast.path))
    assert "Kades Pengganti" in text and f"Menggantikan dokumen nomor {bast.number}" in text
    with env.db.read() as s:
        assert D.get_dispatch(s, number).bast_number == new_bast.number

    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    spt = env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path))
    env.db.write(lambda s: s.execute(update(Volunteer).where(Volunteer.nik == env.crew[0])
                                     .values(full_name="Relawan Ganti Nama")))
    with pytest.raises(snapshots.RecordChanged, match=r"Anggota \d \(Relawan Uji 1\): nama tercetak Relawan Uji 1"):
        env.db.write(lambda s: printing.reprint(s, env.koordinator, spt.number, directory=tmp_path))
    new_spt = env.db.write(lambda s: printing.reprint(s, env.koordinator, spt.number, directory=tmp_path, new=True))
    assert new_spt.number != spt.number
    text = " ".join(_pages(new_spt.path))
    assert "Relawan Ganti Nama" in text and f"Menggantikan dokumen nomor {spt.number}" in text
    with env.db.read() as s:
        assert printing.verify_document(s, new_spt.code).matches
        assert printing.verify_document(s, spt.code).replaced_by == new_spt.number


def test_verify_from_the_code_on_the_page(run, env, tmp_path):
    number = _handed_over(env)
    code, out, err = run("print", "bast", number, "-o", str(tmp_path / "bast.pdf"), user="pejabat")
    assert code == 0, err
    typed = _code_on_every_page(str(tmp_path / "bast.pdf"))
    status, out, err = run("verify", typed)
    assert status == 0 and "ASLI" in out, (out, err)

    _new_office(env)  # the office's settings and its officials never fail a paper
    status, out, _ = run("verify", typed)
    assert status == 0 and "ASLI" in out

    def changed(values: dict, line: dict | None = None) -> tuple[int, str]:  # noqa: FA100
        def edit(s):  # noqa: ANN001, ANN202
            if values:
                s.execute(update(Dispatch).where(Dispatch.number == number).values(**values))
            if line:
                s.execute(update(DispatchLine).where(DispatchLine.line_no == 3).values(**line))
        env.db.write(edit)
        found, said, _ = run("verify", typed)
        return found, said

    status, out = changed({"recipient_name": "Orang Lain"})
    assert status == 1 and "TIDAK SESUAI" in out
    assert "Pihak kedua: nama tercetak Budi Contoh, di basis data Orang Lain" in out
    status, out = changed({"recipient_name": "Budi Contoh"}, {"received": 20})
    assert status == 1 and "Baris 2 (Family kit): jumlah tercetak 25, di basis data 20" in out
    status, out = changed({}, {"received": 25, "difference_reason": "dus sobek"})
    assert status == 0  # a reason with no difference is not printed: the paper still says the same
    status, out = changed({}, {"received": 24, "difference_reason": "dus sobek"})
    assert status == 1 and "Baris 2 (Family kit): keterangan tercetak (kosong), di basis data Dikirim 25, " \
                           "selisih 1: dus sobek" in out
    status, out = changed({}, {"received": 25, "difference_reason": ""})
    assert status == 0

    # Someone rewrites the stored original to match an edited record: the code no longer covers it.
    def tamper(s):  # noqa: ANN001, ANN202
        row = s.scalar(select(DocumentSnapshot))
        snap = json.loads(json.dumps(row.snapshot))
        snap["record"]["pihak_kedua"]["nama"] = "Orang Lain"
        row.snapshot = snap
    env.db.write(tamper)
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number)
                                     .values(recipient_name="Orang Lain")))
    status, out, _ = run("verify", typed)
    assert status == 1 and "TIDAK DAPAT DIPERCAYA" in out
    status, _, err = run("verify", "AAAAA-BBBBB")
    assert status == 1 and "tidak ditemukan" in err


def test_print_doc_and_the_documents_list(run, env, tmp_path):
    number = _handed_over(env)
    code, out, err = run("print", "manifest", number, "--json", user="gudang")
    assert code == 0, err
    first = json.loads(out)
    code, out, err = run("print", "doc", first["number"], "-o", str(tmp_path / "sj.pdf"), user="gudang")
    assert code == 0 and "SALINAN ke-1" in out, err
    assert all("SALINAN ke-1" in p for p in _pages(str(tmp_path / "sj.pdf")))
    with env.db.read() as s:
        pick = s.scalar(select(DispatchPick.id).order_by(DispatchPick.id).limit(1))
    env.db.write(lambda s: s.execute(update(DispatchPick).where(DispatchPick.id == pick).values(quantity=9)))
    code, out, err = run("print", "doc", first["number"], "-o", str(tmp_path / "sj2.pdf"), user="gudang")
    assert code == 1 and "Ditolak:" in err and "Baris 1 (Makanan siap saji): jumlah tercetak 50, di basis data 9" in err and "--baru" in err
    assert not (tmp_path / "sj2.pdf").exists()
    code, out, err = run("print", "doc", first["number"], "--baru", "-o", str(tmp_path / "sj2.pdf"), user="gudang")
    assert code == 0, err
    assert f"Menggantikan dokumen nomor {first['number']}" in " ".join(_pages(str(tmp_path / "sj2.pdf")))
    code, out, err = run("documents", "--json", "--type", "manifest")
    assert code == 0, err
    listed = {d["number"]: d for d in json.loads(out)}
    assert listed[first["number"]]["status"] == "replaced" and listed[first["number"]]["print_count"] == 2
    assert listed[first["number"]]["code"] == first["code"]
    new = next(d for n, d in listed.items() if n != first["number"])
    assert new["status"] == "issued" and new["print_count"] == 1 and new["code"]
    assert {"number", "doc_type_label", "title", "status", "print_count", "code"} <= set(new)
    code, out, err = run("documents")
    assert "KODE" in out and first["code"] in out


def test_the_copy_marks_sit_above_the_letterhead_on_every_page(env, tmp_path):
    """"Salinan sesuai dengan aslinya" and "SALINAN ke-n" are laid over the stored original in the band above
    the letterhead, on A4 and F4 alike (read back by character position)."""
    number = _handed_over(env)
    for paper in ("A4", "F4"):
        env.db.write(lambda s, p=paper: settings.set_office(s, env.admin, {settings.PAPER_SIZE: p}))
        env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number)
                                         .values(manifest_number=None)))
        first = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path))
        copy = env.db.write(lambda s, n=first.number: printing.reprint(s, env.gudang, n, directory=tmp_path))
        for n, page in enumerate(PdfReader(copy.path).pages):
            found: dict[str, float] = {}

            def visit(text, _cm, tm, _font, _size, found=found):  # noqa: ANN001, ANN202
                for key in ("Salinan sesuai dengan aslinya", "SALINAN ke-1", "PEMERINTAH", "Halaman"):
                    if key in text:
                        found.setdefault(key, tm[5])
            page.extract_text(visitor_text=visit)
            top = float(page.mediabox.height)
            assert top - found["Salinan sesuai dengan aslinya"] < 30 and top - found["SALINAN ke-1"] < 30, found
            if n == 0:
                assert found["Salinan sesuai dengan aslinya"] > found["PEMERINTAH"] + 10, found


def test_a_new_document_says_what_it_replaces_under_its_number(env, tmp_path):
    """"Menggantikan dokumen nomor X" stands in the body, under the title and "Nomor: ...", above the
    first line of text an official reads (character positions), as well as in the footer by the QR."""
    number = _handed_over(env)
    bast = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number)
                                     .values(recipient_name="Kades Pengganti")))
    new = env.db.write(lambda s: printing.reprint(s, env.pejabat, bast.number, directory=tmp_path, new=True))
    note = f"Menggantikan dokumen nomor {bast.number}"
    runs: list[tuple[str, float]] = []
    PdfReader(new.path).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, _font, _size: text.strip() and runs.append(
            (text.strip(), cm[1] * tm[4] + cm[3] * tm[5] + cm[5])))  # the page's y of the run
    number_y = next(y for text, y in runs if text == f"Nomor: {new.number}")
    body_y = next(y for text, y in runs if text.startswith("Pada hari ini"))
    notes = [y for text, y in runs if text == note]
    assert len(notes) == 2, runs  # the body and the footer
    footer_y, body_note_y = sorted(notes)
    assert number_y > body_note_y > body_y, (number_y, body_note_y, body_y)
    assert footer_y < body_y - 200  # the other one is the footer's, beside the QR code
    with env.db.read() as s:
        assert printing.verify_document(s, new.code).matches


def test_a_new_number_is_refused_when_the_printer_prints_another_one(env, tmp_path, monkeypatch):
    """``--baru`` from a kind whose printer does not print the number it is given (here: the SPT printed by
    its incident, which takes a number of its own for a changed crew) is refused, and nothing of it stays:
    no number taken, no paper written, the old SPT not marked as replaced."""
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    spt = env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path))
    env.db.write(lambda s: s.execute(update(Volunteer).where(Volunteer.nik == env.crew[0])
                                     .values(full_name="Relawan Ganti Nama")))
    env.db.write(lambda s: assignments.assign_volunteer(s, env.koordinator, env.outsider, env.incident, "dapur_umum",
                                                        TODAY, TODAY + timedelta(days=5)))
    by_incident = dataclasses.replace(doc_kinds.get("spt"), printer=lambda s, actor, doc, **where: documents.print_spt(
        s, actor, doc.entity_id, **where))
    monkeypatch.setitem(doc_kinds.KINDS, "spt", by_incident)
    files = sorted(tmp_path.rglob("*.pdf"))
    with pytest.raises(ValidationError, match="Dokumen jenis Surat Perintah Tugas belum dapat diganti dengan nomor "
                                              "baru"):
        env.db.write(lambda s: printing.reprint(s, env.koordinator, spt.number, directory=tmp_path, new=True))
    assert sorted(tmp_path.rglob("*.pdf")) == files
    with env.db.read() as s:
        assert [d.number for d in documents.list_documents(s, doc_type="spt")] == [spt.number]
        assert printing.verify_document(s, spt.code).replaced_by is None
