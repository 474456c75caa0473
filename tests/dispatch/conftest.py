"""A small world for the dispatch tests: one warehouse with stock, an incident, volunteers on duty."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import assignments, incidents
from deployment import volunteers as vs
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine, DispatchPick, DispatchReturn
from inventory import catalog, stock
from inventory.models import EquipmentUnit, StockBalance, StockLevel, StockMovement
from inventory.stock import ReceiveLine
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.models import AuditLog, DocumentNumber

TODAY = clock.today()
KEC = "17.09.03"  # Pondok Kelapa


@dataclass
class Env:
    db: Database
    users: dict[str, Actor]
    incident: str
    crew: list[str]       # NIKs of volunteers assigned to the incident
    outsider: str         # NIK of a volunteer with no assignment to it

    def __getattr__(self, role: str) -> Actor:
        try:
            return self.users[role]
        except KeyError:
            raise AttributeError(role) from None

    def new(self, actor: Actor | None = None, **extra) -> str:  # noqa: ANN003
        data = dispatches.DispatchInput(**{"incident": self.incident, "warehouse": "GDG",
                                           "destination": "Posko Kantor Camat Pondok Kelapa",
                                           "recipient_name": "Budi Contoh", "recipient_position": "Camat",
                                           "recipient_id": "197501012000031002", "region_code": KEC,
                                           "vehicle_plate": "BD 8123 AB", "driver_name": "Joko Contoh", **extra})
        return self.db.write(lambda s: dispatches.create_dispatch(s, actor or self.users["koordinator"], data)).number

    def add(self, number: str, item: str, qty: int, actor: Actor | None = None) -> dispatches.DispatchRecord:
        return self.db.write(lambda s: dispatches.add_line(s, actor or self.users["koordinator"], number, item, qty))

    def step(self, fn, number: str, role: str, *args, **kwargs) -> dispatches.DispatchRecord:  # noqa: ANN001
        return self.db.write(lambda s: fn(s, self.users[role], number, *args, **kwargs))

    def approve(self, number: str, *, by: str = "pejabat") -> dispatches.DispatchRecord:
        """The koordinator who made it submits it (if still a draft), a pejabat approves."""
        if self.show(number).status == "draft":
            self.step(dispatches.submit_dispatch, number, "koordinator")
        return self.step(dispatches.approve_dispatch, number, by)

    def show(self, number: str) -> dispatches.DispatchRecord:
        with self.db.read() as s:
            return dispatches.get_dispatch(s, number)

    def free(self, item: str) -> int:
        with self.db.read() as s:
            return dispatches.free_stock(s, "GDG", item)


def _nik(serial: int, birth: date = date(1995, 3, 14)) -> str:
    return f"{KEC.replace('.', '')}{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


@pytest.fixture
def env(db: Database, users: dict[str, Actor], signers: dict) -> Env:
    """Warehouse GDG: MSS (expiring, two batches), BRS, FK, GEN (3 serial units), VEL (10, no serials)."""
    g, k = users["gudang"], users["koordinator"]

    def goods(s: Session) -> None:
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "FK", "Family kit", "paket", category="Sandang")
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        catalog.add_item(s, g, "VEL", "Velbed", "unit", category="Peralatan", kind="equipment")
        catalog.add_item(s, g, "DUL", "Peralatan dapur umum lapangan", "unit", kind="equipment")
        stock.receive_goods(s, g, "GDG", [
            ReceiveLine("MSS", 100, batch="A", expiry=TODAY + timedelta(days=200)),
            ReceiveLine("MSS", 50, batch="B", expiry=TODAY + timedelta(days=30)),
            ReceiveLine("BRS", 1000), ReceiveLine("FK", 200), ReceiveLine("VEL", 10), ReceiveLine("DUL", 3),
            ReceiveLine("GEN", 3, serials=("G-001", "G-002", "G-003"))], source="kemensos")
    db.write(goods)
    incident = db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir uji Pondok Kelapa", region_codes=[KEC],
        started_at=TODAY - timedelta(days=2), figures={"kk": 40, "jiwa": 150, "pengungsi": 120})).number
    crew = []
    for serial in (1, 2, 3):
        data = vs.VolunteerInput(nik=_nik(serial), full_name=f"Relawan Uji {serial}", region_code=KEC, sex="L",
                                 birth_date=date(1995, 3, 14), niat=f"TGN-UJI-{serial:03d}")
        v = db.write(lambda s, d=data: vs.add_volunteer(s, k, d))
        if serial < 3:
            db.write(lambda s, nik=v.nik: assignments.assign_volunteer(
                s, k, nik, incident, "logistik", TODAY - timedelta(days=1), TODAY + timedelta(days=10)))
            crew.append(v.nik)
        else:
            outsider = v.nik
    return Env(db, users, incident, crew, outsider)


TABLES = (Dispatch, DispatchLine, DispatchPick, DispatchReturn, StockMovement, StockBalance, StockLevel,
          EquipmentUnit, DocumentNumber, AuditLog)


def snapshot(db: Database) -> tuple:
    """Everything a refused operation must leave as it was."""
    with db.read() as s:
        counts = {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}
        balances = s.execute(select(StockBalance.warehouse_id, StockBalance.item_id, StockBalance.batch_id,
                                    StockBalance.quantity, StockBalance.reserved)
                             .order_by(StockBalance.item_id, StockBalance.batch_id)).all()
        units = s.execute(select(EquipmentUnit.serial, EquipmentUnit.status, EquipmentUnit.dispatch_id,
                                 EquipmentUnit.condition).order_by(EquipmentUnit.serial)).all()
        states = s.execute(select(Dispatch.number, Dispatch.status).order_by(Dispatch.id)).all()
        numbers = s.execute(select(DocumentNumber.number, DocumentNumber.status, DocumentNumber.print_count)
                            .order_by(DocumentNumber.id)).all()
    return counts, [tuple(r) for r in balances], [tuple(r) for r in units], [tuple(r) for r in states], \
        [tuple(r) for r in numbers]


def check_ledger(s: Session) -> None:
    """Balances equal the sum of the movements; reserved within on hand; levels are the sum of batches;
    units in a warehouse match the serial-numbered balances."""
    net: dict[tuple[int, int, int], int] = defaultdict(int)
    for wh, item, batch, n in s.execute(select(StockMovement.warehouse_id, StockMovement.item_id,
                                               StockMovement.batch_id,
                                               func.sum(StockMovement.qty_in - StockMovement.qty_out))
                                        .group_by(StockMovement.warehouse_id, StockMovement.item_id,
                                                  StockMovement.batch_id)):
        net[(wh, item, batch)] = int(n)
    level: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for b in s.scalars(select(StockBalance)):
        assert 0 <= b.reserved <= b.quantity
        assert net.get((b.warehouse_id, b.item_id, b.batch_id), 0) == b.quantity
        level[(b.warehouse_id, b.item_id)][0] += b.quantity
        level[(b.warehouse_id, b.item_id)][1] += b.reserved
    for lv in s.scalars(select(StockLevel)):
        assert [lv.on_hand, lv.reserved] == level[(lv.warehouse_id, lv.item_id)]
    in_wh: dict[tuple[int, int], int] = defaultdict(int)
    for u in s.scalars(select(EquipmentUnit).where(EquipmentUnit.status == "gudang")):
        in_wh[(u.warehouse_id, u.item_id)] += 1
    for (wh, item), n in in_wh.items():
        assert s.scalar(select(StockLevel.on_hand).where(StockLevel.warehouse_id == wh,
                                                         StockLevel.item_id == item)) == n
