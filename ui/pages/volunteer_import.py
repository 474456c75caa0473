"""Import wizard for the volunteer roster: choose the file, see every row error, then import.

Three steps on one dialog: (1) the .xlsx/.csv file and its sheet; (2) the whole file checked in a worker
(``deployment.roster.check_roster``, nothing written) with every mistake listed by row and column, and the
choice to fix the file first or import only the valid rows; (3) the import itself in one transaction
(``roster.import_roster``: all rows, or ``valid_only``), ending with a summary.  The progress bar sits in
the dialog itself: an ``ops.WorkerProgress`` of our own is handed to the work, so no second progress
window appears.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deployment import roster
from tagana_app import sheets
from tagana_app.progress import Cancelled
from ui import dialogs, errors, ops, texts
from ui.context import AppContext
from ui.file_import import ErrorColumn, RowErrorModel, file_chooser
from ui.table_view import setup_table


def sheet_names(path: Path) -> list[str]:
    """The visible sheets of a workbook, the only ones an import reads (a .csv has none to choose)."""
    return sheets.visible_sheets(path)


class _Step(IntEnum):
    FILE = 0
    REVIEW = 1
    IMPORT = 2


class VolunteerImportDialog(QDialog):
    """Opened from the "Relawan Tagana" page.  ``checked``/``imported`` fire when a step's work ends."""

    checked = Signal(object)  # ImportReport of the check (nothing written)
    imported = Signal(object)  # ImportReport of the import
    _progressed = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: roster.ImportReport | None = None
        self.result_report: roster.ImportReport | None = None
        self._progress: ops.WorkerProgress | None = None
        self.setWindowTitle(self.tr("Impor daftar relawan"))
        self.resize(980, 580)  # the longest row messages (allowed choices) fit without eliding
        self.step_label = QLabel()
        self.step_label.setObjectName("pageTitle")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_step())
        self.stack.addWidget(self._review_step())
        self.stack.addWidget(self._import_step())
        self._progressed.connect(self._show_progress)

        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self._cancel)
        self.check_button = QPushButton(self.tr("Periksa berkas"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.fix_button = QPushButton(self.tr("Perbaiki berkas dulu"))
        self.fix_button.setToolTip(self.tr("Tutup tanpa menyimpan apa pun; perbaiki berkas lalu impor lagi"))
        self.fix_button.clicked.connect(self.reject)
        self.valid_only_button = QPushButton()
        self.valid_only_button.clicked.connect(lambda: self.start_import(valid_only=True))
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.start_import(valid_only=False))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.fix_button, self.valid_only_button, self.all_button,
                       self.check_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._go(_Step.FILE)

    # --- the three steps -----------------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Pilih berkas daftar relawan (.xlsx atau .csv) seperti yang disimpan forum "
                               "Tagana. Kolom dikenali dari judulnya, misalnya \"Nama\", \"NIK\", \"No. HP\", "
                               "\"Kecamatan\" dan \"Keahlian\". Setiap baris diperiksa dulu; belum ada yang "
                               "disimpan sebelum Anda memilih."))
        intro.setWordWrap(True)
        self.file_edit, file_row = file_chooser(self, self.choose_file)
        self.sheet = QComboBox()
        self.sheet.addItem(self.tr("Otomatis (lembar pertama yang berisi tabel relawan)"), None)
        self.sheet.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Berkas:"), file_row)
        form.addRow(self.tr("Lembar:"), self.sheet)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _review_step(self) -> QWidget:
        page = QWidget()
        self.check_bar = QProgressBar()
        self.check_status = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("muted")
        self.info.setWordWrap(True)
        self.error_model = RowErrorModel(self)
        self.error_table = setup_table(QTableView(), self.error_model, stretch=ErrorColumn.MESSAGE, single=False,
                                       widths={ErrorColumn.ROW: 60, ErrorColumn.COLUMN: 150})
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.check_status)
        layout.addWidget(self.check_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.info)
        layout.addSpacing(4)
        layout.addWidget(self.error_table, 1)
        return page

    def _import_step(self) -> QWidget:
        page = QWidget()
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_bar = QProgressBar()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.import_status)
        layout.addWidget(self.import_bar)
        layout.addStretch(1)
        return page

    def _go(self, step: _Step, *, working: bool = False) -> None:
        titles = {_Step.FILE: self.tr("Langkah 1 dari 3: pilih berkas"),
                  _Step.REVIEW: self.tr("Langkah 2 dari 3: periksa isi berkas"),
                  _Step.IMPORT: self.tr("Langkah 3 dari 3: impor")}
        self.step_label.setText(titles[step])
        self.stack.setCurrentIndex(step)
        report = self.report
        reviewed = step == _Step.REVIEW and not working and report is not None
        self.cancel_button.setVisible(step == _Step.FILE or working)
        self.check_button.setVisible(step == _Step.FILE)
        self.check_button.setEnabled(self.path is not None)
        self.fix_button.setVisible(reviewed)
        self.valid_only_button.setVisible(reviewed and bool(report and report.errors and report.rows_ok))
        self.all_button.setVisible(reviewed and bool(report and not report.errors and report.rows_ok))
        self.close_button.setVisible(step == _Step.IMPORT and not working)
        self.check_bar.setVisible(step == _Step.REVIEW and working)
        self.check_status.setVisible(step == _Step.REVIEW and working)
        for widget in (self.summary, self.info, self.error_table):
            widget.setVisible(reviewed)
        self.error_table.setVisible(reviewed and bool(report and report.errors))
        self.import_bar.setVisible(step == _Step.IMPORT and working)

    # --- step 1 ------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Pilih berkas daftar relawan"), "",
                                      self.tr("Daftar relawan (*.xlsx *.csv);;Buku kerja Excel (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        self.path = path
        self.file_edit.setText(str(path))
        while self.sheet.count() > 1:
            self.sheet.removeItem(1)
        self.sheet.setEnabled(False)
        self._go(_Step.FILE)
        ops.run(self, lambda: sheet_names(path), on_success=self._fill_sheets, on_error=lambda _exc: None)

    def _fill_sheets(self, names: list[str]) -> None:
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(len(names) > 1)

    # --- step 2 ------------------------------------------------------------------------------------

    def _new_progress(self) -> ops.WorkerProgress:
        self._progress = ops.WorkerProgress(self._progressed.emit)  # emitted in the worker, queued here
        return self._progress

    def _show_progress(self, done: int, total: int, text: str) -> None:
        importing = self.stack.currentIndex() == _Step.IMPORT
        bar, status = (self.import_bar, self.import_status) if importing else (self.check_bar, self.check_status)
        if self._progress is None or self._progress.cancelled:
            return
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        else:
            bar.setRange(0, 0)
        # The service's own texts are Indonesian only: the phase is read from them, the words are ours.
        if text.startswith("Menyimpan"):
            status.setText(self.tr("Menyimpan relawan {done} dari {total}...").format(done=done, total=total))
        elif total > 0:
            status.setText(self.tr("Memeriksa baris {done} dari {total}...").format(done=done, total=total))
        else:
            status.setText(self.tr("Memeriksa baris {done}...").format(done=done))

    def check(self) -> None:
        """Read and check every row in a worker; nothing is written."""
        if self.path is None:
            return
        path, sheet, db = self.path, self.sheet.currentData(), self.ctx.db
        progress = self._new_progress()
        self.report = None
        self.check_bar.setRange(0, 0)
        self.check_status.setText(self.tr("Memeriksa setiap baris..."))
        self._go(_Step.REVIEW, working=True)

        def work() -> roster.ImportReport:
            with db.read() as session:
                return roster.check_roster(session, path, sheet=sheet, progress=progress)[0]
        ops.run(self, work, on_success=self._checked, on_error=self._check_failed)

    def _checked(self, report: roster.ImportReport) -> None:
        self._progress = None
        self.show_report(report)
        self.checked.emit(report)

    def show_report(self, report: roster.ImportReport) -> None:
        self.report = report
        self.error_model.set_errors(report.errors)
        parts = [self.tr("{ok} dari {total} baris valid dan siap diimpor.").format(ok=report.rows_ok,
                                                                                  total=report.rows_total)]
        if report.errors:
            parts.append(self.tr("{rows} baris bermasalah ({n} kesalahan, terdaftar di bawah). Perbaiki berkas "
                                 "lalu impor lagi, atau impor hanya baris yang valid.").format(
                rows=report.error_rows, n=len(report.errors)))
        if report.warnings:
            parts.append(self.tr("{n} peringatan (baris tetap diimpor, misalnya umur di luar 18-45).").format(
                n=len(report.warnings)))
        if not report.rows_ok:
            parts.append(self.tr("Tidak ada baris yang dapat diimpor."))
        self.summary.setText(" ".join(parts))
        self.info.setText("\n".join(texts.tr_text(line) for line in report.info))
        self.valid_only_button.setText(self.tr("Impor hanya baris yang valid ({n})").format(n=report.rows_ok))
        self.all_button.setText(self.tr("Impor semua ({n})").format(n=report.rows_ok))
        self._go(_Step.REVIEW)

    def _check_failed(self, exc: BaseException) -> None:
        self._progress = None
        self._go(_Step.FILE)
        if not isinstance(exc, Cancelled):
            errors.present_error(self, exc)

    # --- step 3 ------------------------------------------------------------------------------------

    def start_import(self, *, valid_only: bool) -> None:
        """Write all rows (or the valid ones) in one transaction; announce "volunteers" afterwards."""
        if self.path is None or self.report is None:
            return
        path, sheet, ctx = self.path, self.report.sheet if self.path.suffix.lower() != ".csv" else None, self.ctx
        progress = self._new_progress()
        self.import_bar.setRange(0, 0)
        self.import_status.setText(self.tr("Mengimpor relawan dari {name}...").format(name=path.name))
        self._go(_Step.IMPORT, working=True)

        def work() -> roster.ImportReport:
            # read and checked again without the write lock; then written in one short transaction
            return roster.import_roster_file(ctx.db, ctx.actor, path, valid_only=valid_only, sheet=sheet,
                                             progress=progress)
        ops.run(self, work, on_success=self._imported, on_error=self._import_failed, changes=ctx.changes,
                service=roster.import_roster_file)

    def _imported(self, report: roster.ImportReport) -> None:
        self._progress = None
        self.result_report = report
        skipped = report.rows_total - report.imported
        text = self.tr("{n} relawan diimpor dari {name}.").format(n=report.imported, name=Path(report.path).name)
        if skipped:
            text += " " + self.tr("{n} baris bermasalah dilewati.").format(n=skipped)
        self.import_status.setText(text)
        self._go(_Step.IMPORT)
        self.imported.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self._progress = None
        if isinstance(exc, roster.ImportRefusedWithReport):  # the file or the database changed meanwhile
            self.show_report(exc.report)
            return
        if isinstance(exc, Cancelled):
            if self.report is not None:
                self.show_report(self.report)
            else:
                self._go(_Step.FILE)
            return
        self.import_status.setText(errors.error_text(exc))
        self._go(_Step.IMPORT)
        errors.present_error(self, exc)

    def _cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.check_status.setText(self.tr("Membatalkan..."))
            self.import_status.setText(self.tr("Membatalkan; tidak ada yang disimpan..."))
        else:
            self.reject()

    def reject(self) -> None:
        if self._progress is not None:  # work still running: cancel it rather than leave it behind
            self._progress.cancel()
        super().reject()
