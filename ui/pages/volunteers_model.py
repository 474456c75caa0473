"""The volunteer table as a model: filtered and sorted in SQL, pages fetched as the view scrolls."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from deployment import personal_data
from deployment import volunteers as vs
from deployment.models import LEVELS, SKILLS, STATUSES
from tagana_app.accounts import Actor
from tagana_app.db import Database
from ui import texts
from ui.table_model import RIGHT, Fetch, Index, PagedTableModel


class Column(IntEnum):
    NAME = 0
    NIK = 1
    NIAT = 2
    SEX = 3
    AGE = 4
    KECAMATAN = 5
    LEVEL = 6
    STATUS = 7
    SKILLS = 8
    PHONE = 9


class VolunteerModel(PagedTableModel[vs.VolunteerRow]):
    columns = Column

    def __init__(self, db: Database, parent: QObject | None = None, *, viewer: Actor) -> None:
        super().__init__(db, key=lambda row: row.id, parent=parent)
        self.viewer = viewer  # NIK and phone masked for the roles that do not need them
        self._filter = vs.VolunteerFilter()
        self.total = 0  # known from the first page
        self._headers = {
            Column.NAME: self.tr("Nama"), Column.NIK: self.tr("NIK"), Column.NIAT: self.tr("NIAT"),
            Column.SEX: self.tr("JK"), Column.AGE: self.tr("Umur"), Column.KECAMATAN: self.tr("Kecamatan"),
            Column.LEVEL: self.tr("Jenjang"), Column.STATUS: self.tr("Status"), Column.SKILLS: self.tr("Keahlian"),
            Column.PHONE: self.tr("No. HP"),
        }

    # --- Qt model interface ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: row.full_name, Column.NIK: row.nik, Column.NIAT: row.niat or "", Column.SEX: row.sex,
                Column.AGE: row.age, Column.KECAMATAN: row.kecamatan,
                Column.LEVEL: texts.label(LEVELS.get(row.level, row.level)).removeprefix("Tagana "),
                Column.STATUS: texts.label(STATUSES.get(row.status, row.status)),
                Column.SKILLS: ", ".join(texts.label(SKILLS.get(s, s)) for s in row.skills), Column.PHONE: row.phone or "",
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    # --- our interface ---------------------------------------------------------------------------

    @property
    def filter(self) -> vs.VolunteerFilter:
        return self._filter

    def set_filter(self, flt: vs.VolunteerFilter) -> None:
        """Start over with another filter: the only time the rows are thrown away."""
        self._filter, self.total = flt, 0
        self.start_over()

    def fetch(self) -> Fetch:
        flt, viewer = self._filter, self.viewer
        return lambda session, limit, offset: personal_data.volunteer_page(session, viewer, flt, limit=limit,
                                                                           offset=offset, with_total=offset == 0)

    def rows_of(self, answer: vs.VolunteerPage, offset: int) -> list[vs.VolunteerRow]:
        if offset == 0:
            self.total = answer.total  # counted with the first page (and with a refresh)
        return answer.rows
