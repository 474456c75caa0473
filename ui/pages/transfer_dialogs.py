"""Transfers (kirim mutasi, terima mutasi) and the correction of a receipt or issue.

Each dialog checks what it can, shows a summary to confirm before anything is booked, and then
shows the new number (a sent transfer: with a button that prints its Surat Jalan).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from inventory import corrections, papers, transfers
from inventory.catalog import ItemInfo, WarehouseInfo
from inventory.stock import IssueLine
from tagana_app import clock, indonesian, printing
from tagana_app.quantities import MAX_QUANTITY
from ui import dates, dialogs, ops, printed, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.scan import ItemChooser
from ui.table_view import setup_table


def _cell(text: Any, *, right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(dates.today())
    edit.setMaximumDate(dates.today())
    return edit


def _spin(maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setValue(value)
    return spin


class SendTransferDialog(FormDialog):
    """Kirim mutasi: from, to, date, driver and vehicle, lines of item and quantity."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo], *,
                 warehouse: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = {i.code: i for i in items}
        self.result_info: transfers.TransferInfo | None = None
        self.setWindowTitle(self.tr("Kirim mutasi"))
        self.layout_.addWidget(heading(self.tr("Kirim mutasi antargudang"),
                                       self.tr("Barang keluar dari gudang asal dan tercatat dalam perjalanan sampai "
                                               "diterima di gudang tujuan. Batch yang paling awal kedaluwarsa "
                                               "diambil lebih dulu; batch kedaluwarsa tidak dikirim.")))
        self.source = QComboBox()
        self.target = QComboBox()
        for w in warehouses:
            self.source.addItem(f"{w.name} ({w.code})", w.code)
            self.target.addItem(f"{w.name} ({w.code})", w.code)
        if warehouse:
            self.source.setCurrentIndex(max(self.source.findData(warehouse), 0))
        self.target.setCurrentIndex(1 if self.source.currentIndex() == 0 and self.target.count() > 1 else 0)
        self.doc_date = _date_edit()
        self.backdate_reason = QLineEdit()
        self.backdate_reason.setPlaceholderText(self.tr("wajib bila tanggal kirim sebelum hari ini"))
        self.driver = QLineEdit()
        self.driver.setMaxLength(200)
        self.vehicle = QLineEdit()
        self.vehicle.setMaxLength(60)
        self.vehicle.setPlaceholderText(self.tr("mis. BD 8123 AB"))
        self.lines = setup_table(QTableWidget(0, 3), stretch=0, widths={1: 120, 2: 80})
        self.lines.setHorizontalHeaderLabels([self.tr("Barang"), self.tr("Jumlah"), self.tr("Satuan")])
        self.lines.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("Tambah baris"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        buttons_box = QWidget()
        buttons_box.setLayout(line_buttons)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.form.addRow(self.tr("Dari gudang"), self.source)
        self.form.addRow(self.tr("Ke gudang"), self.target)
        self.form.addRow(self.tr("Tanggal kirim"), self.doc_date)
        self.form.addRow(self.tr("Alasan tanggal mundur"), self.backdate_reason)
        self.form.addRow(self.tr("Pengemudi"), self.driver)
        self.form.addRow(self.tr("Kendaraan"), self.vehicle)
        self.form.addRow(self.tr("Barang dikirim"), self.lines)
        self.form.addRow("", buttons_box)
        self.form.addRow("", self.done_label)
        self.ok_button.setText(self.tr("Kirim..."))
        self.print_button = QPushButton(self.tr("Cetak Surat Jalan"))
        self.print_button.setAutoDefault(False)
        self.print_button.hide()
        self.print_button.clicked.connect(self.print_paper)
        self.buttons.addButton(self.print_button, self.buttons.ButtonRole.ActionRole)
        self.print_button.hide()  # shown once the transfer is sent
        self.finish_layout()
        self.setMinimumWidth(680)
        self.add_line()

    def add_line(self) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        combo = ItemChooser(self.ctx.db, list(self.items.values()))  # type, or scan a code or barcode
        combo.currentIndexChanged.connect(lambda _i, r=row: self._item_changed(r))
        self.lines.setCellWidget(row, 0, combo)
        self.lines.setCellWidget(row, 1, _spin(MAX_QUANTITY, 0))
        self.lines.setItem(row, 2, _cell(""))
        combo.setFocus()

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0 and self.lines.rowCount() > 1:
            self.lines.removeRow(row)

    def _item_changed(self, row: int) -> None:
        info = self.items.get(self.lines.cellWidget(row, 0).currentData())
        self.lines.item(row, 2).setText(texts.label(info.unit) if info else "")

    def line_widgets(self, row: int) -> tuple[QComboBox, QSpinBox]:
        return self.lines.cellWidget(row, 0), self.lines.cellWidget(row, 1)

    def collect(self) -> list[IssueLine] | None:
        if self.source.currentData() == self.target.currentData():
            self.show_error(self.tr("Gudang asal dan tujuan sama; pilih gudang tujuan lain."))
            self.target.setFocus()
            return None
        found: list[IssueLine] = []
        for row in range(self.lines.rowCount()):
            combo, spin = self.line_widgets(row)
            code = combo.currentData()
            if code is None and not combo.currentText().strip():
                continue
            if code is None:
                self.show_error(self.tr("Baris {row}: pilih barang dari katalog.").format(row=row + 1))
                combo.setFocus()
                return None
            if spin.value() <= 0:
                self.show_error(self.tr("Baris {row}: jumlah harus lebih dari nol.").format(row=row + 1))
                spin.setFocus()
                spin.selectAll()
                return None
            found.append(IssueLine(code, spin.value()))
        if not found:
            self.show_error(self.tr("Isikan paling sedikit satu barang yang dikirim."))
            return None
        when = self.doc_date.date().toPython()
        if when < clock.today() and not self.backdate_reason.text().strip():
            self.show_error(self.tr("Tanggal kirim {date} sebelum hari ini: isi alasan tanggal mundur.").format(
                date=indonesian.short_date(when)))
            self.backdate_reason.setFocus()
            return None
        return found

    def summary(self, lines: list[IssueLine]) -> str:
        rows = [self.tr("Kirim dari {source} ke {target}, tanggal {date}:").format(
            source=self.source.currentText(), target=self.target.currentText(),
            date=indonesian.short_date(self.doc_date.date().toPython()))]
        for line in lines:
            info = self.items[line.item]
            rows.append(f"- {info.name} ({info.code}): {indonesian.quantity(line.quantity)} {texts.label(info.unit)}")
        rows.append(self.tr("Stok gudang asal langsung berkurang; barang tercatat dalam perjalanan."))
        return "\n".join(rows)

    def submit(self) -> None:
        if self.result_info is not None:
            self.accept()
            return
        lines = self.collect()
        if lines is None:
            return
        self.error.hide()
        if not dialogs.confirm(self, self.tr("Kirim mutasi"), self.summary(lines)):
            return
        self.set_busy(True)
        ops.write(self.ctx, self, transfers.send_transfer, self.source.currentData(), self.target.currentData(),
                  lines, doc_date=self.doc_date.date().toPython(),
                  backdate_reason=self.backdate_reason.text().strip(), driver=self.driver.text().strip(),
                  vehicle=self.vehicle.text().strip(), on_success=self._sent, on_error=self.failed)

    def _sent(self, info: transfers.TransferInfo) -> None:
        self.set_busy(False)
        self.result_info = info
        for widget in (self.source, self.target, self.doc_date, self.backdate_reason, self.driver, self.vehicle,
                       self.lines, self.add_button, self.remove_button):
            widget.setEnabled(False)
        self.done_label.setText(self.tr("Mutasi {number} dikirim: {count} baris dalam perjalanan ke {target}.").format(
            number=info.number, count=len(info.lines), target=info.to_name))
        self.done_label.show()
        self.ok_button.setText(self.tr("Tutup"))
        self.print_button.show()
        self.print_button.setFocus()

    def print_paper(self) -> ops.Op | None:
        if self.result_info is None:
            return None
        self.print_button.setEnabled(False)
        op = ops.write(self.ctx, self, papers.print_stock_paper, self.result_info.number,
                       directory=printing.documents_dir(self.ctx.local),
                       on_success=lambda done: printed.show(self, done.path), on_error=self.failed)
        op.finished.connect(lambda: self.print_button.setEnabled(True))
        return op


def _waiting(session: Any) -> list[transfers.TransferInfo]:
    return transfers.list_transfers(session, status="dikirim")


class ReceiveTransferDialog(FormDialog):
    """Terima mutasi: per line the quantity that arrived; a reason when less arrived."""

    def __init__(self, ctx: AppContext, *, number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wanted = number
        self.waiting: dict[str, transfers.TransferInfo] = {}
        self.result_info: transfers.TransferInfo | None = None
        self.setWindowTitle(self.tr("Terima mutasi"))
        self.layout_.addWidget(heading(self.tr("Terima mutasi"),
                                       self.tr("Hitung barang yang tiba di gudang tujuan. Bila kurang dari yang "
                                               "dikirim, isi alasannya: selisihnya dicatat sebagai hilang di "
                                               "perjalanan.")))
        self.transfer = QComboBox()
        self.transfer.currentIndexChanged.connect(self._show_lines)
        self.route = QLabel()
        self.route.setObjectName("muted")
        self.route.setWordWrap(True)
        self.doc_date = _date_edit()
        self.backdate_reason = QLineEdit()
        self.backdate_reason.setPlaceholderText(self.tr("wajib bila tanggal terima sebelum hari ini"))
        self.lines = setup_table(QTableWidget(0, 5), stretch=0, widths={1: 150, 2: 80, 3: 110, 4: 70})
        self.lines.setHorizontalHeaderLabels([self.tr("Barang"), self.tr("Batch / nomor seri"), self.tr("Dikirim"),
                                              self.tr("Diterima"), self.tr("Satuan")])
        self.lines.setMinimumHeight(150)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("wajib bila ada selisih, mis. 10 kg karung sobek di perjalanan"))
        self.form.addRow(self.tr("Mutasi"), self.transfer)
        self.form.addRow("", self.route)
        self.form.addRow(self.tr("Tanggal terima"), self.doc_date)
        self.form.addRow(self.tr("Alasan tanggal mundur"), self.backdate_reason)
        self.form.addRow(self.tr("Barang tiba"), self.lines)
        self.form.addRow(self.tr("Alasan selisih"), self.reason)
        self.ok_button.setText(self.tr("Terima..."))
        self.finish_layout()
        self.setMinimumWidth(760)
        ops.read(ctx.db, self, _waiting, on_success=self._fill)

    def _fill(self, waiting: list[transfers.TransferInfo]) -> None:
        self.waiting = {t.number: t for t in waiting}
        self.transfer.blockSignals(True)
        self.transfer.clear()
        for t in waiting:
            self.transfer.addItem(f"{t.number} · {t.from_warehouse} → {t.to_warehouse} · "
                                  f"{indonesian.short_date(t.sent_on)}", t.number)
        if self.wanted:
            self.transfer.setCurrentIndex(max(self.transfer.findData(self.wanted), 0))
        self.transfer.blockSignals(False)
        if not waiting:
            self.show_error(self.tr("Tidak ada mutasi dalam perjalanan."))
        self._show_lines()

    def current(self) -> transfers.TransferInfo | None:
        return self.waiting.get(self.transfer.currentData())

    def _show_lines(self) -> None:
        info = self.current()
        self.lines.setRowCount(0)
        if info is None:
            self.route.setText("")
            return
        self.route.setText(self.tr("Dari {source} ke {target}, dikirim {date}.").format(
            source=info.from_name, target=info.to_name, date=indonesian.short_date(info.sent_on)))
        self.lines.setRowCount(len(info.lines))
        for r, x in enumerate(info.lines):
            self.lines.setItem(r, 0, _cell(f"{x.item_name} ({x.item})"))
            self.lines.setItem(r, 1, _cell(x.serial or x.batch or "-"))
            self.lines.setItem(r, 2, _cell(indonesian.quantity(x.qty_sent), right=True))
            self.lines.setCellWidget(r, 3, _spin(x.qty_sent, x.qty_sent))
            self.lines.setItem(r, 4, _cell(texts.label(x.unit)))

    def received_spin(self, row: int) -> QSpinBox:
        return self.lines.cellWidget(row, 3)

    def collect(self) -> tuple[dict[str, int], list[str], int] | None:
        info = self.current()
        if info is None:
            self.show_error(self.tr("Pilih mutasi yang diterima."))
            return None
        received: dict[str, int] = {}
        missing: list[str] = []
        short = 0
        for r, x in enumerate(info.lines):
            n = self.received_spin(r).value()
            short += x.qty_sent - n
            if x.serial:
                if n == 0:
                    missing.append(x.serial)
            else:
                received[x.item] = received.get(x.item, 0) + n
        if short and not self.reason.text().strip():
            self.show_error(self.tr("Barang yang tiba kurang {n} dari yang dikirim: isi alasan selisih.").format(
                n=indonesian.quantity(short)))
            self.reason.setFocus()
            return None
        when = self.doc_date.date().toPython()
        if when < clock.today() and not self.backdate_reason.text().strip():
            self.show_error(self.tr("Tanggal terima {date} sebelum hari ini: isi alasan tanggal mundur.").format(
                date=indonesian.short_date(when)))
            self.backdate_reason.setFocus()
            return None
        return received, missing, short

    def submit(self) -> None:
        collected = self.collect()
        if collected is None:
            return
        received, missing, short = collected
        info = self.current()
        self.error.hide()
        text = self.tr("Terima mutasi {number} di {target}.").format(number=info.number, target=info.to_name)
        if short:
            text += "\n" + self.tr("Selisih {n} dicatat hilang di perjalanan: {reason}").format(
                n=indonesian.quantity(short), reason=self.reason.text().strip())
        if not dialogs.confirm(self, self.tr("Terima mutasi"), text):
            return
        self.set_busy(True)
        ops.write(self.ctx, self, transfers.receive_transfer, info.number, received, missing_serials=missing,
                  reason=self.reason.text().strip(), doc_date=self.doc_date.date().toPython(),
                  backdate_reason=self.backdate_reason.text().strip(), on_success=self._received,
                  on_error=self.failed)

    def _received(self, info: transfers.TransferInfo) -> None:
        self.set_busy(False)
        self.result_info = info
        lost = sum(x.lost for x in info.lines)
        text = self.tr("Mutasi {number} diterima di {target}.").format(number=info.number, target=info.to_name)
        if lost:
            text += " " + self.tr("Selisih {n} dicatat hilang di perjalanan.").format(n=indonesian.quantity(lost))
        dialogs.inform(self, self.tr("Terima mutasi"), text)
        self.accept()


def _document(session: Any, number: str) -> tuple[str, tuple]:
    return corrections.document_lines(session, number)


class CorrectionDialog(FormDialog):
    """Koreksi: the lines of a receipt or issue, reversed by a new document with a reason."""

    def __init__(self, ctx: AppContext, doc_number: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc_number = doc_number
        self.doc_type: str | None = None
        self.result_info: corrections.CorrectionInfo | None = None
        self.setWindowTitle(self.tr("Koreksi dokumen"))
        self.layout_.addWidget(heading(self.tr("Koreksi {number}").format(number=doc_number),
                                       self.tr("Semua baris dokumen ini dibalik oleh dokumen koreksi bernomor baru "
                                               "yang menunjuk ke dokumen ini. Dokumen asli tidak diubah.")))
        self.lines = setup_table(QTableWidget(0, 5), stretch=1, widths={0: 80, 2: 150, 3: 80, 4: 80})
        self.lines.setHorizontalHeaderLabels([self.tr("Gudang"), self.tr("Barang"), self.tr("Batch / nomor seri"),
                                              self.tr("Masuk"), self.tr("Keluar")])
        self.lines.setMinimumHeight(140)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. jumlah salah ketik, seharusnya 50"))
        self.form.addRow(self.tr("Baris dokumen"), self.lines)
        self.form.addRow(self.tr("Alasan koreksi"), self.reason)
        self.ok_button.setText(self.tr("Koreksi..."))
        self.ok_button.setEnabled(False)
        self.finish_layout()
        self.setMinimumWidth(720)
        ops.read(ctx.db, self, _document, doc_number, on_success=self._fill, on_error=self.failed)

    def _fill(self, found: tuple[str, tuple]) -> None:
        self.doc_type, movements = found
        self.lines.setRowCount(len(movements))
        q = indonesian.quantity
        for r, m in enumerate(movements):
            self.lines.setItem(r, 0, _cell(m.warehouse))
            self.lines.setItem(r, 1, _cell(f"{m.item_name} ({m.item})"))
            self.lines.setItem(r, 2, _cell(m.serial or m.batch or "-"))
            self.lines.setItem(r, 3, _cell(q(m.qty_in) if m.qty_in else "", right=True))
            self.lines.setItem(r, 4, _cell(q(m.qty_out) if m.qty_out else "", right=True))
        self.ok_button.setEnabled(True)
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.show_error(self.tr("Isi alasan koreksi."))
            self.reason.setFocus()
            return
        self.error.hide()
        text = self.tr("Balik {count} baris dokumen {number}? Stok kembali seperti sebelum dokumen itu dicatat.").format(
            count=self.lines.rowCount(), number=self.doc_number)
        if not dialogs.confirm(self, self.tr("Koreksi dokumen"), text):
            return
        self.set_busy(True)
        ops.write(self.ctx, self, corrections.correct_document, self.doc_number, reason, on_success=self._done,
                  on_error=self.failed)

    def _done(self, info: corrections.CorrectionInfo) -> None:
        self.set_busy(False)
        self.result_info = info
        dialogs.inform(self, self.tr("Koreksi dokumen"), self.tr("Dokumen koreksi {number} dicatat; {original} "
                                                                 "dibalik.").format(number=info.number,
                                                                                    original=info.original_number))
        self.accept()
