"""The Berita Acara Penghapusan Barang Persediaan of an approved write-off: who proposes it (the
requester's official), who approves it (the Kepala Dinas), the decree it rests on (number, date,
issuer), the goods with their value where known, and how they are disposed of.  Each person signs
once (``signatories.distinct`` through ``printing.print_paper``).

Attached to the kinds registry (``doc_kinds``) so printing again and ``tagana verify`` rebuild its
content from the write-off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.count_papers import signer_of
from inventory.writeoffs import METHOD_LABELS, REASON_LABELS, WriteOffInfo, WriteOffLineInfo, get_writeoff
from tagana_app import clock, doc_kinds, indonesian, numbering, pdf, printing, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import ValidationError
from tagana_app.models import DocumentNumber, User
from tagana_app.pdf import Column
from tagana_app.printing import PrintedDocument
from tagana_app.quantities import format_rupiah, grouped
from tagana_app.signatories import MissingSignatory, Official
from tagana_app.texts import N_

TITLE = "BERITA ACARA PENGHAPUSAN BARANG PERSEDIAAN"
PROPOSER_PLACE, APPROVER_PLACE = "Yang Mengusulkan", "Yang Menyetujui"
PROPOSER_POSITION = "Pengurus Barang"
CLOSING = "Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya."


def user_official(session: Session, username: str, *, document: str) -> Official:
    """The official a user of the program is, as a signature names them: full name, NIP, rank and
    position as the user's record holds them (a pengurus barang when no position is recorded); a user
    without a full name is refused rather than printed as a login name."""
    user = session.scalar(select(User).where(User.username == username))
    name = " ".join((user.full_name if user else "").split())
    if user is None or not name:
        raise MissingSignatory(document=document, role=f"{PROPOSER_PLACE} ({username or '-'})")
    return Official(name, (user.nip or "").strip(), (user.position or "").strip() or PROPOSER_POSITION,
                    (user.rank or "").strip(), username=username)


def writeoff_content(info: WriteOffInfo) -> dict[str, Any]:
    """What the Berita Acara Penghapusan says of the write-off (what its verification code covers)."""
    decree = info.decree
    return {"gudang": info.warehouse, "alasan": info.reason_kind, "uraian": info.reason, "status": info.status,
            "keputusan": {"nomor": decree.number, "tanggal": decree.day.isoformat(), "penetap": decree.issuer}
            if decree else None, "nilai": info.value, "cara": info.method, "pengusul": info.requested_by,
            "baris": [_content_line(x) for x in info.lines]}


def _content_line(x: WriteOffLineInfo) -> dict[str, Any]:
    line: dict[str, Any] = {"barang": x.item, "batch": x.batch, "seri": x.serial, "jumlah": x.quantity}
    if x.unit_price is not None:  # a priced batch: its price is on the paper too (unpriced lines as before)
        line["harga"] = x.unit_price
    return line


def writeoff_signers(session: Session, info: WriteOffInfo) -> dict[str, Official]:
    """Who signs: the requester's official proposes, the Kepala Dinas approves."""
    title = doc_kinds.title("penghapusan")
    return {PROPOSER_PLACE: user_official(session, info.requested_by, document=title),
            APPROVER_PLACE: signatories.official(session, signatories.KEPALA_DINAS, document=title)}


def _content_now(session: Session, number: str, entity_id: str) -> dict[str, Any]:
    # a Berita Acara that replaces the first names its write-off by entity_id
    return writeoff_content(get_writeoff(session, entity_id or number))


def writeoff_title(info: WriteOffInfo) -> str:
    """Its title on the Dokumen page, beside its number and kind: "Penghapusan barang rusak di Gudang ..."."""
    return f"{doc_kinds.label('penghapusan')} barang {REASON_LABELS[info.reason_kind].lower()} di {info.warehouse_name}"


