"""The provinsi's view of its districts, read from the records their exchange files brought.

A provinsi pairs with each kabupaten/kota by cards (deployment.exchange.pairing) and imports their
files; the records (deployment.exchange.kinds_province) are only kept, in ``exchange_record``.  This
module reads them per district, side by side: when the last file came, the stock per item, the open
requests, the distributions (KK and jiwa) and the volunteers on duty.  A record sent as gone (the
row no longer exists at the district) is not counted.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment.exchange.models import ExchangeFile, ExchangeRecord, Site
from deployment.exchange.sites import OFFICE_KINDS, SITE_STATUSES, fingerprint
from deployment.models import OPEN_REQUEST_STATUSES
from tagana_app.texts import N_


@dataclass
class ItemStock:
    item: str
    name: str
    unit: str
    on_hand: int = 0
    reserved: int = 0


@dataclass(frozen=True)
class RequestView:
    number: str
    incident: str
    requester: str
    region_name: str
    received_on: str
    status: str
    overdue: bool
    lines: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class PlaceView:
    incident: str
    region_code: str
    place: str
    distributions: int
    households: int
    people: int
    dispatches: int
    items: str           # "Beras 40 kg, Selimut 10 lembar": what was handed out there


@dataclass
class DistrictView:
    code: str
    name: str
    kind: str
    status: str
    fingerprint: str
    last_seq: int = 0
    received_at: datetime | None = None   # when its last file was imported here
    made_at: datetime | None = None       # when the district made that file: the figures are as of then
    warehouses: int = 0
    stock: dict[str, ItemStock] = field(default_factory=dict)
    requests: list[RequestView] = field(default_factory=list)   # of open incidents, open or not
    incidents: set[str] = field(default_factory=set)            # open incidents the records name
    distributions: int = 0
    households: int = 0      # KK
    people: int = 0          # jiwa
    places: int = 0          # desa/kecamatan with distributions
    dispatches: int = 0      # handed over
    deployed: int = 0
    checked_in: int = 0
    by_place: list[PlaceView] = field(default_factory=list)   # distributions per incident and desa

    @property
    def open_requests(self) -> list[RequestView]:
        return [r for r in self.requests if r.status in OPEN_REQUEST_STATUSES]

    @property
    def overdue_requests(self) -> int:
        return sum(1 for r in self.open_requests if r.overdue)


def _records(session: Session, site_id: int) -> list[ExchangeRecord]:
    return list(session.scalars(select(ExchangeRecord).where(ExchangeRecord.site_id == site_id,
                                                             ExchangeRecord.kind.like("prov_%"))
                                .order_by(ExchangeRecord.kind, ExchangeRecord.key)))


def _read(view: DistrictView, kind: str, data: dict[str, Any]) -> None:
    if kind == "prov_stock":
        if "item" not in data:
            view.warehouses += 1
            return
        stock = view.stock.setdefault(data["item"], ItemStock(data["item"], data.get("item_name", ""),
                                                              data.get("unit", "")))
        stock.on_hand += int(data.get("on_hand") or 0)
        stock.reserved += int(data.get("reserved") or 0)
    elif kind == "prov_request":
        view.incidents.add(data.get("incident", ""))
        view.requests.append(RequestView(data.get("number", ""), data.get("incident", ""), data.get("requester", ""),
                                         data.get("region_name", ""), data.get("received_on", ""),
                                         data.get("status", ""), bool(data.get("overdue")),
                                         tuple(data.get("lines") or ())))
    elif kind == "prov_distribution":
        view.incidents.add(data.get("incident", ""))
        view.distributions += int(data.get("distributions") or 0)
        view.households += int(data.get("kk") or 0)
        view.people += int(data.get("people") or 0)
        view.places += int(bool(data.get("distributions")))
        view.dispatches += int(data.get("dispatches") or 0)
        items = data.get("items") or []
        view.by_place.append(PlaceView(
            data.get("incident", ""), data.get("region_code", ""), data.get("place", ""),
            int(data.get("distributions") or 0), int(data.get("kk") or 0), int(data.get("people") or 0),
            int(data.get("dispatches") or 0),
            ", ".join(f"{i.get('name', '')} {i.get('quantity', 0)} {i.get('unit', '')}".strip() for i in items)))
    elif kind == "prov_volunteers":
        view.incidents.add(data.get("incident", ""))
        view.deployed += int(data.get("deployed") or 0)
        view.checked_in += int(data.get("checked_in") or 0)


def districts(session: Session) -> list[DistrictView]:
    """Every kabupaten/kota paired with this site, with what its files brought, by code."""
    views = []
    for site in session.scalars(select(Site).where(Site.is_self.is_(False), Site.kind.in_(OFFICE_KINDS))
                                .order_by(Site.code)):
        view = DistrictView(site.code, site.name, site.kind, site.status,
                            fingerprint(site.public_key) if site.public_key else "", site.in_applied)
        last = session.scalar(select(ExchangeFile).where(
            ExchangeFile.site_id == site.id, ExchangeFile.direction == "masuk",
            ExchangeFile.status == "diterapkan").order_by(ExchangeFile.seq.desc()).limit(1))
        if last is not None:
            view.received_at, view.made_at = last.done_at, last.made_at
        for row in _records(session, site.id):
            if row.status == "diterapkan" and isinstance(row.data, dict) and not row.data.get("gone"):
                _read(view, row.kind, row.data)
        view.incidents.discard("")
        view.requests.sort(key=lambda r: (r.received_on, r.number), reverse=True)
        views.append(view)
    return views


# What the window and `tagana province summary` show per district, one row each: (key, label).
FIGURES = (
    ("status", N_("domain", "Status pasangan")),
    ("last_seq", N_("domain", "Berkas terakhir (nomor)")),
    ("made_at", N_("domain", "Keadaan per")),
    ("received_at", N_("domain", "Diterima di sini")),
    ("incidents", N_("domain", "Kejadian terbuka")),
    ("warehouses", N_("domain", "Gudang")),
    ("items", N_("domain", "Jenis barang ada stok")),
    ("open_requests", N_("domain", "Permintaan terbuka")),
    ("overdue_requests", N_("domain", "Permintaan lewat batas layanan")),
    ("distributions", N_("domain", "Penyaluran")),
    ("households", N_("domain", "Penerima KK")),
    ("people", N_("domain", "Jiwa")),
    ("places", N_("domain", "Desa/kecamatan dilayani")),
    ("dispatches", N_("domain", "Pengiriman diserahterimakan")),
    ("deployed", N_("domain", "Relawan bertugas hari ini")),
    ("checked_in", N_("domain", "Relawan hadir (check-in)")),
)


def figure(view: DistrictView, key: str) -> Any:
    """One figure of a district (dates as datetimes, counts as ints); None before its first file."""
    if not view.last_seq and key not in ("status", "last_seq"):
        return None
    if key == "status":
        return SITE_STATUSES.get(view.status, view.status)
    if key == "incidents":
        return len(view.incidents)
    if key == "items":
        return sum(1 for s in view.stock.values() if s.on_hand > 0)
    if key == "open_requests":
        return len(view.open_requests)
    return getattr(view, key)


def stock_rows(views: list[DistrictView]) -> list[tuple[str, str, str, list[int | None]]]:
    """(item code, name, unit, on hand per district: None where it has none) for every item any has."""
    names: dict[str, tuple[str, str]] = {}
    for view in views:
        for code, stock in view.stock.items():
            names.setdefault(code, (stock.name, stock.unit))
    return [(code, name, unit, [view.stock[code].on_hand if code in view.stock else None for view in views])
            for code, (name, unit) in sorted(names.items())]


def summary(views: list[DistrictView]) -> dict[str, Any]:
    """The plain form (``tagana province summary --json``)."""
    return {"districts": [
        {"code": v.code, "name": v.name, "kind": v.kind, "status": v.status, "fingerprint": v.fingerprint,
         **{key: figure(v, key) for key, _label in FIGURES},
         "stock": [{"item": s.item, "name": s.name, "unit": s.unit, "on_hand": s.on_hand, "reserved": s.reserved}
                   for s in sorted(v.stock.values(), key=lambda s: s.item)],
         "places": [dataclasses.asdict(p) for p in v.by_place],
         "requests": [{"number": r.number, "incident": r.incident, "requester": r.requester, "status": r.status,
                       "received_on": r.received_on, "overdue": r.overdue, "lines": list(r.lines)}
                      for r in v.open_requests]}
        for v in views]}
