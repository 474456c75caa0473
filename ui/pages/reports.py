"""Laporan: choose a report and its filters, see it on screen, export it to .xlsx or PDF.

Reports are built in the background with a progress dialog (long ones can be cancelled); the
export reads the office profile for the letterhead and writes the file in the background too.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deployment import incidents
from deployment.reports import REPORTS, Report, ReportFilter, Table, export
from inventory import catalog
from tagana_app import clock
from tagana_app.pdf import load_profile
from ui import dialogs, ops, printed, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.table_model import RIGHT, Index, TableModel
from ui.table_view import setup_table


class ReportTableModel(TableModel[Sequence[Any]]):
    """One table of a report, its totals rows at the end in bold. Its columns are the report's own
    (``Table.columns``), counted rather than named in an IntEnum."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.table = table
        self._headers = {n: texts.tr_text(column.title) for n, column in enumerate(table.columns)}
        self._rows = list(table.rows) + list(table.footer)  # before any view: nothing to announce
        self._body = len(table.rows)
        self._bold = QFont()
        self._bold.setBold(True)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cells = self.record_at(index)
        if cells is None:
            return None
        row, col = index.row(), index.column()
        value = cells[col] if col < len(cells) else None
        kind = self.table.columns[col].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if row >= self._body and col == 0 and self.table.label_span > 1:
                return RIGHT
            if kind in ("int", "no") and not isinstance(value, str):
                return RIGHT
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row >= self._body:
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def cell_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("ReportsPage", "Ya") if value else QCoreApplication.translate(
            "ReportsPage", "Tidak")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, int) and kind != "no":
        return QLocale().toString(value)
    if isinstance(value, str):  # a status, a role, a totals row's label...: the domain's marked labels
        return texts.tr_text(value)
    return str(value)


@dataclass(frozen=True)
class Choices:
    warehouses: list[tuple[str, str]]
    incidents: list[tuple[str, str]]


