"""Record kinds a posko sends its office (direction UP; see deployment.exchange.kinds).

The posko owns what happens there: its requests, the handovers of the dispatches it received, its
distributions, the check-ins of the volunteers assigned to it, the impact figures it proposes, its
stock and its printed papers.  The office applies them in that order:

- ``request`` (10): a request written at the posko (key: its number) arrives as received
  ("diterima", received by "<user>@<POSKO>"); while the office has not decided it, a later state
  replaces it; a cancellation at the posko cancels it at the office;
- ``handover`` (20): the posko's counts complete the office's dispatch as its own handover does;
  waits while the office has not recorded the dispatch sent, refused when the office cancelled it;
- ``distribution`` (30): stored as it is (warehouse: the posko's), no movement of the office's ledger;
- ``checkin`` (40): check-in/out times set on the office's assignment;
- ``figures`` (50): a proposal of impact figures, added once with the note "Usulan posko ...";
- ``stock`` (60): the posko's stock per item, kept only (the office's views read the records);
- ``printed`` (70): every print of a paper numbered at the posko (key: code:copy), kept only:
  the office's document check (``tagana_app.printing.verify_document``) finds a posko's paper there and
  compares what it printed with the office's record.

People are named "<username>@<POSKO>" where a column holds a username.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from deployment.dispatch import lifecycle
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import kinds, refs
from deployment.exchange.kinds import UP, Pending, RecordKind, Refused, day, instant, iso, person
from deployment.exchange.models import ExchangeRecord, ExchangeRef, Site
from deployment.exchange.sites import SiteInfo
from deployment.models import (
    AidRequest,
    AidRequestLine,
    AidRequestPeople,
    Assignment,
    Incident,
    IncidentFigures,
)
from inventory.models import Item, StockLevel, Warehouse
from tagana_app import audit, printing
from tagana_app.accounts import Actor
from tagana_app.clock import utcnow
from tagana_app.errors import TaganaError
from tagana_app.models import DocumentNumber, DocumentPrint, DocumentSnapshot
from tagana_app.texts import N_

Data = dict[str, Any]
Records = Iterable[tuple[str, Data]]


# --- helpers ---------------------------------------------------------------------------------------

def _self(session: Session) -> Site:
    from deployment.exchange import sites

    own = sites.self_row(session, create=False)
    assert own is not None and own.kind == "posko", "UP records are collected at a posko"
    return own


def _actor(sender: SiteInfo, username: str, *, role: str = "posko") -> Actor:
    """Who the office's audit trail names for a change that came in a posko's file (no user here)."""
    return Actor(None, person(username, sender) or sender.code, role)  # type: ignore[arg-type]


def _item_codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Item.id, Item.code)).all())


def _items(session: Session, codes: Iterable[str], what: str, number: str) -> dict[str, int]:
    """Item code -> local id; Pending when one has not arrived here yet."""
    wanted = sorted({c for c in codes if c})
    found = dict(session.execute(select(Item.code, Item.id).where(Item.code.in_(wanted))).all()) if wanted else {}
    missing = [c for c in wanted if c not in found]
    if missing:
        raise Pending(N_("errors", "{what} {number} menunggu: barang {items} belum tercatat di sini."),
                      what=what, number=number, items=", ".join(missing))
    return found


def _incident(session: Session, number: str, what: str, key: str) -> Incident:
    found = session.scalar(select(Incident).where(Incident.number == number))
    if found is None:
        raise Pending(N_("errors", "{what} {number} menunggu: kejadian {incident} belum tercatat di sini."),
                      what=what, number=key, incident=number)
    return found


# --- request (10) ---------------------------------------------------------------------------------

def collect_requests(session: Session, receiver: SiteInfo) -> Records:
    codes = _item_codes(session)
    numbers = dict(session.execute(select(Incident.id, Incident.number)).all())
    for r in session.scalars(select(AidRequest).where(AidRequest.requester_kind == "posko").order_by(AidRequest.id)):
        lines = session.scalars(select(AidRequestLine).where(AidRequestLine.request_id == r.id)
                                .order_by(AidRequestLine.line_no))
        people = session.scalars(select(AidRequestPeople).where(AidRequestPeople.request_id == r.id)
                                 .order_by(AidRequestPeople.skill))
        yield r.number, {
            "number": r.number, "incident": numbers[r.incident_id], "requester_kind": r.requester_kind,
            "region_code": r.region_code, "requester_name": r.requester_name,
            "requester_position": r.requester_position, "requester_id_kind": r.requester_id_kind,
            "requester_id": r.requester_id, "letter_number": r.letter_number, "letter_date": iso(r.letter_date),
            "received_on": iso(r.received_on), "remarks": r.remarks, "received_by": r.received_by,
            "cancelled": r.status == "dibatalkan", "cancelled_by": r.cancelled_by,
            "cancelled_at": iso(r.cancelled_at), "cancel_reason": r.cancel_reason,
            "lines": [{"line_no": ln.line_no, "item": codes.get(ln.item_id) if ln.item_id else None,
                       "need_category": ln.need_category, "quantity": ln.quantity, "unit": ln.unit}
                      for ln in lines],
            "people": [{"skill": p.skill, "count": p.count} for p in people]}


def apply_request(session: Session, sender: SiteInfo, key: str, data: Data) -> None:
    what = N_("domain", "Permintaan")
    incident = _incident(session, data["incident"], what, key)
    items = _items(session, (ln["item"] for ln in data["lines"] if ln["item"]), what, key)
    r = session.scalar(select(AidRequest).where(AidRequest.number == key).with_for_update())
    header = {"incident_id": incident.id, "requester_kind": data["requester_kind"],
              "region_code": data["region_code"], "requester_name": data["requester_name"],
              "requester_position": data["requester_position"], "requester_id_kind": data["requester_id_kind"],
              "requester_id": data["requester_id"], "letter_number": data["letter_number"],
              "letter_date": day(data["letter_date"]), "received_on": day(data["received_on"]),
              "remarks": data["remarks"]}
    if r is None:
        r = AidRequest(number=key, status="diterima", disposition_note="", decided_by="", cancelled_by="",
                       cancel_reason="", received_by=person(data["received_by"], sender), **header)
        session.add(r)
        session.flush()
        audit.record(session, _actor(sender, data["received_by"]), "request.add", N_("domain", "permintaan"),
                     key, {"dari_posko": sender.code})
    elif r.status == "diterima":  # not decided yet: the posko's later state replaces it
        for name, value in header.items():
            setattr(r, name, value)
        session.execute(delete(AidRequestLine).where(AidRequestLine.request_id == r.id))
        session.execute(delete(AidRequestPeople).where(AidRequestPeople.request_id == r.id))
        session.flush()
    else:
        r = None  # decided at the office: only a cancellation still applies
    if r is not None:
        for ln in data["lines"]:
            session.add(AidRequestLine(request_id=r.id, line_no=ln["line_no"], item_id=items.get(ln["item"] or ""),
                                       need_category=ln["need_category"], quantity=ln["quantity"], unit=ln["unit"],
                                       decision="", decision_reason=""))
        for p in data["people"]:
            session.add(AidRequestPeople(request_id=r.id, skill=p["skill"], count=p["count"], decision="",
                                         decision_reason=""))
        session.flush()
    if data["cancelled"]:
        _cancel_request(session, sender, key, data)


def _cancel_request(session: Session, sender: SiteInfo, key: str, data: Data) -> None:
    from deployment.models import OPEN_REQUEST_STATUSES

    r = session.scalar(select(AidRequest).where(AidRequest.number == key))
    if r.status == "dibatalkan":
        return
    if r.status not in OPEN_REQUEST_STATUSES:
        raise Refused(N_("errors", "Pembatalan permintaan {number} dari posko {posko} tidak dapat diterapkan: "
                                   "permintaan itu sudah berstatus {status} di kantor."),
                      number=key, posko=sender.code, status=r.status)
    r.status, r.cancelled_by = "dibatalkan", person(data["cancelled_by"], sender)
    r.cancelled_at, r.cancel_reason = instant(data["cancelled_at"]) or utcnow(), data["cancel_reason"][:500]
    session.flush()
    audit.record(session, _actor(sender, data["cancelled_by"]), "request.cancel", N_("domain", "permintaan"), key,
                 {"alasan": data["cancel_reason"], "dari_posko": sender.code})


# --- handover (20) --------------------------------------------------------------------------------

def collect_handovers(session: Session, receiver: SiteInfo) -> Records:
    own = _self(session)
    query = (select(Dispatch).where(Dispatch.site_id == own.id, Dispatch.status.in_(lifecycle.HANDED_STATES))
             .order_by(Dispatch.id))
    for d in session.scalars(query):
        lines = session.execute(select(DispatchLine, Item.code).join(Item, Item.id == DispatchLine.item_id)
                                .where(DispatchLine.dispatch_id == d.id).order_by(DispatchLine.line_no)).all()
        yield d.number, {"number": d.number, "handed_over_on": iso(d.handed_over_on), "place": d.handover_place,
                         "by": d.handed_over_by, "bast_number": d.bast_number or "",
                         "lines": [{"line_no": ln.line_no, "item": code, "received": ln.received,
                                    "difference_reason": ln.difference_reason} for ln, code in lines]}


def apply_handover(session: Session, sender: SiteInfo, key: str, data: Data) -> None:
    d = session.scalar(select(Dispatch).where(Dispatch.number == key).with_for_update())
    if d is None:
        raise Refused(N_("errors", "Serah terima pengiriman {number} dari posko {posko} tidak dapat diterapkan: "
                                   "pengiriman itu tidak tercatat di kantor."), number=key, posko=sender.code)
    when = day(data["handed_over_on"])
    if d.status == lifecycle.CANCELLED:
        raise Refused(N_("errors", "Serah terima pengiriman {number} dari posko {posko} ({date}) tidak dapat "
                                   "diterapkan: pengiriman itu dibatalkan di kantor ({reason}). Barang yang diterima "
                                   "posko perlu dicatat dengan pengiriman baru atau dikembalikan."),
                      number=key, posko=sender.code, date=when, reason=d.cancel_reason or "-")
    if d.status not in lifecycle.SENT_STATES:
        raise Pending(N_("errors", "Serah terima pengiriman {number} dari posko {posko} menunggu: pengiriman itu "
                                   "belum dicatat dikirim di kantor."), number=key, posko=sender.code)
    lines = session.execute(select(DispatchLine, Item.code).join(Item, Item.id == DispatchLine.item_id)
                            .where(DispatchLine.dispatch_id == d.id)).all()
    counts = {ln["item"]: (ln["received"], ln["difference_reason"] or "") for ln in data["lines"]}
    bast = data.get("bast_number") or ""  # the BAST printed and signed at the posko (none before it was printed)
    if bast and d.bast_number and d.bast_number != bast and _issued_here(session, d.bast_number):
        raise Pending(N_("errors", "Serah terima pengiriman {number} dari posko {posko} menunggu: BAST-nya dicetak di "
                                   "posko dengan nomor {bast}, sedangkan kantor sudah menerbitkan nomor BAST {ours} "
                                   "untuk pengiriman yang sama. Batalkan nomor {ours} di kantor (halaman Dokumen); "
                                   "serah terima ini diterapkan pada impor berikutnya."),
                      number=key, posko=sender.code, bast=bast, ours=d.bast_number)
    if d.status in lifecycle.HANDED_STATES:
        if all((line.received, line.difference_reason) == counts.get(code) for line, code in lines):
            if bast:
                d.bast_number = bast
            return  # the same handover again (its BAST number, once printed at the posko)
        raise Refused(N_("errors", "Serah terima pengiriman {number} dari posko {posko} ({date}) tidak dapat "
                                   "diterapkan: kantor sudah mencatat serah terimanya dengan jumlah diterima yang "
                                   "lain."), number=key, posko=sender.code, date=when)
    try:  # as the dispatch's own handover records it, by the posko's person
        dispatches.handover_dispatch(session, _actor(sender, data["by"], role="koordinator"), key,
                                     received={code: got for code, (got, _why) in counts.items()},
                                     reasons={code: why for code, (_got, why) in counts.items() if why},
                                     place=data["place"], when=when, from_posko=True)
        if bast:
            d.bast_number = bast
    except TaganaError as exc:
        raise Refused(N_("errors", "Serah terima pengiriman {number} dari posko {posko} tidak dapat diterapkan: "
                                   "{reason}"), number=key, posko=sender.code, reason=str(exc)) from None


def _issued_here(session: Session, number: str) -> bool:
    """A number of this office's registry that is not cancelled."""
    return session.scalar(select(DocumentNumber.id).where(DocumentNumber.number == number,
                                                          DocumentNumber.status == "issued")) is not None


