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
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inventory.errors import AlreadyBooked, BalanceTooLarge, InsufficientStock
from inventory.models import Batch, EquipmentUnit, Item, StockBalance, StockLevel, StockMovement, Warehouse
from tagana_app import doc_kinds
from tagana_app.accounts import Actor
from tagana_app.cleaning import clean_values
from tagana_app.errors import ValidationError
from tagana_app.models import User, utcnow
from tagana_app.quantities import MAX_BALANCE, grouped
from tagana_app.texts import N_

KIND_LABELS = {
    "receive": N_("domain", "Penerimaan"),
    "issue": N_("domain", "Pengeluaran"),
    "transfer_out": N_("domain", "Mutasi keluar"),
    "transfer_in": N_("domain", "Mutasi masuk"),
    "adjust": N_("domain", "Penyesuaian opname"),
    "writeoff": N_("domain", "Penghapusan"),
    "reversal": N_("domain", "Pembatalan"),
    "dispatch": N_("domain", "Pengiriman"),
    "return": N_("domain", "Pengembalian"),
}


@dataclass(frozen=True)
class DocRef:
    """The source document of movements: type, number and date (stock card columns)."""

    doc_type: str
    number: str
    date: date
    fresh: bool = False  # the number was just issued by tagana_app.numbering: nothing can be booked on it yet


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
    ref_number: str = ""  # the sender's or requester's document it came under (receipts and issues)

    @property
    def quantity(self) -> int:
        return sum(m.qty_in + m.qty_out for m in self.movements
                   if m.kind not in ("transfer_in",))


_SB, _SL, _MV = StockBalance.__table__, StockLevel.__table__, StockMovement.__table__
# Statements are built once with bound parameters: building SQLAlchemy expressions on every call
# costs more than running them on SQLite.
_KEY_B = (_SB.c.warehouse_id == bindparam("w"), _SB.c.item_id == bindparam("i"), _SB.c.batch_id == bindparam("b"))
_KEY_L = (_SL.c.warehouse_id == bindparam("w"), _SL.c.item_id == bindparam("i"))
_N = bindparam("n")
_TAKE_B = update(_SB).where(*_KEY_B, _SB.c.quantity - _SB.c.reserved >= _N).values(quantity=_SB.c.quantity - _N)
_TAKE_L = update(_SL).where(*_KEY_L, _SL.c.on_hand - _SL.c.reserved >= _N).values(on_hand=_SL.c.on_hand - _N)
_SEND_B = (update(_SB).where(*_KEY_B, _SB.c.reserved >= _N)
           .values(quantity=_SB.c.quantity - _N, reserved=_SB.c.reserved - _N))
_SEND_L = (update(_SL).where(*_KEY_L, _SL.c.reserved >= _N)
           .values(on_hand=_SL.c.on_hand - _N, reserved=_SL.c.reserved - _N))
_RESERVE_B = (update(_SB).where(*_KEY_B, _SB.c.quantity - _SB.c.reserved >= _N)
              .values(reserved=_SB.c.reserved + _N))
_RESERVE_L = (update(_SL).where(*_KEY_L, _SL.c.on_hand - _SL.c.reserved >= _N)
              .values(reserved=_SL.c.reserved + _N))
_RELEASE_B = update(_SB).where(*_KEY_B, _SB.c.reserved >= _N).values(reserved=_SB.c.reserved - _N)
_RELEASE_L = update(_SL).where(*_KEY_L, _SL.c.reserved >= _N).values(reserved=_SL.c.reserved - _N)
_NEAREST = (select(func.min(Batch.expiry)).select_from(_SB).join(Batch, Batch.id == _SB.c.batch_id)
            .where(_SB.c.warehouse_id == bindparam("w"), _SB.c.item_id == bindparam("i"), _SB.c.quantity > 0)
            .scalar_subquery())
_REFRESH_EXPIRY = update(_SL).where(*_KEY_L).values(nearest_expiry=_NEAREST)
_INSERT_MOVEMENT = insert(_MV).returning(_MV.c.id)


@lru_cache(maxsize=4)
def _dialect_statements(dialect: str) -> dict[str, Any]:
    """The upserts, which differ between SQLite and PostgreSQL only in the import."""
    ins = postgresql.insert if dialect == "postgresql" else sqlite.insert
    level = ins(_SL).values(warehouse_id=bindparam("w"), item_id=bindparam("i"), on_hand=_N, reserved=0,
                            minimum=0)
    balance = ins(_SB).values(warehouse_id=bindparam("w"), item_id=bindparam("i"), batch_id=bindparam("b"),
                              quantity=_N, reserved=0)
    return {
        "ensure_level": level.on_conflict_do_nothing(),
        # Adding is refused in the statement itself (no row changed) when it would pass MAX_BALANCE,
        # so two receipts at the same moment cannot pass it together.
        "add_level": level.on_conflict_do_update(index_elements=[_SL.c.warehouse_id, _SL.c.item_id],
                                                 set_={"on_hand": _SL.c.on_hand + level.excluded.on_hand},
                                                 where=_SL.c.on_hand <= MAX_BALANCE - level.excluded.on_hand
                                                 ).returning(_SL.c.on_hand),
        "add_balance": balance.on_conflict_do_update(
            index_elements=[_SB.c.warehouse_id, _SB.c.item_id, _SB.c.batch_id],
            set_={"quantity": _SB.c.quantity + balance.excluded.quantity},
            where=_SB.c.quantity <= MAX_BALANCE - balance.excluded.quantity).returning(_SB.c.quantity),
        "batch": ins(Batch.__table__).values(item_id=bindparam("i"), code=bindparam("code"),
                                             expiry=bindparam("expiry")).on_conflict_do_nothing(),
    }


