"""The papers of a dispatch and of a deployment: Surat Jalan (manifest), BAST and SPT.

Each document gets its number from ``tagana_app.numbering`` at its first print (per type and
year), every print is recorded by ``tagana_app.verification`` (the first is the original, later
ones are "SALINAN ke-n") in the same write transaction that builds the PDF, and the QR code holds
the number and a code computed over the document's *content*: the content builders below are used
both when printing and when verifying, so ``verify_document`` can say what differs.

PDFs are saved in the documents folder (local setting ``local.documents_dir``) and registered in
``issued_document`` for the "Dokumen" page (title and search text).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import DutyOrder, DutyOrderMember, IssuedDocument
from deployment.dispatch.pdfs import (
    MANIFEST_COLUMNS,
    DutyMember,
    DutyOrderRecord,
    Official,
    bast_title,
    build_bast_pdf,
    build_manifest_pdf,
    build_spt_pdf,
    manifest_rows,
)
from deployment.dispatch.service import DispatchRecord
from deployment.models import SKILLS, Assignment, Incident, Volunteer
from tagana_app import audit, clock, numbering, paths, pdf, settings, verification
from tagana_app.accounts import Actor, require_role
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import DocumentNumber, utcnow
from tagana_app.settings import LocalSettings

__all__ = [
    "BAST_STATES", "DOC_TYPE_LABELS", "MANIFEST_COLUMNS", "MANIFEST_STATES", "DocumentInfo", "DocumentNotReady",
    "DutyMember", "DutyOrderRecord", "NoDutyVolunteers", "Official", "PrintedDocument", "VerificationReport",
    "bast_content", "bast_official", "bast_title", "build_bast_pdf", "build_manifest_pdf", "build_spt_pdf",
    "current_content", "documents_dir", "file_name", "list_documents", "manifest_content", "manifest_rows",
    "print_bast", "print_manifest", "print_spt", "reprint", "spt_content", "verify_document",
]


DOC_TYPE_LABELS = {
    "manifest": "Surat Jalan",
    "bast": "Berita Acara Serah Terima",
    "spt": "Surat Perintah Tugas",
    "pengiriman": "Pengiriman",
    "penerimaan": "Berita Acara Penerimaan Barang",
    "pengeluaran": "Surat Bukti Barang Keluar",
    "mutasi": "Mutasi antargudang",
    "opname": "Stock Opname",
    "penghapusan": "Berita Acara Penghapusan",
}


PRINT_ROLES = verification.PRINT_ROLES


MANIFEST_STATES = ("approved", "sent", "handed_over", "closed")


BAST_STATES = ("handed_over", "closed")


class DocumentNotReady(TaganaError):
    template = "{document} untuk pengiriman {number} belum dapat dicetak: status pengiriman {status}, {needed}."


class NoDutyVolunteers(TaganaError):
    template = "Belum ada relawan yang ditugaskan pada kejadian {incident}; SPT tidak dapat dibuat."


@dataclass(frozen=True)
class PrintedDocument:
    number: str
    doc_type: str
    title: str
    copy_no: int
    code: str
    payload: str
    path: str
    pages: int

    @property
    def is_copy(self) -> bool:
        return self.copy_no > 0


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


@dataclass(frozen=True)
class VerificationReport:
    matches: bool
    message: str
    number: str
    doc_type: str
    code: str
    status: str
    copy_no: int
    printed_by: str
    printed_at: datetime
    differences: tuple[str, ...]


def documents_dir(local: LocalSettings | None = None) -> Path:
    value = (local or LocalSettings()).get(settings.DOCUMENTS_DIR)
    return Path(value).expanduser() if value else paths.default_documents_dir()


def file_name(doc_type: str, number: str, copy_no: int) -> str:
    safe = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-")
    suffix = "asli" if copy_no == 0 else f"salinan-{copy_no}"
    return f"{doc_type}_{safe}_{suffix}.pdf"


def manifest_content(d: DispatchRecord) -> dict[str, Any]:
    return {"jenis": "manifest", "pengiriman": d.number, "tanggal": d.dispatch_date, "dari": d.warehouse,
            "tujuan": d.destination_text, "penerima": d.recipient_name, "kendaraan": d.vehicle_plate,
            "pengemudi": d.driver_name,
            "baris": [{"kode": r[1], "batch": r[3], "jumlah": r[4], "satuan": r[5]} for r in manifest_rows(d)],
            "pendamping": [e.nik for e in d.escorts]}


def bast_official(session: Session) -> Official:
    """PIHAK PERTAMA: the official named in the settings, else the head of office."""
    name = settings.get_office(session, settings.BAST_OFFICIAL_NAME).strip()
    if name:
        return Official(name, settings.get_office(session, settings.BAST_OFFICIAL_NIP).strip(),
                        settings.get_office(session, settings.BAST_OFFICIAL_POSITION).strip())
    profile = pdf.load_profile(session)
    return Official(profile.head_name, profile.head_nip, profile.head_title, profile.head_rank)


def bast_content(d: DispatchRecord, first: Official) -> dict[str, Any]:
    return {"jenis": "bast", "pengiriman": d.number, "tanggal": d.handed_over_on, "tempat": d.handover_place,
            "pihak_pertama": {"nama": first.name, "nip": first.nip},
            "pihak_kedua": {"nama": d.recipient_name, "id": d.recipient_id},
            "baris": [{"uraian": line.item_name, "jumlah": line.received if line.received is not None else line.quantity,
                       "satuan": line.unit} for line in d.lines]}


def spt_content(order: DutyOrderRecord) -> dict[str, Any]:
    return {"jenis": "spt", "kejadian": order.incident.number, "tanggal": order.issued_on,
            "anggota": [{"nik": m.nik, "nama": m.name, "peran": m.role, "mulai": m.start, "selesai": m.end}
                        for m in order.members]}


def _duty_record(session: Session, order: DutyOrder) -> DutyOrderRecord:
    rows = session.execute(select(DutyOrderMember, Volunteer.full_name, Volunteer.nik, Volunteer.niat)
                           .join(Volunteer, Volunteer.id == DutyOrderMember.volunteer_id)
                           .where(DutyOrderMember.order_id == order.id)
                           .order_by(DutyOrderMember.start_date, Volunteer.name_lower, Volunteer.id))
    members = tuple(DutyMember(name, nik, niat, m.role, SKILLS[m.role], m.start_date, m.end_date)
                    for m, name, nik, niat in rows)
    return DutyOrderRecord(order.number, order.issued_on, incident_service.get_incident(session, order.incident_id),
                           members)


def _current_assignments(session: Session, incident: Incident) -> list[Assignment]:
    return list(session.scalars(select(Assignment).where(Assignment.incident_id == incident.id)
                                .order_by(Assignment.id)))


def _duty_order_for(session: Session, actor: Actor, incident: Incident) -> DutyOrder:
    """The latest SPT of the incident when it still lists exactly its assignments, else a new one."""
    current = _current_assignments(session, incident)
    if not current:
        raise NoDutyVolunteers(incident=incident.number)
    latest = session.scalar(select(DutyOrder).where(DutyOrder.incident_id == incident.id)
                            .order_by(DutyOrder.id.desc()).limit(1))
    wanted = {(a.id, a.role, a.start_date, a.end_date) for a in current}
    if latest is not None:
        have = {(m.assignment_id, m.role, m.start_date, m.end_date) for m in session.scalars(
            select(DutyOrderMember).where(DutyOrderMember.order_id == latest.id))}
        if have == wanted:
            return latest
    when = clock.today()
    issued = numbering.next_number(session, actor, "spt", when, entity="kejadian", entity_id=incident.number)
    order = DutyOrder(number=issued.number, incident_id=incident.id, issued_on=when, issued_by=actor.username)
    session.add(order)
    session.flush()
    session.add_all(DutyOrderMember(order_id=order.id, assignment_id=a.id, volunteer_id=a.volunteer_id, role=a.role,
                                    start_date=a.start_date, end_date=a.end_date) for a in current)
    session.flush()
    audit.record(session, actor, "spt.create", "spt", order.number,
                 {"kejadian": incident.number, "relawan": len(current)})
    return order


def _register(session: Session, number: str, title: str, summary: str, path: Path) -> None:
    doc_id = session.scalar(select(DocumentNumber.id).where(DocumentNumber.number == number))
    row = session.scalar(select(IssuedDocument).where(IssuedDocument.document_id == doc_id))
    if row is None:
        row = IssuedDocument(document_id=doc_id, title=title[:300], summary=summary, last_path="")
        session.add(row)
    row.title, row.summary = title[:300], summary
    row.last_path, row.last_printed_at = str(path)[:500], utcnow()
    session.flush()


def _write(data: bytes, directory: Path, name: str, out: Path | None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    saved = directory / name
    saved.write_bytes(data)
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        return out
    return saved


def _print(session: Session, actor: Actor, *, doc_type: str, number: str, content: dict[str, Any], title: str,
           summary: str, build: Any, out: Path | None, directory: Path | None) -> PrintedDocument:

    rec = verification.record_print(session, actor, number, content)
    buffer = io.BytesIO()
    built = build(buffer, rec.copy_no, rec.payload)
    directory = directory or documents_dir()
    path = _write(buffer.getvalue(), directory, file_name(doc_type, number, rec.copy_no), out)
    _register(session, number, title, summary, directory / file_name(doc_type, number, rec.copy_no))
    return PrintedDocument(number, doc_type, title, rec.copy_no, rec.code, rec.payload, str(path), built.pages)


def _summary(d: DispatchRecord) -> str:
    return " | ".join([d.number, d.incident, d.incident_name, d.destination_text, d.recipient_name, d.warehouse_name])


@changes("documents", "dispatches")
def print_manifest(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
                   directory: Path | None = None) -> PrintedDocument:
    """Print the Surat Jalan (approved or later); its number is issued at the first print."""
    require_role(actor, *PRINT_ROLES, action="mencetak surat jalan")
    row = dispatches.find(session, dispatch, lock=True)
    if row.status not in MANIFEST_STATES:
        raise DocumentNotReady(document="Surat Jalan", number=row.number, status=dispatches.DISPATCH_STATUSES[row.status],
                               needed="surat jalan dicetak setelah pengiriman disetujui")
    if not row.manifest_number:
        row.manifest_number = numbering.next_number(session, actor, "manifest", row.dispatch_date,
                                                    entity="pengiriman", entity_id=row.number).number
        session.flush()
    d = dispatches.get_dispatch(session, row.id)
    profile = pdf.load_profile(session)
    number = row.manifest_number
    return _print(session, actor, doc_type="manifest", number=number, content=manifest_content(d),
                  title=f"Surat Jalan {d.number} ke {d.destination}", summary=_summary(d),
                  build=lambda target, copy_no, payload: build_manifest_pdf(target, profile, d, number, copy_no=copy_no,
                                                                            payload=payload),
                  out=out, directory=directory)


@changes("documents", "dispatches")
def print_bast(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
               directory: Path | None = None) -> PrintedDocument:
    """Print the BAST of a handed-over dispatch; its number is issued at the first print."""
    require_role(actor, *PRINT_ROLES, action="mencetak berita acara serah terima")
    row = dispatches.find(session, dispatch, lock=True)
    if row.status not in BAST_STATES:
        raise DocumentNotReady(document="BAST", number=row.number, status=dispatches.DISPATCH_STATUSES[row.status],
                               needed="BAST dicetak setelah serah terima dicatat")
    if not row.bast_number:
        row.bast_number = numbering.next_number(session, actor, "bast", row.handed_over_on or clock.today(),
                                                entity="pengiriman", entity_id=row.number).number
        session.flush()
    d = dispatches.get_dispatch(session, row.id)
    profile = pdf.load_profile(session)
    first = bast_official(session)
    number = row.bast_number
    return _print(session, actor, doc_type="bast", number=number, content=bast_content(d, first),
                  title=f"BAST {d.number}: bencana {d.disaster_label}, {d.recipient_name}", summary=_summary(d),
                  build=lambda target, copy_no, payload: build_bast_pdf(target, profile, d, number, first,
                                                                        copy_no=copy_no, payload=payload),
                  out=out, directory=directory)


@changes("documents", "incidents")
def print_spt(session: Session, actor: Actor, incident: str, *, out: Path | None = None,
              directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the SPT of an incident's volunteers: a reprint while they are unchanged, else a new SPT."""
    require_role(actor, *PRINT_ROLES, action="mencetak surat perintah tugas")
    if number:
        order = session.scalar(select(DutyOrder).where(DutyOrder.number == number))
        if order is None:
            raise NotFound(what="SPT", key=number)
    else:
        order = _duty_order_for(session, actor, incident_service.find(session, incident, lock=True))
    record = _duty_record(session, order)
    profile = pdf.load_profile(session)
    inc = record.incident
    summary = " | ".join([order.number, inc.number, inc.name, *(m.name for m in record.members)])
    return _print(session, actor, doc_type="spt", number=order.number, content=spt_content(record),
                  title=f"SPT relawan Tagana: {inc.name} ({len(record.members)} orang)", summary=summary,
                  build=lambda target, copy_no, payload: build_spt_pdf(target, profile, record, copy_no=copy_no,
                                                                       payload=payload),
                  out=out, directory=directory)


