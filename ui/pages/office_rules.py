"""Office rules and document numbering: every office setting that is not part of the office profile.

The rows come from the settings registry (``tagana_app.settings``): each OFFICE setting outside
``OFFICE_PROFILE`` and not internal gets one, with its registry label, so a setting declared later
shows up here by itself. Admins edit them; everyone else sees them read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_app import clock, numbering, permissions, regions, settings
from tagana_app.errors import ValidationError
from tagana_app.models import DocumentSequence
from tagana_app.settings import Scope, Setting
from ui import dialogs, errors, ops
from ui.changes import Changes
from ui.context import AppContext
from ui.texts import setting_label

# Set by the program itself (the demo loader), never by a person.
INTERNAL: tuple[Setting[Any], ...] = (settings.DEMO_DATA,)

NO_BOUNDS = (0, 1_000_000)  # a whole-number setting the registry does not bound
# The theme greys read-only line edits only (ui/theme.py); a read-only spin box gets the same colours.
READ_ONLY_BASE, READ_ONLY_TEXT = "#eef2f6", "#3e4c59"

def rule_settings() -> tuple[Setting[Any], ...]:
    """The settings this tab edits, in registry order."""
    return tuple(s for s in settings.REGISTRY.values()
                 if s.scope is Scope.OFFICE and s not in settings.OFFICE_PROFILE and s not in INTERNAL)


# --- the work (no Qt) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RulesSnapshot:
    values: dict[str, Any]
    last_seq: dict[str, int]  # per document type, this year; the next number is one more
    today: date


def load_rules(session: Session) -> RulesSnapshot:
    today = clock.today()
    rows = session.execute(select(DocumentSequence.doc_type, DocumentSequence.last_value)
                           .where(DocumentSequence.year == today.year))
    return RulesSnapshot(settings.office_values(session), {doc_type: last for doc_type, last in rows}, today)


# --- the form -------------------------------------------------------------------------------------


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class OfficeRulesForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = permissions.can_change_office_settings(ctx.actor)
        self.fields: dict[Setting[Any], QWidget] = {}
        self.examples: dict[Setting[Any], QLabel] = {}  # number patterns: the next number, live
        self.loaded: dict[Setting[Any], Any] = {}
        self.snapshot: RulesSnapshot | None = None
        self._doc_type = {s: doc_type for doc_type, s in settings.NUMBER_PATTERNS.items()}
        self.region_name = _muted()  # the name of the home region code, as it is typed

        rules = rule_settings()
        groups = (
            ("deployment.", self.tr("Penugasan relawan"), self.tr(
                "Dipakai saat menugaskan relawan: penugasan yang lebih lama dari batas atau istirahat yang "
                "lebih pendek diberi peringatan.")),
            ("stock.", self.tr("Gudang"), self.tr(
                "Barang yang kedaluwarsa dalam jangka ini muncul di peringatan stok dan dasbor.")),
            ("numbering.", self.tr("Penomoran dokumen"), self.tr(
                "Isian pola: {seq} nomor urut ({seq:03d} = 001), {year} tahun, {month} bulan, {month_roman} "
                "bulan Romawi, {day} tanggal. Wajib memuat {seq} dan {year}; nomor urut mulai dari 1 setiap "
                "tahun dan tidak pernah dipakai ulang.")),
            ("dispatch.", self.tr("Dokumen pengiriman"), self.tr(
                "Dicetak pada BAST sebagai PIHAK PERTAMA. Nama kosong: yang menandatangani Kepala Dinas "
                "dari Profil kantor.")),
            ("office.", self.tr("Waktu kantor"), self.tr(
                "WIB (UTC+7), WITA (UTC+8) atau WIT (UTC+9). Tanggal dokumen, pergantian hari dan jam yang "
                "ditampilkan mengikuti zona ini.")),
        )
        boxes: dict[str, QGroupBox] = {}
        placed: set[Setting[Any]] = set()
        for prefix, title, note in groups:
            members = [s for s in rules if s.key.startswith(prefix)]
            if members:
                boxes[prefix] = self._group(title, note, members, patterns=prefix == "numbering.")
                placed.update(members)
        others = [s for s in rules if s not in placed]
        if others:  # a setting declared later under a new prefix still gets an editor
            boxes["other"] = self._group(self.tr("Lainnya"), "", others)

        # The short groups side by side; the long rows (patterns, the BAST official) across the width.
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 8, 0, 8)
        grid.setHorizontalSpacing(16)
        for column, prefixes in enumerate((("deployment.",), ("stock.", "office."))):
            side = QVBoxLayout()
            for prefix in prefixes:
                if prefix in boxes:
                    side.addWidget(boxes[prefix])
            side.addStretch(1)
            grid.addLayout(side, 0, column)
        for row, prefix in enumerate(("numbering.", "dispatch.", "other"), start=1):
            if prefix in boxes:
                grid.addWidget(boxes[prefix], row, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(4, 1)
        area = QScrollArea()
        area.setWidget(content)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)

        self.revert_button = QPushButton(self.tr("Kembalikan"))
        self.revert_button.setToolTip(self.tr("Buang perubahan yang belum disimpan dan muat ulang dari basis data"))
        self.revert_button.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        for button in (self.revert_button, self.save_button):
            button.setVisible(self.editable)
            button.setEnabled(False)
        self.note = _muted(self.tr("Aturan dan pola nomor ini berlaku untuk semua komputer yang memakai basis data "
                                   "ini. Setiap perubahan dicatat di audit.") if self.editable else
                           self.tr("Hanya administrator yang dapat mengubah aturan dan penomoran."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area, 1)
        layout.addLayout(bottom)
        ctx.changes.changed.connect(self._on_changed)
        self.load()

    # --- building ----------------------------------------------------------------------------

    def _group(self, title: str, note: str, members: list[Setting[Any]], *, patterns: bool = False) -> QGroupBox:
        box = QGroupBox(title)
        if patterns:
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(2, 2)
            for row, setting in enumerate(members):
                edit = self._editor(setting)
                example = QLabel()
                example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                example.setWordWrap(True)
                # A long refusal wraps inside its column instead of widening the page.
                example.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                example.setMinimumWidth(280)
                self.examples[setting] = example
                grid.addWidget(self._label(setting, edit), row, 0)
                grid.addWidget(edit, row, 1)
                grid.addWidget(example, row, 2)
            if note:
                grid.addWidget(_muted(note), len(members), 0, 1, 3)
            return box
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # spin boxes stay small
        for setting in members:
            editor = self._editor(setting)
            if setting is settings.HOME_REGION:
                row = QHBoxLayout()
                row.addWidget(editor)
                row.addWidget(self.region_name, 1)
                form.addRow(self._label(setting, editor), row)
            else:
                form.addRow(self._label(setting, editor), editor)
        if note:
            form.addRow(_muted(note))
        return box

    def _label(self, setting: Setting[Any], buddy: QWidget) -> QLabel:
        label = QLabel(setting_label(setting))
        label.setBuddy(buddy)
        return label

    def _editor(self, setting: Setting[Any]) -> QWidget:
        widget: QWidget
        if setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(choice, choice)
            combo.setEnabled(self.editable)
            combo.currentIndexChanged.connect(self._edited)
            widget = combo
        elif setting.type is bool:
            check = QCheckBox()
            check.setEnabled(self.editable)
            check.toggled.connect(self._edited)
            widget = check
        elif setting.type is int:
            spin = QSpinBox()
            spin.setRange(*(setting.bounds or NO_BOUNDS))  # the registry refuses anything outside
            if "(hari" in setting.label:
                spin.setSuffix(self.tr(" hari"))
            spin.setMinimumWidth(110)
            spin.setReadOnly(not self.editable)
            if not self.editable:
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
                palette = spin.palette()
                palette.setColor(QPalette.ColorRole.Base, QColor(READ_ONLY_BASE))
                palette.setColor(QPalette.ColorRole.Text, QColor(READ_ONLY_TEXT))
                spin.setPalette(palette)
            spin.valueChanged.connect(self._edited)
            widget = spin
        else:
            edit = QLineEdit()
            edit.setReadOnly(not self.editable)
            edit.textChanged.connect(self._edited)
            if setting is settings.HOME_REGION:
                edit.setMaxLength(13)
                edit.setFixedWidth(90)
                edit.setPlaceholderText(self.tr("mis. 17.09"))
            elif setting is settings.BAST_OFFICIAL_NIP:
                edit.setMaxLength(18)
                edit.setPlaceholderText(self.tr("18 digit"))
            widget = edit
        self.fields[setting] = widget
        return widget

    # --- values ------------------------------------------------------------------------------

    def value(self, setting: Setting[Any]) -> Any:
        widget = self.fields[setting]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def set_value(self, setting: Setting[Any], value: Any) -> None:
        widget = self.fields[setting]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(str(value))
            widget.setCursorPosition(0)

    def changed_values(self) -> dict[Setting[Any], Any]:
        """What the person changed since the values were loaded (nothing before they are)."""
        if not self.loaded:
            return {}
        return {s: self.value(s) for s in self.fields if self.value(s) != self.loaded[s]}

    # --- loading and saving --------------------------------------------------------------------

    def load(self) -> None:
        self.revert_button.setEnabled(False)
        ops.read(self.ctx.db, self, load_rules, on_success=self.show_values)

    def show_values(self, snapshot: RulesSnapshot) -> None:
        self.snapshot = snapshot
        self.loaded = {}
        for setting in self.fields:
            self.set_value(setting, snapshot.values.get(setting.key, setting.default))
        self.loaded = {s: self.value(s) for s in self.fields}
        self._edited()

    def _edited(self, *_args: Any) -> None:
        dirty = bool(self.changed_values())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self._update_examples()
        if settings.HOME_REGION in self.fields:
            self._update_region()

    def _update_examples(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        patterns = {s: self.value(s) for s in self.examples}
        for setting, label in self.examples.items():
            pattern = patterns[setting]
            try:
                numbering.validate_pattern(pattern)
            except ValidationError as exc:
                self._show_example(label, errors.error_text(exc), error=True)
                continue
            same = [s for s, other in patterns.items() if s is not setting and other == pattern]
            if same:
                self._show_example(label, self.tr("Sama dengan {other}: nomornya akan bentrok.").format(
                    other=setting_label(same[0])), error=True)
                continue
            doc_type = self._doc_type.get(setting)
            seq = snapshot.last_seq.get(doc_type, 0) + 1 if doc_type else 1
            number = numbering.format_number(pattern, seq, snapshot.today)
            self._show_example(label, self.tr("Nomor berikutnya: {number}").format(number=number), error=False)
            label.setToolTip(self.tr("Nomor dokumen berikutnya bila diterbitkan hari ini ({date}).").format(
                date=snapshot.today.strftime("%d-%m-%Y")))

    @staticmethod
    def _show_example(label: QLabel, text: str, *, error: bool) -> None:
        label.setText(text)
        label.setObjectName("errorText" if error else "muted")
        label.setToolTip(text if error else "")
        label.style().unpolish(label)
        label.style().polish(label)

    def _update_region(self) -> None:
        """The name of the home region code as it is typed, or why saving would refuse it (the setting's
        own check)."""
        code = self.value(settings.HOME_REGION)
        region = regions.lookup(code) if code else None
        try:
            settings.HOME_REGION.coerce(code)
            self._show_example(self.region_name, region.name if region else "", error=False)
        except ValidationError as exc:
            self._show_example(self.region_name, errors.error_text(exc), error=True)
        self.region_name.setToolTip(region.path if region else "")

    def save(self) -> None:
        changed = self.changed_values()
        if not changed:
            dialogs.inform(self, self.tr("Aturan & penomoran"), self.tr("Tidak ada perubahan."))
            return
        self.save_button.setEnabled(False)
        ops.write(self.ctx, self, settings.set_office, changed,
                  on_success=self._saved, on_error=self._not_saved)

    def _saved(self, changed: dict[str, Any]) -> None:
        self.load()
        dialogs.inform(self, self.tr("Aturan & penomoran"), self.tr("Aturan dan penomoran disimpan.") if changed
                       else self.tr("Tidak ada perubahan."))

    def _not_saved(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        errors.present_error(self, exc)

    def _on_changed(self, changes: Changes) -> None:
        # Someone else's save (or this desktop's office profile) reloads, unless it would wipe unsaved edits.
        if changes.touches("settings") and not self.changed_values():
            self.load()
