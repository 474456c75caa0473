"""The office's view of one of its poskos: what the posko's files said, and what the office has of it.

Everything here is read at the office: the posko's site and its exchange of files (engine.status), the
open issues of the pair, the posko's stock as its last file reported it (records of kind "stock", kept
as they came), its distributions by village (``Distribution.site_code``), the requests it sent that are
still open, and the volunteers of its incident checked in and not yet out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import engine, sites
from deployment.exchange.models import ExchangeRecord, Site
from deployment.models import OPEN_REQUEST_STATUSES, AidRequest, Assignment, Incident, Volunteer
from inventory.models import Item
from tagana_app import regions
from tagana_app.errors import ValidationError
from tagana_app.texts import N_


@dataclass(frozen=True)
class PoskoSummary(engine.PeerStatus):
    """A posko's exchange of files (engine.status) and its incident."""

    incident: str = ""         # its number
    incident_name: str = ""


@dataclass(frozen=True)
class StockLine:
    item_code: str
    item_name: str
    unit: str
    on_hand: int
    reserved: int


@dataclass(frozen=True)
class ItemTotal:
    item_code: str
    item_name: str
    unit: str
    quantity: int


@dataclass(frozen=True)
class Village:
    desa_code: str
    desa_name: str
    recipients: int      # distributions (households, villages or groups handed to)
    people: int          # the sum of the household sizes given
    items: tuple[ItemTotal, ...]


@dataclass(frozen=True)
class OpenRequest:
    number: str
    received_on: str     # ISO date
    requester: str
    region: str
    status: str
    letter_number: str


@dataclass(frozen=True)
class OnSite:
    name: str
    role: str            # a key of deployment.models.SKILLS
    since: datetime


@dataclass(frozen=True)
class PoskoView:
    posko: PoskoSummary
    issues: list[engine.OpenIssue] = field(default_factory=list)
    stock: list[StockLine] = field(default_factory=list)
    villages: list[Village] = field(default_factory=list)
    requests: list[OpenRequest] = field(default_factory=list)
    volunteers: list[OnSite] = field(default_factory=list)


