"""The ledger's primitives: balance changes and movement rows, always together in one transaction.

Every change of a balance is one conditional UPDATE whose row count is checked, so two desktops
taking the last units at the same moment cannot both succeed (on PostgreSQL the second UPDATE
waits for the first row lock and then re-checks its WHERE clause; on SQLite the write transaction
holds the database lock from BEGIN IMMEDIATE).  The CHECK constraints of ``stock_balance`` and
``stock_level`` are the last line of defence.

Other packages (dispatches) use these functions too: ``reserve``/``release`` promise stock
without moving it, ``take(..., reserved=True)`` sends what was promised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inventory.errors import AlreadyBooked, InsufficientStock
from inventory.models import Batch, EquipmentUnit, Item, StockBalance, StockLevel, StockMovement, Warehouse
from tagana_app.accounts import Actor
from tagana_app.errors import ValidationError
from tagana_app.models import User, utcnow

DOC_TYPE_LABELS = {
    "penerimaan": "Penerimaan",
    "pengeluaran": "Pengeluaran",
    "mutasi": "Mutasi antargudang",
    "koreksi": "Koreksi (pembatalan)",
    "opname": "Stock opname",
    "penghapusan": "Penghapusan",
    "saldo_awal": "Saldo awal",
    "pengiriman": "Pengiriman",
}
KIND_LABELS = {
    "receive": "Penerimaan",
    "issue": "Pengeluaran",
    "transfer_out": "Mutasi keluar",
    "transfer_in": "Mutasi masuk",
    "adjust": "Penyesuaian opname",
    "writeoff": "Penghapusan",
    "reversal": "Pembatalan",
    "dispatch": "Pengiriman",
    "return": "Pengembalian",
}


@dataclass(frozen=True)
class DocRef:
    """The source document of movements: type, number and date (stock card columns)."""

    doc_type: str
    number: str
    date: date


@dataclass(frozen=True)
class MovementInfo:
    id: int
    at: datetime
    kind: str
    warehouse: str
    item: str
    item_name: str
    unit: str
    batch: str
    expiry: date | None
    serial: str | None
    qty_in: int
    qty_out: int
    doc_type: str
    doc_number: str
    doc_date: date
    line_no: int
    source: str
    counterparty: str
    remarks: str
    reverses_id: int | None
    username: str


@dataclass(frozen=True)
class Booking:
    """What one stock operation booked: its document and its movements."""

    doc_type: str
    doc_number: str
    doc_date: date
    movements: tuple[MovementInfo, ...]

    @property
    def quantity(self) -> int:
        return sum(m.qty_in + m.qty_out for m in self.movements
                   if m.kind not in ("transfer_in",))


def _insert(session: Session):  # noqa: ANN202
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def ensure_level(session: Session, warehouse_id: int, item_id: int) -> None:
    stmt = _insert(session)(StockLevel.__table__).values(warehouse_id=warehouse_id, item_id=item_id, on_hand=0,
                                                        reserved=0, minimum=0)
    session.execute(stmt.on_conflict_do_nothing())


def ensure_balance(session: Session, warehouse_id: int, item_id: int, batch_id: int) -> None:
    ensure_level(session, warehouse_id, item_id)
    stmt = _insert(session)(StockBalance.__table__).values(warehouse_id=warehouse_id, item_id=item_id,
                                                          batch_id=batch_id, quantity=0, reserved=0)
    session.execute(stmt.on_conflict_do_nothing())


def empty_batch(session: Session, item_id: int) -> int:
    """The id of the item's batch without a code (stock not tracked by batch)."""
    return batch_id(session, item_id, "", None)


def batch_id(session: Session, item_id: int, code: str, expiry: date | None) -> int:
    """The batch ``code`` of the item, created when new; its expiry must agree with the one recorded."""
    code = (code or "").strip()
    found = session.execute(select(Batch.id, Batch.expiry).where(Batch.item_id == item_id, Batch.code == code)).first()
    if found is None:
        stmt = _insert(session)(Batch.__table__).values(item_id=item_id, code=code, expiry=expiry)
        session.execute(stmt.on_conflict_do_nothing())
        found = session.execute(select(Batch.id, Batch.expiry).where(Batch.item_id == item_id,
                                                                    Batch.code == code)).one()
    if expiry is not None and found.expiry != expiry:
        raise ValidationError("Batch '{batch}' sudah tercatat dengan tanggal kedaluwarsa {recorded}, bukan "
                              "{given}.", batch=code, recorded=found.expiry or "-", given=expiry)
    return int(found.id)


