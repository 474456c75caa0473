"""A dialog with a form, an inline error line and one primary button (base of small dialogs).

Subclasses fill ``self.form``, call ``finish_layout()`` and implement ``submit()``; work goes
through ``ui.ops`` with ``on_error=self.failed`` so a refusal shows in the dialog, which stays open.

Safe entry: the primary button is no default button.  A bare Enter in a field moves to the next
field and never submits (a scanner's Enter, a habit); Ctrl+Enter submits, and so does Enter on the
primary button itself.  Dialogs that book nothing (the login) set ``ENTER_SUBMITS``.  Number fields
select their content when they get focus, date fields put the cursor on the day (``ui.dates``).
A refusal names the field and moves focus there: ``show_error(text, field)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tagana_app.errors import TaganaError
from ui import errors


def heading(title: str, subtitle: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    layout.setSpacing(2)
    label = QLabel(title)
    label.setObjectName("pageTitle")
    layout.addWidget(label)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return box


def banner(upper: str, title: str) -> QFrame:
    """The blue strip of the main window's header, for dialogs shown before it (login, first start)."""
    frame = QFrame()
    frame.setObjectName("header")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 14, 24, 12)
    layout.setSpacing(0)
    small = QLabel(upper.upper())
    small.setObjectName("headerGovernment")
    big = QLabel(title)
    big.setObjectName("headerOffice")
    layout.addWidget(small)
    layout.addWidget(big)
    return frame


class _SelectOnFocus(QObject):
    """Number fields select their content on focus (typing replaces it); date fields start at their
    first section, so "31122027" typed after one click is 31-12-2027.

    The first click after the field got the focus (by that click, or before it: the first field of a
    dialog has it on opening) selects again when the button is released: the press put the cursor
    where it landed (before the "0" of a zero, so typing 150 gave 1.500).  Once something was typed,
    a click places the cursor as usual."""

    FRESH = "_tagana_fresh_focus"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        spin = watched if isinstance(watched, QAbstractSpinBox) else watched.parent()
        if not isinstance(spin, QAbstractSpinBox):
            return False
        if kind == QEvent.Type.FocusIn and spin is watched:
            spin.setProperty(self.FRESH, True)
            QTimer.singleShot(0, spin, lambda w=spin: select_all(w))  # after the click placed the cursor
        elif kind == QEvent.Type.KeyPress:
            spin.setProperty(self.FRESH, False)
        elif kind == QEvent.Type.MouseButtonRelease and spin.property(self.FRESH):
            spin.setProperty(self.FRESH, False)
            select_all(spin)
        return False


def select_all(field: QAbstractSpinBox) -> None:
    if isinstance(field, QDateTimeEdit):
        field.setCurrentSectionIndex(0)
        field.setSelectedSection(field.sectionAt(0))
    else:
        field.selectAll()


_SELECTOR = _SelectOnFocus()


def select_on_focus(field: QAbstractSpinBox) -> QAbstractSpinBox:
    field.installEventFilter(_SELECTOR)
    field.lineEdit().installEventFilter(_SELECTOR)  # the clicks land on the field's line edit
    return field


class FormDialog(QDialog):
    """A form with an inline error line and a primary button; work runs through ui.ops."""

    ENTER_SUBMITS = False  # True only for dialogs that book nothing (login): Enter there means "go"

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top_ = QVBoxLayout()  # for a banner()
        outer.addLayout(self.top_)
        self.layout_ = QVBoxLayout()
        self.layout_.setContentsMargins(24, 18, 24, 18)
        outer.addLayout(self.layout_)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primary")
        self.ok_button.setAutoDefault(False)  # no default button: a bare Enter books nothing
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Return must never mean Cancel, even when Cancel had focus
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit_by_keys)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addSpacing(4)
        self.layout_.addWidget(self.error)
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.buttons)
        if not self.ENTER_SUBMITS:
            self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        for field in self.findChildren(QAbstractSpinBox):
            select_on_focus(field)

    def _submit_by_keys(self) -> None:
        if self.ok_button.isEnabled() and self.ok_button.isVisible():
            self.ok_button.click()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter: next field (Ctrl+Enter, Enter on the primary button, or ENTER_SUBMITS: submit)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.ENTER_SUBMITS or self.focusWidget() is self.ok_button or (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self._submit_by_keys()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Show a refusal; with ``field``, focus moves there (and its content is selected)."""
        self.error.setText(text)
        self.error.show()
        self.fit_height(grow_only=True)
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QAbstractSpinBox):
                select_all(field)
            elif hasattr(field, "selectAll"):
                field.selectAll()

    def fit_height(self, *, grow_only: bool = False) -> None:
        """Grow (or shrink) the window to its contents after a row appeared or went.  A wrapped subtitle
        gives the layout a height-for-width, and Qt then sets no minimum height on the window: without
        this, an error line would squeeze the rows together."""
        self.layout().activate()
        wanted = (self.heightForWidth(self.width()) if self.layout().hasHeightForWidth()
                  else self.sizeHint().height())
        wanted = max(wanted, self.minimumSizeHint().height())
        self.resize(self.width(), max(wanted, self.height()) if grow_only else wanted)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, TaganaError):
            self.show_error(errors.error_text(exc))
        else:
            errors.present_error(self, exc)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
