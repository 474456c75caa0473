"""Choosing an item by typing or scanning: the item chooser every dialog can use.

A USB scanner types a code and presses Enter.  ``ItemChooser`` is an editable combo box of the
catalogue (type part of a name or code to find it in the list); Enter reads what was typed:

- ``U:<ITEM>:<SERIAL>`` (a unit's label, ``inventory.labels``): the item is selected and
  ``unitScanned(item, serial)`` tells the dialog, which takes the unit where it chooses units;
- an item code or a name as listed: that item;
- anything else is looked up as a barcode (``inventory.catalog.find_item``, in a worker); found, the
  item is selected, else ``notFound(text)`` and the field is marked.

Enter never reaches the dialog (it would submit it); after a selection focus moves to the next field.

API: ``ItemChooser(db, items, current=None)``, ``set_items(items)``, ``current_code()``,
``current_info()``, ``select_code(code)``; signals ``itemChosen(str)``, ``unitScanned(str, str)``,
``notFound(str)``.

``ScanField`` is a line for scanning one label after another where units are ticked in a list
(the return of a dispatch): Enter emits ``scanned(Scanned)``, empties the field and keeps the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from inventory import catalog, labels
from inventory.catalog import ItemInfo
from tagana_app.db import Database
from ui import ops


def _item_code(session: object, key: str) -> str:
    return catalog.find_item(session, key).code  # type: ignore[arg-type]


class ItemChooser(QComboBox):
    itemChosen = Signal(str)          # an item chosen with Enter (typed, scanned code or barcode)
    unitScanned = Signal(str, str)    # item code, serial: a unit's label was scanned
    notFound = Signal(str)            # what was typed names no item of the list

    def __init__(self, db: Database | None, items: Sequence[ItemInfo] = (), current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.infos: dict[str, ItemInfo] = {}
        self.lookup: ops.Op | None = None  # a barcode being looked up
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "beras" and "BRS" both find "Beras (BRS)"
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("ketik nama atau kode, atau pindai barcode"))
        self.lineEdit().returnPressed.connect(self.resolve)  # Enter while the completer's list is open
        self.lineEdit().textEdited.connect(lambda _text: self._mark(False))
        self.set_items(items, current)

    def set_items(self, items: Sequence[ItemInfo], current: str | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        self.infos = {i.code: i for i in items}
        for i in items:
            self.addItem(f"{i.name} ({i.code})", i.code)
        self.blockSignals(False)
        self.setCurrentIndex(-1)
        if current:
            self.select_code(current)

    def current_code(self) -> str | None:
        """The chosen item's code; None while the text names none (typed but not yet chosen)."""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            return None
        return self.itemData(index)

    def current_info(self) -> ItemInfo | None:
        code = self.current_code()
        return self.infos.get(code) if code else None

    def select_code(self, code: str) -> bool:
        index = self.findData(code)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        self._mark(False)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.resolve()
            event.accept()  # never the dialog's: a scanner's Enter must not submit it
            return
        super().keyPressEvent(event)

    def resolve(self) -> None:
        """Choose the item (or unit) the typed text names; a barcode is looked up in a worker."""
        text = self.currentText().strip()
        if self.current_code() is not None and text == self.itemText(self.currentIndex()):
            self._chosen(self.current_code())
            return
        scanned = labels.parse_scan(text)
        if scanned is None:
            return
        if scanned.is_unit:
            if self.select_code(scanned.item):
                self.unitScanned.emit(scanned.item, scanned.serial)
                self._chosen(scanned.item)
            else:
                self._not_found(text)
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # a name as listed, any case
        if index >= 0 or self.findData(text.upper()) >= 0:
            self._chosen(self.itemData(index) if index >= 0 else text.upper())
            return
        if self.db is None:
            self._not_found(text)
            return
        self.lookup = ops.read(self.db, self, _item_code, text,
                               on_success=lambda code, typed=text: self._barcode_found(typed, code),
                               on_error=lambda _exc, typed=text: self._not_found(typed))

    def _barcode_found(self, typed: str, code: str) -> None:
        self.lookup = None
        if self.currentText().strip() != typed:
            return  # typed on meanwhile
        if code in self.infos:
            self._chosen(code)
        else:
            self._not_found(typed)

    def _chosen(self, code: str) -> None:
        self.select_code(code)
        self.itemChosen.emit(code)
        if self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.focusNextChild()  # on to the quantity

    def _not_found(self, text: str) -> None:
        self.lookup = None
        self._mark(True)
        self.notFound.emit(text)

    def _mark(self, wrong: bool) -> None:
        self.setProperty("invalid", wrong)
        self.setToolTip(self.tr("Tidak ada barang dengan kode atau barcode ini.") if wrong else "")
        self.style().unpolish(self)
        self.style().polish(self)


class ScanField(QLineEdit):
    scanned = Signal(object)  # inventory.labels.Scanned

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("pindai label unit (atau ketik U:KODE:SERI) lalu Enter"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            found = labels.parse_scan(self.text())
            self.clear()
            event.accept()  # the next label, not the dialog's button
            if found is not None:
                self.scanned.emit(found)
            return
        super().keyPressEvent(event)
