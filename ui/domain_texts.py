"""Labels that `deployment` and `inventory` hand to the window (they import no Qt, so lupdate cannot see them).

Each label is listed here once, in the context "domain", so the translation file carries it; a test checks
that the lists below still match the domain's tables. Show one with `label(text)`; an unknown text (a name
typed by a person, a kit from the database) comes back unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DOMAIN_TEXTS = (
    # deployment.models.SKILLS (also the roles of an assignment)
    QT_TRANSLATE_NOOP("domain", "dapur umum"),
    QT_TRANSLATE_NOOP("domain", "shelter"),
    QT_TRANSLATE_NOOP("domain", "logistik"),
    QT_TRANSLATE_NOOP("domain", "psikososial/LDP"),
    QT_TRANSLATE_NOOP("domain", "evakuasi/SAR"),
    QT_TRANSLATE_NOOP("domain", "kaji cepat/pendataan"),
    QT_TRANSLATE_NOOP("domain", "posko/TRC"),
    QT_TRANSLATE_NOOP("domain", "komunikasi"),
    # deployment.models.LEVELS and STATUSES
    QT_TRANSLATE_NOOP("domain", "Tagana Muda"),
    QT_TRANSLATE_NOOP("domain", "Tagana Madya"),
    QT_TRANSLATE_NOOP("domain", "Tagana Utama"),
    QT_TRANSLATE_NOOP("domain", "aktif"),
    QT_TRANSLATE_NOOP("domain", "nonaktif"),
    QT_TRANSLATE_NOOP("domain", "Legiun Tagana"),
    # deployment.models.DISASTER_TYPES
    QT_TRANSLATE_NOOP("domain", "banjir"),
    QT_TRANSLATE_NOOP("domain", "tanah longsor"),
    QT_TRANSLATE_NOOP("domain", "puting beliung"),
    QT_TRANSLATE_NOOP("domain", "kebakaran hutan dan lahan"),
    QT_TRANSLATE_NOOP("domain", "gempa bumi"),
    QT_TRANSLATE_NOOP("domain", "tsunami"),
    QT_TRANSLATE_NOOP("domain", "erupsi gunung api"),
    QT_TRANSLATE_NOOP("domain", "kekeringan"),
    QT_TRANSLATE_NOOP("domain", "gelombang pasang/abrasi"),
    QT_TRANSLATE_NOOP("domain", "cuaca ekstrem"),
    QT_TRANSLATE_NOOP("domain", "kebakaran permukiman"),
    QT_TRANSLATE_NOOP("domain", "bencana sosial"),
    # deployment.models.EMERGENCY_STATUSES
    QT_TRANSLATE_NOOP("domain", "siaga darurat"),
    QT_TRANSLATE_NOOP("domain", "tanggap darurat"),
    QT_TRANSLATE_NOOP("domain", "transisi darurat ke pemulihan"),
    QT_TRANSLATE_NOOP("domain", "selesai"),
    # deployment.dispatch_models.DISPATCH_STATUSES
    QT_TRANSLATE_NOOP("domain", "Konsep"),
    QT_TRANSLATE_NOOP("domain", "Disetujui"),
    QT_TRANSLATE_NOOP("domain", "Dikirim"),
    QT_TRANSLATE_NOOP("domain", "Diserahterimakan"),
    QT_TRANSLATE_NOOP("domain", "Selesai"),
    QT_TRANSLATE_NOOP("domain", "Dibatalkan"),
    # deployment.documents.DOC_TYPE_LABELS
    QT_TRANSLATE_NOOP("domain", "Surat Jalan"),
    QT_TRANSLATE_NOOP("domain", "Berita Acara Serah Terima"),
    QT_TRANSLATE_NOOP("domain", "Surat Perintah Tugas"),
    QT_TRANSLATE_NOOP("domain", "Pengiriman"),
    QT_TRANSLATE_NOOP("domain", "Berita Acara Penerimaan Barang"),
    QT_TRANSLATE_NOOP("domain", "Surat Bukti Barang Keluar"),
    QT_TRANSLATE_NOOP("domain", "Mutasi antargudang"),
    QT_TRANSLATE_NOOP("domain", "Stock Opname"),
    QT_TRANSLATE_NOOP("domain", "Berita Acara Penghapusan"),
    # inventory.stock.SOURCE_LABELS
    QT_TRANSLATE_NOOP("domain", "Kemensos"),
    QT_TRANSLATE_NOOP("domain", "Dinsos Provinsi"),
    QT_TRANSLATE_NOOP("domain", "Pengadaan APBD"),
    QT_TRANSLATE_NOOP("domain", "Donatur / dunia usaha"),
    QT_TRANSLATE_NOOP("domain", "Pengembalian"),
    QT_TRANSLATE_NOOP("domain", "Lainnya"),
    # inventory.models.CONDITIONS
    QT_TRANSLATE_NOOP("domain", "baik"),
    QT_TRANSLATE_NOOP("domain", "rusak ringan"),
    QT_TRANSLATE_NOOP("domain", "rusak berat"),
    # deployment.reports.REPORTS: title and description of each report
    QT_TRANSLATE_NOOP("domain", "Posisi stok"),
    QT_TRANSLATE_NOOP("domain", "Saldo setiap barang di setiap gudang pada akhir tanggal yang dipilih, dihitung "
                                "dari buku persediaan."),
    QT_TRANSLATE_NOOP("domain", "Rekap distribusi per kejadian"),
    QT_TRANSLATE_NOOP("domain", "Barang yang disalurkan ke setiap desa/kecamatan: pengiriman, nomor BAST, penerima; "
                                "jumlah per barang."),
    QT_TRANSLATE_NOOP("domain", "Rekap penugasan relawan"),
    QT_TRANSLATE_NOOP("domain", "Hari tugas per relawan dan per kejadian beserta perannya, dibatasi pada periode."),
    QT_TRANSLATE_NOOP("domain", "Peralatan dipinjam"),
    QT_TRANSLATE_NOOP("domain", "Setiap unit peralatan yang berada di luar gudang: di mana, sejak kapan, dan yang "
                                "terlambat kembali."),
    QT_TRANSLATE_NOOP("domain", "Pertanggungjawaban kejadian"),
    QT_TRANSLATE_NOOP("domain", "Satu dokumen per kejadian: dampak, kebutuhan, pengiriman, BAST, relawan, "
                                "pengembalian dan penghapusan."),
)


def label(text: str) -> str:
    """The domain's label `text` in the current language."""
    return QCoreApplication.translate("domain", text) if text else text
