"""`tagana posko`, `tagana exchange` and `tagana site` as a person types them: the office on the test's
backend, the posko a SQLite file of its own; refusals exit 1, say why in Indonesian and write nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deployment.exchange.models import ExchangeFile, Site
from tagana_app.db import Database
from tests.conftest import TEST_PASSWORD, cli_runner
from tests.deployment.conftest import add_incident


@pytest.fixture
def run(db_url, users, monkeypatch, capsys):  # noqa: ANN001, ANN201
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


@pytest.fixture
def posko_url(_templates, tmp_path: Path) -> str:  # noqa: ANN001
    path = tmp_path / "posko.db"
    shutil.copyfile(_templates["sqlite"], path)
    return str(path)


def _at(url: str, monkeypatch, capsys, *argv: str, user: str | None = None) -> tuple[int, str, str]:  # noqa: ANN001
    """`tagana --db URL ...` on another database (the posko's laptop)."""
    from tagana_app.cli import main

    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    if user:
        monkeypatch.setenv("TAGANA_USER", user)
    capsys.readouterr()
    try:
        code = main(["--db", url, *argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _files(db_url: str) -> int:
    db = Database.open(db_url)
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(ExchangeFile))
    finally:
        db.dispose()


def test_a_posko_is_set_up_paired_and_exchanges_files_from_the_command_line(run, db, users, posko_url, tmp_path,  # noqa: ANN001
                                                                              monkeypatch, capsys, db_url) -> None:
    incident = add_incident(db, users["koordinator"])
    setup, reply = tmp_path / "setup.tagana", tmp_path / "balasan.tagana"
    code, out, err = run("--json", "posko", "create", "PSK-01", "--name", "Pondok Kelapa", "--incident",
                         incident.number, "-o", str(setup))
    assert code == 0, err
    office_fp = json.loads(out)["fingerprint"]
    assert setup.exists()
    # on the laptop: a wrong fingerprint read over the phone is refused, nothing is made
    code, out, err = _at(posko_url, monkeypatch, capsys, "posko", "join", str(setup), "--admin", "posko1",
                         "--expect-fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "-o", str(reply))
    assert code == 1 and "Ditolak" in err and "bukan AAAA-BBBB-CCCC-DDDD-EEEE-FFFF" in err and not reply.exists()
    code, out, err = _at(posko_url, monkeypatch, capsys, "--json", "posko", "join", str(setup), "--admin", "posko1",
                         "--expect-fingerprint", office_fp, "-o", str(reply))
    assert code == 0, err
    joined = json.loads(out)
    assert joined["posko"] == "PSK-01" and joined["office_fingerprint"] == office_fp
    code, _, err = run("exchange", "import", str(reply), "--expect-fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert code == 1 and "dibacakan posko" in err
    with db.read() as s:
        assert s.scalar(select(Site.status).where(Site.code == "PSK-01")) == "menunggu"
    code, out, err = run("--json", "exchange", "import", str(reply), "--expect-fingerprint", joined["fingerprint"])
    assert code == 0 and json.loads(out)["status"] == "dipasangkan", err
    # a file from the posko, taken twice; the same file with one byte changed is refused
    made = tmp_path / "p2.tagana"
    code, out, err = _at(posko_url, monkeypatch, capsys, "--json", "exchange", "export", "--to", "KAB-1709", "-o",
                         str(made), user="posko1")
    assert code == 0, err
    assert json.loads(out)["seq"] == 2
    data = bytearray(made.read_bytes())
    data[-5] ^= 0x20
    altered = tmp_path / "diubah.tagana"
    altered.write_bytes(bytes(data))
    before = _files(db_url)
    code, out, err = run("exchange", "import", str(altered))
    assert code == 1 and "Ditolak" in err and "Traceback" not in err and _files(db_url) == before
    code, out, err = run("exchange", "import", str(made))
    assert code == 0 and "diterapkan" in out
    code, out, err = run("exchange", "import", str(made))
    assert code == 0 and "tidak ada yang berubah" in out
    code, out, err = run("--json", "exchange", "status")
    status = json.loads(out)
    assert [(s["code"], s["last_in"], s["status"]) for s in status["sites"]] == [("PSK-01", 2, "aktif")]
    code, out, err = run("--json", "posko", "show", "PSK-01")
    assert code == 0, err
    # revoking is a pejabat's; after it, the posko's files are refused
    code, _, err = run("site", "revoke", "PSK-01", "--reason", "laptop hilang")
    assert code == 1 and "pejabat" in err
    code, _, err = run("site", "revoke", "PSK-01", "--reason", "laptop hilang", user="pejabat")
    assert code == 0, err
    code, out, err = _at(posko_url, monkeypatch, capsys, "exchange", "export", "--to", "KAB-1709", "-o",
                         str(tmp_path / "p3.tagana"), user="posko1")
    assert code == 0, err
    code, _, err = run("exchange", "import", str(tmp_path / "p3.tagana"))
    assert code == 1 and "dicabut" in err


def test_a_missing_or_unreadable_file_is_refused_plainly(run, tmp_path) -> None:  # noqa: ANN001
    code, _, err = run("exchange", "import", str(tmp_path / "tidak-ada.tagana"))
    assert code == 1 and "tidak dapat dibaca" in err
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 bukan berkas pertukaran")
    code, _, err = run("exchange", "import", str(junk))
    assert code == 1 and "bukan berkas pertukaran Tagana" in err
    code, _, err = run("exchange", "export", "--to", "PSK-99", "-o", str(tmp_path / "x.tagana"))
    assert code == 1 and "PSK-99" in err and not (tmp_path / "x.tagana").exists()
