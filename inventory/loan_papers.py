"""The papers of equipment lent outside incidents (inventory.loans): the Berita Acara Pinjam Pakai when the
units leave and a Berita Acara Pengembalian for each return.

They carry the kinds ``pinjam_pakai`` and ``ba_pengembalian`` of the dispatch loans (one sequence of
numbers for the office), registered with entity ``pinjam``; ``deployment.dispatch.loan_papers``, which
attaches those kinds to the registry, hands a loan's number to ``print_loan_paper``/``print_return_paper``
and ``loan_content``/``return_content`` here.  Both go through ``printing.print_paper`` (frozen
original, then SALINAN) with their signers: the official for the office (``signatories.PIHAK_PERTAMA``),
the Kepala Dinas who acknowledges (unless the same person) and the borrower's person in charge.
The layout follows the dispatch's Pinjam Pakai, built from ``tagana_app.pdf`` blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable
from sqlalchemy import update
from sqlalchemy.orm import Session

from inventory.loan_models import EquipmentLoanLine
from inventory.loans import LOAN_KIND, RETURN_KIND, LoanInfo, LoanUnit, counterparty, find_loan, get_loan
from tagana_app import doc_kinds, indonesian, numbering, pdf, printing, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound
from tagana_app.pdf import Column, Signer
from tagana_app.printing import PrintedDocument
from tagana_app.signatories import Official
from tagana_app.texts import N_

OUT_COLUMNS = (Column("No", 6, "center", wrap=False, fmt=str), Column("Kode", 10), Column("Uraian barang", 34),
               Column("Nomor seri", 22), Column("Jumlah", 9, "right"), Column("Satuan", 9), Column("Kondisi", 12))
BACK_COLUMNS = (Column("No", 6, "center", wrap=False, fmt=str), Column("Uraian barang", 26),
                Column("Nomor seri", 17), Column("Kondisi keluar", 12), Column("Kondisi kembali", 12),
                Column("Tanggal kembali", 12, "center"), Column("Keterangan", 19))


# --- content: what each paper says of its record (the QR code covers it) ------------------------------

def _borrower(loan: LoanInfo) -> dict[str, str]:
    return {"nama": loan.borrower, "kantor": loan.borrower_office, "penanggung_jawab": loan.contact_name,
            "jabatan": loan.contact_position}


def loan_content(loan: LoanInfo) -> dict[str, Any]:
    """The Pinjam Pakai: what left and how (returns later do not change it)."""
    return {"jenis": "pinjam_pakai", "pinjam": loan.number, "gudang": loan.warehouse, "tanggal": loan.lent_on,
            "wajib_kembali": loan.due_on, "peminjam": _borrower(loan), "keperluan": loan.purpose,
            "barang": [{"kode": u.item, "uraian": u.item_name, "seri": u.serial, "kondisi": u.condition_out}
                       for u in loan.units]}


def _returned(loan: LoanInfo, number: str) -> tuple[LoanUnit, ...]:
    return tuple(u for u in loan.units if u.return_number == number)


def _late(loan: LoanInfo, unit: LoanUnit) -> str:
    assert unit.returned_on is not None
    if unit.returned_on <= loan.due_on:
        return "Tepat waktu"
    return f"Terlambat {(unit.returned_on - loan.due_on).days} hari"


def return_content(loan: LoanInfo, number: str) -> dict[str, Any]:
    return {"jenis": "ba_pengembalian", "pinjam": loan.number, "wajib_kembali": loan.due_on,
            "peminjam": _borrower(loan),
            "barang": [{"kode": u.item, "uraian": u.item_name, "seri": u.serial, "kondisi": u.condition_back,
                        "tanggal": u.returned_on, "keterangan": u.return_remarks} for u in _returned(loan, number)]}


# --- signers ------------------------------------------------------------------------------------------

def _signers(session: Session, doc_type: str) -> tuple[Official, Official | None]:
    title = doc_kinds.title(doc_type)
    first = signatories.official(session, signatories.PIHAK_PERTAMA, document=title)
    head = signatories.official(session, signatories.KEPALA_DINAS, document=title)
    return first, (None if head.key == first.key else head)


def _borrower_official(loan: LoanInfo) -> Official:
    return Official(loan.contact_name or loan.borrower, "", loan.contact_position or "")


def _places(first: Official, head: Official | None, loan: LoanInfo) -> dict[str, Official]:
    places = {"PIHAK PERTAMA": first, "PIHAK KEDUA": _borrower_official(loan)}
    if head is not None:
        places["Mengetahui"] = head
    return places


# --- layout ---------------------------------------------------------------------------------------------

def _parties(profile: pdf.OfficeProfile, loan: LoanInfo, first: Official, width: float) -> list[Flowable]:
    """1. the official for the office (PIHAK PERTAMA), 2. the borrower's person in charge (PIHAK KEDUA)."""
    party = [("Nama", first.name or "." * 40), ("NIP", first.nip or "-"), ("Jabatan", first.position),
             ("Alamat", profile.address or profile.office)]
    second = [("Nama", loan.contact_name or "." * 40), ("Jabatan", loan.contact_position or "-"),
              ("Instansi / desa", loan.borrower_office or loan.borrower)]
    return pdf.two_parties(party, profile.office_title, second, counterparty(loan), width, label_mm=30)


