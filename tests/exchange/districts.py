"""Districts and their provinsi in one test (tests/exchange/test_province.py, tests/ui/test_province_page.py):
a kabupaten on the test's backend, a kota and a provinsi as SQLite files, paired by cards."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from deployment import assignments, requests
from deployment import volunteers as vs
from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import engine, pairing, sites
from deployment.models import Incident
from inventory import catalog, stock
from inventory.models import Item, Warehouse
from inventory.stock import ReceiveLine
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.conftest import make_user
from tests.deployment.conftest import add_incident, add_volunteer
from tests.exchange.pairs import fresh_sqlite


def people(db: Database) -> dict[str, Actor]:
    admin = make_user(db, "admin", "admin")
    return {"admin": admin, **{role: make_user(db, role, role, admin) for role in ("gudang", "koordinator")}}


def stock_and_request(db: Database, users: dict[str, Actor], *, rice: int, region: str) -> str:
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


def card(db: Database, actor: Actor) -> tuple[bytes, str]:
    made = db.write(lambda s: pairing.make_card(s, actor))
    with db.read() as s:
        return made.data, sites.self_site(s).fingerprint


def pair(district: Database, d_actor: Actor, prov: Database, p_actor: Actor) -> None:
    data, fp = card(district, d_actor)
    assert prov.write(lambda s: engine.import_file(s, p_actor, data, expect_fingerprint=fp)).status == "dikenal"
    data, fp = card(prov, p_actor)
    assert district.write(lambda s: engine.import_file(s, d_actor, data, expect_fingerprint=fp)).status == "dikenal"


def build_world(db: Database, users: dict[str, Actor], templates: dict[str, str], tmp_path: Path) -> dict:
    """The kabupaten on ``db``, a kota and the provinsi as SQLite files under ``tmp_path``, paired by cards;
    each district with stock and a request (nothing sent yet).  Dispose of "kota" and "prov" after."""
    kab, kab_users = db, users
    kota = fresh_sqlite(templates, tmp_path / "kota.db")
    kota_users = people(kota)
    prov = fresh_sqlite(templates, tmp_path / "prov.db")
    prov_users = people(prov)
    prov.write(lambda s: sites.configure_self(s, prov_users["admin"], code="PROV-17", kind="provinsi",
                                              name="Dinas Sosial Provinsi Bengkulu", region="17"))
    kota.write(lambda s: sites.configure_self(s, kota_users["admin"], code="KOTA-1771", kind="kota",
                                              name="Dinas Sosial Kota Bengkulu", region="17.71"))
    kab_incident = stock_and_request(kab, kab_users, rice=1000, region="17.09.01")
    stock_and_request(kota, kota_users, rice=300, region="17.09.01")
    pair(kab, kab_users["koordinator"], prov, prov_users["koordinator"])
    pair(kota, kota_users["koordinator"], prov, prov_users["koordinator"])
    return {"kab": kab, "kab_users": kab_users, "kab_incident": kab_incident, "kota": kota, "kota_users": kota_users,
            "prov": prov, "prov_users": prov_users, "prov_path": str(tmp_path / "prov.db")}


def add_volunteer_and_distribution(world: dict) -> None:
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
