"""The sections of the main window, in navigation order (Ctrl+1..9, then Ctrl+0, open the first ten).

An office shows ``SECTIONS``; a posko (``sections_for(posko)``) shows only what a posko does: the keys
of ``POSKO_KEYS`` in that order, taken from ``POSKO_SECTIONS`` (its own pages and the office pages it
names differently) or else from ``SECTIONS`` (a key neither has is left out).

Adding a page is one entry: its ``page`` is a function that imports the page's module and returns
the page class, called with the AppContext to build it.  Pages are imported and built on first
visit, so the window opens quickly.  A section without a page yet shows the "Belum tersedia" page
with its ``summary``.  A page may define ``refresh()``; the window calls it when the section is
shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from deployment.exchange.sites import SiteInfo


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("sections", title)
    icon: str  # a shape of ui.icons.SHAPES
    page: Callable[[], type[QWidget]] | None  # imports the page's module; None: not written yet
    summary: str = ""  # what the section will hold, for the placeholder


def _dashboard() -> type[QWidget]:
    from ui.pages.dashboard import DashboardPage
    return DashboardPage


def _stock() -> type[QWidget]:
    from ui.pages.stock import StockPage
    return StockPage


def _master_data() -> type[QWidget]:
    from ui.pages.master_data import MasterDataPage
    return MasterDataPage


def _volunteers() -> type[QWidget]:
    from ui.pages.volunteers import VolunteersPage
    return VolunteersPage


def _incidents() -> type[QWidget]:
    from ui.pages.incidents import IncidentsPage
    return IncidentsPage


def _dispatches() -> type[QWidget]:
    from ui.pages.dispatches import DispatchesPage
    return DispatchesPage


def _requests() -> type[QWidget]:
    from ui.pages.requests import RequestsPage
    return RequestsPage


def _distributions() -> type[QWidget]:
    from ui.pages.distributions import DistributionsPage
    return DistributionsPage


def _poskos() -> type[QWidget]:
    from ui.pages.poskos import PoskosPage
    return PoskosPage


def _documents() -> type[QWidget]:
    from ui.pages.documents import DocumentsPage
    return DocumentsPage


def _reports() -> type[QWidget]:
    from ui.pages.reports import ReportsPage
    return ReportsPage


def _audit() -> type[QWidget]:
    from ui.pages.audit import AuditPage
    return AuditPage


def _exchange() -> type[QWidget]:
    from ui.pages.exchange import ExchangePage
    return ExchangePage


def _posko_home() -> type[QWidget]:
    from ui.pages.posko_home import PoskoHomePage
    return PoskoHomePage


def _posko_volunteers() -> type[QWidget]:
    from ui.pages.posko_volunteers import PoskoVolunteersPage
    return PoskoVolunteersPage


def _counts() -> type[QWidget]:
    from ui.pages.counts_page import CountsPage
    return CountsPage


def _province() -> type[QWidget]:
    from ui.pages.province import ProvincePage
    return ProvincePage


def _settings() -> type[QWidget]:
    from ui.pages.settings import SettingsPage
    return SettingsPage


SECTIONS: list[Section] = [
    Section("dashboard", QT_TRANSLATE_NOOP("sections", "Dasbor"), "grid", _dashboard),
    Section("stock", QT_TRANSLATE_NOOP("sections", "Gudang & Stok"), "package", _stock,
            QT_TRANSLATE_NOOP("sections", "Daftar gudang dan barang, saldo stok, penerimaan, pengeluaran, "
                                          "mutasi antar gudang, stock opname, penghapusan dan kartu persediaan.")),
    Section("master", QT_TRANSLATE_NOOP("sections", "Data induk"), "database", _master_data,
            QT_TRANSLATE_NOOP("sections", "Barang, kemasan dan barcode, gudang, paket bantuan dan satuan.")),
    Section("volunteers", QT_TRANSLATE_NOOP("sections", "Relawan Tagana"), "users", _volunteers,
            QT_TRANSLATE_NOOP("sections", "Data anggota Tagana: NIK, keahlian dan sertifikat, ketersediaan, "
                                          "riwayat penugasan, serta impor daftar relawan.")),
    Section("incidents", QT_TRANSLATE_NOOP("sections", "Kejadian Bencana"), "alert", _incidents,
            QT_TRANSLATE_NOOP("sections", "Kejadian bencana dengan status darurat, data dampak, perkiraan "
                                          "kebutuhan dan penugasan relawan.")),
    Section("dispatches", QT_TRANSLATE_NOOP("sections", "Pengiriman"), "truck", _dispatches,
            QT_TRANSLATE_NOOP("sections", "Pengiriman bantuan dari gudang ke lokasi bencana: persetujuan, "
                                          "manifes, kendaraan dan tanda terima.")),
    Section("requests", QT_TRANSLATE_NOOP("sections", "Permintaan"), "inbox", _requests,
            QT_TRANSLATE_NOOP("sections", "Surat permintaan bantuan: dicatat, didisposisi pejabat, dipenuhi "
                                          "dengan pengiriman dan penugasan.")),
    Section("distributions", QT_TRANSLATE_NOOP("sections", "Distribusi"), "gift", _distributions,
            QT_TRANSLATE_NOOP("sections", "Penyaluran bantuan ke desa dan rumah tangga, dari gudang kantor dan "
                                          "posko, dengan daftar penerima.")),
    Section("documents", QT_TRANSLATE_NOOP("sections", "Dokumen"), "file", _documents,
            QT_TRANSLATE_NOOP("sections", "Dokumen resmi yang dihasilkan: BAST, Surat Perintah Tugas, berita "
                                          "acara dan penomorannya.")),
    Section("reports", QT_TRANSLATE_NOOP("sections", "Laporan"), "chart", _reports,
            QT_TRANSLATE_NOOP("sections", "Laporan stok, penyaluran bantuan dan penugasan relawan untuk "
                                          "pimpinan, dalam PDF dan Excel.")),
    Section("audit", QT_TRANSLATE_NOOP("sections", "Audit"), "clipboard", _audit),
    Section("poskos", QT_TRANSLATE_NOOP("sections", "Posko"), "flag", _poskos,
            QT_TRANSLATE_NOOP("sections", "Posko lapangan: laptop posko disiapkan dari berkas kantor, stok, "
                                          "penyaluran per desa, permintaan dan relawan di lokasi.")),
    Section("exchange", QT_TRANSLATE_NOOP("sections", "Pertukaran"), "repeat", _exchange),
    Section("settings", QT_TRANSLATE_NOOP("sections", "Pengaturan"), "settings", _settings),
]

# What a posko does, in this order ("distributions" once its page is there).
POSKO_KEYS = ("posko_home", "stock", "dispatches", "distributions", "requests", "posko_volunteers", "counts",
              "exchange")

POSKO_SECTIONS: list[Section] = [
    Section("posko_home", QT_TRANSLATE_NOOP("sections", "Beranda posko"), "home", _posko_home),
    Section("stock", QT_TRANSLATE_NOOP("sections", "Stok"), "package", _stock),
    Section("dispatches", QT_TRANSLATE_NOOP("sections", "Pengiriman masuk"), "truck", _dispatches),
    Section("posko_volunteers", QT_TRANSLATE_NOOP("sections", "Relawan"), "users", _posko_volunteers),
    Section("counts", QT_TRANSLATE_NOOP("sections", "Stock opname"), "clipboard", _counts),
]


# What a provinsi does: it reads the files of its districts.
PROVINCE_KEYS = ("province", "exchange", "audit", "settings")

PROVINCE_SECTIONS: list[Section] = [
    Section("province", QT_TRANSLATE_NOOP("sections", "Kabupaten/Kota"), "grid", _province),
]


def sections_for(posko: SiteInfo | None, *, provinsi: bool = False) -> Sequence[Section]:
    """The sections of the window: the office's, at a posko (``posko`` given) the posko's, at a provinsi its
    districts' and the exchange."""
    if provinsi:
        known = {s.key: s for s in SECTIONS} | {s.key: s for s in PROVINCE_SECTIONS}
        return [known[key] for key in PROVINCE_KEYS]
    if posko is None:
        return SECTIONS
    known = {s.key: s for s in SECTIONS} | {s.key: s for s in POSKO_SECTIONS}
    return [known[key] for key in POSKO_KEYS if key in known]
