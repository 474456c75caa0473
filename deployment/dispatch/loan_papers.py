"""The papers of lent equipment (gensets, tents, kitchen sets): Berita Acara Pinjam Pakai when it goes
out with a dispatch, Berita Acara Pengembalian when it comes back.

Lent equipment is not aid given away: the borrower (the dispatch's recipient) keeps it for the
emergency and must return it by a due date (``dispatch.loan_due``).  The Pinjam Pakai lists each
unit with its serial number and its condition when it left; its number is issued at the first
print and kept on the dispatch (``dispatch.loan_number``).  A Pengembalian records the returns not
yet on one (``dispatch_return.ba_number``): serials, condition back, date, and late or on time.
Both are printed through ``tagana_app.printing.print_paper`` with their signers (the official for
the office from ``tagana_app.signatories``, the borrower, and the Kepala Dinas who acknowledges).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment.dispatch import records
from deployment.dispatch.documents import _print, _summary, number_once
from deployment.dispatch.models import DispatchReturn
from deployment.dispatch.pdfs import (
    LENT_COLUMNS,
    closing_signatures,
    lent_rows,
    parties,
)
from deployment.dispatch.service import DispatchRecord, ReturnInfo
from inventory import loan_papers as inventory_loan_papers
from inventory.loans import ENTITY as LOAN_ENTITY
from tagana_app import clock, doc_kinds, indonesian, numbering, pdf, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError
from tagana_app.numbering import NumberRecord
from tagana_app.pdf import Column, Signer
from tagana_app.printing import PrintedDocument
from tagana_app.signatories import Official
from tagana_app.texts import N_

OUT_COLUMNS = LENT_COLUMNS[:-1]  # no Keterangan: what is known when the equipment leaves
BACK_COLUMNS = (Column("No", 6, "center", wrap=False, fmt=str), Column("Uraian barang", 26),
                Column("Nomor seri", 17), Column("Jumlah", 8, "right"), Column("Satuan", 8),
                Column("Kondisi kembali", 12), Column("Tanggal kembali", 12, "center"), Column("Keterangan", 17))


class NothingLent(TaganaError):
    template = N_("errors", "Pengiriman {number} tidak meminjamkan peralatan; tidak ada Berita Acara Pinjam Pakai.")


class NothingReturned(TaganaError):
    template = N_("errors", "Belum ada peralatan pinjam pakai yang kembali dari pengiriman {number}; Berita Acara "
                            "Pengembalian belum dapat dibuat.")


def _signers(session: Session, d: DispatchRecord, title: str) -> tuple[Official, Official | None, Official]:
    """The official for the office, the Kepala Dinas who acknowledges (None when that is the same
    person: nobody signs twice) and the borrower."""
    first = signatories.official(session, signatories.PIHAK_PERTAMA, document=title)
    head = signatories.official(session, signatories.KEPALA_DINAS, document=title)
    borrower = Official(d.recipient_name, d.recipient_id, d.recipient_position)
    return first, (None if head.key == first.key else head), borrower


def _places(first: Official, head: Official | None, borrower: Official) -> dict[str, Official]:
    places = {"PIHAK PERTAMA": first, "PIHAK KEDUA": borrower}
    if head is not None:
        places["Mengetahui"] = head
    return places


def _head(head: Official | None) -> Signer | None:
    if head is None:
        return None
    return Signer("Mengetahui,", head.position + ",", head.name, head.rank, head.nip, blank_id=not head.nip)


def _due(d: DispatchRecord) -> str:
    return indonesian.long_date(d.loan_due) if d.loan_due else "-"


# --- Berita Acara Pinjam Pakai ---------------------------------------------------------------------

def pinjam_pakai_content(d: DispatchRecord) -> dict[str, Any]:
    return {"jenis": "pinjam_pakai", "pengiriman": d.number, "tanggal": d.sent_on, "wajib_kembali": d.loan_due,
            "peminjam": {"nama": d.recipient_name, "id": d.recipient_id, "jabatan": d.recipient_position},
            "barang": [{"uraian": r[1], "seri": r[2], "jumlah": r[3], "satuan": r[4], "kondisi": r[5]}
                       for r in lent_rows(d.lent, notes=False)]}


def build_pinjam_pakai_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str,
                           first: Official, head: Official | None, *, copy_no: int = 0,
                           payload: str | None = None) -> pdf.BuiltDocument:
    when = d.sent_on or clock.today()
    due = _due(d)
    office = profile.office_title

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        rows = [r[:-1] for r in lent_rows(d.lent, notes=False)]
        sent_with = f" dan Surat Jalan Nomor {d.manifest_number}" if d.manifest_number else ""
        terms = [f"Jangka waktu pinjam pakai sejak {indonesian.long_date(when)} sampai dengan {due}.",
                 "PIHAK KEDUA menggunakan peralatan hanya untuk penanganan bencana dan pelayanan masyarakat "
                 "terdampak, dan tidak memindahtangankannya kepada pihak lain.",
                 "PIHAK KEDUA memelihara peralatan dan bertanggung jawab atas kerusakan atau kehilangan "
                 "karena kelalaian.",
                 f"PIHAK KEDUA mengembalikan peralatan kepada PIHAK PERTAMA di {d.warehouse_name} paling lambat "
                 f"tanggal {due}; pengembalian dicatat dalam Berita Acara Pengembalian."]
        closing = [pdf.spacer(3), pdf.para("Dengan ketentuan sebagai berikut:", "body"), pdf.numbered(terms, w),
                   *closing_signatures(profile, d, first, when, w, head=_head(head), second_role="Peminjam",
                                       first_role="Yang Meminjamkan")]
        return [
            pdf.para(indonesian.bast_opening(when, d.warehouse_name), "justify"),
            *parties(profile, d, first, w),
            pdf.signed_end(pdf.data_table(OUT_COLUMNS, rows, w), closing, lead=[pdf.para(
                f"PIHAK PERTAMA meminjamkan kepada PIHAK KEDUA peralatan milik {pdf.esc(office)} berikut "
                "(<b>pinjam pakai</b>, bukan bantuan yang diserahkan untuk dimiliki) untuk penanganan bencana "
                f"{pdf.esc(d.disaster_label)} ({pdf.esc(d.incident_name)}; kejadian nomor {pdf.esc(d.incident)}), "
                f"dikirim dengan pengiriman {pdf.esc(d.number)}{pdf.esc(sent_with)}, dalam kondisi sebagaimana "
                "tercantum pada kolom Kondisi:", "justify", markup=True), pdf.spacer(2)]),
        ]

    return pdf.build_document(target, profile, title="BERITA ACARA PINJAM PAKAI PERALATAN\n"
                              f"PENANGANAN BENCANA {d.disaster_label.upper()}", number=number, story=story,
                              qr_payload=payload, copy_no=copy_no, subject=f"Pinjam pakai pengiriman {d.number}")


@changes("documents", "dispatches")
def print_pinjam_pakai(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
                       directory: Path | None = None) -> PrintedDocument:
    """Print the Berita Acara Pinjam Pakai of a dispatch's lent equipment (once it has been sent)."""
    row = records.take_step(session, actor, dispatch, "pinjam_pakai")
    d = records.get_dispatch(session, row.id)
    if not d.lent:
        raise NothingLent(number=d.number)
    title = doc_kinds.title("pinjam_pakai")
    first, head, borrower = _signers(session, d, title)
    number = number_once(session, actor, row, "loan_number", "pinjam_pakai", row.sent_on or clock.today())
    d = records.get_dispatch(session, row.id)
    profile = pdf.load_profile(session)
    return _print(session, actor, doc_type="pinjam_pakai", number=number, content=pinjam_pakai_content(d),
                  title=f"Pinjam pakai {d.number}: {', '.join(line.item_name for line in d.lent)}, {d.recipient_name}",
                  summary=_summary(d), signers=_places(first, head, borrower),
                  build=lambda target, copy_no, payload: build_pinjam_pakai_pdf(
                      target, profile, d, number, first, head, copy_no=copy_no, payload=payload),
                  out=out, directory=directory)


