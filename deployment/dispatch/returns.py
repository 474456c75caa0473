"""Goods coming back from an incident, and the equipment still out there (overdue once it is over).

Equipment (and unused consumables) return partly or wholly, with their condition, into the
dispatch's warehouse through the ledger (document type ``pengembalian``, numbered after the
dispatch: ``<dispatch>/KMB-n``).  Serial-numbered units go back to "gudang" and free of the dispatch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import lifecycle
from deployment.dispatch.lifecycle import SENT_STATES
from deployment.dispatch.models import RETURN_CONDITIONS, Dispatch, DispatchLine, DispatchPick, DispatchReturn
from deployment.dispatch.records import DispatchRecord, _picks, _quantity, _record, take_step
from deployment.models import Incident
from inventory import ledger, loans
from inventory.catalog import get_item
from inventory.ledger import DocRef
from inventory.models import IN_WAREHOUSE, EquipmentEvent, EquipmentUnit, Item
from tagana_app import audit, clock
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import utcnow
from tagana_app.texts import N_


class ReturnTooLarge(TaganaError):
    template = N_("errors", "Pengembalian {item} dari pengiriman {number} ditolak: yang masih di lokasi "
                  "{outstanding} {unit}, dikembalikan {requested} {unit}.")


@dataclass(frozen=True)
class OutstandingEquipment:
    dispatch: str
    incident: str
    incident_name: str
    incident_status: str
    destination: str
    item: str
    item_name: str
    unit: str
    outstanding: int
    serials: tuple[str, ...]
    since: date | None
    overdue: bool
    due: date | None = None  # a pinjam pakai outside incidents: its due date
    loan: bool = False       # lent outside incidents (``dispatch`` is then the loan's number)


@changes("dispatches", "stock", "requests")
def return_goods(session: Session, actor: Actor, number: str, item: str, quantity: int, *, condition: str = "baik",
                 serials: Sequence[str] = (), remarks: str = "", when: date | None = None) -> DispatchRecord:
    """Equipment (or unused consumables) come back from the incident into the dispatch's warehouse."""
    lifecycle.require_role(actor, "return")  # before the quantity and condition are checked
    qty = _quantity(quantity)
    condition = {"rusak": "rusak ringan"}.get(condition.strip().lower(), condition.strip().lower())
    if condition not in RETURN_CONDITIONS:
        raise ValidationError(N_("errors", "Kondisi '{condition}' tidak dikenal. Pilihan: {choices}."),
                              condition=condition, choices=", ".join(RETURN_CONDITIONS))
    d = take_step(session, actor, number, "return")
    it = get_item(session, item)
    line = session.scalar(select(DispatchLine).where(DispatchLine.dispatch_id == d.id, DispatchLine.item_id == it.id)
                          .with_for_update())
    if line is None:
        raise NotFound(what=N_("domain", "Barang pada pengiriman"), key=it.code)
    arrived = line.received if line.received is not None else line.quantity
    outstanding = (line.quantity if it.kind == "equipment" else arrived) - line.returned
    if qty > outstanding:
        raise ReturnTooLarge(item=f"{it.name} ({it.code})", number=d.number, outstanding=max(outstanding, 0),
                             requested=qty, unit=it.unit)
    seq = (session.scalar(select(func.count()).select_from(DispatchReturn)
                          .where(DispatchReturn.dispatch_id == d.id)) or 0) + 1
    doc = DocRef("pengembalian", f"{d.number}/KMB-{seq}", when or clock.today())
    incident = session.get(Incident, d.incident_id)
    counterparty = f"{d.destination} ({incident.number})"
    picks = [p for p in _picks(session, line) if p.returned < p.quantity]
    chosen: list[tuple[DispatchPick, int]] = []
    done_serials: list[str] = []
    if it.serialized:
        wanted = [s.strip() for s in serials if s.strip()]
        out = {session.get(EquipmentUnit, p.unit_id).serial: p for p in picks}
        if wanted:
            if len(wanted) != qty or len(set(wanted)) != qty:
                raise ValidationError(N_("errors", "Sebutkan {qty} nomor seri yang berbeda (diberikan {given})."),
                                      qty=qty, given=len(wanted))
            for serial in wanted:
                if serial not in out:
                    raise ValidationError(N_("errors", "Unit {item} nomor seri {serial} tidak sedang dipinjam oleh "
                                             "pengiriman {number}."), item=it.code, serial=serial, number=d.number)
                chosen.append((out[serial], 1))
        else:
            chosen = [(p, 1) for p in list(out.values())[:qty]]
    else:
        if serials:
            raise ValidationError(N_("errors", "Barang {item} tidak bernomor seri."), item=it.code)
        left = qty
        for p in reversed(picks):  # the latest-expiring batch back first
            n = min(left, p.quantity - p.returned)
            if n:
                chosen.append((p, n))
                left -= n
            if not left:
                break
    note = "; ".join(x for x in (remarks.strip(), "" if condition == "baik" else f"kondisi {condition}") if x)
    for part, (p, n) in enumerate(chosen):
        ledger.put(session, d.warehouse_id, it.id, p.batch_id, n)
        if p.unit_id is not None:
            unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.id == p.unit_id).with_for_update())
            if unit.condition != condition:
                session.add(EquipmentEvent(unit_id=unit.id, at=utcnow(), user_id=actor.id, kind="kondisi",
                                           old_value=unit.condition, new_value=condition,
                                           remarks=f"kembali dari {d.number}"[:300]))
            unit.status, unit.warehouse_id, unit.loan_ref, unit.dispatch_id = IN_WAREHOUSE, d.warehouse_id, "", None
            unit.condition = condition
            done_serials.append(unit.serial)
            session.flush()
        ledger.record(session, actor, doc, line_no=line.line_no, part=part, kind="return",
                      warehouse_id=d.warehouse_id, item_id=it.id, batch=p.batch_id, qty_in=n, unit_id=p.unit_id,
                      source="return", counterparty=counterparty, remarks=note)
        p.returned += n
    line.returned += qty
    session.add(DispatchReturn(dispatch_id=d.id, line_id=line.id, doc_number=doc.number, quantity=qty,
                               condition=condition, serials=",".join(done_serials), returned_on=doc.date,
                               recorded_by=actor.username, remarks=remarks.strip()[:300]))
    session.flush()
    audit.record(session, actor, "dispatch.return", N_("domain", "pengiriman"), d.number,
                 {"dokumen": doc.number, "barang": it.code, "jumlah": qty, "kondisi": condition,
                  "seri": done_serials})
    from deployment import requests  # the request it answers: what stayed there counts (late import: a cycle)

    requests.follow(session, d.request_id)
    return _record(session, d)


