"""An account deactivated or given another role while its window is open: the next thing that window writes
is refused (nothing saved), said once, and the window goes back to the login dialog
(``tagana_app.accounts.still_signed_in`` in every ``ui.ops.write``)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from deployment.dispatch import service as D
from tagana_app import accounts
from tests.conftest import TEST_PASSWORD
from tests.dispatch.conftest import env  # noqa: F401 - env: the dispatch world as a fixture
from ui import ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.switch_user import Desk


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _signed_in_showing(qtbot, env, local, actor, number: str):  # noqa: ANN001, ANN202, F811
    """The window of ``actor`` at its desk, the dispatch ``number`` shown (the window is not qtbot's: the
    desk closes and deletes it)."""
    desk = Desk(AppContext(env.db, actor, local, AppChanges()))
    window = desk.open(actor, {})
    window.show()
    window.show_section("dispatches")
    _settled(qtbot)
    page = window.page("dispatches")
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == number)
    return desk, window, page


def test_a_pejabat_demoted_meanwhile_approves_nothing_and_signs_in_again(qtbot, local, env,  # noqa: ANN001, F811
                                                                         no_modal_dialogs) -> None:
    number = env.new()
    env.add(number, "MSS", 10)
    env.step(D.submit_dispatch, number, "koordinator")
    desk, window, page = _signed_in_showing(qtbot, env, local, env.pejabat, number)
    approve = page.editor.buttons["approve"]
    assert approve.isEnabled()

    env.db.write(lambda s: accounts.set_role(s, env.admin, "pejabat", "pemantau"))  # the admin, at his desktop
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible())
    kind, text = no_modal_dialogs[-1]
    assert kind == "warn" and "Peran akun pejabat diubah administrator dari Pejabat penandatangan menjadi " \
                              "Pemantau (hanya baca)" in text and "tidak ada yang disimpan" in text
    assert env.show(number).status == "submitted" and desk.window is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the pejabat's window is gone

    login = desk.login
    login.username.clear()
    qtbot.keyClicks(login.username, "pejabat")
    qtbot.keyClicks(login.password, TEST_PASSWORD)
    with qtbot.waitSignal(desk.window_opened, timeout=15_000) as opened:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    again = opened.args[0]
    qtbot.addWidget(again)
    assert again.ctx.actor.role == "pemantau"
    again.show_section("dispatches")
    _settled(qtbot)
    again_page = again.page("dispatches")
    again_page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: again_page.editor.record is not None)
    assert not again_page.editor.buttons["approve"].isEnabled()  # a reader's buttons now


def test_a_deactivated_account_is_sent_back_to_the_login(qtbot, local, env, no_modal_dialogs) -> None:  # noqa: ANN001, F811
    number = env.new()
    desk, window, page = _signed_in_showing(qtbot, env, local, env.koordinator, number)
    env.db.write(lambda s: accounts.set_active(s, env.admin, "koordinator", False))
    page.editor.item.setCurrentIndex(page.editor.item.findData("MSS"))
    page.editor.quantity.setValue(5)
    qtbot.mouseClick(page.editor.add_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible())
    assert "Akun koordinator sudah dinonaktifkan administrator" in no_modal_dialogs[-1][1]
    assert env.show(number).lines == ()
    desk.login.username.clear()
    qtbot.keyClicks(desk.login.username, "koordinator")
    qtbot.keyClicks(desk.login.password, TEST_PASSWORD)
    qtbot.keyClick(desk.login.password, Qt.Key.Key_Return)
    _settled(qtbot)
    qtbot.waitUntil(lambda: desk.login.error.isVisible())  # a deactivated account does not sign in
    assert desk.window is None
    desk.login.username.clear()
    qtbot.keyClicks(desk.login.username, "admin")
    desk.login.password.clear()
    qtbot.keyClicks(desk.login.password, TEST_PASSWORD)
    with qtbot.waitSignal(desk.window_opened, timeout=15_000) as opened:  # somebody else takes the desk
        qtbot.keyClick(desk.login.password, Qt.Key.Key_Return)
    qtbot.addWidget(opened.args[0])
    assert opened.args[0].ctx.actor.username == "admin"


def test_a_koordinator_demoted_meanwhile_leaves_the_volunteers_page_at_the_next_section(  # noqa: ANN001, F811
        qtbot, local, env, no_modal_dialogs) -> None:  # noqa: F811
    """A koordinator's window shows whole NIKs on the Relawan page; demoted to pemantau at another desktop, the
    next section he opens is not shown to him: the window says why and goes back to the login."""
    desk = Desk(AppContext(env.db, env.koordinator, local, AppChanges()))
    window = desk.open(env.koordinator, {})  # not qtbot's: the desk closes and deletes it
    window.show()
    window.show_section("volunteers")
    _settled(qtbot)
    assert desk.window is window and no_modal_dialogs == []  # nothing changed: the checks say nothing
    env.db.write(lambda s: accounts.set_role(s, env.admin, "koordinator", "pemantau"))
    window.show_section("dispatches")
    _settled(qtbot)
    qtbot.waitUntil(lambda: desk.login is not None and desk.login.isVisible())
    assert "Peran akun koordinator diubah administrator" in no_modal_dialogs[-1][1]
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    desk.login.username.clear()
    qtbot.keyClicks(desk.login.username, "admin")
    qtbot.keyClicks(desk.login.password, TEST_PASSWORD)
    with qtbot.waitSignal(desk.window_opened, timeout=15_000) as opened:
        qtbot.keyClick(desk.login.password, Qt.Key.Key_Return)
    qtbot.addWidget(opened.args[0])
