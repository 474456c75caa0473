"""Texts of the core shown in the window, listed so lupdate offers them to translators.

Error templates go in the "errors" context, role labels in "roles".

ui.errors.error_text translates a TaganaError's template with this context before filling in its
fields; a template not listed here is shown in Indonesian. tests/ui/test_translations.py checks
that these stay equal to the templates in tagana_app.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CORE_TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "Operasi ditolak."),
    QT_TRANSLATE_NOOP("errors", "Data tidak valid."),
    QT_TRANSLATE_NOOP("errors", "{what} '{key}' tidak ditemukan."),
    QT_TRANSLATE_NOOP("errors", "{what} '{key}' sudah ada."),
    QT_TRANSLATE_NOOP("errors", "Pengguna '{user}' dengan peran '{role}' tidak berwenang untuk {action}."),
    QT_TRANSLATE_NOOP("errors", "Nama pengguna atau kata sandi salah."),
    QT_TRANSLATE_NOOP("errors", "Berkas basis data '{path}' berada di folder jaringan ({fs}). SQLite tidak aman "
                                "dipakai bersama lewat jaringan; gunakan PostgreSQL untuk beberapa komputer "
                                "(--db postgresql+psycopg://... atau TAGANA_DATABASE_URL)."),
    QT_TRANSLATE_NOOP("errors", "Cadangan gagal: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Basis data masih versi '{current}', program memerlukan '{head}'. Jalankan "
                                "'tagana db upgrade'."),
    QT_TRANSLATE_NOOP("errors", "Dibatalkan oleh pengguna; tidak ada yang disimpan."),
    QT_TRANSLATE_NOOP("errors", "Basis data sedang sibuk dipakai proses lain dan transaksi gagal setelah "
                                "{attempts} kali percobaan. Coba lagi sebentar lagi."),
    QT_TRANSLATE_NOOP("errors", "Kata sandi minimal {n} karakter."),
    QT_TRANSLATE_NOOP("errors", "Pengguna pertama harus berperan admin."),
)

ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("roles", "Administrator"),
    QT_TRANSLATE_NOOP("roles", "Petugas gudang"),
    QT_TRANSLATE_NOOP("roles", "Koordinator tanggap darurat"),
    QT_TRANSLATE_NOOP("roles", "Pejabat penandatangan"),
    QT_TRANSLATE_NOOP("roles", "Pemantau (hanya baca)"),
)


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    from tagana_app.accounts import ROLE_LABELS

    return QCoreApplication.translate("roles", ROLE_LABELS.get(role, role))
