"""The papers of a dispatch and of a deployment: Surat Jalan (manifest), BAST and SPT.

Each document gets its number from ``tagana_app.numbering`` at its first print (per type and
year), every print is recorded by ``tagana_app.verification`` (the first is the original, later
ones are "SALINAN ke-n") in the same write transaction that builds the PDF, and the QR code holds
the number and a code computed over the document's *content*: the content builders below are used
both when printing and when verifying.  They, and the functions that print a paper again by its
number, are attached to the kinds registry (``tagana_app.doc_kinds``) at the end of this module;
``tagana_app.printing`` reprints and verifies through it.

PDFs are saved in the documents folder (local setting ``local.documents_dir``) and registered by the
print pipeline for the "Dokumen" page (``tagana_app.issued_documents``: title and search text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import service as dispatches
from deployment.dispatch.lifecycle import DocumentNotReady  # noqa: F401 - re-exported: refused by take_step
from deployment.dispatch.models import DutyOrder, DutyOrderMember
from deployment.dispatch.pdfs import (
    MANIFEST_COLUMNS,
    DutyMember,
    DutyOrderRecord,
    Official,
    bast_note,
    bast_received,
    bast_title,
    build_bast_pdf,
    build_manifest_pdf,
    build_spt_pdf,
    manifest_rows,
)
from deployment.dispatch.service import DispatchRecord
from deployment.models import SKILLS, Assignment, Incident, Volunteer
from tagana_app import audit, clock, doc_kinds, numbering, pdf, printing, settings, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError
from tagana_app.issued_documents import DocumentInfo, list_documents  # re-exported: the listing is the core's
from tagana_app.numbering import NumberRecord
from tagana_app.printing import PrintedDocument, documents_dir
from tagana_app.texts import N_

__all__ = [
    "MANIFEST_COLUMNS", "DocumentInfo", "DocumentNotReady", "DutyMember", "DutyOrderRecord", "NoDutyVolunteers",
    "Official", "PrintedDocument", "bast_content", "bast_official", "bast_title", "build_bast_pdf",
    "build_manifest_pdf", "build_spt_pdf", "documents_dir", "list_documents", "manifest_content", "manifest_rows",
    "print_bast", "print_manifest", "print_spt", "spt_content",
]


class NoDutyVolunteers(TaganaError):
    template = N_("errors", "Belum ada relawan yang ditugaskan pada kejadian {incident}; SPT tidak dapat dibuat.")


def manifest_content(d: DispatchRecord) -> dict[str, Any]:
    return {"jenis": "manifest", "pengiriman": d.number, "tanggal": d.dispatch_date, "dari": d.warehouse,
            "tujuan": d.destination_text, "penerima": d.recipient_name, "kendaraan": d.vehicle_plate,
            "pengemudi": d.driver_name,
            "baris": [{"kode": r[1], "uraian": r[2], "batch": r[3], "jumlah": r[4], "satuan": r[5], "kondisi": r[6]}
                      for r in manifest_rows(d)],
            "pendamping": [e.nik for e in d.escorts]}


def bast_official(session: Session) -> Official:
    """PIHAK PERTAMA: the official named in the settings, else the head of office."""
    name = settings.get_office(session, settings.BAST_OFFICIAL_NAME).strip()
    if name:
        return Official(name, settings.get_office(session, settings.BAST_OFFICIAL_NIP).strip(),
                        settings.get_office(session, settings.BAST_OFFICIAL_POSITION).strip())
    profile = pdf.load_profile(session)
    return Official(profile.head_name, profile.head_nip, profile.head_title, profile.head_rank)


def bast_content(d: DispatchRecord) -> dict[str, Any]:
    """What a BAST says of its dispatch.  PIHAK PERTAMA is the office's official, a signer of the paper
    (frozen with it), not part of the record: naming another official later does not change this BAST."""
    return {"jenis": "bast", "pengiriman": d.number, "tanggal": d.handed_over_on, "tempat": d.handover_place,
            "pihak_kedua": {"nama": d.recipient_name, "id": d.recipient_id, "jabatan": d.recipient_position},
            "baris": [{"uraian": line.item_name, "jumlah": bast_received(line), "satuan": line.unit,
                       "keterangan": bast_note(line)} for line in d.lines]}


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
    audit.record(session, actor, "spt.create", N_("domain", "spt"), order.number,
                 {"kejadian": incident.number, "relawan": len(current)})
    return order


def _print(session: Session, actor: Actor, *, doc_type: str, number: str, content: dict[str, Any], title: str,
           summary: str, build: Any, out: Path | None, directory: Path | None,
           signers: dict[str, signatories.Official] | None = None) -> PrintedDocument:
    return printing.print_paper(session, actor, doc_type=doc_type, number=number, content=content, title=title,
                                summary=summary, build=build, out=out, directory=directory, signers=signers)


def _summary(d: DispatchRecord) -> str:
    return " | ".join([d.number, d.incident, d.incident_name, d.destination_text, d.recipient_name, d.warehouse_name])


@changes("documents", "dispatches")
def print_manifest(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
                   directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the Surat Jalan (approved or later); its number is issued at the first print.  ``number``: the
    new number of a Surat Jalan that replaces the dispatch's earlier one (``printing.reprint(new=True)``)."""
    row = dispatches.take_step(session, actor, dispatch, "manifest")
    if number and number != row.manifest_number and printing.replacing(session, number) == row.manifest_number:
        row.manifest_number = number
        session.flush()
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
               directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the BAST of a handed-over dispatch; its number is issued at the first print.  ``number``: the
    new number of a BAST that replaces the dispatch's earlier one (``printing.reprint(new=True)``)."""
    row = dispatches.take_step(session, actor, dispatch, "bast")
    if number and number != row.bast_number and printing.replacing(session, number) == row.bast_number:
        row.bast_number = number
        session.flush()
    if not row.bast_number:
        row.bast_number = numbering.next_number(session, actor, "bast", row.handed_over_on or clock.today(),
                                                entity="pengiriman", entity_id=row.number).number
        session.flush()
    d = dispatches.get_dispatch(session, row.id)
    profile = pdf.load_profile(session)
    first = bast_official(session)
    number = row.bast_number
    return _print(session, actor, doc_type="bast", number=number, content=bast_content(d),
                  signers={"PIHAK PERTAMA": signatories.Official(first.name, first.nip, first.position, first.rank)},
                  title=f"BAST {d.number}: bencana {d.disaster_label}, {d.recipient_name}", summary=_summary(d),
                  build=lambda target, copy_no, payload: build_bast_pdf(target, profile, d, number, first,
                                                                        copy_no=copy_no, payload=payload),
                  out=out, directory=directory)


