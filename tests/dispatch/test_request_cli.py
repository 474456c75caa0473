"""`tagana request ...`, `tagana print requests`, `tagana dispatch new --request`: output, --json, exit
statuses 0/1/2, nothing written when refused; the register read back from its PDF and .xlsx."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from deployment.models import AidRequest, AidRequestLine, AidRequestPeople
from tagana_app.models import AuditLog, DocumentNumber
from tests.conftest import cli_runner

from .conftest import KEC, TODAY

LETTER_DAY = (TODAY - timedelta(days=1)).isoformat()


@pytest.fixture
def run(env, db_url, monkeypatch, capsys, tmp_path):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def _json(run, *argv: str, user: str = "koordinator"):  # noqa: ANN001, ANN202
    code, out, err = run(*argv, "--json", user=user)
    assert code == 0, err
    return json.loads(out)


def _written(env) -> tuple:  # noqa: ANN001
    with env.db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(t))
                       for t in (AidRequest, AidRequestLine, AidRequestPeople, DocumentNumber, AuditLog))
        states = tuple(s.execute(select(AidRequest.number, AidRequest.status, AidRequest.decided_by)
                                 .order_by(AidRequest.id)).all())
    return counts, states


def _add(run, env, *extra: str, user: str = "koordinator") -> tuple[int, str, str]:  # noqa: ANN001
    return run("request", "add", "--incident", env.incident, "--from-region", KEC, "--kind", "kecamatan",
               "--requester", "Budi Contoh", "--position", "Camat Pondok Kelapa", "--id", "197501012000031002",
               "--letter-number", "400.9/12/PK/2026", "--letter-date", LETTER_DAY, *extra, user=user)


def test_a_request_through_the_command_line(run, env, tmp_path):  # noqa: ANN001
    code, out, err = _add(run, env, "--line", "MSS=100", "--line", "FK=50", "--people", "logistik=2")
    assert code == 0, err
    number = out.split(":", 1)[1].split()[0]
    assert "Permintaan dicatat" in out and "[diterima" in out and "Camat Pondok Kelapa" in out
    shown = _json(run, "request", "show", number)
    assert shown["requester_id_kind"] == "NIP" and [x["quantity"] for x in shown["lines"]] == [100, 50]
    assert shown["due_on"] and shown["status"] == "diterima"

    before = _written(env)
    code, _, err = run("request", "decide", number, "--approve", "MSS=100", "--approve", "FK=0", "--json")
    assert code == 1 and "pejabat" in err  # the koordinator may not decide
    code, _, err = run("request", "decide", number, "--approve", "MSS=100", "--approve", "FK=0",
                       "--people-approve", "logistik=2", user="pejabat")
    assert code == 1 and "Alasan wajib diisi" in err and "FK" in err  # a refused line needs its reason
    code, _, err = run("request", "decide", number, "--approve", "MSS=100", "--reject", "x", user="pejabat")
    assert code == 2  # --approve and --reject together: usage
    assert _written(env) == before

    decided = _json(run, "request", "decide", number, "--approve", "MSS=100", "--approve", "FK=0",
                     "--reason", "FK=sudah dari kabupaten", "--people-approve", "logistik=1",
                     "--reason", "logistik=satu sudah di lokasi", "--note", "Kasi PSKBA siapkan BAST", user="pejabat")
    assert decided["status"] == "didisposisi" and decided["decided_by"] == "pejabat"
    assert [(x["item_code"], x["approved"], x["decision"]) for x in decided["lines"]] == [("MSS", 100, "penuh"),
                                                                                     ("FK", 0, "ditolak")]
    listed = _json(run, "request", "list", "--incident", env.incident)
    assert [r["number"] for r in listed] == [number]
    assert _json(run, "request", "list", "--overdue") == []  # received today: not yet late
    code, out, _ = run("request", "list", "--status", "didisposisi")
    assert code == 0 and number in out and "NOMOR AGENDA" in out

    created = _json(run, "dispatch", "new", env.incident, "--from", "GDG", "--to", "Kantor Camat Pondok Kelapa",
                    "--recipient", "Budi Contoh", "--request", number)
    assert created["request"] == number
    code, out, _ = run("request", "show", number)
    assert code == 0 and created["number"] in out

    pdf, xlsx = tmp_path / "register.pdf", tmp_path / "register.xlsx"
    printed = _json(run, "print", "requests", "-o", str(pdf), user="pemantau")
    assert printed == {"report": "requests", "path": str(pdf), "requests": 1, "overdue": 0}
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    for expected in ("REGISTER PERMINTAAN BANTUAN", number, "Budi Contoh", "400.9/12/PK/2026", "Makanan siap saji",
                     "Family kit ditolak (sudah dari kabupaten)", "didisposisi", "Nomor agenda", "Terlambat"):
        assert expected in text, expected
    code, out, _ = run("request", "export", "-o", str(xlsx), "--incident", env.incident)
    assert code == 0 and "1 permintaan" in out
    sheet = load_workbook(xlsx).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert number in cells and "Pemohon (jabatan, wilayah)" in cells


def test_refusals_write_nothing(run, env):  # noqa: ANN001
    before = _written(env)
    code, _, err = _add(run, env, "--line", "MSS=10", user="gudang")
    assert code == 1 and "koordinator" in err
    code, _, err = _add(run, env, "--line", "TIDAKADA=10")
    assert code == 1 and "TIDAKADA" in err
    code, _, err = _add(run, env)  # neither goods nor people
    assert code == 1 and "barang atau relawan" in err
    code, _, err = _add(run, env, "--line", "MSS=10", "--id", "12345")
    assert code == 1 and "NIK" in err
    code, _, _ = _add(run, env, "--line", "MSS")  # no quantity
    assert code == 2
    code, _, err = run("request", "show", "PMB-TIDAK-ADA")
    assert code == 1
    code, _, _ = run("request", "cancel", "PMB-TIDAK-ADA")  # no --reason
    assert code == 2
    assert _written(env) == before
    code, out, _ = _add(run, env, "--line", "MSS=10")
    number = out.split(":", 1)[1].split()[0]
    before = _written(env)
    code, _, err = run("dispatch", "new", env.incident, "--from", "GDG", "--to", "Posko", "--recipient", "Budi",
                       "--request", number)
    assert code == 1 and "diterima" in err  # not decided yet
    code, _, err = run("request", "cancel", number, "--reason", "x", user="gudang")
    assert code == 1
    code, _, err = run("request", "decide", number, user="pejabat")  # nothing decided
    assert code == 1 and "belum diisi" in err
    assert _written(env) == before
    assert _json(run, "request", "cancel", number, "--reason", "surat tercatat dua kali")["status"] == "dibatalkan"
