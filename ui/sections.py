"""The sections of the main window, in navigation order (Ctrl+1..9, then Ctrl+0, open the first ten).

Adding a page is one entry: its ``page`` is a function that imports the page's module and returns
the page class, called with the AppContext to build it.  Pages are imported and built on first
visit, so the window opens quickly.  A section without a page yet shows the "Belum tersedia" page
with its ``summary``.  A page may define ``refresh()``; the window calls it when the section is
shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


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
    Section("settings", QT_TRANSLATE_NOOP("sections", "Pengaturan"), "settings", _settings),
]
