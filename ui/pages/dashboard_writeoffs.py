"""The pejabat's "Menunggu keputusan" on the dashboard: the write-offs waiting for a decision, each
a line that opens the list of write-offs on the "Gudang & Stok" page.  Hidden while none waits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inventory import writeoffs
from inventory.permissions import can_decide_writeoff
from tagana_app import clock, indonesian
from ui import ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.pages.writeoff_dialogs import lines_text

LINK = "stock:writeoffs"
SHOWN = 4  # lines; the rest are counted in the title


class PendingWriteOffs(QFrame):
    """Pending write-offs for a pejabat; a click (or Enter) on one opens the write-off list."""

    activated = Signal(str)  # the dashboard link to follow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: list[writeoffs.WriteOffInfo] = []
        self.setObjectName("chartCard")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        hint = QLabel(self.tr("Usulan penghapusan barang; klik untuk memutuskan"))
        hint.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(hint)
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: self.activated.emit(LINK))
        self.list.itemClicked.connect(lambda _item: self.activated.emit(LINK))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.hide()
        self._read = ops.CurrentRead(ctx.db, self)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    @staticmethod
    def wanted(ctx: AppContext) -> bool:
        return can_decide_writeoff(ctx.actor)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("stock"):
            self._timer.start()

    def refresh(self) -> None:
        self._read.start(writeoffs.list_writeoffs, status="diajukan", on_success=self.show_pending)

    def show_pending(self, pending: list[writeoffs.WriteOffInfo]) -> None:
        self.pending = pending
        self.list.clear()
        self.title.setText(self.tr("Menunggu keputusan: {n} penghapusan").format(n=indonesian.quantity(len(pending))))
        for w in pending[:SHOWN]:
            text = self.tr("{number} · {warehouse} · {reason} · {lines} · diajukan {day} oleh {user}").format(
                number=w.number, warehouse=w.warehouse_name,
                reason=texts.label(writeoffs.REASON_LABELS[w.reason_kind]), lines=lines_text(w),
                day=indonesian.short_date(clock.local(w.requested_at).date()), user=w.requested_by)
            entry = QListWidgetItem(text)
            entry.setToolTip(text)
            entry.setData(Qt.ItemDataRole.UserRole, w.number)
            self.list.addItem(entry)
        rows = min(len(pending), SHOWN)
        self.list.setFixedHeight(rows * (self.list.sizeHintForRow(0) if rows else 0) + 4)
        self.setVisible(bool(pending))
