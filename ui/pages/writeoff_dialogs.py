"""Write-offs (penghapusan) in the window: the clerk's request from a batch or a unit, the list of
requests with their decisions, and the pejabat's approval or refusal with a note.  After an approval
the Berita Acara Penghapusan is printed through ``WriteOffPaperDialog``.  Nobody decides their own
request: the buttons say so, and the service refuses it anyway."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory import equipment, queries, writeoffs
from inventory.catalog import ItemInfo, WarehouseInfo
from inventory.models import IN_WAREHOUSE
from inventory.permissions import can_decide_writeoff
from inventory.stock import IssueLine
from tagana_app import clock, indonesian
from tagana_app.quantities import MAX_QUANTITY
from ui import dialogs, duties, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.stock_papers import WriteOffPaperDialog
from ui.scan import ItemChooser
from ui.table_view import setup_table


def _stock_of(session: Any, warehouse: str, item: str) -> tuple[list[queries.BalanceRow], list[equipment.UnitInfo],
                                                                 list[writeoffs.PendingLine]]:
    return (queries.balances(session, warehouse=warehouse, item=item),
            equipment.list_units(session, item=item, warehouse=warehouse, status=IN_WAREHOUSE),
            writeoffs.pending_lines(session, warehouse, item))


def _combo(choices: list[tuple[str, str]], current: str | None, *, editable: bool = False) -> QComboBox:
    combo = QComboBox()
    if editable:  # type to find among the catalogue
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for label, code in choices:
        combo.addItem(label, code)
    if current:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _quantity() -> QSpinBox:
    spin = QSpinBox()
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))  # 1.000, as on paper
    spin.setRange(0, MAX_QUANTITY)
    spin.setGroupSeparatorShown(True)
    return spin


def lines_text(info: writeoffs.WriteOffInfo) -> str:
    """"Beras 5 kg (batch B1); Tenda TS-3" in one cell."""
    parts = []
    for x in info.lines:
        where = x.serial or (x.batch and f"batch {x.batch}") or ""
        parts.append(f"{x.item_name} {indonesian.quantity(x.quantity)} {texts.label(x.unit)}"
                     + (f" ({where})" if where else ""))
    return "; ".join(parts)


class WriteOffRequestDialog(FormDialog):
    """The clerk proposes a write-off: the goods (a batch and quantity, or the units), the reason and
    what happened.  They are reserved until a pejabat decides."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo], *,
                 warehouse: str | None = None, item: str | None = None, batch: str | None = None,
                 serials: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = {i.code: i for i in items}
        self.result_info: writeoffs.WriteOffInfo | None = None
        self._preset_batch, self._preset_serials = batch, set(serials)
        self.setWindowTitle(self.tr("Ajukan penghapusan"))
        self.layout_.addWidget(heading(self.tr("Ajukan penghapusan barang"),
                                       self.tr("Barang yang diajukan dicadangkan sampai pejabat memutuskan; pejabat "
                                               "lain, bukan yang mengajukan, menyetujui atau menolaknya.")))
        self.warehouse = _combo([(f"{w.name} ({w.code})", w.code) for w in warehouses], warehouse)
        # type or scan: an item code, a barcode, or a unit's label (which also ticks that unit)
        self.item = ItemChooser(ctx.db, items, item or (items[0].code if items else None))
        self.item.unitScanned.connect(self._unit_scanned)
        self.batch = QComboBox()
        self.quantity = _quantity()
        self.units = QListWidget()
        self.units.setMinimumHeight(110)
        self.reason_kind = QComboBox()
        for code, label in writeoffs.REASON_LABELS.items():
            self.reason_kind.addItem(texts.label(label), code)
        self.reason_hint = QLabel()
        self.reason_hint.setObjectName("muted")
        self.reason_hint.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("mis. terendam banjir, kemasan sobek dan berjamur"))
        self.reason.setFixedHeight(64)
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("Gudang"), self.warehouse)
        self.form.addRow(self.tr("Barang"), self.item)
        self.form.addRow(self.tr("Batch"), self.batch)
        self.form.addRow(self.tr("Jumlah"), self.quantity)
        self.form.addRow(self.tr("Unit"), self.units)
        self.form.addRow(self.tr("Alasan"), self.reason_kind)
        self.form.addRow("", self.reason_hint)
        self.form.addRow(self.tr("Uraian"), self.reason)
        self.ok_button.setText(self.tr("Ajukan penghapusan"))
        self.finish_layout()
        self.setMinimumWidth(600)
        self.warehouse.currentIndexChanged.connect(self._load)
        self.item.currentIndexChanged.connect(self._load)
        self.reason_kind.currentIndexChanged.connect(self._reason_changed)
        self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_height()  # the rows of a consumable or of units

    def current_item(self) -> ItemInfo | None:
        return self.items.get(self.item.currentData())

    def _reason_changed(self) -> None:
        info = self.current_item()
        hints = {"rusak": self.tr("Unit peralatan harus berkondisi rusak berat; unit rusak ringan diubah dulu "
                                  "kondisinya (dengan alasan) di tab Unit peralatan.") if info and info.serialized
                 else self.tr("Barang rusak berat yang tidak dapat dipakai atau diperbaiki lagi."),
                 "hilang": self.tr("Barang yang hilang, dicuri atau musnah."),
                 "kedaluwarsa": self.tr("Hanya batch yang sudah lewat tanggal kedaluwarsanya.")}
        self.reason_hint.setText(hints.get(self.reason_kind.currentData(), ""))

    def _load(self) -> None:
        info = self.current_item()
        serialized = bool(info and info.serialized)
        self.form.setRowVisible(self.batch, not serialized)
        self.form.setRowVisible(self.quantity, not serialized)
        self.form.setRowVisible(self.units, serialized)
        self._reason_changed()
        if self.isVisible():
            self.fit_height()  # the rows of a consumable or of units
        self.batch.clear()
        self.units.clear()
        wh = self.warehouse.currentData()
        if not wh or info is None:
            return
        ops.read(self.ctx.db, self, _stock_of, wh, info.code,
                 on_success=lambda found, key=(wh, info.code): self._arrived(key, *found))

    def _arrived(self, key: tuple[str, str], balances: list[queries.BalanceRow], units: list[equipment.UnitInfo],
                 pending: list[writeoffs.PendingLine]) -> None:
        if key != (self.warehouse.currentData(), self.item.currentData()):
            return  # the choice changed meanwhile
        info = self.current_item()
        unit = texts.label(info.unit) if info else ""
        self.batch.clear()
        self.batch.addItem(self.tr("Otomatis (yang paling awal kedaluwarsa dulu)"), None)
        for b in balances:
            free = b.quantity - b.reserved
            expiry = indonesian.short_date(b.expiry) if b.expiry else self.tr("tanpa kedaluwarsa")
            self.batch.addItem(self.tr("{batch} · {expiry} · tersedia {free} {unit}").format(
                batch=b.batch or self.tr("(tanpa batch)"), expiry=expiry, free=indonesian.quantity(free), unit=unit),
                b.batch)
        if self._preset_batch is not None:
            self.batch.setCurrentIndex(max(self.batch.findData(self._preset_batch), 0))
            self._preset_batch = None
        waiting = {p.serial for p in pending if p.serial}
        for u in units:
            if u.serial in waiting:
                continue  # already proposed
            entry = QListWidgetItem(f"{u.serial} · {texts.label(u.condition)}")
            entry.setData(Qt.ItemDataRole.UserRole, u.serial)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if u.serial in self._preset_serials
                                else Qt.CheckState.Unchecked)
            self.units.addItem(entry)
        self._preset_serials = set()

    def _unit_scanned(self, _item: str, serial: str) -> None:
        """A scanned unit label ticks its unit (once the list of the item's units is there)."""
        for i in range(self.units.count()):
            if self.units.item(i).data(Qt.ItemDataRole.UserRole) == serial:
                self.units.item(i).setCheckState(Qt.CheckState.Checked)
                return
        self._preset_serials.add(serial)

    def checked_serials(self) -> tuple[str, ...]:
        return tuple(self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                     if self.units.item(i).checkState() == Qt.CheckState.Checked)

    def validate(self) -> IssueLine | None:
        info = self.current_item()
        if info is None:
            self.show_error(self.tr("Pilih barang dari katalog."))
            self.item.setFocus()
            return None
        if info.serialized:
            serials = self.checked_serials()
            if not serials:
                self.show_error(self.tr("Centang unit yang diajukan untuk dihapus."))
                self.units.setFocus()
                return None
            line = IssueLine(info.code, len(serials), serials=serials)
        else:
            if self.quantity.value() <= 0:
                self.show_error(self.tr("Jumlah harus lebih dari nol."))
                self.quantity.setFocus()
                return None
            line = IssueLine(info.code, self.quantity.value(), batch=self.batch.currentData())
        if not self.reason.toPlainText().strip():
            self.show_error(self.tr("Tuliskan uraian alasan penghapusan (apa yang terjadi pada barangnya)."))
            self.reason.setFocus()
            return None
        return line

    def submit(self) -> None:
        line = self.validate()
        if line is None:
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, writeoffs.request_writeoff, self.warehouse.currentData(), [line],
                  reason_kind=self.reason_kind.currentData(), reason=self.reason.toPlainText().strip(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, info: writeoffs.WriteOffInfo) -> None:
        self.set_busy(False)
        self.result_info = info
        self.accept()
        dialogs.inform(self.parentWidget(), self.tr("Penghapusan diajukan"), self.tr(
            "Usulan penghapusan {number} diajukan; barangnya dicadangkan sampai pejabat memutuskan.").format(
            number=info.number))