# --- Berita Acara Pengembalian ---------------------------------------------------------------------

def _late(r: ReturnInfo, due: date | None) -> str:
    if due is None or r.returned_on <= due:
        return "Tepat waktu"
    return f"Terlambat {(r.returned_on - due).days} hari"


def return_rows(returns: tuple[ReturnInfo, ...], due: date | None) -> list[list[Any]]:
    """One row a returned unit (serial, condition back, date, on time or late)."""
    rows: list[list[Any]] = []
    for r in returns:
        note = "; ".join(x for x in (_late(r, due), r.remarks) if x)
        for serial in r.serials or ("-",):
            rows.append([len(rows) + 1, r.item_name, serial, 1 if r.serials else r.quantity, r.unit,
                         r.condition.capitalize(), indonesian.short_date(r.returned_on), note])
    return rows


def _returns_of(d: DispatchRecord, number: str | None) -> tuple[ReturnInfo, ...]:
    return tuple(r for r in d.returns if r.equipment and r.ba_number == number)


def pengembalian_content(d: DispatchRecord, number: str) -> dict[str, Any]:
    returns = _returns_of(d, number)
    return {"jenis": "ba_pengembalian", "pengiriman": d.number, "pinjam_pakai": d.loan_number,
            "wajib_kembali": d.loan_due,
            "barang": [{"uraian": r[1], "seri": r[2], "jumlah": r[3], "kondisi": r[5], "tanggal": r[6],
                        "keterangan": r[7]} for r in return_rows(returns, d.loan_due)]}