# --- distribution (30) ----------------------------------------------------------------------------

def collect_distributions(session: Session, receiver: SiteInfo) -> Records:
    own = _self(session)
    codes = _item_codes(session)
    numbers = dict(session.execute(select(Incident.id, Incident.number)).all())
    query = select(Distribution).where(Distribution.site_code.in_((own.code, ""))).order_by(Distribution.id)
    lines_of: dict[int, list[DistributionLine]] = {}  # every line in one query: a posko's weeks of distributions
    for ln in session.scalars(select(DistributionLine).join(Distribution).where(query.whereclause)
                              .order_by(DistributionLine.distribution_id, DistributionLine.line_no)):
        lines_of.setdefault(ln.distribution_id, []).append(ln)
    for x in session.scalars(query):
        lines = lines_of.get(x.id, [])
        yield x.number, {
            "number": x.number, "incident": numbers[x.incident_id], "distributed_on": iso(x.distributed_on),
            "desa_code": x.desa_code, "recipient_kind": x.recipient_kind, "recipient_name": x.recipient_name,
            "nik": x.nik, "household_size": x.household_size, "package": x.package, "warning": x.warning,
            "remarks": x.remarks, "status": x.status, "created_by": x.created_by, "created_at": iso(x.created_at),
            "cancelled_by": x.cancelled_by, "cancelled_at": iso(x.cancelled_at), "cancel_reason": x.cancel_reason,
            "lines": [{"line_no": ln.line_no, "item": codes[ln.item_id], "quantity": ln.quantity} for ln in lines]}


