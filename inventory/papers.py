"""The papers of the everyday stock movements: Berita Acara Penerimaan Barang (a receipt), Surat Bukti
Barang Keluar (an issue) and the Surat Jalan of a transfer between warehouses (mutasi).

Each is rebuilt from the ledger lines of its document (``stock_movement`` rows of one doc_type and
number): the source, the parties, every line with its batch and expiry or serial numbers,
quantities, units, condition and remarks.  The same rebuild is the paper's ``content`` (what its QR
code covers and ``tagana verify`` checks), and every print goes through ``printing.print_paper``.

Which number the paper carries:
- a movement numbered by the office (``001/BAPB/...``, or a number given by hand to an issue or a
  transfer) prints under that number (a hand-given one is recorded in the registry at the first print);
- a receipt booked under the sender's own document number (Kemensos' BAST, a donor's letter) cites that
  document as its source and gets a Berita Acara number of its own at its first print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from inventory.models import (
    Batch,
    EquipmentEvent,
    EquipmentUnit,
    Item,
    StockMovement,
    StockTransfer,
    Warehouse,
)
from inventory.stock import SOURCE_LABELS
from inventory.stock_documents import find_header
from tagana_app import doc_kinds, indonesian, numbering, pdf, printing, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import DocumentNumber
from tagana_app.numbering import NumberRecord
from tagana_app.pdf import Column, Signer
from tagana_app.printing import PrintedDocument
from tagana_app.signatories import Official
from tagana_app.texts import N_

# The paper of each kind of document, and the ledger rows it is made of (a transfer: its outgoing side).
KINDS = {"penerimaan": ("receive", "return"), "pengeluaran": ("issue",), "mutasi": ("transfer_out",)}
_CONDITION_NOTE = re.compile(r"(?:^|; )kondisi (rusak ringan|rusak berat)$")  # stock.book_receipt_line's note


@dataclass(frozen=True)
class PaperLine:
    line_no: int
    item: str
    item_name: str
    unit: str
    batch: str
    expiry: date | None
    serial: str | None
    quantity: int
    condition: str        # of the goods when they moved ("" where the record keeps none)
    remarks: str          # what the line says besides the document's remarks
    reversed: bool        # cancelled since by a correcting movement (KOREKSI)


@dataclass(frozen=True)
class WarehouseParty:
    code: str
    name: str
    address: str
    person_in_charge: str


@dataclass(frozen=True)
class MovementPaper:
    """One receipt, issue or transfer as its paper prints it."""

    doc_type: str
    reference: str        # the number its ledger lines are booked under
    doc_date: date
    booked_at: datetime
    warehouse: WarehouseParty
    target: WarehouseParty | None   # a transfer's receiving warehouse
    source: str           # a receipt's source (Kemensos, APBD, donor...), as its label
    counterparty: str     # a receipt's sender, an issue's recipient
    remarks: str
    lines: tuple[PaperLine, ...]
    driver: str = ""      # a transfer's driver and vehicle, when recorded at sending
    vehicle: str = ""
    ref_number: str = ""  # the sender's (receipt) or requester's (issue) document, from stock_document
    ref_date: date | None = None


class NotAStockPaper(ValidationError):
    template = N_("errors", "Nomor {number} adalah {kind}, bukan penerimaan, pengeluaran atau mutasi barang. "
                            "Cetak dengan 'tagana print again'.")


# --- the record ---------------------------------------------------------------------------------------

def _party(wh: Warehouse) -> WarehouseParty:
    return WarehouseParty(wh.code, wh.name, wh.address, wh.person_in_charge)


def _condition_then(session: Session, unit_id: int, at: datetime, now: str) -> str:
    """A unit's condition when it moved: the first later change tells what it was; none: as it is now."""
    later = session.scalar(select(EquipmentEvent.old_value).where(
        EquipmentEvent.unit_id == unit_id, EquipmentEvent.kind == "kondisi", EquipmentEvent.at > at)
        .order_by(EquipmentEvent.at, EquipmentEvent.id).limit(1))
    return later or now


