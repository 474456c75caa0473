"""Where a printed or saved file went: one dialog after every print and every PDF saved in the window
(the Pengiriman page's Surat Jalan and BAST, the Dokumen page's reprints, the Laporan page's files).

It shows the file's full path (selectable, to copy), "Buka berkas" (the system's viewer), "Buka
folder" (its folder) and "Tutup".  When the system cannot open it (no PDF viewer installed:
``QDesktopServices.openUrl`` answers False) the dialog says so and the path stays shown.

Pages call it through the module (``printed.show(self, path)``) so tests can follow it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


def open_path(path: str | Path) -> bool:
    """Ask the system to open a file or a folder; False when it cannot (no application for it)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class PrintedDialog(QDialog):
    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Berkas tersimpan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Berkas {name} disimpan di:").format(name=self.path.name))
        heading.setWordWrap(True)
        self.path_label = QLabel(str(self.path))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.open_file_button = QPushButton(self.tr("Buka berkas"))
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Buka folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_file_button.setDefault(True)
        for widget in (heading, self.path_label, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def open_file(self) -> bool:
        if open_path(self.path):
            self.accept()
            return True
        self.say_cannot_open()
        return False

    def open_folder(self) -> bool:
        if open_path(self.path.parent):
            self.accept()
            return True
        self.message.setText(self.tr("Folder {folder} tidak dapat dibuka di komputer ini. Salin alamat di atas "
                                     "dan buka folder itu sendiri.").format(folder=str(self.path.parent)))
        self._show_message()
        return False

    def say_cannot_open(self) -> None:
        self.message.setText(self.tr("Tidak ada aplikasi untuk membuka {name} di komputer ini (misalnya "
                                     "pembaca PDF). Salin alamat di atas, atau pasang pembaca PDF lalu coba "
                                     "lagi.").format(name=self.path.name))
        self._show_message()

    def _show_message(self) -> None:
        self.message.show()
        self.adjustSize()  # grow to hold the message (and a wrapped path) instead of drawing over them


def show(parent: QWidget | None, path: str | Path) -> PrintedDialog:
    """Show where ``path`` went, without blocking the window."""
    dialog = PrintedDialog(path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_or_show(parent: QWidget | None, path: str | Path) -> PrintedDialog | None:
    """Open a file saved earlier; when the system cannot, the dialog with its path and why."""
    if open_path(path):
        return None
    dialog = show(parent, path)
    dialog.say_cannot_open()
    return dialog
