"""The "Permintaan" page: the register of requests for aid, and the selected one in detail.

A koordinator records a request as its letter arrived; a pejabat who did not record it decides it
(line by line); a decided request is answered by dispatches made from it here, which then show on the
"Pengiriman" page, and by volunteers assigned from it here (the incident's assignment dialog, the role
still short chosen).  Each button is enabled only for whom the capability allows (the services check
again); a disabled button's tooltip says who may.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deployment import requests
from deployment.dispatch import lifecycle
from deployment.models import LINE_DECISIONS, REQUEST_STATUSES, REQUESTER_KINDS
from deployment.permissions import can_assign, can_cancel_requests, can_decide_requests, can_receive_requests
from deployment.requests import RequestRecord
from tagana_app import indonesian
from tagana_app.errors import PermissionDenied
from ui import errors, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.pages.assignment_dialog import AssignmentDialog
from ui.pages.request_dialogs import DecideDialog, ReasonDialog, RecordRequestDialog, RequestDispatchDialog
from ui.pages.request_model import RequestColumn, RequestListModel, RequestRow, load_choices, load_requests
from ui.table_view import setup_table

OPEN = "__open__"  # the status filter "Perlu tindakan": every open request
# A posko records requests to the office; the disposition and the dispatch that answers are the office's.
POSKO_ACTIONS = frozenset({"cancel"})


def refusal(capability, actor, made_by: str | None = None) -> str:  # noqa: ANN001
    """Why ``actor`` may not (the service's own refusal, naming who may), or "" when he may."""
    try:
        capability.require(actor, made_by=made_by)
    except PermissionDenied as exc:
        return errors.error_text(exc)
    return ""


class RequestDetail(QFrame):
    """The selected request: who asked with which letter, each line asked / approved / sent, the people,
    the decision, the dispatches that answer it, and the buttons for what may happen next."""

    def __init__(self, page: RequestsPage) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.record: RequestRecord | None = None
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("muted")
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels([self.tr("Barang / relawan"), self.tr("Diminta"), self.tr("Disetujui"),
                                              self.tr("Dipenuhi"), self.tr("Keputusan")])
        setup_table(self.lines, stretch=(0, 4), widths={1: 90, 2: 90, 3: 90})
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.lines.setMinimumHeight(150)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, handler in (("decide", self.tr("Disposisi..."), self.decide),
                                    ("dispatch", self.tr("Buat pengiriman..."), self.make_dispatch),
                                    ("assign", self.tr("Tugaskan relawan..."), self.assign),
                                    ("cancel", self.tr("Batalkan permintaan..."), self.cancel)):
            button = QPushButton(label)
            button.clicked.connect(handler)
            if key != "cancel":
                button.setObjectName("primary")
            self.buttons[key] = button
            row.addWidget(button)
            button.setVisible(self.ctx.posko is None or key in POSKO_ACTIONS)
        row.addStretch(1)
        # The request on the left, its lines on the right: the page's full width for both.
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.info)
        left.addWidget(self.decision)
        left.addStretch(1)
        left.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        layout.addLayout(left, 2)
        layout.addWidget(self.lines, 3)
        self.show_record(None)

    def show_record(self, record: RequestRecord | None, overdue: bool = False) -> None:
        self.record = record
        self.lines.setRowCount(0)
        if record is None:
            self.title.setText(self.tr("Pilih permintaan di daftar, atau catat permintaan baru."))
            self.info.clear()
            self.decision.clear()
        else:
            status = texts.label(record.status_label) + (self.tr(" · melewati standar pelayanan") if overdue else "")
            self.title.setText(self.tr("{number} · {status}").format(number=record.number, status=status))
            who = ", ".join(x for x in (record.requester_name, record.requester_position) if x)
            if record.requester_id:
                who += f" ({record.requester_id_kind} {record.requester_id})"
            self.info.setText("\n".join((
                self.tr("Pemohon: {who}; {kind} {region}").format(
                    who=who, kind=texts.label(REQUESTER_KINDS[record.requester_kind]), region=record.region_name),
                self.tr("Surat {letter} tanggal {day}, diterima {received} oleh {user}").format(
                    letter=record.letter_number, day=indonesian.long_date(record.letter_date),
                    received=indonesian.long_date(record.received_on), user=record.received_by),
                self.tr("Kejadian: {incident} {name}").format(incident=record.incident, name=record.incident_name),
                *([self.tr("Keterangan: {text}").format(text=record.remarks)] if record.remarks else ()))))
            for line in record.lines:
                self._add_row(f"{line.item_name}" + (f" ({line.item_code})" if line.item_code else ""),
                              line.quantity, line.approved, line.fulfilled, line.unit, line.decision,
                              line.decision_reason)
            for p in record.people:
                self._add_row(self.tr("Relawan {skill}").format(skill=texts.label(p.skill_label)), p.count, p.approved,
                              p.fulfilled, self.tr("orang"), p.decision, p.decision_reason)
            self.decision.setText(self._decision_text(record))
        self._enable()

    def _decision_text(self, record: RequestRecord) -> str:
        parts = []
        if record.decided_by:
            parts.append(self.tr("Disposisi oleh {user}: {note}").format(user=record.decided_by,
                                                                          note=record.disposition_note or "-"))
        else:
            parts.append(self.tr("Menunggu disposisi pejabat."))
        if record.cancel_reason:
            parts.append(self.tr("Dibatalkan oleh {user}: {reason}").format(user=record.cancelled_by,
                                                                            reason=record.cancel_reason))
        parts.append(self.tr("Pengiriman: {numbers}").format(numbers=", ".join(record.dispatches) or "-"))
        return "\n".join(parts)

    def _add_row(self, name: str, asked: int, approved: int | None, fulfilled: int, unit: str, decision: str,
                 reason: str) -> None:
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        unit = texts.label(unit)
        verdict = texts.label(LINE_DECISIONS[decision]) if decision else ""
        cells = (name, f"{indonesian.quantity(asked)} {unit}",
                 "–" if approved is None else f"{indonesian.quantity(approved)} {unit}",
                 f"{indonesian.quantity(fulfilled)} {unit}" if approved else "–",
                 f"{verdict}: {reason}" if reason else verdict)
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)  # a long reason is cut in the cell
            self.lines.setItem(r, c, cell)

    def _enable(self) -> None:
        actor, record = self.ctx.actor, self.record
        why = {"decide": refusal(can_decide_requests, actor, record.received_by if record else None),
               "dispatch": "" if lifecycle.can_create_dispatch(actor) else self.tr(
                   "Pengiriman dibuat oleh koordinator."),
               "assign": refusal(can_assign, actor),
               "cancel": refusal(can_cancel_requests, actor)}
        answering = record is not None and record.status in ("didisposisi", "sebagian")
        state = {"decide": record is not None and record.status == "diterima",
                 "dispatch": answering and any(line.approved for line in record.lines),
                 "assign": answering and self.wanted_role() is not None,
                 "cancel": record is not None and record.is_open}
        for key, button in self.buttons.items():
            button.setEnabled(state[key] and not why[key])
            button.setToolTip(why[key])

    # --- actions -----------------------------------------------------------------------------------

    def decide(self) -> DecideDialog | None:
        if self.record is None:
            return None
        dialog = DecideDialog(self.ctx, self.record, parent=self)
        dialog.open()
        return dialog

    def cancel(self) -> ReasonDialog | None:
        if self.record is None:
            return None
        dialog = ReasonDialog(
            self.ctx, self.tr("Batalkan permintaan"), self.tr("Batalkan {number}").format(number=self.record.number),
            self.tr("Permintaan yang dibatalkan tidak lagi dijawab pengiriman atau penugasan."),
            self.tr("Batalkan permintaan"), partial(requests.cancel_request, number=self.record.number), "reason",
            parent=self)
        dialog.open()
        return dialog

    def wanted_role(self) -> str | None:
        """The first skill of the request's people still short of what was approved (None: none short)."""
        if self.record is None:
            return None
        return next((p.skill for p in self.record.people if p.approved and p.fulfilled < p.approved), None)

    def assign(self) -> AssignmentDialog | None:
        """Assign a volunteer who answers the request's people (the role still short, its incident)."""
        record = self.record
        if record is None:
            return None
        dialog = AssignmentDialog(self.ctx, record.incident, record.incident_name, role=self.wanted_role(),
                                  request=record.number, parent=self)
        dialog.open()
        return dialog

    def make_dispatch(self) -> RequestDispatchDialog | None:
        if self.record is None:
            return None
        choices = self.page.choices
        dialog = RequestDispatchDialog(self.ctx, self.record, choices["incidents"], choices["warehouses"], parent=self)
        dialog.accepted.connect(lambda: self.page.dispatch_made(dialog.created))
        dialog.open()
        return dialog


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices: dict = {"incidents": [], "all_incidents": [], "warehouses": []}
        self._want: str | None = None  # a request just recorded, to select once the list has it
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Perlu tindakan"), OPEN)
        for code, label in REQUEST_STATUSES.items():
            self.status.addItem(texts.label(label), code)
        self.status.currentIndexChanged.connect(self.reload)
        self.incident = QComboBox()
        self.incident.addItem(self.tr("Semua kejadian"), None)
        self.incident.setMinimumWidth(260)
        self.incident.currentIndexChanged.connect(self.reload)
        self.new_button = QPushButton(self.tr("Catat permintaan..."))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.open_new)
        self.new_button.setEnabled(can_receive_requests(ctx.actor))
        self.new_button.setToolTip(refusal(can_receive_requests, ctx.actor))
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(self.incident)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.model = RequestListModel(self)
        self._list_read = ops.CurrentRead(ctx.db, self)
        self.table = setup_table(QTableView(), self.model, stretch=(RequestColumn.REQUESTER, RequestColumn.REGION),
                                 widths={RequestColumn.NUMBER: 190, RequestColumn.RECEIVED: 100,
                                         RequestColumn.INCIDENT: 125, RequestColumn.STATUS: 175,
                                         RequestColumn.ASKED: 215, RequestColumn.FULFILLED: 80})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.setMinimumHeight(120)
        self.detail = RequestDetail(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 300])

        layout = page_layout(self, self.tr("Permintaan bantuan"), self.tr(
            "Surat permintaan dari desa, kecamatan, posko atau instansi: dicatat koordinator, didisposisi pejabat, "
            "dipenuhi dengan pengiriman dan penugasan relawan."))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        ctx.changes.changed.connect(self._on_changed)
        self.reload()
        self._read_choices()

    def _read_choices(self) -> None:
        ops.read(self.ctx.db, self, load_choices, on_success=self._choices)

    def _choices(self, choices: dict) -> None:
        self.choices = choices
        current = self.incident.currentData()
        self.incident.blockSignals(True)
        self.incident.clear()
        self.incident.addItem(self.tr("Semua kejadian"), None)
        for number, name in choices["all_incidents"]:
            self.incident.addItem(f"{number} – {name}", number)
        self.incident.setCurrentIndex(max(self.incident.findData(current), 0))
        self.incident.blockSignals(False)

    def selected(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_number(self) -> str | None:
        row = self.selected()
        return row.number if row else None

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row is not None:
            self.table.selectRow(row)

    def reload(self) -> None:
        status = self.status.currentData()
        self._list_read.start(load_requests, incident=self.incident.currentData(),
                              status=None if status == OPEN else status, open_only=status == OPEN,
                              on_success=self._listed)

    def _listed(self, rows: list[RequestRow]) -> None:
        keep = self._want or self.selected_number()
        self.model.set_rows(rows)
        if keep:
            self._want = None
            self.select(keep)
        self._show_selected()  # the row's record may have changed with the same selection

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        self.detail.show_record(row.record if row else None, row.overdue if row else False)

    def open_new(self) -> RecordRequestDialog:
        dialog = RecordRequestDialog(self.ctx, self.choices["incidents"], parent=self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: RecordRequestDialog) -> None:
        if dialog.created is not None:
            self._want = dialog.created.number
            self.reload()

    def dispatch_made(self, record) -> None:  # noqa: ANN001
        """Show the new dispatch on the "Pengiriman" page, where its lines are checked and it is submitted."""
        window = self.window()
        if record is None or not hasattr(window, "show_section"):
            return
        window.show_section("dispatches")
        page = window.page("dispatches")
        if hasattr(page, "show_link"):
            page.show_link(record.number)

    def refresh(self) -> None:
        self.reload()
        self._read_choices()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("requests", "dispatches", "volunteers"):
            self.reload()
        if changes.touches("incidents", "stock"):
            self._read_choices()