def writeoff_summary(info: WriteOffInfo, number: str) -> str:
    """What the Dokumen page's search finds a Berita Acara Penghapusan by: warehouse, reason, its lines."""
    return " | ".join([number, info.number, info.warehouse, info.warehouse_name, REASON_LABELS[info.reason_kind],
                       info.reason, f"{len(info.lines)} baris", *(x.item_name for x in info.lines)])


@changes("documents")
def print_writeoff(session: Session, actor: Actor, number: str, *, out: Path | None = None,
                   directory: Path | None = None, doc_number: str | None = None) -> PrintedDocument:
    """Print the Berita Acara Penghapusan of an approved write-off whose decree and disposal method are
    recorded.  A write-off numbered by hand before its number was recorded in the registry gets it
    recorded now.  ``doc_number``: the number of a new Berita Acara that replaces the write-off's earlier
    one (``printing.reprint(new=True)``)."""
    doc_kinds.KINDS["penghapusan"].may_print.require(actor, action=N_("domain", "mencetak dokumen"))
    info = get_writeoff(session, number)
    if info.status != "disetujui":
        raise ValidationError(N_("errors", "Berita acara penghapusan hanya dibuat untuk penghapusan yang "
                                           "sudah disetujui ({number} berstatus {status})."), number=number, status=info.status)
    if info.decree is None or not info.method:
        raise ValidationError(N_("errors", "Berita acara penghapusan {number} belum dapat dicetak: catat dulu "
                                           "keputusan penghapusan (nomor, tanggal, pejabat yang menetapkan) dan "
                                           "cara penghapusannya."), number=number)
    signers = writeoff_signers(session, info)
    proposer, approver = signers[PROPOSER_PLACE], signers[APPROVER_PLACE]
    doc_number = doc_number or number
    if session.scalar(select(DocumentNumber.id).where(DocumentNumber.number == doc_number)) is None:
        numbering.register_number(session, actor, "penghapusan", number, clock.local(info.requested_at).date(),
                                  entity="penghapusan")
    profile = pdf.load_profile(session)
    return printing.print_paper(
        session, actor, doc_type="penghapusan", number=doc_number, content=writeoff_content(info),
        title=writeoff_title(info), summary=writeoff_summary(info, doc_number), out=out, directory=directory,
        signers=signers,
        build=lambda target, copy_no, payload: writeoff_pdf(info, profile, target, copy_no, payload, number=doc_number,
                                                            proposer=proposer, approver=approver))


