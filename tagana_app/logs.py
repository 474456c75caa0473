"""The program's log file and crash file, in the data folder (``paths.log_dir()``).

``tagana.log`` receives every warning and error of the window, with the full traceback of an
unexpected exception; it rotates at 1 MB and keeps five old files (``tagana.log.1`` ...).
``crash.log`` receives, through ``faulthandler``, the Python stack of every thread when the process
dies of a fatal signal (a segmentation fault inside Qt); at the next start it is copied into
tagana.log, so one file tells what happened.  The window's composition root calls ``start()``.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from tagana_app import paths

LOG_NAME = "tagana.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger(__name__)
_handler: RotatingFileHandler | None = None
_crash_file: IO[str] | None = None
_faulthandler_was_on = False


def current_file() -> Path | None:
    """The log file in use, or None before ``start()``."""
    return Path(_handler.baseFilename) if _handler is not None else None


def start(folder: Path | None = None) -> Path:
    """Log to ``folder``/tagana.log (default: the data folder's ``log``) and turn on the crash file."""
    global _handler, _crash_file, _faulthandler_was_on
    stop()
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    _handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    _handler.setFormatter(logging.Formatter(FORMAT))
    _handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(_handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    crash = folder / CRASH_NAME
    _report_previous_crash(crash)
    _faulthandler_was_on = faulthandler.is_enabled()
    _crash_file = crash.open("w", encoding="utf-8")
    faulthandler.enable(_crash_file, all_threads=True)
    return folder / LOG_NAME


def _report_previous_crash(crash: Path) -> None:
    try:
        text = crash.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return
    if text:
        log.error("the previous run ended with a fatal error (from %s):\n%s", crash.name, text)


def stop() -> None:
    """Undo ``start()`` (tests; the program simply exits)."""
    global _handler, _crash_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        if _faulthandler_was_on:
            faulthandler.enable(sys.__stderr__, all_threads=True)
        _crash_file.close()
        _crash_file = None
