"""`tagana setting list|get|set`: the office settings from the command line, validated and audited."""

from __future__ import annotations

import json

import pytest

from tagana_app import settings
from tagana_app.models import AppSetting, AuditLog
from tests.core.test_cli import ADMIN_PASSWORD, Cli, _count


@pytest.fixture(autouse=True)
def _environment(monkeypatch, tmp_path):  # noqa: ANN001, ANN202
    for name in ("TAGANA_USER", "TAGANA_PASSWORD", "TAGANA_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def cli(db_url, capsys, monkeypatch) -> Cli:  # noqa: ANN001
    """A migrated empty database on each backend, with the admin 'kepala' and the observer 'agus'."""
    runner = Cli(capsys, monkeypatch, db_url)
    status, _, err = runner("init", "--admin", "kepala", password=ADMIN_PASSWORD)
    assert status == 0, err
    runner.monkeypatch.setenv("TAGANA_USER", "kepala")
    monkeypatch.setenv("SANDI", "sandi-pemantau-1")
    runner.json("user", "add", "agus", "--role", "pemantau", "--password-env", "SANDI")
    return runner


def _written(cli: Cli) -> tuple[int, int]:
    return _count(cli.db, AppSetting), _count(cli.db, AuditLog)


def test_list_shows_every_office_setting_with_its_value_and_default(cli):
    rows = {row["key"]: row for row in cli.json("setting", "list")}
    assert rows["deployment.max_continuous_days"] == {
        "key": "deployment.max_continuous_days", "label": settings.MAX_CONTINUOUS_DAYS.label,
        "value": 14, "default": 14}
    assert rows["numbering.bast"]["value"] == settings.NUMBER_PATTERNS["bast"].default
    office = {key for key, s in settings.REGISTRY.items() if s.scope is settings.Scope.OFFICE}
    # Everything a person sets; not the demo flag (the program's) nor the logo (an image file).
    assert set(rows) == office - {settings.DEMO_DATA.key, settings.OFFICE_LOGO_PNG.key}
    assert not any(key.startswith("local.") for key in rows)

    cli.json("setting", "set", "stock.expiry_alert_days", "30")
    status, out, _ = cli("setting", "list")
    assert status == 0 and out.splitlines()[0].split() == ["KUNCI", "NILAI", "BAWAAN", "KETERANGAN"]
    line = next(x for x in out.splitlines() if x.startswith("stock.expiry_alert_days"))
    assert line.split()[1:3] == ["30", "90"]
    line = next(x for x in out.splitlines() if x.startswith("deployment.min_rest_days"))
    assert line.split()[1:3] == ["7", "(sama)"]


def test_set_validates_stores_audits_and_get_reads_it_back(cli):
    status, out, _ = cli("setting", "get", "deployment.max_continuous_days")
    assert (status, out) == (0, "14\n")

    status, out, err = cli("setting", "set", "deployment.max_continuous_days", "21")
    assert status == 0, err
    assert out.strip() == "Pengaturan deployment.max_continuous_days diubah: 14 → 21"
    record = cli.json("setting", "set", "numbering.bast", "{seq:04d}/BA/{year}")
    assert record == {"key": "numbering.bast", "label": settings.NUMBER_PATTERNS["bast"].label,
                      "value": "{seq:04d}/BA/{year}", "default": settings.NUMBER_PATTERNS["bast"].default,
                      "changed": True}
    assert cli.json("setting", "get", "deployment.max_continuous_days")["value"] == 21
    status, out, _ = cli("setting", "get", "numbering.bast")
    assert out == "{seq:04d}/BA/{year}\n"

    entries = [e for e in cli.json("audit", "--action", "settings.update")]
    assert [e["changes"] for e in entries] == [
        {"numbering.bast": {"lama": settings.NUMBER_PATTERNS["bast"].default, "baru": "{seq:04d}/BA/{year}"}},
        {"deployment.max_continuous_days": {"lama": 14, "baru": 21}}]
    assert {e["username"] for e in entries} == {"kepala"}

    # The same value again changes nothing and writes no audit row.
    before = _written(cli)
    status, out, _ = cli("setting", "set", "deployment.max_continuous_days", "21")
    assert status == 0 and "tidak berubah" in out
    assert _written(cli) == before


@pytest.mark.parametrize(("args", "message"), [
    (("set", "deployment.max_hari", "5"), "Pengaturan 'deployment.max_hari' tidak dikenal"),
    (("get", "tidak.ada"), "Pengaturan 'tidak.ada' tidak dikenal"),
    (("set", "local.language", "en"), "hanya berlaku untuk satu komputer"),
    (("set", "office.demo_data", "false"), "tidak diatur lewat baris perintah"),
    (("get", "office.logo_png"), "tidak diatur lewat baris perintah"),
    (("set", "deployment.max_continuous_days", "dua minggu"), "nilai 'dua minggu' tidak valid"),
    (("set", "numbering.bast", "BAST/{tahun}"), "isian yang tidak dikenal: tahun"),
    (("set", "numbering.spt", "{seq}/SPT"), "harus memuat {seq} dan {year}"),
    (("set", "numbering.manifest", "{seq/SJ/{year}"), "tidak valid"),
    (("set", "office.paper", "Letter"), "harus salah satu dari: A4, F4"),
])
def test_unknown_key_or_bad_value_exits_1_and_writes_nothing(cli, args, message):
    before = _written(cli)
    for json_flag in ((), ("--json",)):
        status, out, err = cli("setting", *args, *json_flag)
        assert status == 1 and out == ""
        assert err.startswith("Ditolak: ") and message in err, err
    assert _written(cli) == before


def test_only_an_admin_sets_but_anyone_reads(cli):
    before = _written(cli)
    status, out, err = cli("setting", "set", "stock.expiry_alert_days", "30", user="agus",
                           password="sandi-pemantau-1")
    assert status == 1 and out == "" and "tidak berwenang" in err
    assert _written(cli) == before
    status, out, _ = cli("setting", "get", "stock.expiry_alert_days")
    assert (status, out) == (0, "90\n")
    assert json.loads(cli("setting", "list", "--json")[1])[0]["key"] == "office.government"
