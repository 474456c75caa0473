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

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import service as dispatches
from deployment.dispatch.lifecycle import DocumentNotReady  # noqa: F401 - re-exported: refused by take_step
from deployment.dispatch.models import Dispatch, DutyOrder, DutyOrderMember
from deployment.dispatch.pdfs import (
    MANIFEST_COLUMNS,
    DutyMember,
    DutyOrderRecord,
    Official,
    bast_title,
    build_bast_pdf,
    build_manifest_pdf,
    build_spt_pdf,
    lent_rows,
    line_note,
    manifest_rows,
    received,
    received_state,
)
from deployment.dispatch.service import DispatchRecord
from deployment.models import SKILLS, Assignment, Incident, Volunteer, assignment_counts
from tagana_app import audit, clock, doc_kinds, numbering, pdf, printing, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError
from tagana_app.issued_documents import DocumentInfo, list_documents  # re-exported: the listing is the core's
from tagana_app.models import User
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


class BastAtPosko(TaganaError):
    """The office prints no BAST of a dispatch handed over at a posko of ours: the paper signed there is the one."""

    template = N_("errors", "BAST pengiriman {number} dicetak di posko {code} dengan nomor {bast} dan ditandatangani "
                            "di sana saat serah terima; kantor tidak mencetak BAST kedua. Cetak ulang di posko {code}.")
    template_unnumbered = N_("errors", "BAST pengiriman {number} dicetak di posko {code} saat serah terima: "
                                       "pengiriman ini sudah dikirim ke posko lewat berkas pertukaran tanpa nomor BAST "
                                       "kantor. Nomornya datang dengan berkas posko berikutnya.")

    def __init__(self, *, number: str, code: str, bast: str | None) -> None:
        super().__init__(None if bast else self.template_unnumbered, number=number, code=code, bast=bast or "")


def manifest_content(d: DispatchRecord) -> dict[str, Any]:
    return {"jenis": "manifest", "pengiriman": d.number, "tanggal": d.dispatch_date, "dari": d.warehouse,
            "tujuan": d.destination_text, "penerima": d.recipient_name, "kendaraan": d.vehicle_plate,
            "pengemudi": d.driver_name,
            "baris": [{"kode": r[1], "uraian": r[2], "batch": r[3], "jumlah": r[4], "satuan": r[5], "kondisi": r[6]}
                      for r in manifest_rows(d)],
            "pendamping": [e.nik for e in d.escorts]} | _override(d)


def _override(d: DispatchRecord) -> dict[str, Any]:
    """A pejabat's permission to send without a declared emergency; no key at all without one, so the
    papers printed before it existed keep their content."""
    if not d.release_override:
        return {}
    return {"tanpa_status_darurat": {"disetujui": d.release_override_by, "alasan": d.release_override}}


def _override_name(session: Session, d: DispatchRecord) -> str:
    """The name of the pejabat who allowed it, as the Surat Jalan prints it."""
    if not d.release_override_by:
        return ""
    user = session.scalar(select(User).where(User.username == d.release_override_by))
    return (user.full_name.strip() if user is not None else "") or d.release_override_by


def bast_official(session: Session) -> Official:
    """PIHAK PERTAMA (``tagana_app.signatories``); refused when nobody is named."""
    return signatories.official(session, signatories.PIHAK_PERTAMA, document=doc_kinds.title("bast"))


# Who signs which paper (signature place -> role, tagana_app.signatories).
SIGNED_BY = {
    "manifest": {"Yang Menyerahkan": signatories.PENGURUS_BARANG},
    "bast": {"PIHAK PERTAMA": signatories.PIHAK_PERTAMA, "Mengetahui": signatories.KEPALA_DINAS},
    "spt": {"Kepala Dinas": signatories.KEPALA_DINAS},
}


def _signers(session: Session, doc_type: str) -> dict[str, Official]:
    """The officials of the paper, refused (``MissingSignatory``) before anything is numbered or printed."""
    return {place: signatories.official(session, role, document=doc_kinds.title(doc_type))
            for place, role in SIGNED_BY[doc_type].items()}


def _posko_signers(session: Session, doc_type: str) -> dict[str, Official]:
    """At a posko, the office's officials are not users of its database: an official named there signs,
    any other place is left blank (a dotted line the person present writes their name on)."""
    return {place: signatories.find(session, role) or Official("", "", "")
            for place, role in SIGNED_BY[doc_type].items()}


def _at_posko(session: Session, row: Dispatch) -> bool:
    from deployment.dispatch import posko_receipt

    return posko_receipt.addressed_here(session, row) is not None


def _refuse_bast_of_a_posko(session: Session, row: Dispatch) -> None:
    from deployment.dispatch import posko_receipt

    code = posko_receipt.bast_printed_at(session, row)
    if code:
        raise BastAtPosko(number=row.number, code=code, bast=row.bast_number)