def _incidents(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    return {i.id: (i.number, i.name) for i in session.scalars(select(Incident).where(Incident.id.in_(ids)))}


def list_poskos(session: Session) -> list[PoskoSummary]:
    """The poskos this office made, by code, with their exchange of files."""
    rows = list(session.scalars(select(Site).where(Site.kind == "posko", Site.is_self.is_(False))
                                .order_by(Site.code)))
    incidents = _incidents(session, {s.incident_id for s in rows if s.incident_id is not None})
    peers = {p.code: p for p in engine.status(session)}
    result = []
    for site in rows:
        peer = peers[site.code]
        number, name = incidents.get(site.incident_id, ("", "")) if site.incident_id else ("", "")
        result.append(PoskoSummary(**{f.name: getattr(peer, f.name) for f in fields(peer)}, incident=number,
                                   incident_name=name))
    return result


def _site(session: Session, code: str) -> Site:
    site = sites.get(session, code.strip().upper())
    if site.kind != "posko" or site.is_self:
        raise ValidationError(N_("errors", "Situs {code} bukan posko kantor ini."), code=site.code)
    return site


def _stock(session: Session, site: Site) -> list[StockLine]:
    lines = []
    for row in session.scalars(select(ExchangeRecord).where(ExchangeRecord.site_id == site.id,
                                                             ExchangeRecord.kind == "stock")):
        data = row.data if isinstance(row.data, dict) else {}
        code = str(data.get("item_code") or data.get("item") or row.key.split(":", 1)[-1])
        lines.append(StockLine(code, str(data.get("name") or data.get("item_name") or code), str(data.get("unit") or ""),
                               int(data.get("on_hand") or 0), int(data.get("reserved") or 0)))
    return sorted(lines, key=lambda line: (line.item_name.lower(), line.item_code))


def _villages(session: Session, site: Site) -> list[Village]:
    rows = session.execute(select(Distribution.id, Distribution.desa_code, Distribution.household_size).where(
        Distribution.site_code == site.code, Distribution.status == "aktif")).all()
    recipients: dict[str, int] = defaultdict(int)
    people: dict[str, int] = defaultdict(int)
    desa_of: dict[int, str] = {}
    for dist_id, desa, size in rows:
        desa_of[dist_id] = desa
        recipients[desa] += 1
        people[desa] += size or 0
    totals: dict[str, dict[str, list]] = defaultdict(dict)
    if desa_of:
        for dist_id, code, name, unit, quantity in session.execute(
                select(DistributionLine.distribution_id, Item.code, Item.name, Item.unit, DistributionLine.quantity)
                .join(Item, Item.id == DistributionLine.item_id)
                .where(DistributionLine.distribution_id.in_(desa_of))):
            entry = totals[desa_of[dist_id]].setdefault(code, [name, unit, 0])
            entry[2] += quantity
    result = []
    for desa in recipients:
        items = tuple(ItemTotal(code, name, unit, quantity)
                      for code, (name, unit, quantity) in sorted(totals[desa].items(), key=lambda kv: kv[1][0].lower()))
        result.append(Village(desa, regions.name(desa), recipients[desa], people[desa], items))
    return sorted(result, key=lambda v: (v.desa_name.lower(), v.desa_code))


def _requests(session: Session, site: Site) -> list[OpenRequest]:
    code = site.code
    query = select(AidRequest).where(
        AidRequest.status.in_(OPEN_REQUEST_STATUSES),
        or_(AidRequest.number.contains(f"/{code}/"), AidRequest.number.startswith(f"{code}/"),
            AidRequest.number.startswith(f"{code}:"), AidRequest.received_by.endswith(f"@{code}")))
    return [OpenRequest(r.number, r.received_on.isoformat(), r.requester_name, regions.name(r.region_code), r.status,
                        r.letter_number)
            for r in session.scalars(query.order_by(AidRequest.received_on, AidRequest.number))]


def _on_site(session: Session, site: Site) -> list[OnSite]:
    if site.incident_id is None:
        return []
    rows = session.execute(select(Volunteer.full_name, Assignment.role, Assignment.checkin_at)
                           .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
                           .where(Assignment.incident_id == site.incident_id, Assignment.checkin_at.is_not(None),
                                  Assignment.checkout_at.is_(None), Assignment.voided_at.is_(None))
                           .order_by(Volunteer.name_lower, Assignment.id)).all()
    return [OnSite(name, role, since) for name, role, since in rows]


def posko_view(session: Session, code: str) -> PoskoView:
    """Everything the office knows of posko ``code``."""
    site = _site(session, code)
    summary = next(p for p in list_poskos(session) if p.code == site.code)
    issues = list(reversed(engine.open_issues(session, site.code)))  # oldest first
    return PoskoView(summary, issues, _stock(session, site), _villages(session, site), _requests(session, site),
                     _on_site(session, site))


def as_json(view: PoskoView) -> dict:
    """The view as plain values (``tagana posko show --json``)."""
    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None
    p = view.posko
    return {
        "code": p.code, "name": p.name, "status": p.status, "incident": p.incident, "incident_name": p.incident_name,
        "fingerprint": p.fingerprint, "last_in": p.last_in, "last_in_at": when(p.last_in_at), "last_out": p.last_out,
        "last_out_at": when(p.last_out_at), "acked": p.acked, "held": p.held,
        "issues": [{"side": i.side, "kind": i.kind, "key": i.key, "message": i.message, "pending": i.pending}
                   for i in view.issues],
        "stock": [{"item": s.item_code, "name": s.item_name, "unit": s.unit, "on_hand": s.on_hand,
                   "reserved": s.reserved} for s in view.stock],
        "villages": [{"desa": v.desa_code, "name": v.desa_name, "recipients": v.recipients, "people": v.people,
                      "items": [{"item": i.item_code, "name": i.item_name, "unit": i.unit, "quantity": i.quantity}
                                for i in v.items]} for v in view.villages],
        "requests": [{"number": r.number, "received_on": r.received_on, "requester": r.requester, "region": r.region,
                      "status": r.status, "letter": r.letter_number} for r in view.requests],
        "volunteers": [{"name": v.name, "role": v.role, "since": when(v.since)} for v in view.volunteers],
    }
