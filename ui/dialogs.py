"""Seams for message boxes and file pickers.

Call them through the module (``dialogs.confirm(...)``, never ``from ui.dialogs import confirm``) so
tests can replace them with ``monkeypatch.setattr(dialogs, "confirm", ...)`` and never block on a
modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tagana_app import logs


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question, No being the default."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A question whose answer is ``action`` (a button that says what it does) or "Batal", the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("dialogs", "Batal"),
                                       QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is go


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text typed by the person (None: cancelled)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A warning; with ``details`` (a traceback) the person can also read and copy them."""
    if details:
        DetailsDialog(parent, title, text, details).exec()
        return
    QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent).exec()


class DetailsDialog(QDialog):
    """A failure in plain words, its technical details folded away, and a button that copies them
    (for the person who looks after the computer), with where the log file is."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        message = QLabel(text)
        message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        where = logs.current_file()
        if where is not None:
            note = QLabel(QCoreApplication.translate("dialogs", "Rinciannya juga tercatat di berkas log:\n{path}")
                          .format(path=where))
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
        self.text_box = QPlainTextEdit(details)
        self.text_box.setReadOnly(True)
        self.text_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # a traceback reads line by line
        self.text_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_box.setMinimumHeight(180)
        self.text_box.hide()
        layout.addWidget(self.text_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton(QCoreApplication.translate("dialogs", "Tampilkan rincian"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(QCoreApplication.translate("dialogs", "Salin rincian"))
        self.copy_button.clicked.connect(self.copy_details)
        for button in (self.show_button, self.copy_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _toggle_details(self, shown: bool) -> None:
        self.text_box.setVisible(shown)
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("dialogs", "Rincian tersalin"))


def open_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(name) if name else None


def save_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return Path(name) if name else None


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None