def available(session: Session, warehouse_id: int, item_id: int, batch: int | None = None) -> int:
    """On hand minus reserved, of one batch or of the whole item in the warehouse."""
    if batch is None:
        query = select(StockLevel.on_hand - StockLevel.reserved).where(
            StockLevel.warehouse_id == warehouse_id, StockLevel.item_id == item_id)
    else:
        query = select(StockBalance.quantity - StockBalance.reserved).where(
            StockBalance.warehouse_id == warehouse_id, StockBalance.item_id == item_id,
            StockBalance.batch_id == batch)
    return int(session.scalar(query) or 0)


def insufficient(session: Session, warehouse_id: int, item_id: int, requested: int,
                 available_qty: int | None = None) -> InsufficientStock:
    item = session.get(Item, item_id)
    wh = session.get(Warehouse, warehouse_id)
    if available_qty is None:
        available_qty = available(session, warehouse_id, item_id)
    return InsufficientStock(item=f"{item.name} ({item.code})", warehouse=wh.name, available=available_qty,
                             requested=requested, unit=item.unit, item_code=item.code, warehouse_code=wh.code)


def _refresh_expiry(session: Session, warehouse_id: int, item_id: int) -> None:
    nearest = (select(func.min(Batch.expiry))
               .select_from(StockBalance).join(Batch, Batch.id == StockBalance.batch_id)
               .where(StockBalance.warehouse_id == warehouse_id, StockBalance.item_id == item_id,
                      StockBalance.quantity > 0)
               .scalar_subquery())
    session.execute(update(StockLevel.__table__)
                    .where(StockLevel.warehouse_id == warehouse_id, StockLevel.item_id == item_id)
                    .values(nearest_expiry=nearest))


def _expiring(session: Session, item_id: int) -> bool:
    return bool(session.scalar(select(Item.expires).where(Item.id == item_id)))


def put(session: Session, warehouse_id: int, item_id: int, batch: int, n: int) -> None:
    """Add ``n`` to the balances."""
    if n <= 0:
        raise ValueError(n)
    ensure_balance(session, warehouse_id, item_id, batch)
    sb, sl = StockBalance.__table__, StockLevel.__table__
    session.execute(update(sb).where(sb.c.warehouse_id == warehouse_id, sb.c.item_id == item_id,
                                     sb.c.batch_id == batch).values(quantity=sb.c.quantity + n))
    session.execute(update(sl).where(sl.c.warehouse_id == warehouse_id, sl.c.item_id == item_id)
                    .values(on_hand=sl.c.on_hand + n))
    if _expiring(session, item_id):
        _refresh_expiry(session, warehouse_id, item_id)


def take(session: Session, warehouse_id: int, item_id: int, batch: int, n: int, *,
         reserved: bool = False) -> None:
    """Remove ``n`` from the balances, only where enough is left (or was reserved); else refuse."""
    if n <= 0:
        raise ValueError(n)
    sb, sl = StockBalance.__table__, StockLevel.__table__
    key_b = (sb.c.warehouse_id == warehouse_id, sb.c.item_id == item_id, sb.c.batch_id == batch)
    key_l = (sl.c.warehouse_id == warehouse_id, sl.c.item_id == item_id)
    if reserved:
        done = session.execute(update(sb).where(*key_b, sb.c.reserved >= n)
                               .values(quantity=sb.c.quantity - n, reserved=sb.c.reserved - n)).rowcount
        if done == 1:
            done = session.execute(update(sl).where(*key_l, sl.c.reserved >= n)
                                   .values(on_hand=sl.c.on_hand - n, reserved=sl.c.reserved - n)).rowcount
        if done != 1:
            raise ValidationError("Jumlah yang dicadangkan tidak cukup untuk dikeluarkan ({n}).", n=n)
    else:
        done = session.execute(update(sb).where(*key_b, sb.c.quantity - sb.c.reserved >= n)
                               .values(quantity=sb.c.quantity - n)).rowcount
        if done == 1:
            done = session.execute(update(sl).where(*key_l, sl.c.on_hand - sl.c.reserved >= n)
                                   .values(on_hand=sl.c.on_hand - n)).rowcount
        if done != 1:
            raise insufficient(session, warehouse_id, item_id, n, available(session, warehouse_id, item_id, batch))
    if _expiring(session, item_id):
        _refresh_expiry(session, warehouse_id, item_id)


def reserve(session: Session, warehouse_id: int, item_id: int, batch: int, n: int) -> None:
    """Promise ``n`` of a batch (dispatch approval, write-off request); refused when not available."""
    sb, sl = StockBalance.__table__, StockLevel.__table__
    done = session.execute(update(sb).where(sb.c.warehouse_id == warehouse_id, sb.c.item_id == item_id,
                                            sb.c.batch_id == batch, sb.c.quantity - sb.c.reserved >= n)
                           .values(reserved=sb.c.reserved + n)).rowcount
    if done == 1:
        done = session.execute(update(sl).where(sl.c.warehouse_id == warehouse_id, sl.c.item_id == item_id,
                                                sl.c.on_hand - sl.c.reserved >= n)
                               .values(reserved=sl.c.reserved + n)).rowcount
    if done != 1:
        raise insufficient(session, warehouse_id, item_id, n, available(session, warehouse_id, item_id, batch))


