from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from deployment.models import Volunteer
from tests.conftest import cli_runner
from tests.deployment.test_roster import rows, write_xlsx

NIK_A = "1709011403950001"
NIK_B = "1709015403950002"


@pytest.fixture
def run(db_url, users, monkeypatch, capsys):  # noqa: ANN001, ANN201
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def _count(db, model):  # noqa: ANN001
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_volunteer_add_list_show(run, db):
    code, out, _ = run("volunteer", "add", "--nik", NIK_A, "--name", "Andi Saputra", "--sex", "L", "--birth",
                       "1995-03-14", "--phone", "081234567001", "--region", "17.09.01", "--level", "madya",
                       "--skill", "dapur umum", "--skill", "SAR", "--niat", "TGN-1", "--json")
    assert code == 0
    record = json.loads(out)
    assert record["phone"] == "+6281234567001" and record["warnings"] == []
    code, out, _ = run("volunteer", "add", "--nik", NIK_B, "--name", "Budi", "--sex", "L")
    assert code == 0 and "Peringatan" in out  # the NIK says P
    code, out, _ = run("volunteer", "list", "--skill", "evakuasi", "--json")
    assert code == 0 and [r["full_name"] for r in json.loads(out)] == ["Andi Saputra"]
    code, out, _ = run("volunteer", "list", "--region", "17.09.01", "--available", "2026-12-01", "2026-12-03")
    assert code == 0 and "Andi Saputra" in out and "Budi" in out
    code, out, _ = run("volunteer", "show", "TGN-1")
    assert code == 0 and "evakuasi/SAR" in out
    code, out, _ = run("volunteer", "list", "--certificates", "expired", "--json")
    assert code == 0 and json.loads(out) == []  # no certificate dates recorded
    code, out, _ = run("volunteer", "list", "--on-duty", "2026-12-02", "--json")
    assert code == 0 and json.loads(out) == []
    assert run("volunteer", "list", "--certificates", "kapan")[0] == 2


def test_refusals_exit_1_and_write_nothing(run, db):
    assert run("volunteer", "add", "--nik", NIK_A, "--name", "Andi")[0] == 0
    code, _, err = run("volunteer", "add", "--nik", NIK_A, "--name", "Andi lagi")
    assert code == 1 and err.startswith("Ditolak: NIK")
    code, _, err = run("volunteer", "add", "--nik", "123", "--name", "X")
    assert code == 1 and "16 digit" in err
    code, _, err = run("volunteer", "add", "--nik", NIK_B, "--name", "X", user="pemantau")
    assert code == 1 and "tidak berwenang" in err
    assert _count(db, Volunteer) == 1


def test_usage_errors_exit_2(run):
    assert run("volunteer", "add", "--name", "tanpa NIK")[0] == 2
    assert run("assign", NIK_A, "KB-2026-0001", "--role", "logistik", "--from", "besok", "--to", "2026-12-01")[0] == 2
    code, _, err = run("incident", "add", "--type", "banjir", "--name", "x", "--region", "17.09.01", "--start",
                       "2026-11-20", "--displaced", "-5")  # a wrong number is a refusal
    assert code == 1 and "Ditolak: --displaced tidak boleh negatif (diberikan: -5)." in err


def test_incident_assign_suggest_flow(run, db):
    run("volunteer", "add", "--nik", NIK_A, "--name", "Andi Saputra", "--skill", "dapur umum")
    run("volunteer", "add", "--nik", NIK_B, "--name", "Bunga Lestari", "--skill", "logistik")
    code, out, _ = run("incident", "add", "--type", "banjir", "--name", "Banjir Karang Tinggi", "--region",
                       "17.09.01", "--region", "17.09.02", "--start", "2026-11-20T06:30", "--displaced", "200",
                       "--households", "60", "--json")
    assert code == 0
    number = json.loads(out)["number"]
    assert number == "KB-2026-0001"
    code, out, _ = run("incident", "update", number, "--displaced", "260", "--status", "tanggap darurat",
                       "--sk", "SK-9", "--note", "hari ke-2", "--json")
    assert code == 0 and json.loads(out)["figures"]["pengungsi"] == 260 and len(json.loads(out)["history"]) == 2
    code, out, _ = run("incident", "list", "--json")
    assert code == 0 and json.loads(out)[0]["number"] == number
    code, out, _ = run("suggest", number, "--role", "dapur umum", "--from", "2026-12-01", "--to", "2026-12-05",
                       "--json")
    assert code == 0 and json.loads(out)[0]["full_name"] == "Andi Saputra"
    code, out, _ = run("assign", NIK_A, number, "--role", "dapur umum", "--from", "2026-12-01", "--to",
                       "2026-12-05", "--json")
    assert code == 0 and json.loads(out)["days"] == 5
    assignment_id = json.loads(out)["id"]
    code, _, err = run("assign", NIK_A, number, "--role", "logistik", "--from", "2026-12-05", "--to", "2026-12-06")
    assert code == 1 and err.startswith("Ditolak:") and "beririsan" in err
    code, out, _ = run("assign", NIK_A, number, "--role", "logistik", "--from", "2026-12-05", "--to",
                       "2026-12-06", "--override", "tidak ada pengganti", "--json")
    assert code == 0  # a koordinator proposes the override ...
    proposal = json.loads(out)["id"]
    code, _, err = run("assignment", "approve", str(proposal))
    assert code == 1 and "pejabat" in err  # ... and cannot approve it
    code, out, _ = run("assignment", "approve", str(proposal), user="pejabat")
    assert code == 0 and "Pengecualian oleh pejabat: tidak ada pengganti" in out
    assert run("assignment", "extend", str(assignment_id), "2026-12-04")[0] == 1  # not later than the end
    assert run("assignment", "end", str(assignment_id), "2026-12-03")[0] == 0
    code, _, err = run("assignment", "checkin", str(assignment_id), "--at", "2026-11-20T07:00")
    assert code == 1 and "di luar masa penugasan" in err
    code, out, _ = run("assignment", "void", str(proposal), "--reason", "salah peran", "--json")
    assert code == 0 and json.loads(out)["void_reason"] == "salah peran"
    assert run("assignment", "void", str(proposal), "--reason", "lagi")[0] == 1  # already voided
    assert run("assignment", "void", str(assignment_id))[0] == 2  # the reason is required
    code, out, _ = run("assignment", "list", "--incident", number, "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, _ = run("incident", "needs", number, "--days", "3", "--json")
    assert code == 0 and {line["code"] for line in json.loads(out)} >= {"beras", "air", "family_kit"}


def test_import_refused_then_valid_only(run, db, tmp_path):
    existing = "1709011403950050"
    run("volunteer", "add", "--nik", existing, "--name", "Sudah Ada")
    path = write_xlsx(tmp_path / "relawan.xlsx", rows(existing))
    code, _, err = run("volunteer", "import", str(path))
    assert code == 1 and "- baris 9, kolom C (NIK): " in err and err.startswith("Ditolak: Impor dibatalkan")
    assert _count(db, Volunteer) == 1
    code, out, _ = run("volunteer", "import", str(path), "--valid-only", "--json")
    assert code == 0 and json.loads(out)["imported"] == 6
    export = tmp_path / "ekspor.xlsx"
    code, out, _ = run("volunteer", "export", str(export))
    assert code == 0 and export.exists() and "7 relawan" in out
