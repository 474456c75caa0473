"""The sections of the main window, in navigation order (Ctrl+1..9 follow this order).

Adding a page is one line: give its ``factory`` as "module:callable", called with the AppContext
and returning the page widget. A section whose module does not exist yet shows the "Belum
tersedia" page with its ``summary``. Pages are built on first visit, so startup stays quick.
A page may define ``refresh()``; the window calls it when the section is shown again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("sections", title)
    icon: str  # a shape of ui.icons.SHAPES
    factory: str  # "module:callable"
    summary: str = ""  # what the section will hold, for the placeholder


SECTIONS: list[Section] = [
    Section("dashboard", QT_TRANSLATE_NOOP("sections", "Dasbor"), "grid",
            "ui.pages.dashboard:DashboardPage"),
    Section("stock", QT_TRANSLATE_NOOP("sections", "Gudang & Stok"), "package",
            "ui.pages.stock:StockPage",
            QT_TRANSLATE_NOOP("sections", "Daftar gudang dan barang, saldo stok, penerimaan, pengeluaran, "
                                          "mutasi antar gudang, stock opname, penghapusan dan kartu persediaan.")),
    Section("volunteers", QT_TRANSLATE_NOOP("sections", "Relawan Tagana"), "users",
            "ui.pages.volunteers:VolunteersPage",
            QT_TRANSLATE_NOOP("sections", "Data anggota Tagana: NIK, keahlian dan sertifikat, ketersediaan, "
                                          "riwayat penugasan, serta impor daftar relawan.")),
    Section("incidents", QT_TRANSLATE_NOOP("sections", "Kejadian Bencana"), "alert",
            "ui.pages.incidents:IncidentsPage",
            QT_TRANSLATE_NOOP("sections", "Kejadian bencana dengan status darurat, data dampak, perkiraan "
                                          "kebutuhan dan penugasan relawan.")),
    Section("dispatches", QT_TRANSLATE_NOOP("sections", "Pengiriman"), "truck",
            "ui.pages.dispatches:DispatchesPage",
            QT_TRANSLATE_NOOP("sections", "Pengiriman bantuan dari gudang ke lokasi bencana: persetujuan, "
                                          "manifes, kendaraan dan tanda terima.")),
    Section("documents", QT_TRANSLATE_NOOP("sections", "Dokumen"), "file",
            "ui.pages.documents:DocumentsPage",
            QT_TRANSLATE_NOOP("sections", "Dokumen resmi yang dihasilkan: BAST, Surat Perintah Tugas, berita "
                                          "acara dan penomorannya.")),
    Section("reports", QT_TRANSLATE_NOOP("sections", "Laporan"), "chart",
            "ui.pages.reports:ReportsPage",
            QT_TRANSLATE_NOOP("sections", "Laporan stok, penyaluran bantuan dan penugasan relawan untuk "
                                          "pimpinan, dalam PDF dan Excel.")),
    Section("audit", QT_TRANSLATE_NOOP("sections", "Audit"), "clipboard",
            "ui.pages.audit:AuditPage"),
    Section("settings", QT_TRANSLATE_NOOP("sections", "Pengaturan"), "settings",
            "ui.pages.settings:SettingsPage"),
]
