"""Start-up: the first dialog shows as soon as Qt is up, and the rest loads behind it.

``Opening`` opens the database on a thread of its own (importing SQLAlchemy, upgrading the schema,
reading the office profile) and then imports the domain modules the window will read; the dialogs
get the database when that is done, and the window's own Qt modules are imported then, on the GUI
thread, while the person is still typing.  ``sign_in()`` leads through the first-start dialog (a
database without users) and the login dialog.  Nothing here needs the database code at import.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog

from tagana_app import settings
from tagana_app.settings import LocalSettings
from ui.login_dialog import POSKO_SETUP, FirstStartDialog, LoadDemo, LoginDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from deployment.exchange.sites import SiteInfo
    from tagana_app.accounts import Actor
    from tagana_app.db import Database

log = logging.getLogger(__name__)

# What a dialog's exec() returns besides Accepted (1) and Rejected (0).
OTHER_DIALOG = 2  # the login dialog over a database without users, or the reverse
OPENING_FAILED = 3
CLOSE_WAIT_S = 15.0


@dataclass(frozen=True)
class Opened:
    db: Database
    has_users: bool
    office_values: dict[str, Any]
    posko: SiteInfo | None = None  # the database is a posko's (its window shows only the posko's sections)
    provinsi: bool = False  # the database is a provinsi's (its window shows its districts)


def posko_site(session: Session) -> SiteInfo | None:
    """This installation's site when it is a posko; None at an office (no site is made here)."""
    from deployment.exchange import sites

    row = sites.self_row(session, create=False)
    return sites.info(row) if row is not None and row.kind == "posko" else None


def is_provinsi(session: Session) -> bool:
    from deployment.exchange import sites

    row = sites.self_row(session, create=False)
    return row is not None and row.kind == "provinsi"


def open_database(db_url: str | None, local: LocalSettings) -> Opened:
    """The database opened (and upgraded) the usual way, with what the first dialog needs of it."""
    from tagana_app import accounts, bootstrap

    db = bootstrap.open_database(db_url, local)
    try:
        with db.read() as session:
            opened = Opened(db, accounts.has_users(session), settings.office_values(session), posko_site(session),
                            is_provinsi(session))
        if opened.has_users:
            _site_and_key(db)
        return opened
    except BaseException:
        db.dispose()
        raise


def _site_and_key(db: Database) -> None:
    """An office's site and Ed25519 key pair are made on its first start (a posko's when it joins; an empty
    database's once it has its administrator, at the next start or at the first file)."""
    from deployment.exchange import sites

    with db.read() as session:
        if sites.self_row(session, create=False) is not None:
            return
    db.write(sites.self_site)


class Opening(QObject):
    """``open_database()`` then ``preload()`` (if any) on a thread of their own; ``ready`` (on the GUI
    thread) once both are done or the opening failed.  Keep it until ``close()``: its thread refers to it.

    The GUI thread imports nothing heavy until ``ready``: two threads importing the same modules at
    once is where Python's import locks can hand out a half-imported module."""

    ready = Signal()
    _finished = Signal()

    def __init__(self, open_database: Callable[[], Opened], preload: Callable[[], None] | None, *,
                 start_after_ms: int = 0) -> None:
        """With ``start_after_ms`` the thread starts that long after the event loop runs (the first
        dialog's), so its imports do not compete with painting that dialog; 0 starts it at once."""
        super().__init__()
        self._future: Future[Opened] = Future()
        self._finished.connect(self.ready, Qt.ConnectionType.QueuedConnection)
        # A daemon: a database server that does not answer must not keep a closed program alive.
        self._thread = threading.Thread(target=self._work, args=(open_database, preload), name="tagana-start",
                                        daemon=True)
        if start_after_ms:
            QTimer.singleShot(start_after_ms, self, self.start)
        else:
            self.start()

    def start(self) -> None:
        """Start opening (once)."""
        if self._thread.ident is None:
            self._thread.start()

    def _work(self, open_database: Callable[[], Opened], preload: Callable[[], None] | None) -> None:
        try:
            opened = open_database()
        except BaseException as exc:  # noqa: BLE001 - the GUI thread shows it
            self._future.set_exception(exc)
        else:
            try:
                if preload is not None:
                    preload()
            except Exception:  # noqa: BLE001 - those modules then load (and fail visibly) on first use
                log.exception("importing the window's modules ahead failed")
            self._future.set_result(opened)
        self._finished.emit()

    def is_ready(self) -> bool:
        return self._future.done()

    def failed(self) -> bool:
        return self._future.done() and self._future.exception() is not None

    def result(self) -> Opened:
        """The opened database (waiting for it); raises what opening it raised."""
        self.start()
        return self._future.result()

    def close(self, timeout_s: float = CLOSE_WAIT_S) -> None:
        """Wait a while for the thread; close the database it opened."""
        if self._thread.ident is None:  # never started: the person left before it was needed
            return
        self._thread.join(timeout_s)
        if self.is_ready() and not self.failed():
            self.result().db.dispose()
        elif not self.is_ready():
            log.warning("the database was still being opened when the program closed")


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    office_values: dict[str, Any]
    posko: SiteInfo | None = None  # the posko this database became while signing in (the posko wizard)


