"""PDF documents of the warehouse: stock card, count sheet and report, Berita Acara Penghapusan.

Built with the shared toolkit (``tagana_app.pdf``): letterhead, "Halaman X dari Y", table headers
repeated on every page.  The builders take plain dataclasses; only the write-off record, a
numbered document, touches the database (its print is recorded and carries a QR code).  Its
printer and what its QR code covers are attached to the kinds registry (``tagana_app.doc_kinds``)
at the end of this module, so the Dokumen page and ``tagana print again|verify`` handle it like the
papers of a dispatch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.counts import CountInfo, CountSheet
from inventory.queries import StockCard
from inventory.writeoffs import REASON_LABELS, WriteOffInfo, get_writeoff
from tagana_app import clock, doc_kinds, indonesian, numbering, pdf, printing
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import ValidationError
from tagana_app.models import DocumentNumber, User
from tagana_app.numbering import NumberRecord
from tagana_app.pdf import Column, Signer
from tagana_app.printing import PrintedDocument
from tagana_app.progress import Progress
from tagana_app.texts import N_


def _head(profile: pdf.OfficeProfile, heading: str = "Mengetahui,") -> Signer:
    return Signer(heading=heading, position=profile.head_title, name=profile.head_name, rank=profile.head_rank,
                  id_value=profile.head_nip, blank_id=not profile.head_nip)


def stock_card_pdf(card: StockCard, profile: pdf.OfficeProfile, path: Path, *,
                   progress: Progress | None = None) -> pdf.BuiltDocument:
    """Kartu persediaan: date, source document number and date, from/to, in, out, balance."""
    period = "seluruh riwayat"
    if card.since or card.until:
        period = (f"{indonesian.long_date(card.since) if card.since else 'awal'} s.d. "
                  f"{indonesian.long_date(card.until) if card.until else 'sekarang'}")
    columns = [Column("No", 0.5, "right", fmt=str), Column("Tanggal", 1.1), Column("Nomor Dokumen", 2.4),
               Column("Tgl Dokumen", 1.1), Column("Dari / Kepada", 3.0), Column("Batch / No. Seri", 1.6),
               Column("Masuk", 0.9, "right"), Column("Keluar", 0.9, "right"), Column("Saldo", 0.9, "right")]
    rows: list[list[object]] = [["", "", "Saldo awal", "", "", "", "", "", card.opening_balance]]
    for n, line in enumerate(card.lines, 1):
        rows.append([n, line.date, line.doc_number, line.doc_date, line.counterparty, line.serial or line.batch,
                     line.qty_in or "", line.qty_out or "", line.balance])
    footer = [["Jumlah", "", "", "", "", "", card.total_in, card.total_out, card.closing_balance]]

    def story(ctx: pdf.DocContext) -> list:
        return [
            pdf.fields([("Gudang", f"{card.warehouse_name} ({card.warehouse})"),
                        ("Kode / nama barang", f"{card.item} / {card.item_name}"),
                        ("Kategori", card.category or "-"), ("Satuan", card.unit), ("Periode", period)],
                       ctx.width, label_mm=40),
            pdf.spacer(4),
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width, footer_rows=footer, span_footer_label=6), [
                pdf.signature_blocks([Signer(heading="Petugas Gudang,", blank_id=True), _head(profile)], ctx.width,
                                     place_date=indonesian.place_and_date(profile.city, clock.today()))]),
        ]

    return pdf.build_document(path, profile, title="KARTU PERSEDIAAN BARANG", story=story, landscape=True,
                              subject=f"{card.warehouse}/{card.item}", progress=progress)


def count_sheet_pdf(sheet: CountSheet, profile: pdf.OfficeProfile, path: Path, *,
                    progress: Progress | None = None) -> pdf.BuiltDocument:
    """The blind count sheet: what to count and empty columns for the counted quantity."""
    columns = [Column("No", 0.5, "right", fmt=str), Column("Kode", 0.9), Column("Nama Barang", 3.0),
               Column("Batch", 1.4), Column("Kedaluwarsa", 1.1), Column("Satuan", 0.8),
               Column("Jumlah Fisik", 1.1), Column("Keterangan", 1.8)]
    rows = [[x.line_no, x.item, x.item_name, x.batch, x.expiry, x.unit, "", ""] for x in sheet.lines]

    def story(ctx: pdf.DocContext) -> list:
        return [
            pdf.fields([("Gudang", f"{sheet.warehouse_name} ({sheet.warehouse})"),
                        ("Mulai opname", indonesian.full_date(clock.local(sheet.started_at))),
                        ("Petunjuk", "Hitung fisik setiap baris dan tulis jumlahnya; jumlah menurut buku "
                                     "sengaja tidak dicantumkan.")], ctx.width, label_mm=32),
            pdf.spacer(4),
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width, zebra=False), [
                pdf.signature_blocks([Signer(heading="Petugas Penghitung,", blank_id=True),
                                      Signer(heading="Petugas Gudang,", blank_id=True)], ctx.width,
                                     place_date=indonesian.place_and_date(profile.city, clock.today()))]),
        ]

    return pdf.build_document(path, profile, title="LEMBAR PERHITUNGAN FISIK\n(STOCK OPNAME)", number=sheet.number,
                              story=story, progress=progress)


def count_report_pdf(info: CountInfo, profile: pdf.OfficeProfile, path: Path, *,
                     progress: Progress | None = None) -> pdf.BuiltDocument:
    """Laporan stock opname: book quantity, counted, movements during the count, difference, reason."""
    columns = [Column("No", 0.5, "right", fmt=str), Column("Kode", 0.9), Column("Nama Barang", 2.6),
               Column("Batch", 1.3), Column("Satuan", 0.8), Column("Buku", 0.8, "right"),
               Column("Mutasi selama opname", 1.1, "right"), Column("Fisik", 0.8, "right"),
               Column("Selisih", 0.8, "right"), Column("Alasan", 1.8)]
    rows = [[x.line_no, x.item, x.item_name, x.batch, x.unit, x.snapshot_qty, x.during_count, x.counted_qty,
             x.difference, x.reason] for x in info.lines]
    status = {"dibuka": "masih dibuka", "diposting": "diposting", "batal": "dibatalkan"}[info.status]

    def story(ctx: pdf.DocContext) -> list:
        return [
            pdf.fields([("Gudang", f"{info.warehouse_name} ({info.warehouse})"),
                        ("Mulai", indonesian.full_date(clock.local(info.started_at))),
                        ("Status", status)], ctx.width, label_mm=32),
            pdf.spacer(4),
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width), [
                pdf.signature_blocks([Signer(heading="Petugas Gudang,", blank_id=True), _head(profile)], ctx.width,
                                     place_date=indonesian.place_and_date(profile.city, clock.today()))]),
        ]

    return pdf.build_document(path, profile, title="LAPORAN HASIL STOCK OPNAME", number=info.number, story=story,
                              progress=progress)


def writeoff_content(info: WriteOffInfo) -> dict:
    """What the verification code of a Berita Acara Penghapusan is computed over."""
    return {"gudang": info.warehouse, "alasan": info.reason_kind, "uraian": info.reason, "status": info.status,
            "baris": [{"barang": x.item, "uraian": x.item_name, "batch": x.batch, "seri": x.serial,
                       "kondisi": x.condition, "jumlah": x.quantity} for x in info.lines]}


def writeoff_title(info: WriteOffInfo) -> str:
    """Its title on the Dokumen page, beside its number and kind: "Penghapusan barang rusak di Gudang ..."."""
    return f"{doc_kinds.label('penghapusan')} barang {REASON_LABELS[info.reason_kind].lower()} di {info.warehouse_name}"


def writeoff_summary(info: WriteOffInfo, number: str) -> str:
    """What the Dokumen page's search finds a Berita Acara Penghapusan by: warehouse, reason, its lines."""
    return " | ".join([number, info.number, info.warehouse, info.warehouse_name, REASON_LABELS[info.reason_kind],
                       info.reason, f"{len(info.lines)} baris", *(x.item_name for x in info.lines)])


