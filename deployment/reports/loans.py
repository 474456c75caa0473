"""Peralatan dipinjam: every equipment unit out on loan, where, since when, and whether overdue.

Two ways equipment leaves on loan:
- serial-numbered units (``equipment_unit.status = 'dipinjam'``), sent with a dispatch (the unit
  keeps the dispatch id) or issued to a named recipient (``loan_ref``); "since" is the day of the
  unit's last movement out;
- equipment without serial numbers sent with a dispatch and not (fully) returned (the dispatch
  line's quantity minus its returns).
A loan is overdue once its incident's emergency is over (status ``selesai``), as on the dispatch
page; a pinjam pakai outside incidents (``inventory.loans``) once its due date has passed.  An issue to
a named recipient without a loan has no due date, so it is never marked overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch.lifecycle import SENT_STATES
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.models import EMERGENCY_STATUSES, Incident
from deployment.reports.distribution import place_name
from deployment.reports.model import Col, Report, ReportFilter, Table, local_date, made_now, region_matches
from inventory import loans as inventory_loans
from inventory.catalog import get_warehouse
from inventory.models import ON_LOAN, EquipmentUnit, Item, StockMovement, Warehouse
from tagana_app import clock
from tagana_app.progress import Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTERS = ("period", "warehouse", "incident", "region")


@dataclass(frozen=True)
class LoanRow:
    item: str
    item_name: str
    serial: str
    quantity: int
    unit: str
    condition: str
    warehouse: str
    dispatch: str
    incident: str
    incident_name: str
    incident_status: str
    place: str
    region_code: str
    since: date | None
    days_out: int | None
    overdue: bool


@dataclass(frozen=True)
class LoanItemTotal:
    item: str
    item_name: str
    unit: str
    quantity: int
    overdue: int


@dataclass(frozen=True)
class Loans(Report):
    today: date
    rows: tuple[LoanRow, ...]
    totals: tuple[LoanItemTotal, ...]

    landscape = True

    @property
    def units_out(self) -> int:
        return sum(r.quantity for r in self.rows)

    @property
    def units_overdue(self) -> int:
        return sum(r.quantity for r in self.rows if r.overdue)

    def tables(self) -> list[Table]:
        main = Table(
            "dipinjam", N_("domain", "Peralatan di luar gudang"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("item_name", N_("domain", "Uraian barang"), 2.0),
             Col("serial", N_("domain", "Nomor seri"), 1.2), Col("quantity", N_("domain", "Jumlah"), 0.7, "int"),
             Col("unit", N_("domain", "Satuan"), 0.6), Col("warehouse", N_("domain", "Dari gudang"), 0.9),
             Col("dispatch", N_("domain", "Pengiriman"), 1.5), Col("incident", N_("domain", "Kejadian"), 1.1),
             Col("place", N_("domain", "Lokasi"), 2.2), Col("since", N_("domain", "Sejak"), 0.85, "date"),
             Col("days_out", N_("domain", "Hari"), 0.55, "int"), Col("status", N_("domain", "Keterangan"), 1.5)),
            tuple((i, r.item_name, r.serial, r.quantity, r.unit, r.warehouse, r.dispatch, r.incident, r.place, r.since,
                   r.days_out, Text(N_("domain", "TERLAMBAT: {status}"), DOMAIN, status=r.incident_status)
                   if r.overdue else r.incident_status)
                  for i, r in enumerate(self.rows, 1)),
            ((N_("domain", "Jumlah"), "", "", self.units_out, "", "", "", "", "", "", "",
              Text(N_("domain", "terlambat {count}"), DOMAIN, count=self.units_overdue)),),
            label_span=3)
        per_item = Table(
            "per_barang", N_("domain", "Jumlah per barang"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("item", N_("domain", "Kode"), 0.9),
             Col("item_name", N_("domain", "Uraian barang"), 3.0),
             Col("quantity", N_("domain", "Dipinjam"), 0.9, "int"),
             Col("overdue", N_("domain", "Terlambat"), 0.9, "int"), Col("unit", N_("domain", "Satuan"), 0.8)),
            tuple((i, t.item, t.item_name, t.quantity, t.overdue, t.unit) for i, t in enumerate(self.totals, 1)),
            ((N_("domain", "Jumlah"), "", "", self.units_out, self.units_overdue, ""),), label_span=3)
        return [main, per_item]

    def notes(self) -> list[str]:
        return [Text(N_("domain", "Keadaan per {day}. Terlambat: kejadiannya sudah berstatus selesai tetapi "
                        "peralatan belum kembali ke gudang, atau pinjam pakai di luar kejadian melewati tanggal "
                        "wajib kembali. Pengeluaran kepada penerima tanpa pengiriman atau pinjam pakai tidak "
                        "ditandai terlambat."), DOMAIN, day=f"{self.today:%d-%m-%Y}")]


def build(session: Session, flt: ReportFilter, progress: Progress, *, today: date | None = None) -> Loans:
    today = today or clock.today()
    progress.update(0, 3, N_("domain", "Memeriksa filter"))
    warehouse_id = get_warehouse(session, flt.warehouse).id if flt.warehouse else None
    incident_id = incident_service.find(session, flt.incident).id if flt.incident else None
    region = flt.region_code
    rows: list[LoanRow] = []

    def keep(wh_id: int | None, inc_id: int | None, code: str, since: date | None) -> bool:
        if warehouse_id is not None and wh_id != warehouse_id:
            return False
        if incident_id is not None and inc_id != incident_id:
            return False
        if region and not region_matches(code, region):
            return False
        if flt.start and (since is None or since < flt.start):
            return False
        return not (flt.end and (since is None or since > flt.end))

    progress.update(1, 3, N_("domain", "Membaca unit peralatan bernomor seri"))
    last_out = (select(StockMovement.equipment_unit_id.label("unit_id"), func.max(StockMovement.id).label("mid"))
                .where(StockMovement.equipment_unit_id.is_not(None), StockMovement.qty_out > 0)
                .group_by(StockMovement.equipment_unit_id).subquery())
    units = (select(EquipmentUnit, Item.code, Item.name, Item.unit, StockMovement.at, StockMovement.warehouse_id,
                    Warehouse.code, Dispatch, Incident)
             .join(Item, Item.id == EquipmentUnit.item_id)
             .outerjoin(last_out, last_out.c.unit_id == EquipmentUnit.id)
             .outerjoin(StockMovement, StockMovement.id == last_out.c.mid)
             .outerjoin(Warehouse, Warehouse.id == StockMovement.warehouse_id)
             .outerjoin(Dispatch, Dispatch.id == EquipmentUnit.dispatch_id)
             .outerjoin(Incident, Incident.id == Dispatch.incident_id)
             .where(EquipmentUnit.status == ON_LOAN)
             .order_by(Item.name, EquipmentUnit.serial))
    lent = {loan.number: loan for loan in inventory_loans.list_loans(session, open_only=True, today=today)}
    for unit, code, name, unit_name, at, wh_id, wh_code, d, inc in session.execute(units):
        loan = lent.get(unit.loan_ref) if d is None else None  # pinjam pakai outside incidents
        since = (d.sent_on if d is not None and d.sent_on else None) or (loan.lent_on if loan else local_date(at))
        region_code = d.region_code if d is not None else ""
        if not keep(d.warehouse_id if d is not None else wh_id, inc.id if inc is not None else None, region_code, since):
            continue
        place = (f"{d.destination}, {place_name(region_code)}".strip(", ") if d is not None
                 else inventory_loans.counterparty(loan) if loan else unit.loan_ref)
        if inc is not None:
            status = EMERGENCY_STATUSES.get(inc.status, inc.status)
        elif loan is not None:
            status = Text(N_("domain", "pinjam pakai, kembali {due}"), DOMAIN, due=f"{loan.due_on:%d-%m-%Y}")
        else:
            status = N_("domain", "tanpa kejadian")
        rows.append(LoanRow(code, name, unit.serial, 1, unit_name, unit.condition, wh_code or "",
                            d.number if d is not None else loan.number if loan else "",
                            inc.number if inc is not None else "", inc.name if inc is not None else "",
                            status, place, region_code, since, (today - since).days if since else None,
                            (inc is not None and inc.status == "selesai") or (loan is not None and loan.overdue)))
    progress.update(2, 3, N_("domain", "Membaca peralatan tanpa nomor seri pada pengiriman"))
    lines = (select(DispatchLine, Dispatch, Item, Incident, Warehouse.code)
             .join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
             .join(Item, Item.id == DispatchLine.item_id)
             .join(Incident, Incident.id == Dispatch.incident_id)
             .join(Warehouse, Warehouse.id == Dispatch.warehouse_id)
             .where(Dispatch.status.in_(SENT_STATES), Item.kind == "equipment", Item.serialized.is_(False),
                    DispatchLine.returned < DispatchLine.quantity)
             .order_by(Item.name, Dispatch.sent_on, Dispatch.number))
    for line, d, item, inc, wh_code in session.execute(lines):
        if not keep(d.warehouse_id, inc.id, d.region_code, d.sent_on):
            continue
        rows.append(LoanRow(item.code, item.name, "", line.quantity - line.returned, item.unit, "", wh_code, d.number,
                            inc.number, inc.name, EMERGENCY_STATUSES.get(inc.status, inc.status),
                            f"{d.destination}, {place_name(d.region_code)}".strip(", "), d.region_code, d.sent_on,
                            (today - d.sent_on).days if d.sent_on else None, inc.status == "selesai"))
    rows.sort(key=lambda r: (not r.overdue, r.item_name, r.since or date.max, r.serial))
    totals: dict[str, list] = {}
    for r in rows:
        entry = totals.setdefault(r.item, [r.item_name, r.unit, 0, 0])
        entry[2] += r.quantity
        entry[3] += r.quantity if r.overdue else 0
    progress.update(3, 3, N_("domain", "Selesai."))
    return Loans("loans", N_("domain", "LAPORAN PERALATAN YANG DIPINJAMKAN"), flt.describe(FILTERS), made_now(), today,
                 tuple(rows),
                 tuple(LoanItemTotal(code, name, unit, qty, late) for code, (name, unit, qty, late)
                       in sorted(totals.items(), key=lambda kv: (kv[1][0], kv[0]))))
