"""Receipts, issues, transfers and reversals: the everyday stock operations.

Each operation is one document (its number from ``tagana_app.numbering`` unless the caller gives
the source document's number) with numbered lines; the ledger refuses to book a document line
twice, so a double click or a retry cannot receive or issue the same goods twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import bindparam, case, select
from sqlalchemy.orm import Session

from inventory import doc_dates, ledger, stock_documents
from inventory.catalog import find_item, get_warehouse, pack_size
from inventory.errors import (
    AlreadyReversed,
    ExpiredBatchRefused,
    ExpiredStockRefused,
    NotReversible,
    SerialInUse,
    SerialNotAvailable,
    SerialOutOnLoan,
    UnitNotUsable,
)
from inventory.ledger import Booking, DocRef
from inventory.models import (
    CONDITIONS,
    IN_WAREHOUSE,
    ON_LOAN,
    SOURCES,
    Batch,
    EquipmentUnit,
    Item,
    StockBalance,
    StockMovement,
    Warehouse,
    WriteOff,
    WriteOffLine,
)
from inventory.permissions import (
    can_correct_stock,
    can_issue_goods,
    can_override_expired,
    can_receive_goods,
    can_reverse_movements,
)
from tagana_app import audit, clock, doc_kinds, numbering
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import TEXT_MAX, clean_text
from tagana_app.errors import NotFound, ValidationError
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_, Text

SOURCE_LABELS = {
    "kemensos": N_("domain", "Kemensos"),
    "dinsos_provinsi": N_("domain", "Dinsos Provinsi"),
    "apbd": N_("domain", "Pengadaan APBD"),
    "donor": N_("domain", "Donatur / dunia usaha"),
    "return": N_("domain", "Pengembalian"),
    "lainnya": N_("domain", "Lainnya"),
}
PLACE_LABELS = {"dipinjam": N_("domain", "sedang dipinjam"), "dihapus": N_("domain", "sudah dihapus"),
                "batal": N_("domain", "penerimaannya dibatalkan")}


@dataclass(frozen=True)
class ReceiveLine:
    item: str  # item code or one of its barcodes
    quantity: int  # in ``pack`` when given, else in the item's unit
    batch: str = ""
    expiry: date | None = None
    serials: tuple[str, ...] = ()
    condition: str = "baik"
    pack: str = ""  # a pack size of the item ("karton"); "" or the item's unit: the unit itself
    unit_price: int | None = None  # whole Rupiah per item unit (not per pack); None: not known


@dataclass(frozen=True)
class IssueLine:
    item: str  # item code or one of its barcodes
    quantity: int  # in ``pack`` when given, else in the item's unit
    batch: str | None = None  # a named batch; otherwise earliest expiry first
    serials: tuple[str, ...] = field(default=())  # named units; otherwise picked
    pack: str = ""



MAX_PRICE = 10**12  # whole Rupiah per unit: far above any price, far below BIGINT's limit
DOC_NUMBER_MAX = 80  # stock_movement.doc_number
COUNTERPARTY_MAX = 200  # stock_movement.counterparty


def _document(session: Session, actor: Actor, doc_type: str, number: str | None, when: date | None,
              entity: str, *, warehouse_id: int | None = None, backdate_reason: str = "") -> DocRef:
    """The document a stock operation books on; with ``warehouse_id`` its date is checked
    (inventory.doc_dates: not in the future, not before a posted count, a reason when dated back)."""
    if warehouse_id is not None:
        when, _reason = doc_dates.check_document_date(session, warehouse_id, when, backdate_reason=backdate_reason)
    when = when or clock.today()
    number = clean_text(number, field=N_("domain", "Nomor dokumen"), max_len=DOC_NUMBER_MAX)
    if number:
        numbering.check_reference(session, doc_type, number)
        return DocRef(doc_type, number, when)
    return DocRef(doc_type, numbering.next_number(session, actor, doc_type, when, entity=entity).number, when,
                  fresh=True)


def _backdate_reason(doc: DocRef, reason: str) -> str:
    """The reason kept with a document dated before today (doc_dates required it); "" otherwise."""
    if doc.date >= clock.today():
        return ""
    return clean_text(reason, field=N_("domain", "Alasan tanggal mundur"), max_len=TEXT_MAX, multiline=True)


def _quantity(value: int) -> int:
    return check_quantity(value, field=N_("domain", "Jumlah"))


def line_quantity(session: Session, item: Item, quantity: int, pack: str) -> int:
    """A line's quantity in the item's unit: ``quantity`` of ``pack`` (2 karton of 24 paket: 48)."""
    n = _quantity(quantity) * pack_size(session, item, pack)
    return check_quantity(n, field=N_("domain", "Jumlah"))


def _unit_price(value: int | None) -> int | None:
    if value is None:
        return None
    return check_quantity(value, field=N_("domain", "Harga satuan"), allow_zero=True, maximum=MAX_PRICE)


def _place(session: Session, unit: EquipmentUnit) -> str:
    if unit.status == IN_WAREHOUSE:
        wh = session.get(Warehouse, unit.warehouse_id)
        return Text(N_("domain", "di {warehouse}"), "domain", warehouse=wh.name)
    label = PLACE_LABELS.get(unit.status, unit.status)
    if not unit.loan_ref:
        return label
    return Text(N_("domain", "{place} ({reference})"), "domain", place=label, reference=unit.loan_ref)


def _pending_writeoff_units(session: Session) -> set[int]:
    query = (select(WriteOffLine.equipment_unit_id).join(WriteOff, WriteOff.id == WriteOffLine.write_off_id)
             .where(WriteOff.status == "diajukan", WriteOffLine.equipment_unit_id.is_not(None)))
    return set(session.scalars(query))


# --- receive ----------------------------------------------------------------------------------------

@changes("stock", "documents")
def receive_goods(session: Session, actor: Actor, warehouse: str, lines: Sequence[ReceiveLine], *,
                  source: str, sender: str = "", doc_number: str | None = None, doc_date: date | None = None,
                  remarks: str = "", ref_number: str = "", ref_date: date | None = None,
                  backdate_reason: str = "", file_digest: str | None = None) -> Booking:
    """Penerimaan: goods come in from a source (Kemensos, Dinsos Provinsi, APBD, donor) or come back.

    ``ref_number``/``ref_date``: the sender's document (a Kemensos delivery note) that all the lines
    came under; ``doc_date`` dated back needs ``backdate_reason``.  ``file_digest``: the sha256 of
    the file the lines were read from (the same file is refused a second time).  The header is kept
    in ``stock_document`` (inventory.stock_documents.get_document reads it back).
    """
    can_receive_goods.require(actor, action=N_("domain", "mencatat penerimaan barang"))
    if source not in SOURCES:
        raise ValidationError(N_("errors", "Sumber '{source}' tidak dikenal. Pilihan: {choices}."), source=source,
                              choices=", ".join(SOURCES))
    if not lines:
        raise ValidationError(N_("errors", "Penerimaan tanpa baris barang."))
    wh = get_warehouse(session, warehouse)
    stock_documents.check_file_not_booked(session, "penerimaan", file_digest)
    doc = _document(session, actor, "penerimaan", doc_number, doc_date, "penerimaan", warehouse_id=wh.id,
                    backdate_reason=backdate_reason)
    ref_number = clean_text(ref_number, field=N_("domain", "Nomor dokumen pengirim"), max_len=DOC_NUMBER_MAX)
    counterparty = clean_text(sender, field=N_("domain", "Pengirim"), max_len=COUNTERPARTY_MAX) \
        or SOURCE_LABELS[source]
    remarks = clean_text(remarks, field=N_("domain", "Keterangan"), max_len=TEXT_MAX, multiline=True)
    backdate_reason = _backdate_reason(doc, backdate_reason)
    ids: list[int] = []
    for line_no, line in enumerate(lines, start=1):
        ledger.check_not_booked(session, doc, line_no)
        ids += book_receipt_line(session, actor, wh, line, doc, line_no, source, counterparty, remarks)
    stock_documents.record_document(session, actor, doc, warehouse_id=wh.id, source=source,
                                    counterparty=counterparty, ref_number=ref_number, ref_date=ref_date,
                                    remarks=remarks, backdate_reason=backdate_reason, file_digest=file_digest)
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids), ref_number)
    audit.record(session, actor, "stock.receive", N_("domain", "penerimaan"), doc.number,
                 {"gudang": wh.code, "sumber": source, "dari": counterparty, "dokumen_pengirim": ref_number,
                  "tanggal_dokumen_pengirim": ref_date.isoformat() if ref_date else None,
                  "alasan_tanggal_mundur": backdate_reason.strip(),
                  "baris": [_line_summary(m) for m in booking.movements]})
    return booking


def book_receipt_line(session: Session, actor: Actor, wh: Warehouse, line: ReceiveLine, doc: DocRef, line_no: int,
                  source: str, counterparty: str, remarks: str) -> list[int]:
    item = find_item(session, line.item)
    if not item.active and source != "return":  # its stock may still leave and units still come back
        raise ValidationError(N_("errors", "Barang {item} sudah dinonaktifkan; penerimaan baru tidak dicatat. "
                                           "Aktifkan kembali di Data induk bila barang itu masih diadakan."),
                              item=item.code)
    qty = line_quantity(session, item, line.quantity, line.pack)
    price = _unit_price(line.unit_price)
    if line.condition not in CONDITIONS:
        raise ValidationError(N_("errors", "Kondisi '{condition}' tidak dikenal. Pilihan: {choices}."),
                              condition=line.condition, choices=", ".join(CONDITIONS))
    kind = "return" if source == "return" else "receive"
    if item.serialized:
        serials = [s.strip() for s in line.serials if s.strip()]
        if len(serials) != qty:
            raise ValidationError(N_("errors", "Barang {item} bernomor seri: sebutkan {qty} nomor seri "
                                               "(diberikan {given})."),
                                  item=item.code, qty=qty, given=len(serials))
        if len(set(serials)) != len(serials):
            raise ValidationError(N_("errors", "Nomor seri ganda dalam satu penerimaan barang {item}."),
                                  item=item.code)
        batch = ledger.empty_batch(session, item.id)
        ids = []
        for part, serial in enumerate(serials):
            unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.item_id == item.id,
                                                              EquipmentUnit.serial == serial).with_for_update())
            if unit is None:
                unit = EquipmentUnit(item_id=item.id, serial=serial, condition=line.condition, status=IN_WAREHOUSE,
                                     warehouse_id=wh.id, loan_ref="", remarks="", unit_price=price)
                session.add(unit)
                session.flush()
            elif unit.status == "batal":  # its earlier receipt was reversed: the serial is free again
                unit.status, unit.warehouse_id, unit.condition = IN_WAREHOUSE, wh.id, line.condition
            elif unit.status == ON_LOAN and source == "return" and _lent_by_issue(session, unit):
                unit.status, unit.warehouse_id, unit.loan_ref, unit.dispatch_id = IN_WAREHOUSE, wh.id, "", None
                unit.condition = line.condition
            elif unit.status == ON_LOAN and source == "return":
                # out on a dispatch, a loan or a transfer: it comes back only through that document
                raise SerialOutOnLoan(item=item.name, serial=serial, place=_place(session, unit),
                                      document=unit.loan_ref or "-")
            else:
                raise SerialInUse(serial=serial, item=item.name, place=_place(session, unit))
            if price is not None:  # a unit keeps the price of its receipt (one coming back keeps its own)
                unit.unit_price = price
            ledger.put(session, wh.id, item.id, batch, 1, expires=False)
            ids.append(ledger.record(session, actor, doc, line_no=line_no, part=part, kind=kind,
                                     warehouse_id=wh.id, item_id=item.id, batch=batch, qty_in=1, unit_id=unit.id,
                                     source=source, counterparty=counterparty, remarks=remarks))
        return ids
    if line.serials:
        raise ValidationError(N_("errors", "Barang {item} tidak bernomor seri; hapus nomor seri dari baris "
                                           "ini."), item=item.code)
    if item.expires:
        if line.expiry is None:
            raise ValidationError(N_("errors", "Barang {item} memiliki masa kedaluwarsa: tanggal kedaluwarsa "
                                               "wajib diisi."),
                                  item=item.code)
        code = line.batch.strip() or f"ED-{line.expiry:%Y%m%d}"
    else:
        if line.expiry is not None:
            raise ValidationError(N_("errors", "Barang {item} tidak dicatat kedaluwarsanya; kosongkan tanggal "
                                               "kedaluwarsa."),
                                  item=item.code)
        # a priced receipt without a batch code is its own lot: each lot keeps its price, taken first in first out
        code = line.batch.strip() or (doc.number if price is not None else "")
    batch = ledger.batch_id(session, item.id, code, line.expiry)
    if price is not None:
        ledger.set_batch_price(session, batch, price)
    ledger.put(session, wh.id, item.id, batch, qty, expires=item.expires)
    extra = "" if line.condition == "baik" else f"kondisi {line.condition}"
    note = "; ".join(x for x in (remarks, extra) if x)
    return [ledger.record(session, actor, doc, line_no=line_no, part=0, kind=kind, warehouse_id=wh.id,
                          item_id=item.id, batch=batch, qty_in=qty, source=source, counterparty=counterparty,
                          remarks=note)]


def _lent_by_issue(session: Session, unit: EquipmentUnit) -> bool:
    """The unit went out by a plain issue (pengeluaran), whose return is a receipt from "return"."""
    last = session.execute(select(StockMovement.kind, StockMovement.doc_type)
                           .where(StockMovement.equipment_unit_id == unit.id)
                           .order_by(StockMovement.id.desc()).limit(1)).first()
    return unit.dispatch_id is None and last is not None and tuple(last) == ("issue", "pengeluaran")


def _line_summary(m: ledger.MovementInfo) -> dict:
    return {"barang": m.item, "batch": m.batch, "seri": m.serial, "masuk": m.qty_in, "keluar": m.qty_out}


# --- picking ------------------------------------------------------------------------------------------

# Earliest expiry first; built once (see inventory.ledger on why).
_FEFO = (select(StockBalance.batch_id, StockBalance.quantity - StockBalance.reserved, Batch.code, Batch.expiry)
         .join(Batch, Batch.id == StockBalance.batch_id)
         .where(StockBalance.warehouse_id == bindparam("w"), StockBalance.item_id == bindparam("i"),
                StockBalance.quantity - StockBalance.reserved > 0)
         .order_by(Batch.expiry.is_(None), Batch.expiry, Batch.id)
         .with_for_update(of=StockBalance))
_FEFO_BATCH = _FEFO.where(Batch.code == bindparam("code"))


@dataclass(frozen=True)
class Pick:
    batch_id: int
    quantity: int
    unit_id: int | None = None


def pick(session: Session, actor: Actor, wh: Warehouse, item: Item, line: IssueLine, *,
         allow_expired: bool, purpose: str = "issue") -> list[Pick]:
    """Which batches or units a line takes: named ones, else earliest expiry first (FEFO).

    Expired batches are skipped unless ``allow_expired``.  ``purpose`` is "issue", "transfer" or
    "writeoff": units in "rusak berat" condition are never issued, are moved only when named or
    when nothing better is left, and are written off first.  Rows are locked on PostgreSQL.
    """
    qty = _quantity(line.quantity)
    if item.serialized:
        return _pick_units(session, wh, item, line, qty, purpose)
    if line.serials:
        raise ValidationError(N_("errors", "Barang {item} tidak bernomor seri; hapus nomor seri dari baris "
                                           "ini."), item=item.code)
    now = clock.today()
    params = {"w": wh.id, "i": item.id, "code": (line.batch or "").strip()}
    rows = session.execute(_FEFO if line.batch is None else _FEFO_BATCH, params).all()
    if line.batch is not None and not rows:
        if session.scalar(select(Batch.id).where(Batch.item_id == item.id, Batch.code == line.batch.strip())) is None:
            raise NotFound(what=N_("domain", "Batch"), key=f"{item.code}/{line.batch}")
        raise ledger.insufficient(session, wh.id, item.id, qty, 0)
    usable = [r for r in rows if allow_expired or r.expiry is None or r.expiry >= now]
    if line.batch is not None and rows and not usable:
        raise ExpiredBatchRefused(batch=rows[0].code, item=item.name, expiry=rows[0].expiry)
    total = sum(r[1] for r in usable)
    if total < qty:
        expired = sum(r[1] for r in rows) - total
        if expired:
            raise ExpiredStockRefused(item=f"{item.name} ({item.code})", warehouse=wh.name, available=total,
                                      requested=qty, expired=expired, unit=item.unit)
        raise ledger.insufficient(session, wh.id, item.id, qty, total)
    picks, left = [], qty
    for r in usable:
        take = min(left, r[1])
        picks.append(Pick(r.batch_id, take))
        left -= take
        if left == 0:
            break
    return picks


def _pick_units(session: Session, wh: Warehouse, item: Item, line: IssueLine, qty: int,
                purpose: str) -> list[Pick]:
    batch = ledger.empty_batch(session, item.id)
    pending = _pending_writeoff_units(session)
    if line.serials:
        serials = [s.strip() for s in line.serials if s.strip()]
        if len(serials) != qty or len(set(serials)) != qty:
            raise ValidationError(N_("errors", "Barang {item} bernomor seri: sebutkan {qty} nomor seri yang "
                                               "berbeda (diberikan {given})."),
                                  item=item.code, qty=qty, given=len(serials))
        picks = []
        for serial in serials:
            unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.item_id == item.id,
                                                              EquipmentUnit.serial == serial).with_for_update())
            if unit is None:
                raise NotFound(what=N_("domain", "Nomor seri"), key=f"{item.code}/{serial}")
            if unit.status != IN_WAREHOUSE or unit.warehouse_id != wh.id:
                raise SerialNotAvailable(item=item.name, serial=serial, warehouse=wh.name,
                                         place=_place(session, unit))
            if unit.id in pending:
                raise SerialNotAvailable(item=item.name, serial=serial, warehouse=wh.name,
                                         place=N_("domain", "sedang diusulkan untuk dihapus"))
            if unit.condition == "rusak berat" and purpose == "issue":
                raise UnitNotUsable(item=item.name, serial=serial, condition=unit.condition)
            picks.append(Pick(batch, 1, unit.id))
        return picks
    # A unit a dispatch already holds (approved, not yet sent) is not picked for anything else.
    query = (select(EquipmentUnit.id)
             .where(EquipmentUnit.item_id == item.id, EquipmentUnit.warehouse_id == wh.id,
                    EquipmentUnit.status == IN_WAREHOUSE, EquipmentUnit.dispatch_id.is_(None))
             .with_for_update())
    # Alphabetically 'baik' < 'rusak berat' < 'rusak ringan'.
    rank = case((EquipmentUnit.condition == "baik", 0), (EquipmentUnit.condition == "rusak ringan", 1), else_=2)
    if purpose == "writeoff":  # the most damaged first
        query = query.order_by(rank.desc(), EquipmentUnit.serial)
    else:
        query = query.order_by(rank, EquipmentUnit.serial)
        if purpose == "issue":  # a heavily damaged unit is never handed out
            query = query.where(EquipmentUnit.condition != "rusak berat")
    units = [u for u in session.scalars(query) if u not in pending]
    if len(units) < qty:
        raise ledger.insufficient(session, wh.id, item.id, qty, len(units))
    return [Pick(batch, 1, u) for u in units[:qty]]


# --- issue --------------------------------------------------------------------------------------------

def book_issue_lines(session: Session, actor: Actor, wh: Warehouse, doc: DocRef, lines: Sequence[IssueLine], *,
                     recipient: str, remarks: str = "", allow_expired: bool = False) -> list[int]:
    """Book ``lines`` out of ``wh`` under ``doc`` as issue movements (earliest expiry first); the movement ids.

    The booking of a pengeluaran, shared with the documents that hand goods out under their own
    number (a distribution, ``deployment.distribution.service``); the caller checks who may.
    """
    ids: list[int] = []
    for line_no, line in enumerate(lines, start=1):
        ledger.check_not_booked(session, doc, line_no)
        item = find_item(session, line.item)
        line = replace(line, quantity=line_quantity(session, item, line.quantity, line.pack), pack="")
        for part, p in enumerate(pick(session, actor, wh, item, line, allow_expired=allow_expired)):
            ledger.take(session, wh.id, item.id, p.batch_id, p.quantity, expires=item.expires)
            if p.unit_id is not None:
                unit = session.get(EquipmentUnit, p.unit_id)
                unit.status, unit.warehouse_id, unit.loan_ref = ON_LOAN, None, recipient[:200]
                session.flush()
            ids.append(ledger.record(session, actor, doc, line_no=line_no, part=part, kind="issue",
                                     warehouse_id=wh.id, item_id=item.id, batch=p.batch_id, qty_out=p.quantity,
                                     unit_id=p.unit_id, counterparty=recipient, remarks=remarks))
    return ids


@changes("stock", "documents")
def issue_goods(session: Session, actor: Actor, warehouse: str, lines: Sequence[IssueLine], *, recipient: str,
                doc_number: str | None = None, doc_date: date | None = None, remarks: str = "",
                override_expired: str | None = None, ref_number: str = "", ref_date: date | None = None,
                backdate_reason: str = "", file_digest: str | None = None) -> Booking:
    """Pengeluaran to a named recipient: consumables leave for good, equipment goes out on loan.

    Batches are taken earliest expiry first, then oldest lot first, so each leaves with its own price.

    Expired batches are refused unless a pejabat overrides with a written reason.
    """
    can_issue_goods.require(actor, action=N_("domain", "mengeluarkan barang"))
    recipient = clean_text(recipient, field=N_("domain", "Penerima"), max_len=COUNTERPARTY_MAX)
    remarks = clean_text(remarks, field=N_("domain", "Keterangan"), max_len=TEXT_MAX, multiline=True)
    if override_expired is not None:
        override_expired = clean_text(override_expired, field=N_("domain", "Alasan"), max_len=TEXT_MAX,
                                      multiline=True)
    if not recipient:
        raise ValidationError(N_("errors", "Penerima barang wajib diisi."))
    if override_expired is not None:
        can_override_expired.require(actor, action=N_("domain", "mengeluarkan barang kedaluwarsa"))
        if not override_expired.strip():
            raise ValidationError(N_("errors", "Alasan pengeluaran barang kedaluwarsa wajib diisi."))
    if not lines:
        raise ValidationError(N_("errors", "Pengeluaran tanpa baris barang."))
    wh = get_warehouse(session, warehouse)
    stock_documents.check_file_not_booked(session, "pengeluaran", file_digest)
    doc = _document(session, actor, "pengeluaran", doc_number, doc_date, "pengeluaran", warehouse_id=wh.id,
                    backdate_reason=backdate_reason)
    ref_number = clean_text(ref_number, field=N_("domain", "Nomor dokumen permintaan"), max_len=DOC_NUMBER_MAX)
    backdate_reason = _backdate_reason(doc, backdate_reason)
    note = remarks
    if override_expired:
        note = "; ".join(x for x in (remarks, f"izin kedaluwarsa: {override_expired.strip()}") if x)
    ids = book_issue_lines(session, actor, wh, doc, lines, recipient=recipient, remarks=note,
                           allow_expired=override_expired is not None)
    stock_documents.record_document(session, actor, doc, warehouse_id=wh.id, counterparty=recipient,
                                    ref_number=ref_number, ref_date=ref_date, remarks=note,
                                    backdate_reason=backdate_reason, file_digest=file_digest)
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids), ref_number)
    changes = {"gudang": wh.code, "kepada": recipient, "dokumen_permintaan": ref_number,
               "tanggal_dokumen_permintaan": ref_date.isoformat() if ref_date else None,
               "alasan_tanggal_mundur": backdate_reason.strip(),
               "baris": [_line_summary(m) for m in booking.movements]}
    if override_expired:
        changes["izin_kedaluwarsa"] = override_expired.strip()
    audit.record(session, actor, "stock.issue", N_("domain", "pengeluaran"), doc.number, changes)
    return booking


# --- reversal -----------------------------------------------------------------------------------------

@changes("stock")
def reverse_movement(session: Session, actor: Actor, movement_id: int, reason: str) -> Booking:
    """Correct a mistake with reversing movements pointing to the originals (never edit or delete).

    Only lines of receipts and issues: a movement of a dispatch, a count, a write-off or a transfer is
    corrected through its document's own step (``document_step``).
    """
    can_reverse_movements.require(actor, action=N_("domain", "membatalkan mutasi stok"))
    reason = clean_text(reason, field=N_("domain", "Alasan"), max_len=TEXT_MAX, multiline=True)
    if not reason:
        raise ValidationError(N_("errors", "Alasan pembatalan wajib diisi."))
    original = session.get(StockMovement, movement_id)
    if original is None:
        raise NotFound(what=N_("domain", "Mutasi"), key=movement_id)
    if original.kind == "reversal":
        raise NotReversible(movement=movement_id,
                            reason=Text(N_("errors", "mutasi pembatalan tidak dapat dibatalkan lagi; catat "
                                                     "transaksi baru.")))
    step = document_step(original.kind, original.doc_type)
    if step is not None:
        raise NotReversible(movement=movement_id, reason=Text(
            N_("errors", "mutasi ini bagian dari {kind} {number} dan dikoreksi melalui langkah dokumennya: "
                         "{step}."), kind=doc_kinds.label(original.doc_type), number=original.doc_number, step=step))
    can_correct_stock.require(actor, action=N_("domain", "membatalkan mutasi stok"))
    group = [original]
    done = session.scalar(select(StockMovement.id).where(StockMovement.reverses_id == original.id))
    if done is not None:
        raise AlreadyReversed(movement=original.id, reversal=done)
    doc = DocRef("koreksi", f"KOREKSI-{original.id}", clock.today())
    ids = book_reversals(session, actor, doc, group, reason)
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids))
    audit.record(session, actor, "stock.reverse", N_("domain", "mutasi"), str(original.id),
                 {"dibatalkan": [m.id for m in group], "pembatalan": ids, "alasan": reason})
    return booking


# The movements that belong to a document with its own steps: corrected through those steps, never
# reversed on their own (a dispatch's BAST and report would no longer agree with the stock).
_STEPS = {
    "pengiriman": N_("errors", "pengembalian barang atau pembatalan pengiriman"),
    "pengembalian": N_("errors", "koreksi pengembalian pada pengirimannya"),
    "opname": N_("errors", "stock opname berikutnya"),
    "penghapusan": N_("errors", "usulan dan keputusan penghapusan"),
    "mutasi": N_("errors", "penerimaan mutasi di gudang tujuan (selisih dengan alasan) atau mutasi balik"),
    "pinjam_pakai": N_("errors", "pengembalian unit melalui pinjam pakainya"),
    "ba_pengembalian": N_("errors", "pengembalian unit melalui pinjam pakainya"),
    "distribusi": N_("errors", "pembatalan distribusinya"),
}
_STEP_KINDS = {"dispatch": "pengiriman", "adjust": "opname", "writeoff": "penghapusan", "transfer_out": "mutasi",
               "transfer_in": "mutasi"}


def document_step(kind: str, doc_type: str) -> Text | None:
    """How a movement of this kind and document is corrected when not by reversing it (None: reversible)."""
    step = _STEPS.get(doc_type) or _STEPS.get(_STEP_KINDS.get(kind, ""))
    return None if step is None else Text(step, "errors")


def book_reversals(session: Session, actor: Actor, doc: DocRef, group: list[StockMovement], reason: str
                   ) -> list[int]:
    """Book a reversing movement for each of ``group`` under ``doc`` (line 1, parts in order)."""
    ids: list[int] = []
    # Take back what came in before giving back what went out, so a transfer never overdraws.
    ordered = sorted(group, key=lambda m: 0 if m.qty_in else 1)
    for m in ordered:  # before any reversing movement exists, so "moved since" is judged right
        if m.equipment_unit_id is not None:
            _reverse_unit(session, m, group)
    for part, m in enumerate(ordered):
        if m.qty_in:
            ledger.take(session, m.warehouse_id, m.item_id, m.batch_id, m.qty_in)
        else:
            ledger.put(session, m.warehouse_id, m.item_id, m.batch_id, m.qty_out)
        ids.append(ledger.record(session, actor, doc, line_no=1, part=part, kind="reversal",
                                 warehouse_id=m.warehouse_id, item_id=m.item_id, batch=m.batch_id,
                                 qty_in=m.qty_out, qty_out=m.qty_in, unit_id=m.equipment_unit_id,
                                 counterparty=m.counterparty, remarks=f"membatalkan #{m.id}: {reason}",
                                 reverses_id=m.id))
    return ids


def _reverse_unit(session: Session, m: StockMovement, group: list[StockMovement]) -> None:
    """Put an equipment unit back where it was before ``m``; only when it has not moved since."""
    unit = session.get(EquipmentUnit, m.equipment_unit_id)
    last = session.scalar(select(StockMovement.id).where(StockMovement.equipment_unit_id == unit.id)
                          .order_by(StockMovement.id.desc()).limit(1))
    if last not in {g.id for g in group}:
        raise NotReversible(movement=m.id, reason=Text(N_("errors", "unit {serial} sudah berpindah lagi "
                                                                    "sesudahnya."),
                                                       serial=unit.serial))
    if m.qty_in:  # received or returned: undo
        earlier = session.scalar(select(StockMovement.id).where(StockMovement.equipment_unit_id == unit.id,
                                                                StockMovement.id < m.id).limit(1))
        if unit.status != IN_WAREHOUSE or unit.warehouse_id != m.warehouse_id:
            raise NotReversible(movement=m.id, reason=Text(N_("errors", "unit {serial} tidak lagi di gudang "
                                                                        "ini."),
                                                           serial=unit.serial))
        if earlier is None:
            unit.status, unit.warehouse_id = "batal", None
        else:
            unit.status, unit.warehouse_id, unit.loan_ref = ON_LOAN, None, m.counterparty
    else:  # issued or written off: back into the warehouse
        unit.status, unit.warehouse_id, unit.loan_ref, unit.dispatch_id = IN_WAREHOUSE, m.warehouse_id, "", None
    session.flush()
