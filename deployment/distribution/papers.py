"""The Daftar Penerima Bantuan: who in a village received what, with a column for their signature or
thumbprint.

One list per desa/kelurahan (a new page for each when several are printed): the office's letterhead,
the incident, the desa and kecamatan, the posko(s) and the days of the distributions; a table
No | Nama penerima | NIK | Jiwa | Barang diterima | Tanda tangan / cap jempol (a tall empty cell per
row), its header repeated on every page; then the signatures of the Petugas Posko and, under
"Mengetahui,", the Kepala Desa, never alone on a page.  The list leaves the office: NIKs are masked
(``deployment.validate.mask_nik``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import PageBreak
from sqlalchemy.orm import Session

from deployment.distribution import service
from deployment.distribution.service import DistributionRecord
from deployment.exchange import sites
from deployment.validate import mask_nik
from tagana_app import clock, indonesian, pdf
from tagana_app.errors import ValidationError
from tagana_app.pdf import Column, Signer
from tagana_app.progress import Progress
from tagana_app.texts import N_

TITLE = "DAFTAR PENERIMA BANTUAN"
SIGN_ROW_MM = 13  # the height of a row: room for a signature or a thumbprint


@dataclass(frozen=True)
class VillageList:
    incident: str
    incident_name: str
    desa_code: str
    desa_name: str
    kecamatan_name: str
    posko: str                 # the poskos (or the office's warehouse) that handed the goods out
    first_day: date
    last_day: date
    rows: tuple[DistributionRecord, ...]


@dataclass(frozen=True)
class RecipientLists:
    lists: tuple[VillageList, ...]

    @property
    def recipients(self) -> int:
        return sum(len(x.rows) for x in self.lists)


def _posko_name(session: Session, record: DistributionRecord) -> str:
    if record.site_code:
        site = sites.find(session, record.site_code)
        return site.name if site is not None else record.site_code
    return record.warehouse_name


def recipient_lists(session: Session, incident: str, desa: str | None = None) -> RecipientLists:
    """The active distributions of ``incident`` (in ``desa``, a desa or a kecamatan code), one list per desa."""
    found = [r for r in service.list_distributions(session, incident=incident, desa=desa, include_cancelled=False)]
    if not found:
        where = f" di {desa}" if desa else ""
        raise ValidationError(N_("errors", "Belum ada distribusi kejadian {incident}{where} untuk dicetak."),
                              incident=incident, where=where)
    by_desa: dict[str, list[DistributionRecord]] = {}
    for record in sorted(found, key=lambda r: (r.desa_code, r.distributed_on, r.number)):
        by_desa.setdefault(record.desa_code, []).append(record)
    lists = []
    for code, rows in by_desa.items():
        first = rows[0]
        poskos = sorted({_posko_name(session, r) for r in rows})
        lists.append(VillageList(first.incident, first.incident_name, code, first.desa_name, first.kecamatan_name,
                                 ", ".join(poskos), min(r.distributed_on for r in rows),
                                 max(r.distributed_on for r in rows), tuple(rows)))
    return RecipientLists(tuple(lists))


def _days(first: date, last: date) -> str:
    if first == last:
        return indonesian.long_date(first)
    return f"{indonesian.long_date(first)} s.d. {indonesian.long_date(last)}"


def recipients_pdf(lists: RecipientLists, profile: pdf.OfficeProfile, path: Path, *,
                   progress: Progress | None = None) -> pdf.BuiltDocument:
    """Write the daftar penerima of every desa of ``lists`` to ``path``."""
    columns = [Column("No", 0.4, "right", fmt=str), Column("Nama Penerima (Kepala Keluarga)", 2.4),
               Column("NIK", 1.5), Column("Jiwa", 0.5, "right"), Column("Barang Diterima", 3.0),
               Column("Tanda Tangan / Cap Jempol", 1.8)]

    def story(ctx: pdf.DocContext) -> list:
        out: list = []
        for n, village in enumerate(lists.lists):
            if n:
                out.append(PageBreak())
            rows = [[i, r.recipient_name, mask_nik(r.nik) if r.nik else "-", r.household_size,
                     r.items_text, pdf.spacer(SIGN_ROW_MM)] for i, r in enumerate(village.rows, 1)]
            people = sum(r.household_size or 0 for r in village.rows)
            footer = [["Jumlah", "", "", people, f"{len(village.rows)} penerima", ""]]
            signers = [Signer(heading="Mengetahui,", position=f"Kepala Desa/Lurah {village.desa_name}"),
                       Signer(heading="", position="Petugas Posko")]
            out += [
                pdf.fields([("Kejadian", f"{village.incident_name} ({village.incident})"),
                            ("Desa/Kelurahan", f"{village.desa_name} ({village.desa_code})"),
                            ("Kecamatan", village.kecamatan_name), ("Posko / gudang", village.posko),
                            ("Tanggal penyaluran", _days(village.first_day, village.last_day))],
                           ctx.width, label_mm=38),
                pdf.spacer(4),
                pdf.signed_end(pdf.data_table(columns, rows, ctx.width, footer_rows=footer, span_footer_label=3,
                                              zebra=False), [
                    pdf.spacer(4),
                    pdf.signature_blocks(signers, ctx.width,
                                         place_date=indonesian.place_and_date(profile.city, clock.today()))]),
            ]
        return out

    return pdf.build_document(path, profile, title=TITLE, story=story, subject=TITLE, progress=progress)
