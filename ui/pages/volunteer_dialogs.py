"""The "Tambah relawan" and "Ubah data relawan" dialog of the "Relawan Tagana" page.

One dialog for both: the person's data (NIK checked as it is typed into the service: 16 digits, a known
region, a birth date that can be; a birth date or sex that disagrees with the NIK is asked about first),
the skills with their training date and certificate expiry, and optionally a period of unavailability.
Everything is saved in one write (``deployment.volunteers.save_volunteer``); a refusal shows in the dialog,
on the field it concerns, and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deployment import volunteers as vs
from deployment.errors import DuplicateNIAT, DuplicateNIK, InvalidNIK, InvalidPhone
from deployment.models import LEVELS, SEXES, SKILLS, STATUSES
from deployment.validate import check_nik, kecamatan_of
from tagana_app import clock, indonesian
from tagana_app.errors import TaganaError
from ui import dates, dialogs, ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.incident_data import RegionChoice, region_choices
from ui.pages.incident_dialogs import fill_desa, fill_kecamatan


def _load(session: Any, volunteer_id: int | None) -> tuple[list[RegionChoice], vs.VolunteerRecord | None]:
    """The kecamatan and desa to choose from, and the volunteer being changed."""
    return region_choices(session), vs.get_volunteer(session, volunteer_id) if volunteer_id is not None else None


def _combo(choices: Any, first: str | None = None) -> QComboBox:
    combo = QComboBox()
    if first is not None:
        combo.addItem(first, None)
    for code, label in choices:
        combo.addItem(texts.label(label), code)
    return combo


def _select(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _day(value: Any) -> str:
    return indonesian.short_date(value) if value else "-"


class SkillsEditor(QGroupBox):
    """The volunteer's skills: pick one, its training date and certificate expiry (both may stay empty),
    "Simpan keahlian" adds it or renews its dates; a row selected shows its dates to change or remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Keahlian dan sertifikat"))
        self.skills: dict[str, vs.SkillInput] = {}
        self.skill = _combo(SKILLS.items())
        self.trained_on = dates.DateField()
        self.expiry = dates.DateField()
        self.add_button = QPushButton(self.tr("Simpan keahlian"))
        self.remove_button = QPushButton(self.tr("Hapus keahlian"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Keahlian"), self.tr("Pelatihan"),
                                              self.tr("Sertifikat berlaku s.d.")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFixedHeight(110)
        self.table.itemSelectionChanged.connect(self._picked)

        editor = QHBoxLayout()
        editor.addWidget(self.skill, 1)
        editor.addWidget(QLabel(self.tr("Pelatihan")))
        editor.addWidget(self.trained_on)
        editor.addWidget(QLabel(self.tr("Sertifikat s.d.")))
        editor.addWidget(self.expiry)
        editor.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(editor)
        below = QHBoxLayout()
        below.addWidget(self.table, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)

    def set_skills(self, skills: Any) -> None:
        self.skills = {s.skill: vs.SkillInput(s.skill, s.trained_on, s.certificate_expiry) for s in skills}
        self._show()

    def add_current(self) -> None:
        code = self.skill.currentData()
        self.skills[code] = vs.SkillInput(code, self.trained_on.value(), self.expiry.value())
        self._show(code)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.skills.pop(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole), None)
            self._show()

    def _show(self, current: str | None = None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, s in enumerate(sorted(self.skills.values(), key=lambda s: s.skill)):
            self.table.insertRow(row)
            name = QTableWidgetItem(texts.label(SKILLS[s.skill]))
            name.setData(Qt.ItemDataRole.UserRole, s.skill)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(_day(s.trained_on)))
            expiry = QTableWidgetItem(_day(s.certificate_expiry))
            if s.certificate_expiry and s.certificate_expiry < clock.today():
                expiry.setForeground(QColor("#b3261e"))
                expiry.setToolTip(self.tr("Sertifikat sudah habis berlaku"))
            self.table.setItem(row, 2, expiry)
            if s.skill == current:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            s = self.skills[self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)]
            _select(self.skill, s.skill)
            self.trained_on.set_value(s.trained_on)
            self.expiry.set_value(s.certificate_expiry)

    def values(self) -> tuple[vs.SkillInput, ...]:
        return tuple(self.skills.values())


