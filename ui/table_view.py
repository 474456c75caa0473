"""The one set-up of a table view: whole rows selected, alternating rows, no row numbers, no editing in
place, one line per row, and the columns that take the spare width.

    setup_table(self.table, self.model, stretch=Column.ITEM, widths={Column.UNIT: 70}, sortable=Column.ITEM)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

ROW_HEIGHT = 26
V = TypeVar("V", bound=QTableView)


def setup_table(view: V, model: QAbstractItemModel | None = None, *,
                stretch: int | Iterable[int] | Literal["all"] | None = None, widths: Mapping[int, int] | None = None,
                sortable: int | None = None, single: bool = True, stretch_last: bool = False,
                row_height: int = ROW_HEIGHT) -> V:
    """Set up ``view`` (a QTableView or QTableWidget) as every table of the window is, and return it.

    ``stretch``: the column(s) that share the width left over (``"all"``: every column shares the
    width); ``widths``: starting widths of other columns; ``sortable``: the column sorted by at first
    (clicking a header sorts, in the model's own ``sort``); ``single=False`` lets several rows be
    selected; ``stretch_last``: the last column fills the rest (tables whose columns vary).
    """
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if single
                          else QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_last)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
    if stretch == "all":
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    elif stretch is not None:
        for column in (stretch,) if isinstance(stretch, int) else stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if sortable is not None:
        view.setSortingEnabled(True)
        header.setSortIndicator(sortable, Qt.SortOrder.AscendingOrder)
    return view


def fill_table(table: QTableWidget, rows: Iterable[Iterable[Any]], right: Iterable[int] = (), *,
               fit: bool = True) -> None:
    """A small table's rows as text (None as empty, the whole text also as its tooltip), the columns
    ``right`` aligned right (numbers); ``fit``: every column as wide as its contents (else as set up)."""
    rows = [list(row) for row in rows]
    right = set(right)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if fit:
        table.resizeColumnsToContents()
