"""The Berita Acara Stock Opname and the Berita Acara Penghapusan, printed through the print pipeline on
a real database and read back with pypdf: who is named and signs, cut-off, figures, decree, value,
disposal method, the verification code; refusals leave every table as it was."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from pypdf import PdfReader

from inventory import count_papers, counts, equipment, writeoff_papers, writeoffs
from inventory.counts import TeamMember
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, printing, settings
from tagana_app.errors import ValidationError
from tagana_app.signatories import MissingSignatory, SignsTwice

from .test_operations import issue, receive, refused

HEAD = {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si.", settings.HEAD_NIP: "197001012000032001",
        settings.HEAD_RANK: "Pembina Utama Muda (IV/c)"}
TEAM = (TeamMember("Rina Marlina, S.E.", "198503122010012003", "Ketua Tim"),
        TeamMember("Yusuf Rahman", "199001152015031002", "Anggota"),
        TeamMember("Dewi Lestari", "", "Anggota"))
DECREE = writeoffs.Decree("000.2.3.3/145/DINSOS/2026", clock.today() - timedelta(days=3), "Bupati Bengkulu Tengah")


def _text(path: str) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _head(env) -> None:  # noqa: ANN001
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], HEAD))


def _posted_count(env, team=TEAM, cutoff=None) -> str:  # noqa: ANN001
    receive(env, "GDG", ReceiveLine("BRS", 100), ReceiveLine("VEL", 10))
    number = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG", team=team, cutoff=cutoff)).number
    issue(env, "GDG", IssueLine("BRS", 30))  # while the team walks to the rice shelf
    env.db.write(lambda s: counts.enter_count(s, env.gudang, number, "BRS", 68, reason="tercecer"))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, number, "VEL", 10))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, number, "GEN", 0))
    env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    env.db.write(lambda s: counts.approve_count(s, env.pejabat, number))
    return number


def test_the_berita_acara_stock_opname_names_the_team_cutoff_figures_and_approval(env, tmp_path):
    _head(env)
    number = _posted_count(env)
    assert "/SO/" in number  # from the office's opname pattern
    printed = env.db.write(lambda s: count_papers.print_count_report(s, env.gudang, number, out=tmp_path / "ba.pdf"))
    assert printed.copy_no == 0 and printed.doc_type == "opname"
    text = _text(printed.path)
    assert "BERITA ACARA STOCK OPNAME" in text and f"Nomor: {number}" in text
    for m in TEAM:
        assert m.name in text and m.role in text
    assert "NIP. 198503122010012003" in text and "NIP. 199001152015031002" in text
    with env.db.read() as s:
        info = counts.get_count(s, number)
    assert f"(cut-off) {count_papers.cutoff_text(info)}" in text and clock.zone_code() in text
    # Beras: book 100 at the cut-off, -30 moved during the count, 68 counted, 2 short, with its reason
    assert "Beras" in text and "100 -30 68 -2 tercecer" in text
    assert "1 baris berselisih" in text and "Demikian Berita Acara Stock Opname" in text
    assert "Menyetujui" in text and "Dra. Wulan Contoh, M.Si." in text and "NIP. 197001012000032001" in text
    # the code on the paper verifies against the count; a later change to the team does not
    with env.db.read() as s:
        assert printing.verify_document(s, printed.payload).matches
    env.db.write(lambda s: counts.set_count_team(s, env.gudang, number, TEAM[:2]))
    with env.db.read() as s:
        report = printing.verify_document(s, printed.payload)
    assert not report.matches and report.differences


def test_the_stock_opname_paper_is_refused_until_posted_with_a_team_and_a_head(env, tmp_path):
    receive(env, "GDG", ReceiveLine("BRS", 10))
    number = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG")).number
    out = tmp_path / "ba.pdf"
    error = refused(env, ValidationError, lambda s: count_papers.print_count_report(s, env.gudang, number, out=out))
    assert "setelah opname diposting" in str(error)
    for item, qty in (("BRS", 10), ("VEL", 0), ("GEN", 0)):
        env.db.write(lambda s, i=item, q=qty: counts.enter_count(s, env.gudang, number, i, q))
    env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    env.db.write(lambda s: counts.approve_count(s, env.pejabat, number))
    error = refused(env, ValidationError, lambda s: count_papers.print_count_report(s, env.gudang, number, out=out))
    assert "tim opname belum dicatat" in str(error)
    env.db.write(lambda s: counts.set_count_team(s, env.gudang, number, TEAM))
    refused(env, MissingSignatory, lambda s: count_papers.print_count_report(s, env.gudang, number, out=out))
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {**HEAD, settings.HEAD_NAME: TEAM[1].name,
                                                                      settings.HEAD_NIP: TEAM[1].nip}))
    error = refused(env, SignsTwice, lambda s: count_papers.print_count_report(s, env.gudang, number, out=out))
    assert TEAM[1].name in str(error)
    assert not out.exists()


def test_a_count_team_and_cutoff_are_checked(env):
    receive(env, "GDG", ReceiveLine("BRS", 10))
    for team, words in (([TeamMember("Rina", "12345", "Ketua Tim")], "harus 18 angka"),
                        ([TeamMember("Rina", "", "")], "wajib diisi"),
                        ([TeamMember("Rina", "", "Ketua"), TeamMember(" rina ", "", "Anggota")], "dua kali")):
        error = refused(env, ValidationError, lambda s, t=team: counts.start_count(s, env.gudang, "GDG", team=t))
        assert words in str(error)
    future = clock.now() + timedelta(hours=2)
    assert "belum terjadi" in str(refused(env, ValidationError, lambda s: counts.start_count(
        s, env.gudang, "GDG", cutoff=future)))
    before_receipt = clock.now() - timedelta(days=2)
    assert "mutasi terakhir" in str(refused(env, ValidationError, lambda s: counts.start_count(
        s, env.gudang, "GDG", cutoff=before_receipt)))
    cutoff = clock.now()
    info = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG", team=TEAM, cutoff=cutoff))
    assert info.cutoff == cutoff and info.team == TEAM


def _approved_writeoff(env, **basis) -> str:  # noqa: ANN001
    receive(env, "GDG", ReceiveLine("GEN", 2, serials=("G-1", "G-2")), ReceiveLine("BRS", 50))
    # a unit is written off as rusak berat only in that condition
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-2", "rusak berat", remarks="terendam"))
    number = env.db.write(lambda s: writeoffs.request_writeoff(
        s, env.gudang, "GDG", [IssueLine("GEN", 1, serials=("G-2",)), IssueLine("BRS", 5)], reason_kind="rusak",
        reason="terendam banjir", value=basis.pop("value", None))).number
    env.db.write(lambda s: writeoffs.approve_writeoff(s, env.pejabat, number, **basis))
    return number


def test_the_berita_acara_penghapusan_names_proposer_approver_decree_value_and_method(env, tmp_path):
    _head(env)
    number = _approved_writeoff(env, decree=DECREE, method="dihibahkan", value=3_250_000)
    printed = env.db.write(lambda s: writeoff_papers.print_writeoff(s, env.gudang, number, out=tmp_path / "ba.pdf"))
    text = _text(printed.path)
    proposer = text.split("bawah ini:")[1]
    assert proposer.strip().startswith("1. Nama : Gudang") and "Selaku : yang mengusulkan penghapusan" in proposer
    assert "2. Nama : Dra. Wulan Contoh, M.Si. NIP : 197001012000032001 Pangkat/Golongan : Pembina Utama Muda (IV/c)" \
        in text
    assert (f"berdasarkan Keputusan Bupati Bengkulu Tengah Nomor 000.2.3.3/145/DINSOS/2026 tanggal "
            f"{DECREE.day.day} ") in text
    assert "Barang tersebut dihibahkan." in text and "Rp 3.250.000" in text
    assert "G-2" in text and "Beras" in text
    assert "Administrator" not in text and "......" not in text
    signatures = text.split("Demikian Berita Acara ini dibuat")[1]
    assert "Yang Mengusulkan" in signatures and "Yang Menyetujui" in signatures
    assert signatures.count("Dra. Wulan Contoh, M.Si.") == 1 and signatures.count("NIP. 197001012000032001") == 1
    with env.db.read() as s:
        assert printing.verify_document(s, printed.payload).matches
    env.db.write(lambda s: writeoffs.record_writeoff_basis(s, env.pejabat, number, method="dimusnahkan"))
    with env.db.read() as s:
        report = printing.verify_document(s, printed.payload)
    assert not report.matches


def test_the_penghapusan_paper_is_refused_without_its_decree_or_with_one_person_twice(env, tmp_path):
    _head(env)
    number = _approved_writeoff(env)
    out = tmp_path / "ba.pdf"
    error = refused(env, ValidationError, lambda s: writeoff_papers.print_writeoff(s, env.gudang, number, out=out))
    assert "catat dulu keputusan penghapusan" in str(error)
    for decree, words in ((writeoffs.Decree("", DECREE.day, "Bupati"), "perlu nomor"),
                          (writeoffs.Decree("1/2026", clock.today() + timedelta(days=1), "Bupati"), "belum terjadi")):
        assert words in str(refused(env, ValidationError, lambda s, d=decree: writeoffs.record_writeoff_basis(
            s, env.pejabat, number, decree=d)))
    assert "tidak dikenal" in str(refused(env, ValidationError, lambda s: writeoffs.record_writeoff_basis(
        s, env.pejabat, number, method="dibakar")))
    env.db.write(lambda s: writeoffs.record_writeoff_basis(s, env.pejabat, number, decree=DECREE, method="dijual"))
    # the requester is the Kepala Dinas: one person would sign twice
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.HEAD_NAME: "Gudang",
                                                                      settings.HEAD_NIP: ""}))
    refused(env, SignsTwice, lambda s: writeoff_papers.print_writeoff(s, env.gudang, number, out=out))
    assert not out.exists()


def test_count_and_writeoff_papers_from_the_command_line(run, env, tmp_path):
    assert run("setting", "set", "office.head_name", "Dra. Wulan Contoh, M.Si.", user="admin")[0] == 0
    assert run("stock", "receive", "GDG", "BRS", "100")[0] == 0
    code, _, err = run("stock", "count", "start", "GDG", "--member", "Rina Marlina")
    assert code == 1 and "NAMA|NIP|PERAN" in err
    code, _, err = run("stock", "count", "start", "GDG", "--cutoff", "30-11-2026")
    assert code == 1 and "YYYY-MM-DD HH:MM" in err
    cutoff = clock.now().strftime("%Y-%m-%d %H:%M")
    code, out, err = run("stock", "count", "start", "GDG", "--member", "Rina Marlina|198503122010012003|Ketua Tim",
                         "--member", "Dewi Lestari||Anggota", "--cutoff", cutoff, "--json")
    assert code == 0, err
    count = json.loads(out)
    assert [m["name"] for m in count["team"]] == ["Rina Marlina", "Dewi Lestari"] and "/SO/" in count["number"]
    for item, qty in (("BRS", "97"), ("VEL", "0"), ("GEN", "0")):
        assert run("stock", "count", "enter", count["number"], item, qty, "--reason", "susut")[0] == 0
    assert run("stock", "count", "submit", count["number"])[0] == 0
    assert run("stock", "count", "approve", count["number"], user="pejabat")[0] == 0
    ba = tmp_path / "opname.pdf"
    code, out, _ = run("stock", "count", "print", count["number"], "-o", str(ba))
    assert code == 0 and "asli" in out
    assert "Rina Marlina" in _text(str(ba)) and "pukul " + cutoff[-5:].replace(":", ".") in _text(str(ba))

    number = json.loads(run("stock", "writeoff", "GDG", "BRS", "5", "--reason", "basah", "--value", "Rp 75.000",
                            "--json")[1])["number"]
    assert run("stock", "writeoff-approve", number, user="pejabat")[0] == 0
    code, _, err = run("stock", "writeoff-print", number, "-o", str(tmp_path / "ba.pdf"))
    assert code == 1 and "keputusan penghapusan" in err and not (tmp_path / "ba.pdf").exists()
    code, _, err = run("stock", "writeoff-basis", number, "--decree-number", "1/2026", user="pejabat")
    assert code == 1 and "nomor, tanggal dan pejabat" in err
    code, _, err = run("stock", "writeoff-basis", number, "--method", "dibakar", user="pejabat")
    assert code == 1 and "Cara penghapusan 'dibakar' tidak dikenal" in err
    code, out, _ = run("stock", "writeoff-basis", number, "--decree-number", "1/2026", "--decree-date",
                       DECREE.day.isoformat(), "--decree-issuer", "Bupati Bengkulu Tengah", "--method", "dijual",
                       user="pejabat")
    assert code == 0 and "Bupati Bengkulu Tengah" in out and "Rp 75.000" in out
    assert run("stock", "writeoff-print", number, "-o", str(tmp_path / "ba.pdf"))[0] == 0
    text = _text(str(tmp_path / "ba.pdf"))
    assert "dijual/dilelang" in text and "Nomor 1/2026" in text and "Rp 75.000" in text


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_both_papers_keep_the_signatures_with_the_closing_text_and_a_row(env, tmp_path, paper):
    _head(env)
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.PAPER_SIZE: paper}))
    count = _posted_count(env)
    writeoff = _approved_writeoff(env, decree=DECREE, method="dimusnahkan")
    for print_it, number, closing, row in ((count_papers.print_count_report, count, "Demikian Berita Acara Stock",
                                            "Velbed"),
                                           (writeoff_papers.print_writeoff, writeoff, "Demikian Berita Acara", "Beras")):
        path = env.db.write(lambda s, p=print_it, n=number: p(s, env.gudang, n, directory=tmp_path)).path
        pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
        signed = [page for page in pages if "NIP. 197001012000032001" in page]
        assert len(signed) == 1 and closing in signed[0] and row in signed[0]
