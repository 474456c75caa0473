"""What the "Permintaan" page reads and its list model: the requests with their overdue mark.

The list is short (the open requests of a few incidents), filtered in SQL by status and incident and
loaded whole; a reload changes only the rows that changed (``TableModel.set_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from deployment import incidents as incident_service
from deployment import requests
from deployment.requests import RequestRecord
from tagana_app import indonesian
from ui import texts
from ui.table_model import Col, TableModel

STATUS_COLOURS = {"diterima": "#7a4b00", "didisposisi": "#1f4e79", "sebagian": "#1f4e79", "dipenuhi": "#1e6b3a",
                  "ditolak": "#8a1c1c", "dibatalkan": "#5b6b7f"}
OVERDUE_COLOUR = "#b3261e"


@dataclass(frozen=True)
class RequestRow:
    record: RequestRecord
    overdue: bool

    @property
    def number(self) -> str:
        return self.record.number


def load_requests(session: Any, *, incident: str | None = None, status: str | None = None,
                  open_only: bool = False) -> list[RequestRow]:
    return [RequestRow(r, r.overdue)  # the service's rule: working days, public holidays not counted
            for r in requests.list_requests(session, incident=incident, status=status, open_only=open_only)]


def load_choices(session: Any) -> dict:
    """The incidents a request may name (open ones) and all for the filter, the warehouses for a dispatch."""
    from inventory import catalog

    every = incident_service.list_incidents(session)
    return {"incidents": [(i.number, i.name) for i in every if i.status != "selesai"],
            "all_incidents": [(i.number, i.name) for i in every],
            "warehouses": [(w.code, w.name) for w in catalog.list_warehouses(session)]}


class RequestColumn(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    REQUESTER = 2
    REGION = 3
    INCIDENT = 4
    STATUS = 5
    ASKED = 6
    FULFILLED = 7


class RequestListModel(TableModel[RequestRow]):
    columns = RequestColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Col(self.tr("Nomor agenda"), lambda r: r.record.number),
            Col(self.tr("Diterima"), lambda r: indonesian.short_date(r.record.received_on)),
            Col(self.tr("Pemohon"), lambda r: r.record.requester_name),
            Col(self.tr("Wilayah"), lambda r: r.record.region_name),
            Col(self.tr("Kejadian"), lambda r: r.record.incident),
            Col(self.tr("Status"), lambda r: texts.label(r.record.status_label)
                + (self.tr(" · terlambat") if r.overdue else "")),
            Col(self.tr("Diminta"), lambda r: self.asked_text(r.record)),
            Col(self.tr("Dipenuhi"), lambda r: self.fulfilled_text(r.record), right=True),
        ], key=lambda r: r.record.number, parent=parent)

    def asked_text(self, record: RequestRecord) -> str:
        """What was asked, in kinds of goods and people: "2 jenis barang, 5 relawan"."""
        parts = [self.tr("{n} jenis barang").format(n=len(record.lines))] if record.lines else []
        people = sum(p.count for p in record.people)
        if people:
            parts.append(self.tr("{n} relawan").format(n=people))
        return ", ".join(parts)

    def fulfilled_text(self, record: RequestRecord) -> str:
        """How many approved lines and skills are met ("1 dari 2"); "–" before a decision."""
        wanted = [(x.approved, x.fulfilled) for x in (*record.lines, *record.people) if x.approved]
        if not record.decided_by or not wanted:
            return "–"
        return self.tr("{done} dari {all}").format(done=sum(1 for want, got in wanted if got >= want),
                                                   all=len(wanted))

    def extra(self, row: RequestRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == RequestColumn.STATUS:
            return QBrush(QColor(OVERDUE_COLOUR if row.overdue else STATUS_COLOURS.get(row.record.status, "#333333")))
        if role == Qt.ItemDataRole.ToolTipRole and column == RequestColumn.INCIDENT:
            return row.record.incident_name
        return None