class VolunteerDialog(FormDialog):
    """Tambah relawan (``volunteer_id`` None) or Ubah data relawan."""

    def __init__(self, ctx: AppContext, volunteer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.volunteer_id = ctx, volunteer_id
        self.saved: vs.VolunteerRecord | None = None
        self._confirmed: set[str] = set()  # the NIK's notes the person said yes to
        self.choices: dict[str, RegionChoice] = {}
        adding = volunteer_id is None
        title = self.tr("Tambah relawan") if adding else self.tr("Ubah data relawan")
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, self.tr(
            "NIK diperiksa: 16 angka, kode wilayah, tanggal lahir dan jenis kelamin. Tanggal lahir, jenis kelamin "
            "dan wilayah yang dikosongkan diambil dari NIK.")))
        self.nik = QLineEdit()
        self.nik.setMaxLength(22)  # 16 digits, perhaps written with spaces or dots
        self.nik.setPlaceholderText(self.tr("16 angka, mis. 1709011403950001"))
        self.niat = QLineEdit()
        self.niat.setMaxLength(40)
        self.niat.setPlaceholderText(self.tr("nomor induk anggota Tagana (bila ada)"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.sex = _combo(SEXES.items(), self.tr("- dari NIK -"))
        self.birth = dates.DateField()
        self.birth.setToolTip(self.tr("Kosongkan untuk mengambil tanggal lahir dari NIK"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("mis. 0812 3456 7890"))
        self.address = QLineEdit()
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        self.level = _combo(LEVELS.items())
        self.status = _combo(STATUSES.items())
        self.emergency_contact = QLineEdit()
        self.emergency_contact.setPlaceholderText(self.tr("nama dan hubungan, mis. Siti (istri)"))
        self.emergency_phone = QLineEdit()
        self.remarks = QLineEdit()
        self.skills = SkillsEditor()
        self.away = QCheckBox(self.tr("Tidak tersedia"))
        self.away_from = dates.DateField(dates.today().toPython())
        self.away_to = dates.DateField(dates.today().addDays(6).toPython())
        self.away_reason = QLineEdit()
        self.away_reason.setPlaceholderText(self.tr("alasan, mis. ujian sekolah"))
        self.away.toggled.connect(self._away_toggled)
        self._away_toggled(False)

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(10)
        left.addRow(self.tr("NIK"), self.nik)
        left.addRow(self.tr("Nama lengkap"), self.name)
        left.addRow(self.tr("Jenis kelamin"), self.sex)
        left.addRow(self.tr("Tanggal lahir"), self.birth)
        left.addRow(self.tr("NIAT"), self.niat)
        left.addRow(self.tr("Nomor HP"), self.phone)
        left.addRow(self.tr("Alamat"), self.address)
        right.addRow(self.tr("Kecamatan"), self.kecamatan)
        right.addRow(self.tr("Desa/kelurahan"), self.desa)
        right.addRow(self.tr("Jenjang"), self.level)
        right.addRow(self.tr("Status"), self.status)
        right.addRow(self.tr("Kontak darurat"), self.emergency_contact)
        right.addRow(self.tr("HP kontak darurat"), self.emergency_phone)
        right.addRow(self.tr("Catatan"), self.remarks)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        away = QHBoxLayout()
        for widget in (self.away, self.away_from, QLabel(self.tr("s.d.")), self.away_to):
            away.addWidget(widget)
        away.addWidget(self.away_reason, 1)
        self.form.addRow(columns)
        self.form.addRow(self.skills)
        self.form.addRow(away)
        self.ok_button.setText(self.tr("Simpan relawan"))
        self.finish_layout()
        self.setMinimumWidth(900)
        self.ok_button.setEnabled(False)  # until the regions (and the volunteer) are read
        ops.read(ctx.db, self, _load, volunteer_id, on_success=self._loaded, on_error=self.failed)
        self.nik.setFocus()

    # --- filling -----------------------------------------------------------------------------------

    def _loaded(self, loaded: tuple[list[RegionChoice], vs.VolunteerRecord | None]) -> None:
        choices, record = loaded
        self.choices = {c.code: c for c in choices}
        fill_kecamatan(self.kecamatan, choices, self.tr("- dari NIK -"))
        self._fill_desa()
        if record is not None:
            self._show_record(record)
        self.ok_button.setEnabled(True)

    def _fill_desa(self) -> None:
        fill_desa(self.desa, self.choices.values(), self.kecamatan.currentData())

    def _show_record(self, r: vs.VolunteerRecord) -> None:
        self.nik.setText(r.nik)
        self.niat.setText(r.niat or "")
        self.name.setText(r.full_name)
        _select(self.sex, r.sex)
        self.birth.set_value(r.birth_date)
        self.phone.setText(r.phone or "")
        self.address.setText(r.address)
        kec = kecamatan_of(r.region_code)
        if self.kecamatan.findData(kec) < 0:  # from outside the office's kabupaten: kept as it is
            self.kecamatan.addItem(kec, kec)
        _select(self.kecamatan, kec)
        if self.desa.findData(r.region_code) < 0:
            self.desa.addItem(f"{r.region_name} ({r.region_code})", r.region_code)
        _select(self.desa, r.region_code)
        _select(self.level, r.level)
        _select(self.status, r.status)
        self.emergency_contact.setText(r.emergency_contact)
        self.emergency_phone.setText(r.emergency_phone or "")
        self.remarks.setText(r.remarks)
        self.skills.set_skills(r.skills)

    def _away_toggled(self, on: bool) -> None:
        for widget in (self.away_from, self.away_to, self.away_reason):
            widget.setEnabled(on)

    # --- saving ------------------------------------------------------------------------------------

    def data(self) -> vs.VolunteerInput:
        return vs.VolunteerInput(
            nik=self.nik.text(), full_name=self.name.text(), region_code=self.desa.currentData() or "",
            sex=self.sex.currentData(), birth_date=self.birth.value(), niat=self.niat.text(), phone=self.phone.text(),
            address=self.address.text(), level=self.level.currentData(), status=self.status.currentData(),
            skills=self.skills.values(), emergency_contact=self.emergency_contact.text(),
            emergency_phone=self.emergency_phone.text(), remarks=self.remarks.text())

    def unavailable(self) -> vs.UnavailabilityInput | None:
        if not self.away.isChecked():
            return None
        start, end = self.away_from.value(), self.away_to.value()
        return vs.UnavailabilityInput(start or end or dates.today().toPython(), end or start or
                                      dates.today().toPython(), self.away_reason.text())

    def submit(self) -> None:
        data = self.data()
        try:  # the NIK's own disagreements are asked about before anything is written
            warnings = check_nik(data.nik, birth_date=data.birth_date, sex=data.sex).warnings
        except TaganaError as exc:
            self.failed(exc)
            return
        self._confirmed = set(warnings)
        if warnings and not dialogs.confirm(self, self.tr("Periksa NIK"), self.tr(
                "{problems}\n\nTetap simpan dengan data yang diketik?").format(
                    problems="\n".join(texts.tr_text(w) for w in warnings))):
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, vs.save_volunteer, self.volunteer_id, data, self.unavailable(),
                  on_success=self._done, on_error=self.failed)

    def failed(self, exc: BaseException) -> None:
        """The refusal in the dialog, the focus on the field it is about."""
        super().failed(exc)
        field = self._field_of(exc)
        if field is not None and isinstance(exc, TaganaError):
            self.show_error(self.error.text(), field)

    def _field_of(self, exc: BaseException) -> QWidget | None:
        if isinstance(exc, InvalidNIK | DuplicateNIK):
            return self.nik
        if isinstance(exc, DuplicateNIAT):
            return self.niat
        if isinstance(exc, InvalidPhone):
            return self.emergency_phone if exc.fields.get("phone") == self.emergency_phone.text() and \
                exc.fields.get("phone") != self.phone.text() else self.phone
        if isinstance(exc, TaganaError) and exc.template.startswith("Nama lengkap"):
            return self.name
        if isinstance(exc, TaganaError) and exc.template.startswith("Alasan tidak tersedia"):
            return self.away_reason
        return None

    def _done(self, record: vs.VolunteerRecord) -> None:
        """Saved; what the service noted besides (an age that does not fit the status, a certificate that has
        run out, an assignment in the unavailable days) is said once, the NIK's notes were asked already."""
        self.set_busy(False)
        self.saved = record
        notes = [texts.tr_text(w) for w in record.warnings if w not in self._confirmed]
        self.accept()
        if notes:
            dialogs.inform(self.parentWidget(), self.windowTitle(), self.tr("{name} tersimpan, dengan catatan:\n{notes}")
                           .format(name=record.full_name, notes="\n".join(notes)))
