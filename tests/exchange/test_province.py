"""A provinsi and two districts in one test: cards exchanged, each district's file imported read-only,
the two districts side by side.

The first district is the test's backend (SQLite and PostgreSQL, the default office KAB-1709), the
second a SQLite file set up as KOTA-1771, the provinsi a SQLite file set up as PROV-17.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deployment import assignments, requests
from deployment import volunteers as vs
from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import engine, kinds, pairing, province, sites
from deployment.exchange.envelope import ExchangeRefused
from deployment.exchange.models import ExchangeFile, ExchangeRecord, Site
from deployment.models import Incident
from inventory import catalog, stock
from inventory.models import Item, Warehouse
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.conftest import make_user
from tests.deployment.conftest import add_incident, add_volunteer
from tests.exchange.pairs import fresh_sqlite, send, take


def _people(db: Database) -> dict[str, Actor]:
    admin = make_user(db, "admin", "admin")
    return {"admin": admin, **{role: make_user(db, role, role, admin) for role in ("gudang", "koordinator")}}


def _stock_and_request(db: Database, users: dict[str, Actor], *, rice: int, region: str) -> str:
    """A warehouse with rice and instant meals, an incident and one request; returns the incident number."""
    g, coord = users["gudang"], users["koordinator"]

    def goods(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos", region)
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "SLM", "Selimut", "lembar", category="Sandang")
        stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", rice), ReceiveLine("SLM", 40)], source="apbd")
    db.write(goods)
    incident = add_incident(db, coord, regions=(region,)).number
    db.write(lambda s: requests.add_request(s, coord, requests.RequestInput(
        incident=incident, requester_kind="kecamatan", region_code=region, requester_name="Camat Uji",
        letter_number="460/1/UJI", letter_date=clock.today(), lines=[requests.RequestLineInput("BRS", 250)])))
    return incident


def _card(db: Database, actor: Actor) -> tuple[bytes, str]:
    made = db.write(lambda s: pairing.make_card(s, actor))
    with db.read() as s:
        return made.data, sites.self_site(s).fingerprint


def _pair(district: Database, d_actor: Actor, prov: Database, p_actor: Actor) -> None:
    card, fp = _card(district, d_actor)
    assert prov.write(lambda s: engine.import_file(s, p_actor, card, expect_fingerprint=fp)).status == "dikenal"
    card, fp = _card(prov, p_actor)
    assert district.write(lambda s: engine.import_file(s, d_actor, card, expect_fingerprint=fp)).status == "dikenal"


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (ExchangeFile, ExchangeRecord, Site))


@pytest.fixture
def world(db: Database, users: dict[str, Actor], _templates, tmp_path: Path):  # noqa: ANN001, ANN201
    kab = db
    kab_users = users
    kota = fresh_sqlite(_templates, tmp_path / "kota.db")
    kota_users = _people(kota)
    prov = fresh_sqlite(_templates, tmp_path / "prov.db")
    prov_users = _people(prov)
    prov.write(lambda s: sites.configure_self(s, prov_users["admin"], code="PROV-17", kind="provinsi",
                                              name="Dinas Sosial Provinsi Bengkulu", region="17"))
    kota.write(lambda s: sites.configure_self(s, kota_users["admin"], code="KOTA-1771", kind="kota",
                                              name="Dinas Sosial Kota Bengkulu", region="17.71"))
    kab_incident = _stock_and_request(kab, kab_users, rice=1000, region="17.09.01")
    _stock_and_request(kota, kota_users, rice=300, region="17.09.01")
    _pair(kab, kab_users["koordinator"], prov, prov_users["koordinator"])
    _pair(kota, kota_users["koordinator"], prov, prov_users["koordinator"])
    yield {"kab": kab, "kab_users": kab_users, "kab_incident": kab_incident, "kota": kota, "kota_users": kota_users,
           "prov": prov, "prov_users": prov_users, "prov_path": str(tmp_path / "prov.db")}
    kota.dispose()
    prov.dispose()


def _add_volunteer_and_distribution(world: dict) -> None:
    """At the kabupaten: a volunteer on duty today, checked in, and a household that got rice."""
    db, coord, incident = world["kab"], world["kab_users"]["koordinator"], world["kab_incident"]
    today = clock.today()
    v = add_volunteer(db, coord, 1, skills=(vs.SkillInput("logistik", date(2024, 1, 1), date(2030, 12, 31)),))
    a = db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident, "logistik", today,
                                                        today + timedelta(days=3)))
    db.write(lambda s: assignments.check_in(s, coord, a.id))

    def hand_out(s):  # noqa: ANN001, ANN202
        wh = s.scalar(select(Warehouse).where(Warehouse.code == "GDG"))
        item = s.scalar(select(Item).where(Item.code == "BRS"))
        inc = s.scalar(select(Incident).where(Incident.number == incident))
        d = Distribution(number="DST/UJI/1", site_code="", incident_id=inc.id, warehouse_id=wh.id,
                         distributed_on=today, desa_code="17.09.01.2001", recipient_kind="kk",
                         recipient_name="Kepala Keluarga Uji", nik="", household_size=4, package="", warning="",
                         remarks="", status="aktif", created_by=coord.username)
        s.add(d)
        s.flush()
        s.add(DistributionLine(distribution_id=d.id, line_no=1, item_id=item.id, quantity=10))
        s.flush()
    db.write(hand_out)


def test_a_provinsi_sees_two_districts_side_by_side(world: dict) -> None:
    kab, kota, prov = world["kab"], world["kota"], world["prov"]
    p_coord = world["prov_users"]["koordinator"]
    _add_volunteer_and_distribution(world)
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
        people = _people(other)
        other.write(lambda s: sites.configure_self(s, people["admin"], code="KAB-1702", kind="kabupaten",
                                                   name="Dinas Sosial Kabupaten Rejang Lebong"))
        card, _fp = _card(prov, p_coord)
        other.write(lambda s: engine.import_file(s, people["koordinator"], card))  # it knows the provinsi...
        made = send(other, people["koordinator"], "PROV-17")
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
