"""Dialogs of the "Kejadian Bencana" page: a new incident, new impact figures, a changed assignment period,
a volunteer's arrival at or departure from the site.

Each checks what it can before writing; the service checks again, and a refusal shows in the dialog,
which stays open.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from deployment import assignments
from deployment import incidents as incident_service
from deployment.assignments import AssignmentRecord
from deployment.incidents import IncidentRecord
from deployment.models import DISASTER_TYPES, EMERGENCY_STATUSES
from deployment.permissions import can_override_assignment
from tagana_app import clock, indonesian, regions
from ui import dates, dialogs, ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.incident_data import RegionChoice, region_choices
from ui.pages.incident_model import FIGURE_LABELS, figure_label, when

MAX_FIGURE = 10_000_000


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(QDate(value) if value else dates.today())
    return edit


class DecreeFields:
    """The decree of the emergency status (SK): number, date and issuer, as the SPT's "Dasar" cites it."""

    def __init__(self, number: str = "", day: date | None = None, issuer: str = "") -> None:
        self.number = QLineEdit(number)
        self.number.setPlaceholderText(QCoreApplication.translate("DecreeFields", "Nomor SK penetapan status (boleh menyusul)"))
        self.day = date_edit(day)
        self.issuer = QLineEdit(issuer)
        self.issuer.setPlaceholderText(QCoreApplication.translate("DecreeFields", "mis. Bupati Bengkulu Tengah"))

    def add_rows(self, form: Any) -> None:
        form.addRow(QCoreApplication.translate("DecreeFields", "Nomor SK"), self.number)
        form.addRow(QCoreApplication.translate("DecreeFields", "Tanggal SK"), self.day)
        form.addRow(QCoreApplication.translate("DecreeFields", "Penerbit SK"), self.issuer)

    def values(self) -> dict[str, Any]:
        """The date only with a number: a decree without a number is not yet a decree."""
        number = self.number.text()
        return {"sk_number": number, "sk_date": self.day.date().toPython() if number.strip() else None,
                "sk_issuer": self.issuer.text()}


