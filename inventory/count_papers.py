"""The Berita Acara Stock Opname: the count team (names, NIPs, roles) states that on the cut-off it
counted the goods of a warehouse, line by line: the book quantity at the cut-off, the movements
booked while the goods were counted, the physical count, the difference and its reason; the team
signs and the Kepala Dinas approves.

Printed through the one pipeline (``printing.print_paper``: number from the "opname" pattern,
print recorded, QR code, SALINAN on later prints), and attached to the kinds registry
(``doc_kinds``) so printing again and ``tagana verify`` rebuild its content from the count.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from inventory.counts import CountInfo, get_count
from tagana_app import clock, doc_kinds, indonesian, pdf, printing, signatories
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import ValidationError
from tagana_app.pdf import Column, Signer
from tagana_app.pdf.styles import GRID, HEADER_FILL
from tagana_app.printing import PrintedDocument
from tagana_app.signatories import Official
from tagana_app.texts import N_

SIGN_ROW_MM = 13  # room to sign in the team's rows
TITLE = "BERITA ACARA STOCK OPNAME\nBARANG PERSEDIAAN"
APPROVER_PLACE = "Menyetujui"
CLOSING = ("Demikian Berita Acara Stock Opname ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana "
           "mestinya.")


def signer_of(official: Official, heading: str) -> Signer:
    """The signature block of ``official`` under ``heading``: name, rank and NIP (no NIP line without one)."""
    return Signer(heading=heading, position=official.position if official.position != heading.rstrip(",") else "",
                  name=official.name, rank=official.rank, id_value=official.nip)


def team_signatures(info: CountInfo, width: float) -> Table:
    """Where the team signs: one row per member (name and NIP, role, a numbered signature place that
    alternates left and right, as on a signed list), each row tall enough to sign in."""
    st = pdf.styles()
    data: list[list[Any]] = [[Paragraph(pdf.esc(t), st.header_cell) for t in
                              ("No", "Nama / NIP", "Peran dalam Tim", "Tanda Tangan")]]
    for n, m in enumerate(info.team, 1):
        who = f"<b>{pdf.esc(m.name)}</b><br/>NIP. {pdf.esc(m.nip)}" if m.nip else f"<b>{pdf.esc(m.name)}</b>"
        place = Paragraph(f"{n}. ..................", st.cell if n % 2 else st.cell_right)
        data.append([Paragraph(str(n), st.cell_right), Paragraph(who, st.cell), Paragraph(pdf.esc(m.role), st.cell),
                     place])
    table = Table(data, colWidths=[width * 0.07, width * 0.43, width * 0.22, width * 0.28],
                  rowHeights=[None] + [SIGN_ROW_MM * mm] * len(info.team), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
    return table


def cutoff_text(info: CountInfo) -> str:
    """"Senin, 30 November 2026 pukul 16.00 WIB"."""
    at = clock.local(info.cutoff)
    return f"{indonesian.full_date(at)} pukul {at:%H.%M} {clock.zone_code()}"


def count_content(info: CountInfo) -> dict[str, Any]:
    """What the Berita Acara says of the count: warehouse, cut-off, team, every line and figure."""
    return {"gudang": info.warehouse, "status": info.status, "cut_off": clock.local(info.cutoff).isoformat(),
            "tim": [{"nama": m.name, "nip": m.nip, "peran": m.role} for m in info.team],
            "baris": [{"barang": x.item, "batch": x.batch, "buku": x.snapshot_qty, "mutasi": x.during_count,
                       "fisik": x.counted_qty, "selisih": x.difference, "alasan": x.reason} for x in info.lines]}


def count_signers(session: Session, info: CountInfo) -> dict[str, Official]:
    """The signature places: each team member ("Ketua Tim (1)"), in the team's order, then the Kepala Dinas."""
    head = signatories.official(session, signatories.KEPALA_DINAS, document=doc_kinds.title("opname"))
    team = {f"{m.role} ({n})": Official(m.name, m.nip, m.role) for n, m in enumerate(info.team, 1)}
    return {**team, APPROVER_PLACE: head}


def _content_now(session: Session, number: str) -> dict[str, Any]:
    info = get_count(session, number)
    return count_content(info)


