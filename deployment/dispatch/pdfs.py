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
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from deployment import incidents as incident_service
from deployment.dispatch import service as dispatches
from deployment.dispatch.service import DispatchRecord
from tagana_app import clock, indonesian, pdf, regions
from tagana_app.indonesian import title_case
from tagana_app.pdf import Column, Signer
from tagana_app.progress import Progress
from tagana_app.signatories import Official

MANIFEST_COLUMNS = (
    Column("No", 5, "center", wrap=False, fmt=str),
    Column("Kode", 10.5),
    Column("Uraian barang", 23),
    Column("Batch / No. Seri", 32),
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
    adds_to: str | None = None       # the incident's first SPT, when this one adds people to it
    adds_to_on: date | None = None   # and its date


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


def _head_of(profile: pdf.OfficeProfile, head: Official | None) -> Official:
    """The head of office named (``tagana_app.signatories``), else as the profile names them (the builders
    called alone, with a profile only)."""
    return head or Official(profile.head_name, profile.head_nip, profile.head_title, profile.head_rank)


def _head_signer(profile: pdf.OfficeProfile, heading: str = "", head: Official | None = None) -> Signer:
    head = _head_of(profile, head)
    return Signer.of(head, heading, (head.position or profile.head_title) + ",")


def build_manifest_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str, *,
                       copy_no: int = 0, payload: str | None = None, progress: Progress | None = None,
                       sender: Official | None = None, override_by: str = "") -> pdf.BuiltDocument:
    """``sender``: the pengurus barang who signs as "Yang Menyerahkan" (else the warehouse's person in charge);
    ``override_by``: the name of the pejabat who allowed goods out without a declared emergency."""
    rows = manifest_rows(d)
    handed_by = (Signer.of(sender, "Yang Menyerahkan,", sender.position or "Pengurus Barang") if sender else
                 Signer("Yang Menyerahkan,", "Petugas Gudang", d.warehouse_pic or ""))

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
        if d.release_override:
            closing += [pdf.spacer(2), pdf.para(
                f"Dikeluarkan tanpa penetapan status darurat atas persetujuan "
                f"{override_by or d.release_override_by}: {d.release_override}", "body")]
        if d.escorts:
            closing += [pdf.spacer(2), pdf.para("Relawan Tagana pendamping:", "body"),
                        pdf.numbered([f"{e.name}" + (f" (NIAT {e.niat})" if e.niat else "") + f" – {e.role_label}"
                                      for e in d.escorts], ctx.width)]
        closing += [pdf.spacer(3), pdf.para(indonesian.place_and_date(profile.city, d.dispatch_date), "right"),
                    pdf.signature_blocks(
            [handed_by,
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


def received(line: dispatches.LineInfo) -> int:
    return line.received if line.received is not None else line.quantity


def line_note(line: dispatches.LineInfo) -> str:
    """What the Keterangan column says of a line not received as it was sent ("" when it was)."""
    notes = []
    got = received(line)
    if got != line.quantity:
        note = f"Dikirim {indonesian.quantity(line.quantity)}, selisih {indonesian.quantity(line.quantity - got)}"
        notes.append(note + (f": {line.difference_reason}" if line.difference_reason else ""))
    for p in line.picks:
        if p.condition and p.condition != "baik":
            notes.append((f"SN {p.serial} " if p.serial else "") + f"kondisi {p.condition}")
    if line.remarks:
        notes.append(line.remarks)
    return "; ".join(notes)


def intact(lines: tuple[dispatches.LineInfo, ...]) -> bool:
    """Whether every line was received as it was sent: only then "dalam keadaan baik dan utuh" alone."""
    return not any(line_note(line) for line in lines)


def received_state(lines: tuple[dispatches.LineInfo, ...]) -> str:
    """What the sentence above a table of these lines says of their state."""
    return INTACT if intact(lines) else EXCEPT


INTACT = "dalam keadaan baik dan utuh"
EXCEPT = INTACT + ", kecuali sebagaimana tercantum pada kolom Keterangan"

LENT_COLUMNS = (Column("No", 6, "center", wrap=False, fmt=str), Column("Uraian barang", 30),
                Column("Nomor seri", 20), Column("Jumlah", 9, "right"), Column("Satuan", 9),
                Column("Kondisi", 11), Column("Keterangan", 15))


def lent_rows(lines: tuple[dispatches.LineInfo, ...], *, notes: bool = True) -> list[list[Any]]:
    """Lent equipment one unit a row (serial and condition when sent); unnumbered units as one row."""
    rows: list[list[Any]] = []
    for line in lines:
        note = line_note(line) if notes else ""
        serial = [p for p in line.picks if p.serial]
        if serial:
            for i, p in enumerate(serial):
                rows.append([len(rows) + 1, line.item_name, p.serial, p.quantity, line.unit, _condition_text(p),
                             note if i == 0 else ""])
        else:
            rows.append([len(rows) + 1, line.item_name, "-", line.quantity, line.unit, "Baik", note])
    return rows


def parties(profile: pdf.OfficeProfile, d: DispatchRecord, first: Official, width: float) -> list[Flowable]:
    """"kami yang bertanda tangan di bawah ini:" 1. the official for the office (PIHAK PERTAMA),
    2. the recipient for the people affected (PIHAK KEDUA): on the BAST and the papers of lent equipment."""
    where = _region_phrase(d.region_code) or d.destination
    party = [("Nama", first.name or "." * 40), ("NIP", first.nip or "-"), ("Jabatan", first.position),
             ("Alamat", profile.address or profile.office)]
    second = [("Nama", d.recipient_name), (d.recipient_id_kind or "NIP/NIK", d.recipient_id or "-"),
              ("Jabatan", d.recipient_position or "-"),
              ("Alamat", ", ".join(x for x in (d.address, d.destination_text) if x))]
    return pdf.two_parties(party, profile.office_title, second, f"masyarakat terdampak bencana di {where}", width,
                           label_mm=24)


def closing_signatures(profile: pdf.OfficeProfile, d: DispatchRecord, first: Official, when: date, width: float, *,
                       head: Signer | None, second_role: str = "Yang Menerima",
                       first_role: str = "Yang Menyerahkan") -> list[Flowable]:
    """"Demikian Berita Acara ini dibuat ..." and the signatures of both parties (and "Mengetahui")."""
    return [
        pdf.spacer(2),
        pdf.para("Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya.", "justify"),
        pdf.signature_blocks(
            [Signer("PIHAK KEDUA,", second_role, d.recipient_name, id_label=d.recipient_id_kind or "NIP",
                    id_value=d.recipient_id),
             Signer("PIHAK PERTAMA,", first_role, first.name, first.rank, first.nip, blank_id=not first.nip)],
            width, place_date=indonesian.place_and_date(profile.city, when), space_mm=17, acknowledged=head)]


def request_sentence(basis: dict[str, Any]) -> str:
    """"Dasar: Surat permintaan Camat Pondok Kelapa (Budi Contoh) nomor ... tanggal ... (nomor agenda ...)"."""
    who = f"{basis['jabatan']} ({basis['pemohon']})" if basis.get("jabatan") else basis["pemohon"]
    return (f"Dasar: Surat permintaan {who} nomor {basis['nomor']} tanggal {indonesian.long_date(basis['tanggal'])} "
            f"(nomor agenda {basis['agenda']}).")


def build_bast_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str, first: Official, *,
                   copy_no: int = 0, payload: str | None = None, head: Official | None = None,
                   basis: dict[str, Any] | None = None) -> pdf.BuiltDocument:
    """``basis``: the request letter the dispatch answers (documents.request_basis), named under the parties."""
    when = d.handed_over_on or clock.today()

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        incident_day = indonesian.long_date(_local_date(d.incident_started))
        where = _region_phrase(d.region_code) or d.destination
        rows = [[n, line.item_name, received(line), line.unit, line_note(line)] for n, line in enumerate(d.given, 1)]
        columns = [Column("No", 6, "center", wrap=False, fmt=str), Column("Uraian barang", 44),
                   Column("Jumlah", 12, "right"), Column("Satuan", 11), Column("Keterangan", 27)]
        closing = closing_signatures(profile, d, first, when, w, head=_head_signer(profile, "Mengetahui,", head))
        parts: list[Flowable] = [
            pdf.para(indonesian.bast_opening(when, d.handover_place or d.destination_text), "justify"),
            *parties(profile, d, first, w),
        ]
        if basis:
            parts += [pdf.spacer(2), pdf.para(request_sentence(basis), "justify")]
        sent_with = f", yang dikirim dengan Surat Jalan Nomor {d.manifest_number}" if d.manifest_number else ""
        # (the sentence that introduces a table, the table): the last one ends with the signatures
        tables: list[tuple[list[Flowable], Table]] = []
        aid_state, lent_state = received_state(d.given), received_state(d.lent)
        if rows:
            tables.append(([pdf.para(
                "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah menerima dari "
                f"PIHAK PERTAMA, bantuan logistik bagi masyarakat terdampak bencana {d.disaster_label} yang terjadi "
                f"pada tanggal {incident_day} di {where} ({d.incident_name}; kejadian nomor {d.incident}), "
                f"bersumber dari {d.budget}{sent_with}, {aid_state}{',' if aid_state == EXCEPT else ''} dengan rincian "
                "sebagai berikut:", "justify"), pdf.spacer(2)], pdf.data_table(columns, rows, w)))
        if d.lent:
            due = indonesian.long_date(d.loan_due) if d.loan_due else "akhir masa tanggap darurat"
            by = f" sebagaimana tercantum dalam Berita Acara Pinjam Pakai Nomor {d.loan_number}" if d.loan_number else ""
            lead = ("Selain bantuan logistik tersebut, PIHAK PERTAMA" if rows else
                    pdf.esc(f"Untuk penanganan bencana {d.disaster_label} ({d.incident_name}; kejadian nomor "
                            f"{d.incident}){sent_with}, PIHAK PERTAMA"))
            text = (f"{lead} meminjamkan kepada PIHAK KEDUA peralatan berikut (<b>pinjam pakai</b>), {lent_state}. "
                    "Peralatan ini bukan bantuan yang diserahkan untuk dimiliki: PIHAK KEDUA wajib merawatnya dan "
                    f"mengembalikannya kepada {pdf.esc(profile.office_title)} "
                    f"paling lambat tanggal {due}{pdf.esc(by)}:")
            tables.append(([pdf.spacer(3), pdf.para(text, "justify", markup=True), pdf.spacer(2)],
                           pdf.data_table(LENT_COLUMNS, lent_rows(d.lent), w)))
        for lead, table in tables[:-1]:
            parts += [*lead, table]
        if tables:
            lead, table = tables[-1]
            parts.append(pdf.signed_end(table, closing, lead=lead))
        else:
            parts += closing
        return parts

    return pdf.build_document(target, profile, title=bast_title(d), number=number, story=story, qr_payload=payload,
                              copy_no=copy_no, subject=f"BAST pengiriman {d.number}")


def _leader_title(profile: pdf.OfficeProfile) -> str:
    region = profile.region
    if region.lower().startswith("kabupaten "):
        return "Bupati " + region[len("kabupaten "):]
    if region.lower().startswith("kota "):
        return "Wali Kota " + region[len("kota "):]
    if region.lower().startswith("provinsi "):
        return "Gubernur " + region[len("provinsi "):]
    return "Kepala Daerah " + region


# More people than this go to a signed Lampiran: a page of names is not an order to sign.
LAMPIRAN_AFTER = 10


def decree(inc: incident_service.IncidentRecord) -> str:
    """"Keputusan Bupati Bengkulu Tengah Nomor ... tanggal ... tentang Status Tanggap Darurat ..." ("" without an SK)."""
    if not inc.sk_number:
        return ""
    text = "Keputusan " + (f"{inc.sk_issuer} " if inc.sk_issuer else "") + f"Nomor {inc.sk_number}"
    if inc.sk_date:
        text += f" tanggal {indonesian.long_date(inc.sk_date)}"
    return text + f" tentang Status {title_case(inc.status_label)} {_disaster_phrase(inc.disaster_label, inc.name)}"


def spt_rows(order: DutyOrderRecord) -> list[list[Any]]:
    return [[n, m.name, m.niat or "-", _sentence_case(m.role_label),
             f"{indonesian.short_date(m.start)} s.d. {indonesian.short_date(m.end)}"]
            for n, m in enumerate(order.members, 1)]


SPT_COLUMNS = (Column("No", 5.5, "center", wrap=False, fmt=str), Column("Nama", 29), Column("NIAT", 17),
               Column("Peran", 20), Column("Periode tugas", 28.5, "center"))


def build_spt_pdf(target: Any, profile: pdf.OfficeProfile, order: DutyOrderRecord, head: Official | None = None, *,
                  copy_no: int = 0, payload: str | None = None) -> pdf.BuiltDocument:
    """The SPT signed by ``head`` (the Kepala Dinas; by default the one of the office profile)."""
    head = _head_of(profile, head)
    inc = order.incident
    start = min(m.start for m in order.members)
    end = max(m.end for m in order.members)
    places = ", ".join(_region_phrase(r.code) for r in inc.regions) or "-"
    lampiran = len(order.members) > LAMPIRAN_AFTER

    def signature(w: float, keep_with: list[Flowable]) -> Flowable:
        """The Kepala Dinas's signature, kept on one page with what it signs (``keep_with``)."""
        return pdf.signature_blocks([Signer(head.position + ",", "", head.name, head.rank, head.nip,
                                            blank_id=not head.nip)], w, space_mm=20, keep_with=keep_with)

    def issued_at(w: float) -> Table:
        """"Dikeluarkan di ... Pada tanggal ..." on the right half, above the signature."""
        issued = pdf.fields([("Dikeluarkan di", profile.city),
                             ("Pada tanggal", indonesian.long_date(order.issued_on))], w * 0.55, label_mm=30)
        block = Table([["", issued]], colWidths=[w * 0.45, w * 0.55], hAlign="LEFT")
        block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return block

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        basis = ["Peraturan Menteri Sosial Nomor 28 Tahun 2012 tentang Pedoman Umum Taruna Siaga Bencana;",
                 "Peraturan Menteri Sosial Nomor 29 Tahun 2012 tentang Taruna Siaga Bencana;"]
        if inc.sk_number:
            basis.append(decree(inc) + ";")
        basis.append(f"Laporan kejadian {_disaster_phrase(inc.disaster_label, inc.name)} tanggal "
                     f"{indonesian.long_date(_local_date(inc.started_at))} (nomor kejadian {inc.number})"
                     + (";" if order.adds_to else "."))
        if order.adds_to:
            basis.append(f"Surat Perintah Tugas Nomor {order.adds_to}"
                         + (f" tanggal {indonesian.long_date(order.adds_to_on)}" if order.adds_to_on else "") + ".")
        where = ("sebagaimana tercantum dalam Lampiran Surat Perintah Tugas ini" if lampiran
                 else "yang tercantum dalam daftar berikut")
        whom = f"relawan Tagana ({len(order.members)} orang) {where}"
        if order.adds_to:
            whom = f"Menambah Surat Perintah Tugas Nomor {order.adds_to}: {whom}, sebagai tambahan personel"
        else:
            whom = "Nama-nama " + whom
        whom += "." if lampiran else ":"
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
        # the orders, the place and date and the signature share a page
        orders = [signature(w, [pdf.spacer(3), _labelled_list("Untuk", task, w), pdf.spacer(4), issued_at(w)])]
        table = pdf.data_table(SPT_COLUMNS, spt_rows(order), w)
        command = [pdf.para("<b>MEMERINTAHKAN:</b>", "center", markup=True), pdf.spacer(2),
                   _labelled("Kepada", whom, w)]
        head_part = [_labelled_list("Dasar", basis, w), pdf.spacer(2), *command]
        # the copies list is short: never its first line at a page foot and the rest overleaf
        copies_part = [pdf.spacer(6), KeepTogether([pdf.para("Tembusan Yth.:", "body"), pdf.numbered(copies, w)])]
        if not lampiran:
            # the order to the people listed, the last of them, the orders, the place and date and
            # the signature: the list never starts a page without its "Kepada", nor ends without them
            return [_labelled_list("Dasar", basis, w), pdf.spacer(2),
                    pdf.signed_end(table, orders, lead=command), *copies_part]
        # The order is signed on its own pages, the list of people on the Lampiran's, signed again.
        heading = pdf.fields([("Lampiran", "Surat Perintah Tugas " + profile.head_title),
                              ("Nomor", order.number), ("Tanggal", indonesian.long_date(order.issued_on))],
                             w * 0.62, label_mm=22)
        heading_block = Table([["", heading]], colWidths=[w * 0.38, w * 0.62], hAlign="LEFT")
        heading_block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [*head_part, *orders, *copies_part, PageBreak(), heading_block, pdf.spacer(4),
                pdf.para("<b>DAFTAR RELAWAN TAGANA YANG DIPERINTAHKAN</b>", "center", markup=True), pdf.spacer(2),
                pdf.signed_end(table, [signature(w, [pdf.spacer(4), issued_at(w)])])]

    return pdf.build_document(target, profile, title="SURAT PERINTAH TUGAS", number=order.number, story=story,
                              qr_payload=payload, copy_no=copy_no, subject=f"SPT kejadian {inc.number}")
