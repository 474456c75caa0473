"""Dispatches (pengiriman): goods from one warehouse to an incident, from draft to closed.

draft → approved (stock reserved) → sent (stock leaves through the ledger, equipment on loan)
→ handed_over (recipient's counts, differences with a reason) → closed.  A draft or an approved
dispatch can be cancelled (reservations released, its number stays recorded as cancelled); a sent
one cannot, its goods can only come back (returns).  Who may take each step, and from which
states, is the table of ``deployment.dispatch.lifecycle``; every service here begins with
``take_step`` (or, for a new dispatch, the table's role check).

Every state change locks the dispatch row first (SELECT ... FOR UPDATE on PostgreSQL; on SQLite
the write transaction already holds the database lock), so two desktops cannot both approve or
send the same dispatch.  Reservations use the ledger's conditional updates and the CHECK
``reserved <= quantity`` of ``stock_balance``/``stock_level``: two dispatches can never promise
the same units.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment import volunteers as volunteer_service
from deployment.dispatch import lifecycle, posko_receipt, release
from deployment.dispatch.models import (
    DESTINATION_KINDS,
    Dispatch,
    DispatchEscort,
    DispatchLine,
    DispatchPick,
)
from deployment.dispatch.records import (  # noqa: F401 - re-exported: callers use ``dispatches.X``
    DifferenceNeedsReason,
    DispatchInput,
    DispatchRecord,
    DispatchSummary,
    EscortInfo,
    EscortNotAssigned,
    FreeItem,
    LineInfo,
    PickInfo,
    ReturnInfo,
    WrongDispatchState,
    _lines,
    _picks,
    _quantity,
    _record,
    count_by_status,
    find,
    free_items,
    free_stock,
    get_dispatch,
    list_dispatches,
    take_step,
)
from deployment.dispatch.returns import (  # noqa: F401 - re-exported
    OutstandingEquipment,
    ReturnTooLarge,
    equipment_out,
    return_goods,
)
from deployment.errors import IncidentClosed
from deployment.exchange import sites
from deployment.exchange.models import Site
from deployment.models import Assignment, Incident, assignment_counts
from inventory import ledger
from inventory import stock as stock_service
from inventory.catalog import get_item, get_warehouse
from inventory.errors import ExpiredBatchRefused, SerialNotAvailable, UnitNotUsable
from inventory.ledger import DocRef
from inventory.models import (
    IN_WAREHOUSE,
    ON_LOAN,
    Batch,
    EquipmentUnit,
    Item,
    Warehouse,
    WriteOff,
    WriteOffLine,
)
from tagana_app import audit, clock, issued_documents, numbering, regions, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import DocumentNumber, utcnow
from tagana_app.quantities import check_quantity
from tagana_app.texts import DOMAIN, N_, Text

# --- helpers ---------------------------------------------------------------------------------------

def _recipient_id(value: str) -> tuple[str, str]:
    digits = "".join(ch for ch in (value or "") if not ch.isspace())
    if not digits:
        return "", ""
    if not digits.isdigit() or len(digits) not in (16, 18):
        raise ValidationError(N_("errors", "NIP/NIK penerima '{value}' tidak valid: NIP 18 angka, NIK 16 angka."),
                              value=value)
    return ("NIP" if len(digits) == 18 else "NIK"), digits


def _pending_writeoff_units(session: Session) -> set[int]:
    query = (select(WriteOffLine.equipment_unit_id).join(WriteOff, WriteOff.id == WriteOffLine.write_off_id)
             .where(WriteOff.status == "diajukan", WriteOffLine.equipment_unit_id.is_not(None)))
    return set(session.scalars(query))


def _free_units(session: Session, wh: Warehouse, item: Item) -> list[EquipmentUnit]:
    """Units in the warehouse that no other dispatch has reserved and no write-off holds; best first."""
    rank = case((EquipmentUnit.condition == "baik", 0), (EquipmentUnit.condition == "rusak ringan", 1), else_=2)
    units = session.scalars(select(EquipmentUnit).where(
        EquipmentUnit.item_id == item.id, EquipmentUnit.warehouse_id == wh.id, EquipmentUnit.status == IN_WAREHOUSE,
        EquipmentUnit.dispatch_id.is_(None), EquipmentUnit.condition != "rusak berat")
        .order_by(rank, EquipmentUnit.serial).with_for_update())
    pending = _pending_writeoff_units(session)
    return [u for u in units if u.id not in pending]


def _auto_picks(session: Session, actor: Actor, wh: Warehouse, item: Item, qty: int) -> list[tuple[int, int | None, int]]:
    """(batch, unit, quantity) for a line: free units, or batches earliest expiry first (expired refused)."""
    if item.serialized:
        units = _free_units(session, wh, item)
        if len(units) < qty:
            raise ledger.insufficient(session, wh.id, item.id, qty, len(units))
        batch = ledger.empty_batch(session, item.id)
        return [(batch, u.id, 1) for u in units[:qty]]
    picks = stock_service.pick(session, actor, wh, item, stock_service.IssueLine(item.code, qty), allow_expired=False)
    return [(p.batch_id, None, p.quantity) for p in picks]


def _store_picks(session: Session, line: DispatchLine, picks: Sequence[tuple[int, int | None, int]]) -> None:
    session.execute(delete(DispatchPick).where(DispatchPick.line_id == line.id))
    for part, (batch, unit, qty) in enumerate(picks):
        session.add(DispatchPick(line_id=line.id, part=part, batch_id=batch, unit_id=unit, quantity=qty, returned=0))
    session.flush()


# --- creating and editing a draft ----------------------------------------------------------------

@changes("dispatches", "documents")
def create_dispatch(session: Session, actor: Actor, data: DispatchInput) -> DispatchRecord:
    lifecycle.require_role(actor, "create")
    incident = incident_service.find(session, data.incident)
    if incident.status == "selesai":
        raise IncidentClosed(number=incident.number)
    wh = get_warehouse(session, data.warehouse)
    if not wh.active:
        raise ValidationError(N_("errors", "Gudang {code} tidak aktif."), code=wh.code)
    posko = _addressed_posko(session, data.posko, incident)
    if posko is not None:  # to a posko of ours: its name and region, unless a region is given
        data = replace(data, destination=posko.name, destination_kind="posko",
                       region_code=data.region_code.strip() or _dispatch_region(posko.region_code))
    destination = " ".join(data.destination.split())
    recipient = " ".join(data.recipient_name.split())
    if not destination:
        raise ValidationError(N_("errors", "Tujuan pengiriman (posko, desa atau kecamatan) wajib diisi."))
    if not recipient:
        raise ValidationError(N_("errors", "Nama penerima wajib diisi."))
    if data.destination_kind not in DESTINATION_KINDS:
        raise ValidationError(N_("errors", "Jenis tujuan '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=data.destination_kind, choices=", ".join(DESTINATION_KINDS))
    region_code = data.region_code.strip()
    if region_code:
        region_code = regions.require(region_code, levels=(3, 4), field=N_("domain", "Wilayah tujuan")).code
    else:
        codes = incident_service.incident_regions(session, incident.id)
        region_code = sorted(codes)[0] if codes else ""
    id_kind, id_value = _recipient_id(data.recipient_id)
    when = data.dispatch_date or clock.today()
    _check_loan_due(data.loan_due, when)
    budget = data.budget.strip() or settings.get_office(session, settings.DISPATCH_BUDGET)
    request_id = _answered_request(session, data.request, incident.id)
    issued = numbering.next_number(session, actor, "pengiriman", when, entity="pengiriman")
    d = Dispatch(number=issued.number, incident_id=incident.id, warehouse_id=wh.id, status=lifecycle.end_state("create"),
                 dispatch_date=when, destination_kind=data.destination_kind, destination=destination[:200], region_code=region_code,
                 address=data.address.strip()[:300], recipient_name=recipient[:200],
                 recipient_position=data.recipient_position.strip()[:200], recipient_id_kind=id_kind,
                 recipient_id=id_value, vehicle_plate=" ".join(data.vehicle_plate.upper().split())[:20],
                 driver_name=" ".join(data.driver_name.split())[:200], driver_phone=data.driver_phone.strip()[:20],
                 budget=budget[:300], remarks=data.remarks.strip(), loan_due=data.loan_due, created_by=actor.username, approved_by="",
                 request_id=request_id, site_id=posko.id if posko is not None else None,
                 sent_by="", handed_over_by="", handover_place="", closed_by="", cancelled_by="", cancel_reason="")
    session.add(d)
    session.flush()
    doc_id = session.execute(update(DocumentNumber).where(DocumentNumber.number == d.number)
                             .values(entity_id=d.number).returning(DocumentNumber.id)).scalar_one()
    issued_documents.describe(session, doc_id, f"Pengiriman ke {d.destination}",
                              " | ".join([d.number, incident.number, incident.name, d.destination, d.recipient_name, wh.name]))
    audit.record(session, actor, "dispatch.create", N_("domain", "pengiriman"), d.number,
                 {"kejadian": incident.number, "gudang": wh.code, "tujuan": d.destination, "wilayah": region_code,
                  "penerima": d.recipient_name, "kendaraan": d.vehicle_plate, "pengemudi": d.driver_name})
    return _record(session, d)


class PoskoNotUsable(ValidationError):
    template = N_("errors", "Posko {code} bukan posko yang dikenal kantor ini.")


def _addressed_posko(session: Session, code: str, incident: Incident) -> Site | None:
    """The posko site a new dispatch is addressed to: one of ours, not revoked, of the same incident."""
    if not code.strip():
        return None
    site = sites.find(session, code)
    if site is None or site.is_self or site.kind != "posko":
        raise PoskoNotUsable(code=code.strip().upper())
    if site.status == "dicabut":
        raise PoskoNotUsable(N_("errors", "Posko {code} sudah dicabut: pengiriman tidak dapat ditujukan ke sana."),
                             code=site.code)
    if site.incident_id != incident.id:
        other = session.get(Incident, site.incident_id) if site.incident_id is not None else None
        raise PoskoNotUsable(N_("errors", "Posko {code} melayani kejadian {other}, bukan {incident}: pilih posko "
                                          "kejadian ini."),
                             code=site.code, other=other.number if other else "-", incident=incident.number)
    return site


def poskos_of_incidents(session: Session) -> list[tuple[str, str, str]]:
    """(code, name, incident number) of the poskos of ours a dispatch can be addressed to (not revoked)."""
    query = (select(Site.code, Site.name, Incident.number).join(Incident, Incident.id == Site.incident_id)
             .where(Site.kind == "posko", Site.is_self.is_(False), Site.status != "dicabut").order_by(Site.code))
    return [(code, name, number) for code, name, number in session.execute(query)]


def _dispatch_region(code: str) -> str:
    """A posko's region as a dispatch's (a kecamatan or desa); "" (the incident's) for a wider one."""
    found = regions.lookup(code) if code else None
    return found.code if found is not None and found.level in (3, 4) else ""


def _answered_request(session: Session, number: str, incident_id: int) -> int | None:
    """The id of the request a new dispatch answers: decided, still open, and of the same incident."""
    if not number.strip():
        return None
    from deployment import requests

    return requests.answerable(session, number, incident_id, N_("domain", "pengiriman untuk permintaan")).id


def _check_loan_due(due: date | None, sent: date) -> None:
    if due is not None and due < sent:
        raise ValidationError(N_("errors", "Tanggal wajib kembali peralatan pinjam pakai ({due}) sebelum tanggal "
                                           "pengiriman ({day})."), due=due, day=sent)


HEADER_FIELDS = ("destination", "destination_kind", "region_code", "address", "recipient_name",
                 "recipient_position", "recipient_id", "vehicle_plate", "driver_name", "driver_phone", "budget",
                 "remarks", "dispatch_date", "loan_due")


@changes("dispatches")
def update_header(session: Session, actor: Actor, number: str, **changes: object) -> DispatchRecord:
    """Change the destination, recipient, vehicle or driver before the goods leave."""
    d = take_step(session, actor, number, "edit_header")
    diff: dict[str, object] = {}
    for key, value in changes.items():
        if value is None:
            continue
        if key not in HEADER_FIELDS:
            raise ValidationError(N_("errors", "Kolom '{name}' tidak dapat diubah di sini."), name=key)
        if key == "recipient_id":
            kind, value = _recipient_id(str(value))
            d.recipient_id_kind = kind
        elif key == "region_code":
            value = regions.require(str(value), levels=(3, 4), field=N_("domain", "Wilayah tujuan")).code
        elif key == "destination_kind" and value not in DESTINATION_KINDS:
            raise ValidationError(N_("errors", "Jenis tujuan '{kind}' tidak dikenal."), kind=value)
        elif key == "vehicle_plate":
            value = " ".join(str(value).upper().split())
        elif key not in ("dispatch_date", "loan_due"):
            value = " ".join(str(value).split())
        old = getattr(d, key)
        if old != value:
            diff[key] = {"lama": old, "baru": value}
            setattr(d, key, value)
    if not d.destination or not d.recipient_name:
        raise ValidationError(N_("errors", "Tujuan dan nama penerima wajib diisi."))
    _check_loan_due(d.loan_due, d.dispatch_date)
    session.flush()
    if diff:
        audit.record(session, actor, "dispatch.update", N_("domain", "pengiriman"), d.number, diff)
    return _record(session, d)


@changes("dispatches")
def add_line(session: Session, actor: Actor, number: str, item: str, quantity: int, *,
             remarks: str = "") -> DispatchRecord:
    """Add an item (or more of an item already on the dispatch); refused beyond the free stock."""
    d = take_step(session, actor, number, "add_line")
    _add_quantity(session, actor, d, get_item(session, item), _quantity(quantity), remarks)
    return _record(session, d)


def _add_quantity(session: Session, actor: Actor, d: Dispatch, item: Item, qty: int, remarks: str = "") -> None:
    if not item.active:
        raise ValidationError(N_("errors", "Barang {code} tidak aktif."), code=item.code)
    wh = session.get(Warehouse, d.warehouse_id)
    line = session.scalar(select(DispatchLine).where(DispatchLine.dispatch_id == d.id,
                                                     DispatchLine.item_id == item.id))
    old = line.quantity if line else 0
    if line is None:
        last = session.scalar(select(func.max(DispatchLine.line_no)).where(DispatchLine.dispatch_id == d.id)) or 0
        line = DispatchLine(dispatch_id=d.id, line_no=last + 1, item_id=item.id, quantity=qty, manual_pick=False,
                            received=None, difference_reason="", returned=0, remarks=remarks.strip()[:300])
        session.add(line)
    else:
        line.quantity = old + qty
        line.manual_pick = False
    session.flush()
    free = ledger.available(session, wh.id, item.id)
    if line.quantity > free:  # say how much more this draft can take, not the line's new total
        raise ledger.insufficient(session, wh.id, item.id, qty, max(free - old, 0))
    _store_picks(session, line, _auto_picks(session, actor, wh, item, line.quantity))
    audit.record(session, actor, "dispatch.line", N_("domain", "pengiriman"), d.number,
                 {"barang": item.code, "lama": old, "baru": line.quantity})


@changes("dispatches")
def set_line_quantity(session: Session, actor: Actor, number: str, item: str, quantity: int) -> DispatchRecord:
    """Change a line's quantity; 0 removes the line."""
    d = take_step(session, actor, number, "set_line")
    it = get_item(session, item)
    line = session.scalar(select(DispatchLine).where(DispatchLine.dispatch_id == d.id, DispatchLine.item_id == it.id))
    if line is None:
        raise NotFound(what=N_("domain", "Barang pada pengiriman"), key=it.code)
    old = line.quantity
    if quantity == 0:
        session.delete(line)
        session.flush()
    else:
        line.quantity = _quantity(quantity)
        line.manual_pick = False
        session.flush()
        _store_picks(session, line, _auto_picks(session, actor, session.get(Warehouse, d.warehouse_id), it,
                                                line.quantity))
    audit.record(session, actor, "dispatch.line", N_("domain", "pengiriman"), d.number,
                 {"barang": it.code, "lama": old, "baru": quantity})
    return _record(session, d)


@changes("dispatches")
def set_picks(session: Session, actor: Actor, number: str, item: str, *, batches: Mapping[str, int] | None = None,
              serials: Sequence[str] | None = None) -> DispatchRecord:
    """Choose by hand which batches (code → quantity) or serial numbers a draft line takes."""
    d = take_step(session, actor, number, "pick")
    it = get_item(session, item)
    wh = session.get(Warehouse, d.warehouse_id)
    line = session.scalar(select(DispatchLine).where(DispatchLine.dispatch_id == d.id, DispatchLine.item_id == it.id))
    if line is None:
        raise NotFound(what=N_("domain", "Barang pada pengiriman"), key=it.code)
    picks: list[tuple[int, int | None, int]] = []
    if it.serialized:
        chosen = [s.strip() for s in (serials or ()) if s.strip()]
        if len(chosen) != line.quantity or len(set(chosen)) != len(chosen):
            raise ValidationError(N_("errors", "Barang {item} bernomor seri: pilih {qty} nomor seri yang berbeda "
                                     "(diberikan {given})."), item=it.code, qty=line.quantity, given=len(chosen))
        free = {u.serial: u for u in _free_units(session, wh, it)}
        batch = ledger.empty_batch(session, it.id)
        for serial in chosen:
            unit = free.get(serial)
            if unit is None:
                found = session.scalar(select(EquipmentUnit).where(EquipmentUnit.item_id == it.id,
                                                                   EquipmentUnit.serial == serial))
                if found is None:
                    raise NotFound(what=N_("domain", "Nomor seri"), key=f"{it.code}/{serial}")
                if found.condition == "rusak berat":
                    raise UnitNotUsable(item=it.name, serial=serial, condition=found.condition)
                place = N_("domain", "dicadangkan untuk pengiriman lain") if found.dispatch_id else (
                    N_("domain", "tidak berada di gudang ini") if found.status == IN_WAREHOUSE
                    else Text(N_("domain", "berstatus {status}"), DOMAIN, status=found.status))
                raise SerialNotAvailable(item=it.name, serial=serial, warehouse=wh.name, place=place)
            picks.append((batch, unit.id, 1))
    else:
        chosen_batches = {k.strip(): v for k, v in (batches or {}).items()}
        for code, qty in chosen_batches.items():
            check_quantity(qty, field=Text(N_("domain", "Jumlah batch {batch}"), "domain", batch=code))
        if sum(chosen_batches.values()) != line.quantity:
            raise ValidationError(N_("errors", "Jumlah per batch harus berjumlah {qty} {unit} (diberikan {given})."),
                                  qty=line.quantity, unit=it.unit, given=sum(chosen_batches.values()))
        for code, qty in chosen_batches.items():
            batch = session.scalar(select(Batch).where(Batch.item_id == it.id, Batch.code == code))
            if batch is None:
                raise NotFound(what=N_("domain", "Batch"), key=f"{it.code}/{code}")
            if batch.expiry is not None and batch.expiry < clock.today():
                raise ExpiredBatchRefused(batch=code, item=it.name, expiry=batch.expiry)
            free = ledger.available(session, wh.id, it.id, batch.id)
            if free < qty:
                raise ledger.insufficient(session, wh.id, it.id, qty, free)
            picks.append((batch.id, None, qty))
    _store_picks(session, line, picks)
    line.manual_pick = True
    session.flush()
    audit.record(session, actor, "dispatch.pick", N_("domain", "pengiriman"), d.number,
                 {"barang": it.code, "batch": dict(batches or {}), "seri": list(serials or ())})
    return _record(session, d)


@changes("dispatches")
def add_escort(session: Session, actor: Actor, number: str, volunteer: str | int) -> DispatchRecord:
    """Add a Tagana volunteer escorting the goods: only one assigned to the dispatch's incident."""
    d = take_step(session, actor, number, "add_escort")
    v = volunteer_service.find(session, volunteer)
    incident = session.get(Incident, d.incident_id)
    day = d.dispatch_date
    assignment = session.scalar(select(Assignment).where(
        Assignment.volunteer_id == v.id, Assignment.incident_id == d.incident_id, Assignment.end_date >= day,
        assignment_counts())
        .order_by(Assignment.start_date).limit(1))
    if assignment is None:
        raise EscortNotAssigned(name=v.full_name, incident=incident.number, day=day)
    exists = session.scalar(select(DispatchEscort.id).where(DispatchEscort.dispatch_id == d.id,
                                                            DispatchEscort.volunteer_id == v.id))
    if exists is None:
        session.add(DispatchEscort(dispatch_id=d.id, volunteer_id=v.id, assignment_id=assignment.id))
        session.flush()
        audit.record(session, actor, "dispatch.escort", N_("domain", "pengiriman"), d.number,
                     {"relawan": v.full_name, "nik": v.nik, "peran": assignment.role})
    return _record(session, d)


@changes("dispatches")
def remove_escort(session: Session, actor: Actor, number: str, volunteer: str | int) -> DispatchRecord:
    d = take_step(session, actor, number, "remove_escort")
    v = volunteer_service.find(session, volunteer)
    session.execute(delete(DispatchEscort).where(DispatchEscort.dispatch_id == d.id,
                                                 DispatchEscort.volunteer_id == v.id))
    audit.record(session, actor, "dispatch.escort_remove", N_("domain", "pengiriman"), d.number,
                 {"relawan": v.full_name})
    return _record(session, d)


# --- the steps ----------------------------------------------------------------------------------

@changes("dispatches")
def submit_dispatch(session: Session, actor: Actor, number: str) -> DispatchRecord:
    """The koordinator sends the draft for approval: from here its lines are no longer edited."""
    d = take_step(session, actor, number, "submit")
    if not _lines(session, d):
        raise ValidationError(N_("errors", "Pengiriman {number} belum berisi barang."), number=d.number)
    d.status, d.submitted_by, d.submitted_at = lifecycle.end_state("submit"), actor.username, utcnow()
    session.flush()
    audit.record(session, actor, "dispatch.submit", N_("domain", "pengiriman"), d.number, {})
    return _record(session, d)


@changes("dispatches")
def withdraw_dispatch(session: Session, actor: Actor, number: str, reason: str = "") -> DispatchRecord:
    """A submitted dispatch goes back to draft (its maker takes it back, or the pejabat returns it)."""
    d = take_step(session, actor, number, "withdraw")
    d.status, d.submitted_by, d.submitted_at = lifecycle.end_state("withdraw"), "", None
    session.flush()
    audit.record(session, actor, "dispatch.withdraw", N_("domain", "pengiriman"), d.number,
                 {"alasan": reason.strip()})
    return _record(session, d)


@changes("dispatches", "stock")
def approve_dispatch(session: Session, actor: Actor, number: str) -> DispatchRecord:
    """Approve and reserve: automatic picks are made again against the stock of this moment."""
    d = take_step(session, actor, number, "approve")
    lines = _lines(session, d)
    if not lines:
        raise ValidationError(N_("errors", "Pengiriman {number} belum berisi barang."), number=d.number)
    release.check(session, d, d.dispatch_date)  # buffer stock: refused early, before anything is reserved
    wh = session.get(Warehouse, d.warehouse_id)
    reserved: list[dict[str, object]] = []
    for line, item in lines:
        if not line.manual_pick:
            _store_picks(session, line, _auto_picks(session, actor, wh, item, line.quantity))
        for p in _picks(session, line):
            if p.unit_id is not None:
                unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.id == p.unit_id).with_for_update())
                if unit.status != IN_WAREHOUSE or unit.warehouse_id != wh.id or unit.dispatch_id is not None:
                    raise SerialNotAvailable(item=item.name, serial=unit.serial, warehouse=wh.name,
                                             place=N_("domain", "sudah dicadangkan atau tidak lagi di gudang ini"))
                unit.dispatch_id = d.id
            ledger.reserve(session, wh.id, item.id, p.batch_id, p.quantity)
            reserved.append({"barang": item.code, "batch_id": p.batch_id, "unit_id": p.unit_id, "jumlah": p.quantity})
    d.status, d.approved_by, d.approved_at = lifecycle.end_state("approve"), actor.username, utcnow()
    session.flush()
    audit.record(session, actor, "dispatch.approve", N_("domain", "pengiriman"), d.number, {"dicadangkan": reserved})
    return _record(session, d)


