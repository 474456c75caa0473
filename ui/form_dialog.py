"""A dialog with a form, an inline error line and one primary button (base of small dialogs).

Subclasses fill ``self.form``, call ``finish_layout()`` and implement ``submit()``; work goes
through ``ui.ops`` with ``on_error=self.failed`` so a refusal shows in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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


class FormDialog(QDialog):
    """A form with an inline error line and a primary button; work runs through ui.ops."""

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
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Return must never mean Cancel, even when Cancel had focus
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addSpacing(4)
        self.layout_.addWidget(self.error)
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.fit_height(grow_only=True)

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
