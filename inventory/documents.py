"""PDF documents of the warehouse: stock card and count sheet.

Built with the shared toolkit (``tagana_app.pdf``): letterhead, "Halaman X dari Y", table headers
repeated on every page.  The builders take plain dataclasses.  The numbered papers of the
warehouse, printed through the print pipeline with a QR code, have their own modules:
``inventory.count_papers`` (Berita Acara Stock Opname) and ``inventory.writeoff_papers`` (Berita
Acara Penghapusan).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from inventory.counts import CountSheet
from inventory.queries import StockCard
from tagana_app import clock, indonesian, pdf, signatories
from tagana_app.pdf import Column, Signer
from tagana_app.progress import Progress
from tagana_app.quantities import grouped
from tagana_app.signatories import Official
from tagana_app.texts import N_


def _head(profile: pdf.OfficeProfile, heading: str = "Mengetahui,") -> Signer:
    return Signer(heading=heading, position=profile.head_title, name=profile.head_name, rank=profile.head_rank,
                  id_value=profile.head_nip, blank_id=not profile.head_nip)


STOCK_CARD = N_("domain", "Kartu persediaan barang")


def stock_card_signers(session: Session) -> tuple[Official, Official]:
    """Who signs a stock card: the pengurus barang, and the Kepala Dinas under "Mengetahui" (refused when
    one is missing, or one person is named for both)."""
    keeper = signatories.official(session, signatories.PENGURUS_BARANG, document=STOCK_CARD)
    head = signatories.official(session, signatories.KEPALA_DINAS, document=STOCK_CARD)
    signatories.distinct(STOCK_CARD, {"Pengurus Barang": keeper, "Mengetahui": head})
    return keeper, head


def stock_card_pdf(card: StockCard, profile: pdf.OfficeProfile, path: Path, *,
                   progress: Progress | None = None, signers: tuple[Official, Official] | None = None
                   ) -> pdf.BuiltDocument:
    """Kartu persediaan: date, source document number and date, from/to, in, out, balance.

    ``signers``: the pengurus barang and the Kepala Dinas (``stock_card_signers``); without them the
    keeper's name is left to be written by hand and the head is the profile's."""
    keeper = (Signer.of(signers[0], "", (signers[0].position or "Pengurus Barang") + ",") if signers
              else Signer(heading="Petugas Gudang,", blank_id=True))
    head = Signer.of(signers[1], "Mengetahui,", signers[1].position + ",") if signers else _head(profile)
    period = "seluruh riwayat"
    if card.since or card.until:
        period = (f"{indonesian.long_date(card.since) if card.since else 'awal'} s.d. "
                  f"{indonesian.long_date(card.until) if card.until else 'sekarang'}")
    columns = [Column("No", 0.5, "right", fmt=str), Column("Tgl Dicatat", 1.1), Column("Nomor Dokumen", 2.4),
               Column("Tgl Dokumen", 1.1), Column("Dari / Kepada", 2.6), Column("Batch / No. Seri", 1.4),
               Column("Masuk", 0.9, "right"), Column("Keluar", 0.9, "right"), Column("Saldo", 0.9, "right")]
    priced = card.priced
    if priced:  # Nilai masuk / keluar / saldo in Rupiah where a price is known
        columns += [Column("Nilai Masuk", 1.3, "right"), Column("Nilai Keluar", 1.3, "right"),
                    Column("Nilai Saldo", 1.4, "right")]
    columns.append(Column("Keterangan", 2.0))

    def rupiah(value: int | None) -> str:
        return "" if value is None else grouped(value)

    opening_value = ["", "", rupiah(card.opening_value) if card.opening_balance else ""] if priced else []
    rows: list[list[object]] = [["", "", "Saldo awal", "", "", "", "", "", card.opening_balance, *opening_value, ""]]
    for n, line in enumerate(card.lines, 1):
        party = f"{line.counterparty} (dok. {line.ref_number})" if line.ref_number else line.counterparty
        values = [rupiah(line.value_in), rupiah(line.value_out), rupiah(line.balance_value)] if priced else []
        rows.append([n, line.date, line.doc_number, line.doc_date, party, line.serial or line.batch,
                     line.qty_in or "", line.qty_out or "", line.balance, *values, line.note])
    closing_value = card.lines[-1].balance_value if card.lines else card.opening_value
    totals = ["", "", rupiah(closing_value)] if priced else []
    footer = [["Jumlah", "", "", "", "", "", card.total_in, card.total_out, card.closing_balance, *totals, ""]]

    def story(ctx: pdf.DocContext) -> list:
        return [
            pdf.fields([("Gudang", f"{card.warehouse_name} ({card.warehouse})"),
                        ("Kode / nama barang", f"{card.item} / {card.item_name}"),
                        ("Kategori", card.category or "-"), ("Satuan", card.unit), ("Periode", period)],
                       ctx.width, label_mm=40),
            pdf.spacer(4),
            pdf.signed_end(pdf.data_table(columns, rows, ctx.width, footer_rows=footer, span_footer_label=6), [
                pdf.signature_blocks([head, keeper], ctx.width,
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