@changes("documents")
def reprint(session: Session, actor: Actor, number: str, *, out: Path | None = None,
            directory: Path | None = None) -> PrintedDocument:
    """Print again a document by its number (the "Dokumen" page): always a SALINAN."""
    doc = numbering.get_number(session, number)
    if doc.doc_type == "manifest":
        return print_manifest(session, actor, doc.entity_id, out=out, directory=directory)
    if doc.doc_type == "bast":
        return print_bast(session, actor, doc.entity_id, out=out, directory=directory)
    if doc.doc_type == "spt":
        return print_spt(session, actor, doc.entity_id, out=out, directory=directory, number=doc.number)
    raise ValidationError("Dokumen jenis {kind} tidak dicetak dari sini.", kind=DOC_TYPE_LABELS.get(doc.doc_type,
                                                                                                     doc.doc_type))


def current_content(session: Session, doc_type: str, number: str, entity_id: str) -> dict[str, Any] | None:
    """The content of a document rebuilt from what the database holds now (None when gone)."""
    try:
        if doc_type == "manifest":
            return manifest_content(dispatches.get_dispatch(session, entity_id))
        if doc_type == "bast":
            return bast_content(dispatches.get_dispatch(session, entity_id), bast_official(session))
        if doc_type == "spt":
            order = session.scalar(select(DutyOrder).where(DutyOrder.number == number))
            return spt_content(_duty_record(session, order)) if order else None
        if doc_type == "penghapusan":  # the write-off record of the stock part, printed by inventory
            from inventory.documents import writeoff_content
            from inventory.writeoffs import get_writeoff

            return writeoff_content(get_writeoff(session, number))
    except NotFound:
        return None
    return None


