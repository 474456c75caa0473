"""The emergency status of an incident ("Status darurat..."): its history of decrees and extensions, and the
two dialogs that add to it (a new status with its decree and period; an extension by a new decree).

Buffer stock (a lumbung sosial) leaves only on a day this history declares an emergency
(``deployment.dispatch.release``), so the dialog says what is in force today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from enum import IntEnum

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deployment import emergency
from deployment.emergency import StatusEntry
from deployment.models import EMERGENCY_STATUSES
from deployment.permissions import can_write_incidents
from tagana_app import clock, indonesian
from ui import ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.incident_dialogs import date_edit
from ui.pages.incident_model import GREEN, RED, day
from ui.table_model import Col, TableModel
from ui.table_view import setup_table


class StatusColumn(IntEnum):
    KIND = 0
    STATUS = 1
    DECREE = 2
    DECREE_DATE = 3
    ISSUER = 4
    PERIOD = 5
    BY = 6


def _period(e: StatusEntry) -> str:
    start = indonesian.short_date(e.valid_from)
    return f"{start} – {indonesian.short_date(e.valid_to)}" if e.valid_to else f"{start} –"


class StatusHistoryModel(TableModel[StatusEntry]):
    """Each status and extension of an incident, newest first."""

    columns = StatusColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Jenis"), lambda e: texts.label(e.kind_label)),
            Col(self.tr("Status"), lambda e: texts.label(e.status_label)),
            Col(self.tr("Nomor SK"), lambda e: e.decree_number or "-"),
            Col(self.tr("Tanggal SK"), lambda e: day(e.decree_date)),
            Col(self.tr("Penerbit"), lambda e: e.issuer),
            Col(self.tr("Masa berlaku"), _period),
            Col(self.tr("Dicatat oleh"), lambda e: e.recorded_by),
        ], key=lambda e: e.id, parent=parent)


class EmergencyStatusDialog(QDialog):
    """The history of an incident's emergency status, with "Tetapkan status..." and "Perpanjang..."."""

    def __init__(self, ctx: AppContext, number: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.number, self.name = ctx, number, name
        self.history: list[StatusEntry] = []
        self.setWindowTitle(self.tr("Status darurat {number}").format(number=number))
        self.model = StatusHistoryModel(self)
        self.table = setup_table(QTableView(), self.model, stretch=StatusColumn.ISSUER, widths={
            StatusColumn.KIND: 120, StatusColumn.STATUS: 150, StatusColumn.DECREE: 180,
            StatusColumn.DECREE_DATE: 95, StatusColumn.PERIOD: 175, StatusColumn.BY: 100})
        self.today = QLabel()
        self.today.setWordWrap(True)
        self.set_button = QPushButton(self.tr("Tetapkan status..."))
        self.set_button.setObjectName("primary")
        self.set_button.clicked.connect(self.open_set)
        self.extend_button = QPushButton(self.tr("Perpanjang..."))
        self.extend_button.clicked.connect(self.open_extend)
        for button in (self.set_button, self.extend_button):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.set_button)
        bar.addWidget(self.extend_button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Status keadaan darurat"), self.tr(
            "{number} · {name}. Barang dari gudang yang memerlukan status darurat (lumbung sosial) hanya keluar "
            "pada hari yang dicakup SK siaga darurat, tanggap darurat atau transisi darurat.").format(
            number=number, name=name)))
        layout.addWidget(self.today)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(1080, 460)
        self._enable()
        self.reload()

    def reload(self) -> None:
        ops.read(self.ctx.db, self, emergency.status_history, self.number, on_success=self.show_history)

    def show_history(self, history: list[StatusEntry]) -> None:
        self.history = history
        self.model.set_rows(list(reversed(history)))
        found = emergency.in_force(history, clock.today())
        if found is not None and found.declared:
            text = self.tr("Berlaku hari ini: {status}, SK {decree} ({issuer}), sampai {end}.").format(
                status=texts.label(found.status_label), decree=found.decree_number, issuer=found.issuer or "-",
                end=day(found.valid_to) or self.tr("tanpa batas"))
            self.today.setText(f"<span style='color:{GREEN}'>{text}</span>")
        else:
            text = self.tr("Hari ini tidak ada status darurat dengan SK yang berlaku.")
            self.today.setText(f"<span style='color:{RED}'>{text}</span>")
        self._enable()

    def current(self) -> StatusEntry | None:
        """The last recorded entry: the one an extension continues."""
        return self.history[-1] if self.history else None

    def _enable(self) -> None:
        may = can_write_incidents(self.ctx.actor)
        last = self.current()
        self.set_button.setEnabled(may)
        self.extend_button.setEnabled(may and last is not None and last.status in emergency.DECLARED_STATUSES
                                      and last.valid_to is not None)

    def open_set(self) -> SetStatusDialog | None:
        if not self.set_button.isEnabled():
            return None
        dialog = SetStatusDialog(self.ctx, self.number, self.current(), parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def open_extend(self) -> ExtendStatusDialog | None:
        last = self.current()
        if not self.extend_button.isEnabled() or last is None:
            return None
        dialog = ExtendStatusDialog(self.ctx, self.number, last, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog


class _EntryDialog(FormDialog):
    """A dialog that adds one entry to the history: its decree's number and date, the write, the saved entry."""

    def __init__(self, ctx: AppContext, number: str, title: str, subtitle: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.number = ctx, number
        self.saved: StatusEntry | None = None
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, subtitle))
        self.decree_number = QLineEdit()
        self.decree_date = date_edit(clock.today())
        self.decree_date.setMaximumDate(QDate(clock.today()))  # a decree recorded here is already issued

    def _write(self, service: Callable[..., StatusEntry], *args: object) -> None:
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, service, self.number, *args, on_success=self._done, on_error=self.failed)

    def _done(self, entry: StatusEntry) -> None:
        self.set_busy(False)
        self.saved = entry
        self.accept()