def build_pengembalian_pdf(target: Any, profile: pdf.OfficeProfile, d: DispatchRecord, number: str,
                           returns: tuple[ReturnInfo, ...], first: Official, head: Official | None, *,
                           copy_no: int = 0, payload: str | None = None) -> pdf.BuiltDocument:
    when = max(r.returned_on for r in returns)

    def story(ctx: pdf.DocContext) -> list[Flowable]:
        w = ctx.width
        lent_by = (f"dengan Berita Acara Pinjam Pakai Nomor {d.loan_number}" if d.loan_number
                   else f"dengan pengiriman {d.number}")
        late = any(d.loan_due and r.returned_on > d.loan_due for r in returns)
        rows = return_rows(returns, d.loan_due)
        closing = [pdf.spacer(2),
                   pdf.para("Pengembalian ini melewati batas waktu pinjam pakai sebagaimana tercantum pada kolom "
                            "Keterangan." if late else "Pengembalian ini dilakukan dalam batas waktu pinjam pakai.",
                            "justify"),
                   *closing_signatures(profile, d, first, when, w, head=_head(head), second_role="Yang Mengembalikan",
                                       first_role="Yang Menerima Kembali")]
        return [
            pdf.para(indonesian.bast_opening(when, d.warehouse_name), "justify"),
            *parties(profile, d, first, w),
            pdf.signed_end(pdf.data_table(BACK_COLUMNS, rows, w), closing, lead=[pdf.para(
                f"PIHAK KEDUA mengembalikan kepada PIHAK PERTAMA, dan PIHAK PERTAMA menyatakan telah menerima "
                f"kembali, peralatan yang dipinjam {lent_by} (pengiriman {d.number}, kejadian nomor {d.incident}) "
                f"untuk penanganan bencana {d.disaster_label}, yang wajib kembali paling lambat tanggal {_due(d)}, "
                "dengan kondisi dan tanggal kembali sebagai berikut:", "justify"), pdf.spacer(2)]),
        ]

    return pdf.build_document(target, profile, title="BERITA ACARA PENGEMBALIAN PERALATAN PINJAM PAKAI",
                              number=number, story=story, qr_payload=payload, copy_no=copy_no,
                              subject=f"Pengembalian peralatan pengiriman {d.number}")


