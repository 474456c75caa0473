"""The users panel of the settings page: an admin deactivates and activates another account and changes its
role (each asked once more); his own account's buttons are disabled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tagana_app import accounts
from ui import ops
from ui.pages.settings import SettingsPage


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _user(page: SettingsPage, name: str) -> accounts.UserInfo:
    return next(u for u in page.users.model.users if u.username == name)


def _select(page: SettingsPage, name: str) -> None:
    page.users.table.selectRow([u.username for u in page.users.model.users].index(name))


def test_admin_deactivates_activates_and_changes_a_role(qtbot, ctx, users, no_modal_dialogs) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    panel = page.users
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(users))
    assert not panel.active_button.isEnabled() and not panel.role_button.isEnabled()  # nothing chosen yet
    _select(page, "admin")
    assert not panel.active_button.isEnabled() and "Akun Anda sendiri" in panel.role_button.toolTip()

    _select(page, "gudang")
    assert panel.active_button.isEnabled() and panel.active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: not _user(page, "gudang").active)
    assert no_modal_dialogs[-1][0] == "confirm" and "Nonaktifkan akun gudang?" in no_modal_dialogs[-1][1]
    assert panel.model.index([u.username for u in panel.model.users].index("gudang"), 3).data() == "tidak"
    _select(page, "gudang")
    assert panel.active_button.text() == "Aktifkan"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: _user(page, "gudang").active)

    _select(page, "gudang")
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    dialog = panel.role_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.role.setCurrentIndex(dialog.role.findData("koordinator"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "dari Petugas gudang menjadi Koordinator tanggap darurat" in no_modal_dialogs[-1][1]
    qtbot.waitUntil(lambda: _user(page, "gudang").role == "koordinator")
    with ctx.db.read() as s:
        assert {u.username: u.role for u in accounts.list_users(s)}["gudang"] == "koordinator"


def test_a_refused_change_is_shown_and_nothing_changes(qtbot, ctx, users, no_modal_dialogs, monkeypatch) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.users.model.rowCount() == len(users))
    _select(page, "pejabat")
    dialog = page.users.change_role()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the same role: said, nothing asked
    assert "Pilih peran yang lain" in dialog.error.text() and no_modal_dialogs == []
    monkeypatch.setattr("ui.dialogs.confirm", lambda parent, title, text: False)  # the person says no
    dialog.role.setCurrentIndex(dialog.role.findData("admin"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.isVisible()
    with ctx.db.read() as s:
        assert {u.username: u.role for u in accounts.list_users(s)}["pejabat"] == "pejabat"


def test_only_an_admin_changes_the_database_location(qtbot, make_ctx, users, no_modal_dialogs) -> None:
    from tagana_app import settings

    for role in ("koordinator", "pejabat", "gudang", "pemantau"):
        ctx = make_ctx(users[role])
        page = SettingsPage(ctx)
        qtbot.addWidget(page)
        _settled(qtbot)
        field = page.local.database_url
        assert not field.isEnabled() and "yang berwenang: admin" in field.toolTip()
        field.setText("/tmp/lain.db")  # were it typed anyway, saving keeps this desktop's database
        qtbot.mouseClick(page.local.save_button, Qt.MouseButton.LeftButton)
        assert ctx.local.get(settings.DATABASE_URL) == "" and "disimpan" in no_modal_dialogs[-1][1]
    admin = SettingsPage(make_ctx(users["admin"]))
    qtbot.addWidget(admin)
    _settled(qtbot)
    assert admin.local.database_url.isEnabled()
    admin.local.database_url.setText("/tmp/lain.db")
    qtbot.mouseClick(admin.local.save_button, Qt.MouseButton.LeftButton)
    assert admin.local.ctx.local.get(settings.DATABASE_URL) == "/tmp/lain.db"
