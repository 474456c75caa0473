"""An office and one posko for the tests of the posko's records (direction UP): the fixture ``world``
(import ``world_fixture`` into a test module).

The office runs on each backend (``db``); the posko is a migrated SQLite file made like a posko laptop
after joining: its own site (kind posko) with its warehouse, the office as a paired site, the
office's catalogue and incident, and the dispatches and assignments the office sends it, written as
the office's records would write them (``World.replicate_dispatch``; assignments with their refs).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import assignments, incidents
from deployment import volunteers as vs
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.exchange import refs, sites
from deployment.exchange.models import ExchangeRecord, Site
from deployment.models import Assignment, Incident, IncidentRegion, Volunteer
from inventory import catalog, stock
from inventory.models import Item, Warehouse
from inventory.stock import ReceiveLine
from tagana_app import clock, settings
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.conftest import make_user

TODAY = clock.today()
KEC = "17.09.03"  # Pondok Kelapa
POSKO = "PSK-01"


def _copy(source: Any, model: type, **override: Any) -> Any:
    """A new row of ``model`` with the columns of ``source`` (but its id), ``override`` replacing some."""
    values = {c.name: getattr(source, c.name) for c in model.__table__.columns if c.name != "id"}
    return model(**{**values, **override})


def _insert_copies(s: Session, rows: list[Any], model: type, **override: Any) -> dict[int, int]:
    """Copies of ``rows`` (``override`` values, or functions of the row); the office's id -> the copy's."""
    made = {}
    for r in rows:
        row = _copy(r, model, **{name: value(r) if callable(value) else value for name, value in override.items()})
        s.add(row)
        s.flush()
        made[r.id] = row.id
    return made


@dataclass
class Posko:
    db: Database
    users: dict[str, Actor]
    site: sites.SiteInfo           # the posko as the office knows it (the sender of its records)
    office_site: sites.SiteInfo    # the office as the posko knows it (the receiver)

    def __getattr__(self, role: str) -> Actor:
        try:
            return self.users[role]
        except KeyError:
            raise AttributeError(role) from None


@dataclass
class World:
    office: Database
    users: dict[str, Actor]
    incident: str
    posko: Posko
    assignment_id: int

    def new_dispatch(self, *, send: bool = True, lines: tuple[tuple[str, int], ...] = (("BRS", 100), ("MSS", 20))) -> str:
        k, p, g = self.users["koordinator"], self.users["pejabat"], self.users["gudang"]
        data = dispatches.DispatchInput(incident=self.incident, warehouse="GDG", destination="Posko Pondok Kelapa",
                                        recipient_name="Budi Contoh", recipient_position="Ketua Posko",
                                        region_code=KEC, vehicle_plate="BD 8123 AB", driver_name="Joko Contoh")
        number = self.office.write(lambda s: dispatches.create_dispatch(s, k, data)).number
        for item, qty in lines:
            self.office.write(lambda s, i=item, q=qty: dispatches.add_line(s, k, number, i, q))
        self.office.write(lambda s: dispatches.submit_dispatch(s, k, number))
        self.office.write(lambda s: dispatches.approve_dispatch(s, p, number))
        self.office.write(lambda s: _address(s, number, self.posko.site.id))
        if send:
            self.office.write(lambda s: dispatches.send_dispatch(s, g, number))
        return number

    def replicate_dispatch(self, number: str, *, picks: dict[int, list[dict]] | None = None) -> None:
        """Write the office's dispatch into the posko database as the office's record would."""
        with self.office.read() as s:
            d = s.scalar(select(Dispatch).where(Dispatch.number == number))
            s.expunge(d)
            lines = [ln for ln in s.scalars(select(DispatchLine).where(DispatchLine.dispatch_id == d.id))]
            codes = {ln.id: s.get(Item, ln.item_id).code for ln in lines}
            for ln in lines:
                s.expunge(ln)
            incident = s.get(Incident, d.incident_id).number
            wh = s.get(Warehouse, d.warehouse_id).code

        def work(s: Session) -> None:
            own = sites.self_row(s, create=False)
            row = _copy(d, Dispatch, incident_id=s.scalar(select(Incident.id).where(Incident.number == incident)),
                        warehouse_id=s.scalar(select(Warehouse.id).where(Warehouse.code == wh)), site_id=own.id,
                        request_id=None, manifest_number=None, bast_number=None, loan_number=None)
            s.add(row)
            s.flush()
            for ln in lines:
                s.add(_copy(ln, DispatchLine, dispatch_id=row.id, received=None, difference_reason="",
                            item_id=s.scalar(select(Item.id).where(Item.code == codes[ln.id]))))
            office = s.scalar(select(Site).where(Site.is_self.is_(False)))
            s.add(ExchangeRecord(site_id=office.id, kind="dispatch", key=number, seq=1, hash="x", status="diterapkan",
                                 message="", data={"number": number, "lines": [
                                     [ln.line_no, codes[ln.id], ln.quantity, ln.remarks] for ln in lines],
                                     "picks": {str(n): p for n, p in (picks or {}).items()}}))
            s.flush()
        self.posko.db.write(work)

    def collect(self, kind: str) -> list[tuple[str, dict]]:
        from deployment.exchange import kinds

        with self.posko.db.read() as s:
            return list(kinds.get(kind).collect(s, self.posko.office_site))

    def apply(self, kind: str, records: list[tuple[str, dict]]) -> None:
        from deployment.exchange import kinds

        def work(s: Session) -> None:
            for key, data in records:
                kinds.get(kind).apply(s, self.posko.site, key, data)
        self.office.write(work)


def _address(s: Session, number: str, site_id: int) -> None:
    s.scalar(select(Dispatch).where(Dispatch.number == number)).site_id = site_id
    s.flush()


def _nik(serial: int) -> str:
    return f"{KEC.replace('.', '')}140395{serial:04d}"


def office_world(db: Database, users: dict[str, Actor]) -> tuple[str, int]:
    """Warehouse GDG with BRS, MSS (expiring) and two gensets (serial-numbered); an incident in Pondok Kelapa; one volunteer assigned."""
    g, k = users["gudang"], users["koordinator"]

    def goods(s: Session) -> None:
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        stock.receive_goods(s, g, "GDG", [ReceiveLine("MSS", 100, batch="A", expiry=TODAY + timedelta(days=200)),
                                          ReceiveLine("BRS", 1000), ReceiveLine("GEN", 2, serials=("G-001", "G-002"))],
                             source="kemensos")
    db.write(goods)
    incident = db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir uji Pondok Kelapa", region_codes=[KEC],
        started_at=TODAY - timedelta(days=2), figures={"kk": 40, "jiwa": 150, "pengungsi": 120})).number
    data = vs.VolunteerInput(nik=_nik(1), full_name="Relawan Uji 1", region_code=KEC, sex="L",
                             birth_date=date(1995, 3, 14), niat="TGN-UJI-001")
    db.write(lambda s: vs.add_volunteer(s, k, data))
    assignment = db.write(lambda s: assignments.assign_volunteer(
        s, k, _nik(1), incident, "logistik", TODAY - timedelta(days=1), TODAY + timedelta(days=10)))
    return incident, assignment.id


def posko_db(tmp_path: Path, template: str, office: Database, *, code: str = POSKO) -> Posko:
    """A posko database as a laptop has it after joining (without the exchange engine): its site and
    warehouse, the office's site, catalogue, warehouses, incident, volunteers and assignments; at the
    office, the posko's site with its warehouse."""
    target = tmp_path / f"{code.lower()}.db"
    shutil.copyfile(template, target)
    posko = Database.open(str(target))
    admin = make_user(posko, "admin", "admin")
    users = {"admin": admin, **{role: make_user(posko, role, role, admin) for role in ("gudang", "koordinator")}}

    with office.read() as s:
        office_self = sites.self_site(s) if sites.self_row(s, create=False) else None
    if office_self is None:
        office_self = office.write(sites.self_site)
    with office.read() as s:
        rows = {model: list(s.scalars(select(model)))
                for model in (Item, Warehouse, Incident, IncidentRegion, Volunteer, Assignment)}
        for found in rows.values():
            for r in found:
                s.expunge(r)

    def setup(s: Session) -> tuple[sites.SiteInfo, int]:
        for r in rows[Item]:
            s.add(_copy(r, Item))
        for r in rows[Warehouse]:
            s.add(_copy(r, Warehouse, active=False))
        s.flush()
        ids = _insert_copies(s, rows[Incident], Incident)
        for r in rows[IncidentRegion]:
            s.add(_copy(r, IncidentRegion, incident_id=ids[r.incident_id]))
        vids = _insert_copies(s, rows[Volunteer], Volunteer)
        for old, new in _insert_copies(s, rows[Assignment], Assignment, request_id=None,
                                       volunteer_id=lambda r: vids[r.volunteer_id],
                                       incident_id=lambda r: ids[r.incident_id]).items():
            refs.remember(s, "assignment", f"{office_self.code}:{old}", new)
        wh = catalog.add_warehouse(s, admin, code, f"Posko {code}", KEC, kind="posko")
        incident_id = next(iter(ids.values()))
        own = sites.make_self(s, code, "Posko Pondok Kelapa", "posko", region_code=KEC, incident_id=incident_id,
                              warehouse_id=wh.id)
        s.add(Site(code=office_self.code, name=office_self.name, kind=office_self.kind, is_self=False,
                   status="aktif", public_key=office_self.public_key, region_code=office_self.region_code,
                   profile={}, peer_held=[]))
        patterns = {settings.NUMBER_PATTERNS[kind]: "{seq:03d}/" + letter + "/" + code + "/{month_roman}/{year}"
                    for kind, letter in (("penerimaan", "BAPB"), ("permintaan", "PMB"), ("bast", "BAST"))}
        settings.set_office(s, admin, patterns)
        s.flush()
        return sites.info(s.get(Site, s.scalar(select(Site.id).where(Site.is_self.is_(False))))), own.public_key

    office_site, public_key = posko.write(setup)

    def at_office(s: Session) -> sites.SiteInfo:
        wh = catalog.add_warehouse(s, _office_admin(s), code, f"Posko {code}", KEC,
                                   kind="posko")
        incident = s.scalar(select(Incident.id).order_by(Incident.id))
        site = Site(code=code, name="Posko Pondok Kelapa", kind="posko", is_self=False, status="aktif",
                    public_key=public_key, region_code=KEC, incident_id=incident, warehouse_id=wh.id, profile={},
                    peer_held=[])
        s.add(site)
        s.flush()
        return sites.info(site)

    site = office.write(at_office)
    return Posko(posko, users, site, office_site)


def _office_admin(s: Session) -> Actor:
    from tagana_app.models import User

    user = s.scalar(select(User).where(User.username == "admin"))
    return Actor(user.id, user.username, user.role, user.full_name)


@pytest.fixture(name="world")
def world_fixture(db: Database, users: dict[str, Actor], signers: dict, tmp_path: Path,
          _templates: dict[str, str]) -> World:
    incident, assignment_id = office_world(db, users)
    posko = posko_db(tmp_path, _templates["sqlite"], db)
    yield World(db, users, incident, posko, assignment_id)
    posko.db.dispose()
