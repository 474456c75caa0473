"""Typed domain errors.

Each error carries an Indonesian message *template* with named fields, so a translator can reorder
the words; the UI presenter and the command line both show ``str(error)``.  The UI may translate
``error.template`` first (context ``"errors"``) and then format it with ``error.fields``.

Every template is written inside ``N_("errors", ...)`` (``tagana_app.texts``), the class attribute
and one passed when raising alike, so the translation catalogue is extracted from them
(tests/core/test_texts.py checks).  A field that is a label is marked where it is declared (context
``"domain"``); a field that is a sentence or a label of another context is a ``Text``, which keeps
its own template and context.
"""

from __future__ import annotations

from typing import Any

from tagana_app.texts import N_


class TaganaError(Exception):
    """Base of every refusal the program explains to a person."""

    template = N_("errors", "Operasi ditolak.")

    def __init__(self, template: str | None = None, /, **fields: Any) -> None:
        if template is not None:
            self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        return {"error": type(self).__name__, "message": self.message, **{
            k: v for k, v in self.fields.items() if isinstance(v, str | int | float | bool | None)}}


class ValidationError(TaganaError):
    template = N_("errors", "Data tidak valid.")


class NotFound(TaganaError):
    template = N_("errors", "{what} '{key}' tidak ditemukan.")


class Duplicate(TaganaError):
    template = N_("errors", "{what} '{key}' sudah ada.")


class PermissionDenied(TaganaError):
    template = N_("errors", "Pengguna '{user}' dengan peran '{role}' tidak berwenang untuk {action}; yang berwenang: "
                            "{allowed}.")


class OwnWorkRefused(PermissionDenied):
    """Nobody approves or decides what they created, requested, counted or sent themselves."""

    template = N_("errors", "Pengguna '{user}' tidak boleh {action} atas pekerjaannya sendiri (yang dibuat, diajukan "
                            "atau dihitungnya); yang berwenang: {allowed}, selain '{user}'.")


class AuthenticationFailed(TaganaError):
    template = N_("errors", "Nama pengguna atau kata sandi salah.")


class AccountLocked(TaganaError):
    template = N_("errors", "Akun '{user}' dikunci setelah {n} kali gagal masuk; minta admin membuka kunci "
                            "(halaman Pengaturan, Pengguna, atau: tagana user unlock {user}).")


class DatabasePasswordInUrl(TaganaError):
    template = N_("errors", "Alamat basis data tidak boleh memuat kata sandi (tersimpan dan terlihat orang lain): "
                            "tulis tanpa kata sandi, mis. postgresql+psycopg://pengguna@server/tagana, dan "
                            "berikan kata sandinya lewat PGPASSWORD atau berkas ~/.pgpass.")


class DatabaseLocationRefused(TaganaError):
    template = N_(
        "errors",
        "Berkas basis data '{path}' berada di folder jaringan ({fs}). SQLite tidak aman dipakai "
        "bersama lewat jaringan; gunakan PostgreSQL untuk beberapa komputer "
        "(--db postgresql+psycopg://... atau TAGANA_DATABASE_URL)."
    )


class BackupError(TaganaError):
    template = N_("errors", "Cadangan gagal: {reason}")


class SchemaOutdated(TaganaError):
    template = N_(
        "errors",
        "Basis data masih versi '{current}', program memerlukan '{head}'. Jalankan 'tagana db upgrade'."
    )


class SessionEnded(TaganaError):
    """The account at a window was deactivated, or given another role, since it signed in there."""

    template = N_("errors", "Akun {username} sudah dinonaktifkan administrator sejak Anda masuk; tidak ada yang "
                            "disimpan. Program kembali ke layar masuk.")
    template_role = N_("errors", "Peran akun {username} diubah administrator dari {old} menjadi {new} sejak Anda "
                                 "masuk; tidak ada yang disimpan. Program kembali ke layar masuk: masuk lagi agar "
                                 "tombol dan izin mengikuti peran yang baru.")
