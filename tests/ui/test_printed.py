"""The dialog that says where a printed file went grows to hold what it says."""

from __future__ import annotations

from ui import printed
from ui.printed import PrintedDialog

LONG = ("/home/petugas-gudang-dinsos/Dokumen Kantor/Arsip Bencana 2026/Tagana Logistik/"
        "berita-acara-serah-terima_012-BAST-DINSOS-XII-2026_salinan-2.pdf")


def test_the_no_viewer_message_and_a_wrapped_path_never_overlap(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(printed, "open_path", lambda path: False)
    dialog = PrintedDialog(LONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.open_file_button.click()
    qtbot.wait(50)
    assert dialog.message.isVisible() and "Tidak ada aplikasi" in dialog.message.text()
    path, message = dialog.path_label.geometry(), dialog.message.geometry()
    assert path.bottom() < message.top()
    assert message.height() >= dialog.message.heightForWidth(message.width())  # every line of it shown
    assert message.bottom() < dialog.open_file_button.mapTo(dialog, dialog.open_file_button.rect().topLeft()).y()
