"""What the SQL-paged table models share: rows fetched a page at a time as the view scrolls.

A subclass names its ``columns`` (an ``IntEnum``), fills ``self._headers`` (translated in the
subclass, so the strings keep their context), writes ``data()`` and ``_fetch_page(limit, offset)``,
which starts the read through ``ui.ops`` and hands the answer back to the subclass.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from tagana_app.db import Database

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    PAGE = 200
    columns: type[IntEnum]
    loaded = Signal()  # a page (or a refresh) arrived

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[RowT] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0  # answers to an older filter (or sort) are dropped
        self._headers: dict[IntEnum, str] = {}

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self._headers[self.columns(section)]
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._loading = True
            self._fetch_page(self.PAGE, len(self._rows))

    # --- our interface ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def row(self, number: int) -> RowT:
        return self._rows[number]

    # --- for the subclasses ----------------------------------------------------------------------

    def _fetch_page(self, limit: int, offset: int) -> None:
        """Start reading ``limit`` rows from ``offset`` in the background (``ops.read``)."""
        raise NotImplementedError

    def _clear_rows(self, *, loading: bool) -> None:
        """Forget the rows; call between ``beginResetModel`` and ``endResetModel``."""
        self._rows, self._exhausted, self._loading = [], False, loading
        self._generation += 1

    def _append(self, rows: Sequence[RowT]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException, *, paging: bool = True) -> None:
        if paging and generation == self._generation:
            self._loading = False
            self._exhausted = True  # stop asking; a new filter or a refresh starts over
        from ui import errors

        errors.present_error(None, exc)