@changes("dispatches", "stock", "requests")
def send_dispatch(session: Session, actor: Actor, number: str, *, when: date | None = None) -> DispatchRecord:
    """The goods leave: reserved stock is booked out with the dispatch number as source document."""
    d = take_step(session, actor, number, "send")
    wh = session.get(Warehouse, d.warehouse_id)
    incident = session.get(Incident, d.incident_id)
    when = when or clock.today()
    release.check(session, d, when)
    doc = DocRef("pengiriman", d.number, when)
    loan = f"{d.number} ({incident.number}, {d.destination})"[:200]
    moved = 0
    for line, item in _lines(session, d):
        for p in _picks(session, line):
            if p.unit_id is not None:
                unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.id == p.unit_id).with_for_update())
                if unit.status != IN_WAREHOUSE or unit.warehouse_id != wh.id or unit.dispatch_id != d.id:
                    # Taken meanwhile by an issue that did not know of this reservation: any other
                    # free unit of the same item keeps the promise (the balance stays reserved).
                    free = _free_units(session, wh, item)
                    if not free:
                        raise SerialNotAvailable(item=item.name, serial=unit.serial, warehouse=wh.name,
                                                 place=N_("domain", "sudah keluar gudang dan tidak ada unit pengganti"))
                    unit = free[0]
                    p.unit_id = unit.id
                unit.status, unit.warehouse_id, unit.loan_ref, unit.dispatch_id = ON_LOAN, None, loan, d.id
                session.flush()
            ledger.take(session, wh.id, item.id, p.batch_id, p.quantity, reserved=True)
            ledger.record(session, actor, doc, line_no=line.line_no, part=p.part, kind="dispatch",
                          warehouse_id=wh.id, item_id=item.id, batch=p.batch_id, qty_out=p.quantity,
                          unit_id=p.unit_id, counterparty=f"{d.destination} ({incident.number})",
                          remarks=f"penerima {d.recipient_name}")
            moved += p.quantity
    d.status, d.sent_by, d.sent_at, d.sent_on = lifecycle.end_state("send"), actor.username, utcnow(), when
    if d.loan_due is None:
        d.loan_due = loan_due_default(incident, when)
    session.flush()
    audit.record(session, actor, "dispatch.send", N_("domain", "pengiriman"), d.number,
                 {"tanggal": when, "jumlah": moved})
    _follow_request(session, d)
    return _record(session, d)