def verify_document(session: Session, text: str) -> VerificationReport:
    """Whether the paper with this QR payload or code matches the database, and what differs."""
    printed = verification.find_print(session, text)
    result = verification.verify(session, text, current_content(session, printed.doc_type, printed.number,
                                                                printed.entity_id))
    return VerificationReport(result.matches, result.message, result.number, printed.doc_type, result.code,
                              result.status, printed.copy_no, printed.printed_by, printed.printed_at,
                              tuple(d.describe() for d in result.differences))


def list_documents(session: Session, *, text: str | None = None, doc_type: str | None = None, limit: int = 500,
                   offset: int = 0) -> list[DocumentInfo]:
    """Every numbered document issued, newest first, searchable by number, title and parties."""
    query = (select(DocumentNumber, IssuedDocument)
             .outerjoin(IssuedDocument, IssuedDocument.document_id == DocumentNumber.id))
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
    for doc, issued in session.execute(query):
        result.append(DocumentInfo(doc.number, doc.doc_type, DOC_TYPE_LABELS.get(doc.doc_type, doc.doc_type),
                                   doc.doc_date, doc.status, doc.reason, doc.entity, doc.entity_id,
                                   issued.title if issued else "", issued.summary if issued else "", doc.print_count,
                                   issued.last_path if issued else "", issued.last_printed_at if issued else None,
                                   doc.created_by_name))
    return result
