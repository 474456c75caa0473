"""Typed domain errors.

Each error carries an Indonesian message *template* with named fields, so a translator can reorder
the words; the UI presenter and the command line both show ``str(error)``.  The UI may translate
``error.template`` first (context ``"errors"``) and then format it with ``error.fields``.
"""

from __future__ import annotations

from typing import Any


class TaganaError(Exception):
    """Base of every refusal the program explains to a person."""

    template = "Operasi ditolak."

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
    template = "Data tidak valid."


class NotFound(TaganaError):
    template = "{what} '{key}' tidak ditemukan."


class Duplicate(TaganaError):
    template = "{what} '{key}' sudah ada."


class PermissionDenied(TaganaError):
    template = "Pengguna '{user}' dengan peran '{role}' tidak berwenang untuk {action}."


class AuthenticationFailed(TaganaError):
    template = "Nama pengguna atau kata sandi salah."


class DatabaseLocationRefused(TaganaError):
    template = (
        "Berkas basis data '{path}' berada di folder jaringan ({fs}). SQLite tidak aman dipakai "
        "bersama lewat jaringan; gunakan PostgreSQL untuk beberapa komputer "
        "(--db postgresql+psycopg://... atau TAGANA_DATABASE_URL)."
    )


class BackupError(TaganaError):
    template = "Cadangan gagal: {reason}"


class SchemaOutdated(TaganaError):
    template = (
        "Basis data masih versi '{current}', program memerlukan '{head}'. Jalankan 'tagana db upgrade'."
    )
