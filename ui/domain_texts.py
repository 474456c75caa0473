"""Texts that `deployment` and `inventory` hand to the window (they import no Qt, so lupdate cannot see them).

Each label is listed here once, in the context "domain", and each error template in the context "errors",
so the translation file carries them; tests check that the lists still match the domain's tables and error
classes. Show a label with `label(text)`; an unknown text (a name typed by a person, a kit from the
database) comes back unchanged.
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
    # deployment.volunteers.CERTIFICATE_FILTERS
    QT_TRANSLATE_NOOP("domain", "Sertifikat segera habis"),
    QT_TRANSLATE_NOOP("domain", "Sertifikat sudah habis"),
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
    # deployment.dispatch.lifecycle.STATES
    QT_TRANSLATE_NOOP("domain", "Konsep"),
    QT_TRANSLATE_NOOP("domain", "Disetujui"),
    QT_TRANSLATE_NOOP("domain", "Dikirim"),
    QT_TRANSLATE_NOOP("domain", "Diserahterimakan"),
    QT_TRANSLATE_NOOP("domain", "Selesai"),
    QT_TRANSLATE_NOOP("domain", "Dibatalkan"),
    # tagana_app.doc_kinds: the titles of the numbered kinds (the Dokumen page)
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


# Error templates of inventory and deployment (TaganaError subclasses), shown by ui.errors in the context
# "errors" like the core's (ui.core_texts).
DOMAIN_ERRORS = (
    # inventory.errors.ImportRejected
    QT_TRANSLATE_NOOP("errors", "Berkas tidak diimpor karena {count} kesalahan:\n{details}"),
    # inventory.errors.InsufficientStock
    QT_TRANSLATE_NOOP("errors", "Stok {item} di {warehouse} tidak cukup: tersedia {available} {unit}, "
                                "diminta {requested} {unit}."),
    # inventory.errors.ExpiredStockRefused
    QT_TRANSLATE_NOOP("errors", "Stok {item} di {warehouse} yang belum kedaluwarsa hanya {available} "
                                "{unit} (diminta {requested} {unit}); {expired} {unit} sudah kedaluwarsa "
                                "dan hanya dapat dikeluarkan oleh pejabat dengan alasan tertulis."),
    # inventory.errors.ExpiredBatchRefused
    QT_TRANSLATE_NOOP("errors", "Batch {batch} barang {item} sudah kedaluwarsa sejak {expiry}; hanya "
                                "pejabat yang dapat mengeluarkannya dengan alasan tertulis."),
    # inventory.errors.AlreadyBooked
    QT_TRANSLATE_NOOP("errors", "Dokumen {doc_type} nomor {doc_number} baris {line} sudah dibukukan; "
                                "pembukuan yang sama tidak dicatat dua kali."),
    # inventory.errors.SerialInUse
    QT_TRANSLATE_NOOP("errors", "Nomor seri {serial} ({item}) sudah tercatat: {place}. Satu unit tidak "
                                "bisa ada di dua tempat."),
    # inventory.errors.SerialNotAvailable
    QT_TRANSLATE_NOOP("errors", "Unit {item} nomor seri {serial} tidak tersedia di {warehouse}: {place}."),
    # inventory.errors.UnitNotUsable
    QT_TRANSLATE_NOOP("errors", "Unit {item} nomor seri {serial} dalam kondisi {condition} dan tidak "
                                "dapat dikeluarkan."),
    # inventory.errors.NotReversible
    QT_TRANSLATE_NOOP("errors", "Mutasi #{movement} tidak dapat dibatalkan: {reason}"),
    # inventory.errors.AlreadyReversed
    QT_TRANSLATE_NOOP("errors", "Mutasi #{movement} sudah dibatalkan oleh mutasi #{reversal}."),
    # inventory.errors.CountNotOpen
    QT_TRANSLATE_NOOP("errors", "Stock opname {number} berstatus {status}; hanya opname yang masih dibuka "
                                "dapat diubah."),
    # inventory.errors.CountIncomplete
    QT_TRANSLATE_NOOP("errors", "Stock opname {number} belum lengkap: {missing} baris belum dihitung "
                                "({examples})."),
    # inventory.errors.WriteOffNotPending
    QT_TRANSLATE_NOOP("errors", "Penghapusan {number} berstatus {status}; hanya usulan yang masih "
                                "diajukan dapat diputuskan."),
    # deployment.errors.InvalidNIK
    QT_TRANSLATE_NOOP("errors", "NIK '{nik}' tidak valid: {reason}"),
    # deployment.errors.DuplicateNIK
    QT_TRANSLATE_NOOP("errors", "NIK {nik} sudah terdaftar atas nama {name}."),
    # deployment.errors.DuplicateNIAT
    QT_TRANSLATE_NOOP("errors", "NIAT '{niat}' sudah dipakai oleh {name}."),
    # deployment.errors.InvalidPhone
    QT_TRANSLATE_NOOP("errors", "Nomor telepon '{phone}' tidak valid untuk Indonesia."),
    # deployment.errors.AssignmentRefused
    QT_TRANSLATE_NOOP("errors", "Penugasan ditolak."),
    # deployment.errors.AssignmentOverlap
    QT_TRANSLATE_NOOP("errors", "{name} sudah ditugaskan pada {other_incident} dari {other_from} sampai "
                                "{other_to}; periode {start} s.d. {end} beririsan. Penugasan baru paling "
                                "cepat mulai {next_free}."),
    # deployment.errors.VolunteerInactive
    QT_TRANSLATE_NOOP("errors", "{name} berstatus nonaktif dan tidak dapat ditugaskan."),
    # deployment.errors.VolunteerUnavailable
    QT_TRANSLATE_NOOP("errors", "{name} menyatakan tidak tersedia dari {start} sampai {end} ({reason})."),
    # deployment.errors.OverrideNotAllowed
    QT_TRANSLATE_NOOP("errors", "Penugasan ditolak: {refusal} Hanya pejabat yang dapat mengecualikan "
                                "penolakan ini, dengan alasan tertulis."),
    # deployment.errors.IncidentClosed
    QT_TRANSLATE_NOOP("errors", "Kejadian {number} sudah berstatus selesai; tidak dapat menerima "
                                "penugasan baru."),
    # deployment.errors.ImportRefused
    QT_TRANSLATE_NOOP("errors", "Impor dibatalkan: {count} baris bermasalah; tidak ada data yang disimpan."),
    # deployment.errors.WrongSheet
    QT_TRANSLATE_NOOP("errors", "Berkas '{path}' tidak memuat tabel relawan yang dikenali: baris judul "
                                "dengan kolom {required} tidak ditemukan (lembar '{sheet}')."),
    # deployment.dispatch.lifecycle.WrongDispatchState
    QT_TRANSLATE_NOOP("errors", "Pengiriman {number} berstatus {status}; {action} hanya untuk pengiriman "
                                "berstatus {allowed}."),
    # deployment.dispatch.records.EscortNotAssigned
    QT_TRANSLATE_NOOP("errors", "{name} tidak ditugaskan pada kejadian {incident} (atau penugasannya "
                                "sudah berakhir sebelum {day}); hanya relawan yang ditugaskan pada "
                                "kejadian ini yang dapat mendampingi pengiriman."),
    # deployment.dispatch.records.DifferenceNeedsReason
    QT_TRANSLATE_NOOP("errors", "Jumlah diterima {item} ({received} {unit}) berbeda dari yang dikirim "
                                "({sent} {unit}): alasan selisih wajib diisi."),
    # deployment.dispatch.returns.ReturnTooLarge
    QT_TRANSLATE_NOOP("errors", "Pengembalian {item} dari pengiriman {number} ditolak: yang masih di "
                                "lokasi {outstanding} {unit}, dikembalikan {requested} {unit}."),
    # deployment.dispatch.lifecycle.DocumentNotReady
    QT_TRANSLATE_NOOP("errors", "{document} untuk pengiriman {number} belum dapat dicetak: status "
                                "pengiriman {status}, {needed}."),
    # deployment.dispatch.documents.NoDutyVolunteers
    QT_TRANSLATE_NOOP("errors", "Belum ada relawan yang ditugaskan pada kejadian {incident}; SPT tidak "
                                "dapat dibuat."),
)


def label(text: str) -> str:
    """The domain's label `text` in the current language."""
    return QCoreApplication.translate("domain", text) if text else text
