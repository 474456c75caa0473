"""Log out and switch user without restarting: the pages close, the login dialog shows, and the window
opens again for the person who logs in, with their role's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import TEST_PASSWORD
from ui import ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.switch_user import Desk


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def test_a_pemantau_logs_out_and_a_koordinator_logs_in(qtbot, db, local, users, no_modal_dialogs) -> None:
    desk = Desk(AppContext(db, users["pemantau"], local, AppChanges()))
    first = desk.open(users["pemantau"], {})
    qtbot.addWidget(first)
    first.show()
    first.show_section("dispatches")
    _settled(qtbot)
    assert not first.page("dispatches").new_button.isEnabled()  # a reader makes no dispatch
    assert "Pemantau" in first.user_label.text()

    qtbot.mouseClick(first.log_out_button, Qt.MouseButton.LeftButton)  # "Keluar akun (ganti pengguna)"
    login = desk.login
    assert login is not None and login.isVisible() and not first.isVisible() and desk.window is None
    login.username.clear()
    qtbot.keyClicks(login.username, "koordinator")
    qtbot.keyClicks(login.password, "salah-sandi")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    _settled(qtbot)
    qtbot.waitUntil(lambda: login.error.isVisible())  # a wrong password: still the login dialog
    assert desk.window is None
    qtbot.keyClicks(login.password, TEST_PASSWORD)
    with qtbot.waitSignal(desk.window_opened, timeout=15_000) as opened:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    second = opened.args[0]
    qtbot.addWidget(second)
    assert second is desk.window and second is not first and second.isVisible()
    assert second.ctx.actor.username == "koordinator" and "Koordinator" in second.user_label.text()
    second.show_section("dispatches")
    _settled(qtbot)
    assert second.page("dispatches").new_button.isEnabled()
    assert QApplication.instance().quitOnLastWindowClosed()
    assert no_modal_dialogs == []
