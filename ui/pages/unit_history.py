"""The history of one serial unit (opened by scanning its label into the stock page's search box):
where it is, its condition, and every movement and condition change (inventory.equipment)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory import equipment
from tagana_app import clock, indonesian
from ui import errors, ops, texts
from ui.context import AppContext
from ui.form_dialog import heading
from ui.table_view import setup_table


def _unit_and_history(session: Any, item: str, serial: str) -> tuple[equipment.UnitInfo, list[equipment.UnitEvent]]:
    return equipment.get_unit(session, item, serial), equipment.unit_history(session, item, serial)


class UnitHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, item: str, serial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Riwayat unit {serial}").format(serial=serial))
        self.setMinimumSize(760, 420)
        self.resize(980, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Riwayat unit peralatan"), ""))
        self.summary = QLabel(self.tr("memuat..."))
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.table = setup_table(QTableWidget(0, 4), stretch_last=True)
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Kejadian"), self.tr("Petugas"),
                                              self.tr("Rincian")])
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.loaded = False
        ops.read(ctx.db, self, _unit_and_history, item, serial, on_success=lambda r: self._show(*r),
                 on_error=self._failed)

    def _show(self, unit: equipment.UnitInfo, events: list[equipment.UnitEvent]) -> None:
        self.summary.setText(self.tr("{name} ({item}), nomor seri {serial}: kondisi {condition}; {place}.").format(
            name=unit.item_name, item=unit.item, serial=unit.serial, condition=texts.label(unit.condition),
            place=texts.tr_text(unit.place)))
        self.table.setRowCount(len(events))
        for r, e in enumerate(events):
            when = clock.local(e.at)
            for c, value in enumerate((f"{indonesian.short_date(when)} {when:%H:%M}", texts.label(e.what),
                                       e.username, e.detail)):
                self.table.setItem(r, c, QTableWidgetItem(value))
                self.table.item(r, c).setToolTip(value)
        for c in range(3):  # the details take the rest of the width (wrapped), never a scroll bar
            self.table.resizeColumnToContents(c)
        self.table.resizeRowsToContents()
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        self.summary.hide()
        self.error.setText(errors.error_text(exc))
        self.error.show()
        self.loaded = True