@changes("documents")
def print_count_report(session: Session, actor: Actor, number: str, *, out: Path | None = None,
                       directory: Path | None = None) -> PrintedDocument:
    """Print the Berita Acara Stock Opname of a posted count (the first print is the original)."""
    info = get_count(session, number)
    if info.status != "diposting":
        raise ValidationError(N_("errors", "Berita Acara Stock Opname dibuat setelah opname diposting ({number} "
                                           "berstatus {status})."), number=number, status=info.status)
    if not info.team:
        raise ValidationError(N_("errors", "Berita Acara Stock Opname {number} belum dapat dicetak: tim opname "
                                           "belum dicatat (nama, NIP dan peran setiap anggota)."), number=number)
    signers = count_signers(session, info)
    head = signers[APPROVER_PLACE]
    profile = pdf.load_profile(session)
    return printing.print_paper(
        session, actor, doc_type="opname", number=number, content=count_content(info),
        title=f"{doc_kinds.label('opname')} di {info.warehouse_name}", out=out, directory=directory, signers=signers,
        summary=" | ".join([number, info.warehouse, info.warehouse_name, f"{len(info.lines)} baris",
                            *(x.item_name for x in info.lines), *(m.name for m in info.team)]),
        build=lambda target, copy_no, payload: count_report_pdf(info, profile, head, target, copy_no, payload))


def count_report_pdf(info: CountInfo, profile: pdf.OfficeProfile, head: Official, target: BinaryIO | str | Path,
                     copy_no: int, payload: str, *, paper: str | None = None) -> pdf.BuiltDocument:
    """The Berita Acara Stock Opname of the posted count ``info``, approved by ``head``."""
    day = clock.local(info.posted_at or info.started_at).date()
    team_columns = [Column("No", 0.4, "right", fmt=str), Column("Nama", 3.0), Column("NIP", 1.9),
                    Column("Peran dalam Tim", 1.8)]
    team_rows = [[n, m.name, m.nip or "-", m.role] for n, m in enumerate(info.team, 1)]
    columns = [Column("No", 0.45, "right", fmt=str), Column("Kode", 0.8), Column("Nama Barang", 2.4),
               Column("Batch", 1.1), Column("Satuan", 0.8), Column("Buku per Cut-off", 0.9, "right"),
               Column("Mutasi selama Opname", 1.0, "right"), Column("Fisik", 0.8, "right"),
               Column("Selisih", 0.8, "right"), Column("Alasan Selisih", 2.3)]
    rows = [[x.line_no, x.item, x.item_name, x.batch or "-", x.unit, x.snapshot_qty, x.during_count, x.counted_qty,
             f"{x.difference:+d}" if x.difference else 0, x.reason or "-"] for x in info.lines]
    differing = sum(1 for x in info.lines if x.difference)
    summary = (f"Dari {len(info.lines)} baris barang, {len(info.lines) - differing} baris sesuai dengan buku dan "
               f"{differing} baris berselisih.")
    if differing:
        summary += (" Selisih tersebut telah dibukukan sebagai penyesuaian persediaan dengan alasan sebagaimana "
                    "tercantum pada kolom Alasan Selisih.")

    def story(ctx: pdf.DocContext) -> list:
        signatures = pdf.signature_blocks(
            [signer_of(head, "Menyetujui,")], ctx.width, place_date=indonesian.place_and_date(profile.city, day),
            keep_with=[pdf.para(CLOSING), pdf.spacer(3), pdf.para("Tim Stock Opname:"), pdf.spacer(1),
                       team_signatures(info, ctx.width)])
        return [
            pdf.para(indonesian.bast_opening(day, info.warehouse_name)),
            pdf.spacer(2),
            pdf.data_table(team_columns, team_rows, ctx.width, zebra=False),
            pdf.spacer(3),
            # the sentence that ends "Hasilnya sebagai berikut:" stays with the first rows of its table
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width), [
                pdf.spacer(3), pdf.para(summary), pdf.spacer(2), signatures], lead=[
                pdf.para(f"selaku Tim Stock Opname, telah melakukan perhitungan fisik (stock opname) atas barang "
                         f"persediaan di {info.warehouse_name} ({info.warehouse}) dengan batas pencatatan (cut-off) "
                         f"{cutoff_text(info)}. Jumlah menurut buku adalah saldo pada cut-off; mutasi yang dibukukan "
                         f"selama perhitungan dicantumkan tersendiri. Hasilnya sebagai berikut:"),
                pdf.spacer(3)]),
        ]

    return pdf.build_document(target, profile, title=TITLE, number=info.number, story=story, qr_payload=payload,
                              copy_no=copy_no, paper=paper)


# --- the kinds registry: printing again by number, and what the QR code covers ---------------------

doc_kinds.attach("opname", printer=lambda session, actor, doc, **where: print_count_report(session, actor, doc.number, **where),
                 content=lambda session, number, _entity_id: _content_now(session, number))
