"""Tutup kejadian / Tutup pengiriman: what is still open, read first and listed, then the close itself.

With nothing open the dialog closes the incident or dispatch.  With things open it lists them (each
with its number or name); a pejabat (not the dispatch's creator) may close anyway with a written
reason, which the service keeps with the list (``deployment.closing``).  Others see who may.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QWidget

from deployment import closing
from deployment.permissions import can_override_closing
from ui import ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading


class CloseDialog(FormDialog):
    def __init__(self, ctx: AppContext, *, number: str, title: str, subtitle: str,
                 service: Callable[..., Any], incident: bool, made_by: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.number, self.service, self.incident = ctx, number, service, incident
        self.may_override = can_override_closing(ctx.actor, made_by)
        self.found: list[closing.OpenThing] | None = None
        self.closed: Any = None
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(title, subtitle))
        self.state = QLabel(self.tr("Memeriksa apa yang masih terbuka..."))
        self.state.setWordWrap(True)
        self.layout_.addWidget(self.state)
        self.layout_.addSpacing(6)
        self.listing = QListWidget()
        self.listing.setMinimumHeight(150)
        self.listing.setWordWrap(True)
        self.listing.hide()
        self.layout_.addWidget(self.listing, 1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. tanggap darurat dicabut; peralatan dipinjamkan ke desa"))
        self.reason.setMaxLength(closing.REASON_MAX)
        self.form.addRow(self.tr("Alasan pengecualian"), self.reason)
        self.ok_button.setText(self.tr("Tutup"))
        self.ok_button.setEnabled(False)
        self.finish_layout()
        self.form.setRowVisible(self.reason, False)
        self.setMinimumWidth(760)
        self.load()

    def load(self) -> ops.Op:
        where = {"incident": self.number} if self.incident else {"dispatch": self.number}
        return ops.read(self.ctx.db, self, closing.open_items, **where, on_success=self.show_open,
                        on_error=self.failed)

    def show_open(self, found: list[closing.OpenThing]) -> None:
        self.found = found
        self.listing.clear()
        self.listing.addItems([texts.tr_text(thing.text) for thing in found])
        self.listing.setVisible(bool(found))
        if not found:
            self.state.setText(self.tr("Tidak ada yang masih terbuka: {number} dapat ditutup.").format(
                number=self.number))
            self.ok_button.setText(self.tr("Tutup"))
            self.ok_button.setEnabled(True)
        elif self.may_override:
            self.state.setText(self.tr("Masih terbuka ({n}). Selesaikan dulu, atau tutup dengan pengecualian: "
                                       "tulis alasannya; daftar ini disimpan bersama penutupan.").format(n=len(found)))
            self.form.setRowVisible(self.reason, True)
            self.ok_button.setText(self.tr("Tutup dengan pengecualian"))
            self.ok_button.setEnabled(True)
            self.reason.setFocus()
        else:
            self.state.setText(self.tr("Masih terbuka ({n}). Selesaikan dulu; hanya pejabat (bukan pembuatnya) yang "
                                       "dapat menutup dengan pengecualian.").format(n=len(found)))
            self.ok_button.setEnabled(False)
        self.fit_height()

    def submit(self) -> None:
        if self.found is None:
            return
        reason = " ".join(self.reason.text().split())
        if self.found and not reason:
            self.show_error(self.tr("Tulis alasan pengecualian."), self.reason)
            return
        self.error.hide()
        self.set_busy(True)
        ops.write(self.ctx, self, self.service, self.number, override=reason or None,
                  on_success=self._done, on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.failed(exc)
        if isinstance(exc, closing.StillOpen):  # something opened meanwhile: show the list as it is now
            self.load()

    def _done(self, record: Any) -> None:
        self.set_busy(False)
        self.closed = record
        self.accept()
