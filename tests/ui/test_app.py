from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tagana_app import backup, bootstrap, settings
from tagana_app.errors import DatabaseLocationRefused
from tests.conftest import TEST_PASSWORD, make_user
from ui import app as gui_app
from ui import startup
from ui.login_dialog import FirstStartDialog, LoginDialog


def test_database_on_a_network_share_is_shown_and_exits_1(monkeypatch, qapp, no_modal_dialogs) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise DatabaseLocationRefused(path="/mnt/kantor/tagana.db", fs="cifs")
    monkeypatch.setattr(bootstrap, "open_database", refuse)
    assert gui_app.main("/mnt/kantor/tagana.db") == 1
    assert no_modal_dialogs[0][0] == "warn" and "PostgreSQL" in no_modal_dialogs[0][1]


def test_backup_on_exit_keeps_the_newest(sqlite_db, local, tmp_path) -> None:
    local.set(settings.BACKUP_DIR, str(tmp_path / "cadangan"))
    local.set(settings.BACKUP_KEEP, 2)
    for _ in range(3):
        gui_app.backup_on_exit(sqlite_db, local)
    made = sorted((tmp_path / "cadangan").glob(f"{backup.AUTO_PREFIX}*.db"))
    assert len(made) == 2 and backup.integrity_problem(made[-1]) is None
    local.set(settings.BACKUP_ON_EXIT, False)
    gui_app.backup_on_exit(sqlite_db, local)
    assert len(list((tmp_path / "cadangan").glob("*.db"))) == 2


def test_autologin_checks_the_password(db, admin, monkeypatch) -> None:
    monkeypatch.setenv(gui_app.AUTOLOGIN_ENV, f"admin:{TEST_PASSWORD}")
    assert gui_app._autologin(db).username == "admin"
    monkeypatch.delenv(gui_app.AUTOLOGIN_ENV)
    assert gui_app._autologin(db) is None


def test_first_start_is_skipped_when_users_exist(db_url, db, local) -> None:
    make_user(db, "admin", "admin")
    opened = startup.open_database(db_url, local)
    try:
        assert opened.has_users is True  # sign_in() then shows the login dialog, not the first-start one
    finally:
        opened.db.dispose()


class DialogPlan:
    """Acts on the modal dialogs sign_in() shows, from a timer: for each expected dialog class in
    turn, once it is the active modal window, runs its action.  Whatever is still open after 20 s is
    rejected, so a test never hangs on a dialog."""

    def __init__(self, *steps: tuple[type, Callable[[QDialog], None]]) -> None:
        self.steps, self.seen = list(steps), []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.started = time.monotonic()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if time.monotonic() - self.started > 20:
            if dialog is not None:
                dialog.reject()
            return
        if self.steps and isinstance(dialog, self.steps[0][0]) and dialog not in self.seen and dialog.isVisible():
            self.seen.append(dialog)
            self.steps.pop(0)[1](dialog)

    def done(self) -> bool:
        self.timer.stop()
        return not self.steps


def _log_in(dialog: LoginDialog, username: str = "admin", password: str = TEST_PASSWORD) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.ok_button.click()


def _create_admin(dialog: FirstStartDialog) -> None:
    dialog.full_name.setText("Petugas Pertama")
    dialog.password.setText(TEST_PASSWORD)
    dialog.password2.setText(TEST_PASSWORD)
    dialog.ok_button.click()


def _sign_in(opening: startup.Opening, local, *, new_database: bool, imported: list[str]):  # noqa: ANN001, ANN202
    return startup.sign_in(opening, local, new_database=new_database, load_demo=None,
                           import_window=lambda **_: imported.append("window"))


def test_the_login_dialog_is_there_before_the_database_and_waits_for_it(qtbot, db_url, db, local) -> None:
    make_user(db, "admin", "admin")
    gate = threading.Event()

    def slow_open() -> startup.Opened:
        assert gate.wait(20)
        return startup.open_database(db_url, local)

    opening = startup.Opening(slow_open, lambda: None)
    shown_before_open = []

    def type_and_press(dialog: LoginDialog) -> None:
        shown_before_open.append(dialog.db is None and not opening.is_ready())
        _log_in(dialog)  # pressed before the database is open: the dialog waits for it
        assert not dialog.ok_button.isEnabled()
        gate.set()

    imported: list[str] = []
    plan = DialogPlan((LoginDialog, type_and_press))
    try:
        signed = _sign_in(opening, local, new_database=False, imported=imported)
    finally:
        opening.close()
    assert plan.done() and shown_before_open == [True]
    assert signed is not None and signed.actor.username == "admin"
    assert signed.office_values[settings.OFFICE_NAME.key] == settings.OFFICE_NAME.default
    qtbot.waitUntil(lambda: imported == ["window"])  # the window's modules, once the database was open
    # The banner is remembered for the next start, before the database is open.
    assert local.get(settings.LAST_OFFICE)[settings.OFFICE_NAME.key] == settings.OFFICE_NAME.default


def test_a_new_database_starts_with_the_first_start_dialog_then_the_login(qtbot, tmp_path, local) -> None:
    path = tmp_path / "baru" / "tagana.db"
    assert bootstrap.new_sqlite_file(str(path), local)
    opening = startup.Opening(partial(startup.open_database, str(path), local), lambda: None)
    plan = DialogPlan((FirstStartDialog, _create_admin), (LoginDialog, _log_in))
    try:
        signed = _sign_in(opening, local, new_database=True, imported=[])
    finally:
        opening.close()
    assert plan.done() and signed is not None and signed.actor.role == "admin"
    assert not bootstrap.new_sqlite_file(str(path), local)


def test_an_empty_database_turns_the_login_into_the_first_start(qtbot, db_url, local) -> None:
    opening = startup.Opening(partial(startup.open_database, db_url, local), lambda: None)
    plan = DialogPlan((FirstStartDialog, _create_admin), (LoginDialog, _log_in))
    try:
        signed = _sign_in(opening, local, new_database=False, imported=[])  # a login dialog first
    finally:
        opening.close()
    assert plan.done() and signed is not None and signed.actor.full_name == "Petugas Pertama"


# The window's start in a fresh interpreter, with a database that never opens: the login dialog must
# show anyway, and the GUI thread must have needed none of the database code for it.
BEFORE_THE_DATABASE = """
import os, sys, threading
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from ui import app as gui_app, startup

never = threading.Event()
startup.open_database = lambda db_url, local: never.wait()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and type(obj).__name__ in ("LoginDialog", "FirstStartDialog"):
            loaded = [m for m in ("sqlalchemy", "argon2", "alembic", "inventory", "deployment") if m in sys.modules]
            print("SHOWN", type(obj).__name__, ",".join(loaded) or "-", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv)
watch = Watch()
app.installEventFilter(watch)
gui_app.main()
"""


def test_the_login_dialog_shows_without_the_database_code(sqlite_db, tmp_path) -> None:
    env = {**os.environ, "TAGANA_DATABASE_URL": str(sqlite_db.sqlite_path), "TAGANA_CONFIG_DIR": str(tmp_path)}
    env.pop("TAGANA_AUTOLOGIN", None)
    done = subprocess.run([sys.executable, "-c", BEFORE_THE_DATABASE], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.stdout.split() == ["SHOWN", "LoginDialog", "-"], done.stderr[-2000:]
