"""Write-off (penghapusan) of damaged, lost or expired goods.

Warehouse staff propose it: the goods are reserved at once, so they cannot be issued while the
proposal waits.  A pejabat approves it (the write-off movements are booked and serial-numbered
units leave the books) or refuses it (the reservation is released).  The approved write-off is
what the Berita Acara Penghapusan records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory import ledger
from inventory.catalog import get_item, get_warehouse
from inventory.errors import (
    UnitNotWrittenOffAsDamaged,
    WriteOffNotExpired,
    WriteOffNotPending,
)
from inventory.ledger import Booking, DocRef
from inventory.models import (
    DISPOSAL_METHODS,
    WRITEOFF_REASONS,
    Batch,
    EquipmentUnit,
    Item,
    Warehouse,
    WriteOff,
    WriteOffLine,
)
from inventory.permissions import can_decide_writeoff, can_request_writeoff
from inventory.stock import IssueLine, pick
from tagana_app import audit, clock, numbering
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import User, utcnow
from tagana_app.quantities import check_rupiah
from tagana_app.texts import N_, Text

# 'rusak' is "rusak berat": a unit in "rusak ringan" is repaired or has its condition changed first
REASON_LABELS = {"rusak": N_("domain", "Rusak berat"), "hilang": N_("domain", "Hilang"),
                 "kedaluwarsa": N_("domain", "Kedaluwarsa")}
METHOD_LABELS = {"dimusnahkan": N_("domain", "dimusnahkan"), "dihibahkan": N_("domain", "dihibahkan"),
                 "dijual": N_("domain", "dijual/dilelang"),
                 "sebab_lain": N_("domain", "dihapus karena sebab lain (hilang, dicuri, terbakar)")}
DECREE_NUMBER_MAX, DECREE_ISSUER_MAX = 120, 200


@dataclass(frozen=True)
class Decree:
    """The decree (surat keputusan) a write-off rests on."""

    number: str
    day: date
    issuer: str


@dataclass(frozen=True)
class WriteOffLineInfo:
    line_no: int
    item: str
    item_name: str
    unit: str
    batch: str
    expiry: date | None
    serial: str | None
    condition: str | None
    quantity: int
    unit_price: int | None = None     # the batch's price per item unit (whole Rupiah), when known

    @property
    def line_value(self) -> int | None:
        return None if self.unit_price is None else self.unit_price * self.quantity


@dataclass(frozen=True)
class WriteOffInfo:
    id: int
    number: str
    warehouse: str
    warehouse_name: str
    status: str
    reason_kind: str
    reason: str
    requested_at: datetime
    requested_by: str
    decided_at: datetime | None
    decided_by: str
    decision_remarks: str
    lines: tuple[WriteOffLineInfo, ...]
    decree: Decree | None = None
    value: int | None = None          # whole Rupiah, when known
    method: str = ""                  # a DISPOSAL_METHODS code, "" until recorded

    @property
    def priced(self) -> bool:
        """Whether any line's batch has a price (the Berita Acara then shows value columns)."""
        return any(x.unit_price is not None for x in self.lines)

    @property
    def lines_value(self) -> int:
        """The value of the priced lines, whole Rupiah."""
        return sum(x.line_value or 0 for x in self.lines)


@dataclass(frozen=True)
class PendingLine:
    """A line of a write-off that waits for a pejabat, as the stock page shows it on its batch or unit."""

    number: str
    batch: str
    serial: str | None
    quantity: int


def _check_method(method: str) -> str:
    method = method.strip()
    if method and method not in DISPOSAL_METHODS:
        raise ValidationError(N_("errors", "Cara penghapusan '{method}' tidak dikenal. Pilihan: {choices}."),
                              method=method[:40], choices=", ".join(DISPOSAL_METHODS))
    return method


def _check_decree(decree: Decree) -> Decree:
    number, issuer = " ".join(decree.number.split()), " ".join(decree.issuer.split())
    if not number or not issuer:
        raise ValidationError(N_("errors", "Keputusan penghapusan perlu nomor, tanggal dan pejabat yang "
                                           "menetapkannya."))
    if len(number) > DECREE_NUMBER_MAX or len(issuer) > DECREE_ISSUER_MAX:
        raise ValidationError(N_("errors", "Nomor keputusan paling panjang {number_max} huruf, pejabat yang "
                                           "menetapkan {issuer_max} huruf."), number_max=DECREE_NUMBER_MAX,
                              issuer_max=DECREE_ISSUER_MAX)
    if decree.day > clock.today():
        raise ValidationError(N_("errors", "Tanggal keputusan {day} belum terjadi."), day=decree.day.isoformat())
    return Decree(number, decree.day, issuer)


