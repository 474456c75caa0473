"""The posko's "Stock opname" section: the counts window (``CountsDialog``) as a page of the window,
on the posko's own warehouse (the dialog limits its choices to it at a posko)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.count_dialog import CountsDialog


class EmbeddedCounts(CountsDialog):
    """The dialog as a widget of the page: nothing closes it."""

    def reject(self) -> None:  # Escape, or a "Tutup" that is hidden here
        pass


class CountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts = EmbeddedCounts(ctx, parent=self)
        self.counts.setWindowFlags(Qt.WindowType.Widget)
        self.counts.close_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
