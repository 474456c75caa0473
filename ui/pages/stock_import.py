"""Import of an opening stock list (saldo awal) from .xlsx or .csv, from the "Gudang & Stok" page.

The person chooses the file and sees which sheet will be read (the first visible one); the import reads
and checks the whole file without the write lock and books it in one short transaction
(``inventory.importing.import_opening_stock_file``), with its progress in the dialog and a Cancel that
leaves nothing written.  A refused file lists every problem by row and column.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deployment.roster import RowError
from inventory import importing
from inventory.errors import ImportRejected
from tagana_app import indonesian, sheets
from tagana_app.errors import TaganaError
from tagana_app.progress import Cancelled
from ui import dialogs, errors, ops
from ui.context import AppContext
from ui.file_import import ErrorColumn, RowErrorModel, file_chooser
from ui.table_view import setup_table


class StockImportDialog(QDialog):
    """``imported`` fires with the ``ImportResult`` once the stock list is booked."""

    imported = Signal(object)
    _progressed = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.result_value: importing.ImportResult | None = None
        self._progress: ops.WorkerProgress | None = None
        self.setWindowTitle(self.tr("Impor saldo awal stok"))
        self.resize(900, 520)
        intro = QLabel(self.tr("Pilih daftar saldo awal (.xlsx atau .csv) dengan kolom Gudang, Kode Barang dan "
                               "Jumlah (juga Batch, Kedaluwarsa, Nomor Seri, Kondisi, Satuan, Keterangan). Seluruh "
                               "berkas diperiksa dulu; tidak ada yang disimpan bila satu baris pun salah."))
        intro.setWordWrap(True)
        self.file_edit, file_row = file_chooser(self, self.choose_file)
        self.sheet_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Berkas:"), file_row)
        form.addRow(self.tr("Lembar yang dibaca:"), self.sheet_label)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.error_model = RowErrorModel(self)
        self.error_table = setup_table(QTableView(), self.error_model, stretch=ErrorColumn.MESSAGE, single=False,
                                       widths={ErrorColumn.ROW: 60, ErrorColumn.COLUMN: 170})
        self.error_table.setVisible(False)
        self._progressed.connect(self._show_progress)

        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error_table, 1)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Pilih daftar saldo awal"), "",
                                      self.tr("Daftar stok (*.xlsx *.csv);;Buku kerja Excel (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        self.path = path
        self.file_edit.setText(str(path))
        self.sheet_label.setText("")
        self.status.setText("")
        self.error_table.setVisible(False)
        self.import_button.setEnabled(True)
        ops.run(self, lambda: sheets.visible_sheets(path), on_success=self._show_sheet,
                on_error=lambda exc: self.status.setText(errors.error_text(exc)))

    def _show_sheet(self, names: list[str]) -> None:
        if self.path is None:
            return
        if self.path.suffix.lower() == ".csv":
            self.sheet_label.setText(self.tr("(berkas CSV: satu tabel)"))
        elif names:
            self.sheet_label.setText(self.tr("{sheet} (lembar pertama yang terlihat)").format(sheet=names[0]))

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self._progress is None or self._progress.cancelled:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        if text.startswith("Membukukan"):
            self.status.setText(self.tr("Membukukan baris {done} dari {total}...").format(done=done, total=total))
        elif total > 0:
            self.status.setText(self.tr("Memeriksa baris {done} dari {total}...").format(done=done, total=total))

    def start_import(self) -> None:
        """Read and check the file without the write lock, then book it in one transaction (in a worker)."""
        if self.path is None:
            return
        path, ctx = self.path, self.ctx
        progress = self._progress = ops.WorkerProgress(self._progressed.emit)
        self.error_table.setVisible(False)
        self.import_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.status.setText(self.tr("Membaca {name}...").format(name=path.name))

        def work() -> importing.ImportResult:
            return importing.import_opening_stock_file(ctx.db, ctx.actor, path, progress=progress)
        ops.run(self, work, on_success=self._imported, on_error=self._failed, changes=ctx.changes,
                service=importing.import_opening_stock_file)

    def _imported(self, result: importing.ImportResult) -> None:
        self._progress = None
        self.result_value = result
        self.bar.setVisible(False)
        self.status.setText(self.tr("Saldo awal {number} diimpor dari lembar '{sheet}': {rows} baris, {qty} satuan "
                                    "barang.").format(number=result.doc_number, sheet=result.sheet, rows=result.rows,
                                                      qty=indonesian.quantity(result.quantity)))
        self.sheet_label.setText(result.sheet)
        self.import_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._progress = None
        self.bar.setVisible(False)
        self.import_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Dibatalkan; tidak ada yang disimpan."))
            return
        if isinstance(exc, ImportRejected):
            self.error_model.set_errors(tuple(RowError(row, column, message)
                                              for row, column, message in exc.problems))
            self.error_table.setVisible(True)
            self.status.setText(self.tr("Berkas tidak diimpor: {n} kesalahan (terdaftar di bawah, per baris dan "
                                        "kolom). Perbaiki berkas lalu impor lagi.").format(n=len(exc.problems)))
            return
        self.status.setText(errors.error_text(exc))
        if not isinstance(exc, TaganaError):  # a refusal is said in the dialog; anything else is reported
            errors.present_error(self, exc)

    def _cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.status.setText(self.tr("Membatalkan; tidak ada yang disimpan..."))
        else:
            self.reject()

    def reject(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
        super().reject()