def apply_distribution(session: Session, sender: SiteInfo, key: str, data: Data) -> None:
    what = N_("domain", "Distribusi")
    incident = _incident(session, data["incident"], what, key)
    items = _items(session, (ln["item"] for ln in data["lines"]), what, key)
    if sender.warehouse_id is None or session.get(Warehouse, sender.warehouse_id) is None:
        raise Refused(N_("errors", "Distribusi {number} dari posko {posko} tidak dapat diterapkan: posko itu tidak "
                                   "memiliki gudang di kantor."), number=key, posko=sender.code)
    values = {"site_code": sender.code, "incident_id": incident.id, "warehouse_id": sender.warehouse_id,
              "distributed_on": day(data["distributed_on"]), "desa_code": data["desa_code"],
              "recipient_kind": data["recipient_kind"], "recipient_name": data["recipient_name"], "nik": data["nik"],
              "household_size": data["household_size"], "package": data["package"], "warning": data["warning"],
              "remarks": data["remarks"], "status": data["status"],
              "created_by": person(data["created_by"], sender),
              "cancelled_by": person(data["cancelled_by"], sender), "cancelled_at": instant(data["cancelled_at"]),
              "cancel_reason": data["cancel_reason"]}
    x = session.scalar(select(Distribution).where(Distribution.number == key).with_for_update())
    if x is not None and x.site_code != sender.code:
        raise Refused(N_("errors", "Distribusi {number} dari posko {posko} tidak dapat diterapkan: nomor itu sudah "
                                   "dipakai distribusi lain di sini."), number=key, posko=sender.code)
    if x is None:
        x = Distribution(number=key, created_at=instant(data["created_at"]) or utcnow(), **values)
        session.add(x)
    else:
        for name, value in values.items():
            setattr(x, name, value)
        session.execute(delete(DistributionLine).where(DistributionLine.distribution_id == x.id))
    session.flush()
    for ln in data["lines"]:
        session.add(DistributionLine(distribution_id=x.id, line_no=ln["line_no"], item_id=items[ln["item"]],
                                     quantity=ln["quantity"]))
    session.flush()


