"""The header of a stock document (receipt, issue, opening-stock import) and reading one back whole.

``stock_document`` holds what the ledger lines do not: our number with the sender's or requester's
own document (``ref_number``, which many lines and documents may share), the document date and when
it was typed, the reason a back-dated document gives, and the digest of the file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.errors import FileAlreadyBooked
from inventory.ledger import DocRef
from inventory.models import Batch, EquipmentUnit, Item, StockDocument, StockMovement, Warehouse
from tagana_app import doc_kinds
from tagana_app.accounts import Actor
from tagana_app.errors import NotFound
from tagana_app.models import User
from tagana_app.texts import N_


@dataclass(frozen=True)
class DocumentLine:
    line_no: int
    item: str
    item_name: str
    unit: str
    quantity: int  # in the item's unit (packs multiplied out)
    batch: str
    expiry: date | None
    serial: str | None
    unit_price: int | None  # whole Rupiah per unit; None: not known
    movement_id: int

    @property
    def value(self) -> int | None:
        return None if self.unit_price is None else self.quantity * self.unit_price


@dataclass(frozen=True)
class StockDocumentInfo:
    doc_type: str
    number: str
    warehouse: str
    warehouse_name: str
    doc_date: date
    entered_at: datetime
    entered_by: str
    source: str
    counterparty: str
    ref_number: str
    ref_date: date | None
    remarks: str
    backdate_reason: str
    file_digest: str | None
    lines: tuple[DocumentLine, ...]

    @property
    def quantity(self) -> int:
        return sum(x.quantity for x in self.lines)

    @property
    def value(self) -> int | None:
        """The value of the priced lines; None when no line has a price."""
        values = [x.value for x in self.lines if x.value is not None]
        return sum(values) if values else None

    @property
    def unpriced_lines(self) -> int:
        return sum(1 for x in self.lines if x.unit_price is None)


def check_file_not_booked(session: Session, doc_type: str, digest: str | None) -> None:
    """Refuse a file (its sha256) already booked as a document of this kind, naming that document."""
    if not digest:
        return
    earlier = session.scalar(select(StockDocument).where(StockDocument.doc_type == doc_type,
                                                         StockDocument.file_digest == digest))
    if earlier is not None:
        raise FileAlreadyBooked(kind=doc_kinds.label(doc_type), number=earlier.number,
                                date=earlier.doc_date.strftime("%d-%m-%Y"))


def record_document(session: Session, actor: Actor, doc: DocRef, *, warehouse_id: int | None, source: str = "",
                    counterparty: str = "", ref_number: str = "", ref_date: date | None = None, remarks: str = "",
                    backdate_reason: str = "", file_digest: str | None = None) -> StockDocument:
    """Write the header of a document whose lines the caller books (same transaction)."""
    check_file_not_booked(session, doc.doc_type, file_digest)
    row = StockDocument(doc_type=doc.doc_type, number=doc.number, warehouse_id=warehouse_id, doc_date=doc.date,
                        entered_by=actor.id, source=source, counterparty=counterparty[:200], ref_number=ref_number,
                        ref_date=ref_date, remarks=remarks, backdate_reason=backdate_reason.strip(),
                        file_digest=file_digest or None)
    session.add(row)
    session.flush()
    return row


def find_header(session: Session, doc_type: str, number: str) -> StockDocument | None:
    return session.scalar(select(StockDocument).where(StockDocument.doc_type == doc_type,
                                                      StockDocument.number == number.strip()))


def get_document(session: Session, doc_type: str, number: str) -> StockDocumentInfo:
    """A receipt, issue or opening-stock import with its header and lines (each movement one line part)."""
    head = find_header(session, doc_type, number)
    if head is None:
        raise NotFound(what=N_("domain", "Dokumen"), key=f"{doc_kinds.label(doc_type)} {number.strip()}")
    rows = session.execute(
        select(StockMovement.id, StockMovement.line_no, Item.code, Item.name, Item.unit,
               StockMovement.qty_in + StockMovement.qty_out, Batch.code, Batch.expiry, EquipmentUnit.serial,
               Batch.unit_price, EquipmentUnit.unit_price)
        .join(Item, Item.id == StockMovement.item_id).join(Batch, Batch.id == StockMovement.batch_id)
        .outerjoin(EquipmentUnit, EquipmentUnit.id == StockMovement.equipment_unit_id)
        .where(StockMovement.doc_type == head.doc_type, StockMovement.doc_number == head.number,
               StockMovement.reverses_id.is_(None))
        .order_by(StockMovement.line_no, StockMovement.part)).all()
    lines = tuple(DocumentLine(line_no, code, name, unit, qty, batch, expiry, serial,
                               unit_price if serial is not None else batch_price, mid)
                  for mid, line_no, code, name, unit, qty, batch, expiry, serial, batch_price, unit_price in rows)
    wh = session.get(Warehouse, head.warehouse_id) if head.warehouse_id is not None else None
    user = session.get(User, head.entered_by) if head.entered_by is not None else None
    return StockDocumentInfo(head.doc_type, head.number, wh.code if wh else "", wh.name if wh else "", head.doc_date,
                             head.entered_at, user.username if user else "", head.source, head.counterparty,
                             head.ref_number, head.ref_date, head.remarks, head.backdate_reason, head.file_digest,
                             lines)