def load_paper(session: Session, doc_type: str, reference: str) -> MovementPaper:
    """The receipt, issue or transfer booked under ``reference``, from its ledger lines."""
    reversal = aliased(StockMovement)
    rows = session.execute(
        select(StockMovement, Item, Batch, EquipmentUnit, reversal.id)
        .join(Item, Item.id == StockMovement.item_id).join(Batch, Batch.id == StockMovement.batch_id)
        .outerjoin(EquipmentUnit, EquipmentUnit.id == StockMovement.equipment_unit_id)
        .outerjoin(reversal, reversal.reverses_id == StockMovement.id)
        .where(StockMovement.doc_type == doc_type, StockMovement.doc_number == reference,
               StockMovement.kind.in_(KINDS[doc_type]))
        .order_by(StockMovement.line_no, StockMovement.part)).all()
    if not rows:
        raise NotFound(what=doc_kinds.title(doc_type), key=reference)
    first = rows[0][0]
    remarks = _CONDITION_NOTE.sub("", first.remarks)
    lines = []
    for m, item, batch, unit, reversed_by in rows:
        note = m.remarks[len(remarks):].lstrip("; ") if m.remarks.startswith(remarks) else m.remarks
        condition = ""
        if unit is not None:
            condition = _condition_then(session, unit.id, m.at, unit.condition)
        elif doc_type == "penerimaan":
            found = _CONDITION_NOTE.search(m.remarks)
            condition = found.group(1) if found else "baik"
            note = _CONDITION_NOTE.sub("", note)
        lines.append(PaperLine(m.line_no, item.code, item.name, item.unit, batch.code, batch.expiry,
                               unit.serial if unit else None, m.qty_in or m.qty_out, condition, note,
                               reversed_by is not None))
    target, driver, vehicle = None, "", ""
    if doc_type == "mutasi":  # printed when sent: the goods are on the road, not yet at the target
        transfer = session.scalar(select(StockTransfer).where(StockTransfer.number == reference))
        if transfer is not None:
            target_id, driver, vehicle = transfer.to_warehouse_id, transfer.driver, transfer.vehicle
        else:
            target_id = session.scalar(select(StockMovement.warehouse_id).where(
                StockMovement.doc_type == doc_type, StockMovement.doc_number == reference,
                StockMovement.kind == "transfer_in").limit(1))
        target = _party(session.get(Warehouse, target_id))
    head = find_header(session, doc_type, reference) if doc_type in ("penerimaan", "pengeluaran") else None
    return MovementPaper(doc_type, reference, first.doc_date, first.at, _party(session.get(Warehouse, first.warehouse_id)),
                         target, SOURCE_LABELS.get(first.source, first.source) if first.source else "",
                         first.counterparty, remarks, tuple(lines), driver, vehicle,
                         head.ref_number if head else "", head.ref_date if head else None)


def paper_content(paper: MovementPaper) -> dict[str, Any]:
    """What the paper says of its record: what its QR code covers and verification compares."""
    content: dict[str, Any] = {
        "jenis": paper.doc_type, "dokumen": paper.reference, "tanggal": paper.doc_date,
        "gudang": paper.warehouse.code, "pihak": paper.counterparty, "sumber": paper.source,
        "keterangan": paper.remarks,
        "baris": [{"no": x.line_no, "barang": x.item, "batch": x.batch, "kedaluwarsa": x.expiry, "seri": x.serial,
                   "jumlah": x.quantity, "satuan": x.unit, "kondisi": x.condition, "keterangan": x.remarks,
                   "dibatalkan": x.reversed} for x in paper.lines]}
    if paper.target is not None:
        content["tujuan"] = paper.target.code
    if paper.ref_number:  # only papers of documents with a header (migration 0016) say it: older ones stay as printed
        content["dokumen_pihak"] = paper.ref_number
        content["tanggal_dokumen_pihak"] = paper.ref_date
    return content


# --- which paper, under which number ------------------------------------------------------------------

def _find(session: Session, number: str) -> tuple[str, str, DocumentNumber | None]:
    """(doc_type, reference, its registry row if it has one) of a receipt, issue or transfer number."""
    number = number.strip()
    row = session.scalar(select(DocumentNumber).where(DocumentNumber.number == number))
    if row is not None:
        if row.doc_type not in KINDS:
            raise NotAStockPaper(number=number, kind=doc_kinds.title(row.doc_type))
        return row.doc_type, row.entity_id or row.number, row
    booked = session.scalar(select(StockMovement.doc_type).where(
        StockMovement.doc_number == number, StockMovement.doc_type.in_(tuple(KINDS))).limit(1))
    if booked is None:
        raise NotFound(what=N_("domain", "Nomor dokumen"), key=number)
    if booked == "penerimaan":  # booked under the sender's document: its Berita Acara, if printed before
        row = session.scalar(select(DocumentNumber).where(
            DocumentNumber.doc_type == "penerimaan", DocumentNumber.entity == "penerimaan",
            DocumentNumber.entity_id == number))
    return booked, number, row