def _statements(session: Session) -> dict[str, Any]:
    return _dialect_statements(session.get_bind().dialect.name)


def ensure_level(session: Session, warehouse_id: int, item_id: int) -> None:
    session.execute(_statements(session)["ensure_level"], {"w": warehouse_id, "i": item_id, "n": 0})


def empty_batch(session: Session, item_id: int) -> int:
    """The id of the item's batch without a code (stock not tracked by batch)."""
    return batch_id(session, item_id, "", None)


def batch_id(session: Session, item_id: int, code: str, expiry: date | None) -> int:
    """The batch ``code`` of the item, created when new; its expiry must agree with the one recorded."""
    code = (code or "").strip()
    query = select(Batch.id, Batch.expiry).where(Batch.item_id == item_id, Batch.code == code)
    found = session.execute(query).first()
    if found is None:
        session.execute(_statements(session)["batch"], {"i": item_id, "code": code, "expiry": expiry})
        found = session.execute(query).one()
    if expiry is not None and found.expiry != expiry:
        raise ValidationError(N_("errors", "Batch '{batch}' sudah tercatat dengan tanggal kedaluwarsa "
                                           "{recorded}, bukan {given}."), batch=code, recorded=found.expiry or "-", given=expiry)
    return int(found.id)


def set_batch_price(session: Session, batch: int, price: int) -> None:
    """Give a batch its unit price (whole Rupiah); a batch keeps one price: a different one is refused."""
    row = session.get(Batch, batch, with_for_update=True)
    if row.unit_price is None:
        row.unit_price = price
        session.flush()
    elif row.unit_price != price:
        raise ValidationError(N_("errors", "Batch '{batch}' sudah tercatat dengan harga satuan Rp{recorded}, bukan "
                                           "Rp{given}; beri kode batch lain untuk harga yang berbeda."),
                              batch=row.code or "-", recorded=grouped(row.unit_price), given=grouped(price))


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


def _after_change(session: Session, warehouse_id: int, item_id: int, expires: bool | None) -> None:
    """Keep the level's nearest expiry right (only items tracked by expiry have one)."""
    if expires is None:
        expires = bool(session.scalar(select(Item.expires).where(Item.id == item_id)))
    if expires:
        session.execute(_REFRESH_EXPIRY, {"w": warehouse_id, "i": item_id})


def put(session: Session, warehouse_id: int, item_id: int, batch: int, n: int, *,
        expires: bool | None = None) -> None:
    """Add ``n`` to the balances (``expires``: the item's flag when the caller knows it); refused
    when a balance would pass ``MAX_BALANCE``."""
    if n <= 0:
        raise ValueError(n)
    stmts = _statements(session)
    params = {"w": warehouse_id, "i": item_id, "b": batch, "n": n}
    # RETURNING gives a row when the balance was added to (rowcount is not reliable for an upsert)
    done = n <= MAX_BALANCE and session.execute(stmts["add_level"], params).first() is not None
    done = done and session.execute(stmts["add_balance"], params).first() is not None
    if not done:
        item, wh = session.get(Item, item_id), session.get(Warehouse, warehouse_id)
        raise BalanceTooLarge(item=f"{item.name} ({item.code})", warehouse=wh.name, added=grouped(n),
                              maximum=grouped(MAX_BALANCE), unit=item.unit)
    _after_change(session, warehouse_id, item_id, expires)


def take(session: Session, warehouse_id: int, item_id: int, batch: int, n: int, *,
         reserved: bool = False, expires: bool | None = None) -> None:
    """Remove ``n`` from the balances, only where enough is left (or was reserved); else refuse."""
    if n <= 0:
        raise ValueError(n)
    params = {"w": warehouse_id, "i": item_id, "b": batch, "n": n}
    if reserved:
        done = session.execute(_SEND_B, params).rowcount
        if done == 1:
            done = session.execute(_SEND_L, params).rowcount
        if done != 1:
            raise ValidationError(N_("errors", "Jumlah yang dicadangkan tidak cukup untuk dikeluarkan ({n})."), n=n)
    else:
        done = session.execute(_TAKE_B, params).rowcount
        if done == 1:
            done = session.execute(_TAKE_L, params).rowcount
        if done != 1:
            raise insufficient(session, warehouse_id, item_id, n, available(session, warehouse_id, item_id, batch))
    _after_change(session, warehouse_id, item_id, expires)


