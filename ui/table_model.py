"""The one family of table models (after Picard's ``logviewmodel.py``): rows of plain records, columns an
``IntEnum``, changes made in place.

``TableModel`` holds rows of one record type. ``set_rows`` takes a new list and changes only what
changed: rows that went are removed, new ones inserted, moved ones moved (the selection follows), and
a row whose record changed gets ``dataChanged``; a refresh that brings back the same records keeps
the rows and the selection. A model either declares its cells (``Col``: title, text, right-aligned)
in the order of its ``columns``, or writes its own ``data()`` and ``_headers``.

``PagedTableModel`` gets its rows from a service fetch function ``fetch(session, limit, offset)`` a
page at a time as the view scrolls (``fetchMore``), through one ``ops.CurrentRead``: the answer to an
older filter, page or refresh is dropped, so no model keeps generation counters of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from tagana_app.db import Database
from ui import ops

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Fetch = Callable[[Any, int, int], Any]  # (session, limit, offset) -> the rows (or a page holding them)


@dataclass(frozen=True)
class Col(Generic[R]):
    """One column of a model that declares its cells: header, the text of a row, alignment."""

    title: str
    text: Callable[[R], Any]
    right: bool = False


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of one record type. ``key`` says which record a row shows (rows of the same key are the same
    row to the view); without one, ``set_rows`` replaces the rows whole."""

    columns: ClassVar[type[IntEnum]]

    def __init__(self, cells: Sequence[Col[R]] = (), *, key: Callable[[R], Hashable] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells = list(cells)
        if self._cells and len(self._cells) != len(self.columns):
            raise ValueError(f"{type(self).__name__}: {len(self._cells)} cells for {len(self.columns)} columns")
        self._key = key
        self._rows: list[R] = []
        self._headers: dict[int, str] = {n: cell.title for n, cell in enumerate(self._cells)}

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None:
            return None
        cell = self._cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.right:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.extra(row, index.column(), role)

    def extra(self, row: R, column: int, role: int) -> Any:
        """Other roles of a declared cell (colours, tool tips, fonts)."""
        return None

    # --- our interface ---------------------------------------------------------------------------

    def record_at(self, index: Index) -> R | None:
        """The record an index shows, or None for an index outside the rows and columns."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < self.columnCount():
            return None
        return self._rows[index.row()]

    def row(self, number: int) -> R:
        return self._rows[number]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of(self, key: Hashable) -> int | None:
        """The row showing the record of ``key``, if any."""
        if self._key is None:
            return None
        return next((n for n, r in enumerate(self._rows) if self._key(r) == key), None)

    def reset_rows(self, rows: Iterable[R]) -> None:
        """Another list altogether (a new filter, another file): nothing of the old one is kept."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_rows(self, rows: Iterable[R]) -> None:
        """The same list read again: change in place only what changed, keeping the selection."""
        rows = list(rows)
        if self._key is None or not self._rows:
            if rows or self._rows:
                self.reset_rows(rows)
            return
        keys = [self._key(r) for r in rows]
        old = [self._key(r) for r in self._rows]
        if len(set(keys)) != len(keys) or len(set(old)) != len(old):  # no identity to go by
            self.reset_rows(rows)
            return
        self._remove_gone(set(keys))
        self._put_in_order({k: n for n, k in enumerate(keys)})
        self._insert_new(rows, keys)
        self._update_changed(rows)

    def update_row(self, record: R) -> bool:
        """Show ``record`` in the row of its key (a write's result); False when no row shows it."""
        found = self.row_of(self._key(record)) if self._key is not None else None
        if found is None:
            return False
        if self._rows[found] != record:
            self._rows[found] = record
            self.dataChanged.emit(self.index(found, 0), self.index(found, self.columnCount() - 1))
        return True

    def insert_rows(self, at: int, rows: Sequence[R]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            self._rows[at:at] = list(rows)
            self.endInsertRows()

    # --- set_rows, step by step ------------------------------------------------------------------

    def _remove_gone(self, wanted: set[Hashable]) -> None:
        assert self._key is not None
        end = len(self._rows)
        while end > 0:  # from the bottom, a run of rows at a time
            if self._key(self._rows[end - 1]) in wanted:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self._key(self._rows[start - 1]) not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self._rows[start:end]
            self.endRemoveRows()
            end = start

    def _put_in_order(self, position: dict[Hashable, int]) -> None:
        """Rows that stayed, in their new order (a sort by a changed value): a layout change, so the
        selection and the other persistent indexes follow their rows."""
        assert self._key is not None
        order = sorted(range(len(self._rows)), key=lambda n: position[self._key(self._rows[n])])  # type: ignore[misc]
        if order == list(range(len(order))):
            return
        self.layoutAboutToBeChanged.emit()
        moved_to = {before: after for after, before in enumerate(order)}
        self._rows = [self._rows[n] for n in order]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [self.index(moved_to[p.row()], p.column()) if p.isValid()
                                                    else QModelIndex() for p in persistent])
        self.layoutChanged.emit()

    def _insert_new(self, rows: list[R], keys: list[Hashable]) -> None:
        shown = {self._key(r) for r in self._rows}  # type: ignore[misc]
        n = 0
        while n < len(rows):  # the rows before n are already those of ``keys``
            if keys[n] in shown:
                n += 1
                continue
            end = n + 1
            while end < len(rows) and keys[end] not in shown:
                end += 1
            self.insert_rows(n, rows[n:end])
            n = end

    def _update_changed(self, rows: list[R]) -> None:
        n = 0
        while n < len(rows):
            if rows[n] == self._rows[n]:
                n += 1
                continue
            end = n
            while end < len(rows) and rows[end] != self._rows[end]:
                self._rows[end] = rows[end]
                end += 1
            self.dataChanged.emit(self.index(n, 0), self.index(end - 1, self.columnCount() - 1))
            n = end


class PagedTableModel(TableModel[R]):
    """Rows read a page at a time from a service fetch function as the view scrolls.

    A subclass says what to read with ``fetch()``: a function ``(session, limit, offset)`` over the
    current filter and order (it runs in a worker, so it closes over their values, not over the model).
    """

    PAGE = 200
    loaded = Signal()  # a page (or a refresh) arrived

    def __init__(self, db: Database, cells: Sequence[Col[R]] = (), *, key: Callable[[R], Hashable],
                 parent: QObject | None = None) -> None:
        super().__init__(cells, key=key, parent=parent)
        self._read = ops.CurrentRead(db, self)
        self._exhausted = False
        self._changing = False  # rows going in: views may ask for more from inside the signals

    def fetch(self) -> Fetch:
        raise NotImplementedError

    def rows_of(self, answer: Any, offset: int) -> Sequence[R]:
        """The rows in what ``fetch`` returned (a subclass whose fetch returns a page with a total
        keeps the total here)."""
        return answer

    # --- Qt model interface ----------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._read.busy and not self._changing

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._load_page(len(self._rows))

    # --- our interface ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._read.busy

    def start_over(self) -> None:
        """A new filter or order: the only time the rows are thrown away."""
        self._exhausted = False
        self.reset_rows(())
        self._load_page(0)

    def refresh(self) -> None:
        """Read again the rows shown (at least a page), after a write; only what changed changes."""
        wanted = max(len(self._rows), self.PAGE)
        self._read.start(self.fetch(), wanted, 0, on_success=lambda answer: self._refreshed(wanted, answer),
                         on_error=self._failed)

    # --- reading ---------------------------------------------------------------------------------

    def _load_page(self, offset: int) -> None:
        self._read.start(self.fetch(), self.PAGE, offset,
                         on_success=lambda answer: self._page_arrived(offset, answer), on_error=self._failed)

    def _page_arrived(self, offset: int, answer: Any) -> None:
        rows = self.rows_of(answer, offset)
        self._exhausted = len(rows) < self.PAGE
        shown = {self._key(r) for r in self._rows}  # rows that moved down since the last page come again
        self._change(lambda: self.insert_rows(len(self._rows), [r for r in rows if self._key(r) not in shown]))

    def _refreshed(self, wanted: int, answer: Any) -> None:
        rows = self.rows_of(answer, 0)
        self._exhausted = len(rows) < wanted
        self._change(lambda: self.set_rows(rows))

    def _change(self, change: Callable[[], None]) -> None:
        self._changing = True
        try:
            change()
        finally:
            self._changing = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._exhausted = True  # stop asking; a new filter or a refresh starts over
        from ui import errors

        errors.present_error(None, exc)
