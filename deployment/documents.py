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

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deployment import dispatches
from deployment import incidents as incident_service
from deployment.dispatch_models import DutyOrder, DutyOrderMember, IssuedDocument
from deployment.dispatches import DispatchRecord
from deployment.models import SKILLS, Assignment, Incident, Volunteer
from tagana_app import audit, indonesian, numbering, paths, pdf, regions, settings, verification
from tagana_app.accounts import Actor, require_role
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import DocumentNumber, utcnow
from tagana_app.pdf import Column, Signer
from tagana_app.progress import Progress
from tagana_app.settings import LocalSettings

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
MANIFEST_COLUMNS = (
    Column("No", 5, "center", wrap=False, fmt=str),
    Column("Kode", 10.5),
    Column("Uraian barang", 25),
    Column("Batch/Serial", 30),
    Column("Jumlah", 9, "right"),
    Column("Satuan", 9),
    Column("Kondisi", 10.5),
)


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


# --- where documents go ----------------------------------------------------------------------------

def documents_dir(local: LocalSettings | None = None) -> Path:
    value = (local or LocalSettings()).get(settings.DOCUMENTS_DIR)
    return Path(value).expanduser() if value else paths.default_documents_dir()


def file_name(doc_type: str, number: str, copy_no: int) -> str:
    safe = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-")
    suffix = "asli" if copy_no == 0 else f"salinan-{copy_no}"
    return f"{doc_type}_{safe}_{suffix}.pdf"


# --- content (what the verification code covers) ---------------------------------------------------

def _batch_text(p: dispatches.PickInfo) -> str:
    if p.serial:
        return f"SN {p.serial}"
    if not p.batch:
        return "-"
    return f"{p.batch} (ED {indonesian.short_date(p.expiry)})" if p.expiry else p.batch


def _condition_text(p: dispatches.PickInfo) -> str:
    return (p.condition or "baik").capitalize()


def manifest_rows(d: DispatchRecord) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for line in d.lines:
        for p in line.picks:
            rows.append([len(rows) + 1, line.item, line.item_name, _batch_text(p), p.quantity, line.unit,
                         _condition_text(p)])
    return rows


def manifest_content(d: DispatchRecord) -> dict[str, Any]:
    return {"jenis": "manifest", "pengiriman": d.number, "tanggal": d.dispatch_date, "dari": d.warehouse,
            "tujuan": d.destination_text, "penerima": d.recipient_name, "kendaraan": d.vehicle_plate,
            "pengemudi": d.driver_name,
            "baris": [{"kode": r[1], "batch": r[3], "jumlah": r[4], "satuan": r[5]} for r in manifest_rows(d)],
            "pendamping": [e.nik for e in d.escorts]}


@dataclass(frozen=True)
class Official:
    name: str
    nip: str
    position: str
    rank: str = ""


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


@dataclass(frozen=True)
class DutyMember:
    name: str
    nik: str
    niat: str | None
    role: str
    role_label: str
    start: date
    end: date


@dataclass(frozen=True)
class DutyOrderRecord:
    number: str
    issued_on: date
    incident: incident_service.IncidentRecord
    members: tuple[DutyMember, ...]


def spt_content(order: DutyOrderRecord) -> dict[str, Any]:
    return {"jenis": "spt", "kejadian": order.incident.number, "tanggal": order.issued_on,
            "anggota": [{"nik": m.nik, "nama": m.name, "peran": m.role, "mulai": m.start, "selesai": m.end}
                        for m in order.members]}


# --- layout helpers ----------------------------------------------------------------------------------

