"""The "Relawan Tagana" page: the volunteer table with search as you type and filters, and a detail view."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from deployment import assignments, personal_data
from deployment import volunteers as vs
from deployment.models import LEVELS, SKILLS, STATUSES
from deployment.permissions import can_export_personal_data, can_import_roster, can_write_volunteers
from tagana_app import clock, regions, settings
from tagana_app.accounts import Actor
from ui import dates, dialogs, duties, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.volunteer_dialogs import VolunteerDialog
from ui.pages.volunteer_import import VolunteerImportDialog
from ui.pages.volunteers_model import Column, VolunteerModel
from ui.table_view import setup_table

TEXT_DELAY_MS = 250  # search as you type, once the typing pauses


def _detail(session: Any, actor: Actor, volunteer_id: int) -> tuple[vs.VolunteerRecord,
                                                                    list[assignments.AssignmentRecord]]:
    return (personal_data.volunteer_record(session, actor, volunteer_id),  # masked for some roles
            assignments.list_assignments(session, volunteer=volunteer_id))


def _filter_choices(session: Any) -> tuple[list[tuple[str, str]], int]:
    """The kecamatan of the office's kabupaten, and its certificate alert period in days."""
    home = settings.get_office(session, settings.HOME_REGION)
    return ([(r.code, r.name) for r in regions.children(home) if r.level == 3],
            settings.get_office(session, settings.CERTIFICATE_ALERT_DAYS))


class VolunteersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = VolunteerModel(ctx.db, self, viewer=ctx.actor)
        self._detail_read = ops.CurrentRead(ctx.db, self)  # the volunteer selected last

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Cari nama, NIK, NIAT atau nomor HP..."))
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._text_timer.start)
        self.text.returnPressed.connect(self.apply_filter)
        self.skill = self._combo(self.tr("Semua keahlian"), SKILLS.items())
        self.level = self._combo(self.tr("Semua jenjang"), LEVELS.items())
        self.status = self._combo(self.tr("Semua status"), STATUSES.items())
        self.kecamatan = self._combo(self.tr("Semua kecamatan"), ())
        self.certificates = self._combo(self.tr("Semua sertifikat"), vs.CERTIFICATE_FILTERS.items())
        self.certificate_days = settings.CERTIFICATE_ALERT_DAYS.default
        self.on_duty = QCheckBox(self.tr("Bertugas hari ini"))
        self.on_duty.setToolTip(self.tr("Hanya relawan yang sedang ditugaskan ke kejadian hari ini"))
        self.on_duty.toggled.connect(self.apply_filter)
        self.available = QCheckBox(self.tr("Tersedia"))
        self.available.setToolTip(self.tr("Hanya relawan yang tidak bertugas, tidak berhalangan dan tidak "
                                          "nonaktif pada seluruh periode"))
        today = dates.today()
        self.available_from = self._date(today)
        self.available_to = self._date(today.addDays(13))
        self.available.toggled.connect(self.apply_filter)
        reset = QPushButton(self.tr("Hapus filter"))
        reset.clicked.connect(lambda: self.clear_filters())
        self.import_button = QPushButton(self.tr("Impor..."))
        self.import_button.setToolTip(self.tr("Impor daftar relawan dari berkas .xlsx atau .csv"))
        self.import_button.setEnabled(can_import_roster(ctx.actor))
        self.import_button.clicked.connect(self.open_import)
        self.add_button = QPushButton(self.tr("Tambah relawan..."))
        self.add_button.setEnabled(can_write_volunteers(ctx.actor))
        self.add_button.clicked.connect(lambda: self.open_volunteer(None))
        self.edit_button = QPushButton(self.tr("Ubah..."))
        self.edit_button.setToolTip(self.tr("Ubah data, keahlian dan sertifikat relawan yang dipilih"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(lambda: self.open_edit())
        self.export_button = QPushButton(self.tr("Ekspor..."))
        self.export_button.setToolTip(self.tr("Simpan relawan yang sesuai filter ke berkas .xlsx"))
        self.export_button.clicked.connect(self.export)
        refused = duties.refusal(can_export_personal_data, ctx.actor)  # personal data: admin and koordinator
        if refused:
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(refused)

        search_row = QHBoxLayout()  # text and the day-based filters, then the buttons
        search_row.addWidget(self.text, 1)
        search_row.addSpacing(8)
        for widget in (self.on_duty, self.available, self.available_from, QLabel(self.tr("s.d.")), self.available_to):
            search_row.addWidget(widget)
        search_row.addSpacing(8)
        search_row.addWidget(reset)
        search_row.addWidget(self.import_button)
        search_row.addWidget(self.export_button)
        filter_row = QHBoxLayout()
        for widget in (self.skill, self.level, self.status, self.kecamatan, self.certificates):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)
        filter_row.addWidget(self.add_button)
        filter_row.addWidget(self.edit_button)

        self.table = setup_table(QTableView(), self.model, stretch=Column.SKILLS, widths={
            Column.NAME: 220, Column.NIK: 140, Column.NIAT: 110, Column.SEX: 40, Column.AGE: 55, Column.KECAMATAN: 140,
            Column.LEVEL: 70, Column.STATUS: 110, Column.PHONE: 130})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.open_edit())

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Pilih satu relawan untuk melihat keahlian, sertifikat dan riwayat "
                                               "penugasannya."))
        self.count = QLabel()
        self.count.setObjectName("muted")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        layout = page_layout(self, self.tr("Relawan Tagana"),
                             self.tr("Anggota Tagana dengan keahlian, sertifikat dan ketersediaannya. Cari dengan "
                                     "nama, NIK, NIAT atau nomor HP."))
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        ctx.changes.changed.connect(self._on_changed)
        self.model.loaded.connect(self._count)
        ops.read(ctx.db, self, _filter_choices, on_success=self._fill_choices)
        self.model.set_filter(vs.VolunteerFilter())

    def _combo(self, everything: str, choices: Any) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(texts.label(label), code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _date(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.dateChanged.connect(lambda _d: self.apply_filter() if self.available.isChecked() else None)
        return edit

    def _fill_choices(self, loaded: tuple[list[tuple[str, str]], int]) -> None:
        kecamatan, self.certificate_days = loaded
        self.kecamatan.blockSignals(True)  # adding choices must not re-filter
        for code, name in kecamatan:
            self.kecamatan.addItem(name, code)
        self.kecamatan.blockSignals(False)
        self.certificates.setItemText(self.certificates.findData("soon"), self.tr(
            "Sertifikat habis dalam {days} hari").format(days=self.certificate_days))
        if self.certificates.currentData() == "soon":
            self.apply_filter()

    # --- filters ---------------------------------------------------------------------------------

    def current_filter(self) -> vs.VolunteerFilter:
        start: date | None = None
        end: date | None = None
        if self.available.isChecked():
            start = self.available_from.date().toPython()
            end = max(start, self.available_to.date().toPython())
        return vs.VolunteerFilter(text=self.text.text().strip(), skill=self.skill.currentData(),
                                  level=self.level.currentData(), status=self.status.currentData(),
                                  region=self.kecamatan.currentData(), available_from=start, available_to=end,
                                  certificates=self.certificates.currentData(), certificate_days=self.certificate_days,
                                  on_duty=clock.today() if self.on_duty.isChecked() else None)

    def apply_filter(self) -> None:
        self._text_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.detail.clear()
            self.model.set_filter(flt)

    def _filter_widgets(self) -> tuple[QWidget, ...]:
        return (self.skill, self.level, self.status, self.kecamatan, self.certificates, self.on_duty, self.available,
                self.text)

    def clear_filters(self, apply: bool = True) -> None:
        for widget in self._filter_widgets():
            widget.blockSignals(True)
        for combo in (self.skill, self.level, self.status, self.kecamatan, self.certificates):
            combo.setCurrentIndex(0)
        self.available.setChecked(False)
        self.on_duty.setChecked(False)
        self.text.clear()
        for widget in self._filter_widgets():
            widget.blockSignals(False)
        if apply:
            self.apply_filter()

    def show_link(self, hint: str) -> None:
        """Open on the list a dashboard figure counts: "on_duty" or "certificates" (expiring soon)."""
        self.clear_filters(apply=False)
        if hint == "on_duty":
            self.on_duty.setChecked(True)  # applies the filter
        elif hint == "certificates":
            self.status.blockSignals(True)
            self.status.setCurrentIndex(self.status.findData("aktif"))  # the figure counts active members
            self.status.blockSignals(False)
            self.certificates.setCurrentIndex(self.certificates.findData("soon"))
        else:
            self.apply_filter()

    def _count(self) -> None:
        self.count.setText(self.tr("{shown} dari {total} relawan ditampilkan").format(
            shown=self.model.rowCount(), total=self.model.total))

    # --- import and export -----------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).id if rows else None

    def open_edit(self) -> VolunteerDialog | None:
        volunteer_id = self.selected_id()
        return self.open_volunteer(volunteer_id) if volunteer_id is not None else None

    def open_volunteer(self, volunteer_id: int | None) -> VolunteerDialog | None:
        """Tambah relawan (None) or Ubah data relawan; the table refreshes from the write's change."""
        if not can_write_volunteers(self.ctx.actor):
            return None
        dialog = VolunteerDialog(self.ctx, volunteer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import(self) -> VolunteerImportDialog | None:
        if not can_import_roster(self.ctx.actor):
            return None
        dialog = VolunteerImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self) -> None:
        if not can_export_personal_data(self.ctx.actor):
            return
        path = dialogs.save_file_name(self, self.tr("Ekspor relawan"), "relawan.xlsx",
                                      self.tr("Buku kerja Excel (*.xlsx)"))
        if path is None:
            return
        ops.write(self.ctx, self, personal_data.export_volunteers, path, self.model.filter,  # audited
                  progress=self.tr("Mengekspor daftar relawan..."),
                on_success=lambda n: dialogs.inform(self, self.tr("Ekspor relawan"), self.tr(
                    "{n} relawan ditulis ke {path}.").format(n=n, path=path)))

    # --- detail and refresh ------------------------------------------------------------------------

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.edit_button.setEnabled(bool(rows) and can_write_volunteers(self.ctx.actor))
        if not rows:
            self._detail_read.drop()
            self.detail.clear()
            return
        self._detail_read.start(_detail, self.ctx.actor, self.model.row(rows[0].row()).id, on_success=self._show_detail)

    def _show_detail(self, found: tuple[vs.VolunteerRecord, list[assignments.AssignmentRecord]]) -> None:
        r, history = found
        lines = [f"{r.full_name}  ·  NIK {r.nik}" + (f"  ·  NIAT {r.niat}" if r.niat else ""),
                 self.tr("{sex}, lahir {birth} ({age} tahun), {level}, {status}").format(
                     sex=r.sex, birth=r.birth_date.strftime("%d-%m-%Y"), age=r.age,
                     level=texts.label(LEVELS.get(r.level, r.level)), status=texts.label(STATUSES.get(r.status, r.status))),
                 self.tr("Wilayah: {region} ({code}); HP {phone}").format(
                     region=r.region_name, code=r.region_code, phone=r.phone or "-")]
        if r.emergency_contact:
            lines.append(self.tr("Kontak darurat: {name} {phone}").format(name=r.emergency_contact,
                                                                          phone=r.emergency_phone or ""))
        for s in r.skills:
            expiry = s.certificate_expiry.strftime("%d-%m-%Y") if s.certificate_expiry else "-"
            lines.append(self.tr("Keahlian: {skill}, sertifikat berlaku s.d. {expiry}{expired}").format(
                skill=texts.label(s.label), expiry=expiry, expired=self.tr(" (HABIS BERLAKU)") if s.expired else ""))
        for u in r.unavailability:
            lines.append(self.tr("Tidak tersedia {start} s.d. {end}: {reason}").format(
                start=u.start.strftime("%d-%m-%Y"), end=u.end.strftime("%d-%m-%Y"), reason=u.reason))
        for h in history:
            lines.append(self.tr("Penugasan {incident} ({name}) sebagai {role}: {start} s.d. {end}").format(
                incident=h.incident_number, name=h.incident_name, role=texts.label(h.role_label),
                start=h.start.strftime("%d-%m-%Y"), end=h.end.strftime("%d-%m-%Y")))
        lines += [self.tr("Peringatan: {text}").format(text=texts.tr_text(w)) for w in r.warnings]
        self.detail.setPlainText("\n".join(lines))

    def refresh(self) -> None:
        self.model.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("volunteers", "incidents"):
            self.refresh()
