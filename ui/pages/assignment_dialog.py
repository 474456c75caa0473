"""The assignment dialog: volunteer, role and period, with the service's own checks shown before saving.

Every change of volunteer, role or dates runs ``deployment.assignments.preview_assignment`` (the same
rules ``assign_volunteer`` applies, writing nothing): refusals in red, warnings in amber. A refusal
blocks saving; the one who assigns may instead propose an exception with a written reason, which
waits for a pejabat other than the proposer (``OverrideApprovalDialog``). A refusal on the volunteer's
age cannot be excepted. The service checks everything again when saving.

Also here: voiding a wrong assignment (``VoidDialog``) and assigning several suggested volunteers at
once (``assign_checked``), both opened from the incident's tabs.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from deployment import assignments
from deployment import volunteers as volunteer_service
from deployment.assignments import AssignmentCheck, AssignmentRecord
from deployment.models import SKILLS, STATUSES
from deployment.volunteers import VolunteerFilter, VolunteerPage
from tagana_app import clock, indonesian
from tagana_app.errors import TaganaError
from ui import errors, ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.incident_dialogs import date_edit
from ui.pages.incident_model import AMBER, GREEN, RED

SEARCH_DELAY_MS = 250
CHECK_DELAY_MS = 150

Key = tuple[int, str, date, date]


def _bullets(lines: tuple[str, ...], colour: str, title: str) -> str:
    items = "".join(f"<li>{html.escape(texts.tr_text(line))}</li>" for line in lines)
    return f"<div style='color:{colour}'><b>{html.escape(title)}</b><ul style='margin:2px 0 0 -20px'>{items}</ul></div>"


class AssignmentDialog(FormDialog):
    checked = Signal()  # a preview for the current choice arrived (tests wait for it)

    def __init__(self, ctx: AppContext, incident: str, incident_name: str, *, volunteer: tuple[int, str] | None = None,
                 role: str | None = None, start: date | None = None, end: date | None = None,
                 request: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.incident = ctx, incident
        self.request = request  # the decided request whose people this assignment answers ("" none)
        self.saved: AssignmentRecord | None = None
        self.check: AssignmentCheck | None = None
        self._checked_key: Key | None = None
        self._check_error = ""
        self._check_read = ops.CurrentRead(ctx.db, self)  # the check of the current choice only
        self.setWindowTitle(self.tr("Tugaskan relawan"))
        about = self.tr("Kejadian {number}: {name}").format(number=incident, name=incident_name)
        if request:
            about += "\n" + self.tr("Menjawab permintaan {request}").format(request=request)
        self.layout_.addWidget(heading(self.tr("Tugaskan relawan"), about))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau NIAT..."))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFixedHeight(100)
        self.results.currentItemChanged.connect(lambda *_: self._changed())
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.role = QComboBox()
        for code, label in SKILLS.items():
            self.role.addItem(texts.label(label), code)
        if role:
            self.role.setCurrentIndex(max(self.role.findData(role), 0))
        start = start or clock.today()
        self.start = date_edit(start)
        self.end = date_edit(end or start + timedelta(days=6))
        for widget in (self.role, self.start, self.end):
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.dateChanged
            signal.connect(self._changed)

        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setMinimumHeight(48)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("Alasan tertulis; pejabat lain menyetujui sebelum penugasan berlaku"))
        self.override.textChanged.connect(self._enable)

        self.form.addRow(self.tr("Relawan"), self.search)
        self.form.addRow("", self.results)
        self.form.addRow(self.tr("Peran"), self.role)
        self.form.addRow(self.tr("Dari tanggal"), self.start)
        self.form.addRow(self.tr("Sampai tanggal"), self.end)
        self.form.addRow(self.tr("Pemeriksaan"), self.findings)
        self.form.addRow(self.tr("Alasan pengecualian"), self.override)
        self._show_override(False)
        self.ok_button.setText(self.tr("Simpan penugasan"))
        self.finish_layout()
        self.setMinimumWidth(720)

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_check)
        if volunteer is not None:
            self._add_result(volunteer[0], volunteer[1])
            self.results.setCurrentRow(0)
        self._changed()

    # --- choosing --------------------------------------------------------------------------------

    def _add_result(self, volunteer_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, volunteer_id)
        self.results.addItem(item)

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if not text:
            return
        ops.read(self.ctx.db, self, volunteer_service.list_volunteers, VolunteerFilter(text=text), limit=30,
                 with_total=False, on_success=lambda page: self._found(text, page), on_error=self.failed)

    def _found(self, text: str, page: VolunteerPage) -> None:
        if text != self.search.text().strip():
            return  # an answer to something typed earlier
        current = self.volunteer_id()
        self.results.blockSignals(True)
        self.results.clear()
        for r in page.rows:
            status = "" if r.status == "aktif" else f" [{texts.label(STATUSES.get(r.status, r.status))}]"
            self._add_result(r.id, f"{r.full_name} · NIAT {r.niat or '-'} · NIK {r.nik} · {r.kecamatan}{status}")
        self.results.blockSignals(False)
        ids = [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())]
        self.results.setCurrentRow(ids.index(current) if current in ids else 0 if len(ids) == 1 else -1)
        if not ids:
            self.findings.setText(self.tr("Tidak ada relawan yang cocok dengan \"{text}\".").format(
                text=html.escape(text)))
        self._changed()

    def volunteer_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def key(self) -> Key | None:
        vid = self.volunteer_id()
        if vid is None:
            return None
        return (vid, self.role.currentData(), self.start.date().toPython(), self.end.date().toPython())

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start))
        self.end.setDate(QDate(end))

    # --- checking --------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.check, self._checked_key, self._check_error = None, None, ""
        self._check_read.drop()
        if self.key() is None:
            self.findings.setText(self.tr("Pilih relawan untuk melihat pemeriksaan."))
            self._show_override(False)
            self._enable()
            return
        self.findings.setText(self.tr("Memeriksa..."))
        self._enable()
        self._check_timer.start()

    def run_check(self) -> None:
        self._check_timer.stop()
        key = self.key()
        if key is None:
            return
        vid, role, start, end = key
        self._check_read.start(assignments.preview_assignment, vid, self.incident, role, start, end,
                               on_success=lambda check: self._checked(key, check), on_error=self._check_failed)

    def _checked(self, key: Key, check: AssignmentCheck) -> None:
        self.check, self._checked_key = check, key
        parts = []
        if check.refusals:
            parts.append(_bullets(check.refusals, RED, self.tr("Ditolak:")))
        if check.warnings:
            parts.append(_bullets(check.warnings, AMBER, self.tr("Peringatan:")))
        if not parts:
            clear = html.escape(self.tr("Tidak ada bentrokan atau peringatan."))  # not in the f-string: lupdate
            parts.append(f"<span style='color:{GREEN}'>{clear}</span>")
        elif check.refusals and not check.overridable:
            parts.append(f"<div style='color:{RED}'>" + html.escape(self.tr(
                "Penugasan ini tidak dapat disimpan dan tidak dapat dikecualikan.")) + "</div>")
        elif check.refusals:
            parts.append("<div>" + html.escape(self.tr(
                "Anda dapat mengajukan pengecualian dengan alasan tertulis di bawah; penugasan berlaku setelah "
                "disetujui pejabat lain (bukan pengusul).")) + "</div>")
        self._set_findings("".join(parts))
        self._show_override(bool(check.refusals) and check.overridable)
        self._enable()
        self.checked.emit()

    def _check_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, TaganaError):
            errors.present_error(self, exc)
        self._check_error = errors.error_text(exc)
        self._set_findings(f"<span style='color:{RED}'>{html.escape(self._check_error)}</span>")
        self._show_override(False)
        self._enable()
        self.checked.emit()

    def _set_findings(self, text: str) -> None:
        """Show the findings whole: the dialog grows when a long refusal needs more lines."""
        self.findings.setText(text)
        needed = self.findings.heightForWidth(max(self.findings.width(), 400))
        self.findings.setMinimumHeight(max(48, needed + self.findings.fontMetrics().height()))
        if self.isVisible():
            self.adjustSize()

    def _show_override(self, visible: bool) -> None:
        # Not QFormLayout.setRowVisible: with PySide6 6.12 on Python 3.11 it corrupts a reference count
        # and the program aborts later ("deallocating None").
        label = self.form.labelForField(self.override)
        if label is not None:
            label.setVisible(visible)
        self.override.setVisible(visible)

    def override_shown(self) -> bool:
        return not self.override.isHidden()

    def can_save(self) -> bool:
        if self.check is None or self._checked_key is None or self._checked_key != self.key():
            return False
        if not self.check.refusals:
            return True
        return self.check.overridable and bool(self.override.text().strip())

    def _enable(self) -> None:
        proposing = self.check is not None and bool(self.check.refusals)
        self.ok_button.setText(self.tr("Ajukan pengecualian") if proposing else self.tr("Simpan penugasan"))
        self.ok_button.setEnabled(self.can_save())

    # --- saving ----------------------------------------------------------------------------------

    def submit(self) -> None:
        key = self.key()
        if key is None or not self.can_save() or self.check is None:
            self.show_error(self.tr("Pilih relawan dan tunggu hasil pemeriksaan sebelum menyimpan."))
            return
        vid, role, start, end = key
        reason = self.override.text().strip() if self.check.refusals else None
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, assignments.assign_volunteer, vid, self.incident, role, start, end,
                  override_reason=reason, request=self.request, on_success=self._done,
                  on_error=self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        self.failed(exc)
        self._enable()
        self._changed()  # something may have changed meanwhile (another coordinator): check again

    def _done(self, record: AssignmentRecord) -> None:
        self.set_busy(False)
        self.saved = record
        self.accept()


def _heading(title: str, record: AssignmentRecord) -> QWidget:
    """The dialog's title over whom and when the assignment is about."""
    return heading(title, QCoreApplication.translate("VoidDialog", "{name} ({role}), {start} s.d. {end}.").format(
        name=record.volunteer_name, role=texts.label(record.role_label), start=indonesian.short_date(record.start),
        end=indonesian.short_date(record.end)))