def _apply_basis(wo: WriteOff, decree: Decree | None, value: int | None, method: str | None) -> None:
    if decree is not None:
        decree = _check_decree(decree)
        wo.decree_number, wo.decree_date, wo.decree_issuer = decree.number, decree.day, decree.issuer
    if value is not None:
        wo.value = check_rupiah(value, field=N_("domain", "Nilai barang"))
    if method is not None:
        wo.disposal_method = _check_method(method)


def _check_reason_fits(session: Session, reason_kind: str, item: Item, batch_id: int, unit_id: int | None) -> None:
    """'rusak' (rusak berat) takes only units in "rusak berat"; 'kedaluwarsa' only expired batches."""
    if reason_kind == "rusak" and unit_id is not None:
        unit = session.get(EquipmentUnit, unit_id)
        if unit.condition != "rusak berat":
            raise UnitNotWrittenOffAsDamaged(item=item.name, serial=unit.serial, condition=unit.condition)
    if reason_kind == "kedaluwarsa":
        batch = session.get(Batch, batch_id)
        if batch.expiry is None or batch.expiry >= clock.today():
            raise WriteOffNotExpired(batch=batch.code or "-", item=item.name,
                                     expiry=batch.expiry.isoformat() if batch.expiry else "-")


@changes("stock", "documents")
def request_writeoff(session: Session, actor: Actor, warehouse: str, lines: Sequence[IssueLine], *,
                     reason_kind: str, reason: str, number: str | None = None, value: int | None = None,
                     method: str | None = None) -> WriteOffInfo:
    """Propose a write-off; the goods are reserved until a pejabat decides."""
    can_request_writeoff.require(actor, action=N_("domain", "mengajukan penghapusan barang"))
    if reason_kind not in WRITEOFF_REASONS:
        raise ValidationError(N_("errors", "Alasan penghapusan '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=reason_kind,
                              choices=", ".join(WRITEOFF_REASONS))
    if not reason.strip():
        raise ValidationError(N_("errors", "Uraian alasan penghapusan wajib diisi."))
    if not lines:
        raise ValidationError(N_("errors", "Penghapusan tanpa baris barang."))
    wh = get_warehouse(session, warehouse)
    number = (number or "").strip()
    if number:  # given by hand: recorded in the registry like an issued number (its prints are recorded)
        numbering.register_number(session, actor, "penghapusan", number, clock.today(), entity="penghapusan")
    else:
        number = numbering.next_number(session, actor, "penghapusan", clock.today(), entity="penghapusan").number
    if session.scalar(select(WriteOff.id).where(WriteOff.number == number)) is not None:
        raise ValidationError(N_("errors", "Nomor penghapusan {number} sudah dipakai."), number=number)
    wo = WriteOff(number=number, warehouse_id=wh.id, status="diajukan", reason_kind=reason_kind,
                  reason=reason.strip(), requested_at=utcnow(), requested_by=actor.id, decision_remarks="")
    _apply_basis(wo, None, value, method)
    session.add(wo)
    session.flush()
    n = 0
    for line in lines:
        item = get_item(session, line.item)
        for p in pick(session, actor, wh, item, line, allow_expired=True, purpose="writeoff"):
            _check_reason_fits(session, reason_kind, item, p.batch_id, p.unit_id)
            ledger.reserve(session, wh.id, item.id, p.batch_id, p.quantity)
            n += 1
            session.add(WriteOffLine(write_off_id=wo.id, line_no=n, item_id=item.id, batch_id=p.batch_id,
                                     equipment_unit_id=p.unit_id, quantity=p.quantity))
    session.flush()
    info = writeoff_info(session, wo.id)
    audit.record(session, actor, "stock.writeoff.request", N_("domain", "penghapusan"), number,
                 {"gudang": wh.code, "alasan": reason_kind, "uraian": wo.reason,
                  "baris": [{"barang": x.item, "batch": x.batch, "seri": x.serial, "jumlah": x.quantity}
                            for x in info.lines]})
    return info


def _user_name(session: Session, user_id: int | None) -> str:
    return session.scalar(select(User.username).where(User.id == user_id)) or "" if user_id else ""


def _pending(session: Session, actor: Actor, number: str, action: str) -> WriteOff:
    """The write-off ``actor`` decides: still pending, and not requested by ``actor`` (the administrator
    neither: ``can_decide_writeoff`` is separated, its ``made_by`` the requester)."""
    wo = session.scalar(select(WriteOff).where(WriteOff.number == number).with_for_update())
    if wo is None:
        raise NotFound(what=N_("domain", "Penghapusan"), key=number)
    if wo.status != "diajukan":
        raise WriteOffNotPending(number=number, status=wo.status)
    can_decide_writeoff.require(actor, action=Text(action, "domain", number=number),
                                made_by=_user_name(session, wo.requested_by))
    return wo


def may_decide(actor: Actor, info: WriteOffInfo) -> bool:
    """Whether ``actor`` may approve or reject ``info`` now (the window enables its buttons by this)."""
    return info.status == "diajukan" and can_decide_writeoff(actor, made_by=info.requested_by)


@changes("stock", "documents")
def approve_writeoff(session: Session, actor: Actor, number: str, *, remarks: str = "", decree: Decree | None = None,
                     value: int | None = None, method: str | None = None) -> tuple[WriteOffInfo, Booking]:
    """A pejabat approves: the reserved goods leave the books by write-off movements.  The decree, value
    and disposal method may be recorded with it (or later, ``record_writeoff_basis``)."""
    can_decide_writeoff.require(actor, action=N_("domain", "menyetujui penghapusan barang"))
    wo = _pending(session, actor, number, N_("domain", "menyetujui penghapusan {number}"))
    _apply_basis(wo, decree, value, method)
    doc = DocRef("penghapusan", wo.number, clock.today())
    ids: list[int] = []
    wlines = list(session.scalars(select(WriteOffLine).where(WriteOffLine.write_off_id == wo.id)
                                  .order_by(WriteOffLine.line_no)))
    for line in wlines:
        ledger.take(session, wo.warehouse_id, line.item_id, line.batch_id, line.quantity, reserved=True)
        if line.equipment_unit_id is not None:
            unit = session.get(EquipmentUnit, line.equipment_unit_id)
            unit.status, unit.warehouse_id, unit.loan_ref = "dihapus", None, wo.number
            session.flush()
        ids.append(ledger.record(session, actor, doc, line_no=line.line_no, part=0, kind="writeoff",
                                 warehouse_id=wo.warehouse_id, item_id=line.item_id, batch=line.batch_id,
                                 qty_out=line.quantity, unit_id=line.equipment_unit_id,
                                 counterparty=f"Dihapus ({REASON_LABELS[wo.reason_kind].lower()})",
                                 remarks=wo.reason))
    wo.status, wo.decided_at, wo.decided_by, wo.decision_remarks = "disetujui", utcnow(), actor.id, remarks.strip()
    session.flush()
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids))
    audit.record(session, actor, "stock.writeoff.approve", N_("domain", "penghapusan"), wo.number,
                 {"mutasi": ids, "catatan": wo.decision_remarks})
    return writeoff_info(session, wo.id), booking