# --- checkin (40) ---------------------------------------------------------------------------------

def collect_checkins(session: Session, receiver: SiteInfo) -> Records:
    query = (select(ExchangeRef.key, Assignment.checkin_at, Assignment.checkout_at)
             .join(Assignment, Assignment.id == ExchangeRef.local_id)
             .where(ExchangeRef.kind == "assignment", Assignment.checkin_at.is_not(None))
             .order_by(ExchangeRef.key))
    for key, checkin, checkout in session.execute(query):
        yield key, {"checkin_at": iso(checkin), "checkout_at": iso(checkout)}


def _office_assignment(session: Session, key: str) -> Assignment | None:
    """The office's assignment a key names: "<office code>:<id>" is its own row (else a remembered ref)."""
    from deployment.exchange import sites

    owner, _, local = key.rpartition(":")
    own = sites.self_row(session, create=False)
    found = int(local) if own is not None and owner == own.code and local.isdigit() else \
        refs.local_id(session, "assignment", key)
    return session.get(Assignment, found) if found is not None else None


def apply_checkin(session: Session, sender: SiteInfo, key: str, data: Data) -> None:
    a = _office_assignment(session, key)
    if a is None:
        raise Refused(N_("errors", "Check-in penugasan {key} dari posko {posko} tidak dapat diterapkan: penugasan "
                                   "itu tidak tercatat di kantor."), key=key, posko=sender.code)
    checkin, checkout = instant(data["checkin_at"]), instant(data["checkout_at"])
    if (a.checkin_at, a.checkout_at) == (checkin, checkout):
        return
    a.checkin_at, a.checkout_at = checkin, checkout
    session.flush()
    audit.record(session, _actor(sender, ""), "assignment.checkin", N_("domain", "penugasan"), a.id,
                 {"check_in": checkin, "check_out": checkout, "dari_posko": sender.code})


