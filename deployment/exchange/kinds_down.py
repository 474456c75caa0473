"""Records the office sends its posko (direction DOWN; see deployment.exchange.kinds).

- ``unit``, ``catalog`` (one per item, with its packs and barcodes), ``kit``: the office's catalogue;
- ``warehouse``: the office warehouses a dispatch to the posko comes from, kept at the posko as
  inactive warehouses (they exist there only so that a dispatch can name its source);
- ``incident``: the posko's incident, with its regions and decree;
- ``volunteer`` and ``assignment``: the people on duty for that incident.  A volunteer travels without
  phone and with a masked NIK (first 6 + ``******`` + last 4 digits), the birth year only;
- ``dispatch``: dispatches addressed to the posko, once approved;
- ``request_decision``: the pejabat's decision on a request the posko sent.

What the posko records itself is never overwritten here: check-in and check-out of an assignment, the
handover of a dispatch (received counts, differences, who handed over where).  A dispatch the posko
already handed over that the office then cancelled is refused and reported at both sides.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from deployment import volunteers as volunteer_service
from deployment.dispatch.models import Dispatch, DispatchLine, DispatchPick, Kit, KitLine
from deployment.exchange import refs, sites
from deployment.exchange.kinds import DOWN, Pending, RecordKind, Refused, day, instant, iso, person, register
from deployment.exchange.models import ExchangeRef
from deployment.exchange.sites import SiteInfo
from deployment.models import (
    AidRequest,
    AidRequestLine,
    AidRequestPeople,
    Assignment,
    Incident,
    IncidentRegion,
    Volunteer,
    VolunteerSkill,
)
from inventory.models import Batch, EquipmentUnit, Item, ItemBarcode, ItemPack, UnitOfMeasure, Warehouse
from tagana_app.texts import N_

Record = tuple[str, dict[str, Any]]
# The dispatch states a posko sees: from approval on (a draft is still the office's own business).
POSKO_DISPATCH_STATES = ("approved", "sent", "handed_over", "closed", "cancelled")
HANDED_OVER = ("handed_over", "closed")


# --- small conversions ----------------------------------------------------------------------------

def _own_site(session: Session) -> Any:
    return sites.self_row(session, create=False)


# --- catalogue --------------------------------------------------------------------------------------

def collect_units(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    for unit in session.scalars(select(UnitOfMeasure).order_by(UnitOfMeasure.code)):
        yield unit.code, {"code": unit.code, "active": unit.active}


def apply_unit(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    unit = session.get(UnitOfMeasure, data["code"])
    if unit is None:
        session.add(UnitOfMeasure(code=data["code"], active=data["active"]))
    else:
        unit.active = data["active"]
    session.flush()


def collect_items(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    packs: dict[int, list[list[Any]]] = {}
    for p in session.scalars(select(ItemPack).order_by(ItemPack.item_id, ItemPack.name)):
        packs.setdefault(p.item_id, []).append([p.name, int(p.contains)])
    barcodes: dict[int, list[str]] = {}
    for b in session.scalars(select(ItemBarcode).order_by(ItemBarcode.item_id, ItemBarcode.barcode)):
        barcodes.setdefault(b.item_id, []).append(b.barcode)
    for item in session.scalars(select(Item).order_by(Item.code)):
        content = item.content_per_unit
        yield item.code, {
            "code": item.code, "name": item.name, "category": item.category, "unit": item.unit, "kind": item.kind,
            "expires": item.expires, "serialized": item.serialized, "active": item.active,
            "need_category": item.need_category, "content_per_unit": None if content is None else str(content),
            "packs": packs.get(item.id, []), "barcodes": barcodes.get(item.id, [])}


def apply_item(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    item = session.scalar(select(Item).where(Item.code == key))
    if item is None:
        item = Item(code=key)
        session.add(item)
    content = data["content_per_unit"]
    item.name, item.category, item.unit, item.kind = data["name"], data["category"], data["unit"], data["kind"]
    item.expires, item.serialized, item.active = data["expires"], data["serialized"], data["active"]
    item.need_category = data["need_category"]
    item.content_per_unit = None if content is None else Decimal(content)
    session.flush()
    wanted = {name: contains for name, contains in data["packs"]}
    for pack in session.scalars(select(ItemPack).where(ItemPack.item_id == item.id)):
        if pack.name not in wanted:
            session.delete(pack)
        else:
            pack.contains = wanted.pop(pack.name)
    for name, contains in sorted(wanted.items()):
        session.add(ItemPack(item_id=item.id, name=name, contains=contains))
    codes = set(data["barcodes"])
    session.execute(delete(ItemBarcode).where(ItemBarcode.item_id == item.id, ItemBarcode.barcode.not_in(codes)))
    for code in sorted(codes):
        row = session.get(ItemBarcode, code)
        if row is None:
            session.add(ItemBarcode(barcode=code, item_id=item.id))
        else:
            row.item_id = item.id
    session.flush()


def _item_ids(session: Session, codes: Iterable[str], document: str) -> dict[str, int]:
    """Local item ids by code; Pending while an item has not arrived."""
    wanted = set(codes)
    found = dict(session.execute(select(Item.code, Item.id).where(Item.code.in_(wanted))).all())
    missing = sorted(wanted - set(found))
    if missing:
        raise Pending(N_("errors", "{document} menyebut barang {items} yang belum ada di katalog posko."),
                      document=document, items=", ".join(missing))
    return found


def collect_kits(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    lines: dict[int, list[list[Any]]] = {}
    query = select(KitLine.kit_id, Item.code, KitLine.quantity, KitLine.per).join(Item, Item.id == KitLine.item_id)
    for kit_id, code, qty, per in session.execute(query.order_by(KitLine.kit_id, Item.code)):
        lines.setdefault(kit_id, []).append([code, qty, per])
    for kit in session.scalars(select(Kit).order_by(Kit.code)):
        yield kit.code, {"code": kit.code, "name": kit.name, "basis": kit.basis, "description": kit.description,
                         "lines": lines.get(kit.id, [])}


def apply_kit(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    items = _item_ids(session, (code for code, _q, _p in data["lines"]), f"Paket {key}")
    kit = session.scalar(select(Kit).where(Kit.code == key))
    if kit is None:
        kit = Kit(code=key)
        session.add(kit)
    kit.name, kit.basis, kit.description = data["name"], data["basis"], data["description"]
    session.flush()
    session.execute(delete(KitLine).where(KitLine.kit_id == kit.id))
    for code, qty, per in data["lines"]:
        session.add(KitLine(kit_id=kit.id, item_id=items[code], quantity=qty, per=per))
    session.flush()


# --- warehouses and the incident ----------------------------------------------------------------

def collect_warehouses(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    ids = select(Dispatch.warehouse_id).where(Dispatch.site_id == receiver.id,
                                              Dispatch.status.in_(POSKO_DISPATCH_STATES))
    for wh in session.scalars(select(Warehouse).where(Warehouse.id.in_(ids)).order_by(Warehouse.code)):
        yield wh.code, {"code": wh.code, "name": wh.name, "kind": wh.kind, "region_code": wh.region_code,
                        "address": wh.address}


def apply_warehouse(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    wh = session.scalar(select(Warehouse).where(Warehouse.code == key))
    if wh is None:
        wh = Warehouse(code=key, active=False, person_in_charge="", needs_emergency=False)
        session.add(wh)
    elif wh.id == getattr(_own_site(session), "warehouse_id", None):
        raise Refused(N_("errors", "Gudang {code} dari kantor memakai kode gudang posko ini sendiri."), code=key)
    wh.name, wh.kind, wh.region_code, wh.address = data["name"], data["kind"], data["region_code"], data["address"]
    session.flush()


def collect_incident(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    if receiver.incident_id is None:
        return
    i = session.get(Incident, receiver.incident_id)
    if i is None:
        return
    regions = sorted(session.scalars(select(IncidentRegion.region_code).where(IncidentRegion.incident_id == i.id)))
    yield i.number, {
        "number": i.number, "year": i.year, "seq": i.seq, "disaster_type": i.disaster_type, "name": i.name,
        "started_at": iso(i.started_at), "status": i.status, "sk_number": i.sk_number, "sk_date": iso(i.sk_date),
        "sk_issuer": i.sk_issuer, "status_from": iso(i.status_from), "status_to": iso(i.status_to),
        "posko_location": i.posko_location, "remarks": i.remarks, "regions": regions}


def apply_incident(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    i = session.scalar(select(Incident).where(Incident.number == key))
    if i is None:
        i = Incident(number=key, year=data["year"], seq=data["seq"], close_note="")
        session.add(i)
    i.disaster_type, i.name, i.status = data["disaster_type"], data["name"], data["status"]
    i.started_at = instant(data["started_at"])
    i.sk_number, i.sk_date, i.sk_issuer = data["sk_number"], day(data["sk_date"]), data["sk_issuer"]
    i.status_from, i.status_to = day(data["status_from"]), day(data["status_to"])
    i.posko_location, i.remarks = data["posko_location"], data["remarks"]
    session.flush()
    have = set(session.scalars(select(IncidentRegion.region_code).where(IncidentRegion.incident_id == i.id)))
    wanted = set(data["regions"])
    if have != wanted:
        session.execute(delete(IncidentRegion).where(IncidentRegion.incident_id == i.id,
                                                     IncidentRegion.region_code.not_in(wanted)))
        for code in sorted(wanted - have):
            session.add(IncidentRegion(incident_id=i.id, region_code=code))
    own = _own_site(session)
    if own is not None and own.kind == "posko" and own.incident_id is None:
        own.incident_id = i.id
    session.flush()


def _incident_id(session: Session, number: str, document: str) -> int:
    found = session.scalar(select(Incident.id).where(Incident.number == number))
    if found is None:
        raise Pending(N_("errors", "{document}: kejadian {incident} belum diterima posko."),
                      document=document, incident=number)
    return found


# --- volunteers and assignments -----------------------------------------------------------------

def _sent_volunteers(receiver: SiteInfo) -> Any:
    """The volunteers with an assignment (not voided) to the posko's incident."""
    return select(Assignment.volunteer_id).where(Assignment.incident_id == receiver.incident_id,
                                                 Assignment.voided_at.is_(None))