def _number(session: Session, actor: Actor, paper: MovementPaper, row: DocumentNumber | None) -> str:
    """The paper's number: its own, or given now (a receipt under the sender's document gets one of the
    office's sequence; a number given by hand to an issue or a transfer is recorded as it is)."""
    if row is not None:
        return row.number
    if paper.doc_type == "penerimaan":
        return numbering.next_number(session, actor, "penerimaan", paper.doc_date, entity="penerimaan",
                                     entity_id=paper.reference).number
    return numbering.register_number(session, actor, paper.doc_type, paper.reference, paper.doc_date,
                                     entity=paper.doc_type, entity_id=paper.reference).number


def paper_title(paper: MovementPaper, number: str) -> str:
    """The paper's title on the Dokumen page, beside its number and kind: what moved where, from whom or
    to whom ("Penerimaan di Gudang ... dari Kementerian Sosial RI"); a receipt booked under the sender's
    document names that document too."""
    kind = doc_kinds.label(paper.doc_type)
    if paper.target is not None:
        return f"{kind} dari {paper.warehouse.name} ke {paper.target.name}"
    if paper.doc_type != "penerimaan":
        return f"{kind} dari {paper.warehouse.name}" + (f" kepada {paper.counterparty}" if paper.counterparty else "")
    title = f"{kind} {paper.reference}" if paper.reference != number else kind
    return f"{title} di {paper.warehouse.name}" + (f" dari {paper.counterparty}" if paper.counterparty else "")


def paper_summary(paper: MovementPaper, number: str) -> str:
    """What the Dokumen page's search finds the paper by: its numbers, warehouses, source or recipient,
    how many lines and which goods."""
    parts = [number, paper.reference, paper.warehouse.code, paper.warehouse.name]
    if paper.target is not None:
        parts += [paper.target.code, paper.target.name]
    parts += [paper.counterparty, paper.source, f"{len(paper.lines)} baris", *(x.item_name for x in paper.lines)]
    return " | ".join(dict.fromkeys(p for p in parts if p))


def _signers(session: Session, doc_type: str) -> dict[str, Official]:
    title = doc_kinds.title(doc_type)
    keeper = signatories.official(session, signatories.PENGURUS_BARANG, document=title)
    if doc_type == "mutasi":
        return {"Yang Menyerahkan": keeper}
    head = signatories.official(session, signatories.KEPALA_DINAS, document=title)
    place = "Yang Menerima" if doc_type == "penerimaan" else "Yang Menyerahkan"
    return {place: keeper, "Mengetahui": head}


@changes("documents")
def print_stock_paper(session: Session, actor: Actor, number: str, *, out: Path | None = None,
                      directory: Path | None = None) -> PrintedDocument:
    """Print the paper of a receipt, issue or transfer by its number (the office's, or the sender's
    document a receipt was booked under): the original the first time, then SALINAN."""
    doc_type, reference, row = _find(session, number)
    doc_kinds.KINDS[doc_type].may_print.require(actor, action=N_("domain", "mencetak dokumen"))
    paper = load_paper(session, doc_type, reference)
    signers = _signers(session, doc_type)  # a missing official refuses before a number is taken
    own = _number(session, actor, paper, row)
    profile = pdf.load_profile(session)
    return printing.print_paper(
        session, actor, doc_type=doc_type, number=own, content=paper_content(paper),
        title=paper_title(paper, own), summary=paper_summary(paper, own), out=out, directory=directory,
        signers=signers,
        build=lambda target, copy_no, payload: build_paper(target, profile, paper, own, signers, copy_no=copy_no,
                                                           payload=payload))


# --- the layouts --------------------------------------------------------------------------------------

COLUMNS = (Column("No", 5, "center", wrap=False, fmt=str), Column("Kode", 9), Column("Uraian barang", 36),
           Column("Batch / No. seri", 16), Column("Kedaluwarsa", 10), Column("Jumlah", 8, "right"),
           Column("Satuan", 8), Column("Kondisi / Keterangan", 18))


