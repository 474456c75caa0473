"""The posko's "Relawan" page: the assignments of the posko's incident, with their check-in and check-out
(``SiteTimeDialog``, as on the incident's volunteers tab).  Assignments themselves are the office's."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from deployment import assignments
from deployment.assignments import AssignmentRecord
from deployment.models import Incident
from deployment.permissions import can_assign
from ui import ops
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.incident_dialogs import SiteTimeDialog
from ui.pages.incident_model import AssignmentColumn, AssignmentModel
from ui.table_view import setup_table


def posko_assignments(session: Any, incident_id: int | None) -> list[AssignmentRecord]:
    incident = session.get(Incident, incident_id) if incident_id is not None else None
    return assignments.list_assignments(session, incident=incident.number) if incident is not None else []


class PoskoVolunteersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may = can_assign(ctx.actor)
        self._read = ops.CurrentRead(ctx.db, self)
        self.model = AssignmentModel(self)
        self.table = setup_table(QTableView(), self.model, stretch=AssignmentColumn.NAME, widths={
            AssignmentColumn.NIAT: 140, AssignmentColumn.ROLE: 150, AssignmentColumn.START: 100,
            AssignmentColumn.END: 100, AssignmentColumn.DAYS: 50, AssignmentColumn.CHECKIN: 140,
            AssignmentColumn.CHECKOUT: 140})
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.checkin_button = QPushButton(self.tr("Check-in..."))
        self.checkin_button.setObjectName("primary")
        self.checkin_button.clicked.connect(self.check_in)
        self.checkout_button = QPushButton(self.tr("Check-out..."))
        self.checkout_button.clicked.connect(self.check_out)
        self.count = QLabel()
        self.count.setObjectName("muted")
        bar = QHBoxLayout()
        bar.addWidget(self.checkin_button)
        bar.addWidget(self.checkout_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = page_layout(self, self.tr("Relawan"), self.tr(
            "Relawan yang ditugaskan kantor ke kejadian posko ini: catat kedatangan (check-in) dan kepulangan "
            "(check-out) mereka di lokasi."))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        ctx.changes.changed.connect(self._on_changed)
        self._enable()
        self.refresh()

    def refresh(self) -> None:
        incident_id = self.ctx.posko.incident_id if self.ctx.posko is not None else None
        self._read.start(posko_assignments, incident_id, on_success=self.show_rows)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("volunteers", "incidents"):
            self.refresh()

    def show_rows(self, rows: list[AssignmentRecord]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None and self.model.row_of(keep.id) is not None:
            self.table.selectRow(self.model.row_of(keep.id))
        on_site = sum(1 for r in rows if r.checkin_at is not None and r.checkout_at is None)
        self.count.setText(self.tr("{n} penugasan, {on_site} relawan di lokasi").format(n=len(rows), on_site=on_site))
        self._enable()

    def selected(self) -> AssignmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        a = self.selected()
        self.checkin_button.setEnabled(self.may and a is not None and a.checkin_at is None and not a.pending)
        self.checkout_button.setEnabled(self.may and a is not None and a.checkin_at is not None
                                        and a.checkout_at is None)

    def _site_time(self, arrival: bool) -> SiteTimeDialog | None:
        a = self.selected()
        button = self.checkin_button if arrival else self.checkout_button
        if a is None or not button.isEnabled():
            return None
        dialog = SiteTimeDialog(self.ctx, a, arrival=arrival, parent=self)
        dialog.open()
        return dialog

    def check_in(self) -> SiteTimeDialog | None:
        return self._site_time(True)

    def check_out(self) -> SiteTimeDialog | None:
        return self._site_time(False)
