"""The page of a section that a later part of the program will build."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge = QLabel(self.tr("Belum tersedia"))
        badge.setObjectName("badge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(summary or self.tr("Bagian ini akan diisi pada versi berikutnya."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("muted")
        text.setMaximumWidth(560)
        later = QLabel(self.tr("Bagian ini sedang disiapkan dan akan tersedia pada pembaruan program."))
        later.setAlignment(Qt.AlignmentFlag.AlignCenter)
        later.setObjectName("muted")
        for widget in (heading, badge, text, later):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