def figure_spin(value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    spin.setRange(0, MAX_FIGURE)
    spin.setGroupSeparatorShown(True)
    spin.setValue(value)
    return spin


def fill_kecamatan(combo: QComboBox, choices: Iterable[RegionChoice], first: str) -> None:
    """The kecamatan among ``choices``, after ``first`` (no kecamatan), without signalling a change."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for c in choices:
        if c.code.count(".") == 2:
            combo.addItem(c.name, c.code)
    combo.blockSignals(False)


def fill_desa(combo: QComboBox, choices: Iterable[RegionChoice], kecamatan: str | None) -> None:
    """The desa of ``kecamatan`` after "(seluruh kecamatan)"; disabled while no kecamatan is chosen."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("RegionPicker", "(seluruh kecamatan)"), kecamatan)
    if kecamatan:
        for c in choices:
            if c.code.startswith(kecamatan + "."):
                combo.addItem(f"{c.name} ({c.kind})", c.code)
    combo.setEnabled(bool(kecamatan))


class _EnterAdds(QLineEdit):
    """Enter adds the typed region to the list instead of saving the whole dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def region_completer(owner: QWidget, field: QLineEdit) -> QStringListModel:
    """Region labels offered as ``field`` is typed in (any part matches); the caller fills the model."""
    labels = QStringListModel(owner)
    completer = QCompleter(labels, owner)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    field.setCompleter(completer)
    return labels


def resolve_region(choices: dict[str, RegionChoice], text: str) -> RegionChoice | None:
    """A typed label, code or name: the one region it means, or None."""
    text = text.strip()
    if not text:
        return None
    code = text.rsplit("·", 1)[-1].strip()
    if code in choices:
        return choices[code]
    found = regions.lookup(code) if code[:2].isdigit() else None
    if found is not None and found.level in (3, 4):
        return RegionChoice(found.code, found.name, found.kind, found.path)
    lowered = text.lower()
    exact = [c for c in choices.values() if c.name.lower() == lowered]
    if len(exact) == 1:
        return exact[0]
    partial = [c for c in choices.values() if lowered in c.name.lower()]
    return partial[0] if len(partial) == 1 else None


class RegionPicker(QWidget):
    """Affected kecamatan/desa: type a name or code (names shown as you type), or pick from the lists."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[str, RegionChoice] = {}
        self.text = _EnterAdds()
        self.text.setPlaceholderText(self.tr("Ketik nama atau kode kecamatan/desa, mis. Karang Tinggi atau 17.09.01"))
        self._labels = region_completer(self, self.text)
        self.text.completer().activated.connect(lambda _text: self.add_typed())
        self.text.textChanged.connect(self._hint)
        self.text.returnPressed.connect(self.add_typed)
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        add = QPushButton(self.tr("Tambah"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_picked)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setFixedHeight(84)
        remove = QPushButton(self.tr("Hapus dari daftar"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.hint, 1, 0, 1, 3)
        grid.addWidget(self.kecamatan, 2, 0)
        grid.addWidget(self.desa, 2, 1)
        grid.addWidget(add, 2, 2)
        grid.addWidget(self.list, 3, 0, 1, 3)
        grid.addWidget(remove, 4, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        ops.read(ctx.db, self, region_choices, on_success=self.set_choices)

    def set_choices(self, choices: list[RegionChoice]) -> None:
        self.choices = {c.code: c for c in choices}
        self._labels.setStringList([c.label for c in choices])
        fill_kecamatan(self.kecamatan, choices, self.tr("- pilih kecamatan -"))
        self._fill_desa()

    def _fill_desa(self) -> None:
        fill_desa(self.desa, self.choices.values(), self.kecamatan.currentData())

    def resolve(self, text: str) -> RegionChoice | None:
        return resolve_region(self.choices, text)

    def _hint(self, text: str) -> None:
        found = self.resolve(text)
        if found is not None:
            self.hint.setText(self.tr("{name} ({kind}), {path} · {code}").format(
                name=found.name, kind=found.kind, path=found.path, code=found.code))
            return
        lowered = text.strip().lower()
        matches = [c for c in self.choices.values() if lowered and lowered in c.name.lower()]
        self.hint.setText(self.tr("Cocok: {names}").format(names=", ".join(c.name for c in matches[:6])) if matches
                          else self.tr("Tidak ada wilayah yang cocok.") if lowered else "")

    def add(self, choice: RegionChoice) -> None:
        if choice.code in self.codes():
            return
        item = QListWidgetItem(f"{choice.code}  {choice.name} ({choice.kind})")
        item.setData(Qt.ItemDataRole.UserRole, choice.code)
        self.list.addItem(item)

    def add_typed(self) -> None:
        found = self.resolve(self.text.text())
        if found is not None:
            self.add(found)
            self.text.clear()

    def add_picked(self) -> None:
        code = self.desa.currentData() or self.kecamatan.currentData()
        if code and code in self.choices:
            self.add(self.choices[code])

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]


class NewIncidentDialog(FormDialog):
    """Kejadian baru: type, name, affected regions, start, emergency status with SK and period, posko."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: IncidentRecord | None = None
        self.setWindowTitle(self.tr("Kejadian baru"))
        self.layout_.addWidget(heading(self.tr("Catat kejadian bencana"), self.tr(
            "Nomor kejadian diberikan otomatis. Data dampak diisi lewat \"Perbarui data dampak\".")))
        self.disaster_type = QComboBox()
        for code, label in DISASTER_TYPES.items():
            self.disaster_type.addItem(texts.label(label), code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Banjir Sungai Air Bengkulu"))
        self.regions = RegionPicker(ctx)
        self.started = QDateTimeEdit(dates.this_minute())
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.status = QComboBox()
        for code, label in EMERGENCY_STATUSES.items():
            if code != "selesai":
                self.status.addItem(texts.label(label), code)
        self.status.setCurrentIndex(self.status.findData("tanggap_darurat"))
        self.decree = DecreeFields()
        self.has_period = QCheckBox(self.tr("Masa status"))
        self.status_from = date_edit()
        self.status_to = date_edit(clock.today())
        self.status_to.setDate(dates.today().addDays(13))
        period = QHBoxLayout()
        period.addWidget(self.has_period)
        period.addWidget(self.status_from)
        period.addWidget(QLabel(self.tr("s.d.")))
        period.addWidget(self.status_to)
        period.addStretch(1)
        self.has_period.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        self.posko = QLineEdit()
        self.posko.setPlaceholderText(self.tr("mis. Balai Desa Pasar Pedati"))
        self.form.addRow(self.tr("Jenis bencana"), self.disaster_type)
        self.form.addRow(self.tr("Nama kejadian"), self.name)
        self.form.addRow(self.tr("Wilayah terdampak"), self.regions)
        self.form.addRow(self.tr("Mulai"), self.started)
        self.form.addRow(self.tr("Status darurat"), self.status)
        self.decree.add_rows(self.form)
        self.form.addRow("", period)
        self.form.addRow(self.tr("Lokasi posko"), self.posko)
        self.ok_button.setText(self.tr("Simpan kejadian"))
        self.finish_layout()
        self.setMinimumWidth(600)

    def _period_toggled(self, on: bool) -> None:
        self.status_from.setEnabled(on)
        self.status_to.setEnabled(on)

    def values(self) -> dict[str, Any] | None:
        if not self.name.text().strip():
            self.show_error(self.tr("Nama kejadian wajib diisi."))
            return None
        self.regions.add_typed()
        codes = self.regions.codes()
        if not codes:
            self.show_error(self.tr("Sebutkan paling sedikit satu kecamatan atau desa terdampak."))
            return None
        status_from = self.status_from.date().toPython() if self.has_period.isChecked() else None
        status_to = self.status_to.date().toPython() if self.has_period.isChecked() else None
        if status_from and status_to and status_to < status_from:
            self.show_error(self.tr("Akhir masa status sebelum awalnya."))
            return None
        return {"disaster_type": self.disaster_type.currentData(), "name": self.name.text(), "region_codes": codes,
                "started_at": self.started.dateTime().toPython().replace(tzinfo=clock.zone()), "status": self.status.currentData(),
                **self.decree.values(), "status_from": status_from, "status_to": status_to,
                "posko_location": self.posko.text()}

    def submit(self) -> None:
        values = self.values()
        if values is None:
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, incident_service.add_incident, **values,
                  on_success=self._done, on_error=self.failed)

    def _done(self, record: IncidentRecord) -> None:
        self.set_busy(False)
        self.created = record
        self.accept()


class FiguresDialog(FormDialog):
    """Perbarui data dampak: the new figures start from the current ones; the old report stays in the history."""

    def __init__(self, ctx: AppContext, record: IncidentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.updated: IncidentRecord | None = None
        self.setWindowTitle(self.tr("Perbarui data dampak"))
        self.layout_.addWidget(heading(self.tr("Data dampak {number}").format(number=record.number), self.tr(
            "{name}. Angka sebelumnya tetap tersimpan dalam riwayat.").format(name=record.name)))
        self.spins: dict[str, QSpinBox] = {}
        for name in FIGURE_LABELS:
            spin = figure_spin(getattr(record.figures, name))
            self.spins[name] = spin
            self.form.addRow(figure_label(name), spin)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("mis. laporan posko pukul 16.00"))
        self.form.addRow(self.tr("Catatan"), self.note)
        self.ok_button.setText(self.tr("Simpan data dampak"))
        self.finish_layout()
        self.setMinimumWidth(420)

    def submit(self) -> None:
        figures = {name: spin.value() for name, spin in self.spins.items()}
        try:
            incident_service.check_plausible(incident_service.Figures(**figures))
        except incident_service.ImplausibleFigures as exc:
            self.failed(exc)
            return
        jumps = incident_service.figure_jumps(self.record.figures, incident_service.Figures(**figures))
        if jumps and not dialogs.confirm(self, self.tr("Kenaikan besar"), self.tr(
                "Angka ini naik jauh sejak laporan sebelumnya:\n{jumps}\n\nSudah benar dan tetap disimpan?").format(
                    jumps="\n".join(texts.tr_text(j) for j in jumps))):
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, incident_service.record_figures, self.record.number, figures,
                  note=self.note.text(), on_success=self._done, on_error=self.failed)

    def failed(self, exc: BaseException) -> None:
        """A refusal of one figure (KK above jiwa) puts the focus on that figure, its content selected."""
        super().failed(exc)
        if isinstance(exc, incident_service.ImplausibleFigures):
            self.show_error(self.error.text(), self.spins[exc.fields["figure"]])

    def _done(self, record: IncidentRecord) -> None:
        self.set_busy(False)
        self.updated = record
        self.accept()


class PeriodDialog(FormDialog):
    """Perpanjang (a later end) or Akhiri (an earlier last day) an assignment."""

    def __init__(self, ctx: AppContext, record: AssignmentRecord, *, extend: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record, self.extend = ctx, record, extend
        self.changed: AssignmentRecord | None = None
        title = self.tr("Perpanjang penugasan") if extend else self.tr("Akhiri penugasan lebih awal")
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, self.tr("{name} ({role}), sekarang {start} s.d. {end}.").format(
            name=record.volunteer_name, role=texts.label(record.role_label), start=indonesian.short_date(record.start),
            end=indonesian.short_date(record.end))))
        if extend:
            self.end = date_edit(record.end)
            self.end.setDate(QDate(record.end).addDays(7))
            self.end.setMinimumDate(QDate(record.end).addDays(1))
            self.form.addRow(self.tr("Sampai tanggal"), self.end)
        else:
            self.end = date_edit(max(record.start, min(clock.today(), record.end)))
            self.end.setMinimumDate(QDate(record.start))
            self.end.setMaximumDate(QDate(record.end).addDays(-1))
            self.form.addRow(self.tr("Hari terakhir"), self.end)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("hanya bila perpanjangan ditolak dan Anda mengecualikannya"))
        if extend and can_override_assignment(ctx.actor, made_by=record.created_by):  # not on one's own
            self.form.addRow(self.tr("Alasan pengecualian"), self.reason)
        else:
            self.reason.hide()
        self.ok_button.setText(self.tr("Perpanjang") if extend else self.tr("Akhiri"))
        self.finish_layout()
        self.setMinimumWidth(440)

    def submit(self) -> None:
        new_end = self.end.date().toPython()
        self.error.hide()
        self.set_busy(True)
        if self.extend:
            ops.write(self.ctx, self, assignments.extend_assignment, self.record.id, new_end,
                      override_reason=self.reason.text().strip() or None,
                      on_success=self._done, on_error=self.failed)
        else:
            ops.write(self.ctx, self, assignments.end_assignment, self.record.id, new_end,
                      on_success=self._done, on_error=self.failed)

    def _done(self, record: AssignmentRecord) -> None:
        self.set_busy(False)
        self.changed = record
        self.accept()


class SiteTimeDialog(FormDialog):
    """Check-in or check-out: when the volunteer arrived at or left the site (now, or earlier when the
    coordinator enters it later). The service refuses a departure before the arrival."""

    def __init__(self, ctx: AppContext, record: AssignmentRecord, *, arrival: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record, self.arrival = ctx, record, arrival
        self.saved: AssignmentRecord | None = None
        self.setWindowTitle(self.tr("Check-in") if arrival else self.tr("Check-out"))
        title = self.tr("Catat kedatangan di lokasi") if arrival else self.tr("Catat kepulangan dari lokasi")
        self.layout_.addWidget(heading(title, self.tr("{name} ({role}), penugasan {start} s.d. {end}.").format(
            name=record.volunteer_name, role=texts.label(record.role_label),
            start=indonesian.short_date(record.start), end=indonesian.short_date(record.end))))
        if not arrival and record.checkin_at is not None:
            self.form.addRow(self.tr("Waktu datang"), QLabel(when(record.checkin_at)))
        self.at = QDateTimeEdit(dates.this_minute())
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.at.setMaximumDateTime(dates.this_minute().addSecs(10 * 60))  # not in the future (the service refuses it)
        self.form.addRow(self.tr("Waktu datang") if arrival else self.tr("Waktu pulang"), self.at)
        self.ok_button.setText(self.tr("Catat check-in") if arrival else self.tr("Catat check-out"))
        self.finish_layout()
        self.setMinimumWidth(460)
        self.at.setFocus()

    def moment(self) -> datetime:
        """The chosen local time as a timezone-aware datetime."""
        return self.at.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=clock.zone())

    def submit(self) -> None:
        self.error.hide()
        self.set_busy(True)
        service = assignments.check_in if self.arrival else assignments.check_out
        ops.write(self.ctx, self, service, self.record.id, self.moment(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, record: AssignmentRecord) -> None:
        self.set_busy(False)
        self.saved = record
        self.accept()


class StatusDialog(FormDialog):
    """Ubah status darurat: the status with its decree (SK) number and period, and the posko."""

    def __init__(self, ctx: AppContext, record: IncidentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.updated: IncidentRecord | None = None
        self.setWindowTitle(self.tr("Ubah status darurat"))
        self.layout_.addWidget(heading(self.tr("Status darurat {number}").format(number=record.number),
                                       record.name))
        self.status = QComboBox()
        for code, label in EMERGENCY_STATUSES.items():
            self.status.addItem(texts.label(label), code)
        self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
        self.decree = DecreeFields(record.sk_number, record.sk_date, record.sk_issuer)
        self.status_from = date_edit(record.status_from)
        self.status_to = date_edit(record.status_to or record.status_from)
        period = QHBoxLayout()
        period.addWidget(self.status_from)
        period.addWidget(QLabel(self.tr("s.d.")))
        period.addWidget(self.status_to)
        period.addStretch(1)
        self.posko = QLineEdit(record.posko_location)
        self.form.addRow(self.tr("Status darurat"), self.status)
        self.decree.add_rows(self.form)
        self.form.addRow(self.tr("Masa status"), period)
        self.form.addRow(self.tr("Lokasi posko"), self.posko)
        self.ok_button.setText(self.tr("Simpan status"))
        self.finish_layout()
        self.setMinimumWidth(480)

    def submit(self) -> None:
        start, end = self.status_from.date().toPython(), self.status_to.date().toPython()
        if end < start:
            self.show_error(self.tr("Akhir masa status sebelum awalnya."))
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, incident_service.update_incident, self.record.number,
                  status=self.status.currentData(), **self.decree.values(), status_from=start,
                  status_to=end, posko_location=self.posko.text(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, record: IncidentRecord) -> None:
        self.set_busy(False)
        self.updated = record
        self.accept()
