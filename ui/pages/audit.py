"""The audit page: who changed what and when, with filters. Nothing here edits audit rows."""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from tagana_app import audit
from tagana_app.audit import AuditFilter
from ui import ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.audit_model import AuditModel, Column, action_label, local_time
from ui.table_view import setup_table

TEXT_DELAY_MS = 300  # search as you type, once the typing pauses


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditModel(ctx.db, self)

        self.user = QComboBox()
        self.entity = QComboBox()
        self.action = QComboBox()
        for combo, label in ((self.user, self.tr("Semua pengguna")), (self.entity, self.tr("Semua entitas")),
                             (self.action, self.tr("Semua tindakan"))):
            combo.addItem(label, None)
            combo.setMinimumWidth(150)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Cari ID, pengguna atau tindakan..."))
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._text_timer.start)
        self.text.returnPressed.connect(self.apply_filter)
        reset = QPushButton(self.tr("Hapus filter"))
        reset.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.user)
        filters.addWidget(self.entity)
        filters.addWidget(self.action)
        filters.addWidget(self.text, 1)
        filters.addWidget(reset)

        self.table = setup_table(QTableView(), self.model, stretch=Column.CHANGES, widths={
            Column.AT: 175, Column.USER: 110, Column.ACTION: 130, Column.ENTITY: 110, Column.ENTITY_ID: 140})
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Pilih satu baris untuk melihat rinciannya."))
        self.count = QLabel()
        self.count.setObjectName("muted")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        layout = page_layout(self, self.tr("Jejak Audit"),
                             self.tr("Setiap perubahan data tercatat di sini: siapa, kapan, apa yang diubah. "
                                     "Catatan audit tidak dapat diubah atau dihapus."))
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        ctx.changes.changed.connect(self._on_changed)
        self.model.loaded.connect(self._count)
        self._load_choices()
        self.model.set_filter(AuditFilter())

    # --- filters ---------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(username=self.user.currentData(), entity=self.entity.currentData(),
                           action=self.action.currentData(), text=self.text.text().strip() or None)

    def apply_filter(self) -> None:
        self._text_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.detail.clear()
            self.model.set_filter(flt)

    def clear_filters(self) -> None:
        for combo in (self.user, self.entity, self.action):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.apply_filter()

    def _load_choices(self) -> None:
        def query(session):  # noqa: ANN001, ANN202
            return {name: audit.distinct_values(session, name) for name in ("username", "entity", "action")}
        ops.read(self.ctx.db, self, query, on_success=self._fill_choices)

    def _fill_choices(self, values: dict[str, list[str]]) -> None:
        for combo, name in ((self.user, "username"), (self.entity, "entity"), (self.action, "action")):
            shown = {combo.itemData(i) for i in range(1, combo.count())}
            combo.blockSignals(True)  # adding choices must not re-filter
            for value in values[name]:
                if value not in shown:
                    if name == "action":
                        text = f"{action_label(value)} · {value}" if action_label(value) != value else value
                    else:  # an entity is one of the domain's marked names; a user name is not
                        text = texts.label(value) if name == "entity" else value
                    combo.addItem(text, value)
            combo.blockSignals(False)

    def _count(self) -> None:
        flt = self.model.filter
        ops.read(self.ctx.db, self, audit.count_entries, flt,
                 on_success=lambda n: self.count.setText(self.tr("{shown} dari {total} catatan ditampilkan").format(
                     shown=self.model.rowCount(), total=n)) if flt == self.model.filter else None)

    # --- detail and refresh ------------------------------------------------------------------------

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        entry = self.model.entry(rows[0].row())
        lines = [f"{local_time(entry.at)}  {entry.username}  {texts.label(entry.entity)} {entry.entity_id}: "
                 f"{action_label(entry.action)} ({entry.action})", ""]
        lines.append(json.dumps(entry.changes, ensure_ascii=False, indent=2) if entry.changes else self.tr(
            "(tanpa rincian)"))
        self.detail.setPlainText("\n".join(lines))

    def refresh(self) -> None:
        self.model.refresh()
        self._load_choices()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("audit"):
            self.refresh()