class VoidDialog(FormDialog):
    """Batalkan penugasan: a wrong assignment (or a refused proposal) is voided with a reason while
    nobody has checked in; it then counts nowhere."""

    def __init__(self, ctx: AppContext, record: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.voided: AssignmentRecord | None = None
        title = self.tr("Batalkan penugasan")
        self.setWindowTitle(title)
        self.layout_.addWidget(_heading(title, record))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. salah orang, salah kejadian, salah tanggal"))
        self.reason.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.form.addRow(self.tr("Alasan pembatalan"), self.reason)
        self.form.addRow("", muted_label(self.tr(
            "Penugasan yang dibatalkan tetap tercatat dalam audit, tetapi tidak dihitung di mana pun: relawan "
            "bebas lagi pada hari-hari itu.")))
        self.ok_button.setText(self.tr("Batalkan penugasan"))
        self.ok_button.setEnabled(False)
        self.finish_layout()
        self.setMinimumWidth(480)

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.show_error(self.tr("Tuliskan alasan pembatalan."), self.reason)
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, assignments.void_assignment, self.record.id, reason, on_success=self._done,
                  on_error=self.failed)

    def _done(self, record: AssignmentRecord) -> None:
        self.set_busy(False)
        self.voided = record
        self.accept()


class OverrideApprovalDialog(FormDialog):
    """A pejabat (not the proposer) approves the exception a coordinator proposed; the rules are
    checked again and shown."""

    def __init__(self, ctx: AppContext, record: AssignmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.approved: AssignmentRecord | None = None
        title = self.tr("Setujui pengecualian")
        self.setWindowTitle(title)
        self.layout_.addWidget(_heading(title, record))
        self.form.addRow(self.tr("Diajukan oleh"), QLabel(record.created_by))
        reason = QLabel(record.override_reason or "")
        reason.setWordWrap(True)
        self.form.addRow(self.tr("Alasan"), reason)
        self.findings = QLabel(self.tr("Memeriksa..."))
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("Pemeriksaan"), self.findings)
        self.ok_button.setText(self.tr("Setujui pengecualian"))
        self.finish_layout()
        self.setMinimumWidth(560)
        ops.read(ctx.db, self, assignments.recheck, record.id, on_success=self._checked, on_error=self.failed)

    def _checked(self, check: AssignmentCheck) -> None:
        parts = [_bullets(check.refusals, RED, self.tr("Yang dikecualikan:"))] if check.refusals else []
        if check.warnings:
            parts.append(_bullets(check.warnings, AMBER, self.tr("Peringatan:")))
        self.findings.setText("".join(parts) or html.escape(self.tr("Tidak ada lagi penolakan.")))
        self.fit_height(grow_only=True)

    def submit(self) -> None:
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, assignments.approve_override, self.record.id, on_success=self._done,
                  on_error=self.failed)

    def _done(self, record: AssignmentRecord) -> None:
        self.set_busy(False)
        self.approved = record
        self.accept()


def muted_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def assign_checked(ctx: AppContext, parent: QWidget, incident: str, volunteer_ids: list[int], role: str, start: date,
                   end: date, on_done: Callable[[list[AssignmentRecord]], None]) -> ops.Op:
    """Assign the volunteers checked in the suggestion list, all or none: a refusal (it names the
    volunteer) is shown, nothing is saved."""
    return ops.write(ctx, parent, assignments.assign_volunteers, list(volunteer_ids), incident, role, start, end,
                     on_success=on_done, on_error=lambda exc: errors.present_error(parent, exc))
