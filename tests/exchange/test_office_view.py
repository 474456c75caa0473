"""The office's view of a posko (deployment.exchange.office_view) and `tagana posko show`.

The office is on the test's backend (SQLite and PostgreSQL), the posko a SQLite file paired the usual
way.  What other parts bring by file (distributions, the stock snapshot, requests, check-ins) is
written here directly, as their files would leave it at the office.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import office_view, sites
from deployment.exchange.models import ExchangeIssue, ExchangeRecord, Site
from deployment.models import AidRequest, Assignment, Incident
from inventory import catalog
from inventory.models import Item, Warehouse
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.errors import NotFound
from tests.conftest import cli_runner
from tests.deployment.conftest import add_incident, add_volunteer
from tests.exchange.pairs import Posko, make_posko

DESA_A = "17.09.01.2001"
DESA_B = "17.09.01.2002"


@pytest.fixture
def office(db: Database, users: dict[str, Actor]) -> tuple[Database, Actor, str]:
    coord = users["koordinator"]
    incident = add_incident(db, coord)

    def items(s) -> None:  # noqa: ANN001
        catalog.add_item(s, users["gudang"], "BRS", "Beras", "kg")
        catalog.add_item(s, users["gudang"], "SLM", "Selimut", "lembar")
    db.write(items)
    return db, coord, incident.number


@pytest.fixture
def pair(office, _templates, tmp_path: Path) -> Posko:  # noqa: ANN001
    db, coord, incident = office
    return make_posko(db, coord, _templates, tmp_path / "posko.db", incident=incident)


def _fill(db: Database, coord: Actor, code: str) -> None:
    """What the posko's files would have brought: stock, distributions, a request, an issue; and a
    volunteer of its incident checked in."""
    volunteer = add_volunteer(db, coord, 7, name="Siti Aminah")
    other = add_volunteer(db, coord, 8, name="Budi Santoso")

    def work(s) -> None:  # noqa: ANN001
        site = s.scalar(select(Site).where(Site.code == code))
        items = {i.code: i.id for i in s.scalars(select(Item))}
        for key, data in ((f"{code}:BRS", {"item_code": "BRS", "name": "Beras", "unit": "kg", "on_hand": 120,
                                           "reserved": 0}),
                          (f"{code}:SLM", {"item_code": "SLM", "name": "Selimut", "unit": "lembar", "on_hand": 15,
                                           "reserved": 2})):
            s.add(ExchangeRecord(site_id=site.id, kind="stock", key=key, seq=1, hash="x", data=data,
                                 status="diterapkan", message=""))
        rows = ((f"001/DST/{code}/XI/2026", DESA_A, 4, "aktif", {"BRS": 10, "SLM": 2}),
                (f"002/DST/{code}/XI/2026", DESA_A, 3, "aktif", {"BRS": 10}),
                (f"003/DST/{code}/XI/2026", DESA_B, None, "aktif", {"SLM": 1}),
                (f"004/DST/{code}/XI/2026", DESA_B, 5, "batal", {"BRS": 99}))
        for number, desa, size, status, lines in rows:
            dist = Distribution(number=number, site_code=code, incident_id=site.incident_id,
                                warehouse_id=site.warehouse_id, distributed_on=date(2026, 11, 22), desa_code=desa,
                                recipient_kind="kk" if size else "lembaga", recipient_name="Penerima",
                                household_size=size, status=status, created_by=f"admin@{code}")
            s.add(dist)
            s.flush()
            for n, (item, qty) in enumerate(lines.items(), 1):
                s.add(DistributionLine(distribution_id=dist.id, line_no=n, item_id=items[item], quantity=qty))
        # Another posko's distribution and the office's own are not this posko's.
        s.add(Distribution(number="009/DST/PSK-09/XI/2026", site_code="PSK-09", incident_id=site.incident_id,
                           warehouse_id=site.warehouse_id, distributed_on=date(2026, 11, 22), desa_code=DESA_A,
                           recipient_name="Lain", household_size=2, created_by="x"))
        for number, by, status in ((f"001/PMT/{code}/XI/2026", "koordinator", "diterima"),
                                   ("PMT-0002", f"admin@{code}", "didisposisi"),
                                   (f"003/PMT/{code}/XI/2026", "koordinator", "dipenuhi"),
                                   ("PMT-0004", "koordinator", "diterima")):
            s.add(AidRequest(number=number, incident_id=site.incident_id, requester_kind="posko", region_code=DESA_A,
                             requester_name=f"Posko {code}", letter_number="1/PSK", letter_date=date(2026, 11, 21),
                             received_on=date(2026, 11, 21), status=status, received_by=by))
        s.add(ExchangeIssue(site_id=site.id, side="sini", kind="distribution", key="x",
                            message="Distribusi x menunggu barang BRS.", pending=True))
        since = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
        for vol, checkout in ((volunteer, None), (other, since)):
            s.add(Assignment(volunteer_id=vol.id, incident_id=site.incident_id, role="dapur_umum",
                             start_date=date(2026, 11, 21), end_date=date(2026, 11, 30), checkin_at=since,
                             checkout_at=checkout, warnings=[], created_by="koordinator"))
    db.write(work)


def test_the_view_of_a_posko_gathers_what_its_files_brought(office, pair: Posko) -> None:  # noqa: ANN001
    db, coord, incident = office
    _fill(db, coord, pair.code)
    with db.read() as s:
        view = office_view.posko_view(s, pair.code.lower())
        me = sites.self_site(s)
    p = view.posko
    assert (p.code, p.name, p.status, p.incident) == ("PSK-01", "Pondok Kelapa", "aktif", incident)
    assert p.fingerprint and p.fingerprint != me.fingerprint
    assert p.last_in == 1 and p.last_out == 1 and p.last_in_at is not None
    assert [(x.item_code, x.on_hand, x.reserved) for x in view.stock] == [("BRS", 120, 0), ("SLM", 15, 2)]
    assert [(v.desa_code, v.recipients, v.people) for v in view.villages] == [(DESA_A, 2, 7), (DESA_B, 1, 0)] or \
        [(v.desa_code, v.recipients, v.people) for v in view.villages] == [(DESA_B, 1, 0), (DESA_A, 2, 7)]
    by_desa = {v.desa_code: v for v in view.villages}
    assert [(i.item_code, i.quantity, i.unit) for i in by_desa[DESA_A].items] == [("BRS", 20, "kg"),
                                                                                  ("SLM", 2, "lembar")]
    assert [(i.item_code, i.quantity) for i in by_desa[DESA_B].items] == [("SLM", 1)]
    assert by_desa[DESA_A].desa_name != DESA_A  # named from the regions list
    assert [r.number for r in view.requests] == ["001/PMT/PSK-01/XI/2026", "PMT-0002"]
    assert [(v.name, v.role) for v in view.volunteers] == [("Siti Aminah", "dapur_umum")]
    assert [(i.side, i.pending) for i in view.issues] == [("sini", True)]


def test_a_posko_waiting_for_its_reply_shows_empty(office, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    db, coord, incident = office
    make_posko(db, coord, _templates, tmp_path / "posko.db", code="PSK-02", incident=incident, take_reply=False)
    with db.read() as s:
        listed = office_view.list_poskos(s)
        view = office_view.posko_view(s, "PSK-02")
    assert [(p.code, p.status, p.fingerprint) for p in listed] == [("PSK-02", "menunggu", "")]
    assert (view.stock, view.villages, view.requests, view.volunteers, view.issues) == ([], [], [], [], [])


def test_only_poskos_are_shown(office, pair: Posko) -> None:  # noqa: ANN001
    db, _coord, _incident = office
    with db.read() as s:
        me = sites.self_site(s)
        with pytest.raises(NotFound):
            office_view.posko_view(s, me.code)
        with pytest.raises(NotFound):
            office_view.posko_view(s, "PSK-77")
        assert s.scalar(select(Warehouse.kind).where(Warehouse.code == pair.code)) == "posko"
        assert s.scalar(select(Incident.id)) is not None


def test_posko_show_command(office, pair: Posko, db_url: str, monkeypatch, capsys) -> None:  # noqa: ANN001
    db, coord, _incident = office
    _fill(db, coord, pair.code)
    run = cli_runner(db_url, monkeypatch, capsys, "koordinator")
    code, out, err = run("--json", "posko", "show", "PSK-01")
    assert code == 0, err
    value = json.loads(out)
    assert value["code"] == "PSK-01" and value["status"] == "aktif"
    assert [s["item"] for s in value["stock"]] == ["BRS", "SLM"]
    assert {v["desa"]: v["people"] for v in value["villages"]} == {DESA_A: 7, DESA_B: 0}
    assert [v["name"] for v in value["volunteers"]] == ["Siti Aminah"]
    code, out, err = run("posko", "show", "PSK-01")
    assert code == 0, err
    assert "Stok di posko (2 barang)" in out and "Siti Aminah" in out and "Distribusi x menunggu" in out
    code, out, err = run("posko", "show", "PSK-77")
    assert code == 1 and out == "" and "PSK-77" in err
