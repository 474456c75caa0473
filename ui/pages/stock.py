"""The "Gudang & Stok" page: the stock table (paged in SQL), filters, detail of the selected row,
the receive and issue dialogs, and the paper of a receipt, issue or transfer chosen on the stock card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
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
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory import catalog, equipment, importing, papers, queries
from inventory.models import IN_WAREHOUSE
from inventory.permissions import (
    can_count_stock,
    can_decide_writeoff,
    can_import_opening_stock,
    can_issue_goods,
    can_receive_goods,
)
from inventory.queries import StockFilter
from tagana_app import doc_kinds, indonesian, printing
from ui import dialogs, ops, printed, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.stock_dialogs import IssueDialog, ReceiveDialog
from ui.pages.stock_import import StockImportDialog
from ui.pages.stock_model import Column, StockModel
from ui.pages.stock_papers import CountPaperDialog, StartCountDialog, WriteOffPaperDialog
from ui.table_view import setup_table

TEXT_DELAY_MS = 250  # search as you type, once the typing pauses


def _detail(session: Any, warehouse: str, item: str) -> tuple[list[queries.BalanceRow], queries.StockCard,
                                                               list[equipment.UnitInfo]]:
    return (queries.balances(session, warehouse=warehouse, item=item),
            queries.stock_card(session, warehouse, item),
            equipment.list_units(session, item=item, warehouse=warehouse, status=IN_WAREHOUSE))


def _choices(session: Any) -> dict[str, Any]:
    return {"warehouses": catalog.list_warehouses(session), "items": catalog.list_items(session),
            "categories": catalog.categories(session)}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return setup_table(table, stretch_last=True)


def _fill(table: QTableWidget, rows: list[list[Any]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class StockPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = StockModel(ctx.db, self)
        self.choices: dict[str, Any] = {"warehouses": [], "items": [], "categories": []}
        self._selected_key: tuple[int, int] | None = None
        self._detail_read = ops.CurrentRead(ctx.db, self)  # batches, card and units of the row selected last


        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama atau kode barang, atau nama gudang..."))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
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
        self.count_button = QPushButton(self.tr("Mulai stock opname..."))
        self.count_button.clicked.connect(self.open_start_count)
        self.count_paper_button = QPushButton(self.tr("BA Stock Opname..."))
        self.count_paper_button.clicked.connect(self.open_count_paper)
        self.writeoff_paper_button = QPushButton(self.tr("BA Penghapusan..."))
        self.writeoff_paper_button.clicked.connect(self.open_writeoff_paper)
        for button in (self.count_button, self.count_paper_button):
            button.setVisible(can_count_stock(ctx.actor))
        self.writeoff_paper_button.setVisible(can_decide_writeoff(ctx.actor))
        # The other tasks of the warehouse (transfers, corrections, write-offs, loans, labels) are actions
        # of this menu: the row of buttons is full at 1366 px.
        self.tasks_menu = QMenu(self)
        self.tasks_button = QToolButton()
        self.tasks_button.setText(self.tr("Tugas gudang"))
        self.tasks_button.setMenu(self.tasks_menu)
        self.tasks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tasks_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions = QHBoxLayout()
        actions.addWidget(self.receive_button)
        actions.addWidget(self.issue_button)
        actions.addWidget(self.tasks_button)
        actions.addWidget(self.count_button)
        actions.addWidget(self.count_paper_button)
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
        card_actions = QHBoxLayout()
        card_actions.addStretch(1)
        card_actions.addWidget(self.print_button)
        card_tab = QWidget()
        card_layout = QVBoxLayout(card_tab)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card, 1)
        card_layout.addLayout(card_actions)
        self.units = _table([self.tr("Nomor seri"), self.tr("Kondisi"), self.tr("Tempat")])
        self.detail = QTabWidget()
        self.detail.addTab(self.batches, self.tr("Batch"))
        self.detail.addTab(card_tab, self.tr("Kartu persediaan"))
        self.detail.addTab(self.units, self.tr("Unit peralatan"))
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

        # the menu holds only what this person may do (actions hidden otherwise); empty, the button hides
        self.tasks_button.setVisible(any(a.isVisible() for a in self.tasks_menu.actions()))
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
        index = self.alert.findData(hint)
        if index >= 0:
            self.alert.setCurrentIndex(index)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)

    def _load_choices(self) -> None:
        ops.read(self.ctx.db, self, _choices, on_success=self._fill_choices)

    def _fill_choices(self, choices: dict[str, Any]) -> None:
        self.choices = choices
        for combo, values in ((self.warehouse, [(f"{w.code} · {w.name}", w.code) for w in choices["warehouses"]]),
                              (self.category, [(c, c) for c in choices["categories"]])):
            shown = {combo.itemData(i) for i in range(1, combo.count())}
            combo.blockSignals(True)  # adding choices must not re-filter
            for label, value in values:
                if value not in shown:
                    combo.addItem(label, value)
            combo.blockSignals(False)

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
            for table in (self.batches, self.card, self.units):
                table.setRowCount(0)
            return
        self._selected_key = (row.warehouse_id, row.item_id)
        self._load_detail(row)

    def _load_detail(self, row: queries.StockRow) -> None:
        self._detail_read.start(_detail, row.warehouse, row.item, on_success=lambda result: self._show_detail(*result))

    def _show_detail(self, balances: list[queries.BalanceRow], card: queries.StockCard,
                     units: list[equipment.UnitInfo]) -> None:
        _fill(self.units, [[u.serial, texts.label(u.condition), texts.tr_text(u.place)] for u in units], set())
        self.detail.setTabEnabled(2, bool(units))
        q = indonesian.quantity
        _fill(self.batches, [[b.batch or self.tr("(tanpa batch)"), indonesian.short_date(b.expiry) if b.expiry else "",
                              q(b.quantity), q(b.reserved) if b.reserved else "", texts.label(b.unit)] for b in balances],
              {2, 3})
        self.card_lines = card.lines
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

    def open_receive(self) -> ReceiveDialog:
        dialog = ReceiveDialog(self.ctx, self.choices["warehouses"], self.choices["items"], parent=self,
                               **self._preset())
        dialog.open()
        return dialog

    def open_issue(self) -> IssueDialog | None:
        if not can_issue_goods(self.ctx.actor):
            return None
        dialog = IssueDialog(self.ctx, self.choices["warehouses"], self.choices["items"], parent=self,
                             **self._preset())
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
