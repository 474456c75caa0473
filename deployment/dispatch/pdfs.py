"""Layouts of the dispatch and deployment papers: Surat Jalan (manifest), BAST and SPT.

Pure builders over plain records (``DispatchRecord``, ``DutyOrderRecord``) and the office profile,
made with the shared toolkit ``tagana_app.pdf``: letterhead, "Halaman X dari Y", table headers
repeated on every page, QR code, SALINAN stamp.  Numbering, print records and the documents folder
are the business of ``deployment.dispatch.documents``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from deployment import incidents as incident_service
from deployment.dispatch import service as dispatches
from deployment.dispatch.service import DispatchRecord
from tagana_app import clock, indonesian, pdf, regions
from tagana_app.pdf import Column, Signer
from tagana_app.progress import Progress

MANIFEST_COLUMNS = (
    Column("No", 5, "center", wrap=False, fmt=str),
    Column("Kode", 10.5),
    Column("Uraian barang", 23),
    Column("Batch/Serial", 32),
    Column("Jumlah", 9, "right"),
    Column("Satuan", 9),
    Column("Kondisi", 10.5),
)


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


@dataclass(frozen=True)
class Official:
    name: str
    nip: str
    position: str
    rank: str = ""


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
    return clock.local(value).date()


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
        closing: list[Flowable] = [
            pdf.spacer(1.5),
            pdf.para(f"Jumlah: {len(d.lines)} jenis barang dalam {len(rows)} baris.", "small"),
        ]
        if d.escorts:
            closing += [pdf.spacer(2), pdf.para("Relawan Tagana pendamping:", "body"),
                        pdf.numbered([f"{e.name}" + (f" (NIAT {e.niat})" if e.niat else "") + f" – {e.role_label}"
                                      for e in d.escorts], ctx.width)]
        closing += [pdf.spacer(3), pdf.para(indonesian.place_and_date(profile.city, d.dispatch_date), "right"),
                    pdf.signature_blocks(
            [Signer("Yang Menyerahkan,", "Petugas Gudang", d.warehouse_pic or ""),
             Signer("Pengemudi,", f"Kendaraan {d.vehicle_plate}" if d.vehicle_plate else "", d.driver_name),
             Signer("Yang Menerima,", d.recipient_position, d.recipient_name, id_label=d.recipient_id_kind or "NIP",
                    id_value=d.recipient_id)],
            ctx.width, space_mm=18)]
        return [
            _party_box([("PENGIRIM", sender), ("TUJUAN", to_lines)], ctx.width), pdf.spacer(3),
            pdf.fields(info, ctx.width, label_mm=36), pdf.spacer(3),
            # the last rows, the count, the place and date and the signatures share a page
            pdf.signed_end(pdf.data_table(MANIFEST_COLUMNS, rows, ctx.width), closing),
        ]

    return pdf.build_document(target, profile, title="SURAT JALAN", subtitle="Manifes Pengiriman Bantuan Logistik",
                              number=number, story=story, qr_payload=payload, copy_no=copy_no,
                              subject=f"Surat Jalan pengiriman {d.number}", progress=progress)


def bast_title(d: DispatchRecord) -> str:
    place = _region_phrase(d.region_code).upper()
    lines = ["BERITA ACARA SERAH TERIMA BANTUAN LOGISTIK",
             f"BAGI MASYARAKAT TERDAMPAK BENCANA {d.disaster_label.upper()}"]
    if place:
        lines.append("DI " + place)
    return "\n".join(lines)


def build_bast_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str, first: Official, *,
                   copy_no: int = 0, payload: str | None = None) -> pdf.BuiltDocument:
    when = d.handed_over_on or clock.today()
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
            pdf.heading(
                "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah menerima dari "
                f"PIHAK PERTAMA, bantuan logistik bagi masyarakat terdampak bencana {d.disaster_label} yang terjadi "
                f"pada tanggal {incident_day} di {where} ({d.incident_name}; kejadian nomor {d.incident}), "
                f"bersumber dari {d.budget}"
                + (f", yang dikirim dengan Surat Jalan Nomor {d.manifest_number}" if d.manifest_number else "")
                + ", dalam keadaan baik dan utuh dengan rincian sebagai berikut:", "justify"),
            pdf.spacer(2),
            pdf.signed_end(pdf.data_table(columns, rows, w), [
                pdf.spacer(2),
                pdf.para("Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya.",
                         "justify"),
                pdf.signature_blocks(
                    [Signer("PIHAK KEDUA,", "Yang Menerima", d.recipient_name, id_label=d.recipient_id_kind or "NIP",
                            id_value=d.recipient_id),
                     Signer("PIHAK PERTAMA,", "Yang Menyerahkan", first.name, first.rank, first.nip,
                            blank_id=not first.nip)],
                    w, place_date=indonesian.place_and_date(profile.city, when), space_mm=17,
                    acknowledged=_head_signer(profile, "Mengetahui,"))]),
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
            pdf.heading("<b>MEMERINTAHKAN:</b>", "center", markup=True),
            pdf.spacer(2),
            pdf.heading(_labelled("Kepada", "Nama-nama relawan Tagana yang tercantum dalam daftar berikut:", w)),
            # the last volunteers, the orders, the place and date and the signature share a page
            pdf.signed_end(pdf.data_table(columns, rows, w), [
                pdf.spacer(3),
                _labelled_list("Untuk", task, w),
                pdf.spacer(4),
                place_block,
                pdf.signature_blocks([Signer(f"Kepala {profile.office.title()}", profile.region + ",",
                                             profile.head_name, profile.head_rank, profile.head_nip,
                                             blank_id=not profile.head_nip)], w, space_mm=20)]),
            pdf.spacer(6),
            pdf.heading("Tembusan Yth.:", "body"),
            pdf.numbered(copies, w),
        ]

    return pdf.build_document(target, profile, title="SURAT PERINTAH TUGAS", number=order.number, story=story,
                              qr_payload=payload, copy_no=copy_no, subject=f"SPT kejadian {inc.number}")
