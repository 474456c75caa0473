"""The figures and chart series of the dashboard ("Dasbor"), read in one go, no Qt.

Each figure says which section of the window lists what it counts (``link``: "section" or
"section:hint"), so the window can open that list when the figure is clicked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import requests
from deployment.dispatch import lifecycle
from deployment.dispatch.lifecycle import SENT_STATES
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.models import Assignment, Incident, Volunteer, VolunteerSkill, assignment_counts
from deployment.reports import loans
from deployment.reports.model import ReportFilter
from inventory import loans as inventory_loans
from inventory.models import Batch, Item, StockBalance, StockLevel, Warehouse
from tagana_app import clock, settings
from tagana_app.indonesian import quantity
from tagana_app.progress import NullProgress
from tagana_app.quantities import balance_sum
from tagana_app.texts import DOMAIN, N_, Text

DUTY_DAYS = 30
UNCATEGORISED = N_("domain", "Lainnya")


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int
    detail: str
    link: str  # "section" or "section:hint" (e.g. "stock:below_min", "reports:loans")
    alarming: bool  # shown in the warning colour when the value is not zero


# Quantities are only ever added up within one unit (10 kg of rice and 10 paket are not 20 of
# anything): the charts show one bar per unit, side by side.
PerUnit = tuple[tuple[str, int], ...]  # (unit, quantity), in the order of the dashboard's ``units``


@dataclass(frozen=True)
class WarehouseStock:
    warehouse: str
    warehouse_name: str
    by_unit: PerUnit


@dataclass(frozen=True)
class IncidentSent:
    incident: str
    incident_name: str
    by_unit: PerUnit
    dispatches: int


@dataclass(frozen=True)
class OverdueLoan:
    number: str
    borrower: str
    items: str
    due: date
    days_late: int
    units_out: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    figures: tuple[Figure, ...]
    units: tuple[str, ...]  # every unit of the stock chart
    stock: tuple[WarehouseStock, ...]
    sent: tuple[IncidentSent, ...]
    on_duty: tuple[tuple[date, int], ...]  # the last DUTY_DAYS days, oldest first
    overdue_loans: tuple[OverdueLoan, ...] = ()  # pinjam pakai outside incidents past their due date, latest due first

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


def _count(session: Session, query) -> int:  # noqa: ANN001
    return int(session.scalar(query) or 0)


def load_dashboard(session: Session, today: date | None = None) -> Dashboard:
    today = today or clock.today()
    alert_days = settings.get_office(session, settings.EXPIRY_ALERT_DAYS)
    soon = today + timedelta(days=alert_days)
    active = _count(session, select(func.count()).select_from(Incident).where(Incident.status != "selesai"))
    on_duty_today = _count(session, select(func.count(func.distinct(Assignment.volunteer_id)))
                           .where(Assignment.start_date <= today, Assignment.end_date >= today, assignment_counts()))
    waiting = _count(session, select(func.count()).select_from(Dispatch).where(Dispatch.status == lifecycle.DRAFT))
    below = _count(session, select(func.count()).select_from(StockLevel)
                   .where(StockLevel.on_hand < StockLevel.minimum))
    dated = (select(func.count()).select_from(StockBalance).join(Batch, Batch.id == StockBalance.batch_id)
             .where(StockBalance.quantity > 0))
    expiring = _count(session, dated.where(Batch.expiry >= today, Batch.expiry <= soon))
    expired = _count(session, dated.where(Batch.expiry < today))
    expired_qty = session.execute(select(Item.unit, balance_sum(StockBalance.quantity))
                                  .join(Batch, Batch.id == StockBalance.batch_id).join(Item, Item.id == Batch.item_id)
                                  .where(StockBalance.quantity > 0, Batch.expiry < today)
                                  .group_by(Item.unit).order_by(Item.unit)).all()
    out = loans.build(session, ReportFilter(), NullProgress(), today=today)
    certificate_days = settings.get_office(session, settings.CERTIFICATE_ALERT_DAYS)
    certificates = _count(session, select(func.count()).select_from(VolunteerSkill)
                          .join(Volunteer, Volunteer.id == VolunteerSkill.volunteer_id)
                          .where(Volunteer.status == "aktif", VolunteerSkill.certificate_expiry >= today,
                                 VolunteerSkill.certificate_expiry <= today + timedelta(days=certificate_days)))
    figures = (
        Figure("incidents", N_("domain", "Kejadian aktif"), active,
               N_("domain", "siaga, tanggap darurat atau transisi"), "incidents", False),
        Figure("on_duty", N_("domain", "Relawan bertugas hari ini"), on_duty_today, N_("domain", "menurut penugasan"),
               "volunteers:on_duty", False),
        Figure("waiting", N_("domain", "Menunggu persetujuan"), waiting, N_("domain", "pengiriman berstatus konsep"),
               "dispatches:draft", True),
        Figure("below_min", N_("domain", "Barang di bawah minimum"), below, N_("domain", "per gudang"),
               "stock:below_min", True),
        Figure("expiring", N_("domain", "Batch segera kedaluwarsa"), expiring,
               Text(N_("domain", "dalam {days} hari"), DOMAIN, days=alert_days), "stock:expiring", True),
        Figure("expired", N_("domain", "Stok kedaluwarsa di gudang"), expired,
               Text(N_("domain", "jumlah: {quantities}"), DOMAIN,
                    quantities=", ".join(f"{quantity(int(q))} {unit}" for unit, q in expired_qty) or "0"),
               "stock:expired", True),
        Figure("overdue", N_("domain", "Peralatan terlambat kembali"), out.units_overdue,
               Text(N_("domain", "dari {count} unit yang dipinjam"), DOMAIN, count=out.units_out), "reports:loans",
               True),
        Figure("certificates", N_("domain", "Sertifikat segera habis"), certificates,
               Text(N_("domain", "dalam {days} hari"), DOMAIN, days=certificate_days), "volunteers:certificates",
               True),
        Figure("requests_overdue", N_("domain", "Permintaan terlambat"), requests.count_overdue(session, today),
               Text(N_("domain", "melewati standar {days} hari kerja"), DOMAIN,
                    days=requests.service_days(session)), "reports:requests", True),
    )
    late = tuple(OverdueLoan(x.number, inventory_loans.counterparty(x), x.items, x.due_on, x.days_late, x.units_out)
                 for x in inventory_loans.list_loans(session, overdue=True, today=today))
    return Dashboard(today, figures, *_stock(session), _sent(session), _on_duty(session, today), late)


def _stock(session: Session) -> tuple[tuple[str, ...], tuple[WarehouseStock, ...]]:
    rows = session.execute(select(Warehouse.code, Warehouse.name, Item.unit, balance_sum(StockLevel.on_hand))
                           .join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
                           .join(Item, Item.id == StockLevel.item_id)
                           .where(StockLevel.on_hand > 0, Warehouse.active.is_(True))
                           .group_by(Warehouse.code, Warehouse.name, Item.unit)
                           .order_by(Warehouse.code, Item.unit))
    per: dict[str, tuple[str, dict[str, int]]] = {}
    units: set[str] = set()
    for code, name, unit, qty in rows:
        units.add(unit)
        per.setdefault(code, (name, {}))[1][unit] = int(qty)
    order = tuple(sorted(units))
    return order, tuple(WarehouseStock(code, name, tuple((u, values[u]) for u in order if u in values))
                        for code, (name, values) in per.items())


def _sent(session: Session, limit: int = 8) -> tuple[IncidentSent, ...]:
    """What went out to the latest ``limit`` incidents, per unit."""
    latest = session.execute(select(Incident.id, Incident.number, Incident.name, func.count(func.distinct(Dispatch.id)))
                             .join(Dispatch, Dispatch.incident_id == Incident.id)
                             .where(Dispatch.status.in_(SENT_STATES))
                             .group_by(Incident.id, Incident.number, Incident.name, Incident.started_at)
                             .order_by(Incident.started_at.desc()).limit(limit)).all()
    if not latest:
        return ()
    per: dict[int, dict[str, int]] = {}
    for incident_id, unit, qty in session.execute(
            select(Dispatch.incident_id, Item.unit, func.sum(DispatchLine.quantity))
            .join(DispatchLine, DispatchLine.dispatch_id == Dispatch.id).join(Item, Item.id == DispatchLine.item_id)
            .where(Dispatch.status.in_(SENT_STATES), Dispatch.incident_id.in_([row[0] for row in latest]))
            .group_by(Dispatch.incident_id, Item.unit).order_by(Item.unit)):
        per.setdefault(incident_id, {})[unit] = int(qty or 0)
    return tuple(reversed([IncidentSent(number, name, tuple(per.get(iid, {}).items()), int(n))
                           for iid, number, name, n in latest]))


def _on_duty(session: Session, today: date) -> tuple[tuple[date, int], ...]:
    first = today - timedelta(days=DUTY_DAYS - 1)
    counts = [0] * DUTY_DAYS
    seen: set[tuple[int, int]] = set()
    for volunteer, start, end in session.execute(
            select(Assignment.volunteer_id, Assignment.start_date, Assignment.end_date)
            .where(Assignment.start_date <= today, Assignment.end_date >= first, assignment_counts())):
        for n in range((max(start, first) - first).days, (min(end, today) - first).days + 1):
            if (volunteer, n) not in seen:  # a volunteer counts once a day
                seen.add((volunteer, n))
                counts[n] += 1
    return tuple((first + timedelta(days=n), counts[n]) for n in range(DUTY_DAYS))
