"""`tagana dispatch|kit|print|verify|documents`: output, --json, exit statuses, nothing written on refusal."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from deployment.dispatch import kits
from deployment.dispatch import service as D
from tagana_app import settings
from tests.conftest import cli_runner

from .conftest import snapshot
from .test_documents import PROFILE


@pytest.fixture
def run(env, db_url, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def _json(run, *argv: str, user: str = "koordinator"):  # noqa: ANN001, ANN202
    code, out, err = run(*argv, "--json", user=user)
    assert code == 0, err
    return json.loads(out)


def test_a_dispatch_through_the_command_line(run, env, tmp_path):
    env.db.write(lambda s: kits.create_kit(s, env.koordinator, "PK-KEL", "Paket keluarga", "kk",
                                           [kits.KitLineInput("FK", 1)]))
    created = _json(run, "dispatch", "new", env.incident, "--from", "GDG", "--to", "Posko Desa Contoh",
                    "--recipient", "Budi Contoh", "--position", "Kepala Desa", "--recipient-id", "1709035403950001",
                    "--vehicle", "bd 1234 xy", "--driver", "Joko Contoh", "--region", "17.09.03")
    number = created["number"]
    assert created["status"] == "draft" and created["vehicle_plate"] == "BD 1234 XY"
    assert created["recipient_id_kind"] == "NIK"
    code, out, _ = run("dispatch", "add", number, "MSS", "20")
    assert code == 0 and "MSS" in out and "stok bebas 150" in out
    assert [line["quantity"] for line in _json(run, "dispatch", "kit", number, "PK-KEL", "--households", "12")[
        "lines"]] == [20, 12]
    assert _json(run, "dispatch", "crew", number, env.crew[0])["escorts"][0]["nik"] == env.crew[0]
    code, _, err = run("dispatch", "approve", number)  # a koordinator submits; a pejabat approves
    assert code == 1 and "yang berwenang: pejabat atau admin" in err
    assert _json(run, "dispatch", "submit", number)["status"] == "submitted"
    assert _json(run, "dispatch", "approve", number, user="pejabat")["status"] == "approved"
    code, out, _ = run("print", "manifest", number, "-o", str(tmp_path / "sj.pdf"), user="gudang")
    assert code == 0 and "001/SJ/DINSOS" in out and "ASLI" in out
    assert "SURAT JALAN" in PdfReader(tmp_path / "sj.pdf").pages[0].extract_text()
    assert _json(run, "dispatch", "send", number, user="gudang")["status"] == "sent"
    done = _json(run, "dispatch", "handover", number, "--received", "MSS=18", "--reason", "2 basah", user="gudang")
    assert done["status"] == "handed_over" and done["lines"][0]["received"] == 18
    printed = _json(run, "print", "bast", number, "-o", str(tmp_path / "bast.pdf"), user="pejabat")
    assert printed["copy_no"] == 0 and printed["path"] == str(tmp_path / "bast.pdf")
    report = _json(run, "verify", printed["payload"])
    assert report["matches"] is True and report["number"] == printed["number"]
    again = _json(run, "print", "again", printed["number"], user="pejabat")
    assert again["copy_no"] == 1 and "salinan-1" in again["path"]
    env.db.write(lambda s: settings.set_office(s, env.admin, {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si."}))
    spt = _json(run, "print", "spt", env.incident, "-o", str(tmp_path / "spt.pdf"))  # signed by the Kepala Dinas
    assert "SPT" in spt["number"]
    listed = _json(run, "dispatch", "list", "--status", "handed_over")
    assert [d["number"] for d in listed] == [number]
    code, out, _ = run("dispatch", "show", number)
    assert code == 0 and "Diserahterimakan" in out and "diterima 18 (2 basah)" in out
    assert {d["doc_type"] for d in _json(run, "documents", "--search", "budi")} >= {"pengiriman", "manifest", "bast"}
    code, out, _ = run("kit", "list")
    assert code == 0 and "Paket keluarga" in out


def test_refusals_exit_1_and_write_nothing(run, env):
    number = _json(run, "dispatch", "new", env.incident, "--from", "GDG", "--to", "Posko", "--recipient", "X")["number"]
    run("dispatch", "add", number, "GEN", "1")
    cases = [
        (("dispatch", "add", number, "MSS", "999"), "koordinator", "tersedia 150 paket"),
        (("dispatch", "crew", number, env.outsider), "koordinator", "tidak ditugaskan"),
        (("dispatch", "approve", number), "gudang", "tidak berwenang"),
        (("dispatch", "send", number), "gudang", "berstatus Konsep"),
        (("dispatch", "return", number, "GEN", "1"), "gudang", "berstatus Konsep"),
        (("print", "bast", number), "gudang", "belum dapat dicetak"),
        (("verify", "ABCDEFGHJK"), "gudang", "tidak ditemukan"),
        (("dispatch", "show", "999/KRM/X/2026"), "gudang", "tidak ditemukan"),
    ]
    for argv, user, expected in cases:
        before = snapshot(env.db)
        code, out, err = run(*argv, user=user)
        assert code == 1, (argv, out, err)
        assert err.startswith("Ditolak: ") and expected in err, (argv, err)
        assert snapshot(env.db) == before, argv
    code, _, err = run("dispatch", "return", number, "GEN", "1", "--condition", "hilang", user="gudang")
    assert code == 2 and "--condition" in err
    code, _, err = run("dispatch", "add", number, "MSS", "nol")  # a wrong number is a refusal
    assert code == 1 and "Ditolak: Jumlah: 'nol' bukan bilangan bulat" in err


def test_show_lists_the_steps_open_to_the_person(run, env):
    number = _json(run, "dispatch", "new", env.incident, "--from", "GDG", "--to", "Posko", "--recipient", "X")["number"]
    run("dispatch", "add", number, "MSS", "2")
    code, out, _ = run("dispatch", "show", number)
    assert code == 0 and "Langkah berikutnya untuk Anda:" in out
    assert f"tagana dispatch submit {number}" in out and f"tagana dispatch cancel {number}" in out
    code, out, _ = run("dispatch", "show", number, user="gudang")  # a warehouse clerk edits but does not approve
    assert f"tagana dispatch add {number}" in out and "dispatch approve" not in out
    assert _json(run, "dispatch", "show", number, user="gudang")["open_steps"] == [
        "add_line", "set_line", "pick", "add_kit", "add_escort"]
    code, out, _ = run("dispatch", "show", number, user="pemantau")
    assert code == 0 and "Tidak ada langkah berikutnya untuk Anda." in out
    assert _json(run, "dispatch", "submit", number)["status"] == "submitted"
    assert f"tagana dispatch approve {number}" in run("dispatch", "show", number, user="pejabat")[1]
    assert _json(run, "dispatch", "approve", number, user="pejabat")["status"] == "approved"
    assert _json(run, "dispatch", "show", number, user="gudang")["open_steps"] == ["add_escort", "send", "manifest"]


def test_field_papers_through_the_command_line(run, env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    code, out, _ = run("incident", "update", env.incident, "--sk", "360/45/BPBD/2026", "--sk-date", "2026-11-20",
                       "--sk-issuer", "Bupati Bengkulu Tengah")
    assert code == 0 and "SK 360/45/BPBD/2026 tanggal 2026-11-20 oleh Bupati Bengkulu Tengah" in out
    spt = _json(run, "print", "spt", env.incident, "-o", str(tmp_path / "spt.pdf"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "spt.pdf").pages)
    assert "Keputusan Bupati Bengkulu Tengah Nomor 360/45/BPBD/2026 tanggal 20 November 2026" in text
    assert spt["copy_no"] == 0

    number = _json(run, "dispatch", "new", env.incident, "--from", "GDG", "--to", "Posko Desa Contoh",
                   "--recipient", "Budi Contoh", "--loan-due", "2026-12-31")["number"]
    run("dispatch", "add", number, "FK", "3")
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    # Nothing is lent: refused in plain words, exit 1, nothing written.
    before = snapshot(env.db)
    code, out, err = run("print", "pinjam-pakai", number)
    assert code == 1 and "tidak meminjamkan peralatan" in err and "Traceback" not in err
    assert snapshot(env.db) == before

    lent = _json(run, "dispatch", "new", env.incident, "--from", "GDG", "--to", "Posko Desa Contoh",
                 "--recipient", "Budi Contoh", "--loan-due", "2026-12-31")["number"]
    run("dispatch", "add", lent, "GEN", "1")
    env.approve(lent)
    env.step(D.send_dispatch, lent, "gudang")
    printed = _json(run, "print", "pinjam-pakai", lent, "-o", str(tmp_path / "bapp.pdf"))
    assert "/BAPP/" in printed["number"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "bapp.pdf").pages)
    assert "G-001" in text and "31 Desember 2026" in text
    code, _, err = run("print", "pengembalian", lent)
    assert code == 1 and "Belum ada peralatan pinjam pakai yang kembali" in err
    run("dispatch", "return", lent, "GEN", "1", "--serial", "G-001", user="gudang")
    back = _json(run, "print", "pengembalian", lent, "-o", str(tmp_path / "bakb.pdf"))
    assert "/BAKB/" in back["number"]
    assert "G-001" in " ".join(p.extract_text() for p in PdfReader(tmp_path / "bakb.pdf").pages)
