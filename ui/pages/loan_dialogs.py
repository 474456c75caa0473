"""Pinjam pakai in the window (inventory.loans): lend units to an office or a village, the list of loans with
the overdue ones marked, and taking units back with their condition; each prints its Berita Acara."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory import loan_papers, loans
from inventory.catalog import ItemInfo, WarehouseInfo
from inventory.models import CONDITIONS
from tagana_app import clock, printing
from ui import dates, dialogs, ops, printed, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.scan import ItemChooser

OVERDUE = QColor("#a8443b")


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _date_field(earliest: date) -> QDateEdit:
    """A date that starts empty ("pilih tanggal"): the day before ``earliest`` stands for "not chosen"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(dates.qdate(earliest).addDays(-1))
    edit.setSpecialValueText(" ")
    edit.setDate(edit.minimumDate())
    return edit


def _print_paper(parent: QWidget, ctx: AppContext, service: Any, *args: Any, **kwargs: Any) -> ops.Op:
    return ops.write(ctx, parent, service, *args, directory=printing.documents_dir(ctx.local),
                     on_success=lambda done: printed.show(parent, done.path), **kwargs)


class LendDialog(FormDialog):
    """Pinjam pakai: warehouse, item, the units (ticked), borrower, due date, purpose; confirmed, then the
    number is shown and the Berita Acara Pinjam Pakai printed."""

    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo], *,
                 warehouse: str | None = None, item: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_loan: loans.LoanInfo | None = None
        self.setWindowTitle(self.tr("Pinjam pakai peralatan"))
        self.layout_.addWidget(heading(self.tr("Pinjam pakai peralatan"),
                                       self.tr("Unit peralatan dipinjamkan kepada kantor lain atau desa sampai "
                                               "tanggal wajib kembali; kembalinya dicatat dengan kondisinya.")))
        self.warehouse = QComboBox()
        for w in warehouses:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.code)
        if warehouse:
            self.warehouse.setCurrentIndex(max(self.warehouse.findData(warehouse), 0))
        lendable = [i for i in items if i.serialized]
        # type or scan: an item code, a barcode, or a unit's label (which also ticks that unit)
        self.item = ItemChooser(ctx.db, lendable, item or (lendable[0].code if lendable else None))
        self._scanned: set[str] = set()  # serials scanned before their list arrived
        self.item.unitScanned.connect(self._unit_scanned)
        self.units = QListWidget()
        self.units.setMinimumHeight(110)
        self.units_note = QLabel()
        self.units_note.setObjectName("muted")
        self.borrower = QLineEdit()
        self.borrower.setMaxLength(200)
        self.borrower.setPlaceholderText(self.tr("mis. Pemerintah Desa Pagar Jati"))
        self.office = QLineEdit()
        self.office.setMaxLength(200)
        self.office.setPlaceholderText(self.tr("kantor atau desa, mis. Desa Pagar Jati"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(200)
        self.contact.setPlaceholderText(self.tr("yang menandatangani Berita Acara"))
        self.position = QLineEdit()
        self.position.setMaxLength(200)
        self.due = _date_field(clock.today())
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(300)
        self.purpose.setPlaceholderText(self.tr("mis. pasar murah desa"))
        self.form.addRow(self.tr("Gudang"), self.warehouse)
        self.form.addRow(self.tr("Barang"), self.item)
        self.form.addRow(self.tr("Unit"), self.units)
        self.form.addRow("", self.units_note)
        self.form.addRow(self.tr("Peminjam"), self.borrower)
        self.form.addRow(self.tr("Kantor / desa"), self.office)
        self.form.addRow(self.tr("Penanggung jawab"), self.contact)
        self.form.addRow(self.tr("Jabatan"), self.position)
        self.form.addRow(self.tr("Wajib kembali"), self.due)
        self.form.addRow(self.tr("Keperluan"), self.purpose)
        self.ok_button.setText(self.tr("Pinjamkan..."))
        self.finish_layout()
        self.setMinimumWidth(560)
        self.warehouse.currentIndexChanged.connect(self._load_units)
        self.item.currentIndexChanged.connect(self._load_units)
        self._load_units()

    def _load_units(self) -> None:
        self.units.clear()
        wh, item = self.warehouse.currentData(), self.item.currentData()
        if not wh or not item:
            self.units_note.setText(self.tr("Tidak ada peralatan bernomor seri di katalog."))
            return
        self.units_note.setText(self.tr("memeriksa..."))

        def work(session: Any) -> list[tuple[str, str]]:
            return loans.lendable_units(session, wh, item)
        ops.read(self.ctx.db, self, work, on_success=lambda found, key=(wh, item): self._units_arrived(key, found))

    def _units_arrived(self, key: tuple[str, str], found: list[tuple[str, str]]) -> None:
        if key != (self.warehouse.currentData(), self.item.currentData()):
            return  # the choice changed meanwhile
        self.units.clear()
        for serial, condition in found:
            entry = QListWidgetItem(f"{serial}  ({texts.label(condition)})")
            entry.setData(Qt.ItemDataRole.UserRole, serial)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if serial in self._scanned else Qt.CheckState.Unchecked)
            self.units.addItem(entry)
        self._scanned = set()
        self.units_note.setText(self.tr("{n} unit di gudang ini; centang yang dipinjamkan.").format(n=len(found))
                                if found else self.tr("Tidak ada unit yang dapat dipinjamkan di gudang ini."))

    def _unit_scanned(self, _item: str, serial: str) -> None:
        """A scanned unit label ticks its unit (once the list of the item's units is there)."""
        for i in range(self.units.count()):
            if self.units.item(i).data(Qt.ItemDataRole.UserRole) == serial:
                self.units.item(i).setCheckState(Qt.CheckState.Checked)
                return
        self._scanned.add(serial)

    def serials(self) -> list[str]:
        return _checked(self.units)

    def _refuse(self, text: str, field: QWidget) -> None:
        self.show_error(text)
        field.setFocus()

    def submit(self) -> None:
        serials = self.serials()
        due = self.due.date()
        if not serials:
            return self._refuse(self.tr("Centang paling sedikit satu unit yang dipinjamkan."), self.units)
        if not self.borrower.text().strip():
            return self._refuse(self.tr("Isikan peminjam."), self.borrower)
        if due == self.due.minimumDate():
            return self._refuse(self.tr("Pilih tanggal wajib kembali."), self.due)
        due_day = date(due.year(), due.month(), due.day())
        summary = self.tr("Pinjamkan {n} unit {item} ({serials}) dari {warehouse} kepada {borrower} sampai "
                          "{due}?").format(n=len(serials), item=self.item.currentText(), serials=", ".join(serials),
                                           warehouse=self.warehouse.currentText(),
                                           borrower=self.borrower.text().strip(), due=f"{due_day:%d-%m-%Y}")
        if not dialogs.confirm(self, self.tr("Pinjam pakai peralatan"), summary):
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, loans.lend_units, self.warehouse.currentData(), self.item.currentData(), serials,
                  borrower=self.borrower.text(), due=due_day, office=self.office.text(),
                  contact=self.contact.text(), contact_position=self.position.text(), purpose=self.purpose.text(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, loan: loans.LoanInfo) -> None:
        self.set_busy(False)
        self.result_loan = loan
        parent = self.parentWidget() or self
        _print_paper(parent, self.ctx, loan_papers.print_loan_paper, loan.number)
        self.accept()
        dialogs.inform(parent, self.tr("Pinjam pakai peralatan"),
                       self.tr("Pinjam pakai nomor {number} dicatat; Berita Acara Pinjam Pakai dicetak.")
                       .format(number=loan.number))


class ReturnDialog(FormDialog):
    """Terima kembali: the units of one loan still out (ticked), their condition; prints the BA Pengembalian."""

    def __init__(self, ctx: AppContext, loan: loans.LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loan = loan
        self.result_return: loans.LoanReturn | None = None
        self.setWindowTitle(self.tr("Terima kembali peralatan"))
        self.layout_.addWidget(heading(self.tr("Terima kembali peralatan"),
                                       self.tr("Pinjam pakai {number}: {borrower}, wajib kembali {due}.").format(
                                           number=loan.number, borrower=loans.counterparty(loan),
                                           due=f"{loan.due_on:%d-%m-%Y}")))
        self.units = QListWidget()
        self.units.setMinimumHeight(110)
        for u in loan.units:
            if not u.out:
                continue
            entry = QListWidgetItem(self.tr("{item}: {serial}  (keluar {condition})").format(
                item=u.item_name, serial=u.serial, condition=texts.label(u.condition_out)))
            entry.setData(Qt.ItemDataRole.UserRole, u.serial)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.units.addItem(entry)
        self.condition = QComboBox()
        for c in CONDITIONS:
            self.condition.addItem(texts.label(c), c)
        self.remarks = QLineEdit()
        self.remarks.setMaxLength(300)
        self.form.addRow(self.tr("Unit kembali"), self.units)
        self.form.addRow(self.tr("Kondisi kembali"), self.condition)
        self.form.addRow(self.tr("Keterangan"), self.remarks)
        self.ok_button.setText(self.tr("Terima kembali..."))
        self.finish_layout()
        self.setMinimumWidth(520)

    def submit(self) -> None:
        serials = _checked(self.units)
        if not serials:
            self.show_error(self.tr("Centang paling sedikit satu unit yang kembali."))
            self.units.setFocus()
            return
        summary = self.tr("Terima kembali {n} unit ({serials}) dalam kondisi {condition}?").format(
            n=len(serials), serials=", ".join(serials), condition=self.condition.currentText())
        if not dialogs.confirm(self, self.tr("Terima kembali peralatan"), summary):
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, loans.return_loan_units, self.loan.number, serials, self.condition.currentData(),
                  remarks=self.remarks.text(), on_success=self._done, on_error=self.failed)

    def _done(self, done: loans.LoanReturn) -> None:
        self.set_busy(False)
        self.result_return = done
        parent = self.parentWidget() or self
        _print_paper(parent, self.ctx, loan_papers.print_return_paper, done.number)
        self.accept()


class LoansDialog(QDialog):
    """The loans outside incidents, newest first, overdue ones in red; take units back or print again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[loans.LoanInfo] = []
        self.setWindowTitle(self.tr("Pinjam pakai peralatan"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Nomor"), self.tr("Peminjam"), self.tr("Barang"),
                                              self.tr("Di luar"), self.tr("Tanggal"), self.tr("Wajib kembali"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((190, 0, 180, 60, 90, 105, 150)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.open_only = QCheckBox(self.tr("Hanya yang masih dipinjam"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.return_button = QPushButton(self.tr("Terima kembali..."))
        self.return_button.setObjectName("primary")
        self.return_button.clicked.connect(self.open_return)
        self.print_button = QPushButton(self.tr("Cetak BA Pinjam Pakai"))
        self.print_button.clicked.connect(self.print_loan)
        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Pinjam pakai peralatan"),
                                 self.tr("Peralatan yang dipinjamkan kepada kantor lain atau desa di luar kejadian. "
                                         "Yang melewati tanggal wajib kembali ditandai merah.")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1100, 520)
        self._selected()
        ctx.changes.changed.connect(self._on_changed)  # a method: disconnected when the dialog goes
        self.reload()

    def _on_changed(self, changes: Any) -> None:
        if changes.touches("stock"):
            self.reload()

    def reload(self) -> None:
        open_only = self.open_only.isChecked()
        ops.read(self.ctx.db, self, lambda s: loans.list_loans(s, open_only=open_only), on_success=self._show)

    def _show(self, found: list[loans.LoanInfo]) -> None:
        chosen = self.selected_loan()
        self.rows = found
        self.table.setRowCount(len(found))
        for r, loan in enumerate(found):
            status = (self.tr("TERLAMBAT {n} hari").format(n=loan.days_late) if loan.overdue
                      else texts.label(loan.status))
            cells = (loan.number, loans.counterparty(loan), loan.items, f"{loan.units_out}/{len(loan.units)}",
                     f"{loan.lent_on:%d-%m-%Y}", f"{loan.due_on:%d-%m-%Y}", status)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if loan.overdue:
                    cell.setForeground(QBrush(OVERDUE))
                    font = cell.font()
                    font.setBold(c == 6)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)
            if chosen is not None and loan.number == chosen.number:
                self.table.selectRow(r)
        late = sum(1 for x in found if x.overdue)
        self.summary.setText(self.tr("{n} pinjam pakai, {late} terlambat").format(n=len(found), late=late))
        self._selected()

    def selected_loan(self) -> loans.LoanInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selected(self) -> None:
        loan = self.selected_loan()
        self.return_button.setEnabled(bool(loan and loan.units_out))
        self.print_button.setEnabled(loan is not None)

    def open_return(self) -> ReturnDialog | None:
        loan = self.selected_loan()
        if loan is None or not loan.units_out:
            return None
        dialog = ReturnDialog(self.ctx, loan, self)
        dialog.open()
        return dialog

    def print_loan(self) -> ops.Op | None:
        loan = self.selected_loan()
        if loan is None:
            return None
        return _print_paper(self, self.ctx, loan_papers.print_loan_paper, loan.number)