def _closing(profile: pdf.OfficeProfile, loan: LoanInfo, first: Official, head: Official | None, when: Any,
             width: float, *, second_role: str, first_role: str, lead: Sequence[Flowable] = ()) -> Flowable:
    """"Demikian ..." and the signatures side by side: the borrower's, the Kepala Dinas who acknowledges
    (unless the same person signs for the office) and the office's; ``lead`` is kept on their page."""
    signers = [Signer("PIHAK KEDUA,", second_role, loan.contact_name, blank_id=False)]
    if head is not None:
        signers.append(Signer("Mengetahui,", head.position + ",", head.name, head.rank, head.nip,
                              blank_id=not head.nip))
    signers.append(Signer("PIHAK PERTAMA,", first_role, first.name, first.rank, first.nip, blank_id=not first.nip))
    return pdf.signature_blocks(signers, width, place_date=indonesian.place_and_date(profile.city, when), space_mm=17,
                                keep_with=[*lead, pdf.spacer(2), pdf.para(
                                    "Demikian Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana "
                                    "mestinya.", "justify")])


def build_loan_pdf(target: Any, profile: pdf.OfficeProfile, loan: LoanInfo, number: str, first: Official,
                   head: Official | None, *, copy_no: int = 0, payload: str | None = None) -> pdf.BuiltDocument:
    due = indonesian.long_date(loan.due_on)
    office = profile.office_title

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        rows = [[n, u.item, u.item_name, u.serial, 1, u.unit, u.condition_out.capitalize()]
                for n, u in enumerate(loan.units, 1)]
        terms = [f"Jangka waktu pinjam pakai sejak {indonesian.long_date(loan.lent_on)} sampai dengan {due}.",
                 "PIHAK KEDUA menggunakan peralatan hanya untuk keperluan tersebut di atas dan tidak "
                 "memindahtangankannya kepada pihak lain.",
                 "PIHAK KEDUA memelihara peralatan dan bertanggung jawab atas kerusakan atau kehilangan "
                 "karena kelalaian.",
                 f"PIHAK KEDUA mengembalikan peralatan kepada PIHAK PERTAMA di {loan.warehouse_name} paling lambat "
                 f"tanggal {due}; pengembalian dicatat dalam Berita Acara Pengembalian."]
        purpose = f" untuk keperluan {pdf.esc(loan.purpose)}" if loan.purpose else ""
        lead = [pdf.para(
            f"PIHAK PERTAMA meminjamkan kepada PIHAK KEDUA peralatan milik {pdf.esc(office)} berikut "
            f"(<b>pinjam pakai</b>, bukan hibah){purpose}, dari {pdf.esc(loan.warehouse_name)}, dalam kondisi "
            "sebagaimana tercantum pada kolom Kondisi:", "justify", markup=True), pdf.spacer(2)]
        # the terms follow the lines and may run on; the signatures keep the last term on their page
        return [
            pdf.para(indonesian.bast_opening(loan.lent_on, loan.warehouse_address or loan.warehouse_name),
                     "justify"),
            *_parties(profile, loan, first, w),
            pdf.with_next(lead, pdf.data_table(OUT_COLUMNS, rows, w)),
            pdf.spacer(3),
            pdf.with_next(pdf.para("Dengan ketentuan sebagai berikut:", "body"), pdf.numbered(terms[:-1], w)),
            _closing(profile, loan, first, head, loan.lent_on, w, second_role="Peminjam",
                     first_role="Yang Meminjamkan", lead=[pdf.numbered(terms[-1:], w, marker=f"{len(terms)}.")]),
        ]

    return pdf.build_document(target, profile, title="BERITA ACARA PINJAM PAKAI PERALATAN", number=number,
                              story=story, qr_payload=payload, copy_no=copy_no,
                              subject=f"Pinjam pakai {loan.number}")


def build_return_pdf(target: Any, profile: pdf.OfficeProfile, loan: LoanInfo, number: str,
                     units: tuple[LoanUnit, ...], first: Official, head: Official | None, *, copy_no: int = 0,
                     payload: str | None = None) -> pdf.BuiltDocument:
    when = max(u.returned_on for u in units if u.returned_on)
    late = any(u.returned_on and u.returned_on > loan.due_on for u in units)

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        rows = [[n, u.item_name, u.serial, u.condition_out.capitalize(), u.condition_back.capitalize(),
                 indonesian.short_date(u.returned_on), "; ".join(x for x in (_late(loan, u), u.return_remarks) if x)]
                for n, u in enumerate(units, 1)]
        closing = [pdf.spacer(2), _closing(profile, loan, first, head, when, w, second_role="Yang Mengembalikan",
                                           first_role="Yang Menerima Kembali", lead=[pdf.para(
                                               "Pengembalian ini melewati batas waktu pinjam pakai sebagaimana "
                                               "tercantum pada kolom Keterangan." if late else
                                               "Pengembalian ini dilakukan dalam batas waktu pinjam pakai.",
                                               "justify")])]
        return [
            pdf.para(indonesian.bast_opening(when, loan.warehouse_address or loan.warehouse_name), "justify"),
            *_parties(profile, loan, first, w),
            pdf.with_next([pdf.para(
                "PIHAK KEDUA mengembalikan kepada PIHAK PERTAMA, dan PIHAK PERTAMA menyatakan telah menerima "
                f"kembali di {loan.warehouse_name}, peralatan yang dipinjam dengan Berita Acara Pinjam Pakai Nomor "
                f"{loan.number} tanggal {indonesian.long_date(loan.lent_on)}, yang wajib kembali paling lambat "
                f"tanggal {indonesian.long_date(loan.due_on)}, dengan kondisi dan tanggal kembali sebagai berikut:",
                "justify"), pdf.spacer(2)], pdf.data_table(BACK_COLUMNS, rows, w)),
            *closing,
        ]

    return pdf.build_document(target, profile, title="BERITA ACARA PENGEMBALIAN PERALATAN PINJAM PAKAI",
                              number=number, story=story, qr_payload=payload, copy_no=copy_no,
                              subject=f"Pengembalian pinjam pakai {loan.number}")


