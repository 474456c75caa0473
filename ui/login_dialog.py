"""The login dialog and the first-start dialog that creates the first admin.

Both may be shown before the database is open (the window's start-up opens it on a worker thread
while the person types): they get it through ``set_database()``, and a press of the button before
that waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tagana_app import permissions, settings
from tagana_app.settings import LocalSettings
from ui import office, ops
from ui.form_dialog import FormDialog, banner, heading

if TYPE_CHECKING:  # loaded with the database, on the start-up thread
    from tagana_app.accounts import Actor, UserInfo
    from tagana_app.db import Database

LoadDemo = Callable[[Any, "Actor", Any], dict[str, int]]  # (session, actor, progress): the whole demo data set
POSKO_SETUP = 4  # what the first-start dialog's exec() returns when the person sets up a posko laptop


class _DatabaseDialog(FormDialog):
    """A form whose work needs the database, which may arrive after the dialog is shown."""

    ENTER_SUBMITS = True  # books nothing: Enter after the password logs in, as everywhere

    def __init__(self, db: Database | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = db
        self._waiting = False

    def set_database(self, db: Database) -> None:
        self.db = db
        if self._waiting:
            self._waiting = False
            self.submit()

    def database_or_wait(self) -> Database | None:
        """The database; None (and the press is kept until it is open) while it is being opened."""
        if self.db is None:
            self._waiting = True
            self.set_busy(True)
        return self.db


class LoginDialog(_DatabaseDialog):
    """Asks for user name and password; ``actor`` is set once the dialog is accepted."""

    def __init__(self, db: Database | None, local: LocalSettings, office_values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.local = local
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — Tagana Logistik"))
        self.office_values: dict[str, Any] = {}
        self.banner = banner("", "")
        self.top_.addWidget(self.banner)
        self.layout_.addWidget(heading(self.tr("Masuk ke Tagana Logistik"),
                                       self.tr("Logistik gudang, relawan dan bantuan bencana.")))
        badge = QLabel(self.tr("Basis data ini berisi DATA CONTOH."))
        badge.setObjectName("demoBadge")
        self.demo_note = QWidget()  # the badge and the gap under it, shown together
        note_layout = QVBoxLayout(self.demo_note)
        note_layout.setContentsMargins(0, 0, 0, 6)
        note_layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.demo_note)
        self.username = QLineEdit(local.get(settings.LAST_USERNAME))
        self.username.setPlaceholderText(self.tr("nama pengguna"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kata sandi"))
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.ok_button.setText(self.tr("Masuk"))
        self.finish_layout()
        self.setMinimumWidth(420)
        # Before the database is open: the office this desktop saw last time, so nothing moves after.
        self.show_office(office_values if office_values is not None else local.get(settings.LAST_OFFICE))
        (self.password if self.username.text() else self.username).setFocus()

    def show_office(self, values: dict[str, Any]) -> None:
        """The banner: the government and office names, and the DATA CONTOH note for demo data."""
        if self.isVisible() and self._banner_of(values) == self._banner_of(self.office_values):
            self.office_values = dict(values)
            return
        self.office_values = dict(values)
        government = self.banner.findChild(QLabel, "headerGovernment")
        name = self.banner.findChild(QLabel, "headerOffice")
        government.setText((values.get(settings.GOVERNMENT_NAME.key) or "").upper())
        name.setText(office.display_name({settings.OFFICE_NAME.key: values.get(settings.OFFICE_NAME.key) or ""})
                     or self.tr("Tagana Logistik"))
        self.demo_note.setVisible(bool(values.get(settings.DEMO_DATA.key)))
        if self.isVisible():  # shown before the database was open, and its office is another one
            self.fit_height(grow_only=True)

    @staticmethod
    def _banner_of(values: dict[str, Any]) -> dict[str, Any]:
        return {key: values.get(key) for key in (settings.GOVERNMENT_NAME.key, settings.OFFICE_NAME.key,
                                                 settings.DEMO_DATA.key)}

    def set_office_and_database(self, db: Database, values: dict[str, Any]) -> None:
        shown = self._banner_of(values)
        if shown != self.local.get(settings.LAST_OFFICE):
            self.local.set(settings.LAST_OFFICE, shown)
        self.show_office(values)
        self.set_database(db)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self.error.hide()
        db = self.database_or_wait()
        if db is None:
            return
        from tagana_app import accounts  # loaded by now, with the database

        self.set_busy(True)
        # Off the window's thread: after repeated failures a login waits before it checks.
        ops.run(self, lambda: accounts.login(db, username, password, source=accounts.SOURCE_WINDOW),
                on_success=self._logged_in, on_error=self._refused)

    def _logged_in(self, actor: Actor) -> None:
        self.set_busy(False)
        self.actor = actor
        self.local.set(settings.LAST_USERNAME, actor.username)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.failed(exc)
        self.password.clear()
        self.password.setFocus()


class FirstStartDialog(_DatabaseDialog):
    """The very first start: create the first admin, optionally load the demo data set
    (``load_demo``, given by the composition root; without it the dialog does not offer it)."""

    def __init__(self, db: Database | None, local: LocalSettings, parent: QWidget | None = None, *,
                 load_demo: LoadDemo | None = None) -> None:
        super().__init__(db, parent)
        self.local = local
        self.load_demo = load_demo
        self.created: UserInfo | None = None
        self.demo_counts: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Mulai — Tagana Logistik"))
        self.top_.addWidget(banner(self.tr("Tagana Logistik"), self.tr("Penyiapan pertama")))
        self.layout_.addWidget(heading(
            self.tr("Selamat datang"),
            self.tr("Basis data ini masih kosong. Buat akun administrator pertama; akun ini dapat "
                    "menambah pengguna lain dan mengisi profil kantor.")))
        self.username = QLineEdit(permissions.FIRST_ADMIN_NAME)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("mis. Nama lengkap petugas"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("Isi dengan data contoh untuk mencoba program"))
        self.demo.setToolTip(self.tr("Kantor, gudang, barang dan relawan fiktif. Jendela akan bertanda "
                                     "DATA CONTOH."))
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        self.form.addRow("", self.demo)
        self.demo.setVisible(load_demo is not None)
        self.ok_button.setText(self.tr("Buat admin"))
        self.finish_layout()
        # A laptop for a posko is not set up by hand: it is made from the office's set-up file.
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("muted")
        posko_note = QLabel(self.tr("Laptop untuk posko lapangan? Siapkan dari berkas penyiapan yang dibuat kantor."))
        posko_note.setObjectName("muted")
        posko_note.setWordWrap(True)
        self.posko_button = QPushButton(self.tr("Siapkan laptop posko dari berkas kantor..."))
        self.posko_button.setAutoDefault(False)
        self.posko_button.clicked.connect(lambda: self.done(POSKO_SETUP))
        posko_row = QHBoxLayout()
        posko_row.addWidget(posko_note, 1)
        posko_row.addWidget(self.posko_button)
        self.layout_.addSpacing(6)
        self.layout_.addWidget(line)
        self.layout_.addLayout(posko_row)
        self.setMinimumWidth(560)
        self.full_name.setFocus()
        if db is not None:
            self.set_database(db)

    def set_database(self, db: Database) -> None:
        from tagana_app.accounts import MIN_PASSWORD_LENGTH  # loaded by now, with the database

        self.password.setPlaceholderText(self.tr("minimal {n} karakter").format(n=MIN_PASSWORD_LENGTH))
        super().set_database(db)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        self.error.hide()
        db = self.database_or_wait()
        if db is None:
            return
        from tagana_app import accounts
        from tagana_app.accounts import Actor

        self.set_busy(True)
        username, full_name, password = self.username.text().strip(), self.full_name.text(), self.password.text()
        load_demo = self.load_demo if self.demo.isChecked() else None

        def work(progress: Any = None) -> tuple[UserInfo, dict[str, int] | None]:
            def in_transaction(session: Any) -> tuple[UserInfo, dict[str, int] | None]:
                info = accounts.create_first_admin(session, username, password, full_name)
                actor = Actor(info.id, info.username, info.role, info.full_name)
                return info, load_demo(session, actor, progress) if load_demo else None
            return db.write(in_transaction)

        ops.run(self, work, on_success=self._created, on_error=self.failed,
                progress=self.tr("Menyiapkan basis data dan data contoh...") if load_demo else None,
                cancellable=False)

    def _created(self, result: tuple[UserInfo, dict[str, int] | None]) -> None:
        self.set_busy(False)
        self.created, self.demo_counts = result
        self.local.set(settings.LAST_USERNAME, self.created.username)
        self.accept()
