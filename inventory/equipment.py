"""Serial-numbered equipment units: where each is, its condition, and its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.catalog import get_item, get_warehouse
from inventory.ledger import KIND_LABELS
from inventory.models import (
    CONDITIONS,
    IN_WAREHOUSE,
    EquipmentEvent,
    EquipmentUnit,
    Item,
    StockMovement,
    Warehouse,
)
from inventory.permissions import can_change_equipment_condition
from tagana_app import audit
from tagana_app.accounts import Actor
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import User, utcnow
from tagana_app.texts import N_, Text

STATUS_LABELS = {"gudang": N_("domain", "Di gudang"), "dipinjam": N_("domain", "Dipinjam"),
                 "dihapus": N_("domain", "Dihapus"), "batal": N_("domain", "Batal")}


@dataclass(frozen=True)
class UnitInfo:
    id: int
    item: str
    item_name: str
    serial: str
    condition: str
    status: str
    warehouse: str | None
    warehouse_name: str | None
    loan_ref: str

    @property
    def place(self) -> str:
        if self.status == IN_WAREHOUSE:
            return self.warehouse_name or ""
        if not self.loan_ref:
            return STATUS_LABELS[self.status]
        return Text(N_("domain", "{status}: {reference}"), "domain", status=STATUS_LABELS[self.status],
                    reference=self.loan_ref)


@dataclass(frozen=True)
class UnitEvent:
    at: datetime
    what: str
    detail: str
    username: str
    movement_id: int | None = None


def _unit(session: Session, item: str, serial: str, *, lock: bool = False) -> EquipmentUnit:
    it = get_item(session, item)
    query = select(EquipmentUnit).where(EquipmentUnit.item_id == it.id, EquipmentUnit.serial == serial.strip())
    unit = session.scalar(query.with_for_update() if lock else query)
    if unit is None:
        raise NotFound(what=N_("domain", "Nomor seri"), key=f"{it.code}/{serial}")
    return unit


def _info(session: Session, unit: EquipmentUnit) -> UnitInfo:
    item = session.get(Item, unit.item_id)
    wh = session.get(Warehouse, unit.warehouse_id) if unit.warehouse_id else None
    return UnitInfo(unit.id, item.code, item.name, unit.serial, unit.condition, unit.status,
                    wh.code if wh else None, wh.name if wh else None, unit.loan_ref)


def set_condition(session: Session, actor: Actor, item: str, serial: str, condition: str, *,
                  remarks: str = "") -> UnitInfo:
    can_change_equipment_condition.require(actor, action=N_("domain", "mengubah kondisi peralatan"))
    if condition not in CONDITIONS:
        raise ValidationError(N_("errors", "Kondisi '{condition}' tidak dikenal. Pilihan: {choices}."),
                              condition=condition,
                              choices=", ".join(CONDITIONS))
    unit = _unit(session, item, serial, lock=True)
    if unit.status in ("dihapus", "batal"):
        raise ValidationError(N_("errors", "Unit {serial} sudah tidak tercatat di persediaan ({status})."),
                              serial=unit.serial,
                              status=STATUS_LABELS[unit.status])
    old = unit.condition
    if old == condition:
        return _info(session, unit)
    unit.condition = condition
    session.add(EquipmentEvent(unit_id=unit.id, at=utcnow(), user_id=actor.id, kind="kondisi", old_value=old,
                               new_value=condition, remarks=remarks.strip()[:300]))
    session.flush()
    audit.record(session, actor, "equipment.condition", N_("domain", "peralatan"), f"{item}/{unit.serial}",
                 {"lama": old, "baru": condition, "catatan": remarks.strip()})
    return _info(session, unit)


def get_unit(session: Session, item: str, serial: str) -> UnitInfo:
    return _info(session, _unit(session, item, serial))


def list_units(session: Session, *, item: str | None = None, warehouse: str | None = None,
               status: str | None = None) -> list[UnitInfo]:
    query = (select(EquipmentUnit, Item, Warehouse)
             .join(Item, Item.id == EquipmentUnit.item_id)
             .outerjoin(Warehouse, Warehouse.id == EquipmentUnit.warehouse_id)
             .order_by(Item.code, EquipmentUnit.serial))
    if item:
        query = query.where(Item.id == get_item(session, item).id)
    if warehouse:
        query = query.where(EquipmentUnit.warehouse_id == get_warehouse(session, warehouse).id)
    if status:
        query = query.where(EquipmentUnit.status == status)
    return [UnitInfo(u.id, i.code, i.name, u.serial, u.condition, u.status, w.code if w else None,
                     w.name if w else None, u.loan_ref) for u, i, w in session.execute(query)]


def unit_history(session: Session, item: str, serial: str) -> list[UnitEvent]:
    """Every movement of the unit and every condition change, oldest first."""
    unit = _unit(session, item, serial)
    events: list[UnitEvent] = []
    moves = session.execute(select(StockMovement, Warehouse.name, User.username)
                            .join(Warehouse, Warehouse.id == StockMovement.warehouse_id)
                            .outerjoin(User, User.id == StockMovement.user_id)
                            .where(StockMovement.equipment_unit_id == unit.id).order_by(StockMovement.id))
    for m, wh_name, username in moves:
        direction = "masuk ke" if m.qty_in else "keluar dari"
        detail = f"{direction} {wh_name}; {m.doc_number}"
        if m.counterparty:
            detail += f"; {'dari' if m.qty_in else 'kepada'} {m.counterparty}"
        events.append(UnitEvent(m.at, KIND_LABELS.get(m.kind, m.kind), detail, username or "", m.id))
    changes = session.execute(select(EquipmentEvent, User.username)
                              .outerjoin(User, User.id == EquipmentEvent.user_id)
                              .where(EquipmentEvent.unit_id == unit.id).order_by(EquipmentEvent.id))
    for e, username in changes:
        detail = f"{e.old_value} → {e.new_value}" + (f"; {e.remarks}" if e.remarks else "")
        events.append(UnitEvent(e.at, "Perubahan kondisi", detail, username or ""))
    events.sort(key=lambda e: e.at)
    return events
