"""`tagana distribute`, `tagana distribution list|show|cancel`, `tagana print recipients`: output, --json,
exit statuses, nothing written when refused; the daftar penerima read back from its PDF."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from deployment.distribution.models import Distribution, DistributionLine
from inventory.models import StockMovement
from tagana_app.models import AuditLog, DocumentNumber
from tests.conftest import cli_runner

from .conftest import DESA, DESA2, NIK, NIK2


@pytest.fixture
def run(world, db_url, monkeypatch, capsys, tmp_path):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "dokumen"))
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def _written(world) -> tuple:  # noqa: ANN001
    with world.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (Distribution, DistributionLine, StockMovement, DocumentNumber, AuditLog))


def _give(run, world, *extra: str, user: str = "koordinator"):  # noqa: ANN001, ANN202
    return run("distribute", "--incident", world.incident, "--desa", DESA, "--recipient", "Siti Aminah",
               "--nik", NIK, "--household-size", "4", "--warehouse", "GDG", "--line", "BRS=10", *extra, user=user)


def test_distribute_list_show_cancel(run, world) -> None:  # noqa: ANN001
    code, out, err = _give(run, world, "--json")
    assert code == 0, err
    made = json.loads(out)
    assert "/DST/" in made["number"] and made["lines"][0]["quantity"] == 10
    code, out, _ = run("distribution", "list", "--incident", world.incident)
    assert code == 0 and made["number"] in out and "Siti Aminah" in out and "Beras 10 kg" in out
    code, out, _ = run("distribution", "show", made["number"])
    assert code == 0 and "Talang Pauh" in out and NIK in out
    # the household head's NIK is whole only for the roles that need it (as the volunteers' NIKs)
    for role in ("pemantau", "gudang"):
        code, out, _ = run("distribution", "show", made["number"], user=role)
        assert code == 0 and NIK not in out and NIK[:4] + "*" in out
        code, out, _ = run("--json", "distribution", "list", user=role)
        assert code == 0 and NIK not in out
    # the same household and goods again: refused unless --ulang-ok
    before = _written(world)
    code, _, err = _give(run, world)
    assert code == 1 and "sudah menerima" in err and made["number"] in err
    assert _written(world) == before
    code, out, err = _give(run, world, "--ulang-ok")
    assert code == 0 and "Peringatan" in out, err
    code, out, err = run("distribution", "cancel", made["number"], "--reason", "tercatat dua kali")
    assert code == 0 and "DIBATALKAN" in out, err
    code, _, err = run("distribution", "cancel", made["number"], "--reason", "lagi")
    assert code == 1 and "sudah dibatalkan" in err


def test_refusals_and_usage(run, world) -> None:  # noqa: ANN001
    before = _written(world)
    assert _give(run, world, user="pejabat")[0] == 1
    assert run("distribute", "--incident", world.incident, "--desa", "17.09.03", "--recipient", "X",
               "--warehouse", "GDG", "--line", "BRS=1")[0] == 1
    assert run("distribute", "--incident", world.incident, "--desa", DESA, "--recipient", "X",
               "--warehouse", "GDG", "--line", "BRS")[0] == 2
    assert run("distribute", "--incident", world.incident, "--desa", DESA, "--recipient", "X", "--kind", "rt",
               "--warehouse", "GDG", "--line", "BRS=1")[0] == 2
    assert _written(world) == before


def test_print_recipients_masks_nik(run, world, tmp_path) -> None:  # noqa: ANN001
    for n in range(30):  # more than a page
        code, _, err = run("distribute", "--incident", world.incident, "--desa", DESA,
                           "--recipient", f"Penerima Nomor {n + 1}", "--household-size", "3",
                           "--warehouse", "GDG", "--line", "BRS=5")
        assert code == 0, err
    assert _give(run, world)[0] == 0
    code, _, err = run("distribute", "--incident", world.incident, "--desa", DESA2, "--recipient", "Rahmat",
                       "--nik", NIK2, "--warehouse", "GDG", "--package", "PKK")
    assert code == 0, err
    path = tmp_path / "penerima.pdf"
    code, out, err = run("print", "recipients", "--incident", world.incident, "-o", str(path), "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["villages"] == 2 and info["recipients"] == 32
    reader = PdfReader(str(path))
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    assert "DAFTAR PENERIMA BANTUAN" in text and "Siti Aminah" in text and "Penerima Nomor 30" in text
    assert NIK not in text and "1709**********01" in text
    assert all("Tanda Tangan" in p for p in pages)  # the header row on every page
    assert "Kepala Desa/Lurah Talang Pauh" in text and "Petugas Posko" in text
    assert "Srikaton" in pages[-1] and "Family kit 1 paket" in pages[-1]
    # the signatures never stand alone: the page that has them has rows of the table too
    signed = [p for p in pages if "Petugas Posko" in p]
    assert all("Penerima" in p or "Rahmat" in p for p in signed)
    only = tmp_path / "srikaton.pdf"
    assert run("print", "recipients", "--incident", world.incident, "--desa", DESA2, "-o", str(only))[0] == 0
    assert "Siti Aminah" not in "".join(p.extract_text() for p in PdfReader(str(only)).pages)
    empty = tmp_path / "kosong.pdf"
    code, _, err = run("print", "recipients", "--incident", world.incident, "--desa", "17.09.03.2011",
                       "-o", str(empty))
    assert code == 1 and "Belum ada distribusi" in err and not empty.exists()
