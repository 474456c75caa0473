from __future__ import annotations

from tagana_app import backup, bootstrap, settings
from tagana_app.errors import DatabaseLocationRefused
from tests.conftest import TEST_PASSWORD, make_user
from ui import app as gui_app


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


def test_first_start_is_skipped_when_users_exist(db, local) -> None:
    make_user(db, "admin", "admin")
    assert gui_app.first_start(db, local) is True
