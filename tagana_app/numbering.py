"""Document numbers: one pattern per document type, a sequence per type and year, never reused.

The sequence lives in ``document_sequence`` and is advanced by one atomic upsert
(``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``): on PostgreSQL the row lock makes two
desktops wait for each other, on SQLite our write transactions already hold the write lock from
BEGIN IMMEDIATE.  Every number handed out is recorded in ``document_number``; a cancelled number
stays there with its reason, so the registry shows no gap that is not explained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tagana_app import audit, doc_kinds, settings
from tagana_app.accounts import Actor
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import DocumentNumber, DocumentSequence, utcnow
from tagana_app.number_patterns import (  # noqa: F401 - the pattern syntax, offered here with the numbers
    PLACEHOLDERS,
    format_number,
    validate_pattern,
)
from tagana_app.permissions import can_cancel_numbers, can_issue_numbers
from tagana_app.texts import N_

DOC_TYPES: tuple[str, ...] = tuple(settings.NUMBER_PATTERNS)  # the numbered kinds of tagana_app.doc_kinds


class NumberTaken(TaganaError):
    template = N_(
        "errors",
        "Nomor '{number}' sudah pernah dipakai dokumen lain. Periksa pola penomoran '{doc_type}' di "
        "Pengaturan: setiap jenis dokumen perlu pola yang berbeda."
    )


class NumberAlreadyCancelled(TaganaError):
    template = N_("errors", "Nomor '{number}' sudah dibatalkan sebelumnya ({reason}).")


class OtherKindsNumber(TaganaError):
    template = N_(
        "errors",
        "'{number}' adalah nomor {kind} kantor ini dan tidak boleh dipakai sebagai nomor {wanted}. Kosongkan "
        "untuk nomor otomatis, atau tulis nomor dokumen dari pihak luar."
    )


@dataclass(frozen=True)
class IssuedNumber:
    doc_type: str
    year: int
    seq: int
    number: str


@dataclass(frozen=True)
class NumberRecord:
    id: int
    doc_type: str
    year: int
    seq: int
    number: str
    doc_date: date
    status: str
    reason: str
    entity: str
    entity_id: str
    print_count: int
    created_by: str
    created_at: datetime
    cancelled_by: str
    cancelled_at: datetime | None


def pattern_for(session: Session, doc_type: str) -> str:
    setting = settings.NUMBER_PATTERNS.get(doc_type)
    if setting is None:
        raise ValidationError(N_("errors", "Jenis dokumen '{doc_type}' tidak dikenal. Pilihan: {choices}."),
                              doc_type=doc_type, choices=", ".join(DOC_TYPES))
    return settings.get_office(session, setting)


def _advance(session: Session, doc_type: str, year: int) -> int:
    """Take the next value of the sequence for ``doc_type`` and ``year`` in one statement."""
    table = DocumentSequence.__table__
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(table).values(doc_type=doc_type, year=year, last_value=1)
    stmt = stmt.on_conflict_do_update(index_elements=[table.c.doc_type, table.c.year],
                                      set_={"last_value": table.c.last_value + 1})
    return int(session.execute(stmt.returning(table.c.last_value)).scalar_one())


def next_number(session: Session, actor: Actor, doc_type: str, when: date | datetime, *,
                entity: str = "", entity_id: str | int = "") -> IssuedNumber:
    """Issue the next number of ``doc_type`` for the year of ``when`` and record it.

    Call inside the write transaction that creates the document: when that transaction rolls
    back, the sequence rolls back with it, so no number is lost.
    """
    can_issue_numbers.require(actor, action=N_("domain", "menerbitkan nomor dokumen"))
    when = when.date() if isinstance(when, datetime) else when
    pattern = pattern_for(session, doc_type)
    seq = _advance(session, doc_type, when.year)
    number = format_number(pattern, seq, when)
    if session.scalar(select(DocumentNumber.id).where(DocumentNumber.number == number)) is not None:
        raise NumberTaken(number=number, doc_type=doc_type)
    return _store(session, actor, IssuedNumber(doc_type, when.year, seq, number), when, entity, entity_id)


def _store(session: Session, actor: Actor, issued: IssuedNumber, when: date, entity: str, entity_id: str | int,
           **extra: object) -> IssuedNumber:
    session.add(DocumentNumber(doc_type=issued.doc_type, year=issued.year, seq=issued.seq, number=issued.number,
                               doc_date=when, status="issued", reason="", entity=entity, entity_id=str(entity_id),
                               print_count=0, created_by=actor.id, created_by_name=actor.username,
                               cancelled_by_name=""))
    audit.record(session, actor, "document.number", N_("domain", "nomor_dokumen"), issued.number,
                 {"jenis": issued.doc_type, "tahun": issued.year, "urut": issued.seq, "entitas": entity,
                  "entitas_id": str(entity_id), **extra})
    return issued


def check_reference(session: Session, doc_type: str, text: str | None) -> None:
    """Refuse ``text`` as the number or reference of a ``doc_type`` document when it is one of this office's
    own numbers of another kind (a Surat Jalan's number on a write-off would mix two papers' histories).
    A reference from outside (a Kemensos delivery note) is not in the registry and passes."""
    text = (text or "").strip()
    if not text:
        return
    found = session.scalar(select(DocumentNumber.doc_type).where(func.lower(DocumentNumber.number) == text.lower())
                           .limit(1))
    if found is not None and found != doc_type:
        raise OtherKindsNumber(number=text, kind=doc_kinds.title(found), wanted=doc_kinds.title(doc_type))


def register_number(session: Session, actor: Actor, doc_type: str, number: str, when: date | datetime, *,
                    entity: str = "", entity_id: str | int = "") -> IssuedNumber:
    """Record in the registry a number the office gave by hand (``--ref``) to a paper of ``doc_type``, so
    its prints are recorded like any other's.  It takes the next place of the kind's sequence (the
    registry shows no unexplained gap); a number already registered for this kind is returned as it is."""
    check_reference(session, doc_type, number)
    row = session.scalar(select(DocumentNumber).where(DocumentNumber.number == number))
    if row is not None:
        return IssuedNumber(row.doc_type, row.year, row.seq, row.number)
    can_issue_numbers.require(actor, action=N_("domain", "menerbitkan nomor dokumen"))
    when = when.date() if isinstance(when, datetime) else when
    issued = IssuedNumber(doc_type, when.year, _advance(session, doc_type, when.year), number)
    _store(session, actor, issued, when, entity, entity_id, manual=True)
    session.flush()
    return issued


def _get(session: Session, number: str, *, lock: bool = False) -> DocumentNumber:
    query = select(DocumentNumber).where(DocumentNumber.number == number)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(what=N_("domain", "Nomor dokumen"), key=number)
    return row


def _record(row: DocumentNumber) -> NumberRecord:
    return NumberRecord(row.id, row.doc_type, row.year, row.seq, row.number, row.doc_date, row.status,
                        row.reason, row.entity, row.entity_id, row.print_count, row.created_by_name,
                        row.created_at, row.cancelled_by_name, row.cancelled_at)


def cancel_number(session: Session, actor: Actor, number: str, reason: str) -> NumberRecord:
    """Mark a number cancelled; it stays in the registry and is never issued again."""
    can_cancel_numbers.require(actor, action=N_("domain", "membatalkan nomor dokumen"))
    reason = reason.strip()
    if not reason:
        raise ValidationError(N_("errors", "Alasan pembatalan nomor '{number}' wajib diisi."), number=number)
    row = _get(session, number, lock=True)
    if row.status == "cancelled":
        raise NumberAlreadyCancelled(number=number, reason=row.reason)
    row.status, row.reason = "cancelled", reason[:500]
    row.cancelled_by_name, row.cancelled_at = actor.username, utcnow()
    audit.record(session, actor, "document.cancel", N_("domain", "nomor_dokumen"), number, {"alasan": reason})
    session.flush()
    return _record(row)


def get_number(session: Session, number: str) -> NumberRecord:
    return _record(_get(session, number))


def list_numbers(session: Session, *, doc_type: str | None = None, year: int | None = None,
                 entity: str | None = None, entity_id: str | int | None = None, text: str | None = None,
                 limit: int = 500, offset: int = 0) -> list[NumberRecord]:
    """The registry, newest first (the "Dokumen" page and its search)."""
    query = select(DocumentNumber)
    if doc_type:
        query = query.where(DocumentNumber.doc_type == doc_type)
    if year:
        query = query.where(DocumentNumber.year == year)
    if entity:
        query = query.where(DocumentNumber.entity == entity)
    if entity_id is not None:
        query = query.where(DocumentNumber.entity_id == str(entity_id))
    if text:
        query = query.where(DocumentNumber.number.ilike(f"%{text}%"))
    query = query.order_by(DocumentNumber.id.desc()).limit(limit).offset(offset)
    return [_record(row) for row in session.scalars(query)]