def _follow_request(session: Session, d: Dispatch) -> None:
    """The request the dispatch answers follows what was sent (deployment.requests.refresh_status)."""
    from deployment import requests

    requests.follow(session, d.request_id)


# Lent equipment comes back at the end of the emergency period; without a decree's period, after the
# usual 14 days of an emergency response (the person sets another day on the dispatch before sending).
LOAN_DAYS = 14


def loan_due_default(incident: Incident, sent: date) -> date:
    """The day lent equipment is due back when the dispatch names none: the emergency period's end."""
    if incident.status_to and incident.status_to >= sent:
        return incident.status_to
    return sent + timedelta(days=LOAN_DAYS)


@changes("dispatches", "stock")
def handover_dispatch(session: Session, actor: Actor, number: str, *, received: Mapping[str, int] | None = None,
                      reasons: Mapping[str, str] | None = None, reason: str = "", place: str = "",
                      when: date | None = None, from_posko: bool = False) -> DispatchRecord:
    """Record the recipient's counts (item code → quantity; items not named arrived complete).

    At a posko, on a dispatch addressed to it, an approved dispatch is handed over too (the truck came
    before the office recorded it sent) and what was received is booked into the posko's warehouse
    (deployment.dispatch.posko_receipt).  At the office, the handover of a dispatch addressed to a posko of
    ours is the posko's record: it comes in the posko's file (``from_posko``), unless the posko was revoked."""
    d, posko = _take_handover(session, actor, number)
    if posko is None and not from_posko:
        _refuse_office_handover(session, d)
    given = {get_item(session, code).id: qty for code, qty in (received or {}).items()}
    why = {get_item(session, code).id: text.strip() for code, text in (reasons or {}).items()}
    lines = _lines(session, d)
    unknown = set(given) - {line.item_id for line, _ in lines}
    if unknown:
        code = session.get(Item, next(iter(unknown))).code
        raise NotFound(what=N_("domain", "Barang pada pengiriman"), key=code)
    counts = {}
    for line, item in lines:
        got = given.get(item.id, line.quantity)
        check_quantity(got, field=Text(N_("domain", "Jumlah diterima {item}"), "domain", item=item.code), allow_zero=True)
        if got > line.quantity:
            raise ValidationError(N_("errors", "Jumlah diterima {item} ({received}) melebihi yang dikirim ({sent})."),
                                  item=item.code, received=got, sent=line.quantity)
        note = why.get(item.id) or reason.strip()
        if got != line.quantity and not note:
            raise DifferenceNeedsReason(item=f"{item.name} ({item.code})", received=got, sent=line.quantity,
                                        unit=item.unit)
        line.received = got
        line.difference_reason = note[:500] if got != line.quantity else ""
        counts[item.code] = {"dikirim": line.quantity, "diterima": got, "alasan": line.difference_reason}
    d.status, d.handed_over_by, d.handed_over_at = lifecycle.end_state("handover"), actor.username, utcnow()
    d.handed_over_on = when or clock.today()
    d.handover_place = (" ".join(place.split()) or _default_place(d))[:300]
    session.flush()
    details = {"tanggal": d.handed_over_on, "tempat": d.handover_place, "barang": counts}
    if posko is not None:
        details["penerimaan_posko"] = posko_receipt.book_receipt(session, actor, d, posko, lines)
    audit.record(session, actor, "dispatch.handover", N_("domain", "pengiriman"), d.number, details)
    return _record(session, d)


