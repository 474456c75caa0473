"""Transfers between warehouses with a road in between (mutasi antargudang).

``send_transfer``: the goods leave the source (``transfer_out`` movements, earliest expiry first;
expired batches only with a pejabat's written reason) and are "dalam perjalanan": they are in no
warehouse's balance, only on the transfer's lines (``stock_transfer_line``).  ``receive_transfer``
at the destination books what arrived (``transfer_in``, same batches and units, dated the day of
arrival).  A difference needs a reason and stays on the transfer line as the loss on the road
(sent - received): the books stay whole, sent = received + lost, and no warehouse holds goods that
never arrived.  A serial unit on the road is out of every warehouse (status "dipinjam" with the
transfer as its reference); one that does not arrive is recorded as gone ("dihapus").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from inventory import doc_dates, ledger
from inventory.catalog import find_item, get_warehouse
from inventory.errors import AlreadyBooked, TransferNotInTransit
from inventory.ledger import Booking, DocRef
from inventory.models import (
    IN_WAREHOUSE,
    ON_LOAN,
    WRITTEN_OFF,
    Batch,
    EquipmentEvent,
    EquipmentUnit,
    Item,
    StockMovement,
    StockTransfer,
    StockTransferLine,
    Warehouse,
)
from inventory.permissions import can_override_expired, can_transfer_goods
from inventory.stock import COUNTERPARTY_MAX, IssueLine, _document, line_quantity, pick
from tagana_app import audit
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import TEXT_MAX, clean_text
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import utcnow
from tagana_app.texts import N_

STATUS_LABELS = {"dikirim": N_("domain", "Dalam perjalanan"), "diterima": N_("domain", "Diterima"),
                 "diterima_selisih": N_("domain", "Diterima dengan selisih")}


@dataclass(frozen=True)
class TransferLineInfo:
    line_no: int
    part: int
    item: str
    item_name: str
    unit: str
    batch: str
    expiry: date | None
    serial: str | None
    qty_sent: int
    qty_received: int | None  # None: not received yet
    unit_price: int | None

    @property
    def lost(self) -> int:
        return 0 if self.qty_received is None else self.qty_sent - self.qty_received

    @property
    def in_transit(self) -> int:
        return self.qty_sent if self.qty_received is None else 0


@dataclass(frozen=True)
class TransferInfo:
    number: str
    status: str
    from_warehouse: str
    from_name: str
    to_warehouse: str
    to_name: str
    sent_on: date
    received_on: date | None
    driver: str
    vehicle: str
    remarks: str
    difference_reason: str
    lines: tuple[TransferLineInfo, ...]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class TransitLine:
    """One batch or unit on the road."""

    number: str
    sent_on: date
    from_warehouse: str
    to_warehouse: str
    to_name: str
    item: str
    item_name: str
    unit: str
    batch: str
    expiry: date | None
    serial: str | None
    quantity: int
    value: int | None  # quantity x the batch's unit price; None when the price is not known


def _clean(value: str, field: str, max_len: int = TEXT_MAX) -> str:
    return clean_text(value, field=field, max_len=max_len, multiline=max_len == TEXT_MAX)


# --- send ---------------------------------------------------------------------------------------------

@changes("stock", "documents")
def send_transfer(session: Session, actor: Actor, from_warehouse: str, to_warehouse: str,
                  lines: Sequence[IssueLine], *, doc_number: str | None = None, doc_date: date | None = None,
                  backdate_reason: str = "", remarks: str = "", override_expired: str | None = None,
                  driver: str = "", vehicle: str = "") -> TransferInfo:
    """The goods leave ``from_warehouse`` for ``to_warehouse`` and are on the road until received.

    Earliest expiry first; expired batches are moved only with ``override_expired``, a pejabat's
    written reason (the pejabat then sends the transfer, as with an issue of expired goods).
    """
    if override_expired is None:
        can_transfer_goods.require(actor, action=N_("domain", "memindahkan barang antargudang"))
    remarks = _clean(remarks, N_("domain", "Keterangan"))
    driver = _clean(driver, N_("domain", "Pengemudi"), COUNTERPARTY_MAX)
    vehicle = _clean(vehicle, N_("domain", "Kendaraan"), 60)
    if override_expired is not None:
        override_expired = _clean(override_expired, N_("domain", "Alasan"))
        can_override_expired.require(actor, action=N_("domain", "mengeluarkan barang kedaluwarsa"))
        if not override_expired:
            raise ValidationError(N_("errors", "Alasan memindahkan barang kedaluwarsa wajib diisi."))
    src, dst = get_warehouse(session, from_warehouse), get_warehouse(session, to_warehouse)
    if src.id == dst.id:
        raise ValidationError(N_("errors", "Gudang asal dan tujuan sama ({code})."), code=src.code)
    if not lines:
        raise ValidationError(N_("errors", "Mutasi tanpa baris barang."))
    doc = _document(session, actor, "mutasi", doc_number, doc_date, "mutasi", warehouse_id=src.id,
                    backdate_reason=backdate_reason)
    if session.scalar(select(StockTransfer.id).where(StockTransfer.number == doc.number)) is not None:
        raise AlreadyBooked(doc_type="mutasi", doc_number=doc.number, line=1)
    transfer = StockTransfer(number=doc.number, from_warehouse_id=src.id, to_warehouse_id=dst.id, status="dikirim",
                             sent_on=doc.date, sent_at=utcnow(), sent_by=actor.id, driver=driver, vehicle=vehicle,
                             remarks=remarks, difference_reason="")
    session.add(transfer)
    session.flush()
    note = remarks
    if override_expired:
        note = "; ".join(x for x in (remarks, f"izin kedaluwarsa: {override_expired}") if x)
    road = f"dalam perjalanan {doc.number} ke {dst.code}"[:200]
    ids: list[int] = []
    for line_no, line in enumerate(lines, start=1):
        ledger.check_not_booked(session, doc, line_no)
        item = find_item(session, line.item)
        line = replace(line, quantity=line_quantity(session, item, line.quantity, line.pack), pack="")
        picks = pick(session, actor, src, item, line, allow_expired=override_expired is not None, purpose="transfer")
        for j, p in enumerate(picks):
            ledger.take(session, src.id, item.id, p.batch_id, p.quantity, expires=item.expires)
            if p.unit_id is not None:
                unit = session.get(EquipmentUnit, p.unit_id)
                unit.status, unit.warehouse_id, unit.loan_ref = ON_LOAN, None, road
                session.flush()
            ids.append(ledger.record(session, actor, doc, line_no=line_no, part=2 * j, kind="transfer_out",
                                     warehouse_id=src.id, item_id=item.id, batch=p.batch_id, qty_out=p.quantity,
                                     unit_id=p.unit_id, counterparty=dst.name, remarks=note))
            session.add(StockTransferLine(transfer_id=transfer.id, line_no=line_no, part=j, item_id=item.id,
                                          batch_id=p.batch_id, equipment_unit_id=p.unit_id, qty_sent=p.quantity))
    session.flush()
    info = get_transfer(session, doc.number)
    changes = {"dari": src.code, "ke": dst.code, "tanggal": doc.date.isoformat(), "pengemudi": driver,
               "kendaraan": vehicle, "alasan_tanggal_mundur": backdate_reason.strip(),
               "baris": [_line_summary(x) for x in info.lines]}
    if override_expired:
        changes["izin_kedaluwarsa"] = override_expired
    audit.record(session, actor, "stock.transfer_send", N_("domain", "mutasi"), doc.number, changes)
    return info


def _line_summary(x: TransferLineInfo) -> dict:
    return {"barang": x.item, "batch": x.batch, "seri": x.serial, "dikirim": x.qty_sent, "diterima": x.qty_received}


# --- receive ------------------------------------------------------------------------------------------

@changes("stock", "documents")
def receive_transfer(session: Session, actor: Actor, number: str, received: Mapping[str, int] | None = None, *,
                     missing_serials: Sequence[str] = (), reason: str = "", doc_date: date | None = None,
                     backdate_reason: str = "") -> TransferInfo:
    """The transfer arrives at its destination.

    ``received``: item code (or barcode) -> quantity that arrived; items not named arrived in full.
    ``missing_serials``: the serial numbers of units that did not arrive.  Any difference needs
    ``reason``; what did not arrive is recorded on the transfer's lines as lost on the road.
    """
    can_transfer_goods.require(actor, action=N_("domain", "menerima barang mutasi"))
    reason = _clean(reason, N_("domain", "Alasan selisih"))
    number = (number or "").strip()
    transfer = session.scalar(select(StockTransfer).where(StockTransfer.number == number).with_for_update())
    if transfer is None:
        raise NotFound(what=N_("domain", "Mutasi"), key=number)
    if transfer.status != "dikirim":
        raise TransferNotInTransit(number=number, status=STATUS_LABELS[transfer.status])
    dst = session.get(Warehouse, transfer.to_warehouse_id)
    when, _reason = doc_dates.check_document_date(session, dst.id, doc_date, backdate_reason=backdate_reason)
    if when < transfer.sent_on:
        raise ValidationError(N_("errors", "Tanggal terima {date} sebelum tanggal kirim mutasi {number} "
                                           "({sent})."), date=when, number=number, sent=transfer.sent_on)
    rows = session.execute(select(StockTransferLine, Item, EquipmentUnit)
                           .join(Item, Item.id == StockTransferLine.item_id)
                           .outerjoin(EquipmentUnit, EquipmentUnit.id == StockTransferLine.equipment_unit_id)
                           .where(StockTransferLine.transfer_id == transfer.id)
                           .order_by(StockTransferLine.line_no, StockTransferLine.part)).all()
    sent: dict[str, int] = defaultdict(int)
    for line, item, _unit in rows:
        sent[item.code] += line.qty_sent
    arrived = dict(sent)
    named: set[str] = set()
    for key, qty in (received or {}).items():
        item = find_item(session, key)
        named.add(item.code)
        if item.code not in sent:
            raise ValidationError(N_("errors", "Barang {item} tidak ada dalam mutasi {number}."), item=item.code,
                                  number=number)
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0 or qty > sent[item.code]:
            raise ValidationError(N_("errors", "Jumlah diterima {item} harus 0 sampai {sent} (jumlah dikirim); "
                                               "diberikan {given}."), item=item.code, sent=sent[item.code],
                                  given=qty)
        arrived[item.code] = qty
    missing = {s.strip() for s in missing_serials if s.strip()}
    on_transfer = {unit.serial: item.code for _line, item, unit in rows if unit is not None}
    for serial in sorted(missing - set(on_transfer)):
        raise ValidationError(N_("errors", "Nomor seri {serial} tidak ada dalam mutasi {number}."), serial=serial,
                              number=number)
    for _line, item, _unit in rows:
        if item.serialized:
            gone = sum(1 for s, code in on_transfer.items() if code == item.code and s in missing)
            if item.code in named and arrived[item.code] != sent[item.code] - gone:
                raise ValidationError(N_("errors", "Barang {item} bernomor seri: sebutkan nomor seri unit yang "
                                                   "tidak tiba ({count} unit)."),
                                      item=item.code, count=sent[item.code] - arrived[item.code])
            arrived[item.code] = sent[item.code] - gone
    short = {code: sent[code] - arrived[code] for code in sent if arrived[code] < sent[code]}
    if short and not reason:
        first = next(iter(short))
        raise ValidationError(N_("errors", "Barang {item} diterima kurang {difference} dari yang dikirim: isi "
                                           "alasan selisih."), item=first, difference=short[first])
    doc = DocRef("mutasi", transfer.number, when)
    left = dict(arrived)
    ids: list[int] = []
    src = session.get(Warehouse, transfer.from_warehouse_id)
    for line, item, unit in rows:
        if unit is not None:
            n = 0 if unit.serial in missing else 1
        else:
            n = min(left[item.code], line.qty_sent)
        left[item.code] -= n
        line.qty_received = n
        if unit is not None:
            unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.id == unit.id).with_for_update())
            if n:
                unit.status, unit.warehouse_id, unit.loan_ref = IN_WAREHOUSE, dst.id, ""
            else:
                unit.status, unit.warehouse_id = WRITTEN_OFF, None
                unit.loan_ref = f"hilang dalam mutasi {transfer.number}"[:200]
                session.add(EquipmentEvent(unit_id=unit.id, at=utcnow(), user_id=actor.id, kind="status",
                                           old_value=ON_LOAN, new_value=WRITTEN_OFF,
                                           remarks=f"tidak tiba (mutasi {transfer.number}): {reason}"[:300]))
            session.flush()
        if n:
            ledger.put(session, dst.id, item.id, line.batch_id, n, expires=item.expires)
            ids.append(ledger.record(session, actor, doc, line_no=line.line_no, part=2 * line.part + 1,
                                     kind="transfer_in", warehouse_id=dst.id, item_id=item.id, batch=line.batch_id,
                                     qty_in=n, unit_id=line.equipment_unit_id, counterparty=src.name,
                                     remarks=transfer.remarks))
    transfer.status = "diterima_selisih" if short else "diterima"
    transfer.received_on, transfer.received_at, transfer.received_by = when, utcnow(), actor.id
    transfer.difference_reason = reason if short else ""
    session.flush()
    info = get_transfer(session, transfer.number)
    audit.record(session, actor, "stock.transfer_receive", N_("domain", "mutasi"), transfer.number,
                 {"ke": dst.code, "tanggal": when.isoformat(), "selisih": short, "alasan_selisih": info.difference_reason,
                  "seri_tidak_tiba": sorted(missing), "alasan_tanggal_mundur": backdate_reason.strip(),
                  "baris": [_line_summary(x) for x in info.lines]})
    return info


@changes("stock", "documents")
def transfer_goods(session: Session, actor: Actor, from_warehouse: str, to_warehouse: str,
                   lines: Sequence[IssueLine], *, doc_number: str | None = None, doc_date: date | None = None,
                   remarks: str = "", backdate_reason: str = "", override_expired: str | None = None) -> Booking:
    """A transfer sent and received in full on the same day (a short move, the demo's history)."""
    info = send_transfer(session, actor, from_warehouse, to_warehouse, lines, doc_number=doc_number,
                         doc_date=doc_date, remarks=remarks, backdate_reason=backdate_reason,
                         override_expired=override_expired)
    receive_transfer(session, actor, info.number, doc_date=info.sent_on, backdate_reason=backdate_reason)
    ids = list(session.scalars(select(StockMovement.id).where(
        StockMovement.doc_type == "mutasi", StockMovement.doc_number == info.number)
        .order_by(StockMovement.line_no, StockMovement.part)))
    return Booking("mutasi", info.number, info.sent_on, ledger.movement_infos(session, ids))


# --- looking ------------------------------------------------------------------------------------------

_FROM, _TO = aliased(Warehouse), aliased(Warehouse)


def get_transfer(session: Session, number: str) -> TransferInfo:
    number = (number or "").strip()
    row = session.execute(select(StockTransfer, _FROM, _TO)
                          .join(_FROM, _FROM.id == StockTransfer.from_warehouse_id)
                          .join(_TO, _TO.id == StockTransfer.to_warehouse_id)
                          .where(StockTransfer.number == number)).first()
    if row is None:
        raise NotFound(what=N_("domain", "Mutasi"), key=number)
    t, src, dst = row
    lines = session.execute(select(StockTransferLine, Item, Batch, EquipmentUnit.serial)
                            .join(Item, Item.id == StockTransferLine.item_id)
                            .join(Batch, Batch.id == StockTransferLine.batch_id)
                            .outerjoin(EquipmentUnit, EquipmentUnit.id == StockTransferLine.equipment_unit_id)
                            .where(StockTransferLine.transfer_id == t.id)
                            .order_by(StockTransferLine.line_no, StockTransferLine.part)).all()
    return TransferInfo(t.number, t.status, src.code, src.name, dst.code, dst.name, t.sent_on, t.received_on,
                        t.driver, t.vehicle, t.remarks, t.difference_reason,
                        tuple(TransferLineInfo(x.line_no, x.part, item.code, item.name, item.unit, batch.code,
                                               batch.expiry, serial, x.qty_sent, x.qty_received, batch.unit_price)
                              for x, item, batch, serial in lines))


def list_transfers(session: Session, *, status: str | None = None, warehouse: str | None = None) -> list[TransferInfo]:
    query = select(StockTransfer.number).order_by(StockTransfer.sent_on.desc(), StockTransfer.id.desc())
    if status:
        query = query.where(StockTransfer.status == status)
    if warehouse:
        wh = get_warehouse(session, warehouse)
        query = query.where((StockTransfer.from_warehouse_id == wh.id) | (StockTransfer.to_warehouse_id == wh.id))
    return [get_transfer(session, n) for n in session.scalars(query)]


def in_transit(session: Session, warehouse: str | None = None, item: str | None = None) -> list[TransitLine]:
    """What is on the road now (sent, not yet received), to or from ``warehouse`` and of ``item`` when given."""
    query = (select(StockTransfer, _FROM.code, _TO.code, _TO.name, StockTransferLine, Item, Batch,
                    EquipmentUnit.serial)
             .join(_FROM, _FROM.id == StockTransfer.from_warehouse_id)
             .join(_TO, _TO.id == StockTransfer.to_warehouse_id)
             .join(StockTransferLine, StockTransferLine.transfer_id == StockTransfer.id)
             .join(Item, Item.id == StockTransferLine.item_id)
             .join(Batch, Batch.id == StockTransferLine.batch_id)
             .outerjoin(EquipmentUnit, EquipmentUnit.id == StockTransferLine.equipment_unit_id)
             .where(StockTransfer.status == "dikirim")
             .order_by(StockTransfer.sent_on, StockTransfer.id, StockTransferLine.line_no, StockTransferLine.part))
    if warehouse:
        wh = get_warehouse(session, warehouse)
        query = query.where((StockTransfer.from_warehouse_id == wh.id) | (StockTransfer.to_warehouse_id == wh.id))
    if item:
        query = query.where(Item.id == find_item(session, item).id)
    return [TransitLine(t.number, t.sent_on, src, dst, dst_name, it.code, it.name, it.unit, batch.code,
                        batch.expiry, serial, line.qty_sent,
                        None if batch.unit_price is None else batch.unit_price * line.qty_sent)
            for t, src, dst, dst_name, line, it, batch, serial in session.execute(query)]


def in_transit_totals(session: Session) -> dict[tuple[str, str], int]:
    """(destination warehouse code, item code) -> quantity on the road to it."""
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for x in in_transit(session):
        totals[(x.to_warehouse, x.item)] += x.quantity
    return dict(totals)


@dataclass(frozen=True)
class TransitTotal:
    """On the road to one warehouse, of one item, at the end of a day."""

    from_warehouse: str
    to_warehouse: str
    to_name: str
    item: str
    item_name: str
    unit: str
    quantity: int


def in_transit_as_of(session: Session, as_of: date, warehouse_ids: list[int] | None = None) -> list[TransitTotal]:
    """What was on the road at the end of ``as_of`` (sent by then, received after it or not yet), by
    document dates; with ``warehouse_ids`` only transfers from or to those warehouses."""
    query = (select(_FROM.code, _TO.code, _TO.name, Item.code, Item.name, Item.unit,
                    func.sum(StockTransferLine.qty_sent))
             .select_from(StockTransfer)
             .join(_FROM, _FROM.id == StockTransfer.from_warehouse_id)
             .join(_TO, _TO.id == StockTransfer.to_warehouse_id)
             .join(StockTransferLine, StockTransferLine.transfer_id == StockTransfer.id)
             .join(Item, Item.id == StockTransferLine.item_id)
             .where(StockTransfer.sent_on <= as_of,
                    StockTransfer.received_on.is_(None) | (StockTransfer.received_on > as_of))
             .group_by(_FROM.code, _TO.code, _TO.name, Item.code, Item.name, Item.unit)
             .order_by(_TO.code, Item.name, Item.code, _FROM.code))
    if warehouse_ids is not None:
        query = query.where(StockTransfer.from_warehouse_id.in_(warehouse_ids)
                            | StockTransfer.to_warehouse_id.in_(warehouse_ids))
    return [TransitTotal(*row[:-1], int(row[-1])) for row in session.execute(query)]
