"""Accountability reports (issue 6): plain functions over a Session, no Qt.

Each builder takes a ``ReportFilter`` and a ``progress`` object and returns a frozen dataclass
of rows and totals; ``report.tables()`` gives the generic tables that ``export`` writes to
.xlsx and PDF and that the window shows.

    from deployment.reports import REPORTS, ReportFilter
    with db.read() as s:
        result = REPORTS["stock"].build(s, ReportFilter(as_of=date(2026, 11, 1)), NullProgress())
"""

from __future__ import annotations

from deployment.reports import deployments, distribution, incident, loans, requests, stock, value
from deployment.reports.model import REPORTS, Col, Report, ReportFilter, ReportKind, Table, register
from tagana_app.texts import N_

register(ReportKind("stock", N_("domain", "Posisi stok"), stock.FILTERS, stock.build,
                    N_("domain", "Saldo setiap barang di setiap gudang pada akhir tanggal yang dipilih, dihitung "
                       "dari buku persediaan.")))
register(ReportKind("value", N_("domain", "Nilai persediaan"), value.FILTERS, value.build,
                    N_("domain", "Nilai barang (jumlah x harga satuan per batch) per gudang dan kategori pada akhir "
                       "tanggal yang dipilih, untuk laporan semesteran dan tahunan.")))
register(ReportKind("distribution", N_("domain", "Rekap distribusi per kejadian"), distribution.FILTERS,
                    distribution.build,
                    N_("domain", "Barang yang disalurkan ke setiap desa/kecamatan: pengiriman, nomor BAST, "
                       "penerima; jumlah per barang.")))
register(ReportKind("deployments", N_("domain", "Rekap penugasan relawan"), deployments.FILTERS, deployments.build,
                    N_("domain", "Hari tugas per relawan dan per kejadian beserta perannya, dibatasi pada periode.")))
register(ReportKind("loans", N_("domain", "Peralatan dipinjam"), loans.FILTERS, loans.build,
                    N_("domain", "Setiap unit peralatan yang berada di luar gudang: di mana, sejak kapan, dan yang "
                       "terlambat kembali.")))
register(ReportKind("incident", N_("domain", "Pertanggungjawaban kejadian"), incident.FILTERS, incident.build,
                    N_("domain", "Satu dokumen per kejadian: dampak, kebutuhan, pengiriman, BAST, relawan, "
                       "pengembalian dan penghapusan.")))
register(ReportKind("requests", N_("domain", "Register permintaan bantuan"), requests.FILTERS, requests.build,
                    N_("domain", "Setiap surat permintaan: pemohon, yang diminta, keputusan, yang sudah dipenuhi, "
                       "status dan keterlambatan terhadap standar pelayanan.")))

__all__ = ["REPORTS", "Col", "Report", "ReportFilter", "ReportKind", "Table"]
