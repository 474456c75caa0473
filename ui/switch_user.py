"""Log out and let someone else log in without restarting the program.

``Desk`` holds the window of whoever is signed in.  "Keluar akun (ganti pengguna)" in that window
shows the login dialog, closes the window with its pages (after the work running in the background
has finished), and opens a new window for the person who logs in next, with their role's buttons.
Giving up at the login dialog ends the program, as at start-up.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from ui import ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from tagana_app.accounts import Actor
    from ui.main_window import MainWindow


class Desk(QObject):
    """The window of the person signed in; ``window_opened`` carries each new one."""

    window_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None

    def open(self, actor: Actor, office_values: dict[str, Any]) -> MainWindow:
        """A window for ``actor``: fresh pages, and a change signal of its own (no page of the last window
        is left listening)."""
        from ui.main_window import MainWindow

        self.ctx = replace(self.ctx, actor=actor, changes=AppChanges())
        self.window = MainWindow(self.ctx, office_values)
        self.window.log_out_requested.connect(self.log_out)
        self.window_opened.emit(self.window)
        return self.window

    def log_out(self) -> LoginDialog | None:
        """Show the login dialog, then close the window and its pages."""
        window = self.window
        if window is None or self.login is not None:
            return None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # between the two windows, only the dialog is on screen
        self.login = LoginDialog(self.ctx.db, self.ctx.local, window.office_values)
        self.login.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login.accepted.connect(self._signed_in)
        self.login.rejected.connect(self._gave_up)
        self.login.show()
        ops.wait_for_workers()  # no answer may arrive for a page that is gone
        self.window = None
        window.close()
        window.deleteLater()
        return self.login

    def _signed_in(self) -> None:
        assert self.login is not None and self.login.actor is not None
        actor, values = self.login.actor, self.login.office_values
        self.login = None
        window = self.open(actor, values)
        window.show()
        window.activateWindow()
        QApplication.instance().setQuitOnLastWindowClosed(True)

    def _gave_up(self) -> None:
        self.login = None
        QApplication.instance().setQuitOnLastWindowClosed(True)
        QApplication.instance().quit()
