from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from tagana_app import accounts, audit, backup, settings
from tests.conftest import make_user
from ui import dialogs, ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def _open_settings(qtbot, ctx) -> tuple[MainWindow, SettingsPage]:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("settings")
    _settled(qtbot)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def test_office_profile_is_kept_after_reopening_the_window(qtbot, ctx, no_modal_dialogs) -> None:
    window, page = _open_settings(qtbot, ctx)
    form = page.office
    form.fields[settings.OFFICE_NAME].setText("DINAS SOSIAL DAN PEMBERDAYAAN")
    form.fields[settings.HEAD_NIP].setText("197001012000031001")
    form.paper.setCurrentIndex(form.paper.findData("F4"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[-1] == ("inform", "Profil kantor disimpan.")
    qtbot.waitUntil(lambda: "Dinas Sosial Dan Pemberdayaan" in window.windowTitle())
    window.close()

    again, page = _open_settings(qtbot, ctx)
    assert page.office.fields[settings.OFFICE_NAME].text() == "DINAS SOSIAL DAN PEMBERDAYAAN"
    assert page.office.fields[settings.HEAD_NIP].text() == "197001012000031001"
    assert page.office.paper.currentData() == "F4"
    with ctx.db.read() as s:
        assert audit.list_entries(s, audit.AuditFilter(action="settings.update"))[0].username == "admin"


def test_local_settings_are_kept_after_reopening_the_window(qtbot, ctx, tmp_path, no_modal_dialogs) -> None:
    window, page = _open_settings(qtbot, ctx)
    form = page.local
    form.language.setCurrentIndex(form.language.findData("en"))
    form.backup_keep.setValue(4)
    form.backup_on_exit.setChecked(False)
    form.backup_dir.setText(str(tmp_path / "cadangan"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "setelah program dibuka kembali" in no_modal_dialogs[-1][1]
    window.close()

    again, page = _open_settings(qtbot, ctx)
    assert page.local.language.currentData() == "en"
    assert page.local.backup_keep.value() == 4
    assert not page.local.backup_on_exit.isChecked()
    assert page.local.backup_dir.text() == str(tmp_path / "cadangan")
    assert ctx.local.backup_dir() == tmp_path / "cadangan"


def test_office_profile_is_read_only_for_other_roles(qtbot, make_ctx, users) -> None:
    page = SettingsPage(make_ctx(users["pemantau"]))
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.office.fields[settings.OFFICE_NAME].isReadOnly()
    assert not page.office.save_button.isVisibleTo(page)
    assert not page.office.choose_logo.isEnabled()
    assert not page.local.backup_button.isEnabled()
    assert page.users.table.isHidden()


def test_logo_is_chosen_previewed_and_saved(qtbot, ctx, tmp_path, monkeypatch) -> None:
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: logo)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.office.choose_logo, Qt.MouseButton.LeftButton)
    assert not page.office.logo_preview.pixmap().isNull()
    page.office.save()
    _settled(qtbot)
    with ctx.db.read() as s:
        stored = settings.get_office(s, settings.OFFICE_LOGO_PNG)
    assert stored and stored == page.office.logo_data


def _sqlite_ctx(sqlite_db, local) -> AppContext:  # noqa: ANN001
    return AppContext(sqlite_db, make_user(sqlite_db, "admin", "admin"), local, AppChanges())


def test_backup_button_makes_a_file(qtbot, sqlite_db, local, tmp_path, monkeypatch, no_modal_dialogs) -> None:
    ctx = _sqlite_ctx(sqlite_db, local)
    target = tmp_path / "salinan" / "cadangan.db"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: target)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.local.backup_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert target.exists() and backup.integrity_problem(target) is None
    assert no_modal_dialogs[-1][0] == "inform" and str(target) in no_modal_dialogs[-1][1]
    with sqlite_db.read() as s:
        assert audit.list_entries(s, audit.AuditFilter(action="db.backup"))[0].entity_id == str(target)


def test_restore_asks_then_restores_and_says_to_restart(qtbot, sqlite_db, local, tmp_path, monkeypatch,
                                                         no_modal_dialogs) -> None:
    ctx = _sqlite_ctx(sqlite_db, local)
    saved = backup.backup(sqlite_db.sqlite_path, tmp_path / "sebelum.db")
    make_user(sqlite_db, "gudang", "gudang", ctx.actor)
    monkeypatch.setattr(dialogs, "open_file_name", lambda *a, **k: saved)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.mouseClick(page.local.restore_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert no_modal_dialogs[0][0] == "confirm"
    assert "buka kembali" in no_modal_dialogs[-1][1]
    with sqlite_db.read() as s:
        assert [u.username for u in accounts.list_users(s)] == ["admin"]


def test_admin_adds_a_user_and_resets_a_password(qtbot, ctx, no_modal_dialogs) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.users.add_user()
    dialog.username.setText("siti")
    dialog.full_name.setText("Siti Petugas")
    dialog.role.setCurrentIndex(dialog.role.findData("gudang"))
    dialog.password.setText("pendek")
    dialog.password2.setText("pendek")
    dialog.submit()
    _settled(qtbot)
    assert "minimal 8" in dialog.error.text() and dialog.isVisible()
    dialog.password.setText("cukup-panjang")
    dialog.password2.setText("cukup-panjang")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    qtbot.waitUntil(lambda: page.users.model.rowCount() == 2)

    page.users.table.selectRow([u.username for u in page.users.model.users].index("siti"))
    reset = page.users.reset_password()
    reset.password.setText("sandi-baru-123")
    reset.password2.setText("sandi-baru-123")
    with qtbot.waitSignal(reset.accepted):
        reset.submit()
    with ctx.db.read() as s:
        assert accounts.authenticate(s, "siti", "sandi-baru-123").role == "gudang"


def test_unexpected_error_goes_to_the_presenter(qtbot, no_modal_dialogs) -> None:
    def boom() -> None:
        raise RuntimeError("rusak")
    op = ops.run(None, boom)
    with qtbot.waitSignal(op.finished):
        pass
    assert no_modal_dialogs == [("warn", "Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang "
                                         "disimpan oleh operasi ini.")]


def test_progress_can_be_cancelled(qtbot) -> None:
    from tagana_app.progress import Cancelled

    started = []

    def long_work(progress) -> int:  # noqa: ANN001
        started.append(True)
        for i in range(10_000_000):
            progress.update(i, 10_000_000)
        return 1
    op = ops.run(None, long_work, progress="Bekerja...")
    qtbot.waitUntil(lambda: bool(started))
    with qtbot.waitSignal(op.failed) as blocker:
        op.cancel()
    assert isinstance(blocker.args[0], Cancelled)