def reserve(session: Session, warehouse_id: int, item_id: int, batch: int, n: int) -> None:
    """Promise ``n`` of a batch (dispatch approval, write-off request); refused when not available."""
    params = {"w": warehouse_id, "i": item_id, "b": batch, "n": n}
    done = session.execute(_RESERVE_B, params).rowcount
    if done == 1:
        done = session.execute(_RESERVE_L, params).rowcount
    if done != 1:
        raise insufficient(session, warehouse_id, item_id, n, available(session, warehouse_id, item_id, batch))


def release(session: Session, warehouse_id: int, item_id: int, batch: int, n: int) -> None:
    """Give back a promise made by ``reserve``."""
    params = {"w": warehouse_id, "i": item_id, "b": batch, "n": n}
    done = session.execute(_RELEASE_B, params).rowcount
    done += session.execute(_RELEASE_L, params).rowcount
    if done != 2:
        raise ValidationError(N_("errors", "Cadangan stok yang dilepas ({n}) lebih besar dari yang tercatat."), n=n)


def movement_mark(session: Session) -> int:
    """The id of the last movement, consistent with the balances read in this transaction.

    On PostgreSQL ids are not committed in order; a SHARE lock waits for transactions that are
    writing movements and holds new ones back until this transaction ends.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE stock_movement IN SHARE MODE"))
    return int(session.scalar(select(func.coalesce(func.max(StockMovement.id), 0))) or 0)


_BOOKED_DOC = (select(_MV.c.line_no).where(_MV.c.doc_type == bindparam("t"), _MV.c.doc_number == bindparam("d"))
               .limit(1))
_BOOKED_LINE = _BOOKED_DOC.where(_MV.c.line_no == bindparam("l"))


def check_not_booked(session: Session, doc: DocRef, line_no: int | None) -> None:
    """Refuse a document line (or, with ``line_no=None``, any line of the document) already booked."""
    if doc.fresh:
        return
    params = {"t": doc.doc_type, "d": doc.number, "l": line_no}
    found = session.scalar(_BOOKED_DOC if line_no is None else _BOOKED_LINE, params)
    if found is not None:
        raise AlreadyBooked(doc_type=doc_kinds.label(doc.doc_type), doc_number=doc.number,
                            line=found)


def record(session: Session, actor: Actor, doc: DocRef, *, line_no: int, part: int, kind: str,
           warehouse_id: int, item_id: int, batch: int, qty_in: int = 0, qty_out: int = 0,
           unit_id: int | None = None, source: str = "", counterparty: str = "", remarks: str = "",
           reverses_id: int | None = None) -> int:
    """Insert one ledger line (the caller has already changed the balances) and return its id.

    The unique document-line key catches a booking that raced past ``check_not_booked``; the
    error ends the transaction, which the caller's ``Database.write`` rolls back.
    """
    values = {"at": utcnow(), "user_id": actor.id, "warehouse_id": warehouse_id, "item_id": item_id,
              "batch_id": batch, "equipment_unit_id": unit_id, "kind": kind, "qty_in": qty_in, "qty_out": qty_out,
              "doc_type": doc.doc_type, "doc_number": doc.number, "doc_date": doc.date, "line_no": line_no,
              "part": part, "source": source, "counterparty": counterparty[:200], "remarks": remarks,
              "reverses_id": reverses_id}
    values = clean_values(_MV, values, strip=False)  # the services clean what they are given; this is the last line
    try:
        return int(session.execute(_INSERT_MOVEMENT, values).scalar_one())
    except IntegrityError as exc:
        if "reverses_id" in str(exc.orig).lower():
            from inventory.errors import AlreadyReversed

            raise AlreadyReversed(movement=reverses_id, reversal="?") from None
        raise AlreadyBooked(doc_type=doc_kinds.label(doc.doc_type), doc_number=doc.number,
                            line=line_no) from None


_MOVEMENT_INFOS = (select(_MV.c.id, _MV.c.at, _MV.c.kind, Warehouse.code, Item.code, Item.name, Item.unit, Batch.code,
                          Batch.expiry, EquipmentUnit.serial, _MV.c.qty_in, _MV.c.qty_out, _MV.c.doc_type,
                          _MV.c.doc_number, _MV.c.doc_date, _MV.c.line_no, _MV.c.source, _MV.c.counterparty,
                          _MV.c.remarks, _MV.c.reverses_id, User.username)
                   .select_from(_MV)
                   .join(Warehouse, Warehouse.id == _MV.c.warehouse_id)
                   .join(Item, Item.id == _MV.c.item_id)
                   .join(Batch, Batch.id == _MV.c.batch_id)
                   .outerjoin(EquipmentUnit, EquipmentUnit.id == _MV.c.equipment_unit_id)
                   .outerjoin(User, User.id == _MV.c.user_id)
                   .where(_MV.c.id.in_(bindparam("ids", expanding=True)))
                   .order_by(_MV.c.id))


def movement_infos(session: Session, ids: list[int] | tuple[int, ...]) -> tuple[MovementInfo, ...]:
    if not ids:
        return ()
    rows = session.execute(_MOVEMENT_INFOS, {"ids": list(ids)})
    return tuple(MovementInfo(*row[:-1], row[-1] or "") for row in rows)