def request_basis(session: Session, d: DispatchRecord) -> dict[str, Any] | None:
    """The request letter a dispatch answers, as its BAST names it ("Dasar: Surat permintaan ..."); None for a
    dispatch that answers no request."""
    if not d.request:
        return None
    from deployment import requests

    r = requests.get_request(session, d.request)
    return {"agenda": r.number, "nomor": r.letter_number, "tanggal": r.letter_date, "pemohon": r.requester_name,
            "jabatan": r.requester_position}


def bast_content(d: DispatchRecord, basis: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a BAST says of its dispatch.  PIHAK PERTAMA is the office's official, a signer of the paper
    (frozen with it), not part of the record: naming another official later does not change this BAST.
    ``basis`` (``request_basis``): only a BAST of a dispatch that answers a request has the key "dasar", so
    the content of BASTs printed before requests existed stays exactly as it was."""
    return {**({"dasar": basis} if basis else {}), "jenis": "bast", "pengiriman": d.number, "tanggal": d.handed_over_on, "tempat": d.handover_place,
            "pihak_kedua": {"nama": d.recipient_name, "id": d.recipient_id, "jabatan": d.recipient_position},
            "keadaan": received_state(d.given), "keadaan_pinjam_pakai": received_state(d.lent),
            "baris": [{"uraian": line.item_name, "jumlah": received(line), "satuan": line.unit,
                       "keterangan": line_note(line)} for line in d.given],
            "pinjam_pakai": [{"uraian": r[1], "seri": r[2], "jumlah": r[3], "satuan": r[4], "kondisi": r[5],
                              "keterangan": r[6]} for r in lent_rows(d.lent)],
            "wajib_kembali": d.loan_due if d.lent else None}


def spt_content(order: DutyOrderRecord) -> dict[str, Any]:
    inc = order.incident
    return {"jenis": "spt", "kejadian": inc.number, "tanggal": order.issued_on,
            "dasar_sk": {"nomor": inc.sk_number, "tanggal": inc.sk_date, "penerbit": inc.sk_issuer},
            "menambah": order.adds_to,
            "anggota": [{"nik": m.nik, "nama": m.name, "peran": m.role, "mulai": m.start, "selesai": m.end}
                        for m in order.members]}


def _duty_record(session: Session, order: DutyOrder) -> DutyOrderRecord:
    rows = session.execute(select(DutyOrderMember, Volunteer.full_name, Volunteer.nik, Volunteer.niat)
                           .join(Volunteer, Volunteer.id == DutyOrderMember.volunteer_id)
                           .where(DutyOrderMember.order_id == order.id)
                           .order_by(DutyOrderMember.start_date, Volunteer.name_lower, Volunteer.id))
    members = tuple(DutyMember(name, nik, niat, m.role, SKILLS[m.role], m.start_date, m.end_date)
                    for m, name, nik, niat in rows)
    first_on = (session.scalar(select(DutyOrder.issued_on).where(DutyOrder.number == order.adds_to))
                if order.adds_to else None)
    return DutyOrderRecord(order.number, order.issued_on, incident_service.get_incident(session, order.incident_id),
                           members, order.adds_to, first_on)


def _current_assignments(session: Session, incident: Incident) -> list[Assignment]:
    return list(session.scalars(select(Assignment).where(Assignment.incident_id == incident.id, assignment_counts())
                                .order_by(Assignment.id)))


def _duty_order_for(session: Session, actor: Actor, incident: Incident) -> DutyOrder:
    """The incident's latest SPT while every assignment is on one of its SPTs; else a new SPT for the
    people not yet ordered only (an addition to the first SPT, which it names), never a second order
    for the people already ordered."""
    current = _current_assignments(session, incident)
    if not current:
        raise NoDutyVolunteers(incident=incident.number)
    orders = list(session.scalars(select(DutyOrder).where(DutyOrder.incident_id == incident.id)
                                  .order_by(DutyOrder.id)))
    ordered = {(m.assignment_id, m.role, m.start_date, m.end_date) for m in session.scalars(
        select(DutyOrderMember).where(DutyOrderMember.order_id.in_([o.id for o in orders])))} if orders else set()
    new = [a for a in current if (a.id, a.role, a.start_date, a.end_date) not in ordered]
    if not new:
        return orders[-1]
    when = clock.today()
    issued = numbering.next_number(session, actor, "spt", when, entity="kejadian", entity_id=incident.number)
    order = DutyOrder(number=issued.number, incident_id=incident.id, issued_on=when, issued_by=actor.username,
                      adds_to=orders[0].number if orders else None)
    session.add(order)
    session.flush()
    session.add_all(DutyOrderMember(order_id=order.id, assignment_id=a.id, volunteer_id=a.volunteer_id, role=a.role,
                                    start_date=a.start_date, end_date=a.end_date) for a in new)
    session.flush()
    audit.record(session, actor, "spt.create", N_("domain", "spt"), order.number,
                 {"kejadian": incident.number, "relawan": len(new), "menambah": order.adds_to})
    return order


def _print(session: Session, actor: Actor, *, doc_type: str, number: str, content: dict[str, Any], title: str,
           summary: str, build: Any, out: Path | None, directory: Path | None,
           signers: dict[str, Official] | None = None) -> PrintedDocument:
    return printing.print_paper(session, actor, doc_type=doc_type, number=number, content=content, title=title,
                                summary=summary, build=build, out=out, directory=directory, signers=signers)


def number_once(session: Session, actor: Actor, row: Dispatch, column: str, doc_type: str, when: date) -> str:
    """The number of a dispatch's paper kept in ``column``: issued at its first print, the same after."""
    if not getattr(row, column):
        setattr(row, column, numbering.next_number(session, actor, doc_type, when, entity="pengiriman",
                                                   entity_id=row.number).number)
        session.flush()
    return getattr(row, column)


def _summary(d: DispatchRecord) -> str:
    return " | ".join([d.number, d.incident, d.incident_name, d.destination_text, d.recipient_name, d.warehouse_name])


@changes("documents", "dispatches")
def print_manifest(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
                   directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the Surat Jalan (approved or later); its number is issued at the first print.  ``number``: the
    new number of a Surat Jalan that replaces the dispatch's earlier one (``printing.reprint(new=True)``)."""
    row = dispatches.take_step(session, actor, dispatch, "manifest")
    signers = _signers(session, "manifest")
    if number and number != row.manifest_number and printing.replacing(session, number) == row.manifest_number:
        row.manifest_number = number
        session.flush()
    number_once(session, actor, row, "manifest_number", "manifest", row.dispatch_date)
    d = dispatches.get_dispatch(session, row.id)
    profile = pdf.load_profile(session)
    number = row.manifest_number
    allowed_by = _override_name(session, d)
    return _print(session, actor, doc_type="manifest", number=number, content=manifest_content(d),
                  title=f"Surat Jalan {d.number} ke {d.destination}", summary=_summary(d),
                  build=lambda target, copy_no, payload: build_manifest_pdf(target, profile, d, number, copy_no=copy_no,
                                                                            payload=payload,
                                                                            sender=signers["Yang Menyerahkan"],
                                                                            override_by=allowed_by),
                  out=out, directory=directory, signers=signers)


@changes("documents", "dispatches")
def print_bast(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
               directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the BAST of a handed-over dispatch; its number is issued at the first print.  ``number``: the
    new number of a BAST that replaces the dispatch's earlier one (``printing.reprint(new=True)``)."""
    row = dispatches.take_step(session, actor, dispatch, "bast")
    _refuse_bast_of_a_posko(session, row)
    signers = _posko_signers(session, "bast") if _at_posko(session, row) else _signers(session, "bast")
    first, head = signers["PIHAK PERTAMA"], signers["Mengetahui"]
    if not head.name:
        head = None  # the head of office as the profile names them (the setup file's profile), or blank
    signers = {place: person for place, person in signers.items() if person.name}
    if number and number != row.bast_number and printing.replacing(session, number) == row.bast_number:
        row.bast_number = number
        session.flush()
    number_once(session, actor, row, "bast_number", "bast", row.handed_over_on or clock.today())
    d = dispatches.get_dispatch(session, row.id)
    profile = pdf.load_profile(session)
    number = row.bast_number
    basis = request_basis(session, d)
    return _print(session, actor, doc_type="bast", number=number, content=bast_content(d, basis),
                  title=f"BAST {d.number}: bencana {d.disaster_label}, {d.recipient_name}", summary=_summary(d),
                  build=lambda target, copy_no, payload: build_bast_pdf(target, profile, d, number, first,
                                                                        copy_no=copy_no, payload=payload, head=head,
                                                                        basis=basis),
                  out=out, directory=directory, signers=signers)


@changes("documents", "incidents")
def print_spt(session: Session, actor: Actor, incident: str, *, out: Path | None = None,
              directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the SPT of an incident's volunteers: a reprint while they are unchanged, else a new SPT."""
    doc_kinds.KINDS["spt"].may_print.require(actor, action=N_("domain", "mencetak surat perintah tugas"))
    signers = _signers(session, "spt")
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
    title = f"SPT relawan Tagana: {inc.name} ({len(record.members)} orang)"
    if record.adds_to:
        title += f", menambah SPT {record.adds_to}"
    return _print(session, actor, doc_type="spt", number=order.number, content=spt_content(record),
                  title=title, summary=summary,
                  build=lambda target, copy_no, payload: build_spt_pdf(target, profile, record, signers["Kepala Dinas"],
                                                                       copy_no=copy_no, payload=payload),
                  out=out, directory=directory, signers=signers)


# --- the kinds registry: printing again by number, and what each QR code covers -------------------

def _manifest_now(session: Session, _number: str, dispatch: str) -> dict[str, Any]:
    return manifest_content(dispatches.get_dispatch(session, dispatch))


def _bast_now(session: Session, _number: str, dispatch: str) -> dict[str, Any]:
    d = dispatches.get_dispatch(session, dispatch)
    return bast_content(d, request_basis(session, d))


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