def release(session: Session, warehouse_id: int, item_id: int, batch: int, n: int) -> None:
    """Give back a promise made by ``reserve``."""
    sb, sl = StockBalance.__table__, StockLevel.__table__
    done = session.execute(update(sb).where(sb.c.warehouse_id == warehouse_id, sb.c.item_id == item_id,
                                            sb.c.batch_id == batch, sb.c.reserved >= n)
                           .values(reserved=sb.c.reserved - n)).rowcount
    done += session.execute(update(sl).where(sl.c.warehouse_id == warehouse_id, sl.c.item_id == item_id,
                                             sl.c.reserved >= n)
                            .values(reserved=sl.c.reserved - n)).rowcount
    if done != 2:
        raise ValidationError("Cadangan stok yang dilepas ({n}) lebih besar dari yang tercatat.", n=n)


def movement_mark(session: Session) -> int:
    """The id of the last movement, consistent with the balances read in this transaction.

    On PostgreSQL ids are not committed in order; a SHARE lock waits for transactions that are
    writing movements and holds new ones back until this transaction ends.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE stock_movement IN SHARE MODE"))
    return int(session.scalar(select(func.coalesce(func.max(StockMovement.id), 0))) or 0)


def check_not_booked(session: Session, doc: DocRef, line_no: int | None) -> None:
    """Refuse a document line (or, with ``line_no=None``, any line of the document) already booked."""
    query = select(StockMovement.line_no).where(StockMovement.doc_type == doc.doc_type,
                                                StockMovement.doc_number == doc.number)
    if line_no is not None:
        query = query.where(StockMovement.line_no == line_no)
    found = session.scalar(query.limit(1))
    if found is not None:
        raise AlreadyBooked(doc_type=DOC_TYPE_LABELS.get(doc.doc_type, doc.doc_type), doc_number=doc.number,
                            line=found)


def record(session: Session, actor: Actor, doc: DocRef, *, line_no: int, part: int, kind: str,
           warehouse_id: int, item_id: int, batch: int, qty_in: int = 0, qty_out: int = 0,
           unit_id: int | None = None, source: str = "", counterparty: str = "", remarks: str = "",
           reverses_id: int | None = None) -> int:
    """Insert one ledger line (the caller has already changed the balances) and return its id."""
    movement = StockMovement(at=utcnow(), user_id=actor.id, warehouse_id=warehouse_id, item_id=item_id,
                             batch_id=batch, equipment_unit_id=unit_id, kind=kind, qty_in=qty_in,
                             qty_out=qty_out, doc_type=doc.doc_type, doc_number=doc.number, doc_date=doc.date,
                             line_no=line_no, part=part, source=source, counterparty=counterparty[:200],
                             remarks=remarks, reverses_id=reverses_id)
    session.add(movement)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        text_ = str(exc.orig).lower()
        if "reverses_id" in text_:
            from inventory.errors import AlreadyReversed

            raise AlreadyReversed(movement=reverses_id, reversal="?") from None
        raise AlreadyBooked(doc_type=DOC_TYPE_LABELS.get(doc.doc_type, doc.doc_type), doc_number=doc.number,
                            line=line_no) from None
    return movement.id


def movement_infos(session: Session, ids: list[int] | tuple[int, ...]) -> tuple[MovementInfo, ...]:
    if not ids:
        return ()
    query = (select(StockMovement, Warehouse.code, Item.code, Item.name, Item.unit, Batch.code, Batch.expiry,
                    EquipmentUnit.serial, User.username)
             .join(Warehouse, Warehouse.id == StockMovement.warehouse_id)
             .join(Item, Item.id == StockMovement.item_id)
             .join(Batch, Batch.id == StockMovement.batch_id)
             .outerjoin(EquipmentUnit, EquipmentUnit.id == StockMovement.equipment_unit_id)
             .outerjoin(User, User.id == StockMovement.user_id)
             .where(StockMovement.id.in_(list(ids)))
             .order_by(StockMovement.id))
    return tuple(movement_info(*row) for row in session.execute(query))


def movement_info(m: StockMovement, wh: str, item: str, name: str, unit: str, batch: str, expiry: date | None,
                  serial: str | None, username: str | None) -> MovementInfo:
    return MovementInfo(m.id, m.at, m.kind, wh, item, name, unit, batch, expiry, serial, m.qty_in, m.qty_out,
                        m.doc_type, m.doc_number, m.doc_date, m.line_no, m.source, m.counterparty, m.remarks,
                        m.reverses_id, username or "")