@changes("documents", "incidents")
def print_spt(session: Session, actor: Actor, incident: str, *, out: Path | None = None,
              directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the SPT of an incident's volunteers: a reprint while they are unchanged, else a new SPT."""
    doc_kinds.KINDS["spt"].may_print.require(actor, action=N_("domain", "mencetak surat perintah tugas"))
    if number:
        order = session.scalar(select(DutyOrder).where(DutyOrder.number == number))
        replaced = printing.replacing(session, number)
        if order is None and replaced:  # a new SPT replacing an earlier one: the order takes the new number
            order = session.scalar(select(DutyOrder).where(DutyOrder.number == replaced))
            if order is not None:
                order.number = number
                session.flush()
        if order is None:
            raise NotFound(what=N_("domain", "SPT"), key=number)
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


# --- the kinds registry: printing again by number, and what each QR code covers -------------------

def _manifest_now(session: Session, _number: str, dispatch: str) -> dict[str, Any]:
    return manifest_content(dispatches.get_dispatch(session, dispatch))


def _bast_now(session: Session, _number: str, dispatch: str) -> dict[str, Any]:
    return bast_content(dispatches.get_dispatch(session, dispatch))


def _spt_now(session: Session, number: str, _incident: str) -> dict[str, Any] | None:
    order = session.scalar(select(DutyOrder).where(DutyOrder.number == number))
    return spt_content(_duty_record(session, order)) if order else None


def _manifest_again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    return print_manifest(session, actor, doc.entity_id, number=doc.number, **where)


def _bast_again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    return print_bast(session, actor, doc.entity_id, number=doc.number, **where)


def _spt_again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    return print_spt(session, actor, doc.entity_id, number=doc.number, **where)


doc_kinds.attach("manifest", printer=_manifest_again, content=_manifest_now)
doc_kinds.attach("bast", printer=_bast_again, content=_bast_now)
doc_kinds.attach("spt", printer=_spt_again, content=_spt_now)
