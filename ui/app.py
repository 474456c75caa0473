"""The desktop program's composition root: ``tagana-gui`` and ``tagana`` with no command.

Screenshot/demo aids, read here and nowhere else (do not set them on an office computer):
``TAGANA_AUTOLOGIN=user:password`` skips the login dialog (the password is still checked), and
``TAGANA_SECTION=key`` (a key of ui.sections.SECTIONS, e.g. ``settings``) opens that section first.
"""

from __future__ import annotations

import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle
from sqlalchemy.exc import DBAPIError

from tagana_app import accounts, backup, bootstrap, logs, paths, settings
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.errors import TaganaError
from tagana_app.settings import LocalSettings
from ui import errors, ops, theme
from ui.changes import AppChanges
from ui.context import AppContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tagana_app.progress import Progress

AUTOLOGIN_ENV = "TAGANA_AUTOLOGIN"
SECTION_ENV = "TAGANA_SECTION"
log = logging.getLogger(__name__)


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our .qm files for ``language``; a missing file leaves the Indonesian source text."""
    names = {"id": ["qt_id"], "en": ["tagana_en"]}.get(language, [])
    installed = []
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(paths.resource("translations", f"{name}.qm"))):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("translation %s not found; using the source text", name)
    # Dates and numbers follow the language; Qt ships no Indonesian of its own, hence qt_id.ts.
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return installed


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Tagana Logistik")
    app.setOrganizationName("Dinas Sosial")
    theme.apply(app)
    app.setWindowIcon(app.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon) or QIcon())
    return app


def _autologin(db: Database) -> Actor | None:
    value = os.environ.get(AUTOLOGIN_ENV, "")
    if ":" not in value:
        return None
    username, password = value.split(":", 1)
    with db.read() as session:
        return accounts.authenticate(session, username, password)


def first_start(db: Database, local: LocalSettings) -> bool:
    """Create the first admin when the database has no users; False when the person gave up."""
    from ui.login_dialog import FirstStartDialog

    with db.read() as session:
        if accounts.has_users(session):
            return True
    return FirstStartDialog(db, local, load_demo=load_whole_demo).exec() == FirstStartDialog.DialogCode.Accepted


def load_whole_demo(session: Session, actor: Actor, progress: Progress | None = None) -> dict[str, int]:
    """The demo data the first-start dialog offers: every package's part."""
    from deployment import demo_set

    return demo_set.load_demo(session, actor, progress)


def preload_window(*, first_page: bool = True) -> None:
    """Import the main window (and its first page) while the password is typed or checked."""
    import ui.main_window  # noqa: F401
    from ui.sections import SECTIONS

    if first_page and SECTIONS[0].page is not None:
        SECTIONS[0].page()


def log_in(db: Database, local: LocalSettings, office_values: dict[str, Any]) -> Actor | None:
    from ui.login_dialog import LoginDialog

    if AUTOLOGIN_ENV in os.environ:
        with ThreadPoolExecutor(1) as pool:
            checking = pool.submit(_autologin, db)
            # argon2 releases the GIL: the imports overlap the password check.  The first page is
            # left to the window, which builds it once it is on screen.
            preload_window(first_page=False)
            actor = checking.result()
        if actor is not None:
            return actor
    dialog = LoginDialog(db, local, office_values)
    QTimer.singleShot(400, dialog, preload_window)  # after the dialog is painted (dropped with it)
    return dialog.actor if dialog.exec() == LoginDialog.DialogCode.Accepted else None


def backup_on_exit(db: Database, local: LocalSettings) -> None:
    """The automatic backup when the window closes (SQLite only, when switched on)."""
    path = db.sqlite_path
    if path is None or not local.get(settings.BACKUP_ON_EXIT) or not path.exists():
        return
    try:
        backup.automatic_backup(path, local.backup_dir(), local.get(settings.BACKUP_KEEP))
    except (TaganaError, OSError) as exc:
        errors.present_error(None, exc if isinstance(exc, TaganaError) else TaganaError(
            QCoreApplication.translate("app", "Cadangan otomatis gagal: {reason}"), reason=str(exc)))


def main(db_url: str | None = None) -> int:
    try:
        logs.start()
    except OSError as exc:  # a data folder that cannot be written must not stop the program
        log.warning("no log file: %s", exc)
    app = make_application()
    restore_hooks = errors.install_hooks()
    try:
        return run(app, db_url)
    finally:
        restore_hooks()
        logs.stop()


def run(app: QApplication, db_url: str | None) -> int:
    local = LocalSettings()
    translators = install_translations(app, local.get(settings.LANGUAGE))  # noqa: F841 - keep alive
    try:
        db = bootstrap.open_database(db_url, local)
    except (TaganaError, DBAPIError) as exc:
        errors.present_error(None, exc)
        return 1
    try:
        if not first_start(db, local):
            return 0
        with db.read() as session:
            office_values = settings.office_values(session)
        try:
            actor = log_in(db, local, office_values)
        except TaganaError as exc:
            errors.present_error(None, exc)
            return 1
        if actor is None:
            return 0
        from ui.main_window import MainWindow
        from ui.sections import SECTIONS

        ctx = AppContext(db, actor, local, AppChanges())
        window = MainWindow(ctx, office_values)
        if os.environ.get(SECTION_ENV) in {s.key for s in SECTIONS}:
            window.show_section(os.environ[SECTION_ENV])
        window.show()
        window.activateWindow()
        code = app.exec()
        ops.wait_for_workers()
        backup_on_exit(db, local)
        return code
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