class SetStatusDialog(_EntryDialog):
    """A new emergency status with its decree (number, date, issuer) and period."""

    def __init__(self, ctx: AppContext, number: str, last: StatusEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, number, self.tr("Tetapkan status darurat"), self.tr(
            "Kejadian {number}: status dan SK yang menetapkannya.").format(number=number), parent)
        self.status = QComboBox()
        for code, label in EMERGENCY_STATUSES.items():
            self.status.addItem(texts.label(label), code)
        self.status.setCurrentIndex(self.status.findData(last.status if last else "tanggap_darurat"))
        self.decree_number.setPlaceholderText(self.tr("mis. 360/123/B.IV/2026"))
        self.issuer = QLineEdit(last.issuer if last else "")
        self.issuer.setPlaceholderText(self.tr("mis. Bupati Bengkulu Tengah"))
        self.valid_from = date_edit(clock.today())
        self.valid_to = date_edit(clock.today() + timedelta(days=13))  # the usual 14 days of tanggap darurat
        self.status.currentIndexChanged.connect(self._ends)
        self._ends()
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Nomor SK"), self.decree_number)
        self.form.addRow(self.tr("Tanggal SK"), self.decree_date)
        self.form.addRow(self.tr("Penerbit SK"), self.issuer)
        self.form.addRow(self.tr("Berlaku mulai"), self.valid_from)
        self.form.addRow(self.tr("Sampai"), self.valid_to)
        self.ok_button.setText(self.tr("Tetapkan"))
        self.finish_layout()
        self.setMinimumWidth(480)

    def _ends(self) -> None:
        self.valid_to.setEnabled(self.status.currentData() != "selesai")  # "selesai" has no end

    def submit(self) -> None:
        ended = self.status.currentData() == "selesai"
        self._write(emergency.set_status, self.status.currentData(), self.decree_number.text(),
                    self.decree_date.date().toPython(), self.issuer.text(), self.valid_from.date().toPython(),
                    None if ended else self.valid_to.date().toPython())


class ExtendStatusDialog(_EntryDialog):
    """The current status continued to a later day by a new decree."""

    def __init__(self, ctx: AppContext, number: str, last: StatusEntry, parent: QWidget | None = None) -> None:
        assert last.valid_to is not None
        super().__init__(ctx, number, self.tr("Perpanjang status darurat"), self.tr(
            "Kejadian {number}: {status} sampai {end}.").format(
            status=texts.label(last.status_label), number=number, end=day(last.valid_to)), parent)
        self.to = date_edit(last.valid_to + timedelta(days=14))
        self.to.setMinimumDate(QDate(last.valid_to + timedelta(days=1)))
        self.decree_number.setPlaceholderText(self.tr("nomor SK perpanjangan"))
        self.form.addRow(self.tr("Sampai tanggal"), self.to)
        self.form.addRow(self.tr("Nomor SK"), self.decree_number)
        self.form.addRow(self.tr("Tanggal SK"), self.decree_date)
        self.ok_button.setText(self.tr("Perpanjang"))
        self.finish_layout()
        self.setMinimumWidth(440)

    def submit(self) -> None:
        self._write(emergency.extend_status, self.to.date().toPython(), self.decree_number.text(),
                    self.decree_date.date().toPython())