# --- figures (50) ---------------------------------------------------------------------------------

FIGURES = ("kk", "jiwa", "pengungsi", "meninggal", "luka", "hilang", "rumah_rusak")


def collect_figures(session: Session, receiver: SiteInfo) -> Records:
    own = _self(session)
    numbers = dict(session.execute(select(Incident.id, Incident.number)).all())
    query = (select(IncidentFigures).where(IncidentFigures.recorded_by.not_like("%@%"))
             .order_by(IncidentFigures.id))
    for f in session.scalars(query):
        yield f"{own.code}:{f.id}", {"incident": numbers[f.incident_id], "recorded_at": iso(f.recorded_at),
                                     "recorded_by": f.recorded_by, "note": f.note,
                                     **{name: getattr(f, name) for name in FIGURES}}


def apply_figures(session: Session, sender: SiteInfo, key: str, data: Data) -> None:
    if refs.local_id(session, "figures", key) is not None:
        return  # a proposal is added once; the office's own figures follow from it
    incident = _incident(session, data["incident"], N_("domain", "Usulan angka dampak"), key)
    note = f"Usulan posko {sender.code}: {data['note']}".strip().rstrip(":")
    row = IncidentFigures(incident_id=incident.id, recorded_at=instant(data["recorded_at"]) or utcnow(),
                          recorded_by=person(data["recorded_by"], sender), note=note,
                          **{name: int(data.get(name) or 0) for name in FIGURES})
    session.add(row)
    session.flush()
    refs.remember(session, "figures", key, row.id)