def sign_in(opening: Opening, local: LocalSettings, *, new_database: bool, load_demo: LoadDemo,
            import_window: Callable[..., None],
            autologin: Callable[[Database], Actor | None] | None = None) -> SignedIn | None:
    """Who is working: through the first-start dialog when the database has no users yet (shown at
    once when ``new_database``), then the login dialog; None when the person gave up.  Raises what
    opening the database raised.  ``import_window()`` runs on the GUI thread once the database is
    open; with ``autologin`` (no dialog) ``import_window(first_page=False)`` runs while it checks.
    """
    if opening.is_ready():
        QTimer.singleShot(0, lambda: None if opening.failed() else import_window())
    else:
        opening.ready.connect(lambda: QTimer.singleShot(0, lambda: None if opening.failed() else import_window()))
    if autologin is not None:
        opened = opening.result()
        if opened.has_users:
            with ThreadPoolExecutor(1) as pool:
                checking = pool.submit(autologin, opened.db)
                import_window(first_page=False)  # argon2 releases the GIL: these imports overlap the check
                actor = checking.result()
            if actor is not None:
                return SignedIn(actor, opened.office_values)
    first_start, admin_created = new_database, False
    while True:
        dialog: LoginDialog | FirstStartDialog = (
            FirstStartDialog(None, local, load_demo=load_demo) if first_start else LoginDialog(None, local))
        code = _run(dialog, opening, admin_created)
        if code == OPENING_FAILED:
            opening.result()  # raises
        if code == OTHER_DIALOG:
            first_start = not first_start
            continue
        if code == POSKO_SETUP:
            made = _set_up_posko(opening, local)
            if made is not None:
                return made
            admin_created = admin_created or _office_has_users(opening.result().db)
            first_start = not admin_created
            continue
        if code != QDialog.DialogCode.Accepted:
            return None
        if isinstance(dialog, FirstStartDialog):
            first_start, admin_created = False, True
            continue
        assert dialog.actor is not None
        return SignedIn(dialog.actor, dialog.office_values)


def _set_up_posko(opening: Opening, local: LocalSettings) -> SignedIn | None:
    """The posko wizard on the (empty) database: signed in as the posko's admin once it is made."""
    from ui.posko_setup import PoskoSetupWizard

    db = opening.result().db
    wizard = PoskoSetupWizard(db, local)
    wizard.exec()
    if wizard.actor is None:
        return None
    local.set(settings.LAST_USERNAME, wizard.actor.username)
    return SignedIn(wizard.actor, _office_values(db), _this_posko(db))


def _this_posko(db: Database) -> SiteInfo | None:
    with db.read() as session:
        return posko_site(session)


def _office_has_users(db: Database) -> bool:
    from tagana_app import accounts

    with db.read() as session:
        return accounts.has_users(session)


def _run(dialog: LoginDialog | FirstStartDialog, opening: Opening, admin_created: bool) -> int:
    """``dialog.exec()``, handing it the database once open; or another code when it is the wrong one."""
    if opening.is_ready():
        code = _hand_over(dialog, opening, admin_created)
        return code if code is not None else dialog.exec()

    def when_ready() -> None:
        code = _hand_over(dialog, opening, admin_created)
        if code is not None:
            dialog.done(code)
    opening.ready.connect(when_ready)
    try:
        return dialog.exec()
    finally:
        opening.ready.disconnect(when_ready)


def _hand_over(dialog: LoginDialog | FirstStartDialog, opening: Opening, admin_created: bool) -> int | None:
    if opening.failed():
        return OPENING_FAILED
    opened = opening.result()
    has_users = opened.has_users or admin_created
    if isinstance(dialog, LoginDialog) != has_users:
        return OTHER_DIALOG
    if isinstance(dialog, FirstStartDialog):
        dialog.set_database(opened.db)
        return None
    # After a first start (with the demo data, say) the office profile is the new one.
    values = _office_values(opened.db) if admin_created else opened.office_values
    dialog.set_office_and_database(opened.db, values)
    return None


def _office_values(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return settings.office_values(session)
