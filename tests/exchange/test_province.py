"""A provinsi and two districts in one test: cards exchanged, each district's file imported read-only,
the two districts side by side.

The first district is the test's backend (SQLite and PostgreSQL, the default office KAB-1709), the
second a SQLite file set up as KOTA-1771, the provinsi a SQLite file set up as PROV-17.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from deployment.exchange import engine, kinds, province, sites
from deployment.exchange.envelope import ExchangeRefused
from deployment.exchange.models import ExchangeFile, ExchangeRecord, Site
from inventory import stock
from inventory.models import Item, Warehouse
from inventory.stock import IssueLine
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.exchange.districts import add_volunteer_and_distribution, build_world, card, people
from tests.exchange.pairs import fresh_sqlite, send, take


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (ExchangeFile, ExchangeRecord, Site))


@pytest.fixture
def world(db: Database, users: dict[str, Actor], _templates, tmp_path: Path):  # noqa: ANN001, ANN201
    made = build_world(db, users, _templates, tmp_path)
    yield made
    made["kota"].dispose()
    made["prov"].dispose()


def test_a_provinsi_sees_two_districts_side_by_side(world: dict) -> None:
    kab, kota, prov = world["kab"], world["kota"], world["prov"]
    p_coord = world["prov_users"]["koordinator"]
    add_volunteer_and_distribution(world)
    with kab.read() as s:
        assert kinds.direction(sites.self_site(s).kind, "provinsi") == kinds.PROVINCE
    kab_file = send(kab, world["kab_users"]["koordinator"], "PROV-17")
    kota_file = send(kota, world["kota_users"]["koordinator"], "PROV-17")
    assert kab_file.records >= 5 and kota_file.records >= 4
    first = take(prov, p_coord, kab_file)
    assert (first.status, first.site_code, first.pending, first.refused) == ("diterapkan", "KAB-1709", 0, 0)
    assert take(prov, p_coord, kota_file).site_code == "KOTA-1771"

    with prov.read() as s:
        views = province.districts(s)
        assert sites.self_site(s).kind == "provinsi"
    assert [v.code for v in views] == ["KAB-1709", "KOTA-1771"]
    kab_view, kota_view = views
    assert kab_view.stock["BRS"].on_hand == 1000 and kota_view.stock["BRS"].on_hand == 300
    assert kab_view.stock["SLM"].on_hand == kota_view.stock["SLM"].on_hand == 40
    assert kab_view.warehouses == kota_view.warehouses == 1
    assert len(kab_view.open_requests) == len(kota_view.open_requests) == 1
    assert kab_view.open_requests[0].lines[0]["asked"] == 250
    assert (kab_view.distributions, kab_view.households, kab_view.people, kab_view.places) == (1, 1, 4, 1)
    assert (kota_view.distributions, kota_view.people) == (0, 0)
    assert (kab_view.deployed, kab_view.checked_in, kota_view.deployed) == (1, 1, 0)
    assert kab_view.last_seq == kota_view.last_seq == 1 and kab_view.received_at is not None
    assert province.stock_rows(views) == [("BRS", "Beras", "kg", [1000, 300]), ("SLM", "Selimut", "lembar", [40, 40])]
    plain = province.summary(views)
    assert [d["code"] for d in plain["districts"]] == ["KAB-1709", "KOTA-1771"]
    assert plain["districts"][0]["open_requests"] == 1 and plain["districts"][0]["people"] == 4

    # The provinsi keeps its districts' records only: nothing of theirs became a row of its own.
    with prov.read() as s:
        assert s.scalar(select(func.count()).select_from(Warehouse)) == 0
        assert s.scalar(select(func.count()).select_from(Item)) == 0

    # A repeat changes nothing.
    before = _counts(prov)
    again = take(prov, p_coord, kab_file)
    assert again.status == "sudah" and _counts(prov) == before

    # The stock runs out at the kota: its next file says so, and the provinsi stops counting it.
    kota_users = world["kota_users"]
    kota.write(lambda s: stock.issue_goods(s, kota_users["gudang"], "GDG", [IssueLine("SLM", 40)],
                                           recipient="Posko Uji"))
    nothing = send(kab, world["kab_users"]["koordinator"], "PROV-17")
    assert nothing.records == 0  # nothing changed at the kabupaten since its last file
    second = send(kota, kota_users["koordinator"], "PROV-17")
    assert second.records >= 1
    take(prov, p_coord, second)
    with prov.read() as s:
        kota_view = province.districts(s)[1]
    assert "SLM" not in kota_view.stock and kota_view.stock["BRS"].on_hand == 300
    # the provinsi's acknowledgement travels back: its file has no records, only the ack
    ack = send(prov, p_coord, "KOTA-1771")
    assert ack.records == 0
    take(kota, kota_users["koordinator"], ack)
    with kota.read() as s:
        assert sites.get(s, "PROV-17").out_acked == 2


def test_a_file_from_an_unknown_district_is_refused(world: dict, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    prov, p_coord = world["prov"], world["prov_users"]["koordinator"]
    other = fresh_sqlite(_templates, tmp_path / "other.db")
    try:
        staff = people(other)
        other.write(lambda s: sites.configure_self(s, staff["admin"], code="KAB-1702", kind="kabupaten",
                                                   name="Dinas Sosial Kabupaten Rejang Lebong"))
        data, fp = card(prov, p_coord)
        other.write(lambda s: engine.import_file(s, staff["koordinator"], data, expect_fingerprint=fp))  # it knows the provinsi...
        made = send(other, staff["koordinator"], "PROV-17")
    finally:
        other.dispose()
    before = _counts(prov)
    with pytest.raises(ExchangeRefused, match="KAB-1702 yang tidak dikenal"):  # ...the provinsi not it
        take(prov, p_coord, made)
    assert _counts(prov) == before
    with prov.read() as s:
        assert [v.code for v in province.districts(s)] == ["KAB-1709", "KOTA-1771"]


def test_province_summary_command(world: dict, monkeypatch, capsys) -> None:  # noqa: ANN001
    import json

    from tagana_app.cli import main
    from tests.conftest import TEST_PASSWORD

    take(world["prov"], world["prov_users"]["koordinator"], send(world["kab"], world["kab_users"]["koordinator"],
                                                                 "PROV-17"))
    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)
    url = world["prov_path"]
    assert main(["--db", url, "--user", "koordinator", "province", "summary", "--json"]) in (0, None)
    value = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in value["districts"]] == ["KAB-1709", "KOTA-1771"]
    assert value["districts"][0]["stock"][0]["on_hand"] == 1000
    assert main(["--db", url, "--user", "koordinator", "province", "summary"]) in (0, None)
    out = capsys.readouterr().out
    assert "KAB-1709" in out and "Permintaan terbuka" in out and "Beras" in out


def test_a_record_a_district_does_not_own_is_not_applied_at_the_provinsi(world: dict) -> None:
    """Read-only: a district's file carrying a kind that applies (one the office sends its poskos) writes
    nothing at the provinsi; the record is refused and reported."""
    prov, p_coord = world["prov"], world["prov_users"]["koordinator"]
    applied: list[str] = []

    def sneak(session, receiver):  # noqa: ANN001, ANN202
        return [("KAB-1709:telepon", {"v": "0812"})]
    kinds.of_direction(kinds.DOWN)  # the real kinds load first
    kinds.register(kinds.RecordKind("uji_turun", kinds.PROVINCE, 1, "telepon", sneak, None))
    try:
        made = send(world["kab"], world["kab_users"]["koordinator"], "PROV-17")
        kinds.register(kinds.RecordKind("uji_turun", kinds.DOWN, 1, "telepon", lambda s, r: [],
                                        lambda s, sender, key, data: applied.append(key)))
        outcome = take(prov, p_coord, made)
    finally:
        kinds._KINDS.pop("uji_turun")
    assert applied == [] and outcome.refused == 1 and outcome.status == "diterapkan"
    assert "tidak mengirim catatan jenis ini" in outcome.messages[0]
    with prov.read() as s:
        assert [v.code for v in province.districts(s)][0] == "KAB-1709"
