"""The "Gudang & Stok" page: the stock table (paged in SQL), filters, detail of the selected row,
the receive and issue dialogs, and the paper of a receipt, issue or transfer chosen on the stock card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventory import (
    catalog,
    corrections,
    equipment,
    importing,
    labels,
    papers,
    queries,
    transfers,
    writeoffs,
)
from inventory.models import IN_WAREHOUSE
from inventory.permissions import (
    can_approve_count,
    can_correct_stock,
    can_count_stock,
    can_decide_writeoff,
    can_import_opening_stock,
    can_issue_goods,
    can_lend_equipment,
    can_print_labels,
    can_receive_goods,
    can_request_writeoff,
    can_transfer_goods,
)
from inventory.queries import StockFilter
from tagana_app import doc_kinds, indonesian, printing
from ui import dialogs, ops, printed, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.count_dialog import CountsDialog
from ui.pages.label_dialog import LabelDialog
from ui.pages.loan_dialogs import LendDialog, LoansDialog
from ui.pages.stock_documents import IssueDocumentDialog, ReceiptDialog
from ui.pages.stock_import import StockImportDialog
from ui.pages.stock_model import Column, StockModel
from ui.pages.stock_papers import CountPaperDialog, StartCountDialog, WriteOffPaperDialog
from ui.pages.transfer_dialogs import CorrectionDialog, ReceiveTransferDialog, SendTransferDialog
from ui.pages.unit_history import UnitHistoryDialog
from ui.pages.writeoff_dialogs import WriteOffListDialog, WriteOffRequestDialog
from ui.table_view import fill_table as _fill
from ui.table_view import setup_table

TEXT_DELAY_MS = 250  # search as you type, once the typing pauses


def _detail(session: Any, warehouse: str, item: str) -> tuple[list[queries.BalanceRow], queries.StockCard,
                                                               list[equipment.UnitInfo], list[writeoffs.PendingLine],
                                                               list[transfers.TransitLine]]:
    return (queries.balances(session, warehouse=warehouse, item=item),
            queries.stock_card(session, warehouse, item),
            equipment.list_units(session, item=item, warehouse=warehouse, status=IN_WAREHOUSE),
            writeoffs.pending_lines(session, warehouse, item),
            transfers.in_transit(session, warehouse, item))


def _choices(session: Any) -> dict[str, Any]:
    return {"warehouses": catalog.list_warehouses(session), "items": catalog.list_items(session),
            "categories": catalog.categories(session)}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return setup_table(table, stretch_last=True)


def _with_button(table: QTableWidget, button: QPushButton) -> QWidget:
    """A detail tab: its table, and under it on the right the action on the selected rows."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return tab


class StockPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = StockModel(ctx.db, self)
        self.choices: dict[str, Any] = {"warehouses": [], "items": [], "categories": []}
        self._selected_key: tuple[int, int] | None = None
        self._detail_read = ops.CurrentRead(ctx.db, self)  # batches, card and units of the row selected last


        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, kode atau barcode barang, nama gudang, atau pindai label unit (Ctrl+F)..."))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_entered)  # typed, or scanned: a unit label opens its history
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.warehouse = QComboBox()
        self.warehouse.addItem(self.tr("Semua gudang"), None)
        self.category = QComboBox()
        self.category.addItem(self.tr("Semua kategori"), None)
        self.alert = QComboBox()
        for label, value in ((self.tr("Semua stok"), None), (self.tr("Perlu perhatian"), "any"),
                             (self.tr("Di bawah minimum"), "below_min"), (self.tr("Segera kedaluwarsa"), "expiring"),
                             (self.tr("Kedaluwarsa"), "expired")):
            self.alert.addItem(label, value)
        for combo in (self.warehouse, self.category, self.alert):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.warehouse)
        filters.addWidget(self.category)
        filters.addWidget(self.alert)

        self.receive_button = QPushButton(self.tr("Terima barang..."))
        self.receive_button.setObjectName("primary")
        self.receive_button.clicked.connect(self.open_receive)
        self.issue_button = QPushButton(self.tr("Keluarkan barang..."))
        self.issue_button.clicked.connect(self.open_issue)
        self.export_button = QPushButton(self.tr("Ekspor ke Excel..."))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Impor saldo awal..."))
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(can_import_opening_stock(ctx.actor))
        self.receive_button.setVisible(can_receive_goods(ctx.actor))
        self.issue_button.setVisible(can_issue_goods(ctx.actor))
        self.writeoff_paper_button = QPushButton(self.tr("BA Penghapusan..."))
        self.writeoff_paper_button.clicked.connect(self.open_writeoff_paper)
        self.writeoff_paper_button.setVisible(can_decide_writeoff(ctx.actor))
        # The other tasks of the warehouse (transfers, corrections, write-offs, loans, labels) are actions
        # of this menu: the row of buttons is full at 1366 px.
        self.tasks_menu = QMenu(self)
        self.tasks_button = QPushButton(self.tr("Tugas gudang"))  # a push button: styled like its neighbours
        self.tasks_button.setMenu(self.tasks_menu)
        actions = QHBoxLayout()
        actions.addWidget(self.receive_button)
        actions.addWidget(self.issue_button)
        actions.addWidget(self.tasks_button)
        actions.addWidget(self.writeoff_paper_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        self.table = setup_table(QTableView(), self.model, stretch=Column.ITEM, sortable=Column.ITEM, widths={
            Column.CATEGORY: 150, Column.WAREHOUSE: 90, Column.ON_HAND: 90, Column.UNIT: 70, Column.MINIMUM: 80,
            Column.EXPIRY: 160, Column.ALERT: 175})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.open_issue())

        self.batches = _table([self.tr("Batch"), self.tr("Kedaluwarsa"), self.tr("Jumlah"), self.tr("Dicadangkan"),
                               self.tr("Satuan")])
        self.card = _table([self.tr("Tgl dicatat"), self.tr("Nomor dokumen"), self.tr("Tgl dokumen"),
                            self.tr("Dari / kepada"), self.tr("Masuk"), self.tr("Keluar"), self.tr("Saldo"),
                            self.tr("Nilai saldo (Rp)"), self.tr("Keterangan")])
        self.card_lines: tuple[queries.StockCardLine, ...] = ()  # the lines the card table shows, in its order
        self.card.itemSelectionChanged.connect(self._card_selected)
        self.print_button = QPushButton(self.tr("Cetak dokumen"))
        self.print_button.setToolTip(self.tr("Cetak Berita Acara Penerimaan Barang, Surat Bukti Barang Keluar atau "
                                             "Surat Jalan mutasi dari baris kartu persediaan yang dipilih"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.correct_button = QPushButton(self.tr("Koreksi..."))
        self.correct_button.setToolTip(self.tr("Balik penerimaan atau pengeluaran baris yang dipilih dengan dokumen "
                                               "koreksi"))
        self.correct_button.setEnabled(False)
        self.correct_button.setVisible(can_correct_stock(ctx.actor))
        self.correct_button.clicked.connect(self.open_correction)
        card_actions = QHBoxLayout()
        card_actions.addStretch(1)
        card_actions.addWidget(self.correct_button)
        card_actions.addWidget(self.print_button)
        card_tab = QWidget()
        card_layout = QVBoxLayout(card_tab)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card, 1)
        card_layout.addLayout(card_actions)
        self.units = _table([self.tr("Nomor seri"), self.tr("Kondisi"), self.tr("Tempat")])
        self.batch_rows: list[queries.BalanceRow] = []  # the rows the batch table shows, in its order
        self.unit_rows: list[equipment.UnitInfo] = []
        self.batch_writeoff_button = self._writeoff_button(self.tr("Ajukan penghapusan batch yang dipilih"))
        self.unit_writeoff_button = self._writeoff_button(self.tr("Ajukan penghapusan unit yang dipilih"))
        for table in (self.batches, self.units):
            table.itemSelectionChanged.connect(self._detail_selected)
        self.detail = QTabWidget()
        self.detail.addTab(_with_button(self.batches, self.batch_writeoff_button), self.tr("Batch"))
        self.detail.addTab(card_tab, self.tr("Kartu persediaan"))
        self.detail.addTab(_with_button(self.units, self.unit_writeoff_button), self.tr("Unit peralatan"))
        self.transit = _table([self.tr("Nomor mutasi"), self.tr("Dikirim"), self.tr("Dari"), self.tr("Ke"),
                               self.tr("Batch / nomor seri"), self.tr("Jumlah"), self.tr("Satuan")])
        self.transit_tab = self.detail.addTab(self.transit, self.tr("Dalam perjalanan"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.count = QLabel()
        self.count.setObjectName("muted")

        layout = page_layout(self, self.tr("Gudang & Stok"),
                             self.tr("Stok setiap barang di setiap gudang dan lumbung sosial, dengan peringatan stok "
                                     "minimum dan kedaluwarsa. Pilih satu baris untuk melihat batch dan kartu "
                                     "persediaannya."))
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        self.transfer_action = self.tasks_menu.addAction(self.tr("Kirim mutasi..."))
        self.transfer_action.triggered.connect(self.open_send_transfer)
        self.transfer_action.setVisible(can_transfer_goods(ctx.actor))
        self.transfer_receive_action = self.tasks_menu.addAction(self.tr("Terima mutasi..."))
        self.transfer_receive_action.triggered.connect(self.open_receive_transfer)
        self.transfer_receive_action.setVisible(can_transfer_goods(ctx.actor))
        self.tasks_menu.addSeparator()
        # stock count: start, blind sheet, counts, approval and its Berita Acara, in one window
        self.count_action = self.tasks_menu.addAction(self.tr("Stock opname..."))
        self.count_action.triggered.connect(self.open_counts)
        self.count_action.setVisible(can_count_stock(ctx.actor) or can_approve_count(ctx.actor))
        self.tasks_menu.addSeparator()
        self.writeoff_action = self.tasks_menu.addAction(self.tr("Ajukan penghapusan..."))
        self.writeoff_action.triggered.connect(lambda: self.open_writeoff_request())
        self.writeoff_action.setVisible(can_request_writeoff(ctx.actor))
        self.writeoff_list_action = self.tasks_menu.addAction(self.tr("Daftar penghapusan..."))
        self.writeoff_list_action.triggered.connect(lambda: self.open_writeoff_list())
        self.writeoff_list_action.setVisible(can_request_writeoff(ctx.actor) or can_decide_writeoff(ctx.actor))
        self.tasks_menu.addSeparator()
        self.lend_action = self.tasks_menu.addAction(self.tr("Pinjam pakai..."))
        self.lend_action.triggered.connect(self.open_lend)
        self.loans_action = self.tasks_menu.addAction(self.tr("Daftar pinjam pakai..."))
        self.loans_action.triggered.connect(self.open_loans)
        for action in (self.lend_action, self.loans_action):
            action.setVisible(can_lend_equipment(ctx.actor))
        self.tasks_menu.addSeparator()
        self.label_action = self.tasks_menu.addAction(self.tr("Cetak label..."))
        self.label_action.triggered.connect(self.open_labels)
        self.label_action.setVisible(can_print_labels(ctx.actor))
        # the menu holds only what this person may do (actions hidden otherwise); empty, the button hides
        self.tasks_button.setVisible(any(a.isVisible() and not a.isSeparator() for a in self.tasks_menu.actions()))
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.loaded.connect(self._after_load)
        ctx.changes.changed.connect(self._on_changed)
        self._load_choices()
        self.model.set_filter(self.current_filter())

    # --- filters -----------------------------------------------------------------------------------

    def current_filter(self) -> StockFilter:
        return StockFilter(text=self.search.text().strip(), warehouse=self.warehouse.currentData(),
                           category=self.category.currentData(), alert=self.alert.currentData())

    def show_link(self, hint: str) -> None:
        """The dashboard opened this page for one alert ("below_min", "expiring", "expired")."""
        if hint == "writeoffs":  # the dashboard's "Menunggu keputusan"
            self.open_writeoff_list()
            return
        index = self.alert.findData(hint)
        if index >= 0:
            self.alert.setCurrentIndex(index)

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected, ready for typing or a scanner."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_entered(self) -> UnitHistoryDialog | None:
        """Enter in the search box: a scanned unit label opens that unit's history; a barcode shows its item."""
        scanned = labels.parse_scan(self.search.text())
        if scanned is not None and scanned.is_unit:
            self.search.clear()
            return self.open_unit_history(scanned.item, scanned.serial)
        self.apply_filter()
        if scanned is not None:
            typed = self.search.text()
            ops.read(self.ctx.db, self, lambda s, key=scanned.item: catalog.find_item(s, key).code,
                     on_success=lambda code: self._barcode_found(typed, code), on_error=lambda _exc: None)
        return None

    def _barcode_found(self, typed: str, code: str) -> None:
        if self.search.text() == typed and typed.strip().upper() != code:
            self.search.setText(code)  # the barcode's item
            self.apply_filter()

    def open_unit_history(self, item: str, serial: str) -> UnitHistoryDialog:
        dialog = UnitHistoryDialog(self.ctx, item, serial, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)

    def _load_choices(self) -> None:
        ops.read(self.ctx.db, self, _choices, on_success=self._fill_choices)

    def _fill_choices(self, choices: dict[str, Any]) -> None:
        posko = self.ctx.posko
        if posko is not None:  # a posko's stock is its own warehouse's: the only choice
            choices = {**choices, "warehouses": [w for w in choices["warehouses"] if w.id == posko.warehouse_id]}
            if self.warehouse.itemData(0) is None and choices["warehouses"]:
                self.warehouse.blockSignals(True)
                self.warehouse.removeItem(0)  # "Semua gudang"
                self.warehouse.blockSignals(False)
        self.choices = choices
        for combo, values in ((self.warehouse, [(f"{w.code} · {w.name}", w.code) for w in choices["warehouses"]]),
                              (self.category, [(c, c) for c in choices["categories"]])):
            shown = {combo.itemData(i) for i in range(combo.count())}
            combo.blockSignals(True)  # adding choices must not re-filter
            for label, value in values:
                if value not in shown:
                    combo.addItem(label, value)
            combo.blockSignals(False)
        if posko is not None:
            self.apply_filter()  # the posko's warehouse, chosen above

    def _count(self) -> None:
        flt = self.model.filter
        ops.read(self.ctx.db, self, queries.count_overview, flt,
                 on_success=lambda n: self.count.setText(self.tr("{shown} dari {total} baris stok ditampilkan").format(
                     shown=indonesian.quantity(self.model.rowCount()), total=indonesian.quantity(n)))
                 if flt == self.model.filter else None)

    # --- selection and detail ---------------------------------------------------------------------------

    def selected_row(self) -> queries.StockRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _remember_selection(self) -> None:
        row = self.selected_row()
        self._selected_key = (row.warehouse_id, row.item_id) if row else None

    def _after_load(self) -> None:
        if self._selected_key is not None and not self.table.selectionModel().selectedRows():
            found = self.model.row_of(self._selected_key)
            if found is not None:
                self.table.selectRow(found)
        self._count()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is None:
            self._detail_read.drop()
            for table in (self.batches, self.card, self.units, self.transit):
                table.setRowCount(0)
            self.batch_rows, self.unit_rows = [], []
            return
        self._selected_key = (row.warehouse_id, row.item_id)
        self._load_detail(row)

    def _load_detail(self, row: queries.StockRow) -> None:
        self._detail_read.start(_detail, row.warehouse, row.item, on_success=lambda result: self._show_detail(*result))

    def _show_detail(self, balances: list[queries.BalanceRow], card: queries.StockCard,
                     units: list[equipment.UnitInfo], pending: list[writeoffs.PendingLine],
                     transit: list[transfers.TransitLine]) -> None:
        proposed = {p.serial: p.number for p in pending if p.serial}
        self.unit_rows = units
        _fill(self.units, [[u.serial, texts.label(u.condition), self.tr("{place}, diajukan dihapus ({number})").format(
            place=texts.tr_text(u.place), number=proposed[u.serial]) if u.serial in proposed
            else texts.tr_text(u.place)] for u in units], set())
        _fill(self.transit, [[x.number, indonesian.short_date(x.sent_on), x.from_warehouse, x.to_warehouse,
                              x.serial or x.batch or "", indonesian.quantity(x.quantity), texts.label(x.unit)]
                             for x in transit], {5})
        self.detail.setTabText(self.transit_tab, self.tr("Dalam perjalanan ({n})").format(n=len(transit))
                               if transit else self.tr("Dalam perjalanan"))
        self.detail.setTabEnabled(2, bool(units))
        self.batch_rows = balances
        _fill(self.batches, [[b.batch or self.tr("(tanpa batch)"), indonesian.short_date(b.expiry) if b.expiry else "",
                              indonesian.quantity(b.quantity), self._reserved_text(b, pending), texts.label(b.unit)]
                             for b in balances], {2})
        self._detail_selected()
        self.card_lines = card.lines
        q = indonesian.quantity
        _fill(self.card, [[indonesian.short_date(x.date), x.doc_number, indonesian.short_date(x.doc_date),
                           x.counterparty, q(x.qty_in) if x.qty_in else "", q(x.qty_out) if x.qty_out else "",
                           q(x.balance), q(x.balance_value) if x.balance_value is not None and card.priced else "",
                           self._card_note(x)] for x in card.lines], {4, 5, 6, 7})
        for r, x in enumerate(card.lines):  # the sender's document and the reason a document is dated back
            if x.ref_number:
                self.card.item(r, 1).setToolTip(self.tr("Dokumen pengirim/permintaan: {number}").format(
                    number=x.ref_number))
            if x.backdate_reason:
                self.card.item(r, 2).setToolTip(self.tr("Tanggal mundur: {reason}").format(reason=x.backdate_reason))
        self.card.scrollToBottom()

    def _reserved_text(self, row: queries.BalanceRow, pending: list[writeoffs.PendingLine]) -> str:
        """"diajukan dihapus 90 (001/BAPH/...)" for what waits for a write-off decision, the rest as a number."""
        q = indonesian.quantity
        mine = [p for p in pending if p.batch == row.batch and not p.serial]
        parts = [self.tr("diajukan dihapus {qty} ({number})").format(qty=q(p.quantity), number=p.number) for p in mine]
        other = row.reserved - sum(p.quantity for p in mine) - sum(1 for p in pending if p.serial and
                                                                      p.batch == row.batch)
        if other > 0:
            parts.append(q(other))
        return "; ".join(parts)

    # --- write-offs --------------------------------------------------------------------------------------

    def _writeoff_button(self, tip: str) -> QPushButton:
        button = QPushButton(self.tr("Ajukan penghapusan..."))
        button.setToolTip(tip)
        button.setVisible(can_request_writeoff(self.ctx.actor))
        button.setEnabled(False)
        button.clicked.connect(lambda: self.open_writeoff_request(from_detail=True))
        return button

    def _detail_selected(self) -> None:
        self.batch_writeoff_button.setEnabled(bool(self._rows_of(self.batches)))
        self.unit_writeoff_button.setEnabled(bool(self._rows_of(self.units)))

    @staticmethod
    def _rows_of(table: QTableWidget) -> list[int]:
        return sorted({index.row() for index in table.selectedIndexes()})

    def open_writeoff_request(self, *, from_detail: bool = False) -> WriteOffRequestDialog | None:
        """Propose a write-off; from the Batch or Unit tab, of the batch or units selected there."""
        if not can_request_writeoff(self.ctx.actor):
            return None
        preset: dict[str, Any] = dict(self._preset())
        if from_detail and self.detail.currentIndex() == 0:
            rows = [r for r in self._rows_of(self.batches) if r < len(self.batch_rows)]
            if rows:
                preset["batch"] = self.batch_rows[rows[0]].batch
        elif from_detail and self.detail.currentIndex() == 2:
            preset["serials"] = tuple(self.unit_rows[r].serial for r in self._rows_of(self.units)
                                      if r < len(self.unit_rows))
        dialog = WriteOffRequestDialog(self.ctx, self.choices["warehouses"], self.choices["items"], parent=self,
                                       **preset)
        dialog.finished.connect(dialog.deleteLater)  # not kept hidden on the page once closed
        dialog.open()
        return dialog

    def open_writeoff_list(self) -> WriteOffListDialog:
        dialog = WriteOffListDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)  # not kept (nor re-read on every change) once closed
        dialog.open()
        return dialog

    def _card_note(self, line: queries.StockCardLine) -> str:
        parts = [line.remarks] if line.remarks else []
        if line.backdate_reason:
            parts.append(self.tr("Tanggal mundur: {reason}").format(reason=line.backdate_reason))
        return "; ".join(parts)

    # --- the paper of a stock card line ------------------------------------------------------------------

    def selected_card_line(self) -> queries.StockCardLine | None:
        rows = {index.row() for index in self.card.selectionModel().selectedRows()} or {
            index.row() for index in self.card.selectedIndexes()}
        return self.card_lines[min(rows)] if rows and min(rows) < len(self.card_lines) else None

    def _card_selected(self) -> None:
        line = self.selected_card_line()
        self.print_button.setEnabled(bool(line and line.doc_type in papers.KINDS
                                          and doc_kinds.KINDS[line.doc_type].may_print(self.ctx.actor)))
        self.correct_button.setEnabled(bool(line and line.doc_type in corrections.CORRECTABLE))

    def open_correction(self) -> CorrectionDialog | None:
        """The receipt or issue of the selected card line, to be reversed by a correction document."""
        line = self.selected_card_line()
        if line is None or line.doc_type not in corrections.CORRECTABLE or not can_correct_stock(self.ctx.actor):
            return None
        dialog = CorrectionDialog(self.ctx, line.doc_number, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_document(self) -> ops.Op | None:
        """Print the paper of the selected line's receipt, issue or transfer, then show where it went."""
        line = self.selected_card_line()
        if line is None or line.doc_type not in papers.KINDS:
            return None
        self.print_button.setEnabled(False)  # once per click; a refusal is shown by the one error presenter
        op = ops.write(self.ctx, self, papers.print_stock_paper, line.doc_number,
                       directory=printing.documents_dir(self.ctx.local),
                       on_success=lambda done: printed.show(self, done.path))
        op.finished.connect(self._card_selected)
        return op

    # --- operations -------------------------------------------------------------------------------------

    def _preset(self) -> dict[str, str | None]:
        row = self.selected_row()
        return {"warehouse": row.warehouse if row else self.warehouse.currentData(),
                "item": row.item if row else None}

    def open_receive(self) -> ReceiptDialog | None:
        """The receipt document (many lines); the selected row's warehouse and item are its start."""
        if not can_receive_goods(self.ctx.actor):
            return None
        preset = self._preset()
        dialog = ReceiptDialog(self.ctx, self.choices["warehouses"], warehouse=preset["warehouse"], parent=self)
        self._start_with(dialog, preset["item"])
        return dialog

    def open_issue(self) -> IssueDocumentDialog | None:
        if not can_issue_goods(self.ctx.actor):
            return None
        preset = self._preset()
        dialog = IssueDocumentDialog(self.ctx, self.choices["warehouses"], warehouse=preset["warehouse"],
                                     parent=self)
        self._start_with(dialog, preset["item"])
        return dialog

    def open_counts(self) -> CountsDialog | None:
        if not (can_count_stock(self.ctx.actor) or can_approve_count(self.ctx.actor)):
            return None
        dialog = CountsDialog(self.ctx, warehouse=self._preset().get("warehouse"), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_lend(self) -> LendDialog | None:
        if not can_lend_equipment(self.ctx.actor):
            return None
        dialog = LendDialog(self.ctx, self.choices["warehouses"], self.choices["items"], parent=self,
                            **self._preset())
        dialog.open()
        return dialog

    def open_loans(self) -> LoansDialog | None:
        if not can_lend_equipment(self.ctx.actor):
            return None
        dialog = LoansDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _start_with(self, dialog: ReceiptDialog | IssueDocumentDialog, item: str | None) -> None:
        if item:  # the selected row's item as the first line; its quantity is left for the person to type
            dialog.table.model.set_value(0, "item", item)
        dialog.open()

    def open_send_transfer(self) -> SendTransferDialog | None:
        if not can_transfer_goods(self.ctx.actor):
            return None
        dialog = SendTransferDialog(self.ctx, self.choices["warehouses"], self.choices["items"],
                                    warehouse=self._preset().get("warehouse"), parent=self)
        dialog.open()
        return dialog

    def open_receive_transfer(self) -> ReceiveTransferDialog | None:
        if not can_transfer_goods(self.ctx.actor):
            return None
        dialog = ReceiveTransferDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def open_start_count(self) -> StartCountDialog | None:
        if not can_count_stock(self.ctx.actor):
            return None
        dialog = StartCountDialog(self.ctx, self.choices["warehouses"], warehouse=self._preset().get("warehouse"),
                                  parent=self)
        dialog.open()
        return dialog

    def open_count_paper(self) -> CountPaperDialog | None:
        if not can_count_stock(self.ctx.actor):
            return None
        dialog = CountPaperDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def open_writeoff_paper(self) -> WriteOffPaperDialog | None:
        if not can_decide_writeoff(self.ctx.actor):
            return None
        dialog = WriteOffPaperDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def open_labels(self) -> LabelDialog | None:
        if not can_print_labels(self.ctx.actor):
            return None
        dialog = LabelDialog(self.ctx, self.choices["warehouses"], self.choices["items"],
                             warehouse=self._preset().get("warehouse"), parent=self)
        dialog.open()
        return dialog

    def open_import(self) -> StockImportDialog | None:
        if not can_import_opening_stock(self.ctx.actor):
            return None
        dialog = StockImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self) -> None:
        path = dialogs.save_file_name(self, self.tr("Ekspor stok"), "stok.xlsx", self.tr("Buku kerja Excel (*.xlsx)"))
        if path is None:
            return
        flt = self.model.filter

        def work(progress: Any) -> int:
            with self.ctx.db.read() as session:
                return importing.export_stock_xlsx(session, path, flt, progress=progress)
        ops.run(self, work, progress=self.tr("Mengekspor daftar stok..."),
                on_success=lambda n: dialogs.inform(self, self.tr("Ekspor stok"), self.tr(
                    "{n} baris stok ditulis ke {path}.").format(n=indonesian.quantity(n), path=path)))

    # --- refresh -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh()
        self._load_choices()
        row = self.selected_row()
        if row is not None:
            self._load_detail(row)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("stock"):
            self.refresh()