def load_choices(session: Any) -> Choices:
    # a deactivated warehouse stays in the reports of the time it held stock
    return Choices([(w.code, w.name) for w in catalog.list_warehouses(session, include_inactive=True)],
                   [(i.number, i.name) for i in incidents.list_incidents(session, limit=500)])


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    report_shown = Signal(object)  # the Report on screen
    exported = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("Laporan pertanggungjawaban untuk pimpinan dan pemeriksa: tampilkan di layar, "
                                  "lalu simpan sebagai Excel (.xlsx) atau PDF berkop surat."))
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)

        self.kind = QComboBox()
        for key, kind in REPORTS.items():
            self.kind.addItem(texts.label(kind.title), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.description = QLabel()
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)

        today = clock.today()
        self.as_of = QDateEdit(_qdate(today))
        self.start = QDateEdit(_qdate(today.replace(day=1)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.as_of, self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.use_period = QCheckBox(self.tr("Batasi periode"))
        self.use_period.toggled.connect(self._sync_period)
        self.warehouse = QComboBox()
        self.warehouse.addItem(self.tr("Semua gudang"), None)
        self.incident = QComboBox()
        self.incident.addItem(self.tr("Semua kejadian"), None)
        for combo in (self.warehouse, self.incident):
            combo.setMinimumWidth(230)
            combo.setMaximumWidth(360)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("kode wilayah, mis. 17.09.01"))
        self.region.setMinimumWidth(210)
        self.region.setMaximumWidth(240)
        self.region.returnPressed.connect(self.run_report)

        self.kind.setMinimumWidth(300)
        self.fields: dict[str, QWidget] = {}

        def field(name: str, label: str, *widgets: QWidget) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 14, 0)
            row.setSpacing(6)
            caption = QLabel(label)
            caption.setBuddy(widgets[0])  # Alt + the underlined letter moves there
            row.addWidget(caption)
            for widget in widgets:
                row.addWidget(widget)
            self.fields[name] = box
            return box

        self.use_period.setText(self.tr("Periode"))
        choose = QHBoxLayout()
        choose.addWidget(field("kind", self.tr("&Laporan"), self.kind))
        choose.addWidget(self.description, 1)
        dates = QHBoxLayout()
        dates.addWidget(field("as_of", self.tr("Posisi per tanggal"), self.as_of))
        dates.addWidget(field("period", "", self.use_period, self.start, QLabel(self.tr("s.d.")), self.end))
        dates.addStretch(1)
        places = QHBoxLayout()
        places.addWidget(field("warehouse", self.tr("Gudang"), self.warehouse))
        places.addWidget(field("incident", self.tr("Kejadian"), self.incident))
        places.addWidget(field("region", self.tr("Wilayah"), self.region))
        places.addStretch(1)
        form = QVBoxLayout()
        form.setSpacing(6)
        form.addLayout(choose)
        form.addLayout(dates)
        form.addLayout(places)

        self.run_button = QPushButton(self.tr("&Tampilkan"))
        self.run_button.setObjectName("primary")
        self.run_button.clicked.connect(self.run_report)
        self.xlsx_button = QPushButton(self.tr("Simpan Excel (.xlsx)..."))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Simpan PDF..."))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)

        self.summary = QLabel(self.tr("Pilih laporan dan filter, lalu klik Tampilkan."))
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        ctx.changes.changed.connect(self._on_changed)
        self._kind_changed()
        self._sync_period(False)
        self._set_exportable(False)
        self._load_choices()

    # --- filters -----------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = REPORTS[self.current_kind()]
        self.description.setText(texts.label(kind.description))
        for name in ("as_of", "period", "warehouse", "incident", "region"):
            self.fields[name].setVisible(name in kind.filters)

    def _sync_period(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def current_filter(self) -> ReportFilter:
        kind = REPORTS[self.current_kind()]
        period = "period" in kind.filters and self.use_period.isChecked()
        return ReportFilter(
            as_of=_date(self.as_of.date()) if "as_of" in kind.filters else None,
            start=_date(self.start.date()) if period else None,
            end=_date(self.end.date()) if period else None,
            warehouse=self.warehouse.currentData() if "warehouse" in kind.filters else None,
            incident=self.incident.currentData() if "incident" in kind.filters else None,
            region=(self.region.text().strip() or None) if "region" in kind.filters else None)

    def _load_choices(self) -> None:
        ops.read(self.ctx.db, self, load_choices, on_success=self._fill_choices)

    def _fill_choices(self, choices: Choices) -> None:
        for combo, values in ((self.warehouse, choices.warehouses), (self.incident, choices.incidents)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for code, name in values:
                combo.addItem(f"{code} \u2014 {name}", code)
            found = combo.findData(chosen)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)
        if self.incident.currentData() is None and self.incident.count() > 1:
            self.incident.setCurrentIndex(1 if self.current_kind() == "incident" else 0)

    def show_link(self, hint: str) -> None:
        """Open a report from elsewhere (the dashboard's "Peralatan terlambat kembali": ``loans``)."""
        found = self.kind.findData(hint)
        if found >= 0:
            self.kind.setCurrentIndex(found)
            self.run_report()

    # --- building and showing ----------------------------------------------------------------------

    def run_report(self) -> ops.Op | None:
        kind = REPORTS[self.current_kind()]
        try:
            flt = self.current_filter()
        except Exception as exc:  # noqa: BLE001 - a bad filter is shown like any refusal
            from ui import errors

            errors.present_error(self, exc)
            return None
        if kind.key == "incident" and not flt.incident and self.incident.count() > 1:
            self.incident.setCurrentIndex(1)
            flt = self.current_filter()
        db = self.ctx.db

        def work(progress: Any) -> Report:
            with db.read() as session:
                return kind.build(session, flt, progress)
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Menyusun laporan..."))
        return ops.run(self, work, progress=self.tr("Menyusun laporan {title}...").format(title=texts.label(kind.title)),
                       on_success=self.show_report, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from tagana_app.progress import Cancelled
        from ui import errors

        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("Dibatalkan.") if isinstance(exc, Cancelled) else errors.error_text(exc))
        if not isinstance(exc, Cancelled):
            errors.present_error(self, exc)

    def show_report(self, report: Report) -> None:
        self.run_button.setEnabled(True)
        self.report = report
        current = self.tabs.currentIndex()
        while self.tabs.count():  # clear() would keep the previous report's views, hidden, for good
            view = self.tabs.widget(0)
            self.tabs.removeTab(0)
            view.deleteLater()
        info = report.info()
        if info:
            self.tabs.addTab(self._info_view(report), self.tr("Ringkasan"))
        for table in report.tables():
            view = QTableView()
            setup_table(view, ReportTableModel(table, view), single=False, stretch_last=True, row_height=24)
            if table.label_span > 1:  # the totals' label spans its columns, as on paper
                for n in range(len(table.footer)):
                    view.setSpan(len(table.rows) + n, 0, 1, table.label_span)
            if len(table.rows) <= 2000:
                view.resizeColumnsToContents()
            self.tabs.addTab(view, f"{texts.tr_text(table.title)} ({QLocale().toString(len(table.rows))})")
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        lines = [texts.tr_text(report.title).replace("\n", " "), *(texts.tr_text(line) for line in report.filter_lines)]
        self.summary.setText(" \u00b7 ".join(lines))
        self._set_exportable(True)
        self.report_shown.emit(report)

    def _info_view(self, report: Report) -> QWidget:
        box = QWidget()
        box.setObjectName("reportInfo")
        form = QFormLayout(box)
        form.setContentsMargins(12, 12, 12, 12)
        for label, value in report.info():
            text = QLabel(texts.tr_text(value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"<b>{html.escape(texts.tr_text(label))}</b>", text)
        for note in report.notes():
            text = QLabel(texts.tr_text(note))
            text.setObjectName("muted")
            text.setWordWrap(True)
            form.addRow(text)
        return box

    def _set_exportable(self, on: bool) -> None:
        self.xlsx_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    # --- export ------------------------------------------------------------------------------------

    def export(self, fmt: str) -> ops.Op | None:
        report = self.report
        if report is None:
            return None
        suffix, filters = (".xlsx", self.tr("Buku kerja Excel (*.xlsx)")) if fmt == "xlsx" else \
            (".pdf", self.tr("Dokumen PDF (*.pdf)"))
        start = str(Path.home() / f"{report.file_stem()}{suffix}")
        path = dialogs.save_file_name(self, self.tr("Simpan laporan"), start, filters)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        db = self.ctx.db

        def work(progress: Any) -> Path:
            with db.read() as session:
                profile = load_profile(session)
                signers = export.report_signers(session, report) if fmt == "pdf" else ()
            if fmt == "xlsx":
                export.to_xlsx(report, path, profile, progress)
            else:
                export.to_pdf(report, path, profile, progress=progress, signers=signers)
            return path
        return ops.run(self, work, progress=self.tr("Menyimpan {name}...").format(name=path.name),
                       on_success=self._exported)

    def _exported(self, path: Path) -> None:
        self.summary.setText(self.tr("Disimpan: {path}").format(path=str(path)))
        printed.show(self, path)
        self.exported.emit(path)

    # --- refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._load_choices()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("stock", "incidents", "dispatches"):
            self._load_choices()
