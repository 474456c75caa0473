"""The "Pengiriman" page: dispatches by status, and the editor of the selected one.

The editor adds lines with the free stock shown (too much is refused before anything is saved),
adds kits and escorting volunteers, and offers the steps of the dispatch (approve, send, handover,
close, cancel, return) and its papers (Surat Jalan, BAST), each button enabled only for the roles
and states that allow it (the table of ``deployment.dispatch.lifecycle``; the services check again).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deployment import assignments
from deployment import incidents as incident_service
from deployment.dispatch import documents, kits, lifecycle, loan_papers
from deployment.dispatch import service as D
from deployment.dispatch.service import DispatchRecord, FreeItem
from inventory import catalog
from tagana_app import indonesian
from tagana_app.errors import TaganaError
from ui import dialogs, duties, errors, ops, printed, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.close_dialog import CloseDialog
from ui.pages.dispatch_dialogs import (
    CancelDialog,
    HandoverDialog,
    NewDispatchDialog,
    ReturnDialog,
    quantity_spin,
)
from ui.pages.dispatch_model import DispatchColumn, DispatchListModel
from ui.pages.release_dialog import OverrideReleaseDialog
from ui.table_view import setup_table

TEXT_DELAY_MS = 300
# What a posko does with a dispatch the office sent it: the handover and its BAST, signed on site.
# The rest (drafting, approving, sending, cancelling, returns) is the office's.
POSKO_STEPS = frozenset({"handover", "bast"})
# The truck may reach the posko before the office recorded it as sent: there the handover of an approved
# dispatch is taken too (the service books the goods in).
POSKO_HANDOVER_FROM = (lifecycle.APPROVED, lifecycle.SENT)


def _load_choices(session) -> dict:  # noqa: ANN001
    return {"incidents": [(i.number, i.name) for i in incident_service.list_incidents(session)
                          if i.status != "selesai"],
            "warehouses": [(w.code, w.name) for w in catalog.list_warehouses(session)],
            "kits": [(k.code, k.name, k.basis) for k in kits.list_kits(session)],
            "poskos": D.poskos_of_incidents(session)}


def _load_editor(session, number: str) -> dict:  # noqa: ANN001
    record = D.get_dispatch(session, number)
    result: dict = {"record": record, "items": [], "crew": []}
    if lifecycle.state_allows("add_line", record):
        result["items"] = D.free_items(session, record.warehouse)
    if lifecycle.state_allows("add_escort", record):
        result["crew"] = [(a.nik, a.volunteer_name, a.role_label)
                          for a in assignments.list_assignments(session, incident=record.incident)
                          if a.end >= record.dispatch_date]
    return result


class DispatchEditor(QFrame):
    """The selected dispatch: its header, lines, escorts, and the buttons for what may happen next."""

    def __init__(self, page: DispatchesPage) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.record: DispatchRecord | None = None
        self.items: list[FreeItem] = []
        self.crew_choices: list[tuple[str, str, str]] = []  # (NIK, name, role) on duty at the incident
        self._read = ops.CurrentRead(self.ctx.db, self)  # the dispatch selected last
        self.setObjectName("card")
        self.title = QLabel(self._nothing_chosen())
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("muted")

        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("Barang"), self.tr("Jumlah"),
                                              self.tr("Satuan"), self.tr("Batch/Seri"), self.tr("Keterangan")])
        setup_table(self.lines, stretch=(1, 4))

        # Adding a line: item, quantity, the free stock shown, too much refused before saving.
        self.item = QComboBox()
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item.setMinimumWidth(240)
        self.item.currentIndexChanged.connect(self._check_quantity)
        self.quantity = quantity_spin(1)
        self.quantity.valueChanged.connect(self._check_quantity)
        self.free_label = QLabel()
        self.free_label.setObjectName("muted")
        self.add_button = QPushButton(self.tr("Tambah barang"))
        self.add_button.clicked.connect(self.add_line)
        self.line_error = QLabel()
        self.line_error.setObjectName("errorText")
        self.line_error.setWordWrap(True)
        self.line_error.hide()
        self.kit = QComboBox()
        self.kit_count = quantity_spin(0)
        self.kit_count.setSpecialValueText(self.tr("dari data kejadian"))
        self.kit_button = QPushButton(self.tr("Tambah paket"))
        self.kit_button.clicked.connect(self.add_kit)
        self.crew = QComboBox()
        self.crew.setMinimumWidth(240)
        self.crew_button = QPushButton(self.tr("Tambah pendamping"))
        self.crew_button.clicked.connect(self.add_escort)
        self.escorts = QLabel()
        self.escorts.setWordWrap(True)

        edit = QGridLayout()
        edit.addWidget(QLabel(self.tr("Barang")), 0, 0)
        edit.addWidget(self.item, 0, 1)
        edit.addWidget(self.quantity, 0, 2)
        edit.addWidget(self.add_button, 0, 3)
        edit.addWidget(self.free_label, 1, 1, 1, 3)
        edit.addWidget(self.line_error, 2, 1, 1, 3)
        edit.addWidget(QLabel(self.tr("Paket")), 3, 0)
        edit.addWidget(self.kit, 3, 1)
        edit.addWidget(self.kit_count, 3, 2)
        edit.addWidget(self.kit_button, 3, 3)
        edit.addWidget(QLabel(self.tr("Pendamping")), 4, 0)
        edit.addWidget(self.crew, 4, 1, 1, 2)
        edit.addWidget(self.crew_button, 4, 3)
        edit.setColumnStretch(1, 1)
        self.edit_box = QWidget()
        self.edit_box.setLayout(edit)

        self.buttons: dict[str, QPushButton] = {}
        # Three rows, each fitting the editor at 1366 px: the steps of the dispatch's life; the steps
        # beside it (back to draft, returns, the override, cancelling); the papers.
        steps, aside, prints = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for row, step, label, handler in (
                (steps, "submit", self.tr("Ajukan"), self.submit), (steps, "approve", self.tr("Setujui"), self.approve),
                (steps, "send", self.tr("Kirim"), self.send), (steps, "handover", self.tr("Serah terima..."), self.handover),
                (steps, "close", self.tr("Tutup"), self.close_),
                (aside, "withdraw", self.tr("Kembalikan ke konsep"), self.withdraw),
                (aside, "return", self.tr("Pengembalian..."), self.return_goods),
                (aside, "override_release", self.tr("Izinkan tanpa status darurat..."), self.override_release),
                (aside, "cancel", self.tr("Batalkan..."), self.cancel)):
            button = QPushButton(label)
            button.clicked.connect(handler)
            if step in ("submit", "approve", "send", "handover"):
                button.setObjectName("primary")
            self.buttons[step] = button
            row.addWidget(button)
        steps.addStretch(1)
        aside.addStretch(1)
        prints.addStretch(1)
        for step, label in (("manifest", self.tr("Cetak Surat Jalan")), ("bast", self.tr("Cetak BAST")),
                            ("pinjam_pakai", self.tr("Cetak BA Pinjam Pakai")),
                            ("pengembalian", self.tr("Cetak BA Pengembalian"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=step: self.print_document(s))
            self.buttons[step] = button
            prints.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.escorts)
        layout.addWidget(self.edit_box)
        layout.addLayout(steps)
        layout.addLayout(aside)
        layout.addLayout(prints)
        if self.ctx.posko is not None:
            for step, button in self.buttons.items():
                button.setVisible(step in POSKO_STEPS)
        self.show_record(None)

    # --- showing ---------------------------------------------------------------------------------


    def _nothing_chosen(self) -> str:
        if self.ctx.posko is not None:  # a posko makes no dispatch
            return self.tr("Pilih pengiriman di daftar untuk mencatat serah terimanya.")
        return self.tr("Pilih pengiriman di daftar, atau buat pengiriman baru.")
    def load(self, number: str | None) -> None:
        if number is None:
            self._read.drop()
            self.show_record(None)
            return
        self._read.start(_load_editor, number, on_success=self._loaded)

    def _loaded(self, result: dict) -> None:
        record: DispatchRecord = result["record"]
        self.items = result["items"]
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for it in self.items:
            self.item.addItem(f"{it.name} ({it.code}) – {indonesian.quantity(it.free)} {texts.label(it.unit)}",
                              it.code)
        if current is not None and self.item.findData(current) >= 0:
            self.item.setCurrentIndex(self.item.findData(current))
        self.item.blockSignals(False)
        self.crew_choices = result["crew"]
        self.show_record(record)

    def show_record(self, record: DispatchRecord | None) -> None:
        """Show ``record`` with the choices last read (the free stock and the crew of its incident)."""
        self.record = record
        self.lines.setRowCount(0)
        self.crew.clear()
        taken = {e.nik for e in record.escorts} if record else set()
        for nik, name, role in self.crew_choices if record else ():
            if nik not in taken:
                self.crew.addItem(f"{name} – {texts.label(role)}", nik)
        if record is None:
            self.title.setText(self._nothing_chosen())
            self.info.clear()
            self.escorts.clear()
        else:
            self.title.setText(self.tr("{number} · {status}").format(number=record.number,
                                                                     status=texts.label(record.status_label)))
            parts = [self.tr("Kejadian: {incident} {name}").format(incident=record.incident, name=record.incident_name),
                     self.tr("Dari: {warehouse}").format(warehouse=record.warehouse_name),
                     self.tr("Tujuan: {to}").format(to=record.destination_text),
                     self.tr("Penerima: {name}").format(name=record.recipient_name)
                     + (f", {record.recipient_position}" if record.recipient_position else ""),
                     self.tr("Kendaraan: {plate}; pengemudi: {driver}").format(plate=record.vehicle_plate or "-",
                                                                             driver=record.driver_name or "-")]
            if record.manifest_number:
                parts.append(self.tr("Surat Jalan: {number}").format(number=record.manifest_number))
            if record.bast_number:
                parts.append(self.tr("BAST: {number}").format(number=record.bast_number))
            if record.lent and record.loan_due:
                parts.append(self.tr("Peralatan pinjam pakai wajib kembali: {day}").format(
                    day=indonesian.long_date(record.loan_due))
                    + (f" ({record.loan_number})" if record.loan_number else ""))
            if record.release_override:
                parts.append(self.tr("Izin tanpa status darurat dari {by}: {reason}").format(
                    by=record.release_override_by, reason=record.release_override))
            if record.cancel_reason:
                parts.append(self.tr("Dibatalkan: {reason}").format(reason=record.cancel_reason))
            self.info.setText("\n".join(parts))
            for line in record.lines:
                self._add_row(line)
            self.escorts.setText(self.tr("Pendamping: {names}").format(
                names=", ".join(f"{e.name} ({texts.label(e.role_label)})" for e in record.escorts) or "-"))
        self._enable()

    def _add_row(self, line: D.LineInfo) -> None:
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        picks = ", ".join(f"SN {p.serial}" if p.serial else f"{p.batch or '-'} × {indonesian.quantity(p.quantity)}"
                          for p in line.picks)
        notes = []
        if line.received is not None and line.received != line.quantity:
            notes.append(self.tr("diterima {n}: {why}").format(n=indonesian.quantity(line.received),
                                                               why=line.difference_reason))
        if line.returned:
            notes.append(self.tr("kembali {n}").format(n=indonesian.quantity(line.returned)))
        for c, text in enumerate((line.item, line.item_name, indonesian.quantity(line.quantity), texts.label(line.unit), picks,
                                  "; ".join(notes))):
            self.lines.setItem(r, c, QTableWidgetItem(text))

    def _enable(self) -> None:
        actor, record = self.ctx.actor, self.record
        for step, button in self.buttons.items():  # each button is the step of the lifecycle table it is named by
            chosen = lifecycle.STEPS[step]  # disabled by the step's capability, the tooltip saying who may
            duties.gate(button, chosen.who, actor, record.created_by if record else None, action=chosen.doing,
                        ready=record is not None and self._state_allows(step, chosen, record)
                        and not (step in ("submit", "approve") and not record.lines)
                        and not (step == "pinjam_pakai" and not record.lent)
                        and not (step == "override_release" and not record.needs_emergency)
                        and not (step == "pengembalian" and not any(r.equipment for r in record.returns)))
        if record is not None and record.bast_at_posko:  # the paper signed at the posko's handover is the one
            self.buttons["bast"].setToolTip(
                self.tr("BAST pengiriman ini dicetak dan ditandatangani di posko {code} dengan nomor {number}; "
                        "kantor tidak mencetak BAST kedua.").format(code=record.bast_at_posko, number=record.bast_number)
                if record.bast_number else
                self.tr("BAST pengiriman ini dicetak di posko {code} saat serah terima; nomornya datang dengan "
                        "berkas posko berikutnya.").format(code=record.bast_at_posko))
        self.edit_box.setVisible(record is not None and self.ctx.posko is None
                                 and lifecycle.can_edit_dispatch(actor, record))
        self.crew.setEnabled(self.crew.count() > 0)
        self.crew_button.setEnabled(self.crew.count() > 0 and record is not None
                                    and lifecycle.can(actor, "add_escort", record))
        self.kit.setEnabled(self.kit.count() > 0)
        self.kit_button.setEnabled(self.kit.count() > 0)
        self._check_quantity()

    def _state_allows(self, step: str, chosen: lifecycle.Step, record: DispatchRecord) -> bool:
        if step == "handover" and self.ctx.posko is not None:
            return record.status in POSKO_HANDOVER_FROM
        if step == "handover" and record.handed_over_at_posko:  # the posko's file brings it
            return False
        if step == "bast" and record.bast_at_posko:  # printed at the posko's handover (documents.BastAtPosko)
            return False
        return lifecycle.state_allows(chosen, record)

    def set_kits(self, kit_rows: list[tuple[str, str, str]]) -> None:
        self.kit.clear()
        for code, name, basis in kit_rows:
            per = self.tr("per KK") if basis == "kk" else self.tr("per jiwa") if basis == "jiwa" else self.tr("tetap")
            self.kit.addItem(f"{name} ({per})", (code, basis))

    # --- editing ---------------------------------------------------------------------------------

    def free_of(self, code: str | None) -> FreeItem | None:
        return next((i for i in self.items if i.code == code), None)

    def _check_quantity(self) -> bool:
        """Show the free stock of the chosen item; refuse more than that before saving."""
        found = self.free_of(self.item.currentData())
        if found is None:
            self.free_label.setText(self.tr("Tidak ada stok bebas di gudang ini.") if self.record else "")
            self.add_button.setEnabled(False)
            return False
        self.free_label.setText(self.tr("Stok bebas {item}: {free} {unit}").format(
            item=found.name, free=indonesian.quantity(found.free), unit=texts.label(found.unit)))
        qty = self.quantity.value()
        if qty > found.free:
            self.line_error.setText(self.tr("Stok {item} tidak cukup: tersedia {free} {unit}, diminta {qty} {unit}.")
                                    .format(item=found.name, free=indonesian.quantity(found.free), unit=texts.label(found.unit),
                                            qty=indonesian.quantity(qty)))
            self.line_error.show()
        else:
            self.line_error.hide()
        ok = 0 < qty <= found.free
        self.add_button.setEnabled(ok)
        return ok

    def add_line(self) -> None:
        if self.record is None or not self._check_quantity():
            return
        self._write(D.add_line, self.record.number, self.item.currentData(), self.quantity.value(), inline=True)

    def add_kit(self) -> None:
        if self.record is None or self.kit.currentData() is None:
            return
        code, basis = self.kit.currentData()
        count = self.kit_count.value() or None
        kwargs = {"households": count} if basis == "kk" else {"people": count}
        self._write(kits.add_kit_to_dispatch, self.record.number, code, inline=True, **kwargs)

    def add_escort(self) -> None:
        if self.record is not None and self.crew.currentData():
            self._write(D.add_escort, self.record.number, self.crew.currentData())

    def _write(self, service, *args, inline: bool = False,  # noqa: ANN001
               **kwargs) -> ops.Op:  # noqa: ANN003
        self.line_error.hide()
        on_error = self._inline_error if inline else None
        return ops.write(self.ctx, self, service, *args, on_error=on_error, on_success=self._written, **kwargs)

    def _written(self, record: DispatchRecord) -> None:
        """A step or an edit of this editor: its result is the whole record, so nothing is read again
        (the page skips this editor on its own change). The free stock offered stays right: a draft's
        lines promise nothing until the approval, and after it no line is added."""
        if self.page.selected_number() in (None, record.number):
            self._read.drop()  # a read started before the write would show the dispatch as it was
            self.show_record(record)

    def _inline_error(self, exc: BaseException) -> None:
        if isinstance(exc, TaganaError):
            self.line_error.setText(errors.error_text(exc))
            self.line_error.show()
            self.load(self.record.number if self.record else None)  # the free stock may have changed
        else:
            errors.present_error(self, exc)

    # --- steps -----------------------------------------------------------------------------------

    def submit(self) -> ops.Op | None:
        if self.record and dialogs.confirm(self, self.tr("Ajukan pengiriman"), self.tr(
                "Ajukan {number} untuk disetujui pejabat? Barangnya tidak dapat diubah lagi kecuali dikembalikan "
                "ke konsep.").format(number=self.record.number)):
            return self._write(D.submit_dispatch, self.record.number)
        return None

    def withdraw(self) -> ops.Op | None:
        if self.record and dialogs.confirm(self, self.tr("Kembalikan ke konsep"), self.tr(
                "Kembalikan {number} ke konsep agar barangnya dapat diubah?").format(number=self.record.number)):
            return self._write(D.withdraw_dispatch, self.record.number)
        return None

    def approve(self) -> ops.Op | None:
        if self.record and dialogs.confirm(self, self.tr("Setujui pengiriman"), self.tr(
                "Setujui {number}? Stok akan dicadangkan untuk pengiriman ini.").format(number=self.record.number)):
            return self._write(D.approve_dispatch, self.record.number)
        return None

    def send(self) -> ops.Op | None:
        if self.record and dialogs.confirm(self, self.tr("Kirim barang"), self.tr(
                "Barang {number} keluar dari gudang sekarang?").format(number=self.record.number)):
            return self._write(D.send_dispatch, self.record.number)
        return None

    def close_(self) -> CloseDialog | None:
        """The close shows what is still out first, and offers a pejabat the override."""
        if self.record is None:
            return None
        r = self.record
        dialog = CloseDialog(self.ctx, number=r.number, title=self.tr("Tutup pengiriman"),
                             subtitle=self.tr("{number} ke {destination}").format(number=r.number,
                                                                                  destination=r.destination),
                             service=D.close_dispatch, incident=False, made_by=r.created_by, parent=self)
        dialog.open()
        return dialog

    def handover(self) -> HandoverDialog | None:
        return self._dialog(HandoverDialog) if self.record else None

    def return_goods(self) -> ReturnDialog | None:
        return self._dialog(ReturnDialog) if self.record else None

    def cancel(self) -> CancelDialog | None:
        return self._dialog(CancelDialog) if self.record else None

    def override_release(self) -> OverrideReleaseDialog | None:
        return self._dialog(OverrideReleaseDialog) if self.record else None

    def _dialog(self, kind: type) -> QWidget:
        dialog = kind(self.ctx, self.record, parent=self)  # its write's change reloads this editor
        dialog.open()
        return dialog

    def print_document(self, kind: str) -> ops.Op | None:
        if self.record is None:
            return None
        service = {"manifest": documents.print_manifest, "bast": documents.print_bast,
                   "pinjam_pakai": loan_papers.print_pinjam_pakai,
                   "pengembalian": loan_papers.print_pengembalian}[kind]
        directory = documents.documents_dir(self.ctx.local)
        return ops.write(self.ctx, self, service, self.record.number, directory=directory,
                         on_success=self._printed)

    def _printed(self, printed_doc: documents.PrintedDocument) -> None:
        self.load(self.record.number if self.record else None)  # the new document number (the page skips it)
        printed.show(self, printed_doc.path)


class DispatchesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices: dict = {"incidents": [], "warehouses": [], "kits": []}
        self._want: str | None = None  # a dispatch just created, to select once the list has it
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Perlu tindakan"), ",".join(lifecycle.PENDING_STATES))
        for code, label in lifecycle.STATES.items():
            self.status.addItem(texts.label(label), code)
        self.status.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, tujuan, penerima atau kejadian..."))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.new_button = QPushButton(self.tr("Pengiriman baru..."))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.open_new)
        self.new_button.setEnabled(lifecycle.can_create_dispatch(ctx.actor))
        self.new_button.setVisible(ctx.posko is None)  # a posko receives dispatches, the office makes them
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)

        self.model = DispatchListModel(self)
        self._list_read = ops.CurrentRead(ctx.db, self)  # the list for the status and text typed last
        self.table = setup_table(QTableView(), self.model, stretch=DispatchColumn.DESTINATION,
                                 widths={DispatchColumn.NUMBER: 200})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.editor = DispatchEditor(self)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 650])
        self.table.setMinimumWidth(320)

        layout = (page_layout(self, self.tr("Pengiriman masuk"),
                              self.tr("Bantuan yang dikirim kantor ke posko ini: catat serah terima dengan jumlah yang "
                                      "diterima, selisih dan alasannya, lalu cetak BAST untuk ditandatangani di sini."))
                  if ctx.posko is not None else
                  page_layout(self, self.tr("Pengiriman"),
                              self.tr("Bantuan dari gudang ke lokasi bencana: konsep, persetujuan (stok dicadangkan), "
                                      "pengiriman, serah terima dan pengembalian peralatan.")))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        ctx.changes.changed.connect(self._on_changed)
        self.reload()
        ops.read(ctx.db, self, _load_choices, on_success=self._choices)

    def _choices(self, choices: dict) -> None:
        self.choices = choices
        self.editor.set_kits(choices["kits"])
        self.editor._enable()

    def selected_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).number if rows else None

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row is not None:
            self.table.selectRow(row)

    def reload(self) -> None:
        self._timer.stop()
        self._list_read.start(D.list_dispatches, status=self.status.currentData(),
                              text=self.search.text().strip() or None, on_success=self._listed)

    def _listed(self, rows: list) -> None:
        keep = self._want or self.selected_number()
        self.model.set_rows(rows)
        if keep:
            self._want = None
            self.select(keep)
            if self.model.row_of(keep) is None:
                self.editor.load(None)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.editor.load(self.selected_number())

    def open_new(self) -> NewDispatchDialog:
        dialog = NewDispatchDialog(self.ctx, self.choices["incidents"], self.choices["warehouses"],
                                   poskos=self.choices.get("poskos", []), parent=self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: NewDispatchDialog) -> None:
        if dialog.created is not None:
            self._want = dialog.created.number
            self.reload()

    def show_link(self, number: str) -> None:
        """Select dispatch ``number`` (one just made elsewhere, e.g. from a request) once the list has it."""
        self._want = number
        self.reload()

    def refresh(self) -> None:
        self.reload()
        ops.read(self.ctx.db, self, _load_choices, on_success=self._choices)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("dispatches", "stock", "incidents", "volunteers"):
            self.reload()
            number = self.selected_number()
            if number and not changes.made_by(self.editor):  # the editor showed its own write already
                self.editor.load(number)
        if changes.touches("incidents", "stock"):
            ops.read(self.ctx.db, self, _load_choices, on_success=self._choices)