@changes("stock")
def record_writeoff_basis(session: Session, actor: Actor, number: str, *, decree: Decree | None = None,
                          value: int | None = None, method: str | None = None) -> WriteOffInfo:
    """A pejabat records what the Berita Acara Penghapusan rests on: the decree (number, date, issuer),
    the value when known, the disposal method.  Not for a refused write-off."""
    can_decide_writeoff.require(actor, action=N_("domain", "mencatat keputusan penghapusan"))
    wo = session.scalar(select(WriteOff).where(WriteOff.number == number).with_for_update())
    if wo is None:
        raise NotFound(what=N_("domain", "Penghapusan"), key=number)
    if wo.status == "ditolak":
        raise WriteOffNotPending(number=number, status=wo.status)
    _apply_basis(wo, decree, value, method)
    session.flush()
    audit.record(session, actor, "stock.writeoff.basis", N_("domain", "penghapusan"), wo.number,
                 {"keputusan": wo.decree_number, "tanggal": wo.decree_date.isoformat() if wo.decree_date else None,
                  "penetap": wo.decree_issuer, "nilai": wo.value, "cara": wo.disposal_method})
    return writeoff_info(session, wo.id)


@changes("stock")
def reject_writeoff(session: Session, actor: Actor, number: str, *, remarks: str) -> WriteOffInfo:
    """A pejabat refuses: the reservation is released, nothing leaves the books."""
    can_decide_writeoff.require(actor, action=N_("domain", "menolak penghapusan barang"))
    if not remarks.strip():
        raise ValidationError(N_("errors", "Alasan penolakan wajib diisi."))
    wo = _pending(session, actor, number, N_("domain", "menolak penghapusan {number}"))
    for line in session.scalars(select(WriteOffLine).where(WriteOffLine.write_off_id == wo.id)):
        ledger.release(session, wo.warehouse_id, line.item_id, line.batch_id, line.quantity)
    wo.status, wo.decided_at, wo.decided_by, wo.decision_remarks = "ditolak", utcnow(), actor.id, remarks.strip()
    session.flush()
    audit.record(session, actor, "stock.writeoff.reject", N_("domain", "penghapusan"), wo.number,
                 {"alasan": remarks.strip()})
    return writeoff_info(session, wo.id)