def _take_handover(session: Session, actor: Actor, number: str) -> tuple[Dispatch, posko_receipt.Site | None]:
    """``take_step(..., "handover")``, and at a posko also an approved dispatch addressed to it; the
    posko's site when the dispatch is received here."""
    lifecycle.require_role(actor, "handover")
    d = find(session, number, lock=True)
    lifecycle.require_role(actor, "handover", made_by=d.created_by)
    posko = posko_receipt.addressed_here(session, d)
    lifecycle.require_state("handover", d.number, d.status, received_here=posko is not None)
    return d, posko


class HandoverAtPosko(TaganaError):
    template = N_("errors", "Serah terima pengiriman {number} dicatat di posko {code} dan datang ke kantor lewat "
                            "berkas pertukaran posko itu; kantor tidak mencatatnya sendiri (satu catatan, satu "
                            "pemilik). Bila laptop posko hilang, cabut dulu posko {code}.")


def _refuse_office_handover(session: Session, d: Dispatch) -> None:
    code = posko_receipt.handover_comes_from(session, d)
    if code:
        raise HandoverAtPosko(number=d.number, code=code)


def _default_place(d: Dispatch) -> str:
    region = regions.lookup(d.region_code) if d.region_code else None
    if region is None:
        return d.destination
    names = [p.strip() for p in region.path.split(",")]
    if region.level == 4:
        return f"{d.destination}, Desa {names[0]}, Kecamatan {names[1]}"
    return f"{d.destination}, Kecamatan {names[0]}"


