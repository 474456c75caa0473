"""What a kabupaten/kota sends its provinsi (direction PROVINCE): a summary, kept there read-only.

Four kinds, one record per row, every key prefixed by the district's site code (two districts never
share a key):

- ``prov_stock``: the stock position per warehouse and item (``KAB-1709:GDG:BRS``, only rows with
  something on hand or reserved) and one summary per warehouse (``KAB-1709:GDG``);
- ``prov_request``: the requests of the district's open incidents, with what was asked, approved and
  sent;
- ``prov_distribution``: per incident and desa (or kecamatan), the distributions to households (the
  office's and its poskos'), and the dispatches handed over there;
- ``prov_volunteers``: per open incident, the volunteers on duty today by role and how many are
  checked in.

A row that no longer exists at the district (stock run out, an incident closed) is sent once more as
``{"gone": true}`` in place of its data, so the provinsi stops counting it: the district knows which
keys it sent from ``exchange_sent``.  The provinsi reads the records in deployment.exchange.province.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deployment import requests as request_service
from deployment.dispatch.lifecycle import HANDED_STATES
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import sites
from deployment.exchange.kinds import PROVINCE, RecordKind, register
from deployment.exchange.models import ExchangeSent
from deployment.models import AidRequest, Assignment, Incident, assignment_counts
from deployment.reports.distribution import place_name
from inventory.models import Item, StockLevel, Warehouse
from tagana_app import clock
from tagana_app.texts import N_

GONE = {"gone": True}

Records = list[tuple[str, dict[str, Any]]]


def _with_gone(session: Session, receiver: sites.SiteInfo, kind: str, found: Records) -> Records:
    """``found`` and a ``GONE`` record for every key sent to ``receiver`` before that is no longer there."""
    keys = {key for key, _data in found}
    sent = session.scalars(select(ExchangeSent.key).where(ExchangeSent.site_id == receiver.id,
                                                          ExchangeSent.kind == kind))
    return found + [(key, dict(GONE)) for key in sorted(sent) if key not in keys]


def _open_incidents(session: Session) -> list[Incident]:
    return list(session.scalars(select(Incident).where(Incident.status != "selesai").order_by(Incident.number)))


def _items(session: Session, ids: Iterable[int]) -> dict[int, Item]:
    ids = set(ids)
    return {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(ids)))} if ids else {}


# ------------------------------------------------------------------------------------------- stock


def collect_stock(session: Session, receiver: sites.SiteInfo) -> Records:
    me = sites.self_site(session).code
    found: Records = []
    rows = session.execute(
        select(Warehouse, Item, StockLevel.on_hand, StockLevel.reserved)
        .select_from(StockLevel)
        .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .join(Item, Item.id == StockLevel.item_id)
        .where(or_(StockLevel.on_hand > 0, StockLevel.reserved > 0))
        .order_by(Warehouse.code, Item.code))
    per_warehouse: dict[str, list[str]] = defaultdict(list)
    for wh, item, on_hand, reserved in rows:
        per_warehouse[wh.code].append(item.code)
        found.append((f"{me}:{wh.code}:{item.code}", {
            "warehouse": wh.code, "warehouse_name": wh.name, "warehouse_kind": wh.kind, "item": item.code,
            "item_name": item.name, "unit": item.unit, "category": item.category or "",
            "on_hand": int(on_hand), "reserved": int(reserved)}))
    for wh in session.scalars(select(Warehouse).where(Warehouse.active.is_(True)).order_by(Warehouse.code)):
        found.append((f"{me}:{wh.code}", {
            "warehouse": wh.code, "warehouse_name": wh.name, "warehouse_kind": wh.kind,
            "region_code": wh.region_code, "items": per_warehouse.get(wh.code, [])}))
    return _with_gone(session, receiver, "prov_stock", found)


# ---------------------------------------------------------------------------------------- requests


def collect_requests(session: Session, receiver: sites.SiteInfo) -> Records:
    me = sites.self_site(session).code
    found: Records = []
    open_ids = [i.id for i in _open_incidents(session)]
    if open_ids:
        for request in session.scalars(select(AidRequest).where(AidRequest.incident_id.in_(open_ids))
                                       .order_by(AidRequest.number)):
            r = request_service.get_request(session, request.number)
            found.append((f"{me}:{r.number}", {
                "number": r.number, "incident": r.incident, "incident_name": r.incident_name,
                "requester_kind": r.requester_kind, "requester": r.requester_name, "region_code": r.region_code,
                "region_name": r.region_name, "received_on": r.received_on.isoformat(), "status": r.status,
                "open": r.is_open, "overdue": r.overdue,
                "lines": [{"item": line.key, "name": line.item_name, "unit": line.unit, "asked": line.quantity,
                           "approved": line.approved, "fulfilled": line.fulfilled} for line in r.lines],
                "people": [{"skill": p.skill, "asked": p.count, "approved": p.approved, "fulfilled": p.fulfilled}
                           for p in r.people]}))
    return _with_gone(session, receiver, "prov_request", found)


# ----------------------------------------------------------------------------------- distributions


def _empty_place(incident: Incident, code: str) -> dict[str, Any]:
    return {"incident": incident.number, "incident_name": incident.name, "region_code": code,
            "place": place_name(code), "distributions": 0, "kk": 0, "desa": 0, "lembaga": 0, "people": 0,
            "sites": [], "items": {}, "dispatches": 0, "dispatch_items": {}}


def collect_distributions(session: Session, receiver: sites.SiteInfo) -> Records:
    me = sites.self_site(session).code
    places: dict[tuple[str, str], dict[str, Any]] = {}
    incidents = {i.id: i for i in _open_incidents(session)}
    if incidents:
        def place(incident_id: int, code: str) -> dict[str, Any]:
            key = (incidents[incident_id].number, code)
            if key not in places:
                places[key] = _empty_place(incidents[incident_id], code)
            return places[key]

        item_ids: set[int] = set()
        for d in session.scalars(select(Distribution).where(Distribution.incident_id.in_(list(incidents)),
                                                            Distribution.status == "aktif")):
            p = place(d.incident_id, d.desa_code)
            p["distributions"] += 1
            p[d.recipient_kind if d.recipient_kind in ("kk", "desa", "lembaga") else "kk"] += 1
            p["people"] += d.household_size or 0
            site = d.site_code or me
            if site not in p["sites"]:
                p["sites"].append(site)
        lines = session.execute(
            select(Distribution.incident_id, Distribution.desa_code, DistributionLine.item_id,
                   func.sum(DistributionLine.quantity))
            .join(Distribution, Distribution.id == DistributionLine.distribution_id)
            .where(Distribution.incident_id.in_(list(incidents)), Distribution.status == "aktif")
            .group_by(Distribution.incident_id, Distribution.desa_code, DistributionLine.item_id)).all()
        item_ids.update(item_id for _i, _d, item_id, _q in lines)
        dispatches = session.execute(
            select(Dispatch.incident_id, Dispatch.region_code, func.count(func.distinct(Dispatch.id)))
            .where(Dispatch.incident_id.in_(list(incidents)), Dispatch.status.in_(HANDED_STATES))
            .group_by(Dispatch.incident_id, Dispatch.region_code)).all()
        for incident_id, code, count in dispatches:
            place(incident_id, code or "")["dispatches"] = int(count)
        handed = session.execute(
            select(Dispatch.incident_id, Dispatch.region_code, DispatchLine.item_id,
                   func.sum(func.coalesce(DispatchLine.received, DispatchLine.quantity) - DispatchLine.returned))
            .join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
            .where(Dispatch.incident_id.in_(list(incidents)), Dispatch.status.in_(HANDED_STATES))
            .group_by(Dispatch.incident_id, Dispatch.region_code, DispatchLine.item_id)).all()
        item_ids.update(item_id for _i, _r, item_id, _q in handed)
        items = _items(session, item_ids)

        def add(into: dict[str, Any], item_id: int, qty: int) -> None:
            item = items[item_id]
            row = into.setdefault(item.code, {"item": item.code, "name": item.name, "unit": item.unit,
                                              "quantity": 0})
            row["quantity"] += int(qty or 0)
        for incident_id, code, item_id, qty in lines:
            add(place(incident_id, code)["items"], item_id, qty)
        for incident_id, code, item_id, qty in handed:
            add(place(incident_id, code or "")["dispatch_items"], item_id, qty)
    found: Records = []
    for (incident, code), data in sorted(places.items()):
        data["sites"] = sorted(data["sites"])
        data["items"] = [data["items"][k] for k in sorted(data["items"])]
        data["dispatch_items"] = [data["dispatch_items"][k] for k in sorted(data["dispatch_items"])]
        found.append((f"{me}:{incident}:{code or '-'}", data))
    return _with_gone(session, receiver, "prov_distribution", found)


# -------------------------------------------------------------------------------------- volunteers


def collect_volunteers(session: Session, receiver: sites.SiteInfo) -> Records:
    me = sites.self_site(session).code
    today = clock.today()
    found: Records = []
    for incident in _open_incidents(session):
        roles: dict[str, dict[str, int]] = {}
        for role, checkin, checkout in session.execute(
                select(Assignment.role, Assignment.checkin_at, Assignment.checkout_at)
                .where(Assignment.incident_id == incident.id, assignment_counts(),
                       Assignment.start_date <= today, Assignment.end_date >= today)):
            row = roles.setdefault(role, {"deployed": 0, "checked_in": 0})
            row["deployed"] += 1
            row["checked_in"] += int(checkin is not None and checkout is None)
        found.append((f"{me}:{incident.number}", {
            "incident": incident.number, "incident_name": incident.name, "status": incident.status,
            "on": today.isoformat(),
            "deployed": sum(r["deployed"] for r in roles.values()),
            "checked_in": sum(r["checked_in"] for r in roles.values()),
            "roles": [{"role": role, **roles[role]} for role in sorted(roles)]}))
    return _with_gone(session, receiver, "prov_volunteers", found)


register(RecordKind("prov_stock", PROVINCE, 10, N_("domain", "posisi stok"), collect_stock, None))
register(RecordKind("prov_request", PROVINCE, 20, N_("domain", "permintaan bantuan"), collect_requests, None))
register(RecordKind("prov_distribution", PROVINCE, 30, N_("domain", "penyaluran per desa"), collect_distributions,
                    None))
register(RecordKind("prov_volunteers", PROVINCE, 40, N_("domain", "relawan bertugas"), collect_volunteers, None))
