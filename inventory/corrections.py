"""Corrections of a wrong receipt or issue: a reversing document (koreksi) that points to it.

The reversing document has its own number from the office's "koreksi" sequence; every movement of
the original not yet reversed gets a ``reversal`` movement pointing to it (``reverses_id``), and
``stock_correction`` names the original.  Movements of a dispatch, a count, a write-off or a
transfer are refused: they are corrected through their document's own step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory import doc_dates, ledger
from inventory.errors import AlreadyCorrected, NotCorrectable
from inventory.ledger import DocRef, MovementInfo
from inventory.models import StockCorrection, StockMovement
from inventory.permissions import can_correct_stock
from inventory.stock import book_reversals, document_step
from tagana_app import audit, clock, doc_kinds, numbering
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import TEXT_MAX, clean_text
from tagana_app.errors import NotFound, ValidationError
from tagana_app.texts import N_

CORRECTABLE = ("penerimaan", "pengeluaran")


@dataclass(frozen=True)
class CorrectionInfo:
    number: str
    doc_date: date
    original_doc_type: str
    original_number: str
    reason: str
    movements: tuple[MovementInfo, ...]  # the reversing movements


def document_lines(session: Session, doc_number: str) -> tuple[str, tuple[MovementInfo, ...]]:
    """(doc_type, its movements) of the receipt or issue ``doc_number``: what a correction reverses.

    Refused for a document of a dispatch, a count, a write-off or a transfer (``NotCorrectable``).
    """
    number = (doc_number or "").strip()
    rows = list(session.scalars(select(StockMovement).where(StockMovement.doc_number == number)
                                .order_by(StockMovement.line_no, StockMovement.part, StockMovement.id)))
    if not rows:
        raise NotFound(what=N_("domain", "Dokumen"), key=number)
    for m in rows:
        step = document_step(m.kind, m.doc_type)
        if step is not None or m.doc_type not in CORRECTABLE:
            raise NotCorrectable(number=number, kind=doc_kinds.label(m.doc_type),
                                 step=step or N_("errors", "catat dokumen baru"))
    types = {m.doc_type for m in rows}
    if len(types) > 1:
        raise ValidationError(N_("errors", "Nomor {number} dipakai lebih dari satu jenis dokumen; koreksi per "
                                           "mutasi dengan 'tagana stock reverse'."), number=number)
    return rows[0].doc_type, ledger.movement_infos(session, [m.id for m in rows])


@changes("stock", "documents")
def correct_document(session: Session, actor: Actor, doc_number: str, reason: str) -> CorrectionInfo:
    """Reverse every movement of a receipt or issue under a new koreksi number pointing to it."""
    can_correct_stock.require(actor, action=N_("domain", "mengoreksi dokumen stok"))
    reason = clean_text(reason, field=N_("domain", "Alasan koreksi"), max_len=TEXT_MAX, multiline=True)
    if not reason:
        raise ValidationError(N_("errors", "Alasan koreksi wajib diisi."))
    doc_type, infos = document_lines(session, doc_number)
    number = (doc_number or "").strip()
    earlier = session.scalar(select(StockCorrection.number).where(StockCorrection.original_doc_type == doc_type,
                                                                  StockCorrection.original_number == number))
    if earlier is not None:
        raise AlreadyCorrected(number=number, correction=earlier)
    group = list(session.scalars(select(StockMovement).where(StockMovement.id.in_([m.id for m in infos]))
                                 .with_for_update().order_by(StockMovement.id)))
    reversed_ids = set(session.scalars(select(StockMovement.reverses_id)
                                       .where(StockMovement.reverses_id.in_([m.id for m in group]))))
    group = [m for m in group if m.id not in reversed_ids]
    if not group:
        raise AlreadyCorrected(number=number, correction=N_("domain", "pembatalan per mutasi"))
    when = clock.today()
    for wh in sorted({m.warehouse_id for m in group}):
        doc_dates.check_document_date(session, wh, when)
    issued = numbering.next_number(session, actor, "koreksi", when, entity="koreksi", entity_id=number)
    doc = DocRef("koreksi", issued.number, when, fresh=True)
    ids = book_reversals(session, actor, doc, group, f"koreksi {number}: {reason}")
    session.add(StockCorrection(number=doc.number, original_doc_type=doc_type, original_number=number,
                                doc_date=when, reason=reason, created_by=actor.id))
    session.flush()
    moved = ledger.movement_infos(session, ids)
    audit.record(session, actor, "stock.correct", N_("domain", "koreksi"), doc.number,
                 {"dokumen": number, "jenis": doc_type, "dibatalkan": [m.id for m in group], "pembatalan": ids,
                  "alasan": reason})
    return CorrectionInfo(doc.number, when, doc_type, number, reason, moved)


def corrections_of(session: Session, doc_number: str) -> list[str]:
    """The numbers of the koreksi documents of ``doc_number``."""
    return list(session.scalars(select(StockCorrection.number)
                                .where(StockCorrection.original_number == (doc_number or "").strip())))
