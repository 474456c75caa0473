"""Every hostile input of the corpus (``tests/hostile/cases_*.py``) through `tagana` on each database:
exit 1, an Indonesian refusal naming the problem, no traceback, nothing changed."""

from __future__ import annotations

import hashlib
import importlib
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select, text

from deployment import incidents
from deployment import volunteers as vs
from inventory import catalog, stock
from inventory.stock import ReceiveLine
from tagana_app import clock, paths
from tagana_app.cli import main
from tagana_app.db import Database
from tests.conftest import TEST_PASSWORD

from .corpus import Case

HERE = Path(__file__).resolve().parent
CASES: list[Case] = [case for module in sorted(HERE.glob("cases_*.py"))
                     for case in importlib.import_module(f"tests.hostile.{module.stem}").CASES]


def test_case_names_are_unique():
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


def _build_world(db: Database, users: dict) -> None:
    g, k = users["gudang"], users["koordinator"]

    def goods(s) -> None:  # noqa: ANN001
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 100), ReceiveLine("MSS", 20, batch="A",
                                                                                 expiry=date(2030, 1, 31)),
                                          ReceiveLine("GEN", 2, serials=("G-1", "G-2"))], source="kemensos")
    db.write(goods)
    db.write(lambda s: vs.add_volunteer(s, k, vs.VolunteerInput(
        nik="1709011403950001", full_name="Relawan Uji", region_code="17.09.01", sex="L",
        birth_date=date(1995, 3, 14))))
    db.write(lambda s: incidents.add_incident(s, k, disaster_type="banjir", name="Banjir uji",
                                              region_codes=["17.09.01"], started_at=date(2026, 11, 20)))


def fingerprint(db: Database) -> dict[str, str]:
    """Every table's rows, hashed: a refused command must leave each one as it was."""
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        result = {}
        for table in sorted(meta.tables.values(), key=lambda t: t.name):
            rows = conn.execute(select(table).order_by(*table.primary_key.columns or table.columns)).all()
            result[table.name] = hashlib.sha256(json.dumps([list(map(str, r)) for r in rows]).encode()).hexdigest()
        conn.execute(text("SELECT 1"))
    return result


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_input_is_refused_and_changes_nothing(case: Case, db: Database, db_url: str, users, signers,
                                                      tmp_path, monkeypatch, capsys) -> None:
    if case.sqlite_only and not db.is_sqlite:
        pytest.skip("the case is about the SQLite file")
    _build_world(db, users)
    work = tmp_path / "work"
    work.mkdir()
    values = {"tmp": str(work), "db": db_url, "db_path": str(db.sqlite_path or ""), "data": str(paths.data_dir()),
              "docs": str(paths.default_documents_dir()), "backup": str(paths.default_backup_dir()),
              "year": str(clock.today().year)}
    if case.make_file is not None:
        file = work / f"input{case.suffix}"
        case.make_file(file)
        values["file"] = str(file)
    if case.link_to is not None:
        file = work / f"input{case.suffix}"
        file.symlink_to(case.link_to.format(**values))
        values["file"] = str(file)
    argv = [part.format(**values) for part in case.argv]
    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    for user, command in case.setup:
        monkeypatch.setenv("TAGANA_USER", user)
        db.dispose()
        assert main(["--db", db_url, *(part.format(**values) for part in command)]) == 0, (user, command)
    monkeypatch.setenv("TAGANA_USER", case.user)
    for key, value in case.env.items():
        monkeypatch.setenv(key, value.format(**values))
    if case.stdin is not None:
        import io
        import sys
        monkeypatch.setattr(sys, "stdin", io.StringIO(case.stdin))
    before = fingerprint(db)
    db.dispose()
    capsys.readouterr()
    try:
        code = main(["--db", db_url, *argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == 1, (code, out, err)
    assert err.startswith(("Ditolak: ", "Basis data tidak dapat dipakai: ")), err
    for fragment in case.expect:
        assert fragment in err, (fragment, err)
    assert fingerprint(db) == before
