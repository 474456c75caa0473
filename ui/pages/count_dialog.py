"""The "Stock opname" window of the stock page: every count with its status; start one, print its blind
sheet, enter what was counted per batch (a line shows its book figures once it is counted, so the
counting stays blind), record goods found off the books, send the count for approval; an official who
did not count approves it (the adjustments post) and its Berita Acara Stock Opname prints."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory import catalog, count_papers, counts, documents
from inventory.permissions import can_approve_count, can_count_stock
from tagana_app import clock, indonesian, pdf, printing
from tagana_app.errors import TaganaError
from tagana_app.quantities import MAX_QUANTITY
from ui import duties, errors, ops, printed, texts
from ui.context import AppContext
from ui.form_dialog import heading
from ui.pages.stock_papers import CountPaperDialog, StartCountDialog
from ui.table_view import setup_table

# the columns of the lines table; the counted quantity and the reason are typed in place
NO, CODE, NAME, BATCH, EXPIRY, UNIT, COUNTED, BOOK, DURING, EXPECTED, DIFF, REASON = range(12)
ERROR_BACKGROUND = QColor("#fde2e1")


def _choices(session: Any) -> dict[str, Any]:
    return {"warehouses": catalog.list_warehouses(session), "items": catalog.list_items(session)}


def _write_sheet(db: Any, number: str, folder: Path) -> str:
    """The blind count sheet of ``number`` as a PDF in the documents folder; its path."""
    with db.read() as session:
        sheet = counts.count_sheet(session, number)
        profile = pdf.load_profile(session)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"lembar-hitung_{re.sub(r'[^0-9A-Za-z]+', '-', number).strip('-')}.pdf"
    documents.count_sheet_pdf(sheet, profile, path)
    return str(path)


def _quantity(text: str) -> int | None:
    """A typed quantity ("1.250" as Indonesians group digits); None when the cell is empty."""
    digits = text.strip().replace(".", "").replace(" ", "")
    if not digits:
        return None
    if not digits.isdigit():
        raise ValueError(text)
    return int(digits)


def _day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    return datetime.strptime(text, "%d-%m-%Y").date()


class CountsDialog(QDialog):
    """Counts of every warehouse (newest first) above the lines of the one selected."""

    def __init__(self, ctx: AppContext, *, warehouse: str | None = None, number: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warehouse_hint = warehouse
        self.wanted = number  # the count to select once the list arrives
        self.choices: dict[str, Any] = {"warehouses": [], "items": []}
        self.found: list[counts.CountInfo] = []
        self.info: counts.CountInfo | None = None
        self.printed_doc: printing.PrintedDocument | None = None
        self._filling = False
        self._read = ops.CurrentRead(ctx.db, self)
        may_count, may_approve = can_count_stock(ctx.actor), can_approve_count(ctx.actor)
        self.setWindowTitle(self.tr("Stock opname"))

        self.list = QTableWidget(0, 5)
        self.list.setHorizontalHeaderLabels([self.tr("Nomor"), self.tr("Gudang"), self.tr("Status"),
                                             self.tr("Cut-off"), self.tr("Belum dihitung")])
        setup_table(self.list, stretch=1, widths={0: 230, 2: 110, 3: 150, 4: 130})
        self.list.itemSelectionChanged.connect(self._count_selected)
        self.start_button = QPushButton(self.tr("Mulai opname..."))
        self.start_button.clicked.connect(self.open_start)
        self.sheet_button = QPushButton(self.tr("Cetak lembar hitung"))
        self.sheet_button.clicked.connect(self.print_sheet)
        self.submit_button = QPushButton(self.tr("Ajukan persetujuan"))
        self.submit_button.clicked.connect(self.submit_count)
        self.approve_button = QPushButton(self.tr("Setujui && posting"))
        self.approve_button.setObjectName("primary")
        self.approve_button.clicked.connect(self.approve)
        self.return_note = QLineEdit()
        self.return_note.setPlaceholderText(self.tr("Catatan bila dikembalikan ke gudang"))
        self.return_button = QPushButton(self.tr("Kembalikan"))
        self.return_button.clicked.connect(self.return_count)
        self.paper_button = QPushButton(self.tr("BA Stock Opname..."))
        self.paper_button.clicked.connect(self.open_paper)
        for widget in (self.start_button, self.submit_button, self.paper_button):
            widget.setVisible(may_count)
        for widget in (self.approve_button, self.return_note, self.return_button):
            widget.setVisible(may_approve)
        actions = QHBoxLayout()
        for widget in (self.start_button, self.sheet_button, self.submit_button, self.paper_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.return_note, 1)
        actions.addWidget(self.return_button)
        actions.addWidget(self.approve_button)

        self.state = QLabel()
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        self.lines = QTableWidget(0, 12)
        self.lines.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Kode"), self.tr("Nama barang"), self.tr("Batch"), self.tr("Kedaluwarsa"),
            self.tr("Satuan"), self.tr("Fisik"), self.tr("Buku (cut-off)"), self.tr("Mutasi selama opname"),
            self.tr("Seharusnya"), self.tr("Selisih"), self.tr("Alasan selisih")])
        setup_table(self.lines, stretch=(NAME, REASON), widths={
            NO: 40, CODE: 60, BATCH: 160, EXPIRY: 100, UNIT: 60, COUNTED: 75, BOOK: 110, DURING: 180,
            EXPECTED: 95, DIFF: 65})
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines.itemChanged.connect(self._cell_changed)

        # goods found off the books: item, batch, expiry (for an item that expires), quantity, reason
        self.found_item = QComboBox()
        self.found_item.setMinimumWidth(220)
        self.found_batch = QLineEdit()
        self.found_batch.setPlaceholderText(self.tr("Batch"))
        self.found_expiry = QLineEdit()
        self.found_expiry.setPlaceholderText(self.tr("Kedaluwarsa dd-mm-yyyy"))
        self.found_expiry.setMinimumWidth(160)
        self.found_qty = QSpinBox()
        self.found_qty.setRange(0, MAX_QUANTITY)
        self.found_reason = QLineEdit()
        self.found_reason.setPlaceholderText(self.tr("Alasan, mis. ditemukan di rak C"))
        self.found_button = QPushButton(self.tr("Catat temuan"))
        self.found_button.clicked.connect(self.add_found)
        self.found_row = QWidget()
        found = QHBoxLayout(self.found_row)
        found.setContentsMargins(0, 0, 0, 0)
        found.addWidget(QLabel(self.tr("Barang ditemukan di luar catatan:")))
        for widget, stretch in ((self.found_item, 2), (self.found_batch, 1), (self.found_expiry, 1),
                                (self.found_qty, 0), (self.found_reason, 2), (self.found_button, 0)):
            found.addWidget(widget, stretch)
        self.found_row.setVisible(may_count)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        close = self.close_button = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.state)
        lower_layout.addWidget(self.lines, 1)
        lower_layout.addWidget(self.found_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Stock opname"), self.tr(
            "Hitung fisik per batch: jumlah menurut buku baru tampil setelah baris dihitung. Opname yang lengkap "
            "diajukan ke pejabat; pejabat yang tidak ikut menghitung menyetujui, lalu selisihnya dibukukan dan "
            "Berita Acara Stock Opname dicetak.")))
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1280, 700)
        self._update_buttons()
        ops.read(ctx.db, self, _choices, on_success=self._fill_choices)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------

    def _fill_choices(self, choices: dict[str, Any]) -> None:
        posko = self.ctx.posko
        if posko is not None:  # a posko counts its own warehouse
            choices = {**choices, "warehouses": [w for w in choices["warehouses"] if w.id == posko.warehouse_id]}
            self.warehouse_hint = choices["warehouses"][0].code if choices["warehouses"] else self.warehouse_hint
        self.choices = choices
        for item in choices["items"]:
            self.found_item.addItem(f"{item.code} · {item.name}", item.code)

    def reload(self) -> None:
        ops.read(self.ctx.db, self, counts.list_counts, on_success=self._fill_list)

    def _fill_list(self, found: list[counts.CountInfo]) -> None:
        keep = self.wanted or (self.info.number if self.info else None)
        self.found = found
        self.list.blockSignals(True)
        self.list.setRowCount(len(found))
        for r, c in enumerate(found):
            for col, value in enumerate((c.number, f"{c.warehouse_name} ({c.warehouse})", texts.label(c.status),
                                         clock.local(c.cutoff).strftime("%d-%m-%Y %H:%M"),
                                         indonesian.quantity(c.uncounted) if c.status == "dibuka" else "")):
                self.list.setItem(r, col, QTableWidgetItem(value))
        numbers = [c.number for c in found]
        if found:
            self.list.selectRow(numbers.index(keep) if keep in numbers else 0)
        self.list.blockSignals(False)
        self.wanted = None
        self._count_selected()  # its lines again, also when the same count stays selected

    def selected_number(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        return self.found[rows[0].row()].number if rows and rows[0].row() < len(self.found) else None

    def _count_selected(self) -> None:
        number = self.selected_number()
        if number is not None:
            self._read.start(counts.get_count, number, on_success=self.show_count)

    def show_count(self, info: counts.CountInfo) -> None:
        self.info = info
        editable = info.status == "dibuka" and can_count_stock(self.ctx.actor)
        self._filling = True
        self.lines.setRowCount(len(info.lines))
        for r, line in enumerate(info.lines):
            self._fill_row(r, line, editable)
        self._filling = False
        state = {
            "dibuka": self.tr("Dibuka: isi kolom Fisik (dan Alasan bila ada selisih), lalu ajukan persetujuan."),
            "diajukan": self.tr("Diajukan oleh {who}; menunggu persetujuan pejabat yang tidak ikut menghitung "
                                "(dihitung oleh: {counters}).").format(who=info.submitted_by,
                                                                       counters=", ".join(info.counted_by) or "-"),
            "diposting": self.tr("Disetujui dan diposting oleh {who}.").format(who=info.posted_by or "-"),
        }.get(info.status, texts.label(info.status))
        self.state.setText(f"{info.number} · {info.warehouse_name} · {state}")
        self._update_buttons()

    def _fill_row(self, r: int, line: counts.CountLineInfo, editable: bool) -> None:
        q = indonesian.quantity
        counted = line.counted_qty is not None  # the book figures show once the line is counted
        values = {NO: str(line.line_no), CODE: line.item, NAME: line.item_name,
                  BATCH: line.batch or self.tr("(tanpa batch)"),
                  EXPIRY: indonesian.short_date(line.expiry) if line.expiry else "", UNIT: texts.label(line.unit),
                  COUNTED: q(line.counted_qty) if counted else "",
                  BOOK: q(line.snapshot_qty) if counted else "",
                  DURING: f"{line.during_count:+d}" if counted and line.during_count else "",
                  EXPECTED: q(line.expected_qty) if counted and line.expected_qty is not None else "",
                  DIFF: f"{line.difference:+d}" if counted and line.difference else ("0" if counted else ""),
                  REASON: line.reason}
        for col, value in values.items():
            item = QTableWidgetItem(value)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable and col in (COUNTED, REASON):
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            if col in (NO, COUNTED, BOOK, DURING, EXPECTED, DIFF):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == DIFF and line.difference:
                item.setForeground(QColor("#b42318"))
            self.lines.setItem(r, col, item)

    def _update_buttons(self) -> None:
        status = self.info.status if self.info else None
        self.sheet_button.setEnabled(status in ("dibuka", "diajukan"))
        self.submit_button.setEnabled(status == "dibuka")
        self.found_row.setEnabled(status == "dibuka")
        makers = (self.info.submitted_by, *self.info.counted_by) if self.info else None
        duties.gate(self.approve_button, can_approve_count, self.ctx.actor, makers, ready=status == "diajukan")
        self.return_button.setEnabled(status == "diajukan")
        self.paper_button.setEnabled(status == "diposting")

    # --- entering counts -------------------------------------------------------------------------------

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or self.info is None or cell.column() not in (COUNTED, REASON):
            return
        r = cell.row()
        line = self.info.lines[r]
        try:
            counted = _quantity(self.lines.item(r, COUNTED).text())
        except ValueError:
            self._row_failed(r, self.tr("Fisik harus bilangan bulat, mis. 1.250."))
            return
        if counted is None:
            return
        reason = self.lines.item(r, REASON).text() if self.lines.item(r, REASON) else ""
        ops.write(self.ctx, self, counts.enter_count, self.info.number, line.item, counted, batch=line.batch,
                  reason=reason, on_success=lambda saved, row=r: self._row_saved(row, saved),
                  on_error=lambda exc, row=r: self._row_failed(row, errors.error_text(exc), exc))

    def _row_saved(self, r: int, saved: counts.CountLineInfo) -> None:
        if self.info is None or r >= len(self.info.lines) or self.info.lines[r].id != saved.id:
            return
        lines = list(self.info.lines)
        lines[r] = saved
        self.info = counts.CountInfo(**{**self.info.__dict__, "lines": tuple(lines)})
        self._filling = True
        self._fill_row(r, saved, True)
        self._filling = False
        self.error.hide()
        self._refresh_list_quietly()

    def _row_failed(self, r: int, text: str, exc: BaseException | None = None) -> None:
        if exc is not None and not isinstance(exc, TaganaError):
            errors.present_error(self, exc)
            return
        self._show_error(self.tr("Baris {n} ({item}): {error}").format(
            n=r + 1, item=self.info.lines[r].item if self.info else "", error=text))
        for col in range(self.lines.columnCount()):
            cell = self.lines.item(r, col)
            if cell is not None:
                self._filling = True
                cell.setBackground(ERROR_BACKGROUND)
                cell.setToolTip(text)
                self._filling = False
        self.lines.setCurrentCell(r, COUNTED)

    def _refresh_list_quietly(self) -> None:
        ops.read(self.ctx.db, self, counts.list_counts, on_success=self._update_list_figures)

    def _update_list_figures(self, found: list[counts.CountInfo]) -> None:
        if [c.number for c in found] != [c.number for c in self.found]:
            return
        self.found = found
        for r, c in enumerate(found):
            self.list.item(r, 4).setText(indonesian.quantity(c.uncounted) if c.status == "dibuka" else "")

    def add_found(self) -> None:
        if self.info is None:
            return
        try:
            expiry = _day(self.found_expiry.text())
        except ValueError:
            self._show_error(self.tr("Tanggal kedaluwarsa '{text}' tidak valid; tulis dd-mm-yyyy.").format(
                text=self.found_expiry.text()), self.found_expiry)
            return
        ops.write(self.ctx, self, counts.enter_count, self.info.number, self.found_item.currentData(),
                  self.found_qty.value(), batch=self.found_batch.text(), reason=self.found_reason.text(),
                  expiry=expiry, on_success=self._found_saved, on_error=self._found_failed)

    def _found_saved(self, _line: counts.CountLineInfo) -> None:
        self.error.hide()
        for edit in (self.found_batch, self.found_expiry, self.found_reason):
            edit.clear()
        self.found_qty.setValue(0)
        self._after_write()

    def _found_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, TaganaError):
            errors.present_error(self, exc)
            return
        field = (self.found_batch if not self.found_batch.text().strip()
                 else self.found_expiry if not self.found_expiry.text().strip() else self.found_qty)
        self._show_error(self.tr("Barang ditemukan: {error}").format(error=errors.error_text(exc)), field)

    # --- the steps of a count ----------------------------------------------------------------------

    def open_start(self) -> StartCountDialog:
        dialog = StartCountDialog(self.ctx, self.choices["warehouses"], warehouse=self.warehouse_hint, parent=self)
        dialog.accepted.connect(lambda: self._started(dialog))
        dialog.open()
        return dialog

    def _started(self, dialog: StartCountDialog) -> None:
        if dialog.result_count is not None:
            self.wanted = dialog.result_count.number
            self.reload()

    def print_sheet(self) -> None:
        number = self.selected_number()
        if number is not None:
            folder = printing.documents_dir(self.ctx.local)
            ops.run(self, lambda: _write_sheet(self.ctx.db, number, folder), on_success=lambda path: printed.show(self, path),
                    on_error=self._failed)

    def submit_count(self) -> None:
        if self.info is not None:
            ops.write(self.ctx, self, counts.submit_count, self.info.number, on_success=self._after_write,
                      on_error=self._failed)

    def return_count(self) -> None:
        if self.info is not None:
            ops.write(self.ctx, self, counts.return_count, self.info.number, self.return_note.text(),
                      on_success=self._after_write, on_error=lambda exc: self._failed(exc, self.return_note))

    def approve(self) -> None:
        if self.info is None:
            return
        self.approve_button.setEnabled(False)  # once per click
        ops.write(self.ctx, self, counts.approve_count, self.info.number, on_success=self._approved,
                  on_error=self._approval_failed)

    def _approval_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self._failed(exc)

    def _approved(self, result: tuple[counts.CountInfo, Any]) -> None:
        info, _booking = result
        self._after_write()
        ops.write(self.ctx, self, count_papers.print_count_report, info.number,
                  directory=printing.documents_dir(self.ctx.local), on_success=self._printed, on_error=self._failed)

    def _printed(self, doc: printing.PrintedDocument) -> None:
        self.printed_doc = doc
        printed.show(self, doc.path)

    def open_paper(self) -> CountPaperDialog:
        dialog = CountPaperDialog(self.ctx, number=self.info.number if self.info else None, parent=self)
        dialog.open()
        return dialog

    def _after_write(self, *_result: Any) -> None:
        self.error.hide()
        self.return_note.clear()
        self.reload()

    def _failed(self, exc: BaseException, field: QWidget | None = None) -> None:
        if isinstance(exc, TaganaError):
            self._show_error(errors.error_text(exc), field)
        else:
            errors.present_error(self, exc)

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()