def _full_name(session: Session, username: str) -> str:
    return session.scalar(select(User.full_name).where(User.username == username)) or username


@changes("documents")
def print_writeoff(session: Session, actor: Actor, number: str, *, out: Path | None = None,
                   directory: Path | None = None, doc_number: str | None = None) -> PrintedDocument:
    """Print the Berita Acara Penghapusan of an approved write-off through the print pipeline
    (``printing.print_paper``): who may print it, the print recorded (original, then SALINAN), the file in
    the documents folder and at ``out`` once the transaction commits.  A write-off numbered by hand
    before its number was recorded in the registry gets it recorded now.  ``doc_number``: the number of a
    new Berita Acara that replaces the write-off's earlier one (``printing.reprint(new=True)``)."""
    doc_kinds.KINDS["penghapusan"].may_print.require(actor, action=N_("domain", "mencetak dokumen"))
    info = get_writeoff(session, number)
    if info.status != "disetujui":
        raise ValidationError(N_("errors", "Berita acara penghapusan hanya dibuat untuk penghapusan yang "
                                           "sudah disetujui ({number} berstatus {status})."), number=number, status=info.status)
    doc_number = doc_number or number
    if session.scalar(select(DocumentNumber.id).where(DocumentNumber.number == doc_number)) is None:
        numbering.register_number(session, actor, "penghapusan", number, clock.local(info.requested_at).date(),
                                  entity="penghapusan")
    profile = pdf.load_profile(session)
    return printing.print_paper(
        session, actor, doc_type="penghapusan", number=doc_number, content=writeoff_content(info),
        title=writeoff_title(info), summary=writeoff_summary(info, doc_number),
        out=out, directory=directory,
        build=lambda target, copy_no, payload: writeoff_pdf(
            info, profile, target, copy_no, payload, number=doc_number, requester=_full_name(session, info.requested_by),
            approver=_full_name(session, info.decided_by)))