# --- stock (60) -----------------------------------------------------------------------------------

def collect_stock(session: Session, receiver: SiteInfo) -> Records:
    own = _self(session)
    if own.warehouse_id is None:
        return
    query = (select(Item.code, Item.name, Item.unit, StockLevel.on_hand, StockLevel.reserved)
             .join(Item, Item.id == StockLevel.item_id).where(StockLevel.warehouse_id == own.warehouse_id)
             .order_by(Item.code))
    for code, name, unit, on_hand, reserved in session.execute(query):
        yield f"{own.code}:{code}", {"item": code, "name": name, "unit": unit, "on_hand": on_hand,
                                     "reserved": reserved}


# --- prints (70) ----------------------------------------------------------------------------------

def collect_prints(session: Session, receiver: SiteInfo) -> Records:
    """Every print of a paper numbered here (its BASTs, daftar penerima...), by its verification code and copy: the
    office checks a posko's paper by what this file says was printed (the code is the posko's HMAC)."""
    frozen = dict(session.execute(select(DocumentSnapshot.document_id, DocumentSnapshot.snapshot)).all())
    rows = session.execute(select(DocumentNumber, DocumentPrint)
                           .join(DocumentPrint, DocumentPrint.document_id == DocumentNumber.id)
                           .order_by(DocumentPrint.id))
    for doc, p in rows:
        record = frozen[doc.id]["record"] if doc.id in frozen else p.content
        yield f"{p.code}:{p.copy_no}", {"number": doc.number, "doc_type": doc.doc_type, "entity_id": doc.entity_id,
                       "copy_no": p.copy_no, "status": doc.status, "printed_by": p.printed_by_name,
                       "printed_at": iso(p.printed_at), "record": record}


def find_printed(session: Session, number: str | None, code: str) -> printing.PrintedElsewhere | None:
    """At the office: the print of a posko of ours with this verification code, as its file told."""
    query = (select(ExchangeRecord.data, Site.code).join(Site, Site.id == ExchangeRecord.site_id)
             .where(ExchangeRecord.kind == "printed", ExchangeRecord.key.startswith(f"{code}:", autoescape=True),
                    Site.is_self.is_(False)))
    for data, site in sorted(session.execute(query), key=lambda row: row[0]["copy_no"]):  # the original first
        if number and data["number"] != number:
            continue
        return printing.PrintedElsewhere(
            site=site, number=data["number"], doc_type=data["doc_type"], entity_id=data["entity_id"],
            copy_no=data["copy_no"], code=code, status=data["status"], printed_by=f"{data['printed_by']}@{site}",
            printed_at=instant(data["printed_at"]) or utcnow(), record=data["record"])
    return None


printing.attach_elsewhere(find_printed)


for _kind in (
    RecordKind("request", UP, 10, N_("domain", "permintaan"), collect_requests, apply_request),
    RecordKind("handover", UP, 20, N_("domain", "serah terima"), collect_handovers, apply_handover),
    RecordKind("distribution", UP, 30, N_("domain", "distribusi"), collect_distributions, apply_distribution),
    RecordKind("checkin", UP, 40, N_("domain", "check-in relawan"), collect_checkins, apply_checkin),
    RecordKind("figures", UP, 50, N_("domain", "usulan angka dampak"), collect_figures, apply_figures),
    RecordKind("stock", UP, 60, N_("domain", "stok posko"), collect_stock, None),
    RecordKind("printed", UP, 70, N_("domain", "cetakan dokumen posko"), collect_prints, None),
):
    kinds.register(_kind)
