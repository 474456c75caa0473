"""From the needs tab of an incident: a dispatch of what is still to send, and a letter to the province.

``NeedsDispatchDialog`` is the new-dispatch dialog for this incident, with the lines the chosen
warehouse can send towards the estimate (``deployment.needs_dispatch.proposal``) shown before it
creates the draft.  ``ProvinceLetterDialog`` shows the text of a request to the Dinas Sosial Provinsi
for what is missing, to copy into the office's letter (the request register holds incoming letters).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deployment import needs_dispatch
from deployment.dispatch.service import DispatchRecord
from inventory import catalog
from tagana_app import indonesian
from ui import ops, texts
from ui.context import AppContext
from ui.form_dialog import heading
from ui.pages.dispatch_dialogs import NewDispatchDialog


def _warehouses(session) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(w.code, w.name) for w in catalog.list_warehouses(session)]


class NeedsDispatchDialog(NewDispatchDialog):
    def __init__(self, ctx: AppContext, incident: tuple[str, str], days: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [incident], [], parent=parent)
        self.days = days
        self.lines: list[needs_dispatch.ProposedLine] = []
        self.setWindowTitle(self.tr("Pengiriman untuk kebutuhan"))
        title, subtitle = self.layout_.itemAt(0).widget().findChildren(QLabel)[:2]
        title.setText(self.tr("Pengiriman untuk kebutuhan"))
        subtitle.setText(self.tr("Konsep pengiriman dengan barang di bawah; diajukan dan disetujui seperti "
                                 "pengiriman lain."))
        self.incident.setEnabled(False)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Kebutuhan"), self.tr("Barang"), self.tr("Jumlah"),
                                              self.tr("Mencukupi")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 270)
        self.table.setColumnWidth(2, 100)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(170)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        place = self.layout_.indexOf(self.error)
        self.layout_.insertWidget(place, self.note)
        self.layout_.insertWidget(place, self.table)
        self.warehouse.currentIndexChanged.connect(lambda _i: self.load_lines())
        self.setMinimumWidth(760)
        ops.read(ctx.db, self, _warehouses, on_success=self._fill_warehouses, on_error=self.failed)

    def _fill_warehouses(self, rows: list[tuple[str, str]]) -> None:
        for code, name in rows:
            self.warehouse.addItem(f"{name} ({code})", code)  # the first one loads its lines

    def load_lines(self) -> None:
        warehouse = self.warehouse.currentData()
        if not warehouse:
            return
        ops.read(self.ctx.db, self, needs_dispatch.proposal, self.incident.currentData(), self.days, warehouse,
                 on_success=lambda lines, w=warehouse: self.show_lines(lines) if w == self.warehouse.currentData()
                 else None, on_error=self.failed)

    def show_lines(self, lines: list[needs_dispatch.ProposedLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (texts.label(line.need), f"{line.item_name} ({line.item})",
                     f"{indonesian.quantity(line.quantity)} {texts.label(line.unit)}",
                     f"{indonesian.quantity(line.covers)} {texts.label(line.need_unit)}")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.note.setText(self.tr("Usulan: kebutuhan {days} hari dikurangi yang sudah ada di pengiriman kejadian ini, "
                                  "sebatas stok bebas gudang ini (tidak dicadangkan, tidak kedaluwarsa). Jumlahnya "
                                  "dapat diubah sesudah pengiriman dibuat.").format(days=self.days) if lines else
                          self.tr("Gudang ini tidak mempunyai stok bebas untuk kebutuhan yang belum terpenuhi."))
        self.ok_button.setEnabled(bool(lines))

    def create(self) -> None:
        ops.write(self.ctx, self, needs_dispatch.dispatch_proposal, self.data(),
                  [(line.item, line.quantity) for line in self.lines], on_success=self._done, on_error=self.failed)

    def _done(self, record: DispatchRecord) -> None:
        self.set_busy(False)
        super()._done(record)


class ProvinceLetterDialog(QDialog):
    def __init__(self, ctx: AppContext, incident: str, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Permintaan ke provinsi"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Permintaan bantuan ke Dinas Sosial Provinsi"), self.tr(
            "Isi surat untuk kekurangan menurut perkiraan kebutuhan. Salin ke surat berkop kantor, lalu tanda "
            "tangani dan kirim seperti biasa; teks ini dapat diubah dahulu.")))
        self.text = QPlainTextEdit()
        self.text.setMinimumSize(600, 300)
        layout.addWidget(self.text, 1)
        self.copied = QLabel()
        self.copied.setObjectName("muted")
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Salin"))
        self.copy_button.setObjectName("primary")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ops.read(ctx.db, self, needs_dispatch.province_letter, incident, days, on_success=self.show_text)

    def show_text(self, text: str) -> None:
        self.text.setPlainText(text)
        self.copy_button.setEnabled(True)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied.setText(self.tr("Disalin ke papan klip."))
