"""The register of issued documents beside the number registry: each paper's title, the text the
Dokumen page searches (warehouse, parties, incident...) and the file it was last saved to.

Every kind of paper is registered here by the print pipeline (``tagana_app.printing.print_paper``)
at each print, whatever package makes it; a dispatch is described when it is created
(``describe``).  ``list_documents`` is what the Dokumen page and ``tagana documents`` show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from tagana_app import doc_kinds
from tagana_app.models import DocumentNumber, DocumentPrint, DocumentSnapshot, IssuedDocument, utcnow

__all__ = ["DocumentInfo", "describe", "list_documents", "register"]


@dataclass(frozen=True)
class DocumentInfo:
    number: str
    doc_type: str
    doc_type_label: str
    doc_date: date
    status: str
    reason: str
    entity: str
    entity_id: str
    title: str
    summary: str
    print_count: int
    last_path: str
    last_printed_at: datetime | None
    created_by: str
    code: str = ""                  # the verification code printed on it ("" before its first print)
    replaced_by: str | None = None  # the number of the document that replaced it


def describe(session: Session, document_id: int, title: str, summary: str) -> IssuedDocument:
    """Give the document ``document_id`` its title and search text (kept to the columns' sizes)."""
    row = session.scalar(select(IssuedDocument).where(IssuedDocument.document_id == document_id))
    if row is None:
        row = IssuedDocument(document_id=document_id, title="", summary="", last_path="")
        session.add(row)
    row.title, row.summary = title[:300], summary
    return row


def register(session: Session, number: str, title: str, summary: str, path: Path) -> None:
    """A paper of ``number`` was printed to ``path``: its title, search text and last file."""
    doc_id = session.scalar(select(DocumentNumber.id).where(DocumentNumber.number == number))
    row = describe(session, doc_id, title, summary)
    row.last_path, row.last_printed_at = str(path)[:500], utcnow()
    session.flush()


def list_documents(session: Session, *, text: str | None = None, doc_type: str | None = None, limit: int = 500,
                   offset: int = 0) -> list[DocumentInfo]:
    """Every numbered document issued, newest first, searchable by number, title and parties."""
    original = (select(DocumentPrint.document_id, DocumentPrint.code).where(DocumentPrint.copy_no == 0)
                .subquery())
    newer = aliased(DocumentNumber)
    query = (select(DocumentNumber, IssuedDocument, original.c.code, newer.number)
             .outerjoin(IssuedDocument, IssuedDocument.document_id == DocumentNumber.id)
             .outerjoin(original, original.c.document_id == DocumentNumber.id)
             .outerjoin(DocumentSnapshot, DocumentSnapshot.replaces_id == DocumentNumber.id)
             .outerjoin(newer, newer.id == DocumentSnapshot.document_id))
    if doc_type:
        query = query.where(DocumentNumber.doc_type == doc_type)
    if text and text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(DocumentNumber.number).like(pattern),
                                func.lower(DocumentNumber.entity_id).like(pattern),
                                func.lower(IssuedDocument.title).like(pattern),
                                func.lower(IssuedDocument.summary).like(pattern)))
    query = query.order_by(DocumentNumber.id.desc()).limit(limit).offset(offset)
    result = []
    for doc, issued, code, replaced_by in session.execute(query):
        status = "replaced" if replaced_by and doc.status == "issued" else doc.status
        result.append(DocumentInfo(doc.number, doc.doc_type, doc_kinds.title(doc.doc_type),
                                   doc.doc_date, status, doc.reason, doc.entity, doc.entity_id,
                                   issued.title if issued else "", issued.summary if issued else "", doc.print_count,
                                   issued.last_path if issued else "", issued.last_printed_at if issued else None,
                                   doc.created_by_name, code or "", replaced_by))
    return result