def mask_nik(nik: str) -> str:
    return nik[:6] + "******" + nik[-4:]


def collect_volunteers(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    if receiver.incident_id is None:
        return
    office = sites.self_site(session).code
    ids = _sent_volunteers(receiver)
    skills: dict[int, list[list[Any]]] = {}
    for s in session.scalars(select(VolunteerSkill).where(VolunteerSkill.volunteer_id.in_(ids))
                             .order_by(VolunteerSkill.volunteer_id, VolunteerSkill.skill)):
        skills.setdefault(s.volunteer_id, []).append([s.skill, iso(s.trained_on), iso(s.certificate_expiry)])
    for v in session.scalars(select(Volunteer).where(Volunteer.id.in_(ids)).order_by(Volunteer.id)):
        yield _local_key_of(office, v.id), {
            "nik": mask_nik(v.nik), "niat": v.niat, "full_name": v.full_name, "sex": v.sex,
            "birth_year": v.birth_date.year, "region_code": v.region_code, "kecamatan_code": v.kecamatan_code,
            "level": v.level, "status": v.status, "skills": skills.get(v.id, [])}


def _local_key_of(office: str, local_id: int) -> str:
    return f"{office}:{local_id}"


def _free_nik(session: Session, masked: str, own_id: int | None) -> str:
    """The masked NIK, made unique among the posko's volunteers (volunteer.nik is unique)."""
    candidate, n = masked, 0
    while True:
        holder = session.scalar(select(Volunteer.id).where(Volunteer.nik == candidate))
        if holder is None or holder == own_id:
            return candidate
        n += 1
        digits = str(n)
        candidate = masked[:12 - len(digits)] + digits + masked[12:]


def apply_volunteer(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    local = refs.local_id(session, "volunteer", key)
    v = session.get(Volunteer, local) if local is not None else None
    if v is None:
        v = Volunteer(address="", emergency_contact="", remarks="", phone=None, emergency_phone=None)
    v.nik = _free_nik(session, data["nik"], v.id)
    niat = data["niat"]
    if niat and session.scalar(select(Volunteer.id).where(Volunteer.niat == niat, Volunteer.id != v.id)) is not None:
        niat = None  # a NIAT the posko gave someone else: the office's record keeps it
    v.niat, v.niat_lower = niat, niat.lower() if niat else None
    v.full_name, v.name_lower, v.sex = data["full_name"], data["full_name"].lower(), data["sex"]
    v.birth_date = date(data["birth_year"], 1, 1)  # the year only travels
    v.region_code, v.kecamatan_code, v.level, v.status = (data["region_code"], data["kecamatan_code"], data["level"],
                                                          data["status"])
    v.skill_mask = volunteer_service.skill_mask(s for s, _t, _e in data["skills"])
    session.add(v)
    session.flush()
    refs.remember(session, "volunteer", key, v.id)
    volunteer_service._store_tokens(session, v)
    session.execute(delete(VolunteerSkill).where(VolunteerSkill.volunteer_id == v.id))
    for skill, trained, expiry in data["skills"]:
        session.add(VolunteerSkill(volunteer_id=v.id, skill=skill, trained_on=day(trained),
                                   certificate_expiry=day(expiry)))
    session.flush()


def collect_assignments(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    if receiver.incident_id is None:
        return
    office = sites.self_site(session).code
    number = session.scalar(select(Incident.number).where(Incident.id == receiver.incident_id))
    query = select(Assignment).where(Assignment.incident_id == receiver.incident_id,
                                     Assignment.volunteer_id.in_(_sent_volunteers(receiver))).order_by(Assignment.id)
    for a in session.scalars(query):
        yield _local_key_of(office, a.id), {
            "volunteer": _local_key_of(office, a.volunteer_id), "incident": number, "role": a.role,
            "start_date": iso(a.start_date), "end_date": iso(a.end_date), "override_reason": a.override_reason,
            "override_by": a.override_by, "warnings": list(a.warnings or []), "created_by": a.created_by,
            "voided_at": iso(a.voided_at), "voided_by": a.voided_by, "void_reason": a.void_reason}


def apply_assignment(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    volunteer = refs.local_id(session, "volunteer", data["volunteer"])
    if volunteer is None:
        raise Pending(N_("errors", "Penugasan {key}: relawan {volunteer} belum diterima posko."),
                      key=key, volunteer=data["volunteer"])
    incident = _incident_id(session, data["incident"], f"Penugasan {key}")
    local = refs.local_id(session, "assignment", key)
    a = session.get(Assignment, local) if local is not None else None
    if a is None:  # check-in and check-out are the posko's: set only here, never overwritten
        a = Assignment(checkin_at=None, checkout_at=None, request_id=None)
    a.volunteer_id, a.incident_id, a.role = volunteer, incident, data["role"]
    a.start_date, a.end_date = day(data["start_date"]), day(data["end_date"])
    a.override_reason = data["override_reason"]
    a.override_by = person(data["override_by"], sender) if data["override_by"] else data["override_by"]
    a.warnings, a.created_by = data["warnings"], person(data["created_by"], sender)
    a.voided_at, a.voided_by, a.void_reason = (instant(data["voided_at"]), person(data["voided_by"], sender),
                                               data["void_reason"])
    session.add(a)
    session.flush()
    refs.remember(session, "assignment", key, a.id)


# --- dispatches ---------------------------------------------------------------------------------

_DISPATCH_FIELDS = ("destination_kind", "destination", "region_code", "address", "recipient_name",
                    "recipient_position", "recipient_id_kind", "recipient_id", "vehicle_plate", "driver_name",
                    "driver_phone", "budget", "remarks", "manifest_number", "bast_number", "loan_number",
                    "cancel_reason", "release_override")
_DISPATCH_PEOPLE = ("created_by", "approved_by", "sent_by", "cancelled_by")
_DISPATCH_INSTANTS = ("approved_at", "sent_at", "cancelled_at")
_DISPATCH_DAYS = ("dispatch_date", "sent_on", "loan_due")


def _picks(session: Session, dispatch_id: int) -> dict[str, list[dict[str, Any]]]:
    """line number -> the batches (code, expiry) and serial units sent on it: the posko books them in."""
    found: dict[str, list[dict[str, Any]]] = {}
    rows = session.execute(select(DispatchLine.line_no, Batch.code, Batch.expiry, EquipmentUnit.serial,
                                  DispatchPick.quantity)
                           .join(DispatchPick, DispatchPick.line_id == DispatchLine.id)
                           .join(Batch, Batch.id == DispatchPick.batch_id)
                           .outerjoin(EquipmentUnit, EquipmentUnit.id == DispatchPick.unit_id)
                           .where(DispatchLine.dispatch_id == dispatch_id)
                           .order_by(DispatchLine.line_no, DispatchPick.part))
    for line_no, batch, expiry, serial, quantity in rows:
        found.setdefault(str(line_no), []).append({"batch": batch or "", "expiry": iso(expiry),
                                                   "serial": serial or "", "quantity": quantity})
    return found


def collect_dispatches(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    query = (select(Dispatch.id, Dispatch.number, Incident.number, Warehouse.code)
             .join(Incident, Incident.id == Dispatch.incident_id).join(Warehouse, Warehouse.id == Dispatch.warehouse_id)
             .where(Dispatch.site_id == receiver.id, Dispatch.status.in_(POSKO_DISPATCH_STATES))
             .order_by(Dispatch.number))
    for dispatch_id, number, incident, warehouse in session.execute(query).all():
        d = session.get(Dispatch, dispatch_id)
        assert d is not None
        lines = session.execute(select(DispatchLine.line_no, Item.code, DispatchLine.quantity, DispatchLine.remarks)
                                .join(Item, Item.id == DispatchLine.item_id)
                                .where(DispatchLine.dispatch_id == d.id).order_by(DispatchLine.line_no))
        data: dict[str, Any] = {"number": number, "incident": incident, "warehouse": warehouse, "status": d.status,
                                "lines": [list(line) for line in lines], "picks": _picks(session, d.id)}
        data.update({f: getattr(d, f) for f in _DISPATCH_FIELDS + _DISPATCH_PEOPLE})
        data.update({f: iso(getattr(d, f)) for f in _DISPATCH_INSTANTS + _DISPATCH_DAYS})
        yield number, data


def _handed_over_here(session: Session, d: Dispatch) -> bool:
    received = select(DispatchLine.id).where(DispatchLine.dispatch_id == d.id, DispatchLine.received.is_not(None))
    return d.status in HANDED_OVER or session.scalar(received.limit(1)) is not None


def apply_dispatch(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    document = f"Pengiriman {key}"
    d = session.scalar(select(Dispatch).where(Dispatch.number == key))
    if d is not None and data["status"] == "cancelled" and d.status != "cancelled" and _handed_over_here(session, d):
        when = d.handed_over_on or (d.handed_over_at.date() if d.handed_over_at else None)
        raise Refused(N_("errors", "Pengiriman {number} dibatalkan di kantor ({reason}), tetapi sudah "
                                   "diserahterimakan di posko pada {date}: serah terima di posko tetap tercatat; "
                                   "kantor dan posko perlu menyelesaikan selisih ini bersama."),
                      number=key, reason=data["cancel_reason"] or "-", date=iso(when) or "-")
    incident = _incident_id(session, data["incident"], document)
    warehouse = session.scalar(select(Warehouse.id).where(Warehouse.code == data["warehouse"]))
    if warehouse is None:
        raise Pending(N_("errors", "{document}: gudang asal {code} belum diterima posko."),
                      document=document, code=data["warehouse"])
    items = _item_ids(session, (code for _n, code, _q, _r in data["lines"]), document)
    own = _own_site(session)
    if d is None:  # the handover (handed_over_*, received counts) is the posko's own: never set from here
        d = Dispatch(number=key, handed_over_by="", handover_place="", closed_by="", close_note="",
                     submitted_by="", release_override_by="")
        session.add(d)
    d.incident_id, d.warehouse_id = incident, warehouse
    d.site_id = own.id if own is not None else None
    if not (d.status in HANDED_OVER and data["status"] in ("approved", "sent")):
        d.status = data["status"]  # the office has not heard of the handover yet: keep the posko's
    for f in _DISPATCH_FIELDS:
        if f == "bast_number" and d.bast_number:
            continue  # the BAST printed and signed here at the handover keeps its number; the office's only fills none
        setattr(d, f, data[f])
    for f in _DISPATCH_PEOPLE:
        setattr(d, f, person(data[f], sender))
    for f in _DISPATCH_INSTANTS:
        setattr(d, f, instant(data[f]))
    for f in _DISPATCH_DAYS:
        setattr(d, f, day(data[f]))
    session.flush()
    wanted = {n: (items[code], qty, remarks) for n, code, qty, remarks in data["lines"]}
    for line in session.scalars(select(DispatchLine).where(DispatchLine.dispatch_id == d.id)):
        if line.line_no in wanted:
            line.item_id, line.quantity, line.remarks = wanted.pop(line.line_no)
        elif line.received is None:
            session.delete(line)
    session.flush()
    for n, (item, qty, remarks) in sorted(wanted.items()):
        session.add(DispatchLine(dispatch_id=d.id, line_no=n, item_id=item, quantity=qty, remarks=remarks,
                                 manual_pick=False, received=None, difference_reason="", returned=0))
    session.flush()


# --- decisions on the posko's requests --------------------------------------------------------

def collect_request_decisions(session: Session, receiver: SiteInfo) -> Iterable[Record]:
    """Decided requests that came from the posko (the number carries its code, or a ref says so)."""
    from_posko = select(ExchangeRef.local_id).where(ExchangeRef.kind == "request",
                                                    ExchangeRef.key.contains(receiver.code, autoescape=True))
    query = (select(AidRequest).where(AidRequest.requester_kind == "posko", AidRequest.decided_at.is_not(None),
                                      or_(AidRequest.number.contains(receiver.code, autoescape=True),
                                          AidRequest.id.in_(from_posko)))
             .order_by(AidRequest.number))
    for r in session.scalars(query):
        key = refs.key_of(session, "request", r.id) or r.number
        lines = session.execute(select(AidRequestLine.line_no, AidRequestLine.approved, AidRequestLine.decision,
                                       AidRequestLine.decision_reason).where(AidRequestLine.request_id == r.id)
                                .order_by(AidRequestLine.line_no))
        people = session.execute(select(AidRequestPeople.skill, AidRequestPeople.approved, AidRequestPeople.decision,
                                        AidRequestPeople.decision_reason).where(AidRequestPeople.request_id == r.id)
                                 .order_by(AidRequestPeople.skill))
        yield key, {"status": r.status, "disposition_note": r.disposition_note, "decided_by": r.decided_by,
                    "decided_at": iso(r.decided_at), "office_number": r.number,
                    "lines": [list(x) for x in lines], "people": [list(x) for x in people]}


def apply_request_decision(session: Session, sender: SiteInfo, key: str, data: dict[str, Any]) -> None:
    r = session.scalar(select(AidRequest).where(AidRequest.number == key))
    if r is None:
        raise Pending(N_("errors", "Keputusan atas permintaan {number}: permintaan itu tidak ada di posko."), number=key)
    r.status, r.disposition_note = data["status"], data["disposition_note"]
    r.decided_by, r.decided_at = person(data["decided_by"], sender), instant(data["decided_at"])
    decided = {n: rest for n, *rest in data["lines"]}
    for line in session.scalars(select(AidRequestLine).where(AidRequestLine.request_id == r.id)):
        if line.line_no in decided:
            line.approved, line.decision, line.decision_reason = decided[line.line_no]
    people = {skill: rest for skill, *rest in data["people"]}
    for row in session.scalars(select(AidRequestPeople).where(AidRequestPeople.request_id == r.id)):
        if row.skill in people:
            row.approved, row.decision, row.decision_reason = people[row.skill]
    session.flush()


for _kind in (
    RecordKind("unit", DOWN, 9, N_("domain", "satuan"), collect_units, apply_unit),
    RecordKind("catalog", DOWN, 10, N_("domain", "barang"), collect_items, apply_item),
    RecordKind("kit", DOWN, 11, N_("domain", "paket barang"), collect_kits, apply_kit),
    RecordKind("warehouse", DOWN, 15, N_("domain", "gudang"), collect_warehouses, apply_warehouse),
    RecordKind("incident", DOWN, 20, N_("domain", "kejadian"), collect_incident, apply_incident),
    RecordKind("volunteer", DOWN, 30, N_("domain", "relawan"), collect_volunteers, apply_volunteer),
    RecordKind("assignment", DOWN, 40, N_("domain", "penugasan"), collect_assignments, apply_assignment),
    RecordKind("dispatch", DOWN, 50, N_("domain", "pengiriman"), collect_dispatches, apply_dispatch),
    RecordKind("request_decision", DOWN, 60, N_("domain", "keputusan permintaan"), collect_request_decisions,
               apply_request_decision),
):
    register(_kind)