def equipment_out(session: Session, *, incident: str | None = None, overdue_only: bool = False
                  ) -> list[OutstandingEquipment]:
    """Equipment sent and not yet back; overdue once the incident's emergency is over (selesai).  Equipment
    lent outside incidents (inventory.loans) follows, overdue after its due date, unless ``incident`` is given."""
    query = (select(Dispatch, DispatchLine, Item, Incident)
             .join(DispatchLine, DispatchLine.dispatch_id == Dispatch.id)
             .join(Item, Item.id == DispatchLine.item_id)
             .join(Incident, Incident.id == Dispatch.incident_id)
             .where(Dispatch.status.in_(SENT_STATES), Item.kind == "equipment",
                    DispatchLine.returned < DispatchLine.quantity)
             .order_by(Dispatch.sent_on, Dispatch.id, DispatchLine.line_no))
    if incident:
        query = query.where(Dispatch.incident_id == incident_service.find(session, incident).id)
    if overdue_only:
        query = query.where(Incident.status == "selesai")
    result = []
    for d, line, item, inc in session.execute(query):
        serials: tuple[str, ...] = ()
        if item.serialized:
            serials = tuple(session.scalars(
                select(EquipmentUnit.serial).join(DispatchPick, DispatchPick.unit_id == EquipmentUnit.id)
                .where(DispatchPick.line_id == line.id, DispatchPick.returned < DispatchPick.quantity)
                .order_by(EquipmentUnit.serial)))
        result.append(OutstandingEquipment(d.number, inc.number, inc.name, inc.status, d.destination, item.code,
                                           item.name, item.unit, line.quantity - line.returned, serials, d.sent_on,
                                           inc.status == "selesai"))
    if incident:
        return result
    for loan in loans.list_loans(session, overdue=overdue_only, open_only=True):
        for (code, name, unit), serials in _by_item(loan).items():
            result.append(OutstandingEquipment(loan.number, "", "", "", loans.counterparty(loan), code, name, unit,
                                               len(serials), serials, loan.lent_on, loan.overdue, loan.due_on,
                                               True))
    return result


def _by_item(loan: loans.LoanInfo) -> dict[tuple[str, str, str], tuple[str, ...]]:
    found: dict[tuple[str, str, str], list[str]] = {}
    for u in loan.units:
        if u.out:
            found.setdefault((u.item, u.item_name, u.unit), []).append(u.serial)
    return {key: tuple(serials) for key, serials in found.items()}

