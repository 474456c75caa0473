"""An incident's emergency status as a record: decrees, periods, extensions and what was declared on a day."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from deployment import emergency, incidents
from tagana_app import clock
from tagana_app.errors import PermissionDenied, ValidationError
from tests.conftest import cli_runner

from .conftest import add_incident

TODAY = clock.today()
START = TODAY - timedelta(days=10)
ISSUER = "Bupati Bengkulu Tengah"


def _set(db, actor, number, **extra):  # noqa: ANN001, ANN003, ANN202
    given = {"status": "tanggap_darurat", "decree_number": "360/101/2026", "decree_date": START, "issuer": ISSUER,
             "valid_from": START, "valid_to": START + timedelta(days=13)} | extra
    return db.write(lambda s: emergency.set_status(s, actor, number, **given))


def test_a_status_and_its_extension_are_kept_and_the_incident_follows(db, coord):
    number = add_incident(db, coord, start=START).number
    first = _set(db, coord, number)
    end = START + timedelta(days=13)
    ext = db.write(lambda s: emergency.extend_status(s, coord, number, end + timedelta(days=14), "360/120/2026",
                                                     TODAY))
    assert (ext.kind, ext.status, ext.valid_from, ext.valid_to, ext.issuer) == (
        "extension", "tanggap_darurat", end + timedelta(days=1), end + timedelta(days=14), ISSUER)
    with db.read() as s:
        history = emergency.status_history(s, number)
        record = incidents.get_incident(s, number)
        assert emergency.declared_on(s, number, START + timedelta(days=2)).id == first.id
        assert emergency.declared_on(s, number, end + timedelta(days=3)).id == ext.id
        assert emergency.declared_on(s, number, end + timedelta(days=15)) is None
        assert emergency.declared_on(s, number, START - timedelta(days=1)) is None  # before the decree
    # The entry made when the incident was recorded (no decree), the status, the extension.
    assert [(e.kind, e.decree_number) for e in history] == [
        ("status", ""), ("status", "360/101/2026"), ("extension", "360/120/2026")]
    assert (record.status, record.sk_number, record.sk_date, record.sk_issuer, record.status_from,
            record.status_to) == ("tanggap_darurat", "360/120/2026", TODAY, ISSUER, START, end + timedelta(days=14))


def test_a_later_status_ends_the_declaration_for_the_days_it_covers(db, coord):
    number = add_incident(db, coord, start=START).number
    _set(db, coord, number)
    db.write(lambda s: emergency.set_status(s, coord, number, "selesai", "", None, "", TODAY, None))
    with db.read() as s:
        assert emergency.declared_on(s, number, TODAY - timedelta(days=1)) is not None
        assert emergency.declared_on(s, number, TODAY) is None
        assert "berstatus selesai" in emergency.missing_declaration(s, number, TODAY)
        assert incidents.get_incident(s, number).status == "selesai"


@pytest.mark.parametrize(("extra", "words"), [
    ({"decree_date": TODAY + timedelta(days=1)}, "belum tiba"),
    ({"valid_to": START - timedelta(days=1)}, "sebelum awalnya"),
    ({"issuer": "  "}, "Penerbit SK wajib diisi untuk status tanggap darurat"),
    ({"decree_number": ""}, "Nomor SK wajib diisi"),
    ({"status": "gawat"}, "tidak dikenal"),
])
def test_a_decree_is_refused_when_incomplete_or_impossible(db, coord, extra, words):
    number = add_incident(db, coord, start=START).number
    with pytest.raises(ValidationError, match=words):
        _set(db, coord, number, **extra)
    with db.read() as s:
        assert len(emergency.status_history(s, number)) == 1


def test_an_extension_must_go_beyond_the_current_end_and_needs_its_decree(db, coord, users):
    number = add_incident(db, coord, start=START).number
    with pytest.raises(ValidationError, match="tidak sedang berstatus darurat|belum memiliki akhir masa"):
        db.write(lambda s: emergency.extend_status(s, coord, number, TODAY, "X/1", TODAY))
    _set(db, coord, number)
    end = START + timedelta(days=13)
    with pytest.raises(ValidationError, match="harus sesudah akhir masa"):
        db.write(lambda s: emergency.extend_status(s, coord, number, end, "X/1", TODAY))
    with pytest.raises(ValidationError, match="wajib diisi"):
        db.write(lambda s: emergency.extend_status(s, coord, number, end + timedelta(days=5), "", TODAY))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: emergency.extend_status(s, users["gudang"], number, end + timedelta(days=5), "X/1", TODAY))


def test_the_older_edit_keeps_the_history_too(db, coord):
    number = add_incident(db, coord, start=START).number
    db.write(lambda s: incidents.update_incident(s, coord, number, sk_number="360/7/2026", sk_date=START,
                                                 sk_issuer=ISSUER, status_from=START, status_to=TODAY))
    db.write(lambda s: incidents.update_incident(s, coord, number, status="transisi"))
    with db.read() as s:
        history = emergency.status_history(s, number)
        assert [(e.status, e.decree_number, e.valid_from, e.valid_to) for e in history[1:]] == [
            ("tanggap_darurat", "360/7/2026", START, TODAY), ("transisi", "360/7/2026", TODAY, None)]
        assert emergency.declared_on(s, number, START + timedelta(days=1)).decree_number == "360/7/2026"


def test_the_command_line_sets_extends_and_lists(db, db_url, users, monkeypatch, capsys):
    run = cli_runner(db_url, monkeypatch, capsys, "koordinator")
    number = add_incident(db, users["koordinator"], start=START).number
    end = START + timedelta(days=13)
    args = ("incident", "status", number, "--status", "tanggap darurat", "--decree-number", "360/101/2026",
            "--decree-date", str(START), "--issuer", ISSUER, "--from", str(START), "--to", str(end))
    code, _out, err = run(*args, user="gudang")
    assert code == 1 and "tidak berwenang" in err
    code, out, _err = run("--json", *args)
    assert code == 0 and json.loads(out)["decree_number"] == "360/101/2026"
    code, _out, err = run("incident", "extend", number, "--to", str(end - timedelta(days=1)), "--decree-number",
                          "360/2/2026", "--decree-date", str(TODAY))
    assert code == 1 and "harus sesudah akhir masa" in err
    code, out, _err = run("incident", "extend", number, "--to", str(end + timedelta(days=7)), "--decree-number",
                          "360/120/2026", "--decree-date", str(TODAY))
    assert code == 0 and "perpanjangan" in out and f"s.d. {end + timedelta(days=7)}" in out
    assert run("incident", "extend", number, "--to", "kemarin")[0] == 2
    code, out, _err = run("--json", "incident", "statuses", number)
    assert code == 0 and [e["kind"] for e in json.loads(out)] == ["status", "status", "extension"]


def test_a_new_warehouse_follows_its_kind_and_the_setting(db, users):
    from inventory import catalog, catalog_edit
    from tagana_app import settings

    g = users["gudang"]
    assert db.write(lambda s: catalog.add_warehouse(s, g, "LS1", "Lumbung", "17.09.01", kind="lumbung")).needs_emergency
    assert not db.write(lambda s: catalog.add_warehouse(s, g, "GDG", "Gudang", "17.09")).needs_emergency
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.EMERGENCY_FOR_OTHER_WAREHOUSES: True}))
    assert db.write(lambda s: catalog.add_warehouse(s, g, "GD2", "Gudang 2", "17.09")).needs_emergency
    assert not db.write(lambda s: catalog_edit.update_warehouse(s, g, "LS1", needs_emergency=False)).needs_emergency


def test_the_warehouse_commands_set_the_flag(db, db_url, users, monkeypatch, capsys):  # users: the gudang user exists
    run = cli_runner(db_url, monkeypatch, capsys, "gudang")
    code, out, _err = run("--json", "warehouse", "add", "LS2", "--name", "Lumbung 2", "--region", "17.09.01",
                          "--kind", "lumbung")
    assert code == 0 and json.loads(out)["needs_emergency"] is True
    code, out, _err = run("warehouse", "update", "LS2", "--no-needs-emergency")
    assert code == 0 and "hanya dengan status darurat" not in out
    code, out, _err = run("--json", "warehouse", "add", "GD2", "--name", "Gudang 2", "--region", "17.09",
                          "--needs-emergency")
    assert code == 0 and json.loads(out)["needs_emergency"] is True
    code, out, _err = run("warehouse", "list")
    assert [line.split()[-1] for line in out.splitlines()[2:]] == ["ya", "tidak"]  # GD2, LS2
