"""The value of stock (nilai persediaan): quantity times the unit price, batch by batch.

A receipt line may carry a unit price (whole Rupiah per unit of the item); its batch keeps it
(a priced line without a batch code is a lot of its own), a serial-numbered unit keeps its own.
Issues take batches earliest expiry first, then the oldest lot, so what is left is valued exactly
by the batches left.  Stock without a known price is never counted as 0: its quantity is reported
apart ("harga belum tercatat").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from inventory.catalog import get_item, get_warehouse
from inventory.models import IN_WAREHOUSE, Batch, EquipmentUnit, Item, StockBalance, StockMovement, Warehouse
from tagana_app import clock


@dataclass(frozen=True)
class BatchValue:
    warehouse: str
    item: str
    batch: str
    serial: str | None
    quantity: int
    unit_price: int | None

    @property
    def value(self) -> int | None:
        return None if self.unit_price is None else self.quantity * self.unit_price


@dataclass(frozen=True)
class ValueTotal:
    value: int  # of the stock with a known price
    unpriced: dict[str, int]  # quantity without a known price, per unit ("kg": 20)

    @property
    def complete(self) -> bool:
        return not self.unpriced


def batch_values(session: Session, *, warehouse: str | None = None, item: str | None = None) -> list[BatchValue]:
    """What is on hand now, per batch (and per serial unit) with its price."""
    plain = (select(Warehouse.code, Item.code, Batch.code, StockBalance.quantity, Batch.unit_price)
             .select_from(StockBalance).join(Batch, Batch.id == StockBalance.batch_id)
             .join(Item, Item.id == StockBalance.item_id).join(Warehouse, Warehouse.id == StockBalance.warehouse_id)
             .where(StockBalance.quantity > 0, Item.serialized.is_(False))
             .order_by(Warehouse.code, Item.code, Batch.id))
    units = (select(Warehouse.code, Item.code, EquipmentUnit.serial, EquipmentUnit.unit_price)
             .select_from(EquipmentUnit).join(Item, Item.id == EquipmentUnit.item_id)
             .join(Warehouse, Warehouse.id == EquipmentUnit.warehouse_id)
             .where(EquipmentUnit.status == IN_WAREHOUSE).order_by(Warehouse.code, Item.code, EquipmentUnit.serial))
    if warehouse:
        wid = get_warehouse(session, warehouse).id
        plain, units = plain.where(Warehouse.id == wid), units.where(Warehouse.id == wid)
    if item:
        iid = get_item(session, item).id
        plain, units = plain.where(Item.id == iid), units.where(Item.id == iid)
    rows = [BatchValue(w, i, b, None, q, p) for w, i, b, q, p in session.execute(plain)]
    rows += [BatchValue(w, i, "", s, 1, p) for w, i, s, p in session.execute(units)]
    return rows


def value_on_hand(session: Session, *, warehouse: str | None = None, item: str | None = None) -> ValueTotal:
    """The value of what is on hand now: the sum of the batch (and unit) values."""
    units = dict(session.execute(select(Item.code, Item.unit)).all())
    total, unpriced = 0, {}
    for row in batch_values(session, warehouse=warehouse, item=item):
        if row.value is None:
            unpriced[units[row.item]] = unpriced.get(units[row.item], 0) + row.quantity
        else:
            total += row.value
    return ValueTotal(total, unpriced)


def _price():  # noqa: ANN202 - a unit's own price, else its batch's
    return func.coalesce(EquipmentUnit.unit_price, Batch.unit_price)


def value_query(as_of: date, warehouse_ids: list[int] | None = None):  # noqa: ANN201
    """Per warehouse and item, from the ledger up to the end of ``as_of`` by document date: quantity,
    value of the priced part and quantity without a price."""
    net = StockMovement.qty_in - StockMovement.qty_out
    price = _price()
    query = (select(StockMovement.warehouse_id, StockMovement.item_id, func.sum(net).label("qty"),
                    func.sum(case((price.is_(None), 0), else_=net * price)).label("value"),
                    func.sum(case((price.is_(None), net), else_=0)).label("unpriced"))
             .select_from(StockMovement).join(Batch, Batch.id == StockMovement.batch_id)
             .outerjoin(EquipmentUnit, EquipmentUnit.id == StockMovement.equipment_unit_id)
             .where(StockMovement.doc_date <= as_of)
             .group_by(StockMovement.warehouse_id, StockMovement.item_id))
    if warehouse_ids is not None:
        query = query.where(StockMovement.warehouse_id.in_(warehouse_ids))
    return query


@dataclass(frozen=True)
class ValueRow:
    warehouse: str
    warehouse_name: str
    category: str
    item: str
    item_name: str
    unit: str
    quantity: int
    value: int  # of the priced part
    unpriced: int  # quantity without a known price


def value_rows(session: Session, as_of: date | None = None, warehouse: str | None = None) -> list[ValueRow]:
    """Stock with its value per warehouse and item at the end of ``as_of`` (document dates), ordered by
    warehouse, category and item; items with nothing on hand left out."""
    as_of = as_of or clock.today()
    ids = [get_warehouse(session, warehouse).id] if warehouse else None
    sums = value_query(as_of, ids).subquery()
    query = (select(Warehouse.code, Warehouse.name, func.coalesce(Item.category, ""), Item.code, Item.name, Item.unit,
                    sums.c.qty, sums.c.value, sums.c.unpriced)
             .select_from(sums).join(Warehouse, Warehouse.id == sums.c.warehouse_id)
             .join(Item, Item.id == sums.c.item_id).where(sums.c.qty != 0)
             .order_by(Warehouse.code, Item.category, Item.name, Item.code))
    return [ValueRow(w, wn, c, i, n, u, int(q), int(v or 0), int(p or 0))
            for w, wn, c, i, n, u, q, v, p in session.execute(query)]