class WriteOffDecisionDialog(FormDialog):
    """A pejabat approves (a note if they wish) or refuses (a note required) one pending write-off."""

    def __init__(self, ctx: AppContext, info: writeoffs.WriteOffInfo, *, approve: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.info, self.approve = ctx, info, approve
        self.result_info: writeoffs.WriteOffInfo | None = None
        title = self.tr("Setujui penghapusan") if approve else self.tr("Tolak penghapusan")
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, self.tr(
            "Barangnya keluar dari pembukuan; sesudahnya catat keputusan penghapusan dan cetak Berita Acara "
            "Penghapusan.") if approve else self.tr("Cadangan stoknya dilepas; alasan penolakan wajib diisi.")))
        for label, value in ((self.tr("Nomor"), info.number), (self.tr("Gudang"), info.warehouse_name),
                             (self.tr("Barang"), lines_text(info)),
                             (self.tr("Alasan"), f"{texts.label(writeoffs.REASON_LABELS[info.reason_kind])}: "
                                                 f"{info.reason}"),
                             (self.tr("Diajukan oleh"), info.requested_by)):
            shown = QLabel(value)
            shown.setWordWrap(True)
            self.form.addRow(label, shown)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("catatan keputusan (boleh kosong)") if approve
                                     else self.tr("alasan penolakan"))
        self.form.addRow(self.tr("Catatan") if approve else self.tr("Alasan penolakan"), self.note)
        self.ok_button.setText(self.tr("Setujui") if approve else self.tr("Tolak"))
        self.finish_layout()
        self.setMinimumWidth(560)

    def submit(self) -> None:
        note = self.note.toPlainText().strip()
        if not self.approve and not note:
            self.show_error(self.tr("Tuliskan alasan penolakan."))
            self.note.setFocus()
            return
        self.error.hide()
        self.set_busy(True)
        if self.approve:
            ops.write(self.ctx, self, writeoffs.approve_writeoff, self.info.number, remarks=note,
                      on_success=lambda done: self._done(done[0]), on_error=self.failed)
        else:
            ops.write(self.ctx, self, writeoffs.reject_writeoff, self.info.number, remarks=note,
                      on_success=self._done, on_error=self.failed)

    def _done(self, info: writeoffs.WriteOffInfo) -> None:
        self.set_busy(False)
        self.result_info = info
        self.accept()


