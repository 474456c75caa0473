"""The "Kejadian Bencana" page: the incident list (active first) above, the selected incident below.

Writes go through ``ui.ops`` with the acting user; buttons are enabled for koordinator, pejabat and
admin (gudang and pemantau read only), and the services check the role again.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from deployment import incidents as incident_service
from deployment.incidents import IncidentRecord
from deployment.permissions import can_write_incidents
from ui import ops
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.close_dialog import CloseDialog
from ui.pages.incident_data import list_incidents
from ui.pages.incident_detail import IncidentDetail
from ui.pages.incident_dialogs import FiguresDialog, NewIncidentDialog, StatusDialog
from ui.pages.incident_model import IncidentColumn, IncidentListModel
from ui.table_view import setup_table

TEXT_DELAY_MS = 250
REFRESH_AREAS = ("incidents", "volunteers", "dispatches", "stock")


class IncidentsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._want: str | None = None  # an incident just created, selected once the list has it
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, nama, jenis bencana atau wilayah..."))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.reload)
        can_write = can_write_incidents(ctx.actor)
        self.new_button = QPushButton(self.tr("Kejadian baru..."))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.open_new)
        self.new_button.setEnabled(can_write)
        self.figures_button = QPushButton(self.tr("Perbarui data dampak..."))
        self.figures_button.clicked.connect(self.open_figures)
        self.status_button = QPushButton(self.tr("Ubah status..."))
        self.status_button.clicked.connect(self.open_status)
        self.close_button = QPushButton(self.tr("Tutup kejadian..."))
        self.close_button.clicked.connect(self.open_close)
        self.count = QLabel()
        self.count.setObjectName("muted")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.status_button)
        bar.addWidget(self.close_button)
        bar.addWidget(self.figures_button)
        bar.addWidget(self.new_button)

        self.model = IncidentListModel(self)
        self._list_read = ops.CurrentRead(ctx.db, self)  # the list for the text typed last
        self.table = setup_table(QTableView(), self.model, stretch=IncidentColumn.REGIONS, widths={
            IncidentColumn.NUMBER: 125, IncidentColumn.TYPE: 120, IncidentColumn.NAME: 270, IncidentColumn.START: 140,
            IncidentColumn.STATUS: 190, IncidentColumn.PENGUNGSI: 90})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = IncidentDetail(ctx, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([130, 470])
        splitter.setChildrenCollapsible(False)
        self.table.setMinimumHeight(90)

        layout = page_layout(self, self.tr("Kejadian Bencana"),
                             self.tr("Kejadian yang sedang ditangani di atas. Pilih satu kejadian untuk melihat data "
                                     "dampak, kebutuhan, relawan yang bertugas dan pengiriman bantuan."))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        ctx.changes.changed.connect(self._on_changed)
        self._enable()
        self.reload()

    # --- the list --------------------------------------------------------------------------------

    def selected(self) -> IncidentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_number(self) -> str | None:
        record = self.selected()
        return record.number if record else None

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row is not None:
            self.table.selectRow(row)

    def reload(self) -> ops.Op:
        self._timer.stop()
        return self._list_read.start(list_incidents, self.search.text().strip(), on_success=self._listed)

    def _listed(self, rows: list[IncidentRecord]) -> None:
        keep = self._want or self.selected_number()
        self.model.set_rows(rows)
        active = sum(1 for r in rows if r.status != "selesai")
        self.count.setText(self.tr("{active} aktif dari {total} kejadian").format(active=active, total=len(rows)))
        if keep and self.model.row_of(keep) is not None:
            self._want = None
            if self.selected_number() != keep:
                self.select(keep)
            else:
                self.detail.load(keep)  # same row, new figures: the detail reads again
        elif rows and self.selected_number() is None:
            self.table.selectRow(0)  # the most urgent incident, so the page never opens empty
        elif not rows:
            self.detail.load(None)
        self._enable()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.load(self.selected_number())
        self._enable()

    def _enable(self) -> None:
        chosen = can_write_incidents(self.ctx.actor) and self.selected() is not None
        self.figures_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)
        self.close_button.setEnabled(chosen and self.selected().status != "selesai")

    # --- dialogs ---------------------------------------------------------------------------------

    def open_new(self) -> NewIncidentDialog:
        dialog = NewIncidentDialog(self.ctx, parent=self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: NewIncidentDialog) -> None:
        if dialog.created is not None:
            self._want = dialog.created.number
            self.reload()

    def open_figures(self) -> FiguresDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = FiguresDialog(self.ctx, record, parent=self)
        dialog.open()
        return dialog

    def open_status(self) -> StatusDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = StatusDialog(self.ctx, record, parent=self)
        dialog.open()
        return dialog

    def open_close(self) -> CloseDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = CloseDialog(self.ctx, number=record.number, title=self.tr("Tutup kejadian"),
                             subtitle=self.tr("{number} · {name}: status menjadi selesai.").format(
                                 number=record.number, name=record.name),
                             service=incident_service.close_incident, incident=True, parent=self)
        dialog.open()
        return dialog

    # --- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_AREAS):
            self.reload()
