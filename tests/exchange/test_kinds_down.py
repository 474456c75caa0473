"""Office → posko records (deployment.exchange.kinds_down): the catalogue, the incident and its people,
the dispatches addressed to the posko and the decisions on its requests arrive, apply twice to the same
rows, and never overwrite what the posko records itself."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from deployment import requests
from deployment.dispatch import kits
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine, Kit, KitLine
from deployment.exchange import kinds, refs, sites
from deployment.exchange.models import ExchangeRef
from deployment.models import (
    AidRequest,
    AidRequestLine,
    Assignment,
    Incident,
    IncidentRegion,
    Volunteer,
    VolunteerNameToken,
    VolunteerSkill,
)
from inventory.models import Item, ItemBarcode, ItemPack, UnitOfMeasure, Warehouse
from tagana_app import clock
from tagana_app.errors import TaganaError
from tests.conftest import cli_runner

from .worlds import carry, posko_db

pytestmark = pytest.mark.dates  # dates of documents, births and handovers: run again at the year's edges

TABLES = (UnitOfMeasure, Item, ItemPack, ItemBarcode, Kit, KitLine, Warehouse, Incident, IncidentRegion, Volunteer,
          VolunteerSkill, VolunteerNameToken, Assignment, Dispatch, DispatchLine, ExchangeRef, AidRequest,
          AidRequestLine)


def _rows(db) -> dict:  # noqa: ANN001
    """Every row of the tables a DOWN record writes, as plain tuples."""
    with db.read() as s:
        return {t.__tablename__: sorted(tuple(str(getattr(r, c.key)) for c in t.__table__.columns)
                                        for r in s.scalars(select(t))) for t in TABLES}


@pytest.fixture
def world(env, tmp_path):  # noqa: ANN001, ANN201
    """The office of ``env`` with a posko PSK-01 of its incident and a dispatch addressed to it (approved)."""
    def office(s):  # noqa: ANN001, ANN202
        kits.create_kit(s, env.koordinator, "PK-KEL", "Paket keluarga", "kk", [kits.KitLineInput("FK", 1)])
        fk = s.scalar(select(Item).where(Item.code == "FK"))
        s.add_all([ItemPack(item_id=fk.id, name="karton", contains=10), ItemBarcode(barcode="899000111", item_id=fk.id)])
        return posko_db(tmp_path, s, "PSK-01", incident=env.incident, name="Posko Pondok Kelapa",
                        region_code="17.09.03")
    posko = env.db.write(office)
    number = env.new(posko="PSK-01", destination="", recipient_name="Ketua Posko")
    env.add(number, "MSS", 20)
    env.add(number, "BRS", 50)
    env.approve(number)
    yield env, posko, number
    posko.dispose()


def test_the_office_records_arrive_at_the_posko(world):  # noqa: ANN001
    env, posko, number = world
    assert env.show(number).destination == "Posko Pondok Kelapa"
    done = carry(env.db, posko, "PSK-01")
    assert done.pending == [] and done.refused == []
    with posko.read() as s:
        own = sites.self_row(s, create=False)
        incident = s.scalar(select(Incident).where(Incident.number == env.incident))
        assert own.incident_id == incident.id and incident.name == "Banjir uji Pondok Kelapa"
        assert s.scalars(select(IncidentRegion.region_code)).all() == ["17.09.03"]
        fk = s.scalar(select(Item).where(Item.code == "FK"))
        assert s.scalar(select(ItemPack.contains).where(ItemPack.item_id == fk.id)) == 10
        assert s.scalar(select(ItemBarcode.item_id).where(ItemBarcode.barcode == "899000111")) == fk.id
        assert s.scalar(select(Item.serialized).where(Item.code == "GEN")) is True
        assert s.scalar(select(KitLine.quantity).join(Kit).where(Kit.code == "PK-KEL")) == 1
        gdg = s.scalar(select(Warehouse).where(Warehouse.code == "GDG"))
        assert gdg.active is False and gdg.name == "Gudang Dinsos Kab. Bengkulu Tengah"
        people = s.scalars(select(Volunteer).order_by(Volunteer.full_name)).all()
        assert [v.full_name for v in people] == ["Relawan Uji 1", "Relawan Uji 2"]  # the outsider stays home
        assert [v.nik for v in people] == [nik[:6] + "******" + nik[-4:] for nik in env.crew]
        assert all(v.phone is None and v.birth_date.month == 1 for v in people)
        duty = s.scalars(select(Assignment)).all()
        assert len(duty) == 2 and {a.incident_id for a in duty} == {incident.id}
        assert all(a.created_by == "koordinator@KAB-1709" for a in duty)
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        assert (d.status, d.site_id, d.warehouse_id, d.destination_kind) == ("approved", own.id, gdg.id, "posko")
        assert d.approved_by == "pejabat@KAB-1709"
        lines = s.execute(select(DispatchLine.line_no, Item.code, DispatchLine.quantity).join(Item)
                          .where(DispatchLine.dispatch_id == d.id).order_by(DispatchLine.line_no)).all()
        assert lines == [(1, "MSS", 20), (2, "BRS", 50)]


def test_applying_the_same_records_twice_changes_nothing(world):  # noqa: ANN001
    env, posko, _number = world
    carry(env.db, posko, "PSK-01")
    before = _rows(posko)
    again = carry(env.db, posko, "PSK-01")
    assert again.pending == [] and again.refused == []
    assert _rows(posko) == before


def test_what_the_posko_records_is_not_overwritten(world):  # noqa: ANN001
    env, posko, number = world
    env.step(dispatches.send_dispatch, number, "gudang")
    carry(env.db, posko, "PSK-01")
    checked_in = clock.utcnow()

    def at_the_posko(s):  # noqa: ANN001, ANN202
        for a in s.scalars(select(Assignment)):
            a.checkin_at = checked_in
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        d.status, d.handed_over_on, d.handed_over_by = "handed_over", clock.today(), "ketua@PSK-01"
        for line in s.scalars(select(DispatchLine).where(DispatchLine.dispatch_id == d.id)):
            line.received, line.difference_reason = line.quantity - 1, "satu basah"
    posko.write(at_the_posko)
    env.db.write(lambda s: s.execute(Assignment.__table__.update().values(
        end_date=clock.today() + timedelta(days=20))))
    assert carry(env.db, posko, "PSK-01").refused == []
    with posko.read() as s:
        assert {a.checkin_at for a in s.scalars(select(Assignment))} == {checked_in}
        assert {a.end_date for a in s.scalars(select(Assignment))} == {clock.today() + timedelta(days=20)}
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        assert (d.status, d.handed_over_by) == ("handed_over", "ketua@PSK-01")  # the office still says "sent"
        assert s.scalars(select(DispatchLine.difference_reason)).all() == ["satu basah", "satu basah"]


def test_a_dispatch_cancelled_after_its_handover_at_the_posko_is_refused(world):  # noqa: ANN001
    env, posko, number = world
    carry(env.db, posko, "PSK-01")

    def handed_over(s):  # noqa: ANN001, ANN202
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        d.status, d.handed_over_on = "handed_over", clock.today()
    posko.write(handed_over)
    env.step(dispatches.cancel_dispatch, number, "pejabat", "salah gudang")
    done = carry(env.db, posko, "PSK-01")
    assert len(done.refused) == 1
    assert done.refused[0].startswith(f"Pengiriman {number} dibatalkan di kantor (salah gudang), tetapi sudah "
                                      f"diserahterimakan di posko pada {clock.today().isoformat()}")
    with posko.read() as s:
        assert s.scalar(select(Dispatch.status).where(Dispatch.number == number)) == "handed_over"


def test_a_cancelled_dispatch_not_yet_handed_over_is_cancelled_at_the_posko(world):  # noqa: ANN001
    env, posko, number = world
    carry(env.db, posko, "PSK-01")
    env.step(dispatches.cancel_dispatch, number, "pejabat", "jalan putus")
    assert carry(env.db, posko, "PSK-01").refused == []
    with posko.read() as s:
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        assert (d.status, d.cancel_reason, d.cancelled_by) == ("cancelled", "jalan putus", "pejabat@KAB-1709")


def test_a_dispatch_waits_for_its_warehouse(world):  # noqa: ANN001
    env, posko, number = world
    with env.db.read() as s:
        to = sites.info(sites.get(s, "PSK-01"))
        data = dict(kinds.get("dispatch").collect(s, to))[number]

    def apply(s):  # noqa: ANN001, ANN202
        office = sites.info(sites.get(s, "KAB-1709"))
        kinds.get("dispatch").apply(s, office, number, data)
    with pytest.raises(kinds.Pending, match="kejadian .* belum diterima posko"):
        posko.write(apply)


def test_the_decision_on_a_posko_request_goes_back(world):  # noqa: ANN001
    env, posko, _number = world
    carry(env.db, posko, "PSK-01")
    today = clock.today()
    data = requests.RequestInput(incident=env.incident, requester_kind="posko", region_code="17.09.03",
                                 requester_name="Ketua Posko", letter_number="01/PSK", letter_date=today,
                                 lines=[requests.RequestLineInput("BRS", 100)])

    def office(s):  # noqa: ANN001, ANN202
        made = requests.add_request(s, env.koordinator, data)
        refs.remember(s, "request", "PSK-01/PMT/0001", requests.find(s, made.number).id)
        return made.number
    office_number = env.db.write(office)
    env.db.write(lambda s: requests.decide_request(s, env.pejabat, office_number,
                                                   lines={"BRS": requests.Decision(60, "stok terbatas")}))

    def at_the_posko(s):  # noqa: ANN001, ANN202
        incident = s.scalar(select(Incident.id).where(Incident.number == env.incident))
        r = AidRequest(number="PSK-01/PMT/0001", incident_id=incident, requester_kind="posko", region_code="17.09.03",
                       requester_name="Ketua Posko", letter_number="01/PSK", letter_date=today, received_on=today,
                       received_by="ketua")
        s.add(r)
        s.flush()
        s.add(AidRequestLine(request_id=r.id, line_no=1, item_id=s.scalar(select(Item.id).where(Item.code == "BRS")),
                             quantity=100, unit="kg"))
    posko.write(at_the_posko)
    assert carry(env.db, posko, "PSK-01").pending == []
    with posko.read() as s:
        r = s.scalar(select(AidRequest).where(AidRequest.number == "PSK-01/PMT/0001"))
        line = s.scalar(select(AidRequestLine).where(AidRequestLine.request_id == r.id))
        assert (r.status, r.decided_by) == ("didisposisi", "pejabat@KAB-1709")
        assert (line.approved, line.decision, line.decision_reason) == (60, "sebagian", "stok terbatas")


def test_a_dispatch_to_a_posko_is_refused_for_an_unknown_revoked_or_other_posko(world):  # noqa: ANN001
    env, _posko, _number = world
    with pytest.raises(TaganaError, match="PSK-09 bukan posko yang dikenal"):
        env.new(posko="PSK-09")
    other = env.db.write(lambda s: __import__("deployment.incidents", fromlist=["x"]).add_incident(
        s, env.koordinator, disaster_type="tanah_longsor", name="Longsor uji", region_codes=["17.09.03"],
        started_at=clock.today())).number
    with pytest.raises(TaganaError, match=f"melayani kejadian {env.incident}, bukan {other}"):
        env.new(posko="PSK-01", incident=other)
    env.db.write(lambda s: sites.revoke(s, env.pejabat, "PSK-01", "laptop hilang"))
    with pytest.raises(TaganaError, match="PSK-01 sudah dicabut"):
        env.new(posko="PSK-01")
    with env.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Dispatch)) == 1


def test_dispatch_new_to_a_posko_on_the_command_line(world, db_url, monkeypatch, capsys):  # noqa: ANN001
    env, _posko, _number = world
    run = cli_runner(db_url, monkeypatch, capsys, "koordinator")
    code, out, err = run("dispatch", "new", env.incident, "--from", "GDG", "--posko", "psk-01",
                         "--recipient", "Ketua Posko", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert (made["destination"], made["destination_kind"], made["region_code"]) == \
        ("Posko Pondok Kelapa", "posko", "17.09.03")
    with env.db.read() as s:
        assert s.scalar(select(Dispatch.site_id).where(Dispatch.number == made["number"])) == \
            sites.get(s, "PSK-01").id
    code, _out, err = run("dispatch", "new", env.incident, "--from", "GDG", "--posko", "PSK-07",
                          "--recipient", "Ketua Posko")
    assert code == 1 and "Posko PSK-07 bukan posko yang dikenal kantor ini" in err
    code, _out, err = run("dispatch", "new", env.incident, "--from", "GDG", "--recipient", "Ketua Posko")
    assert code == 1 and "Tujuan pengiriman" in err
    with env.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Dispatch)) == 2


def test_a_masked_nik_already_taken_at_the_posko_is_made_unique(world):  # noqa: ANN001
    env, posko, _number = world
    taken = env.crew[0][:6] + "******" + env.crew[0][-4:]

    def someone(s):  # noqa: ANN001, ANN202
        s.add(Volunteer(nik=taken, full_name="Relawan Posko", name_lower="relawan posko", sex="P",
                        birth_date=date(1990, 3, 1), region_code="17.09.03", kecamatan_code="17.09.03",
                        level="muda", status="aktif", skill_mask=0))
    posko.write(someone)
    assert carry(env.db, posko, "PSK-01").pending == []
    carry(env.db, posko, "PSK-01")  # and again: the same form
    with posko.read() as s:
        niks = dict(s.execute(select(Volunteer.full_name, Volunteer.nik)).all())
    assert niks == {"Relawan Posko": taken, "Relawan Uji 1": taken[:11] + "1" + taken[12:],
                    "Relawan Uji 2": env.crew[1][:6] + "******" + env.crew[1][-4:]}
