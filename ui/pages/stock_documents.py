"""Penerimaan and pengeluaran as documents: a header and any number of lines (ui.line_table).

Three steps in one window: the document is written (header, lines), "Periksa..." checks it and shows
a summary (lines, totals per item in the item's unit, value where priced), "Catat" books it; then the
document number shows with the button that prints its paper (BAPB for a receipt, SBBK for an issue,
inventory.papers).  A refusal of the service goes back to the table with the row it concerns current
and nothing lost.  No key books anything: the window has no default button, and Enter in the table
moves to the next row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory import papers, stock
from inventory.catalog import WarehouseInfo
from inventory.ledger import Booking
from inventory.permissions import can_override_expired
from inventory.stock import COUNTERPARTY_MAX, DOC_NUMBER_MAX, SOURCE_LABELS, IssueLine, ReceiveLine
from tagana_app import clock, indonesian, printing
from tagana_app.errors import TaganaError
from tagana_app.quantities import format_rupiah
from ui import dates, dialogs, errors, ops, printed, texts
from ui.context import AppContext
from ui.form_dialog import heading
from ui.line_table import ISSUE_COLUMNS, RECEIPT_COLUMNS, CheckedLine, LineTable, parse_date
from ui.table_view import setup_table


def _button(text: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # no key presses a button of this window but Space on it
    button.setDefault(False)
    if primary:
        button.setObjectName("primary")
    return button


def _line_edit(max_len: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_len)
    edit.setPlaceholderText(placeholder)
    return edit


class _DocumentDialog(QDialog):
    """The steps shared by a receipt and an issue; subclasses fill the header and book."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], columns: tuple[str, ...],
                 warehouse: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc_title = ""
        self.booking: Booking | None = None
        self.printed_doc: printing.PrintedDocument | None = None
        self.lines: list[CheckedLine] = []
        self.warehouse = QComboBox()
        for w in warehouses:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.code)
        if warehouse:
            self.warehouse.setCurrentIndex(max(self.warehouse.findData(warehouse), 0))
        self.doc_date = QDateEdit(dates.today())
        self.doc_date.setDisplayFormat("dd-MM-yyyy")
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setMaximumDate(dates.today())
        self.doc_date.dateChanged.connect(self._date_changed)
        self.backdate_reason = _line_edit(500, self.tr("mengapa dicatat dengan tanggal lalu"))
        self.backdate_label = QLabel(self.tr("Alasan tanggal mundur"))
        self.remarks = _line_edit(500)
        self.header = QGridLayout()
        self.header.setHorizontalSpacing(12)
        self.header.setVerticalSpacing(8)
        self.header.setColumnStretch(1, 1)
        self.header.setColumnStretch(3, 1)
        self.table = LineTable(ctx, columns)
        self.table.changed.connect(lambda: self.error.hide())
        self.table.looked_up.connect(self._looked_up)
        self._review_waiting = False  # "Periksa..." pressed while items were still being looked up
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()

        self.check_button = _button(self.tr("Periksa..."), primary=True)
        self.check_button.clicked.connect(self.review)
        self.cancel_button = _button(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.reject)
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addLayout(self.header)
        entry_layout.addSpacing(6)
        entry_layout.addWidget(self.table, 1)
        entry_layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.check_button)
        entry_layout.addLayout(row)

        # the summary: what will be booked
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.summary = setup_table(QTableWidget(0, 6), stretch=1, widths={0: 120, 2: 60, 3: 110, 4: 90, 5: 150})
        self.summary.setHorizontalHeaderLabels([self.tr("Kode barang"), self.tr("Nama"), self.tr("Baris"),
                                                self.tr("Jumlah"), self.tr("Satuan"), self.tr("Nilai")])
        self.total = QLabel()
        self.back_button = _button(self.tr("Kembali ke baris"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.book_button = _button(self.tr("Catat"), primary=True)
        self.book_button.clicked.connect(self.book)
        # booked: the same summary under the number, with the paper's button
        self.print_button = _button("", primary=True)
        self.print_button.clicked.connect(self.print_paper)
        self.print_button.hide()
        self.close_button = _button(self.tr("Tutup"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        self.done_text = QLabel(self.tr("Periksa sebelum dicatat"))
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.done_text.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.done_text.setFont(bold)
        summary_layout.addWidget(self.done_text)
        summary_layout.addWidget(self.summary_text)
        summary_layout.addWidget(self.summary, 1)
        summary_layout.addWidget(self.total)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.back_button, self.book_button, self.print_button, self.close_button):
            row.addWidget(button)
        summary_layout.addLayout(row)

        self.pages = QStackedWidget()
        for page in (entry, summary):
            self.pages.addWidget(page)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.addWidget(self.pages, 1)
        self.resize(1180, 660)

    def set_texts(self, title: str, subtitle: str, doc_title: str, paper_label: str) -> None:
        self.setWindowTitle(title)
        self.layout_.insertWidget(0, heading(title, subtitle))
        self.doc_title = doc_title
        self.print_button.setText(paper_label)

    def finish_header(self, pairs: list[tuple[str | QLabel, QWidget]]) -> None:
        """Lay the header fields out two pairs to a row; the reason for a back-dated document shows only then."""
        for n, (label, widget) in enumerate(pairs):
            r, c = divmod(n, 2)
            self.header.addWidget(label if isinstance(label, QLabel) else QLabel(label), r, c * 2)
            self.header.addWidget(widget, r, c * 2 + 1)
        self._date_changed()

    def _date_changed(self) -> None:
        back = self.doc_date.date() < dates.today()
        self.backdate_reason.setVisible(back)
        self.backdate_label.setVisible(back)

    def doc_day(self) -> date:
        return self.doc_date.date().toPython()

    # --- check, summary, book -----------------------------------------------------------------------------

    def header_problem(self) -> tuple[str, QWidget] | None:
        if self.doc_day() < clock.today() and not self.backdate_reason.text().strip():
            return self.tr("Tanggal dokumen sebelum hari ini: isikan alasan tanggal mundur."), self.backdate_reason
        return None

    def review(self) -> None:
        """Check the header and every line; then the summary (nothing is booked yet)."""
        self.error.hide()
        if not self.table.settled():
            self._review_waiting = True  # the check follows as soon as the items are found
            self.table.show_status(self.tr("Mencari barang pada tabel..."))
            return
        self._review_waiting = False
        problem = self.header_problem()
        if problem is not None:
            self.show_error(problem[0])
            problem[1].setFocus()
            return
        lines = self.table.check()
        if lines is None:
            return
        self.lines = lines
        self.fill_summary(lines)
        self.pages.setCurrentIndex(1)
        self.book_button.setFocus()

    def _looked_up(self) -> None:
        if self._review_waiting and self.table.settled() and self.pages.currentIndex() == 0:
            self.review()

    def summary_lines(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def fill_summary(self, lines: list[CheckedLine]) -> None:
        totals: dict[str, list[Any]] = {}
        for x in lines:
            entry = totals.setdefault(x.item.code, [x.item, 0, 0, None])
            entry[1] += 1
            entry[2] += x.units
            if x.unit_price is not None:
                entry[3] = (entry[3] or 0) + x.units * x.unit_price
        self.summary.setRowCount(len(totals))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, (info, n, units, value) in enumerate(totals.values()):
            cells = [info.code, info.name, str(n), indonesian.quantity(units), texts.label(info.unit),
                     format_rupiah(value) if value is not None else ""]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c in (2, 3, 5):
                    cell.setTextAlignment(right)
                self.summary.setItem(r, c, cell)
        self.summary_text.setText("\n".join(self.summary_lines()))
        value = sum(v for *_x, v in totals.values() if v is not None)
        priced = any(x.unit_price is not None for x in lines)
        text = self.tr("{lines} baris, {items} jenis barang.").format(lines=len(lines), items=len(totals))
        if priced:
            text += " " + self.tr("Nilai baris yang berharga: {value}.").format(value=format_rupiah(value))
        self.total.setText(text)

    def book(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def start_booking(self, service: Callable[..., Booking], *args: Any, **kwargs: Any) -> ops.Op:
        self.book_button.setEnabled(False)
        self.back_button.setEnabled(False)
        return ops.write(self.ctx, self, service, *args, **kwargs, on_success=self._booked, on_error=self._refused)

    def _booked(self, booking: Booking) -> None:
        self.booking = booking
        self.done_text.setText(self.tr("{kind} dicatat dengan nomor {number} ({lines} baris).").format(
            kind=self.doc_title, number=booking.doc_number, lines=len(self.lines)))
        for button in (self.back_button, self.book_button):
            button.hide()
        for button in (self.print_button, self.close_button):
            button.show()
        self.print_button.setFocus()

    def _refused(self, exc: BaseException) -> None:
        """Back to the table, the row the refusal concerns current; every line kept as it was written."""
        self.book_button.setEnabled(True)
        self.back_button.setEnabled(True)
        if not isinstance(exc, TaganaError):
            errors.present_error(self, exc)
            return
        text = errors.error_text(exc)
        self.pages.setCurrentIndex(0)
        row = self.table.row_of_refusal(exc, self.lines)
        if row is not None:
            fields = exc.fields  # the cell the refusal names: a serial number, a batch, else the quantity
            column = "serials" if "serial" in fields else "batch" if "batch" in fields else "qty"
            self.table.model.set_problem(row, text, column)
            self.table.show_status()
            self.table.focus_row(row, column)
            self.show_error(self.tr("Baris {row} ditolak: {text}").format(row=row + 1, text=text))
        else:
            self.show_error(text)

    def reject(self) -> None:
        """Cancel (or Escape): lines typed and not booked are thrown away only when the person says so."""
        if self.booking is None and self.table.model.filled() and not dialogs.confirm(
                self, self.windowTitle(), self.tr("Buang dokumen ini? Baris yang sudah diisi tidak disimpan.")):
            return
        super().reject()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def print_paper(self) -> ops.Op | None:
        if self.booking is None:
            return None
        self.print_button.setEnabled(False)
        op = ops.write(self.ctx, self, papers.print_stock_paper, self.booking.doc_number,
                       directory=printing.documents_dir(self.ctx.local), on_success=self._printed)
        op.finished.connect(lambda: self.print_button.setEnabled(True))
        return op

    def _printed(self, doc: printing.PrintedDocument) -> None:
        self.printed_doc = doc
        printed.show(self, doc.path)


class ReceiptDialog(_DocumentDialog):
    """Penerimaan barang: the source, the sender and their document (one delivery note for all lines)."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], *, warehouse: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, warehouses, RECEIPT_COLUMNS, warehouse, parent)
        self.set_texts(self.tr("Penerimaan barang"),
                       self.tr("Satu dokumen untuk semua barang yang datang bersama, mis. satu surat jalan "
                               "Kemensos. Tidak ada yang dicatat sebelum Anda memeriksa ringkasannya."),
                       self.tr("Penerimaan"), self.tr("Cetak BAPB"))
        self.source = QComboBox()
        for key, label in SOURCE_LABELS.items():
            self.source.addItem(texts.label(label), key)
        self.sender_name = _line_edit(COUNTERPARTY_MAX, self.tr("mis. Direktorat PSKBA Kemensos RI"))
        self.ref_number = _line_edit(DOC_NUMBER_MAX, self.tr("nomor surat jalan / BAST pengirim"))
        self.ref_date = _line_edit(10, self.tr("hh-bb-tttt"))
        self.finish_header([(self.tr("Gudang"), self.warehouse), (self.tr("Sumber"), self.source),
                            (self.tr("Pengirim"), self.sender_name), (self.tr("Keterangan"), self.remarks),
                            (self.tr("Nomor dokumen pengirim"), self.ref_number),
                            (self.tr("Tanggal dokumen pengirim"), self.ref_date),
                            (self.tr("Tanggal dokumen"), self.doc_date),
                            (self.backdate_label, self.backdate_reason)])
        self.book_button.setText(self.tr("Catat penerimaan"))

    def header_problem(self) -> tuple[str, QWidget] | None:
        if self.ref_date.text().strip() and parse_date(self.ref_date.text()) is None:
            return (self.tr("Tanggal dokumen pengirim '{value}' tidak dikenali; tulis hh-bb-tttt.").format(
                value=self.ref_date.text().strip()), self.ref_date)
        return super().header_problem()

    def summary_lines(self) -> list[str]:
        out = [self.tr("Gudang: {warehouse} · Sumber: {source} · Tanggal: {day}").format(
            warehouse=self.warehouse.currentText(), source=self.source.currentText(),
            day=indonesian.short_date(self.doc_day()))]
        sender = self.sender_name.text().strip() or self.source.currentText()
        ref = self.ref_number.text().strip()
        out.append(self.tr("Dari: {sender}").format(sender=sender)
                   + (" · " + self.tr("Dokumen pengirim: {number}").format(number=ref) if ref else ""))
        return out

    def book(self) -> None:
        lines = [ReceiveLine(x.item.code, x.quantity, x.batch, x.expiry, x.serials, x.condition, x.pack, x.unit_price)
                 for x in self.lines]
        back = self.doc_day() < clock.today()
        self.start_booking(stock.receive_goods, self.warehouse.currentData(), lines, source=self.source.currentData(),
                           sender=self.sender_name.text().strip(), doc_date=self.doc_day(),
                           remarks=self.remarks.text().strip(), ref_number=self.ref_number.text().strip(),
                           ref_date=parse_date(self.ref_date.text()) if self.ref_date.text().strip() else None,
                           backdate_reason=self.backdate_reason.text().strip() if back else "")


class IssueDocumentDialog(_DocumentDialog):
    """Pengeluaran barang to a recipient, under their request letter; expired stock only by a pejabat with a
    reason."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], *, warehouse: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, warehouses, ISSUE_COLUMNS, warehouse, parent)
        self.set_texts(self.tr("Pengeluaran barang"),
                       self.tr("Barang habis pakai diambil dari batch yang paling awal kedaluwarsa kecuali batch "
                               "disebutkan; peralatan keluar sebagai pinjaman."),
                       self.tr("Pengeluaran"), self.tr("Cetak SBBK"))
        self.recipient = _line_edit(COUNTERPARTY_MAX, self.tr("mis. Posko Banjir Desa ..., Kepala Desa"))
        self.ref_number = _line_edit(DOC_NUMBER_MAX, self.tr("nomor surat permintaan"))
        self.ref_date = _line_edit(10, self.tr("hh-bb-tttt"))
        self.override = QCheckBox(self.tr("Izinkan barang kedaluwarsa (pejabat)"))
        self.override_reason = _line_edit(500, self.tr("alasan tertulis pejabat"))
        self.override.setVisible(can_override_expired(ctx.actor))
        self.override_reason.setVisible(False)
        self.override.toggled.connect(self.override_reason.setVisible)
        override = QWidget()
        override_row = QHBoxLayout(override)
        override_row.setContentsMargins(0, 0, 0, 0)
        override_row.addWidget(self.override)
        override_row.addWidget(self.override_reason, 1)
        self.finish_header([(self.tr("Gudang"), self.warehouse), (self.tr("Penerima"), self.recipient),
                            (self.tr("Nomor dokumen permintaan"), self.ref_number),
                            (self.tr("Tanggal dokumen permintaan"), self.ref_date),
                            (self.tr("Tanggal dokumen"), self.doc_date),
                            (self.backdate_label, self.backdate_reason),
                            (self.tr("Keterangan"), self.remarks), ("", override)])
        self.book_button.setText(self.tr("Catat pengeluaran"))
        self.table.warehouse = self.warehouse.currentData()
        self.warehouse.currentIndexChanged.connect(self._warehouse_changed)

    def _warehouse_changed(self) -> None:
        self.table.warehouse = self.warehouse.currentData()
        self.table.refresh_available()

    def header_problem(self) -> tuple[str, QWidget] | None:
        if not self.recipient.text().strip():
            return self.tr("Isikan penerima barang."), self.recipient
        if self.ref_date.text().strip() and parse_date(self.ref_date.text()) is None:
            return (self.tr("Tanggal dokumen permintaan '{value}' tidak dikenali; tulis hh-bb-tttt.").format(
                value=self.ref_date.text().strip()), self.ref_date)
        if self.override.isChecked() and not self.override_reason.text().strip():
            return self.tr("Isikan alasan pengeluaran barang kedaluwarsa."), self.override_reason
        return super().header_problem()

    def summary_lines(self) -> list[str]:
        out = [self.tr("Gudang: {warehouse} · Tanggal: {day}").format(
            warehouse=self.warehouse.currentText(), day=indonesian.short_date(self.doc_day())),
            self.tr("Kepada: {recipient}").format(recipient=self.recipient.text().strip())]
        if self.ref_number.text().strip():
            out.append(self.tr("Dokumen permintaan: {number}").format(number=self.ref_number.text().strip()))
        if self.override.isChecked():
            out.append(self.tr("Barang kedaluwarsa diizinkan: {reason}").format(
                reason=self.override_reason.text().strip()))
        return out

    def book(self) -> None:
        lines = [IssueLine(x.item.code, x.quantity, x.batch or None, x.serials, x.pack) for x in self.lines]
        back = self.doc_day() < clock.today()
        self.start_booking(stock.issue_goods, self.warehouse.currentData(), lines,
                           recipient=self.recipient.text().strip(), doc_date=self.doc_day(),
                           remarks=self.remarks.text().strip(), ref_number=self.ref_number.text().strip(),
                           ref_date=parse_date(self.ref_date.text()) if self.ref_date.text().strip() else None,
                           override_expired=self.override_reason.text().strip() if self.override.isChecked() else None,
                           backdate_reason=self.backdate_reason.text().strip() if back else "")

    def _refused(self, exc: BaseException) -> None:
        super()._refused(exc)
        self.table.refresh_available()  # someone else may have taken stock meanwhile