class WriteOffListDialog(QDialog):
    """Every write-off, newest first: what, why, who asked, the decision.  A pejabat decides the pending
    ones here (not their own) and prints the Berita Acara Penghapusan of an approved one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[writeoffs.WriteOffInfo] = []
        self.decision: WriteOffDecisionDialog | None = None
        self.paper: WriteOffPaperDialog | None = None
        self._read = ops.CurrentRead(ctx.db, self)
        self.setWindowTitle(self.tr("Penghapusan barang"))
        self.status_labels = {"diajukan": self.tr("Menunggu keputusan"), "disetujui": self.tr("Disetujui"),
                              "ditolak": self.tr("Ditolak")}
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua"), None)
        for value, label in self.status_labels.items():
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Nomor"), self.tr("Diajukan"), self.tr("Gudang"), self.tr("Alasan"), self.tr("Barang"),
            self.tr("Diajukan oleh"), self.tr("Status"), self.tr("Keputusan")])
        setup_table(self.table, stretch=(4, 7), widths={0: 200, 1: 100, 2: 80, 3: 110, 5: 110, 6: 175})
        self.table.itemSelectionChanged.connect(self._selected)
        self.approve_button = QPushButton(self.tr("Setujui..."))
        self.approve_button.setObjectName("primary")
        self.approve_button.clicked.connect(lambda: self.open_decision(approve=True))
        self.reject_button = QPushButton(self.tr("Tolak..."))
        self.reject_button.clicked.connect(lambda: self.open_decision(approve=False))
        self.paper_button = QPushButton(self.tr("BA Penghapusan..."))
        self.paper_button.clicked.connect(self.open_paper)
        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        deciding = can_decide_writeoff(ctx.actor)
        for button in (self.approve_button, self.reject_button, self.paper_button):
            button.setVisible(deciding)
            button.setEnabled(False)
            button.setAutoDefault(False)
        top = QHBoxLayout()
        heading_box = heading(self.tr("Penghapusan barang"), self.tr(
            "Usulan penghapusan dan keputusannya. Yang menunggu keputusan diputuskan pejabat yang tidak "
            "mengajukannya."))
        top.addWidget(heading_box, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.paper_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1300, 560)
        ctx.changes.changed.connect(self._on_changed)  # a bound method: disconnected when the dialog goes
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("stock"):
            self.refresh()

    def refresh(self) -> None:
        self._read.start(writeoffs.list_writeoffs, status=self.status.currentData(), on_success=self._fill)

    def _fill(self, found: list[writeoffs.WriteOffInfo]) -> None:
        chosen = self.selected()
        self.found = found
        self.table.setRowCount(len(found))
        for r, w in enumerate(found):
            decision = ""
            if w.decided_by:
                decision = self.tr("{user}, {day}").format(
                    user=w.decided_by, day=indonesian.short_date(clock.local(w.decided_at).date()))
                if w.decision_remarks:
                    decision += f": {w.decision_remarks}"
            values = [w.number, indonesian.short_date(clock.local(w.requested_at).date()), w.warehouse,
                      texts.label(writeoffs.REASON_LABELS[w.reason_kind]), f"{lines_text(w)} · {w.reason}",
                      w.requested_by, self.status_labels[w.status], decision]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        if chosen is not None:
            self.select(chosen.number)
        self._selected()

    def select(self, number: str) -> None:
        for r, w in enumerate(self.found):
            if w.number == number:
                self.table.selectRow(r)

    def selected(self) -> writeoffs.WriteOffInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.found[min(rows)] if rows and min(rows) < len(self.found) else None

    def _selected(self) -> None:
        info = self.selected()
        pending = info is not None and info.status == "diajukan"
        for button in (self.approve_button, self.reject_button):  # the requester never decides (nor an admin)
            duties.gate(button, can_decide_writeoff, self.ctx.actor, info.requested_by if info else None,
                        ready=pending)
        self.paper_button.setEnabled(info is not None and info.status == "disetujui")

    def open_decision(self, *, approve: bool) -> WriteOffDecisionDialog | None:
        info = self.selected()
        if info is None or not writeoffs.may_decide(self.ctx.actor, info):
            return None
        self.decision = WriteOffDecisionDialog(self.ctx, info, approve=approve, parent=self)
        if approve:
            self.decision.accepted.connect(lambda: self.open_paper(info.number))
        self.decision.open()
        return self.decision

    def open_paper(self, number: str | None = None) -> WriteOffPaperDialog | None:
        """The decree, value and method of an approved write-off, then its Berita Acara Penghapusan."""
        if not number:
            info = self.selected()
            number = info.number if info is not None and info.status == "disetujui" else None
        if not number or not can_decide_writeoff(self.ctx.actor):
            return None
        self.paper = WriteOffPaperDialog(self.ctx, parent=self, number=number)
        self.paper.open()
        return self.paper
