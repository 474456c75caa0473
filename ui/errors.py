"""The one presenter that shows a failure to a person, in plain Indonesian.

A domain refusal (``TaganaError``) is shown as "Ditolak" with its own sentence.  Anything else is
unexpected: it is written with its traceback to the log file (``tagana_app.logs``) and shown as
"Terjadi kesalahan yang tidak terduga..." with the details to read and copy.  ``install_hooks()``
(called by the window's composition root) sends every exception nobody caught there too: from a
slot, a timer, a Qt virtual method or a Python thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from tagana_app.errors import TaganaError
from ui import dialogs, texts

log = logging.getLogger(__name__)


def _is_database_error(exc: BaseException) -> bool:
    # SQLAlchemy is imported in the background at start-up: an error before that cannot be one of its.
    module = sys.modules.get("sqlalchemy.exc")
    return module is not None and isinstance(exc, module.DBAPIError)


def error_text(exc: BaseException) -> str:
    """What to tell the person: a domain error's own sentence, its template translated in "errors" and its
    string fields through "domain" (``ui.texts.fill``), or Indonesian where no translation exists."""
    if isinstance(exc, TaganaError):
        return texts.fill(exc.template, texts.ERRORS, exc.fields)
    if _is_database_error(exc):
        return QCoreApplication.translate("errors", "Basis data tidak dapat dipakai saat ini. Periksa sambungan "
                                          "atau lokasi basis data, lalu coba lagi.")
    return QCoreApplication.translate("errors", "Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang "
                                      "disimpan oleh operasi ini.")


def _details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


def present_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, TaganaError):
        log.error("unexpected error\n%s", _details(exc))
    _show(parent, exc, error_text(exc))


_showing_unexpected = False


def _show(parent: QWidget | None, exc: BaseException, text: str) -> None:
    global _showing_unexpected
    if isinstance(exc, TaganaError):
        dialogs.warn(parent, QCoreApplication.translate("errors", "Ditolak"), text)
        return
    if _showing_unexpected:  # one dialog at a time; the others are in the log
        return
    _showing_unexpected = True
    try:
        dialogs.warn(parent, QCoreApplication.translate("errors", "Kesalahan"), text, _details(exc))
    finally:
        _showing_unexpected = False


class _Hooks(QObject):
    """Lives on the GUI thread; an exception caught on any thread reaches it through a queued signal."""

    caught = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.caught.connect(self.present, Qt.ConnectionType.QueuedConnection)

    def present(self, exc: BaseException) -> None:
        if isinstance(exc, TaganaError):
            text = error_text(exc)
        else:
            text = QCoreApplication.translate("errors", "Terjadi kesalahan yang tidak terduga. Program tetap "
                                              "berjalan, tetapi tindakan terakhir mungkin tidak selesai; "
                                              "periksa hasilnya atau ulangi.")
        _show(QApplication.activeWindow(), exc, text)


_hooks: _Hooks | None = None


def _uncaught(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    exc = exc if exc is not None else exc_type()
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if not isinstance(exc, TaganaError):
        log.error("uncaught exception\n%s", _details(exc))
    if _hooks is not None:
        _hooks.caught.emit(exc)


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    _uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def install_hooks() -> Callable[[], None]:
    """Route every uncaught exception to the log and the dialog (call on the GUI thread, once Qt is up).

    Returns the function that puts the previous hooks back.
    """
    global _hooks
    if _hooks is None:
        _hooks = _Hooks()
    previous = sys.excepthook, threading.excepthook
    sys.excepthook = _uncaught
    threading.excepthook = _uncaught_in_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous
    return restore
