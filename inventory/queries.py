"""Reading the stock: the overview table (paged in SQL), balances per batch, alerts, stock card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from inventory.catalog import get_item, get_warehouse
from inventory.ledger import KIND_LABELS
from inventory.models import (
    Batch,
    EquipmentUnit,
    Item,
    StockBalance,
    StockDocument,
    StockLevel,
    StockMovement,
    Warehouse,
)
from tagana_app import clock, doc_kinds, settings
from tagana_app.texts import N_, Text

ALERT_LABELS = {
    "expired": N_("domain", "Kedaluwarsa"),
    "expiring": N_("domain", "Segera kedaluwarsa"),
    "below_min": N_("domain", "Di bawah minimum"),
    "": "",
}
ALERT_FILTERS = ("any", "below_min", "expiring", "expired")


@dataclass(frozen=True)
class StockFilter:
    text: str = ""
    warehouse: str | None = None  # warehouse code
    item: str | None = None  # item code
    category: str | None = None
    alert: str | None = None  # one of ALERT_FILTERS
    today: date | None = None
    alert_days: int | None = None  # default: the office setting stock.expiry_alert_days


@dataclass(frozen=True)
class StockRow:
    warehouse_id: int
    warehouse: str
    warehouse_name: str
    item_id: int
    item: str
    item_name: str
    category: str
    unit: str
    on_hand: int
    reserved: int
    minimum: int
    nearest_expiry: date | None
    alert: str

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def alert_label(self) -> str:
        return ALERT_LABELS.get(self.alert, self.alert)


SORT_KEYS = ("item", "code", "category", "warehouse", "on_hand", "minimum", "expiry", "alert")


def _dates(session: Session, flt: StockFilter) -> tuple[date, date]:
    today = flt.today or clock.today()
    days = flt.alert_days if flt.alert_days is not None else settings.get_office(session, settings.EXPIRY_ALERT_DAYS)
    return today, today + timedelta(days=days)


def _alert_expr(today: date, soon: date):  # noqa: ANN202
    return case((StockLevel.nearest_expiry < today, literal("expired")),
                (StockLevel.nearest_expiry <= soon, literal("expiring")),
                (StockLevel.on_hand < StockLevel.minimum, literal("below_min")),
                else_=literal(""))


def _alert_rank(today: date, soon: date):  # noqa: ANN202
    return case((StockLevel.nearest_expiry < today, 3), (StockLevel.nearest_expiry <= soon, 2),
                (StockLevel.on_hand < StockLevel.minimum, 1), else_=0)


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(query: Select, flt: StockFilter, today: date, soon: date) -> Select:
    if flt.text and flt.text.strip():
        pattern = _like(flt.text.strip())
        query = query.where(or_(func.lower(Item.name).like(pattern, escape="\\"),
                                func.lower(Item.code).like(pattern, escape="\\"),
                                func.lower(Warehouse.name).like(pattern, escape="\\")))
    if flt.warehouse:
        query = query.where(Warehouse.code == flt.warehouse.strip().upper())
    if flt.item:
        query = query.where(Item.code == flt.item.strip().upper())
    if flt.category:
        query = query.where(Item.category == flt.category)
    if flt.alert == "below_min":
        query = query.where(StockLevel.on_hand < StockLevel.minimum)
    elif flt.alert == "expiring":
        query = query.where(StockLevel.nearest_expiry >= today, StockLevel.nearest_expiry <= soon)
    elif flt.alert == "expired":
        query = query.where(StockLevel.nearest_expiry < today)
    elif flt.alert == "any":
        query = query.where(or_(StockLevel.on_hand < StockLevel.minimum, StockLevel.nearest_expiry <= soon))
    return query


def _joined(query: Select) -> Select:
    return (query.select_from(StockLevel)
            .join(Item, Item.id == StockLevel.item_id)
            .join(Warehouse, Warehouse.id == StockLevel.warehouse_id))


def stock_overview(session: Session, flt: StockFilter | None = None, sort: str = "item", limit: int = 100,
                   offset: int = 0) -> list[StockRow]:
    """One row per warehouse and item: on hand, unit, minimum, nearest expiry, alert.

    Filtering, sorting and paging happen in SQL; ``sort`` is one of SORT_KEYS, "-" in front for
    descending.  The UI table pages through it with ``limit``/``offset``.
    """
    flt = flt or StockFilter()
    today, soon = _dates(session, flt)
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    columns = {
        "item": Item.name, "code": Item.code, "category": Item.category, "warehouse": Warehouse.code,
        "on_hand": StockLevel.on_hand, "minimum": StockLevel.minimum, "expiry": StockLevel.nearest_expiry,
        "alert": _alert_rank(today, soon),
    }
    if key not in columns:
        raise ValueError(f"unknown sort key {sort!r}")
    primary = columns[key].desc() if descending else columns[key].asc()
    order = [primary]
    if key == "expiry":
        order = [StockLevel.nearest_expiry.is_(None), primary]
    # Ties broken by a unique key so that pages never overlap or skip rows.
    order += [Item.name, Item.id, Warehouse.code] if key != "item" else [Item.id, Warehouse.code]
    query = _joined(select(StockLevel.warehouse_id, Warehouse.code, Warehouse.name, StockLevel.item_id, Item.code,
                           Item.name, Item.category, Item.unit, StockLevel.on_hand, StockLevel.reserved,
                           StockLevel.minimum, StockLevel.nearest_expiry, _alert_expr(today, soon)))
    query = _filtered(query, flt, today, soon).order_by(*order).limit(limit).offset(offset)
    return [StockRow(*row) for row in session.execute(query)]


def count_overview(session: Session, flt: StockFilter | None = None) -> int:
    flt = flt or StockFilter()
    today, soon = _dates(session, flt)
    query = _filtered(_joined(select(func.count())), flt, today, soon)
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class BalanceRow:
    warehouse: str
    warehouse_name: str
    item: str
    item_name: str
    category: str
    batch: str
    expiry: date | None
    quantity: int
    reserved: int
    unit: str


def balances(session: Session, *, warehouse: str | None = None, item: str | None = None,
             include_zero: bool = False) -> list[BalanceRow]:
    """Balances per warehouse, item and batch."""
    query = (select(Warehouse.code, Warehouse.name, Item.code, Item.name, Item.category, Batch.code, Batch.expiry,
                    StockBalance.quantity, StockBalance.reserved, Item.unit)
             .select_from(StockBalance)
             .join(Warehouse, Warehouse.id == StockBalance.warehouse_id)
             .join(Item, Item.id == StockBalance.item_id)
             .join(Batch, Batch.id == StockBalance.batch_id)
             .order_by(Warehouse.code, Item.code, Batch.expiry.is_(None), Batch.expiry, Batch.code))
    if warehouse:
        query = query.where(Warehouse.id == get_warehouse(session, warehouse).id)
    if item:
        query = query.where(Item.id == get_item(session, item).id)
    if not include_zero:
        query = query.where(StockBalance.quantity > 0)
    return [BalanceRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class Alert:
    kind: str  # below_min / expiring / expired
    warehouse: str
    warehouse_name: str
    item: str
    item_name: str
    batch: str
    expiry: date | None
    quantity: int
    minimum: int
    unit: str

    @property
    def label(self) -> str:
        return ALERT_LABELS[self.kind]


def alerts(session: Session, *, today: date | None = None, alert_days: int | None = None,
           warehouse: str | None = None) -> list[Alert]:
    """Below minimum (per warehouse and item), expiring within N days and expired (per batch on hand)."""
    today, soon = _dates(session, StockFilter(today=today, alert_days=alert_days))
    result: list[Alert] = []
    below = (_joined(select(Warehouse.code, Warehouse.name, Item.code, Item.name, StockLevel.on_hand,
                            StockLevel.minimum, Item.unit))
             .where(StockLevel.on_hand < StockLevel.minimum).order_by(Warehouse.code, Item.code))
    if warehouse:
        below = below.where(Warehouse.code == warehouse.strip().upper())
    for wh, wh_name, code, name, on_hand, minimum, unit in session.execute(below):
        result.append(Alert("below_min", wh, wh_name, code, name, "", None, on_hand, minimum, unit))
    dated = (select(Warehouse.code, Warehouse.name, Item.code, Item.name, Batch.code, Batch.expiry,
                    StockBalance.quantity, Item.unit)
             .select_from(StockBalance)
             .join(Batch, Batch.id == StockBalance.batch_id)
             .join(Item, Item.id == StockBalance.item_id)
             .join(Warehouse, Warehouse.id == StockBalance.warehouse_id)
             .where(StockBalance.quantity > 0, Batch.expiry <= soon)
             .order_by(Batch.expiry, Warehouse.code, Item.code))
    if warehouse:
        dated = dated.where(Warehouse.code == warehouse.strip().upper())
    for wh, wh_name, code, name, batch, expiry, qty, unit in session.execute(dated):
        kind = "expired" if expiry < today else "expiring"
        result.append(Alert(kind, wh, wh_name, code, name, batch, expiry, qty, 0, unit))
    return result


# --- stock card (kartu persediaan) ------------------------------------------------------------------------

@dataclass(frozen=True)
class StockCardLine:
    movement_id: int
    date: date
    doc_type: str
    doc_number: str
    doc_date: date
    kind: str
    counterparty: str
    batch: str
    serial: str | None
    qty_in: int
    qty_out: int
    balance: int
    remarks: str
    backdate_reason: str = ""  # why the document is dated before the day it was entered
    unit_price: int | None = None  # of the batch or serial unit; None: not known
    balance_value: int | None = None  # value of the balance after this line; None once a price is unknown
    ref_number: str = ""  # the sender's or requester's document (stock_document.ref_number)

    @property
    def value_in(self) -> int | None:
        return None if self.unit_price is None or not self.qty_in else self.qty_in * self.unit_price

    @property
    def value_out(self) -> int | None:
        return None if self.unit_price is None or not self.qty_out else self.qty_out * self.unit_price

    @property
    def note(self) -> str:
        """The remarks with the back-date reason ("Keterangan" on the card)."""
        parts = [self.remarks] if self.remarks else []
        if self.backdate_reason:
            parts.append(Text(N_("domain", "tanggal mundur: {reason}"), "domain", reason=self.backdate_reason))
        return "; ".join(parts)

    @property
    def doc_label(self) -> str:
        return doc_kinds.label(self.doc_type)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class StockCard:
    warehouse: str
    warehouse_name: str
    region_code: str
    item: str
    item_name: str
    category: str
    unit: str
    since: date | None
    until: date | None
    opening_balance: int
    lines: tuple[StockCardLine, ...]
    opening_value: int | None = 0  # None: part of the opening balance has no known price

    @property
    def total_in(self) -> int:
        return sum(line.qty_in for line in self.lines)

    @property
    def total_out(self) -> int:
        return sum(line.qty_out for line in self.lines)

    @property
    def closing_balance(self) -> int:
        return self.opening_balance + self.total_in - self.total_out

    @property
    def priced(self) -> bool:
        """Some line has a unit price: the card shows value columns."""
        return any(line.unit_price is not None for line in self.lines)


def stock_card(session: Session, warehouse: str, item: str, *, since: date | None = None,
               until: date | None = None) -> StockCard:
    """Kartu persediaan: date, source document number and date, from/to, in, out, running balance.

    Rows go in the order of their documents' dates (a receipt entered late but dated earlier comes
    before what was entered meanwhile), entries of one date in the order they were made; the
    balances follow that order, and the period (``since``/``until``) is one of document dates too.
    """
    wh, it = get_warehouse(session, warehouse), get_item(session, item)
    base = (StockMovement.warehouse_id == wh.id, StockMovement.item_id == it.id)
    price = func.coalesce(EquipmentUnit.unit_price, Batch.unit_price)
    opening, opening_value = 0, 0
    if since is not None:
        net = StockMovement.qty_in - StockMovement.qty_out
        qty, value, unpriced = session.execute(
            select(func.coalesce(func.sum(net), 0), func.coalesce(func.sum(case((price.is_(None), 0), else_=net * price)), 0),
                   func.coalesce(func.sum(case((price.is_(None), net), else_=0)), 0))
            .select_from(StockMovement).join(Batch, Batch.id == StockMovement.batch_id)
            .outerjoin(EquipmentUnit, EquipmentUnit.id == StockMovement.equipment_unit_id)
            .where(*base, StockMovement.doc_date < since)).one()
        opening, opening_value = int(qty), (int(value) if not unpriced else None)
    query = (select(StockMovement.id, StockMovement.at, StockMovement.doc_type, StockMovement.doc_number,
                    StockMovement.doc_date, StockMovement.kind, StockMovement.counterparty, Batch.code,
                    EquipmentUnit.serial, StockMovement.qty_in, StockMovement.qty_out, StockMovement.remarks,
                    func.coalesce(StockDocument.backdate_reason, ""), price, func.coalesce(StockDocument.ref_number, ""))
             .join(Batch, Batch.id == StockMovement.batch_id)
             .outerjoin(EquipmentUnit, EquipmentUnit.id == StockMovement.equipment_unit_id)
             .outerjoin(StockDocument, (StockDocument.doc_type == StockMovement.doc_type)
                        & (StockDocument.number == StockMovement.doc_number))
             .where(*base).order_by(StockMovement.doc_date, StockMovement.id))
    if since is not None:
        query = query.where(StockMovement.doc_date >= since)
    if until is not None:
        query = query.where(StockMovement.doc_date <= until)
    lines, balance, value = [], opening, opening_value
    for (mid, at, doc_type, number, doc_date, kind, cp, batch, serial, qin, qout, remarks, reason,
         unit_price, ref) in session.execute(query):
        balance += qin - qout
        value = None if value is None or unit_price is None else value + (qin - qout) * unit_price
        lines.append(StockCardLine(mid, clock.local(at).date(), doc_type, number, doc_date, kind, cp, batch, serial,
                                   qin, qout, balance, remarks, reason, unit_price, value, ref))
    return StockCard(wh.code, wh.name, wh.region_code, it.code, it.name, it.category, it.unit, since, until,
                     opening, tuple(lines), opening_value)


def available_for(session: Session, warehouse: str, item: str) -> int:
    """What can be issued now of an item in a warehouse (on hand minus reserved, expired included)."""
    query = (select(StockLevel.on_hand - StockLevel.reserved)
             .join(Item, Item.id == StockLevel.item_id).join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
             .where(Warehouse.code == warehouse.strip().upper(), Item.code == item.strip().upper()))
    return int(session.scalar(query) or 0)