def _person(n: int, official: Official, acting: str, width: float) -> Table:
    """"1." beside the person's name, NIP, rank and position, and what they act as."""
    marker = 8 * mm
    rows = pdf.fields([("Nama", official.name), ("NIP", official.nip or "-"),
                       ("Pangkat/Golongan", official.rank or "-"), ("Jabatan", official.position),
                       ("Selaku", acting)], width - marker, label_mm=38)
    table = Table([[pdf.para(f"{n}."), rows]], colWidths=[marker, width - marker], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _remark(x: WriteOffLineInfo) -> str:
    """Expiry and condition of a line in one cell: "kedaluwarsa 26-11-2026", "rusak berat", "-"."""
    parts = [f"kedaluwarsa {x.expiry.strftime('%d-%m-%Y')}" if x.expiry else "", x.condition or ""]
    return ", ".join(p for p in parts if p) or "-"


def _value_sentence(info: WriteOffInfo) -> str:
    """The value the decree states when recorded; else the value at the batches' prices when known."""
    if info.value is not None:
        return f"Nilai barang yang dihapus seluruhnya {format_rupiah(info.value)}."
    if info.priced:
        unpriced = sum(1 for x in info.lines if x.unit_price is None)
        rest = f" ({unpriced} baris tanpa harga tidak dihitung)" if unpriced else ""
        return f"Nilai barang yang dihapus menurut harga satuan batchnya {format_rupiah(info.lines_value)}{rest}."
    return "Nilai barang yang dihapus tidak tercatat."


def writeoff_pdf(info: WriteOffInfo, profile: pdf.OfficeProfile, target: BinaryIO | str | Path, copy_no: int,
                 payload: str, *, proposer: Official, approver: Official,
                 paper: str | None = None, number: str | None = None) -> pdf.BuiltDocument:
    """The Berita Acara Penghapusan of ``info`` (decree and method recorded), proposed by ``proposer``
    and approved by ``approver`` (``number``: its own when a new Berita Acara replaces the first)."""
    assert info.decree is not None
    decree = info.decree
    day = clock.local(info.decided_at or info.requested_at).date()
    columns = [Column("No", 0.5, "right", fmt=str), Column("Kode", 0.8), Column("Uraian Barang", 2.3),
               Column("Batch / No. Seri", 1.7), Column("Kedaluwarsa", 1.35), Column("Kondisi", 1.15),
               Column("Jumlah", 1.0, "right"), Column("Satuan", 0.95)]
    rows = [[x.line_no, x.item, x.item_name, x.serial or x.batch or "-", x.expiry or "-", x.condition or "-", x.quantity,
             x.unit] for x in info.lines]
    footer: list[list[Any]] = []
    if info.priced:
        # the value of each line at its batch's price ("-" without a price); room for the two columns
        # comes from expiry and condition sharing one "Keterangan" column
        columns = [*columns[:4], Column("Keterangan", 1.6), *columns[6:], Column("Harga Satuan (Rp)", 1.2, "right"),
                   Column("Nilai (Rp)", 1.3, "right")]
        rows = [[x.line_no, x.item, x.item_name, x.serial or x.batch or "-", _remark(x), x.quantity, x.unit,
                 grouped(x.unit_price) if x.unit_price is not None else "-",
                 grouped(x.line_value) if x.line_value is not None else "-"] for x in info.lines]
        footer = [["Jumlah nilai", *[""] * (len(columns) - 2), grouped(info.lines_value)]]
    reason = REASON_LABELS[info.reason_kind].lower()
    value = _value_sentence(info)

    def story(ctx: pdf.DocContext) -> list:
        return [
            pdf.para(indonesian.bast_opening(day, info.warehouse_name)),
            pdf.spacer(2),
            _person(1, proposer, "yang mengusulkan penghapusan;", ctx.width),
            _person(2, approver, "yang menyetujui penghapusan;", ctx.width),
            pdf.spacer(2),
            # the sentence that ends "sebagai berikut:" stays with the first rows of its table
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width, footer_rows=footer,
                                          span_footer_label=len(columns) - 1), [
                pdf.spacer(3),
                pdf.signature_blocks(
                    [signer_of(proposer, f"{PROPOSER_PLACE},"), signer_of(approver, f"{APPROVER_PLACE},")],
                    ctx.width, place_date=indonesian.place_and_date(profile.city, day),
                    keep_with=[pdf.para(CLOSING)])], lead=[
                pdf.para(f"berdasarkan Keputusan {decree.issuer} Nomor {decree.number} tanggal "
                         f"{indonesian.long_date(decree.day)}, menyatakan bahwa telah dilakukan penghapusan barang "
                         f"persediaan dari {info.warehouse_name} karena {reason}, dengan uraian: {info.reason}. "
                         f"Barang tersebut {METHOD_LABELS[info.method]}. {value} Rincian barang yang dihapus dari "
                         f"pembukuan sebagai berikut:"),
                pdf.spacer(3)]),
        ]

    return pdf.build_document(target, profile, title=TITLE, number=number or info.number, story=story, qr_payload=payload,
                              copy_no=copy_no, paper=paper)


# --- the kinds registry: printing again by number, and what the QR code covers ---------------------

doc_kinds.attach("penghapusan", printer=lambda session, actor, doc, **where: print_writeoff(
    session, actor, doc.entity_id or doc.number, doc_number=doc.number, **where), content=_content_now)
