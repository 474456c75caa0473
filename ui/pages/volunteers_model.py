"""The volunteer table as a model: filtered and sorted in SQL, pages fetched as the view scrolls."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from deployment import volunteers as vs
from deployment.models import LEVELS, SKILLS, STATUSES
from tagana_app.db import Database
from ui import domain_texts, ops
from ui.paged_model import Index, PagedTableModel


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

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, parent)
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: row.full_name, Column.NIK: row.nik, Column.NIAT: row.niat or "", Column.SEX: row.sex,
                Column.AGE: row.age, Column.KECAMATAN: row.kecamatan,
                Column.LEVEL: domain_texts.label(LEVELS.get(row.level, row.level)).removeprefix("Tagana "),
                Column.STATUS: domain_texts.label(STATUSES.get(row.status, row.status)),
                Column.SKILLS: ", ".join(domain_texts.label(SKILLS.get(s, s)) for s in row.skills), Column.PHONE: row.phone or "",
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    # --- our interface ---------------------------------------------------------------------------

    @property
    def filter(self) -> vs.VolunteerFilter:
        return self._filter

    def set_filter(self, flt: vs.VolunteerFilter) -> None:
        """Start over with another filter: the only time the rows are thrown away."""
        self.beginResetModel()
        self._filter, self.total = flt, 0
        self._clear_rows(loading=False)
        self.endResetModel()
        self._load(0)

    def refresh(self) -> None:
        """Reload the rows shown so far (after an edit or an import), keeping as many as were loaded."""
        generation, flt, wanted = self._generation, self._filter, max(len(self._rows), self.PAGE)
        ops.read(self._db, self, vs.list_volunteers, flt, limit=wanted, offset=0,
                 on_success=lambda page: self._replaced(generation, page))

    def _replaced(self, generation: int, page: vs.VolunteerPage) -> None:
        if generation != self._generation:
            return
        old, new = len(self._rows), len(page.rows)
        common = min(old, new)
        self._rows[:common] = page.rows[:common]
        if common:
            self.dataChanged.emit(self.index(0, 0), self.index(common - 1, len(Column) - 1))
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows.extend(page.rows[old:])
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            self.endRemoveRows()
        self.total = page.total
        self._exhausted = len(self._rows) >= page.total
        self.loaded.emit()

    def _fetch_page(self, limit: int, offset: int) -> None:
        self._load(offset)

    def _load(self, offset: int) -> None:
        self._loading = True
        generation, flt = self._generation, self._filter
        ops.read(self._db, self, vs.list_volunteers, flt, limit=self.PAGE, offset=offset,
                 with_total=offset == 0,
                 on_success=lambda page: self._arrived(generation, offset, page),
                 on_error=lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, offset: int, page: vs.VolunteerPage) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        if offset == 0:
            self.total = page.total
        self._exhausted = len(page.rows) < self.PAGE
        self._append(page.rows)
        self.loaded.emit()
