"""What a dispatch looks like to the rest of the program: records, summaries, lookups, and ``take_step``.

Plain frozen dataclasses built from the ``dispatch*`` tables (see ``deployment.dispatch.service`` for the
services that change them, ``deployment.dispatch.returns`` for goods coming back); ``take_step`` is how
every service begins a step of ``deployment.dispatch.lifecycle``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import lifecycle, posko_receipt
from deployment.dispatch.lifecycle import SENT_STATES, WrongDispatchState  # noqa: F401 - re-exported
from deployment.dispatch.models import (
    DISPATCH_STATUSES,
    Dispatch,
    DispatchEscort,
    DispatchLine,
    DispatchPick,
    DispatchReturn,
)
from deployment.models import (
    DISASTER_TYPES,
    SKILLS,
    AidRequest,
    Assignment,
    Incident,
    Volunteer,
    assignment_counts,
)
from inventory import ledger
from inventory.catalog import get_item, get_warehouse
from inventory.models import Batch, EquipmentEvent, EquipmentUnit, Item, Warehouse
from tagana_app import regions
from tagana_app.accounts import Actor
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_

# --- refusals --------------------------------------------------------------------------------------

class EscortNotAssigned(TaganaError):
    template = N_("errors", "{name} tidak ditugaskan pada kejadian {incident} (atau penugasannya sudah berakhir "
                  "sebelum {day}); hanya relawan yang ditugaskan pada kejadian ini yang dapat mendampingi "
                  "pengiriman.")


class DifferenceNeedsReason(TaganaError):
    template = N_("errors", "Jumlah diterima {item} ({received} {unit}) berbeda dari yang dikirim ({sent} {unit}): "
                  "alasan selisih wajib diisi.")


# --- what the services return ----------------------------------------------------------------------

@dataclass(frozen=True)
class PickInfo:
    part: int
    batch: str
    expiry: date | None
    serial: str | None
    condition: str | None
    quantity: int
    returned: int


@dataclass(frozen=True)
class LineInfo:
    line_no: int
    item: str
    item_name: str
    unit: str
    category: str
    kind: str
    serialized: bool
    quantity: int
    manual_pick: bool
    picks: tuple[PickInfo, ...]
    received: int | None
    difference_reason: str
    returned: int
    remarks: str
    free_now: int  # on hand minus reserved in the warehouse now (for the editor)

    @property
    def outstanding(self) -> int:
        """Equipment still at the incident (sent and not yet returned)."""
        return self.quantity - self.returned


@dataclass(frozen=True)
class EscortInfo:
    volunteer_id: int
    name: str
    nik: str
    niat: str | None
    role: str
    role_label: str
    start: date
    end: date


@dataclass(frozen=True)
class ReturnInfo:
    doc_number: str
    item: str
    item_name: str
    unit: str
    quantity: int
    condition: str
    serials: tuple[str, ...]
    returned_on: date
    recorded_by: str
    remarks: str
    equipment: bool = False         # lent equipment (on a Berita Acara Pengembalian), not unused consumables
    ba_number: str | None = None    # the Berita Acara Pengembalian that records it


@dataclass(frozen=True)
class DispatchRecord:
    id: int
    number: str
    status: str
    status_label: str
    incident: str
    incident_name: str
    incident_status: str
    disaster_type: str
    disaster_label: str
    incident_started: datetime
    warehouse: str
    warehouse_name: str
    warehouse_address: str
    warehouse_pic: str
    dispatch_date: date
    destination_kind: str
    destination: str
    region_code: str
    region_name: str
    address: str
    recipient_name: str
    recipient_position: str
    recipient_id_kind: str
    recipient_id: str
    vehicle_plate: str
    driver_name: str
    driver_phone: str
    budget: str
    remarks: str
    created_by: str
    approved_by: str
    approved_at: datetime | None
    sent_by: str
    sent_on: date | None
    handed_over_on: date | None
    handover_place: str
    closed_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str
    manifest_number: str | None
    bast_number: str | None
    lines: tuple[LineInfo, ...] = ()
    escorts: tuple[EscortInfo, ...] = ()
    returns: tuple[ReturnInfo, ...] = ()
    loan_number: str | None = None  # its Berita Acara Pinjam Pakai
    loan_due: date | None = None    # the day lent equipment is due back
    request: str = ""               # the number of the request (permintaan bantuan) it answers
    submitted_by: str = ""
    release_override: str = ""      # the pejabat's reason to send without a declared emergency
    release_override_by: str = ""
    close_note: str = ""
    needs_emergency: bool = False   # its warehouse releases only under a declared emergency (or an override)
    received_here: bool = False     # this database is the posko it is addressed to (lifecycle.Step.posko_starts)
    handed_over_at_posko: str = ""  # at the office: the code of the (not revoked) posko whose file brings its handover
    bast_at_posko: str = ""  # at the office: the code of the posko that prints (printed) its BAST at the handover

    @property
    def lent(self) -> tuple[LineInfo, ...]:
        """The lines of equipment: lent (pinjam pakai), to come back, not aid given away."""
        return tuple(line for line in self.lines if line.kind == "equipment")

    @property
    def given(self) -> tuple[LineInfo, ...]:
        """The lines of aid handed over for good (consumables)."""
        return tuple(line for line in self.lines if line.kind != "equipment")

    @property
    def destination_text(self) -> str:
        """"Posko Desa Srikaton, Srikaton, Pondok Kelapa" as written on the documents."""
        parts = [self.destination]
        region = regions.lookup(self.region_code) if self.region_code else None
        if region is not None:
            names = [p.strip() for p in region.path.split(",")][:2]
            label = ("Desa " if region.level == 4 else "Kecamatan ") + names[0]
            if region.level == 4 and len(names) > 1:
                label += ", Kecamatan " + names[1]
            if label.lower() not in self.destination.lower():
                parts.append(label)
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class DispatchSummary:
    id: int
    number: str
    status: str
    status_label: str
    dispatch_date: date
    incident: str
    incident_name: str
    warehouse: str
    destination: str
    recipient_name: str
    lines: int
    quantity: int
    bast_number: str | None


@dataclass(frozen=True)
class DispatchInput:
    incident: str
    warehouse: str
    destination: str
    recipient_name: str
    destination_kind: str = "posko"
    region_code: str = ""  # kecamatan or desa; defaults to the incident's first region
    address: str = ""
    recipient_position: str = ""
    recipient_id: str = ""  # NIP (18 digits) or NIK (16 digits)
    vehicle_plate: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    budget: str = ""
    dispatch_date: date | None = None
    remarks: str = ""
    loan_due: date | None = None  # lent equipment due back (default: end of the emergency period)
    request: str = ""  # the number of the decided request (permintaan bantuan) it answers
    posko: str = ""  # the code of a posko of ours it is addressed to (its handover comes back in a file)


# --- reading ---------------------------------------------------------------------------------------


def find(session: Session, number: str | int, *, lock: bool = False) -> Dispatch:
    if isinstance(number, int):
        query = select(Dispatch).where(Dispatch.id == number)
    else:
        query = select(Dispatch).where(Dispatch.number == str(number).strip())
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFound(what=N_("domain", "Pengiriman"), key=str(number))
    return found


def _line_info(session: Session, d: Dispatch, line: DispatchLine, item: Item) -> LineInfo:
    rows = session.execute(
        select(DispatchPick, Batch.code, Batch.expiry, EquipmentUnit.serial, EquipmentUnit.condition)
        .join(Batch, Batch.id == DispatchPick.batch_id)
        .outerjoin(EquipmentUnit, EquipmentUnit.id == DispatchPick.unit_id)
        .where(DispatchPick.line_id == line.id).order_by(DispatchPick.part))
    picks = tuple(PickInfo(p.part, code, expiry, serial, _condition_sent(session, d, p.unit_id, condition),
                           p.quantity, p.returned)
                  for p, code, expiry, serial, condition in rows)
    free = ledger.available(session, d.warehouse_id, item.id) if lifecycle.state_allows("add_line", d) else 0
    return LineInfo(line.line_no, item.code, item.name, item.unit, item.category, item.kind, item.serialized,
                    line.quantity, line.manual_pick, picks, line.received, line.difference_reason, line.returned,
                    line.remarks, free)


def _condition_sent(session: Session, d: Dispatch, unit_id: int | None, now: str | None) -> str | None:
    """A unit's condition when the dispatch sent it out: what it was before the first change after
    sending (a unit that came back damaged was sent in good condition), else its condition now."""
    if unit_id is None or d.sent_at is None:
        return now
    before = session.scalar(select(EquipmentEvent.old_value).where(EquipmentEvent.unit_id == unit_id,
                                                                   EquipmentEvent.kind == "kondisi",
                                                                   EquipmentEvent.at >= d.sent_at)
                            .order_by(EquipmentEvent.at, EquipmentEvent.id).limit(1))
    return before or now


def _record(session: Session, d: Dispatch, *, full: bool = True) -> DispatchRecord:
    incident = session.get(Incident, d.incident_id)
    wh = session.get(Warehouse, d.warehouse_id)
    assert incident is not None and wh is not None
    record = DispatchRecord(
        d.id, d.number, d.status, DISPATCH_STATUSES[d.status], incident.number, incident.name, incident.status,
        incident.disaster_type, DISASTER_TYPES[incident.disaster_type], incident.started_at, wh.code, wh.name,
        wh.address, wh.person_in_charge, d.dispatch_date, d.destination_kind, d.destination, d.region_code,
        regions.name(d.region_code) if d.region_code else "", d.address, d.recipient_name, d.recipient_position,
        d.recipient_id_kind, d.recipient_id, d.vehicle_plate, d.driver_name, d.driver_phone, d.budget, d.remarks,
        d.created_by, d.approved_by, d.approved_at, d.sent_by, d.sent_on, d.handed_over_on, d.handover_place,
        d.closed_at, d.cancelled_at, d.cancel_reason, d.manifest_number, d.bast_number,
        loan_number=d.loan_number, loan_due=d.loan_due,
        request=session.scalar(select(AidRequest.number).where(AidRequest.id == d.request_id)) if d.request_id else "",
        submitted_by=d.submitted_by, release_override=d.release_override, release_override_by=d.release_override_by,
        close_note=d.close_note, needs_emergency=wh.needs_emergency,
        received_here=posko_receipt.addressed_here(session, d) is not None,
        handed_over_at_posko=posko_receipt.handover_comes_from(session, d),
        bast_at_posko=posko_receipt.bast_printed_at(session, d))
    if not full:
        return record
    lines = tuple(_line_info(session, d, line, item) for line, item in session.execute(
        select(DispatchLine, Item).join(Item, Item.id == DispatchLine.item_id)
        .where(DispatchLine.dispatch_id == d.id).order_by(DispatchLine.line_no)))
    escorts = tuple(
        EscortInfo(vid, name, nik, niat, role, SKILLS[role], start, end)
        for vid, name, nik, niat, role, start, end in session.execute(
            select(Volunteer.id, Volunteer.full_name, Volunteer.nik, Volunteer.niat, Assignment.role,
                   Assignment.start_date, Assignment.end_date)
            .join(DispatchEscort, Volunteer.id == DispatchEscort.volunteer_id)
            .join(Assignment, Assignment.id == DispatchEscort.assignment_id)
            .where(DispatchEscort.dispatch_id == d.id, assignment_counts()).order_by(DispatchEscort.id)))
    returns = tuple(
        ReturnInfo(r.doc_number, item.code, item.name, item.unit, r.quantity, r.condition,
                   tuple(s for s in r.serials.split(",") if s), r.returned_on, r.recorded_by, r.remarks,
                   item.kind == "equipment", r.ba_number)
        for r, item in session.execute(
            select(DispatchReturn, Item).join(DispatchLine, DispatchLine.id == DispatchReturn.line_id)
            .join(Item, Item.id == DispatchLine.item_id)
            .where(DispatchReturn.dispatch_id == d.id).order_by(DispatchReturn.id)))
    return replace(record, lines=lines, escorts=escorts, returns=returns)


def get_dispatch(session: Session, number: str | int) -> DispatchRecord:
    return _record(session, find(session, number))


def list_dispatches(session: Session, *, status: str | None = None, incident: str | None = None,
                    text: str | None = None, limit: int = 500, offset: int = 0) -> list[DispatchSummary]:
    """Newest first; ``status`` may be one state or several separated by commas."""
    totals = (select(DispatchLine.dispatch_id, func.count().label("n"), func.sum(DispatchLine.quantity).label("q"))
              .group_by(DispatchLine.dispatch_id).subquery())
    query = (select(Dispatch, Incident.number, Incident.name, Warehouse.code, totals.c.n, totals.c.q)
             .join(Incident, Incident.id == Dispatch.incident_id)
             .join(Warehouse, Warehouse.id == Dispatch.warehouse_id)
             .outerjoin(totals, totals.c.dispatch_id == Dispatch.id))
    if status:
        wanted = [s.strip() for s in status.split(",") if s.strip()]
        for s in wanted:
            if s not in DISPATCH_STATUSES:
                raise ValidationError(N_("errors", "Status pengiriman '{status}' tidak dikenal. Pilihan: {choices}."),
                                      status=s, choices=", ".join(DISPATCH_STATUSES))
        query = query.where(Dispatch.status.in_(wanted))
    if incident:
        query = query.where(Dispatch.incident_id == incident_service.find(session, incident).id)
    if text:
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(Dispatch.number).like(pattern),
                                func.lower(Dispatch.destination).like(pattern),
                                func.lower(Dispatch.recipient_name).like(pattern),
                                func.lower(Incident.name).like(pattern)))
    query = query.order_by(Dispatch.id.desc()).limit(limit).offset(offset)
    return [DispatchSummary(d.id, d.number, d.status, DISPATCH_STATUSES[d.status], d.dispatch_date, inc_no, inc_name,
                            wh, d.destination, d.recipient_name, int(n or 0), int(q or 0), d.bast_number)
            for d, inc_no, inc_name, wh, n, q in session.execute(query)]


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Dispatch.status, func.count()).group_by(Dispatch.status))
    return {status: int(n) for status, n in rows}


def free_stock(session: Session, warehouse: str, item: str) -> int:
    """On hand minus reserved: what a new dispatch line can still take."""
    wh, it = get_warehouse(session, warehouse), get_item(session, item)
    return ledger.available(session, wh.id, it.id)


def take_step(session: Session, actor: Actor, number: str | int, step: str) -> Dispatch:
    """Begin ``step`` of the lifecycle table on a dispatch: the actor's role checked, the row locked
    (two desktops cannot both take it), then its state checked.  Returns the locked row."""
    lifecycle.require_role(actor, step)
    d = find(session, number, lock=True)
    lifecycle.require_role(actor, step, made_by=d.created_by)
    lifecycle.require_state(step, d.number, d.status)
    return d


# --- helpers ---------------------------------------------------------------------------------------


def _quantity(value: int) -> int:
    return check_quantity(value, field=N_("domain", "Jumlah"))


def _lines(session: Session, d: Dispatch) -> list[tuple[DispatchLine, Item]]:
    return list(session.execute(select(DispatchLine, Item).join(Item, Item.id == DispatchLine.item_id)
                                .where(DispatchLine.dispatch_id == d.id).order_by(DispatchLine.line_no)).all())


def _picks(session: Session, line: DispatchLine) -> list[DispatchPick]:
    return list(session.scalars(select(DispatchPick).where(DispatchPick.line_id == line.id)
                                .order_by(DispatchPick.part)))




@dataclass(frozen=True)
class FreeItem:
    code: str
    name: str
    unit: str
    free: int


def free_items(session: Session, warehouse: str) -> list[FreeItem]:
    """Items with stock not yet promised in a warehouse: what the dispatch editor offers."""
    from inventory.models import StockLevel

    wh = get_warehouse(session, warehouse)
    rows = session.execute(select(Item.code, Item.name, Item.unit, StockLevel.on_hand - StockLevel.reserved)
                           .join(StockLevel, StockLevel.item_id == Item.id)
                           .where(StockLevel.warehouse_id == wh.id, StockLevel.on_hand > StockLevel.reserved,
                                  Item.active.is_(True))
                           .order_by(Item.name))
    return [FreeItem(code, name, unit, int(free)) for code, name, unit, free in rows]