def writeoff_info(session: Session, writeoff_id: int) -> WriteOffInfo:
    wo = session.get(WriteOff, writeoff_id)
    wh = session.get(Warehouse, wo.warehouse_id)
    rows = session.execute(select(WriteOffLine, Item, Batch, EquipmentUnit)
                           .join(Item, Item.id == WriteOffLine.item_id)
                           .join(Batch, Batch.id == WriteOffLine.batch_id)
                           .outerjoin(EquipmentUnit, EquipmentUnit.id == WriteOffLine.equipment_unit_id)
                           .where(WriteOffLine.write_off_id == wo.id).order_by(WriteOffLine.line_no)).all()
    lines = tuple(WriteOffLineInfo(line.line_no, item.code, item.name, item.unit, batch.code, batch.expiry,
                                   unit.serial if unit else None, unit.condition if unit else None, line.quantity,
                                   batch.unit_price)
                  for line, item, batch, unit in rows)

    decree = Decree(wo.decree_number, wo.decree_date, wo.decree_issuer) if wo.decree_date else None
    return WriteOffInfo(wo.id, wo.number, wh.code, wh.name, wo.status, wo.reason_kind, wo.reason, wo.requested_at,
                        _user_name(session, wo.requested_by), wo.decided_at, _user_name(session, wo.decided_by), wo.decision_remarks, lines,
                        decree, wo.value, wo.disposal_method)


def get_writeoff(session: Session, number: str) -> WriteOffInfo:
    wid = session.scalar(select(WriteOff.id).where(WriteOff.number == number))
    if wid is None:
        raise NotFound(what=N_("domain", "Penghapusan"), key=number)
    return writeoff_info(session, wid)


def list_writeoffs(session: Session, *, status: str | None = None) -> list[WriteOffInfo]:
    query = select(WriteOff.id).order_by(WriteOff.id.desc())
    if status:
        query = query.where(WriteOff.status == status)
    return [writeoff_info(session, wid) for wid in session.scalars(query)]


def pending_lines(session: Session, warehouse: str, item: str) -> list[PendingLine]:
    """The lines of pending write-offs of ``item`` in ``warehouse``: what its reservation waits for."""
    rows = session.execute(select(WriteOff.number, Batch.code, EquipmentUnit.serial, WriteOffLine.quantity)
                           .join(WriteOffLine, WriteOffLine.write_off_id == WriteOff.id)
                           .join(Warehouse, Warehouse.id == WriteOff.warehouse_id)
                           .join(Item, Item.id == WriteOffLine.item_id)
                           .join(Batch, Batch.id == WriteOffLine.batch_id)
                           .outerjoin(EquipmentUnit, EquipmentUnit.id == WriteOffLine.equipment_unit_id)
                           .where(WriteOff.status == "diajukan", Warehouse.code == warehouse, Item.code == item)
                           .order_by(WriteOff.id, WriteOffLine.line_no)).all()
    return [PendingLine(*row) for row in rows]