@changes("dispatches")
def close_dispatch(session: Session, actor: Actor, number: str, override: str | None = None) -> DispatchRecord:
    """Close a handed-over dispatch; refused while equipment is out or escorts are in the field, unless a
    pejabat (not its creator) gives ``override``, a reason: the list then stays in ``close_note``."""
    from deployment import closing  # closing reads the dispatch tables below this module

    d = take_step(session, actor, number, "close")
    found = closing.dispatch_open(session, d.id)
    d.close_note = closing.settle(actor, N_("domain", "Pengiriman"), d.number, found, override, made_by=d.created_by)
    d.status, d.closed_by, d.closed_at = lifecycle.end_state("close"), actor.username, utcnow()
    session.flush()
    audit.record(session, actor, "dispatch.close", N_("domain", "pengiriman"), d.number,
                 {"alasan_pengecualian": " ".join((override or "").split()),
                  "masih_terbuka": [str(t.text) for t in found]} if d.close_note else {})
    return _record(session, d)


@changes("dispatches", "stock", "documents", "requests")
def cancel_dispatch(session: Session, actor: Actor, number: str, reason: str) -> DispatchRecord:
    """Cancel a draft or an approved dispatch: reservations released, numbers kept as cancelled."""
    lifecycle.require_role(actor, "cancel")  # before the reason: a person who may not cancel is told so first
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(N_("errors", "Alasan pembatalan pengiriman wajib diisi."))
    d = take_step(session, actor, number, "cancel")
    released = 0
    if d.status == lifecycle.APPROVED:  # only an approved dispatch holds reservations
        for line, _item in _lines(session, d):
            for p in _picks(session, line):
                ledger.release(session, d.warehouse_id, line.item_id, p.batch_id, p.quantity)
                released += p.quantity
        session.execute(update(EquipmentUnit).where(EquipmentUnit.dispatch_id == d.id,
                                                    EquipmentUnit.status == IN_WAREHOUSE).values(dispatch_id=None))
    for doc_number in (d.number, d.manifest_number):
        if doc_number:
            numbering.cancel_number(session, actor, doc_number, f"pengiriman dibatalkan: {reason}")
    d.status, d.cancelled_by, d.cancelled_at = lifecycle.end_state("cancel"), actor.username, utcnow()
    d.cancel_reason = reason[:500]
    session.flush()
    audit.record(session, actor, "dispatch.cancel", N_("domain", "pengiriman"), d.number,
                 {"alasan": reason, "dilepas": released})
    _follow_request(session, d)
    return _record(session, d)