def paper_rows(paper: MovementPaper) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for x in paper.lines:
        note = "; ".join(t for t in (x.condition, x.remarks, "DIBATALKAN" if x.reversed else "") if t)
        rows.append([len(rows) + 1, x.item, x.item_name, x.serial or x.batch or "-",
                     x.expiry or "-", x.quantity, x.unit, note or "-"])
    return rows


def _official(heading: str, position: str, person: Official) -> Signer:
    return Signer(heading, position or person.position, person.name, person.rank, person.nip, blank_id=True)


def _office(profile: pdf.OfficeProfile) -> str:
    """"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten ..." ("dan" stays small)."""
    return profile.office_title


def _where(wh: WarehouseParty, *, keeper: bool = False) -> str:
    text = f"{wh.name} ({wh.code})" + (f", {wh.address}" if wh.address else "")
    return text + (f"; penanggung jawab {wh.person_in_charge}" if keeper and wh.person_in_charge else "")


def _signed_table(profile: pdf.OfficeProfile, paper: MovementPaper, width: float, lead: str, signers: list[Signer],
                  closing: str, *, acknowledged: Signer | None = None) -> Any:
    """``lead`` (the sentence announcing the lines, kept with their first rows), the lines, their count, the
    closing sentence, place and date and the signatures, which keep the closing sentence and the last
    lines on their page."""
    return pdf.signed_end(pdf.data_table(COLUMNS, paper_rows(paper), width), lead=[
        pdf.para(lead, "justify"), pdf.spacer(1)], following=[
        pdf.spacer(1.5), pdf.para(_total(paper), "small"), pdf.spacer(2),
        pdf.signature_blocks(signers, width, place_date=indonesian.place_and_date(profile.city, paper.doc_date),
                             space_mm=18, acknowledged=acknowledged, keep_with=[pdf.para(closing, "justify")])])


def build_paper(target: str | BinaryIO, profile: pdf.OfficeProfile, paper: MovementPaper, number: str,
                signers: dict[str, Official], *, copy_no: int = 0, payload: str | None = None) -> pdf.BuiltDocument:
    """The paper of ``paper`` (its kind decides which), numbered ``number``, signed by ``signers``."""
    build = {"penerimaan": _receipt, "pengeluaran": _issue, "mutasi": _transfer}[paper.doc_type]
    title, subtitle, story = build(profile, paper, number, signers)
    return pdf.build_document(target, profile, title=title, subtitle=subtitle, number=number, story=story,
                              qr_payload=payload, copy_no=copy_no,
                              subject=f"{doc_kinds.title(paper.doc_type)} {paper.reference}")


def _total(paper: MovementPaper) -> str:
    kinds = len({x.item for x in paper.lines})
    return f"Jumlah: {kinds} jenis barang dalam {len(paper.lines)} baris."


def _receipt(profile: pdf.OfficeProfile, paper: MovementPaper, number: str, signers: dict[str, Official]) -> tuple:
    keeper, head = signers["Yang Menerima"], signers["Mengetahui"]
    wh = paper.warehouse
    source = [("Pengirim", paper.counterparty or "-"), ("Sumber barang", paper.source or "-")]
    if paper.ref_number:  # the sender's document (a delivery note), kept apart from our number
        source.append(("Nomor dokumen pengirim", paper.ref_number))
        if paper.ref_date:
            source.append(("Tanggal dokumen pengirim", indonesian.long_date(paper.ref_date)))
        source.append(("Tanggal diterima", indonesian.long_date(paper.doc_date)))
    elif paper.reference != number:  # booked under the sender's own document (before migration 0016)
        source += [("Nomor dokumen pengirim", paper.reference),
                   ("Tanggal dokumen", indonesian.long_date(paper.doc_date))]
    else:
        source.append(("Tanggal diterima", indonesian.long_date(paper.doc_date)))
    source.append(("Diterima di", _where(wh)))
    if paper.remarks:
        source.append(("Keterangan", paper.remarks))

    def story(ctx: pdf.DocContext) -> list:
        w = ctx.width
        return [
            pdf.para(indonesian.bast_opening(paper.doc_date, wh.address or wh.name), "justify"),
            pdf.spacer(2),
            pdf.fields([("Nama", keeper.name), ("NIP", keeper.nip or "-"), ("Pangkat/golongan", keeper.rank or "-"),
                        ("Jabatan", keeper.position or "-")], w, label_mm=38, indent_mm=8),
            pdf.spacer(2),
            pdf.para(f"selaku pengurus barang {_office(profile)}, menyatakan telah menerima "
                     f"barang persediaan dari {paper.counterparty or paper.source} untuk disimpan di {wh.name}, "
                     "berdasarkan dokumen sumber sebagai berikut:", "justify"),
            pdf.spacer(1),
            pdf.fields(source, w, label_mm=52, indent_mm=8),
            pdf.spacer(2),
            _signed_table(profile, paper, w, "dengan rincian barang:",
                          [Signer("Yang Menyerahkan,", paper.counterparty or paper.source, ""),
                           _official("Yang Menerima,", "Pengurus Barang", keeper)],
                          "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan "
                          "sebagaimana mestinya.", acknowledged=_official("Mengetahui,", head.position + ",", head)),
        ]

    return "BERITA ACARA PENERIMAAN BARANG", None, story


