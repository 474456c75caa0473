"""What the "Beranda posko" page shows: the posko's incident, its stock, the dispatches on their way to
it, the exchange with the office, the open issues and the volunteers on site.  A read model: plain
dataclasses, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import assignments
from deployment.dispatch import lifecycle
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.exchange import engine
from deployment.exchange.engine import PeerStatus
from deployment.exchange.sites import SiteInfo
from deployment.models import EMERGENCY_STATUSES, Incident
from inventory import queries
from inventory.models import Warehouse

ARRIVING_STATES = (lifecycle.APPROVED, lifecycle.SENT)  # on their way: not yet handed over


@dataclass(frozen=True)
class StockLine:
    item: str
    item_name: str
    on_hand: int
    unit: str


@dataclass(frozen=True)
class Arriving:
    number: str
    status_label: str
    dispatch_date: date
    lines: int
    quantity: int


@dataclass(frozen=True)
class OnSite:
    name: str
    role_label: str
    checkin_at: datetime


@dataclass(frozen=True)
class PoskoHome:
    code: str
    name: str
    incident_number: str
    incident_name: str
    incident_status: str | None
    warehouse: str  # its code ("" when the posko has no warehouse yet)
    stock: list[StockLine]
    arriving: list[Arriving]
    exchanges: list[PeerStatus]
    issues: list[engine.OpenIssue]
    on_site: list[OnSite]


def _stock(session: Session, warehouse: str) -> list[StockLine]:
    totals: dict[str, StockLine] = {}
    for row in queries.balances(session, warehouse=warehouse):  # per batch: added up per item
        old = totals.get(row.item)
        totals[row.item] = StockLine(row.item, row.item_name, (old.on_hand if old else 0) + row.quantity, row.unit)
    return sorted(totals.values(), key=lambda line: line.item_name.lower())


def _arriving(session: Session, posko: SiteInfo) -> list[Arriving]:
    totals = (select(DispatchLine.dispatch_id, func.count().label("n"), func.sum(DispatchLine.quantity).label("q"))
              .group_by(DispatchLine.dispatch_id).subquery())
    query = (select(Dispatch, totals.c.n, totals.c.q).outerjoin(totals, totals.c.dispatch_id == Dispatch.id)
             .where(Dispatch.status.in_(ARRIVING_STATES), Dispatch.site_id == posko.id)
             .order_by(Dispatch.dispatch_date, Dispatch.number))
    return [Arriving(d.number, lifecycle.STATES[d.status], d.dispatch_date, int(n or 0), int(q or 0))
            for d, n, q in session.execute(query)]


def _on_site(session: Session, incident: str) -> list[OnSite]:
    return [OnSite(a.volunteer_name, a.role_label, a.checkin_at)
            for a in assignments.list_assignments(session, incident=incident)
            if a.checkin_at is not None and a.checkout_at is None and not a.pending]


def posko_home(session: Session, posko: SiteInfo) -> PoskoHome:
    incident = session.get(Incident, posko.incident_id) if posko.incident_id is not None else None
    warehouse = session.get(Warehouse, posko.warehouse_id) if posko.warehouse_id is not None else None
    return PoskoHome(
        posko.code, posko.name, incident.number if incident else "", incident.name if incident else "",
        EMERGENCY_STATUSES.get(incident.status) if incident else None, warehouse.code if warehouse else "",
        _stock(session, warehouse.code) if warehouse else [], _arriving(session, posko),
        engine.status(session), engine.open_issues(session), _on_site(session, incident.number) if incident else [])
