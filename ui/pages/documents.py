"""The "Dokumen" page: every numbered document issued, with search, reprint (SALINAN) and verification.

Every kind of paper the office numbers is listed with its title from the kinds registry
(``tagana_app.doc_kinds``); reprint and verification go through it (``tagana_app.printing``), so
a write-off record is reprinted and checked like a BAST.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tagana_app import doc_kinds, issued_documents, printing, snapshots
from tagana_app.errors import TaganaError
from ui import dialogs, errors, ops, printed, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import heading
from ui.page_frame import page_layout
from ui.pages.dispatch_model import DocumentColumn, DocumentListModel
from ui.table_view import setup_table

TEXT_DELAY_MS = 300


class VerifyPanel(QWidget):
    """A field for the code printed beside the QR code (typed, or the scanned text pasted), a "Periksa"
    button, and the verdict with each difference by printed line number."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, code: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = QLineEdit(code)
        self.code.setPlaceholderText(self.tr("kode verifikasi, mis. ABCDE-FGHJK, atau isi kode QR"))
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Kode verifikasi:")))
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.report: printing.VerificationReport | None = None

    def check(self) -> ops.Op | None:
        if not self.code.text().strip():
            return None
        self.result.setText(self.tr("Memeriksa..."))
        return ops.read(self.ctx.db, self, printing.verify_document, self.code.text(), on_success=self._shown,
                        on_error=self._failed)

    def _shown(self, report: printing.VerificationReport) -> None:
        self.report = report
        colour = "#1e6b3a" if report.matches else "#8a1c1c"
        kind = self.tr("asli") if report.copy_no == 0 else self.tr("salinan ke-{n}").format(n=report.copy_no)
        lines = [f"<b style='color:{colour}'>{html.escape(texts.tr_text(report.message), quote=False)}</b>",
                 self.tr("Jenis: {kind}; cetakan {copy} oleh {who}.").format(
                     kind=texts.label(report.doc_title), copy=kind,
                     who=report.printed_by)]
        lines += [html.escape(self.tr("Berbeda: {what}").format(what=texts.tr_text(d)), quote=False)
                  for d in report.differences]
        self.result.setText("<br>".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        if isinstance(exc, TaganaError):
            self.result.setText(f"<b style='color:#8a1c1c'>{html.escape(errors.error_text(exc), quote=False)}</b>")
        else:
            errors.present_error(self, exc)


class VerifyDialog(QDialog):
    """The verification panel in a window of its own (from the "Periksa keaslian..." button)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, code: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Periksa keaslian dokumen"))
        self.panel = VerifyPanel(ctx, self, code)
        self.code, self.check_button, self.result = self.panel.code, self.panel.check_button, self.panel.result
        self.check_button.setDefault(True)
        self.result.setMinimumHeight(80)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Periksa keaslian dokumen"), self.tr(
            "Dibandingkan dengan catatan di basis data: nomor, isi, jumlah barang dan para pihak.")))
        layout.addWidget(self.panel)
        layout.addWidget(close)
        self.setMinimumWidth(560)

    @property
    def report(self) -> printing.VerificationReport | None:
        return self.panel.report

    def check(self) -> ops.Op | None:
        return self.panel.check()


class DocumentsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_op: ops.Op | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Semua jenis"), None)
        for kind in doc_kinds.numbered():
            self.kind.addItem(texts.label(kind.title), kind.code)
        self.kind.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, gudang, kejadian, tujuan, penerima atau barang..."))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.reprint_button = QPushButton(self.tr("Cetak ulang"))
        self.reprint_button.clicked.connect(self.reprint)
        self.open_button = QPushButton(self.tr("Buka berkas"))
        self.open_button.clicked.connect(self.open_file)
        self.verify_button = QPushButton(self.tr("Periksa keaslian..."))
        self.verify_button.clicked.connect(self.open_verify)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.reprint_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.verify_button)

        self.model = DocumentListModel(self)
        self._list_read = ops.CurrentRead(ctx.db, self)  # the list for the kind and text chosen last
        self.table = setup_table(QTableView(), self.model, stretch=DocumentColumn.TITLE,
                                 widths={DocumentColumn.NUMBER: 200, DocumentColumn.TYPE: 190})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda *_: self.open_file())
        self.count = QLabel()
        self.count.setObjectName("muted")

        layout = page_layout(self, self.tr("Dokumen"),
                             self.tr("Setiap nomor dokumen yang pernah diterbitkan, termasuk yang dibatalkan. Cetak ulang "
                                     "selalu bertanda SALINAN; keaslian dapat diperiksa dari kode QR."))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        # Check a paper from its printed code right here, as an auditor with the paper in hand would.
        self.verify_panel = VerifyPanel(ctx, self)
        self.verify_panel.code.setToolTip(self.tr("Ketik kode verifikasi yang tercetak di samping kode QR"))
        layout.addWidget(self.verify_panel)
        ctx.changes.changed.connect(self._on_changed)
        self._enable()
        self.reload()

    def selected(self) -> issued_documents.DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        doc = self.selected()
        self.reprint_button.setEnabled(doc is not None and printing.may_reprint(self.ctx.actor, doc.doc_type,
                                                                                  doc.status, doc.print_count))
        self.open_button.setEnabled(bool(doc and doc.last_path))

    def reload(self) -> None:
        self._timer.stop()
        self._list_read.start(issued_documents.list_documents, text=self.search.text().strip() or None,
                              doc_type=self.kind.currentData(), on_success=self._listed)

    def _listed(self, rows: list[issued_documents.DocumentInfo]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None:
            row = self.model.row_of(keep.number)
            if row is not None:
                self.table.selectRow(row)
        self.count.setText(self.tr("{n} dokumen").format(n=len(rows)))
        self._enable()

    def reprint(self) -> ops.Op | None:
        doc = self.selected()
        if doc is None:
            return None
        return self._print(doc.number, new=False)

    def _print(self, number: str, *, new: bool) -> ops.Op:
        return ops.write(self.ctx, self, printing.reprint, number, new=new,
                         directory=printing.documents_dir(self.ctx.local),
                         on_success=lambda doc: printed.show(self, doc.path),
                         on_error=lambda exc: self._refused(number, exc))

    def _refused(self, number: str, exc: BaseException) -> None:
        """A record that changed since its printing gets no silent copy: the person may take a new document."""
        if isinstance(exc, snapshots.RecordChanged) and dialogs.choose(
                self, self.tr("Catatan sudah berubah"), errors.error_text(exc), self.tr("Buat dokumen baru")):
            self.last_op = self._print(number, new=True)
            return
        errors.present_error(self, exc)

    def open_file(self) -> None:
        doc = self.selected()
        if doc is not None and doc.last_path:
            printed.open_or_show(self, doc.last_path)

    def open_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self.ctx, self)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("documents", "dispatches"):
            self.reload()
