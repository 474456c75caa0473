"""The dashboard's "Menunggu persetujuan" list of stock counts sent for approval, for those who approve
them; one count opens the "Stock opname" window on it.  Self-contained: it reads and reloads itself,
and hides when there is nothing to approve (or the person may not approve)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inventory import counts
from inventory.permissions import can_approve_count
from tagana_app import clock
from ui import ops
from ui.changes import Changes
from ui.context import AppContext
from ui.pages.count_dialog import CountsDialog

ROWS_SHOWN = 4


class PendingCountsPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: list[counts.CountInfo] = []
        self.setObjectName("chartCard")
        title = QLabel(self.tr("Menunggu persetujuan: stock opname"))
        title.setObjectName("cardTitle")
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.itemActivated.connect(self._activated)  # Enter
        self.list.itemClicked.connect(self._activated)
        self.opened: CountsDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.list)
        self.hide()
        if can_approve_count(ctx.actor):
            ctx.changes.changed.connect(self._on_changed)
            self.refresh()

    def refresh(self) -> None:
        ops.read(self.ctx.db, self, counts.list_counts, pending=True, on_success=self.show_pending)

    def show_pending(self, pending: list[counts.CountInfo]) -> None:
        self.pending = pending
        self.list.clear()
        for c in pending:
            text = self.tr("{number} · {warehouse} · diajukan {when} oleh {who}").format(
                number=c.number, warehouse=c.warehouse_name, who=c.submitted_by,
                when=clock.local(c.submitted_at).strftime("%d-%m-%Y %H:%M") if c.submitted_at else "-")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.number)
            self.list.addItem(item)
        shown = min(len(pending), ROWS_SHOWN)
        self.list.setFixedHeight(max(shown, 1) * (self.list.sizeHintForRow(0) if pending else 20) + 4)
        self.setVisible(bool(pending))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("stock"):
            self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        if self.opened is not None and self.opened.isVisible():  # a double click is one choice
            return
        self.open_count(item.data(Qt.ItemDataRole.UserRole))

    def open_count(self, number: str) -> CountsDialog:
        dialog = CountsDialog(self.ctx, number=number, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "opened", None))
        dialog.open()
        self.opened = dialog
        return dialog
