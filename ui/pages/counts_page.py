"""The posko's "Stock opname" section: the counts window (``CountsDialog``) as a page of the window,
on the posko's own warehouse (the dialog limits its choices to it at a posko)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.count_dialog import CountsDialog


class CountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts = CountsDialog(ctx, parent=self)
        self.counts.setWindowFlags(Qt.WindowType.Widget)  # a part of the page, not a window of its own
        self.counts.close_button.hide()
        self.counts.finished.connect(lambda _result: self.counts.show())  # Escape must not empty the page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
