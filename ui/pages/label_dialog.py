""""Cetak label...": a PDF sheet of QR labels for serial units or for items and shelves (inventory.labels)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from inventory import labels
from inventory.catalog import ItemInfo, WarehouseInfo
from ui import dialogs, ops, printed
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.scan import ItemChooser


class LabelDialog(FormDialog):
    def __init__(self, ctx: AppContext, warehouses: list[WarehouseInfo], items: list[ItemInfo], *,
                 warehouse: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet: labels.LabelSheet | None = None
        self.setWindowTitle(self.tr("Cetak label"))
        self.layout_.addWidget(heading(self.tr("Cetak label"), self.tr(
            "Label berkode QR untuk ditempel pada unit peralatan atau pada barang dan raknya. Pemindai yang "
            "membaca label membuka barang atau riwayat unitnya.")))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Unit peralatan bernomor seri"), "units")
        self.kind.addItem(self.tr("Barang atau rak"), "items")
        self.warehouse = QComboBox()
        self.warehouse.addItem(self.tr("Semua gudang"), None)
        for w in warehouses:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.code)
        if warehouse:
            self.warehouse.setCurrentIndex(max(self.warehouse.findData(warehouse), 0))
        self.item = ItemChooser(ctx.db, items)
        self.item.lineEdit().setPlaceholderText(self.tr("kosongkan untuk semua barang"))
        self.layout_combo = QComboBox()
        for layout in labels.LAYOUTS.values():
            self.layout_combo.addItem(layout.name, layout.key)
        self.start = QSpinBox()
        self.start.setRange(1, labels.LAYOUTS[labels.DEFAULT_LAYOUT].per_sheet)
        self.start.setToolTip(self.tr("Untuk lembar yang sudah terpakai sebagian: 1 = kiri atas, lalu ke kanan "
                                      "dan ke bawah"))
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.form.addRow(self.tr("Label untuk"), self.kind)
        self.form.addRow(self.tr("Gudang"), self.warehouse)
        self.form.addRow(self.tr("Barang"), self.item)
        self.form.addRow(self.tr("Lembar label"), self.layout_combo)
        self.form.addRow(self.tr("Mulai dari label ke-"), self.start)
        self.ok_button.setText(self.tr("Simpan PDF..."))
        self.finish_layout()
        self.setMinimumWidth(560)

    def _layout_changed(self) -> None:
        self.start.setMaximum(labels.LAYOUTS[self.layout_combo.currentData()].per_sheet)

    def submit(self) -> None:
        items: tuple[str, ...] = ()
        if self.item.currentText().strip():
            code = self.item.current_code()
            if code is None:
                self.show_error(self.tr("Barang: pilih barang dari katalog, atau kosongkan untuk semua barang."),
                                self.item)
                return
            items = (code,)
        path = dialogs.save_file_name(self, self.tr("Simpan label"), "label.pdf", self.tr("Dokumen PDF (*.pdf)"))
        if path is None:
            return
        self.error.hide()
        self.set_busy(True)
        ops.read(self.ctx.db, self, labels.print_labels, self.ctx.actor, self.kind.currentData(), path,
                 warehouse=self.warehouse.currentData(), items=items, layout=self.layout_combo.currentData(),
                 start=self.start.value(), on_success=self._done, on_error=self.failed)

    def _done(self, sheet: labels.LabelSheet) -> None:
        self.set_busy(False)
        self.sheet = sheet
        self.accept()
        printed.show(self.parentWidget(), sheet.path)
