"""The one presenter that shows a failure to a person, in plain Indonesian."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import DBAPIError

from tagana_app.errors import TaganaError
from ui import dialogs

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """What to tell the person: a domain error's own sentence (translated when a translation exists)."""
    if isinstance(exc, TaganaError):
        try:
            return QCoreApplication.translate("errors", exc.template).format(**exc.fields)
        except (KeyError, IndexError, ValueError):
            return exc.message
    if isinstance(exc, DBAPIError):
        return QCoreApplication.translate("errors", "Basis data tidak dapat dipakai saat ini. Periksa sambungan "
                                          "atau lokasi basis data, lalu coba lagi.")
    return QCoreApplication.translate("errors", "Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang "
                                      "disimpan oleh operasi ini.")


def present_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, TaganaError):
        dialogs.warn(parent, QCoreApplication.translate("errors", "Ditolak"), error_text(exc))
        return
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error\n%s", details)
    dialogs.warn(parent, QCoreApplication.translate("errors", "Kesalahan"), error_text(exc), details)