def writeoff_pdf(info: WriteOffInfo, profile: pdf.OfficeProfile, target: BinaryIO, copy_no: int, payload: str, *,
                 requester: str, approver: str, number: str | None = None) -> pdf.BuiltDocument:
    """The Berita Acara Penghapusan of ``info``, proposed by ``requester`` and approved by ``approver``
    (``number``: its own when a new Berita Acara replaces the first)."""
    number = number or info.number
    day = clock.local(info.decided_at or info.requested_at).date()
    columns = [Column("No", 0.5, "right", fmt=str), Column("Kode", 0.8), Column("Uraian Barang", 2.3),
               Column("Batch / No. Seri", 1.7), Column("Kedaluwarsa", 1.35), Column("Kondisi", 1.15),
               Column("Jumlah", 1.0, "right"), Column("Satuan", 0.95)]
    rows = [[x.line_no, x.item, x.item_name, x.serial or x.batch or "-", x.expiry, x.condition or "-", x.quantity,
             x.unit] for x in info.lines]
    reason = REASON_LABELS[info.reason_kind].lower()

    def story(ctx: pdf.DocContext) -> list:
        return [
            pdf.para(indonesian.bast_opening(day, info.warehouse_name)),
            pdf.spacer(2),
            pdf.para(f"menyatakan bahwa telah dilakukan penghapusan barang persediaan dari {info.warehouse_name} karena {reason}, "
                     f"dengan uraian: {info.reason}. Rincian barang yang dihapus dari pembukuan sebagai berikut:"),
            pdf.spacer(3),
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width), [
                pdf.spacer(3),
                pdf.signature_blocks(
                    [Signer(heading="Yang Mengusulkan,", position="Petugas Gudang", name=requester, blank_id=True),
                     Signer(heading="Yang Menyetujui,", position="Pejabat Berwenang", name=approver, blank_id=True)],
                    ctx.width, place_date=indonesian.place_and_date(profile.city, day), acknowledged=_head(profile),
                    keep_with=[pdf.para("Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana "
                                        "mestinya.")])]),
        ]

    return pdf.build_document(target, profile, title="BERITA ACARA PENGHAPUSAN BARANG PERSEDIAAN", number=number,
                              story=story, qr_payload=payload, copy_no=copy_no)


# --- the kinds registry: printing again by number, and what the QR code covers ---------------------

def _writeoff_again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    # a Berita Acara that replaces the first names its write-off by entity_id
    return print_writeoff(session, actor, doc.entity_id or doc.number, doc_number=doc.number, **where)


def _writeoff_now(session: Session, number: str, entity_id: str) -> dict[str, Any]:
    return writeoff_content(get_writeoff(session, entity_id or number))


doc_kinds.attach("penghapusan", printer=_writeoff_again, content=_writeoff_now)
