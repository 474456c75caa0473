"""What the window's import dialogs share: the file chooser row and the list of a file's problems by row and
column (the roster import's ``RowError``; the opening-stock import's problems are made the same)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from deployment import roster
from ui import texts
from ui.table_model import RIGHT, Index, TableModel


def file_chooser(owner: QWidget, choose: Callable[[], None]) -> tuple[QLineEdit, QHBoxLayout]:
    """A read-only field showing the chosen file and a "Pilih berkas..." button calling ``choose``."""
    edit = QLineEdit()
    edit.setReadOnly(True)
    edit.setPlaceholderText(QCoreApplication.translate("FileImport", "Belum ada berkas dipilih"))
    button = QPushButton(QCoreApplication.translate("FileImport", "Pilih berkas..."), owner)
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return edit, row


class ErrorColumn(IntEnum):
    ROW = 0
    COLUMN = 1
    MESSAGE = 2


class RowErrorModel(TableModel[roster.RowError]):
    """The mistakes of one checked file, by row (as the spreadsheet program numbers it) and column."""

    columns = ErrorColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._headers = {ErrorColumn.ROW: self.tr("Baris"), ErrorColumn.COLUMN: self.tr("Kolom"),
                         ErrorColumn.MESSAGE: self.tr("Masalah")}

    def set_errors(self, found: tuple[roster.RowError, ...]) -> None:
        self.reset_rows(found)  # a new file's list: nothing of the old one is kept

    def error(self, row: int) -> roster.RowError:
        return self.row(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        err = self.record_at(index)
        if err is None:
            return None
        column = ErrorColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {ErrorColumn.ROW: err.row, ErrorColumn.COLUMN: err.column,
                    ErrorColumn.MESSAGE: texts.tr_text(err.message)}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ErrorColumn.ROW:
            return RIGHT
        return None