# --- printing -------------------------------------------------------------------------------------------

def _summary(loan: LoanInfo) -> str:
    parts = [loan.number, loan.warehouse, loan.warehouse_name, loan.borrower, loan.borrower_office,
             loan.contact_name, loan.purpose, *(u.serial for u in loan.units), loan.items]
    return " | ".join(dict.fromkeys(p for p in parts if p))


@changes("documents")
def print_loan_paper(session: Session, actor: Actor, loan_number: str, *, number: str | None = None,
                     out: Path | None = None, directory: Path | None = None) -> PrintedDocument:
    """The Berita Acara Pinjam Pakai of a loan (``number``: a number that replaces the loan's own)."""
    loan = get_loan(session, loan_number)
    first, head = _signers(session, LOAN_KIND)
    own = number or loan.number
    profile = pdf.load_profile(session)
    return printing.print_paper(
        session, actor, doc_type=LOAN_KIND, number=own, content=loan_content(loan),
        title=f"Pinjam pakai {loan.items} kepada {counterparty(loan)}", summary=_summary(loan),
        signers=_places(first, head, loan), out=out, directory=directory,
        build=lambda target, copy_no, payload: build_loan_pdf(target, profile, loan, own, first, head,
                                                              copy_no=copy_no, payload=payload))


@changes("documents")
def print_return_paper(session: Session, actor: Actor, number: str, *, out: Path | None = None,
                       directory: Path | None = None) -> PrintedDocument:
    """The Berita Acara Pengembalian ``number`` of a loan's return (or of the return it replaces)."""
    doc = numbering.get_number(session, number)
    original = printing.replacing(session, number)
    if original:  # a new number replaces the earlier paper: the returns are now on the new one
        session.execute(update(EquipmentLoanLine).where(EquipmentLoanLine.return_number == original)
                        .values(return_number=number))
        session.flush()
    loan = get_loan(session, doc.entity_id)
    units = _returned(loan, number)
    if not units:
        raise NotFound(what=N_("domain", "Berita Acara Pengembalian"), key=number)
    first, head = _signers(session, RETURN_KIND)
    profile = pdf.load_profile(session)
    return printing.print_paper(
        session, actor, doc_type=RETURN_KIND, number=number, content=return_content(loan, number),
        title=f"Pengembalian pinjam pakai {loan.number}: {', '.join(dict.fromkeys(u.item_name for u in units))}, "
              f"{counterparty(loan)}",
        summary=_summary(loan), signers=_places(first, head, loan), out=out, directory=directory,
        build=lambda target, copy_no, payload: build_return_paper_pdf(target, profile, loan, number, units, first,
                                                                      head, copy_no, payload))


def build_return_paper_pdf(target: Any, profile: pdf.OfficeProfile, loan: LoanInfo, number: str,
                           units: tuple[LoanUnit, ...], first: Official, head: Official | None, copy_no: int,
                           payload: str | None) -> pdf.BuiltDocument:
    return build_return_pdf(target, profile, loan, number, units, first, head, copy_no=copy_no, payload=payload)


# --- for the registry (deployment.dispatch.loan_papers hands these kinds' loans here) -------------------

def loan_of(session: Session, number: str, entity_id: str) -> LoanInfo | None:
    """The loan a Pinjam Pakai or Pengembalian number belongs to (None: a dispatch's paper)."""
    return find_loan(session, entity_id or number)


def content_of(session: Session, doc_type: str, number: str, loan: LoanInfo) -> dict[str, Any] | None:
    if doc_type == LOAN_KIND:
        return loan_content(loan)
    return return_content(loan, number) if _returned(loan, number) else None


def print_again(session: Session, actor: Actor, doc: numbering.NumberRecord, **where: Any) -> PrintedDocument:
    if doc.doc_type == LOAN_KIND:
        loan = loan_of(session, doc.number, doc.entity_id)
        assert loan is not None
        return print_loan_paper(session, actor, loan.number, number=doc.number, **where)
    return print_return_paper(session, actor, doc.number, **where)
