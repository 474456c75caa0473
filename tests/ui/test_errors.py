"""No silent failure: an exception nobody caught (a slot, a thread) is logged and shown in one dialog;
a domain refusal keeps its "Ditolak"; a crash leaves its stack in the log."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from tagana_app import logs
from tagana_app.errors import ValidationError
from ui import dialogs, errors


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The dialogs, with their details; sys.excepthook and threading.excepthook are put back afterwards."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, details="": seen.append((title, text, details)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_hooks()
    return seen


@pytest.fixture
def log_file(tmp_path: Path):  # noqa: ANN201
    path = logs.start(tmp_path / "log")
    yield path
    logs.stop()


def _button(qtbot, slot) -> QPushButton:  # noqa: ANN001
    button = QPushButton("Coba")
    qtbot.addWidget(button)
    button.clicked.connect(slot)
    return button


def test_an_exception_in_a_slot_is_shown_once_and_logged(qtbot, shown, log_file) -> None:  # noqa: ANN001
    def broken() -> None:
        raise RuntimeError("tombol rusak")
    button = _button(qtbot, broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, text, details = shown[0]
    assert title == "Kesalahan" and text.startswith("Terjadi kesalahan yang tidak terduga.")
    assert "RuntimeError: tombol rusak" in details and "in broken" in details
    assert "uncaught exception" in log_file.read_text() and "RuntimeError: tombol rusak" in log_file.read_text()
    assert logs.current_file() == log_file and log_file.parent.name == "log"


def test_an_exception_in_a_thread_reaches_the_dialog_too(qtbot, shown, log_file) -> None:  # noqa: ANN001
    def broken() -> None:
        raise LookupError("di belakang layar")
    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "LookupError: di belakang layar" in shown[0][2]
    assert "LookupError: di belakang layar" in log_file.read_text()


def test_a_refusal_raised_in_a_slot_keeps_its_own_dialog(qtbot, shown, log_file) -> None:  # noqa: ANN001
    def refused() -> None:
        raise ValidationError("Jumlah harus lebih dari nol.")
    qtbot.mouseClick(_button(qtbot, refused), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown == [("Ditolak", "Jumlah harus lebih dari nol.", "")]
    assert "ERROR" not in log_file.read_text()


def test_the_details_dialog_copies_the_traceback(qtbot, log_file) -> None:  # noqa: ANN001
    dialog = dialogs.DetailsDialog(None, "Kesalahan", "Terjadi kesalahan yang tidak terduga.",
                                   "Traceback (most recent call last):\n  ...\nRuntimeError: rusak\n")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.text_box.isVisible()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.text_box.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details
    assert dialog.isVisible()  # copying does not close it


CRASH = """
import sys
from pathlib import Path
from tagana_app import logs
logs.start(Path(sys.argv[1]))
if sys.argv[2] == "crash":
    import faulthandler
    faulthandler._sigsegv()
"""


def test_a_crash_leaves_where_it_happened_in_the_log(tmp_path) -> None:  # noqa: ANN001
    folder = tmp_path / "log"
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(folder), "crash"], capture_output=True, text=True)
    assert crashed.returncode != 0
    assert "Segmentation fault" in (folder / logs.CRASH_NAME).read_text()
    # The next start copies it into the log, and starts a fresh crash file.
    subprocess.run([sys.executable, "-c", CRASH, str(folder), "ok"], check=True)
    text = (folder / logs.LOG_NAME).read_text()
    assert "previous run ended with a fatal error" in text and "Segmentation fault" in text
    assert (folder / logs.CRASH_NAME).read_text() == ""