def _issue(profile: pdf.OfficeProfile, paper: MovementPaper, _number: str, signers: dict[str, Official]) -> tuple:
    keeper, head = signers["Yang Menyerahkan"], signers["Mengetahui"]
    wh = paper.warehouse
    info = [("Tanggal", indonesian.full_date(paper.doc_date)),
            ("Dari gudang", _where(wh)),
            ("Diserahkan kepada", paper.counterparty or "-")]
    if paper.ref_number:  # the request the goods answer (surat permohonan)
        ref = paper.ref_number + (f" tanggal {indonesian.long_date(paper.ref_date)}" if paper.ref_date else "")
        info.append(("Dasar permintaan", ref))
    if paper.remarks:
        info.append(("Keterangan", paper.remarks))

    def story(ctx: pdf.DocContext) -> list:
        w = ctx.width
        return [
            pdf.fields(info, ctx.width, label_mm=40),
            pdf.spacer(2),
            # the recipient as recorded; the person who takes the goods writes their name by hand
            _signed_table(profile, paper, w, "Telah dikeluarkan dari gudang barang persediaan sebagai berikut:",
                          [Signer("Yang Menerima,", paper.counterparty, ""),
                           _official("Yang Menyerahkan,", "Pengurus Barang", keeper)],
                          "Barang tersebut di atas telah diserahkan dan diterima dalam jumlah dan keadaan "
                          "sebagaimana tercantum.", acknowledged=_official("Mengetahui,", head.position + ",", head)),
        ]

    return "SURAT BUKTI BARANG KELUAR", None, story


def _transfer(profile: pdf.OfficeProfile, paper: MovementPaper, _number: str, signers: dict[str, Official]
              ) -> tuple:
    keeper = signers["Yang Menyerahkan"]
    src, dst = paper.warehouse, paper.target
    assert dst is not None

    info = [("Tanggal", indonesian.full_date(paper.doc_date)), ("Gudang asal", _where(src, keeper=True)),
            ("Gudang tujuan", _where(dst, keeper=True)), ("Kendaraan", paper.vehicle or "." * 30),
            ("Pengemudi", paper.driver or "." * 30)]
    if paper.remarks:
        info.append(("Keterangan", paper.remarks))

    def story(ctx: pdf.DocContext) -> list:
        w = ctx.width
        return [
            pdf.fields(info, w, label_mm=34),
            pdf.spacer(2),
            _signed_table(profile, paper, w, "Mohon diterima barang persediaan berikut, dipindahkan antargudang:",
                          [_official("Yang Menyerahkan,", "Pengurus Barang", keeper), Signer("Pengemudi,", "", paper.driver),
                           Signer("Yang Menerima,", "Petugas Gudang Tujuan", dst.person_in_charge, blank_id=True)],
                          "Barang tersebut di atas telah diperiksa dan diterima di gudang tujuan dalam jumlah dan "
                          "keadaan sebagaimana tercantum."),
        ]

    return "SURAT JALAN", "Mutasi Barang Antargudang", story


# --- the kinds registry: printing again by number, and what each QR code covers -------------------

def _again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    return print_stock_paper(session, actor, doc.number, **where)


def _now(doc_type: str) -> Any:
    def content(session: Session, number: str, entity_id: str) -> dict[str, Any]:
        return paper_content(load_paper(session, doc_type, entity_id or number))
    return content


for _code in KINDS:
    doc_kinds.attach(_code, printer=_again, content=_now(_code))

