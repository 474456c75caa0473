"""The desktop program's composition root: ``tagana-gui`` and ``tagana`` with no command.

The first dialog (login, or first start) is shown as soon as Qt is up; the database is opened and
what the window reads is imported on a thread behind it (ui/startup.py), while the person types.
This module imports no database code itself: it names what the start-up thread imports
(``preload_domain``), the window's modules (``import_window``) and the demo data set.

Screenshot/demo aids, read here and nowhere else (do not set them on an office computer):
``TAGANA_AUTOLOGIN=user:password`` skips the login dialog (the password is still checked), and
``TAGANA_SECTION=key`` (a key of ui.sections.SECTIONS, e.g. ``settings``) opens that section first.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from tagana_app import bootstrap, doc_kinds, logs, paths, settings
from tagana_app.errors import TaganaError
from tagana_app.settings import LocalSettings
from ui import collector, errors, ops, startup, theme
from ui.changes import AppChanges
from ui.context import AppContext

if TYPE_CHECKING:  # SQLAlchemy and the services load on the start-up thread, behind the first dialog
    from sqlalchemy.orm import Session

    from tagana_app.accounts import Actor
    from tagana_app.db import Database
    from tagana_app.progress import Progress

AUTOLOGIN_ENV = "TAGANA_AUTOLOGIN"
SECTION_ENV = "TAGANA_SECTION"
OPEN_AFTER_SHOWN_MS = 150
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
    collector.install(app)  # before any worker thread: Qt objects are only ever freed on this thread
    app.setWindowIcon(app.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon) or QIcon())
    return app


def _autologin(db: Database) -> Actor | None:
    from tagana_app import accounts

    value = os.environ.get(AUTOLOGIN_ENV, "")
    if ":" not in value:
        return None
    username, password = value.split(":", 1)
    with db.read() as session:
        return accounts.authenticate(session, username, password)


def load_whole_demo(session: Session, actor: Actor, progress: Progress | None = None) -> dict[str, int]:
    """The demo data the first-start dialog offers: every package's part."""
    from deployment import demo_set

    return demo_set.load_demo(session, actor, progress)


def attach_papers() -> None:
    """The packages that build the office's papers attach their printers and QR contents to the kinds
    registry (``tagana_app.doc_kinds``) when imported: the Dokumen page reprints and verifies every kind.
    Handed to the registry, which imports them when a paper is first printed again or verified."""
    import deployment.dispatch.documents  # noqa: F401
    import deployment.dispatch.loan_papers  # noqa: F401
    import deployment.exchange.kinds_up  # noqa: F401 - a posko's prints, checked here (printing.attach_elsewhere)
    import inventory.count_papers  # noqa: F401
    import inventory.documents  # noqa: F401
    import inventory.papers  # noqa: F401
    import inventory.writeoff_papers  # noqa: F401


def preload_domain() -> None:
    """What the window reads first, imported on the start-up thread while the person types (no Qt
    here: this runs off the GUI thread)."""
    import numpy  # noqa: F401 - under the first page's charts (pyqtgraph)

    from deployment.reports import dashboard  # noqa: F401 - the first page's figures, and the services below


def import_window(*, first_page: bool = True) -> None:
    """The main window's modules and its first page's (Qt: on the GUI thread), once the start-up
    thread has imported what they build on.  Without ``first_page`` the window imports that page
    once it is on screen."""
    import ui.main_window  # noqa: F401
    from ui.sections import SECTIONS

    if first_page and SECTIONS[0].page is not None:
        SECTIONS[0].page()


def backup_on_exit(db: Database, local: LocalSettings) -> None:
    """The automatic backup when the window closes (SQLite only, when switched on)."""
    from tagana_app import backup

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
    autologin = AUTOLOGIN_ENV in os.environ
    new_database = bootstrap.new_sqlite_file(db_url, local)  # before the start-up thread creates it
    # With nobody typing (autologin) the window is wanted at once: nothing is imported ahead of it,
    # and its first page imports what it reads once the window is on screen.
    # Without autologin the database opens once the first dialog is painted: its imports (SQLAlchemy,
    # the domain) would otherwise hold the interpreter while that dialog is being drawn.
    opening = startup.Opening(partial(startup.open_database, db_url, local), None if autologin else preload_domain,
                              start_after_ms=0 if autologin else OPEN_AFTER_SHOWN_MS)
    try:
        try:
            signed = startup.sign_in(opening, local, new_database=new_database,
                                     load_demo=load_whole_demo, import_window=import_window,
                                     autologin=_autologin if autologin else None)
        except Exception as exc:  # noqa: BLE001 - the database could not be opened: say why, and stop
            errors.present_error(None, exc)
            return 1
        if signed is None:
            return 0
        db = opening.result().db
        from ui.sections import sections_for
        from ui.switch_user import Desk

        doc_kinds.attach_later(attach_papers)
        desk = Desk(AppContext(db, signed.actor, local, AppChanges(), posko=signed.posko or opening.result().posko,
                                provinsi=opening.result().provinsi))  # holds the window; logging out opens another
        window = desk.open(signed.actor, signed.office_values)
        if os.environ.get(SECTION_ENV) in {s.key for s in sections_for(desk.ctx.posko, provinsi=desk.ctx.provinsi)}:
            window.show_section(os.environ[SECTION_ENV])
        window.show()
        window.activateWindow()
        code = app.exec()
        ops.wait_for_workers()
        backup_on_exit(db, local)
        return code
    finally:
        opening.close()


if __name__ == "__main__":
    sys.exit(main())
