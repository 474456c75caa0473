from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tagana_app import accounts, settings
from tagana_app.db import Database
from tests.conftest import TEST_PASSWORD
from ui import ops
from ui.changes import Changes
from ui.login_dialog import FirstStartDialog, LoginDialog
from ui.main_window import MainWindow
from ui.pages.placeholder import PlaceholderPage
from ui.sections import SECTIONS


def activate(qtbot, window: QWidget) -> None:
    """Shortcuts only reach the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_wrong_password_refused_then_right_one_accepted(qtbot, db, admin, local) -> None:
    local.set(settings.LAST_USERNAME, "admin")
    dialog = LoginDialog(db, local)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "admin"
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "salah" in dialog.error.text()
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_window_login_is_slowed_off_the_window_thread_then_locked(qtbot, db, admin, local, monkeypatch) -> None:
    import threading

    from tagana_app import accounts, audit

    waited: list[tuple[float, bool]] = []
    monkeypatch.setattr(accounts, "sleep",
                        lambda seconds: waited.append((seconds, threading.current_thread() is threading.main_thread())))
    dialog = LoginDialog(db, local)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("admin")
    for _ in range(10):
        qtbot.keyClicks(dialog.password, "salah-sekali")
        dialog.error.hide()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible() and not ops.busy())
    assert "dikunci setelah 10 kali gagal masuk" in dialog.error.text()
    assert [seconds for seconds, _ in waited] == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert not any(on_main for _, on_main in waited)  # the window never froze
    with db.read() as s:
        entries = audit.list_entries(s, audit.AuditFilter(action="user.login_failed"))
    assert len(entries) == 10 and {e.changes["sumber"] for e in entries} == {"jendela"}


def test_first_start_creates_admin(qtbot, tmp_path, local) -> None:
    from tagana_app import migrate

    loaded = []

    def small_demo(session, actor, progress):  # noqa: ANN001, ANN202 - the real data set takes long; core tests cover it
        loaded.append(actor.username)
        settings.set_office(session, actor, {settings.DEMO_DATA: True}, audited=False)
        return {"pengguna": 0}

    db = Database.open(str(tmp_path / "kosong.db"))
    migrate.upgrade(db)
    try:
        dialog = FirstStartDialog(db, local, load_demo=small_demo)
        qtbot.addWidget(dialog)
        dialog.full_name.setText("Petugas Pertama")
        dialog.password.setText("rahasia-123")
        dialog.password2.setText("rahasia-124")
        dialog.submit()
        assert "tidak sama" in dialog.error.text()
        dialog.password2.setText("rahasia-123")
        dialog.demo.setChecked(True)
        with qtbot.waitSignal(dialog.accepted):
            dialog.submit()
        assert dialog.created is not None and dialog.created.role == "admin"
        assert loaded == ["admin"] and dialog.demo_counts == {"pengguna": 0}
        assert local.get(settings.LAST_USERNAME) == "admin"
        with db.read() as s:
            assert accounts.authenticate(s, "admin", "rahasia-123").full_name == "Petugas Pertama"
            assert settings.get_office(s, settings.DEMO_DATA) is True
    finally:
        ops.wait_for_workers()
        db.dispose()


def test_every_section_opens(qtbot, ctx, no_modal_dialogs) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    for number, section in enumerate(SECTIONS, start=1):
        if number <= 10:  # Ctrl+1..9 and Ctrl+0 open the first ten; the others are clicked
            qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), Qt.KeyboardModifier.ControlModifier)
        else:
            window.nav.setCurrentRow(number - 1)
        assert window.current_section() == section.key
        assert window.stack.currentWidget().isVisible()
        page = window.page(section.key)
        if isinstance(page, PlaceholderPage):
            assert any("Belum tersedia" in w.text() for w in page.findChildren(QLabel))
    qtbot.waitUntil(lambda: not ops.busy())
    assert no_modal_dialogs == []  # no page failed to build or to load
    assert ctx.actor.role_label in window.user_label.text()
    assert ctx.db.describe() in window.db_label.text()


def test_a_section_without_a_page_yet_shows_what_it_will_hold(qtbot, ctx) -> None:
    from ui.main_window import build_page
    from ui.sections import Section

    page = build_page(Section("peta", "Peta", "grid", None, "Peta sebaran posko dan gudang."), ctx)
    qtbot.addWidget(page)
    assert isinstance(page, PlaceholderPage)
    texts = [w.text() for w in page.findChildren(QLabel)]
    assert any("Belum tersedia" in t for t in texts) and any("Peta sebaran posko" in t for t in texts)


def test_title_names_office_and_demo(qtbot, ctx) -> None:
    values = {settings.OFFICE_NAME.key: "DINAS SOSIAL", settings.GOVERNMENT_NAME.key: "PEMERINTAH KOTA CONTOH",
              settings.DEMO_DATA.key: False}
    window = MainWindow(ctx, values)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Tagana Logistik — Dinas Sosial Kota Contoh"
    ctx.db.write(lambda s: settings.set_office(s, ctx.actor, {settings.DEMO_DATA: True}))
    ctx.changes.notify(("settings",))
    qtbot.waitUntil(lambda: window.windowTitle().endswith(" — DATA CONTOH"))
    assert window.header.demo.isVisibleTo(window)


def test_ctrl_q_closes_and_geometry_is_kept(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 640)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert ctx.local.get(settings.MAIN_WINDOW_GEOMETRY)
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    # The offscreen screen is 800x600, so Qt fits the restored size to it; the bytes round-trip.
    assert again.restore_geometry(ctx.local, settings.MAIN_WINDOW_GEOMETRY)


def test_changes_always_include_audit() -> None:
    assert Changes.of("stock").touches("audit")
    with pytest.raises(ValueError):
        Changes.of("gudang")


def test_a_broken_page_shows_an_error_not_a_crash(qtbot, ctx, monkeypatch, no_modal_dialogs) -> None:
    from ui import main_window

    def broken(section, ctx):  # noqa: ANN001, ANN202
        raise RuntimeError("halaman rusak")
    monkeypatch.setattr(main_window, "build_page", broken)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert isinstance(window.page("audit"), PlaceholderPage)
    assert no_modal_dialogs and no_modal_dialogs[0][0] == "warn"


def test_a_window_closed_before_its_first_page_is_built_leaves_no_late_call(qtbot, ctx) -> None:
    """The first page is built a moment after the window appears; a window deleted before that
    moment (a test, or a quick quit) must not be called back."""
    from shiboken6 import isValid

    from ui.main_window import FIRST_PAGE_DELAY_MS

    window = MainWindow(ctx)  # not shown yet: its first page waits for the timer
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    qtbot.wait(FIRST_PAGE_DELAY_MS + 200)  # pytest-qt fails the test on an exception raised meanwhile


def test_progress_that_finishes_the_operation_inside_its_own_update_is_harmless(qtbot, monkeypatch) -> None:
    """A modal progress dialog processes events in setValue(); the operation can finish (and close the
    dialog) right there, and the rest of that progress update must not touch the closed dialog."""
    import threading

    release = threading.Event()
    host = QWidget()
    qtbot.addWidget(host)
    op = ops.run(host, lambda progress: release.wait(5), progress="Menghitung...")
    dialog = op._dialog
    assert dialog is not None
    monkeypatch.setattr(dialog, "setValue", lambda _value: op._close_dialog())  # as if finished meanwhile
    op._show_progress(1, 2, "Langkah 1")  # raised AttributeError when the label came after the value
    release.set()
    qtbot.waitUntil(lambda: not ops.busy())