@changes("documents", "dispatches")
def print_pengembalian(session: Session, actor: Actor, dispatch: str, *, out: Path | None = None,
                       directory: Path | None = None, number: str | None = None) -> PrintedDocument:
    """Print the Berita Acara Pengembalian of the lent equipment returned and not yet on one (a new
    number), else the latest one again; ``number`` prints that one again."""
    row = records.take_step(session, actor, dispatch, "pengembalian")
    d = records.get_dispatch(session, row.id)
    title = doc_kinds.title("ba_pengembalian")
    if number is None:
        pending = _returns_of(d, None)
        if pending:
            first, head, borrower = _signers(session, d, title)  # refused before a number is taken
            when = max(r.returned_on for r in pending)
            number = numbering.next_number(session, actor, "ba_pengembalian", when, entity="pengiriman",
                                           entity_id=d.number).number
            for r in session.scalars(select(DispatchReturn).where(
                    DispatchReturn.dispatch_id == row.id, DispatchReturn.ba_number.is_(None),
                    DispatchReturn.doc_number.in_([p.doc_number for p in pending]))):
                r.ba_number = number
            session.flush()
            d = records.get_dispatch(session, row.id)
        else:
            number = session.scalar(select(DispatchReturn.ba_number).where(
                DispatchReturn.dispatch_id == row.id, DispatchReturn.ba_number.is_not(None))
                .order_by(DispatchReturn.id.desc()).limit(1))
            if number is None:
                raise NothingReturned(number=d.number)
    returns = _returns_of(d, number)
    if not returns:
        raise NotFound(what=N_("domain", "Berita Acara Pengembalian"), key=number)
    first, head, borrower = _signers(session, d, title)
    profile = pdf.load_profile(session)
    done = number
    return _print(session, actor, doc_type="ba_pengembalian", number=done, content=pengembalian_content(d, done),
                  title=f"Pengembalian {d.number}: {', '.join(dict.fromkeys(r.item_name for r in returns))}, "
                        f"{d.recipient_name}",
                  summary=_summary(d), signers=_places(first, head, borrower),
                  build=lambda target, copy_no, payload: build_pengembalian_pdf(
                      target, profile, d, done, returns, first, head, copy_no=copy_no, payload=payload),
                  out=out, directory=directory)


# --- the kinds registry ----------------------------------------------------------------------------

# The same two kinds also number the loans made outside incidents (inventory.loans, entity "pinjam"):
# their papers are built by inventory.loan_papers, which these hand them to.

def _pinjam_pakai_now(session: Session, number: str, dispatch: str) -> dict[str, Any] | None:
    loan = inventory_loan_papers.loan_of(session, number, dispatch)
    if loan is not None:
        return inventory_loan_papers.content_of(session, "pinjam_pakai", number, loan)
    return pinjam_pakai_content(records.get_dispatch(session, dispatch))


def _pengembalian_now(session: Session, number: str, dispatch: str) -> dict[str, Any] | None:
    loan = inventory_loan_papers.loan_of(session, number, dispatch)
    if loan is not None:
        return inventory_loan_papers.content_of(session, "ba_pengembalian", number, loan)
    d = records.get_dispatch(session, dispatch)
    return pengembalian_content(d, number) if _returns_of(d, number) else None


def _pinjam_pakai_again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    if doc.entity == LOAN_ENTITY:
        return inventory_loan_papers.print_again(session, actor, doc, **where)
    return print_pinjam_pakai(session, actor, doc.entity_id, **where)


def _pengembalian_again(session: Session, actor: Actor, doc: NumberRecord, **where: Any) -> PrintedDocument:
    if doc.entity == LOAN_ENTITY:
        return inventory_loan_papers.print_again(session, actor, doc, **where)
    return print_pengembalian(session, actor, doc.entity_id, number=doc.number, **where)


def loan_numbers(session: Session, dispatch: str) -> list[str]:
    """The numbers of the dispatch's Berita Acara Pengembalian, oldest first."""
    d = records.find(session, dispatch)
    return list(dict.fromkeys(session.scalars(
        select(DispatchReturn.ba_number).where(DispatchReturn.dispatch_id == d.id,
                                               DispatchReturn.ba_number.is_not(None))
        .order_by(DispatchReturn.id))))


doc_kinds.attach("pinjam_pakai", printer=_pinjam_pakai_again, content=_pinjam_pakai_now)
doc_kinds.attach("ba_pengembalian", printer=_pengembalian_again, content=_pengembalian_now)

__all__ = ["NothingLent", "NothingReturned", "build_pengembalian_pdf", "build_pinjam_pakai_pdf", "loan_numbers",
           "pengembalian_content", "pinjam_pakai_content", "print_pengembalian", "print_pinjam_pakai"]
