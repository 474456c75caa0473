"""The lines of a stock document as a small spreadsheet (receipt, issue; reusable for other documents).

Type in a cell, Tab to the next cell that applies to the row's item, Enter to go to the next row (in
the last row it adds one: Enter never books anything), Delete clears the chosen cells, "Hapus baris"
removes a row, Ctrl+V pastes rows copied from Excel (tab-separated) from the current cell on, adding
rows.  A code or barcode typed or scanned into the item cell (a scanner types it and Enter) is looked
up on a worker (``inventory.doc_lines``) and the cursor moves to Jumlah.  Each row's problem shows in
the row (red, tooltip) and on the status line.  Nothing is filled in that the person did not type:
no batch, no expiry, no quantity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory.doc_lines import LineItem, line_items
from inventory.models import CONDITIONS
from tagana_app import clock, indonesian
from tagana_app.errors import TaganaError
from tagana_app.quantities import parse_quantity, parse_rupiah
from tagana_app.texts import N_
from ui import errors, ops, texts
from ui.context import AppContext
from ui.line_model import (
    ISSUE_COLUMNS,
    READ_ONLY,
    RECEIPT_COLUMNS,
    CheckedLine,
    LineModel,
    parse_date,
    serial_list,
)

__all__ = ["ISSUE_COLUMNS", "RECEIPT_COLUMNS", "CheckedLine", "LineModel", "LineTable", "parse_date"]


class _Delegate(QStyledItemDelegate):
    """A line edit in most cells; the item's unit and packs in Kemasan; the conditions in Kondisi."""

    def __init__(self, model: LineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.editor: QWidget | None = None  # the open editor (tests type into it)

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        key = self.model.columns[index.column()]
        row = self.model.rows[index.row()]
        editor: QWidget
        if key == "pack" and row.info is not None:
            combo = QComboBox(parent)
            combo.addItem(texts.label(row.info.unit), "")
            for name, contains in row.info.packs:
                combo.addItem(f"{name} ({indonesian.quantity(contains)} {texts.label(row.info.unit)})", name)
            editor = combo
        elif key == "condition":
            combo = QComboBox(parent)
            for c in CONDITIONS:
                combo.addItem(texts.label(c), c)
            editor = combo
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            if key == "expiry":
                line.setPlaceholderText(self.tr("hh-bb-tttt"))
            elif key == "serials":
                line.setPlaceholderText(self.tr("pisahkan dengan koma"))
            editor = line
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if self.editor is editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            found = editor.findData(value) if editor.findData(value) >= 0 else editor.findText(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            if editor.isModified():
                return  # typed into already: a lookup that changed the row must not take the typing away
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class LineView(QTableView):
    """Keys of a spreadsheet; Return and Enter stop here (never the dialog's button)."""

    returned = Signal(int, int)  # Enter on (row, column), editing or not
    pasted = Signal()
    cleared = Signal()
    tabbed_out = Signal()  # Tab after the last cell of the last row

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.state() != QAbstractItemView.State.EditingState:
                current = self.currentIndex()
                self.returned.emit(max(current.row(), 0), max(current.column(), 0))
            return  # while editing the delegate commits and closeEditor (SubmitModelCache) follows
        if key == Qt.Key.Key_Escape:
            event.accept()  # Escape in the table never closes the document (the editor handles its own Escape)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            event.accept()
            self.pasted.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            event.accept()
            self.cleared.emit()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        index = self.currentIndex()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # the editor closed on Return
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.returned.emit(index.row(), index.column())
            return
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._last_editable(index):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.tabbed_out.emit()
            return
        super().closeEditor(editor, hint)

    def _last_editable(self, index: QModelIndex) -> bool:
        model = self.model()
        if index.row() != model.rowCount() - 1:
            return False
        return not any(model.index(index.row(), c).flags() & Qt.ItemFlag.ItemIsEditable
                       for c in range(index.column() + 1, model.columnCount()))

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        """Tab and Shift+Tab skip the cells that do not apply (Nama, Tersedia, an expiry of a non-expiring item)."""
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model = self.model()
        cols, rows = model.columnCount(), model.rowCount()
        current = self.currentIndex()
        pos = current.row() * cols + current.column() if current.isValid() else -1
        step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
        pos += step
        while 0 <= pos < rows * cols:
            index = model.index(pos // cols, pos % cols)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            pos += step
        return current


class LineTable(QWidget):
    """The line table with its buttons and status line; ``warehouse`` gives the warehouse whose stock the
    Tersedia column shows (issues)."""

    changed = Signal()  # the person changed the lines
    looked_up = Signal()  # items of the table were looked up

    def __init__(self, ctx: AppContext, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warehouse: str | None = None
        self.model = LineModel(columns, self)
        self.view = LineView()
        self.view.setModel(self.model)
        self.delegate = _Delegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        widths = {"item": 120, "name": 230, "qty": 80, "pack": 150, "batch": 120, "expiry": 105, "serials": 170,
                  "condition": 110, "price": 130, "available": 120}
        for c, key in enumerate(columns):
            self.view.setColumnWidth(c, widths[key])
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.returned.connect(self._returned)
        self.view.pasted.connect(self.paste)
        self.view.cleared.connect(self.clear_selected)
        self.view.tabbed_out.connect(lambda: self._go(self._next_row(len(self.model.rows) - 1), "item"))
        self.model.item_entered.connect(lambda r: self.look_up([r]))
        self.model.edited.connect(self.changed)
        self.model.rowsInserted.connect(lambda *_: self.changed.emit())
        self.model.rowsRemoved.connect(lambda *_: self.changed.emit())
        self._to_quantity: int | None = None  # the row whose looked-up item moves the cursor to Jumlah

        self.add_button = QPushButton(self.tr("Tambah baris"))
        self.add_button.clicked.connect(lambda: self._go(self.model.append_row(), "item"))
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.remove_button.setToolTip(self.tr("Hapus baris yang dipilih dari dokumen"))
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.hint = QLabel(self.tr("Tab: sel berikutnya · Enter: baris berikutnya · Ctrl+V: tempel baris dari "
                                   "Excel · pindai barcode di kolom Kode barang"))
        self.hint.setObjectName("muted")
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.view.setCurrentIndex(self.model.index(0, 0))

    # --- moving about ---------------------------------------------------------------------------------

    def column(self, key: str) -> int:
        return self.model.columns.index(key)

    def _go(self, row: int, key: str, *, edit: bool = True) -> None:
        index = self.model.index(row, self.column(key))
        self.view.setFocus()
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        if edit and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    def _next_row(self, row: int) -> int:
        return row + 1 if row + 1 < len(self.model.rows) else self.model.append_row()

    def _returned(self, row: int, column: int) -> None:
        key = self.model.columns[column]
        line = self.model.rows[row]
        if key == "item" and line.value("item"):
            if line.info is not None:  # known already: on to the quantity
                self._go(row, "qty")
            else:
                self._to_quantity = row  # once it is looked up
            return
        if line.blank(self.model.defaults):
            self._go(row, "item")  # an empty row stays the row to fill: nothing is added, nothing booked
            return
        self._go(self._next_row(row), "item")

    def focus_row(self, row: int, key: str = "") -> None:
        """Show a row with a problem: the cell it concerns (else the item cell) becomes current."""
        key = key if key in self.model.columns else "item"
        self._go(row, key, edit=False)

    # --- item lookups ---------------------------------------------------------------------------------

    def look_up(self, rows: list[int]) -> None:
        keys = {r: self.model.rows[r].value("item") for r in rows if self.model.rows[r].value("item")}
        if not keys:
            return
        ops.read(self.ctx.db, self, line_items, list(keys.values()), self.warehouse,
                 on_success=lambda found: self._looked_up(keys, found))

    def refresh_available(self) -> None:
        self.look_up([r for r, row in enumerate(self.model.rows) if row.value("item")])

    def _looked_up(self, keys: dict[int, str], found: dict[str, tuple[LineItem | None, int | None]]) -> None:
        move = None
        for r, key in keys.items():
            if r >= len(self.model.rows) or self.model.rows[r].value("item") != key:
                continue  # the cell changed meanwhile
            info, available = found.get(key.strip(), (None, None))
            self.model.set_item(r, info, available)
            if info is None:
                self.model.set_problem(r, self.tr("Barang dengan kode atau barcode '{key}' tidak ditemukan.").format(
                    key=key), "item")
            if r == self._to_quantity:
                move, self._to_quantity = (r, info), None
        current = self.view.currentIndex()
        if move is not None and (current.row(), current.column()) == (move[0], self.column("item")) \
                and self.view.state() != QAbstractItemView.State.EditingState:  # not if the person went on
            r, info = move
            self._go(r, "qty" if info is not None else "item")
        self.show_status()
        self.looked_up.emit()

    def settled(self) -> bool:
        """Every filled item cell has been looked up."""
        return all(row.info is not None or row.unknown for row in self.model.rows if row.value("item"))

    # --- editing many cells -----------------------------------------------------------------------------

    def paste(self) -> None:
        """Rows copied from Excel (cells by Tab, rows by new lines) from the current cell on, over the
        columns that are typed in (Nama and Tersedia are skipped); rows are added as needed."""
        text = QGuiApplication.clipboard().text()
        lines = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not any(c.strip() for c in lines[-1]):
            lines.pop()
        if not lines:
            return
        start = self.view.currentIndex()
        row0, col0 = max(start.row(), 0), max(start.column(), 0)
        targets = [k for k in self.model.columns[col0:] if k not in READ_ONLY]
        touched = []
        for i, cells in enumerate(lines):
            r = row0 + i
            while r >= len(self.model.rows):
                self.model.append_row()
            for key, value in zip(targets, cells, strict=False):
                if key == "condition":
                    value = value.strip().lower()
                self.model.blockSignals(True)  # one lookup for all pasted rows
                try:
                    self.model.set_value(r, key, value)
                finally:
                    self.model.blockSignals(False)
            touched.append(r)
        self.model.dataChanged.emit(self.model.index(row0, 0),
                                    self.model.index(row0 + len(lines) - 1, len(self.model.columns) - 1))
        self.changed.emit()
        self.look_up(touched)
        self._go(row0 + len(lines) - 1, targets[0] if targets else "item", edit=False)

    def clear_selected(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        for index in indexes:
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                key = self.model.columns[index.column()]
                self.model.set_value(index.row(), key, self.model.defaults.get(key, ""))

    def remove_current(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}
                      or {self.view.currentIndex().row()}, reverse=True)
        for r in rows:
            if r >= 0:
                self.model.remove_row(r)
        self._go(min(rows[-1] if rows else 0, len(self.model.rows) - 1), "item", edit=False)
        self.show_status()

    # --- checking -----------------------------------------------------------------------------------------

    def check(self) -> list[CheckedLine] | None:
        """Every filled row checked; None (problems shown in the rows, the first one current) if any fails."""
        lines: list[CheckedLine] = []
        first: tuple[int, str] | None = None
        filled = self.model.filled()
        if not filled:
            self.status.setText(self.tr("Isikan paling sedikit satu baris barang."))
            self.status.setObjectName("errorText")
            self._restyle()
            self._go(0, "item")
            return None
        for r in filled:
            try:
                lines.append(self._check_row(r))
            except _RowProblem as problem:
                self.model.set_problem(r, problem.text, problem.column)
                first = first or (r, problem.column)
        if first is not None:
            self.show_status()
            self.focus_row(*first)
            return None
        self.show_status()
        return lines

    def _check_row(self, r: int) -> CheckedLine:
        row = self.model.rows[r]
        info = row.info
        if info is None:
            if row.unknown:
                raise _RowProblem(self.tr("Barang '{key}' tidak ditemukan.").format(key=row.value("item")), "item")
            if not row.value("item"):
                raise _RowProblem(self.tr("Kode barang wajib diisi."), "item")
            raise _RowProblem(self.tr("Barang sedang dicari; tunggu sebentar."), "item")
        issue = "available" in self.model.columns
        if not info.active and not issue:
            raise _RowProblem(self.tr("Barang {item} sudah dinonaktifkan di Data induk; tidak diterima lagi.").format(
                item=info.code), "item")
        qty = _parsed(parse_quantity, row.value("qty"), N_("domain", "Jumlah"), "qty")
        pack = row.value("pack").lower()
        size = info.pack_size(pack)
        if size is None:
            raise _RowProblem(self.tr("Kemasan '{pack}' tidak dikenal untuk {item}. Pilihan: {choices}.").format(
                pack=pack, item=info.code, choices=", ".join([info.unit, *(n for n, _c in info.packs)])), "pack")
        units = qty * size
        expiry = None
        if "expiry" in self.model.columns and row.value("expiry"):
            if not info.expires:
                raise _RowProblem(self.tr("{item} tidak dicatat kedaluwarsanya; kosongkan tanggal kedaluwarsa.")
                                  .format(item=info.name), "expiry")
            expiry = parse_date(row.value("expiry"))
            if expiry is None:
                raise _RowProblem(self.tr("Tanggal kedaluwarsa '{value}' tidak dikenali; tulis hh-bb-tttt, mis. "
                                          "31-12-2027.").format(value=row.value("expiry")), "expiry")
        if expiry is not None and expiry <= clock.today():
            raise _RowProblem(self.tr("Tanggal kedaluwarsa {date} sudah lewat.").format(
                date=indonesian.short_date(expiry)), "expiry")
        if not issue and info.expires and expiry is None:
            raise _RowProblem(self.tr("{item} memiliki masa kedaluwarsa: isikan tanggal kedaluwarsa.").format(
                item=info.name), "expiry")
        serials = serial_list(row.values.get("serials", ""))
        if serials and not info.serialized:
            raise _RowProblem(self.tr("{item} tidak bernomor seri; kosongkan nomor seri.").format(item=info.name),
                              "serials")
        if info.serialized and (serials or not issue):
            if len(serials) != units:
                raise _RowProblem(self.tr("{item} bernomor seri: isikan {qty} nomor seri (sekarang {given}).").format(
                    item=info.name, qty=units, given=len(serials)), "serials")
            if len(set(serials)) != len(serials):
                raise _RowProblem(self.tr("Ada nomor seri yang ditulis dua kali."), "serials")
        if info.serialized and row.value("batch"):
            raise _RowProblem(self.tr("{item} bernomor seri tidak dicatat per batch; kosongkan batch.").format(
                item=info.name), "batch")
        price = None
        if "price" in self.model.columns and row.value("price"):
            price = _parsed(parse_rupiah, row.value("price"), N_("domain", "Harga satuan"), "price")
        condition = row.value("condition") or "baik"
        if "condition" in self.model.columns and condition not in CONDITIONS:
            raise _RowProblem(self.tr("Kondisi '{value}' tidak dikenal. Pilihan: {choices}.").format(
                value=condition, choices=", ".join(CONDITIONS)), "condition")
        if issue and row.available is not None and units > row.available:
            raise _RowProblem(self.tr("Stok {item} tidak cukup: tersedia {available} {unit}, diminta {units} {unit}.")
                              .format(item=info.name, available=indonesian.quantity(row.available),
                                      units=indonesian.quantity(units), unit=texts.label(info.unit)), "qty")
        return CheckedLine(r, info, qty, "" if pack == info.unit else pack, units, row.value("batch"),
                           expiry, serials, condition, price)

    def show_status(self, text: str | None = None) -> None:
        problems = [(r, row.problem) for r, row in enumerate(self.model.rows) if row.problem]
        filled = len(self.model.filled())
        if text is None:
            if problems:
                r, problem = problems[0]
                more = len(problems) - 1
                text = self.tr("Baris {row}: {problem}").format(row=r + 1, problem=problem)
                if more:
                    text += " " + self.tr("(dan {n} baris lain bermasalah)").format(n=more)
            else:
                text = self.tr("{n} baris barang.").format(n=filled)
        self.status.setText(text)
        self.status.setObjectName("errorText" if problems else "muted")
        self._restyle()

    def _restyle(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def row_of_refusal(self, exc: BaseException, lines: list[CheckedLine]) -> int | None:
        """The table row a service refusal concerns, from the item, serial or batch it names."""
        if not isinstance(exc, TaganaError):
            return None
        named = {str(v).strip() for v in exc.fields.values() if isinstance(v, str | int)}
        named |= {str(v).split("/")[0] for v in named}  # NotFound keys such as "BRS/B-01"
        for line in lines:
            info = line.item
            if {info.code, info.name, f"{info.name} ({info.code})"} & named or set(line.serials) & named:
                return line.row
        return None


class _RowProblem(Exception):
    def __init__(self, text: str, column: str) -> None:
        super().__init__(text)
        self.text, self.column = text, column


def _parsed(parse: Any, value: str, field_name: str, column: str) -> int:
    try:
        return parse(value, field=field_name)
    except TaganaError as exc:
        raise _RowProblem(errors.error_text(exc), column) from exc
