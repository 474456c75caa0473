"""The selected incident, in tabs: impact figures and their history, needs against stock, volunteers on
duty and planned (with the assignment dialog), suggested volunteers, and the incident's dispatches."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deployment import assignments
from deployment.assignments import AssignmentRecord, Suggestion
from deployment.dispatch import lifecycle
from deployment.incidents import IncidentRecord
from deployment.models import SKILLS
from deployment.permissions import can_assign, can_override_assignment
from tagana_app import clock, indonesian
from ui import ops, texts
from ui.context import AppContext
from ui.pages.assignment_dialog import AssignmentDialog, OverrideApprovalDialog, VoidDialog, assign_checked
from ui.pages.emergency_dialogs import EmergencyStatusDialog
from ui.pages.incident_data import IncidentView, incident_needs, incident_view
from ui.pages.incident_dialogs import PeriodDialog, SiteTimeDialog, date_edit
from ui.pages.incident_model import (
    FIGURE_LABELS,
    GREEN,
    RED,
    AssignmentColumn,
    AssignmentModel,
    DispatchColumn,
    EquipmentColumn,
    EquipmentOutModel,
    FiguresHistoryModel,
    HandedColumn,
    HandedOverModel,
    HistoryColumn,
    IncidentDispatchModel,
    NeedsColumn,
    NeedsModel,
    SuggestionColumn,
    SuggestionModel,
    day,
    figure_label,
    when,
)
from ui.pages.needs_dialogs import NeedsDispatchDialog, ProvinceLetterDialog
from ui.pages.summary_dialog import SummaryDialog
from ui.table_view import setup_table

DEFAULT_NEED_DAYS = 7


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class IncidentDetail(QFrame):
    """Read again by the page when the incident list is (after any change it shows); the dialogs opened
    here do not read it a second time when they close."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: IncidentView | None = None
        self.number: str | None = None
        self._read = ops.CurrentRead(ctx.db, self)  # the incident selected last
        self.can_write = can_assign(ctx.actor)  # the volunteers tab: assign, check in and out, extend, end
        self.title = QLabel(self.tr("Pilih kejadian di daftar untuk melihat rinciannya."))
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.info = muted()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._impact_tab(), self.tr("Dampak"))
        self.tabs.addTab(self._needs_tab(), self.tr("Kebutuhan"))
        self.tabs.addTab(self._crew_tab(), self.tr("Relawan"))
        self.tabs.addTab(self._suggest_tab(), self.tr("Usulan relawan"))
        self.tabs.addTab(self._dispatch_tab(), self.tr("Pengiriman"))
        self.status_button = QPushButton(self.tr("Status darurat..."))
        self.status_button.clicked.connect(self.open_emergency_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.summary_button = QPushButton(self.tr("Ringkasan WhatsApp..."))
        self.summary_button.clicked.connect(self.open_summary)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status_button)
        top.addWidget(self.summary_button)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        self.show_view(None)

    # --- tabs --------------------------------------------------------------------------------------

    def _impact_tab(self) -> QWidget:
        box = QWidget()
        self.figure_values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for column, name in enumerate(FIGURE_LABELS):
            value = QLabel("0")
            value.setStyleSheet("font-size: 17px; font-weight: 600; color: #173b5c;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = muted(figure_label(name))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.figure_values[name] = value
        grid.setColumnStretch(len(FIGURE_LABELS), 1)
        self.history = FiguresHistoryModel(self)
        self.history_table = setup_table(QTableView(), self.history, stretch=HistoryColumn.NOTE, widths={
            HistoryColumn.AT: 145, **dict.fromkeys(range(HistoryColumn.KK, HistoryColumn.NOTE), 86)})
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addWidget(section(self.tr("Riwayat laporan dampak (terbaru di atas)")))
        layout.addWidget(self.history_table, 1)
        return box

    def _needs_tab(self) -> QWidget:
        box = QWidget()
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_NEED_DAYS)
        self.days.setSuffix(self.tr(" hari"))
        self.days.valueChanged.connect(self.load_needs)
        self.needs_basis = muted()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Perkiraan kebutuhan untuk")))
        bar.addWidget(self.days)
        bar.addWidget(self.needs_basis, 1)
        self.needs = NeedsModel(self)
        self.needs_table = setup_table(QTableView(), self.needs, stretch=NeedsColumn.BASIS, widths={
            NeedsColumn.NEED: 200, NeedsColumn.NEEDED: 100, NeedsColumn.AVAILABLE: 130, NeedsColumn.RESERVED: 105,
            NeedsColumn.SHORT: 90, NeedsColumn.UNIT: 70})
        self.province_button = QPushButton(self.tr("Buat permintaan ke provinsi..."))
        self.province_button.clicked.connect(self.open_province_letter)
        self.needs_dispatch_button = QPushButton(self.tr("Buat pengiriman..."))
        self.needs_dispatch_button.clicked.connect(self.open_needs_dispatch)
        bar.addWidget(self.province_button)
        bar.addWidget(self.needs_dispatch_button)
        self.needs_short = QLabel()
        self.needs_short.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(self.needs_table, 1)
        layout.addWidget(self.needs_short)
        return box

    def _crew_tab(self) -> QWidget:
        box = QWidget()
        self.crew = AssignmentModel(self)
        self.crew_table = QTableView()
        moment = self.crew_table.fontMetrics().horizontalAdvance("00-00-0000 00:00") + 28  # check-in/out whole
        setup_table(self.crew_table, self.crew, stretch=AssignmentColumn.NAME, widths={
            AssignmentColumn.NIAT: 140, AssignmentColumn.ROLE: 150, AssignmentColumn.START: 100,
            AssignmentColumn.END: 100, AssignmentColumn.DAYS: 50, AssignmentColumn.CHECKIN: moment,
            AssignmentColumn.CHECKOUT: moment})
        self.crew_table.selectionModel().selectionChanged.connect(self._enable)
        self.show_finished = QCheckBox(self.tr("Tampilkan juga penugasan yang sudah selesai"))
        self.show_finished.toggled.connect(lambda _on: self.load(self.number))
        self.crew_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        # No handler takes the clicked(bool) argument: open_assign's first parameter is the volunteer.
        for key, label, handler in (("assign", self.tr("Tugaskan relawan..."), lambda: self.open_assign()),
                                    ("checkin", self.tr("Check-in..."), self.check_in),
                                    ("checkout", self.tr("Check-out..."), self.check_out),
                                    ("extend", self.tr("Perpanjang..."), lambda: self.open_period(True)),
                                    ("end", self.tr("Akhiri..."), lambda: self.open_period(False)),
                                    ("void", self.tr("Batalkan penugasan..."), self.open_void),
                                    ("approve", self.tr("Setujui pengecualian..."), self.open_approve)):
            button = QPushButton(label)
            button.clicked.connect(handler)
            if key == "assign":
                button.setObjectName("primary")
            self.crew_buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.crew_buttons["approve"].setVisible(can_override_assignment(self.ctx.actor))  # pejabat (and admin) only
        self.crew_note = muted()
        bottom = QHBoxLayout()  # below the table: the bar above is full of buttons
        bottom.addWidget(self.crew_note, 1)
        bottom.addWidget(self.show_finished)
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(self.crew_table, 1)
        layout.addLayout(bottom)
        return box

    def _suggest_tab(self) -> QWidget:
        box = QWidget()
        self.suggest_role = QComboBox()
        for code, label in SKILLS.items():
            self.suggest_role.addItem(texts.label(label), code)
        self.suggest_from = date_edit()
        self.suggest_to = date_edit(clock.today() + timedelta(days=6))
        self.suggest_button = QPushButton(self.tr("Cari usulan"))
        self.suggest_button.clicked.connect(self.load_suggestions)
        self.assign_suggested = QPushButton(self.tr("Tugaskan yang dipilih..."))
        self.assign_suggested.setObjectName("primary")
        self.assign_suggested.clicked.connect(self.open_assign_suggested)
        self.assign_checked = QPushButton()
        self.assign_checked.clicked.connect(self.assign_checked_suggestions)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Peran")))
        bar.addWidget(self.suggest_role)
        bar.addWidget(QLabel(self.tr("dari")))
        bar.addWidget(self.suggest_from)
        bar.addWidget(QLabel(self.tr("s.d.")))
        bar.addWidget(self.suggest_to)
        bar.addWidget(self.suggest_button)
        bar.addStretch(1)
        bar.addWidget(self.assign_suggested)
        bar.addWidget(self.assign_checked)
        self.suggestions = SuggestionModel(self)
        self.suggestions.checks_changed.connect(self._enable)
        self.suggest_table = setup_table(QTableView(), self.suggestions, stretch=SuggestionColumn.REASONS, widths={
            SuggestionColumn.RANK: 36, SuggestionColumn.NAME: 180, SuggestionColumn.NIAT: 140,
            SuggestionColumn.KECAMATAN: 130, SuggestionColumn.LEVEL: 120, SuggestionColumn.DAYS_90: 120})
        self.suggest_table.selectionModel().selectionChanged.connect(self._enable)
        self.suggest_table.doubleClicked.connect(lambda _index: self.open_assign_suggested())
        self.suggest_note = muted(self.tr("Relawan yang bebas pada seluruh periode dan diizinkan aturan (umur, "
                                          "istirahat), diurutkan menurut keahlian, kedekatan dengan lokasi kejadian "
                                          "(desa, kecamatan, kabupaten), jenjang, hari tugas paling sedikit dalam 90 "
                                          "hari terakhir, lalu istirahat terpanjang. Centang beberapa untuk "
                                          "menugaskan sekaligus."))
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(self.suggest_table, 1)
        layout.addWidget(self.suggest_note)
        return box

    def _dispatch_tab(self) -> QWidget:
        self.dispatches = IncidentDispatchModel(self)
        self.dispatch_table = setup_table(QTableView(), self.dispatches, stretch=DispatchColumn.DESTINATION, widths={
            DispatchColumn.NUMBER: 200, DispatchColumn.STATUS: 120, DispatchColumn.WAREHOUSE: 100,
            DispatchColumn.DATE: 100, DispatchColumn.BAST: 200})
        self.handed = HandedOverModel(self)
        self.handed_table = setup_table(QTableView(), self.handed, stretch=HandedColumn.DISPATCHES, widths={
            HandedColumn.ITEM: 280, HandedColumn.SENT: 90, HandedColumn.RECEIVED: 90, HandedColumn.RETURNED: 90,
            HandedColumn.UNIT: 80})
        self.equipment = EquipmentOutModel(self)
        self.equipment_table = setup_table(QTableView(), self.equipment, stretch=EquipmentColumn.SERIALS, widths={
            EquipmentColumn.ITEM: 240, EquipmentColumn.OUTSTANDING: 80, EquipmentColumn.UNIT: 70,
            EquipmentColumn.DISPATCH: 200, EquipmentColumn.SINCE: 100, EquipmentColumn.STATE: 150})
        self.equipment_note = QLabel()
        self.equipment_note.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for title, table in ((self.tr("Pengiriman ke kejadian ini"), self.dispatch_table),
                             (self.tr("Sudah diserahterimakan"), self.handed_table),
                             (self.tr("Peralatan yang masih di lokasi"), self.equipment_table)):
            part = QWidget()
            inner = QVBoxLayout(part)
            inner.setContentsMargins(0, 0, 0, 4)
            inner.setSpacing(2)
            inner.addWidget(section(title))
            inner.addWidget(table, 1)
            table.setMinimumHeight(60)
            splitter.addWidget(part)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.equipment_note)
        return box

    # --- loading -----------------------------------------------------------------------------------

    def load(self, number: str | None) -> None:
        self.number = number
        if number is None:
            self._read.drop()
            self.show_view(None)
            return
        self._read.start(incident_view, number, self.days.value(), all_assignments=self.show_finished.isChecked(),
                         on_success=self.show_view)

    def show_view(self, view: IncidentView | None) -> None:
        if view is not None and self.view is not None and view.record.number != self.view.record.number:
            self.suggestions.set_rows([])
        elif view is not None and self.suggestions.rowCount():
            self.load_suggestions()  # read again after an assignment: who was assigned leaves the list
        self.view = view
        self.tabs.setEnabled(view is not None)
        if view is None:
            self.title.setText(self.tr("Pilih kejadian di daftar untuk melihat rinciannya."))
            self.info.clear()
            for model in (self.history, self.needs, self.crew, self.suggestions, self.dispatches, self.handed,
                          self.equipment):
                model.set_rows([])
            self._enable()
            return
        r = view.record
        self.title.setText(self.tr("{number} · {name} · {status}").format(number=r.number, name=r.name,
                                                                         status=texts.label(r.status_label)))
        self.info.setText(self._info_text(r))
        for name, label in self.figure_values.items():
            label.setText(indonesian.quantity(getattr(r.figures, name)))
        self.history.set_rows(list(reversed(r.history)))
        self._show_needs(view.needs)
        self._show_crew(view.assignments)
        self.dispatches.set_rows(view.dispatches)
        self.handed.set_rows(view.handed_over)
        self.equipment.set_rows(view.equipment_out)
        overdue = sum(1 for e in view.equipment_out if e.overdue)
        late = self.tr("{n} baris peralatan terlambat kembali: kejadian sudah selesai.").format(n=overdue)
        self.equipment_note.setText(f"<span style='color:{RED}'>{late}</span>" if overdue else "")
        self._enable()

    def _info_text(self, r: IncidentRecord) -> str:
        parts = [self.tr("{kind}, mulai {start}").format(kind=texts.label(r.disaster_label), start=when(r.started_at)),
                 self.tr("Wilayah: {names}").format(names=", ".join(f"{g.name} ({g.code})" for g in r.regions))]
        if r.sk_number or r.status_from:
            parts.append(self.tr("SK {sk} ({start} s.d. {end})").format(sk=r.sk_number or "-",
                                                                         start=day(r.status_from) or "?",
                                                                         end=day(r.status_to) or "?"))
        if r.posko_location:
            parts.append(self.tr("Posko: {place}").format(place=r.posko_location))
        parts.append(self.tr("{n} relawan bertugas hari ini").format(n=r.volunteers_on_duty))
        return " · ".join(parts)

    def _show_needs(self, lines: tuple) -> None:
        self.needs.set_rows(lines)
        if self.view is not None:
            f = self.view.record.figures
            self.needs_basis.setText(self.tr("bagi {people} pengungsi dalam {kk} KK (data dampak terakhir)").format(
                people=indonesian.quantity(f.pengungsi), kk=indonesian.quantity(f.kk)))
        short = [texts.label(line.label) for line in lines if line.short]
        # The texts outside the f-strings: lupdate does not read a tr() inside one.
        lacking, enough = self.tr("Kurang:"), self.tr("Stok gudang mencukupi perkiraan kebutuhan.")
        self.needs_short.setText(f"<span style='color:{RED}'><b>{lacking}</b> {', '.join(short)}</span>" if short
                                 else f"<span style='color:{GREEN}'>{enough}</span>")

    def load_needs(self) -> None:
        if self.number is None:
            return
        number, days = self.number, self.days.value()
        ops.read(self.ctx.db, self, incident_needs, number, days,
                 on_success=lambda lines: self._show_needs(lines) if (self.number, self.days.value()) == (
                     number, days) else None)

    def open_province_letter(self) -> ProvinceLetterDialog | None:
        if self.view is None:
            return None
        dialog = ProvinceLetterDialog(self.ctx, self.view.record.number, self.days.value(), parent=self)
        dialog.open()
        return dialog

    def open_needs_dispatch(self) -> NeedsDispatchDialog | None:
        if self.view is None:
            return None
        r = self.view.record
        dialog = NeedsDispatchDialog(self.ctx, (r.number, r.name), self.days.value(), parent=self)
        dialog.open()
        return dialog

    def _show_crew(self, rows: tuple[AssignmentRecord, ...]) -> None:
        keep = self.selected_assignment()
        self.crew.set_rows(rows)
        if keep is not None:
            row = self.crew.row_of(keep.id)
            if row is not None:
                self.crew_table.selectRow(row)
        today = clock.today()
        on_duty = sum(1 for a in rows if a.start <= today <= a.end and not a.pending)
        planned = sum(1 for a in rows if a.start > today and not a.pending)
        self.crew_note.setText(self.tr("{on} bertugas hari ini, {planned} direncanakan.").format(
            on=on_duty, planned=planned))

    # --- volunteers ------------------------------------------------------------------------------

    def selected_assignment(self) -> AssignmentRecord | None:
        rows = self.crew_table.selectionModel().selectedRows()
        return self.crew.row(rows[0].row()) if rows else None

    def selected_suggestion(self) -> Suggestion | None:
        rows = self.suggest_table.selectionModel().selectedRows()
        return self.suggestions.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        record = self.view.record if self.view else None
        open_incident = record is not None and record.status != "selesai"
        a = self.selected_assignment()
        w = self.can_write
        self.crew_buttons["assign"].setEnabled(w and open_incident)
        self.crew_buttons["checkin"].setEnabled(w and a is not None and a.checkin_at is None and not a.pending)
        self.crew_buttons["checkout"].setEnabled(w and a is not None and a.checkin_at is not None
                                                 and a.checkout_at is None)
        self.crew_buttons["extend"].setEnabled(w and a is not None and open_incident)
        self.crew_buttons["end"].setEnabled(w and a is not None and a.end > a.start and a.end >= clock.today())
        self.suggest_button.setEnabled(record is not None)
        self.summary_button.setEnabled(record is not None)
        self.status_button.setEnabled(record is not None)
        self.province_button.setEnabled(record is not None)
        self.needs_dispatch_button.setEnabled(open_incident and lifecycle.can(self.ctx.actor, "create"))
        self.assign_suggested.setEnabled(w and open_incident and self.selected_suggestion() is not None)
        checked = len(self.suggestions.checked())
        self.assign_checked.setText(self.tr("Tugaskan yang dicentang ({n})").format(n=checked))
        self.assign_checked.setEnabled(w and open_incident and checked > 0)
        self.crew_buttons["void"].setEnabled(w and a is not None and a.checkin_at is None)
        self.crew_buttons["approve"].setEnabled(a is not None and a.pending and open_incident
                                                and can_override_assignment(self.ctx.actor, made_by=a.created_by))

    def open_emergency_status(self) -> EmergencyStatusDialog | None:
        """The status history with its decrees and extensions (ui/pages/emergency_dialogs.py)."""
        if self.view is None:
            return None
        dialog = EmergencyStatusDialog(self.ctx, self.view.record.number, self.view.record.name, parent=self)
        dialog.open()
        return dialog

    def open_assign(self, volunteer: tuple[int, str] | None = None, role: str | None = None,
                    start: date | None = None, end: date | None = None) -> AssignmentDialog | None:
        if self.view is None:
            return None
        r = self.view.record
        dialog = AssignmentDialog(self.ctx, r.number, r.name, volunteer=volunteer, role=role, start=start, end=end,
                                  parent=self)
        dialog.open()
        return dialog

    def open_assign_suggested(self) -> AssignmentDialog | None:
        s = self.selected_suggestion()
        if s is None or not self.assign_suggested.isEnabled():
            return None
        return self.open_assign((s.volunteer_id, f"{s.full_name} · NIAT {s.niat or '-'} · NIK {s.nik}"),
                                self.suggest_role.currentData(), self.suggest_from.date().toPython(),
                                self.suggest_to.date().toPython())

    def open_summary(self) -> SummaryDialog | None:
        if self.view is None:
            return None
        dialog = SummaryDialog(self.ctx, self.view.record.number, parent=self)
        dialog.open()
        return dialog

    def _open_site_time(self, arrival: bool) -> SiteTimeDialog | None:
        a = self.selected_assignment()
        if a is None or not self.crew_buttons["checkin" if arrival else "checkout"].isEnabled():
            return None
        dialog = SiteTimeDialog(self.ctx, a, arrival=arrival, parent=self)
        dialog.open()
        return dialog

    def check_in(self) -> SiteTimeDialog | None:
        """Arrival on site: now, or an earlier moment entered afterwards."""
        return self._open_site_time(True)

    def check_out(self) -> SiteTimeDialog | None:
        return self._open_site_time(False)

    def open_period(self, extend: bool) -> PeriodDialog | None:
        a = self.selected_assignment()
        if a is None:
            return None
        dialog = PeriodDialog(self.ctx, a, extend=extend, parent=self)
        dialog.open()
        return dialog

    def open_void(self) -> VoidDialog | None:
        a = self.selected_assignment()
        if a is None or not self.crew_buttons["void"].isEnabled():
            return None
        dialog = VoidDialog(self.ctx, a, parent=self)
        dialog.open()
        return dialog

    def open_approve(self) -> OverrideApprovalDialog | None:
        a = self.selected_assignment()
        if a is None or not self.crew_buttons["approve"].isEnabled():
            return None
        dialog = OverrideApprovalDialog(self.ctx, a, parent=self)
        dialog.open()
        return dialog

    def assign_checked_suggestions(self) -> ops.Op | None:
        chosen = self.suggestions.checked()
        if self.view is None or not chosen or not self.assign_checked.isEnabled():
            return None
        return assign_checked(self.ctx, self, self.view.record.number, [s.volunteer_id for s in chosen],
                              self.suggest_role.currentData(), self.suggest_from.date().toPython(),
                              self.suggest_to.date().toPython(), on_done=lambda _records: self.load_suggestions())

    def load_suggestions(self) -> ops.Op | None:
        if self.view is None:
            return None
        number = self.view.record.number
        start, end = self.suggest_from.date().toPython(), self.suggest_to.date().toPython()
        return ops.read(self.ctx.db, self, assignments.suggest_volunteers, number, self.suggest_role.currentData(),
                        start, end, limit=30,
                        on_success=lambda rows: self.suggestions.set_rows(rows) if self.number == number else None)

    def set_suggest_period(self, start: date, end: date) -> None:
        self.suggest_from.setDate(QDate(start))
        self.suggest_to.setDate(QDate(end))

