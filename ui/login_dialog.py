"""The login dialog and the first-start dialog that creates the first admin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from tagana_app import accounts, settings
from tagana_app.accounts import Actor, UserInfo
from tagana_app.db import Database
from tagana_app.settings import LocalSettings
from ui import office, ops
from ui.form_dialog import FormDialog, banner, heading


class LoginDialog(FormDialog):
    """Asks for user name and password; ``actor`` is set once the dialog is accepted."""

    def __init__(self, db: Database, local: LocalSettings, office_values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.local = db, local
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — Tagana Logistik"))
        values = office_values or {}
        self.top_.addWidget(banner(values.get(settings.GOVERNMENT_NAME.key) or "", office.display_name(
            {settings.OFFICE_NAME.key: values.get(settings.OFFICE_NAME.key) or ""}) or self.tr("Tagana Logistik")))
        self.layout_.addWidget(heading(self.tr("Masuk ke Tagana Logistik"),
                                       self.tr("Logistik gudang, relawan dan bantuan bencana.")))
        if values.get(settings.DEMO_DATA.key):
            demo_note = QLabel(self.tr("Basis data ini berisi DATA CONTOH."))
            demo_note.setObjectName("demoBadge")
            self.layout_.addWidget(demo_note, 0, Qt.AlignmentFlag.AlignLeft)
            self.layout_.addSpacing(6)
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
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self.set_busy(True)
        self.error.hide()
        ops.read(self.db, self, accounts.authenticate, username, password,
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


LoadDemo = Callable[[Any, Actor, Any], dict[str, int]]  # (session, actor, progress): the whole demo data set


class FirstStartDialog(FormDialog):
    """The very first start: create the first admin, optionally load the demo data set
    (``load_demo``, given by the composition root; without it the dialog does not offer it)."""

    def __init__(self, db: Database, local: LocalSettings, parent: QWidget | None = None, *,
                 load_demo: LoadDemo | None = None) -> None:
        super().__init__(parent)
        self.db, self.local = db, local
        self.load_demo = load_demo
        self.created: UserInfo | None = None
        self.demo_counts: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Mulai — Tagana Logistik"))
        self.top_.addWidget(banner(self.tr("Tagana Logistik"), self.tr("Penyiapan pertama")))
        self.layout_.addWidget(heading(
            self.tr("Selamat datang"),
            self.tr("Basis data ini masih kosong. Buat akun administrator pertama; akun ini dapat "
                    "menambah pengguna lain dan mengisi profil kantor.")))
        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("mis. Nama lengkap petugas"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("minimal {n} karakter").format(n=accounts.MIN_PASSWORD_LENGTH))
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
        self.setMinimumWidth(480)
        self.full_name.setFocus()

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        self.set_busy(True)
        self.error.hide()
        username, full_name, password = self.username.text().strip(), self.full_name.text(), self.password.text()
        load_demo = self.load_demo if self.demo.isChecked() else None
        db = self.db

        def work(progress: Any = None) -> tuple[UserInfo, dict[str, int] | None]:
            def in_transaction(session: Any) -> tuple[UserInfo, dict[str, int] | None]:
                info = accounts.create_user(session, None, username, "admin", password, full_name)
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