def _labelled(label: str, body: Flowable | str, width: float, label_mm: float = 22) -> Table:
    """"Dasar : <numbered list>" with the colon aligned, as on a letter."""
    st = pdf.styles()
    content = body if isinstance(body, Flowable) else Paragraph(pdf.esc(body), st.justify)
    table = Table([[Paragraph(pdf.esc(label), st.body), Paragraph(":", st.body), content]],
                  colWidths=[label_mm * mm, 4 * mm, width - label_mm * mm - 4 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _labelled_list(label: str, items: list[str], width: float, label_mm: float = 22) -> Table:
    """"Untuk : 1. ... 2. ..." with one table row per item, so a long list may continue on the next page."""
    st = pdf.styles()
    rows = [[Paragraph(pdf.esc(label) if i == 0 else "", st.body), Paragraph(":" if i == 0 else "", st.body),
             Paragraph(f"{i + 1}.", st.body), Paragraph(pdf.esc(text), st.body)] for i, text in enumerate(items)]
    table = Table(rows, colWidths=[label_mm * mm, 4 * mm, 7 * mm, width - label_mm * mm - 11 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _disaster_phrase(label: str, name: str) -> str:
    """"bencana banjir (Banjir luapan ...)" without saying "banjir Banjir"."""
    if label.lower() in name.lower():
        return f"bencana {name}"
    return f"bencana {label} {name}"


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _party_box(rows: list[tuple[str, list[str]]], width: float) -> Table:
    """Two framed boxes side by side: PENGIRIM | PENERIMA."""
    st = pdf.styles()
    cells = []
    for heading, lines in rows:
        cell: list[Flowable] = [Paragraph(f"<b>{pdf.esc(heading)}</b>", st.body)]
        cell += [Paragraph(pdf.esc(text), st.body) for text in lines if text]
        cells.append(cell)
    table = Table([cells], colWidths=[width / 2] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.6, pdf.styles().body.textColor),
                               ("BOX", (1, 0), (1, 0), 0.6, pdf.styles().body.textColor),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _local_date(value: datetime) -> date:
    return value.astimezone().date()


def _region_phrase(code: str) -> str:
    """"Desa Srikaton Kecamatan Pondok Kelapa" or "Kecamatan Pondok Kelapa"."""
    region = regions.lookup(code) if code else None
    if region is None:
        return ""
    names = [p.strip() for p in region.path.split(",")]
    if region.level == 4:
        return f"Desa {names[0]} Kecamatan {names[1]}"
    if region.level == 3:
        return f"Kecamatan {names[0]}"
    return names[0]


def _head_signer(profile: pdf.OfficeProfile, heading: str = "") -> Signer:
    return Signer(heading, profile.head_title + ",", profile.head_name, profile.head_rank, profile.head_nip,
                  blank_id=not profile.head_nip)


# --- the manifest ------------------------------------------------------------------------------------

def build_manifest_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str, *,
                       copy_no: int = 0, payload: str | None = None, progress: Progress | None = None
                       ) -> pdf.BuiltDocument:
    rows = manifest_rows(d)

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        sender = [d.warehouse_name, d.warehouse_address, f"Penanggung jawab: {d.warehouse_pic}" if d.warehouse_pic
                  else ""]
        to_lines = [d.destination_text, d.address, f"Penerima: {d.recipient_name}"
                    + (f" ({d.recipient_position})" if d.recipient_position else "")]
        info = [("Tanggal", indonesian.full_date(d.dispatch_date)),
                ("Nomor pengiriman", d.number),
                ("Kejadian", f"Bencana {d.disaster_label} – {d.incident_name} ({d.incident})"),
                ("Kendaraan", d.vehicle_plate or "-"),
                ("Pengemudi", d.driver_name + (f", telepon {d.driver_phone}" if d.driver_phone else "")
                 if d.driver_name else "-")]
        parts: list[Flowable] = [
            _party_box([("PENGIRIM", sender), ("TUJUAN", to_lines)], ctx.width), pdf.spacer(3),
            pdf.fields(info, ctx.width, label_mm=36), pdf.spacer(3),
            pdf.data_table(MANIFEST_COLUMNS, rows, ctx.width),
            pdf.spacer(1.5),
            pdf.para(f"Jumlah: {len(d.lines)} jenis barang dalam {len(rows)} baris.", "small"),
        ]
        if d.escorts:
            parts += [pdf.spacer(2), pdf.para("Relawan Tagana pendamping:", "body"),
                      pdf.numbered([f"{e.name}" + (f" (NIAT {e.niat})" if e.niat else "") + f" – {e.role_label}"
                                    for e in d.escorts], ctx.width)]
        parts += [pdf.keep_space(58), pdf.spacer(4),
                  pdf.para(indonesian.place_and_date(profile.city, d.dispatch_date), "right"),
                  pdf.signature_blocks(
            [Signer("Yang Menyerahkan,", "Petugas Gudang", d.warehouse_pic or ""),
             Signer("Pengemudi,", f"Kendaraan {d.vehicle_plate}" if d.vehicle_plate else "", d.driver_name),
             Signer("Yang Menerima,", d.recipient_position, d.recipient_name, id_label=d.recipient_id_kind or "NIP",
                    id_value=d.recipient_id)],
            ctx.width, space_mm=20)]
        return parts

    return pdf.build_document(target, profile, title="SURAT JALAN", subtitle="Manifes Pengiriman Bantuan Logistik",
                              number=number, story=story, qr_payload=payload, copy_no=copy_no,
                              subject=f"Surat Jalan pengiriman {d.number}", progress=progress)


# --- the BAST ----------------------------------------------------------------------------------------

def bast_title(d: DispatchRecord) -> str:
    place = _region_phrase(d.region_code).upper()
    lines = ["BERITA ACARA SERAH TERIMA BANTUAN LOGISTIK",
             f"BAGI MASYARAKAT TERDAMPAK BENCANA {d.disaster_label.upper()}"]
    if place:
        lines.append("DI " + place)
    return "\n".join(lines)


def build_bast_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str, first: Official, *,
                   copy_no: int = 0, payload: str | None = None) -> pdf.BuiltDocument:
    when = d.handed_over_on or date.today()
    second_id = d.recipient_id_kind or "NIP/NIK"

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        incident_day = indonesian.long_date(_local_date(d.incident_started))
        where = _region_phrase(d.region_code) or d.destination
        rows = []
        for n, line in enumerate(d.lines, 1):
            got = line.received if line.received is not None else line.quantity
            note = ""
            if got != line.quantity:
                note = f"Dikirim {indonesian.quantity(line.quantity)}, selisih {indonesian.quantity(line.quantity - got)}"
                if line.difference_reason:
                    note += f": {line.difference_reason}"
            rows.append([n, line.item_name, got, line.unit, note])
        columns = [Column("No", 6, "center", wrap=False, fmt=str), Column("Uraian barang", 44),
                   Column("Jumlah", 12, "right"), Column("Satuan", 11), Column("Keterangan", 27)]
        party = [("Nama", first.name or "." * 40), ("NIP", first.nip or "-"), ("Jabatan", first.position),
                 ("Alamat", profile.address or profile.office)]
        second = [("Nama", d.recipient_name), (second_id, d.recipient_id or "-"),
                  ("Jabatan", d.recipient_position or "-"), ("Alamat", ", ".join(x for x in (d.address,
                                                                                           d.destination_text) if x))]
        parts: list[Flowable] = [
            pdf.para(indonesian.bast_opening(when, d.handover_place or d.destination_text), "justify"),
            pdf.spacer(2),
            _numbered_block("1.", pdf.fields(party, w - 8 * mm, label_mm=24), w),
            _numbered_block("", pdf.para(
                f"Dalam hal ini bertindak untuk dan atas nama {profile.office.title()} {profile.region}, "
                "selanjutnya disebut <b>PIHAK PERTAMA</b>.", "justify", markup=True), w),
            pdf.spacer(2),
            _numbered_block("2.", pdf.fields(second, w - 8 * mm, label_mm=24), w),
            _numbered_block("", pdf.para(
                f"Dalam hal ini bertindak untuk dan atas nama masyarakat terdampak bencana di {pdf.esc(where)}, "
                "selanjutnya disebut <b>PIHAK KEDUA</b>.", "justify", markup=True), w),
            pdf.spacer(3),
            pdf.para(
                "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah menerima dari "
                f"PIHAK PERTAMA, bantuan logistik bagi masyarakat terdampak bencana {d.disaster_label} yang terjadi "
                f"pada tanggal {incident_day} di {where} ({d.incident_name}; kejadian nomor {d.incident}), "
                f"bersumber dari {d.budget}"
                + (f", yang dikirim dengan Surat Jalan Nomor {d.manifest_number}" if d.manifest_number else "")
                + ", dalam keadaan baik dan utuh dengan rincian sebagai berikut:", "justify"),
            pdf.spacer(2),
            pdf.data_table(columns, rows, w),
            pdf.spacer(2),
        ]
        parts += [
            pdf.keep_space(90),
            pdf.para("Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya.", "justify"),
            pdf.signature_blocks(
                [Signer("PIHAK KEDUA,", "Yang Menerima", d.recipient_name, id_label=d.recipient_id_kind or "NIP",
                        id_value=d.recipient_id),
                 Signer("PIHAK PERTAMA,", "Yang Menyerahkan", first.name, first.rank, first.nip, blank_id=not first.nip)],
                w, place_date=indonesian.place_and_date(profile.city, when), space_mm=17,
                acknowledged=_head_signer(profile, "Mengetahui,")),
        ]
        return parts

    return pdf.build_document(target, profile, title=bast_title(d), number=number, story=story, qr_payload=payload,
                              copy_no=copy_no, subject=f"BAST pengiriman {d.number}")


def _numbered_block(marker: str, body: Flowable, width: float) -> Table:
    table = Table([[Paragraph(pdf.esc(marker), pdf.styles().body), body]], colWidths=[8 * mm, width - 8 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


# --- the SPT -----------------------------------------------------------------------------------------

def _leader_title(profile: pdf.OfficeProfile) -> str:
    region = profile.region
    if region.lower().startswith("kabupaten "):
        return "Bupati " + region[len("kabupaten "):]
    if region.lower().startswith("kota "):
        return "Wali Kota " + region[len("kota "):]
    if region.lower().startswith("provinsi "):
        return "Gubernur " + region[len("provinsi "):]
    return "Kepala Daerah " + region


def build_spt_pdf(target: Any, profile: pdf.OfficeProfile, order: DutyOrderRecord, *, copy_no: int = 0,
                  payload: str | None = None) -> pdf.BuiltDocument:
    inc = order.incident
    start = min(m.start for m in order.members)
    end = max(m.end for m in order.members)
    places = ", ".join(_region_phrase(r.code) for r in inc.regions) or "-"

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        basis = ["Peraturan Menteri Sosial Nomor 28 Tahun 2012 tentang Pedoman Umum Taruna Siaga Bencana;",
                 "Peraturan Menteri Sosial Nomor 29 Tahun 2012 tentang Taruna Siaga Bencana;"]
        if inc.sk_number:
            basis.append(f"Keputusan tentang Status {inc.status_label.title()} Nomor {inc.sk_number};")
        basis.append(f"Laporan kejadian {_disaster_phrase(inc.disaster_label, inc.name)} tanggal "
                     f"{indonesian.long_date(_local_date(inc.started_at))} (nomor kejadian {inc.number}).")
        rows = [[n, m.name, m.niat or "-", _sentence_case(m.role_label),
                 f"{indonesian.short_date(m.start)} s.d. {indonesian.short_date(m.end)}"]
                for n, m in enumerate(order.members, 1)]
        columns = [Column("No", 5.5, "center", wrap=False, fmt=str), Column("Nama", 29), Column("NIAT", 17),
                   Column("Peran", 20), Column("Periode tugas", 28.5, "center")]
        task = [f"Melaksanakan tugas sebagai Relawan Taruna Siaga Bencana (Tagana) dalam penanganan "
                f"{_disaster_phrase(inc.disaster_label, inc.name)} sesuai peran masing-masing;",
                f"Tempat tugas: {places}" + (f", posko {inc.posko_location}" if inc.posko_location else "") + ";",
                f"Waktu tugas: {indonesian.long_date(start)} sampai dengan {indonesian.long_date(end)}, "
                "dan dapat diperpanjang sesuai kebutuhan;",
                f"Melaporkan hasil pelaksanaan tugas kepada {profile.head_title};",
                "Melaksanakan perintah ini dengan penuh tanggung jawab."]
        copies = [_leader_title(profile) + " (sebagai laporan);",
                  f"Kepala Pelaksana BPBD {profile.region};",
                  *[f"Camat {_region_phrase(r.code).split('Kecamatan ')[-1]};" for r in inc.regions[:3]],
                  f"Koordinator Forum Komunikasi Tagana {profile.region};", "Arsip."]
        issued = pdf.fields([("Dikeluarkan di", profile.city),
                             ("Pada tanggal", indonesian.long_date(order.issued_on))], w * 0.55, label_mm=30)
        place_block = Table([["", issued]], colWidths=[w * 0.45, w * 0.55], hAlign="LEFT")
        place_block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [
            _labelled_list("Dasar", basis, w),
            pdf.spacer(2),
            pdf.para("<b>MEMERINTAHKAN:</b>", "center", markup=True),
            pdf.spacer(2),
            _labelled("Kepada", "Nama-nama relawan Tagana yang tercantum dalam daftar berikut:", w),
            pdf.data_table(columns, rows, w),
            pdf.spacer(3),
            _labelled_list("Untuk", task, w),
            pdf.keep_space(80),
            pdf.spacer(4),
            place_block,
            pdf.signature_blocks([Signer(f"Kepala {profile.office.title()}", profile.region + ",", profile.head_name,
                                         profile.head_rank, profile.head_nip, blank_id=not profile.head_nip)],
                                 w, space_mm=20),
            pdf.spacer(6),
            pdf.para("Tembusan Yth.:", "body"),
            pdf.numbered(copies, w),
        ]

    return pdf.build_document(target, profile, title="SURAT PERINTAH TUGAS", number=order.number, story=story,
                              qr_payload=payload, copy_no=copy_no, subject=f"SPT kejadian {inc.number}")


# --- duty orders -------------------------------------------------------------------------------------

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
    when = date.today()
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


# --- printing ----------------------------------------------------------------------------------------

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
    import io

    rec = verification.record_print(session, actor, number, content)
    buffer = io.BytesIO()
    built = build(buffer, rec.copy_no, rec.payload)
    directory = directory or documents_dir()
    path = _write(buffer.getvalue(), directory, file_name(doc_type, number, rec.copy_no), out)
    _register(session, number, title, summary, directory / file_name(doc_type, number, rec.copy_no))
    return PrintedDocument(number, doc_type, title, rec.copy_no, rec.code, rec.payload, str(path), built.pages)


def _summary(d: DispatchRecord) -> str:
    return " | ".join([d.number, d.incident, d.incident_name, d.destination_text, d.recipient_name, d.warehouse_name])


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


def print_bast(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
               directory: Path | None = None) -> PrintedDocument:
    """Print the BAST of a handed-over dispatch; its number is issued at the first print."""
    require_role(actor, *PRINT_ROLES, action="mencetak berita acara serah terima")
    row = dispatches.find(session, dispatch, lock=True)
    if row.status not in BAST_STATES:
        raise DocumentNotReady(document="BAST", number=row.number, status=dispatches.DISPATCH_STATUSES[row.status],
                               needed="BAST dicetak setelah serah terima dicatat")
    if not row.bast_number:
        row.bast_number = numbering.next_number(session, actor, "bast", row.handed_over_on or date.today(),
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


# --- verification ------------------------------------------------------------------------------------

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


# --- the register ------------------------------------------------------------------------------------

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
