"""User administration (admins) and changing one's own password (everyone)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tagana_app import accounts, permissions
from tagana_app.accounts import ROLE_LABELS, UserInfo
from tagana_app.nip import InvalidNip
from ui import dialogs, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog
from ui.table_model import Index, TableModel
from ui.table_view import setup_table


class UserColumn(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    ACTIVE = 3
    NIP = 4
    POSITION = 5


class UsersModel(TableModel[UserInfo]):
    """A handful of rows, one per account."""

    columns = UserColumn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(key=lambda user: user.username, parent=parent)
        self._headers = {UserColumn.USERNAME: self.tr("Nama pengguna"), UserColumn.FULL_NAME: self.tr("Nama lengkap"),
                         UserColumn.ROLE: self.tr("Peran"), UserColumn.ACTIVE: self.tr("Aktif"),
                         UserColumn.NIP: self.tr("NIP"), UserColumn.POSITION: self.tr("Jabatan")}

    @property
    def users(self) -> list[UserInfo]:
        return self.rows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.record_at(index)
        if user is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {UserColumn.USERNAME: user.username, UserColumn.FULL_NAME: user.full_name,
                UserColumn.ROLE: texts.role_label(user.role),
                UserColumn.ACTIVE: self._state(user), UserColumn.NIP: user.nip,
                UserColumn.POSITION: user.position}[UserColumn(index.column())]

    def _state(self, user: UserInfo) -> str:
        if user.locked:
            return self.tr("dikunci")
        return self.tr("ya") if user.active else self.tr("tidak")


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AddUserDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("Tambah pengguna"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in ROLE_LABELS:
            self.role.addItem(texts.role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(permissions.DEFAULT_ROLE))
        self.password, self.password2 = _password_edit(), _password_edit()
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("Peran"), self.role)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        self.ok_button.setText(self.tr("Tambah"))
        self.finish_layout()
        self.setMinimumWidth(440)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        self.set_busy(True)
        ops.write(self.ctx, self, accounts.create_user, self.username.text().strip(), self.role.currentData(),
                  self.password.text(), self.full_name.text(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, info: UserInfo) -> None:
        self.set_busy(False)
        self.created = info
        self.accept()


class PersonDialog(FormDialog):
    """Who a user is on paper: full name, NIP, rank (pangkat/golongan) and position (jabatan), printed
    under the signature of an official (Pengaturan kantor, Penandatangan, names who signs what)."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.username = ctx, user.username
        self.saved: UserInfo | None = None
        self.setWindowTitle(self.tr("Data pengguna: {user}").format(user=user.username))
        self.full_name, self.nip = QLineEdit(user.full_name), QLineEdit(user.nip)
        self.rank, self.position = QLineEdit(user.rank), QLineEdit(user.position)
        self.nip.setPlaceholderText(self.tr("18 digit; kosong bila bukan ASN"))
        self.nip.setMaxLength(24)  # room for the spaces officials write ("19700101 200003 2 001")
        self.rank.setPlaceholderText(self.tr("mis. Penata (III/c)"))
        self.position.setPlaceholderText(self.tr("mis. Kepala Bidang Perlindungan dan Jaminan Sosial"))
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("NIP"), self.nip)
        self.form.addRow(self.tr("Pangkat/golongan"), self.rank)
        self.form.addRow(self.tr("Jabatan"), self.position)
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_layout()
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self.set_busy(True)
        ops.write(self.ctx, self, accounts.update_user, self.username, full_name=self.full_name.text(),
                  nip=self.nip.text(), rank=self.rank.text(), position=self.position.text(),
                  on_success=self._done, on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.failed(exc)
        if isinstance(exc, InvalidNip):
            self.nip.setFocus()
            self.nip.selectAll()

    def _done(self, info: UserInfo) -> None:
        self.set_busy(False)
        self.saved = info
        self.accept()


class PasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.username = ctx, username
        self.setWindowTitle(self.tr("Ganti kata sandi: {user}").format(user=username))
        self.password, self.password2 = _password_edit(), _password_edit()
        self.form.addRow(self.tr("Kata sandi baru"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        self.ok_button.setText(self.tr("Simpan"))
        self.finish_layout()
        self.setMinimumWidth(400)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        self.set_busy(True)
        ops.write(self.ctx, self, accounts.set_password, self.username, self.password.text(),
                  on_success=lambda _info: self.accept(), on_error=self.failed)


class RoleDialog(FormDialog):
    """An admin gives another account a new role (asked once more before it is saved)."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.saved: UserInfo | None = None
        self.setWindowTitle(self.tr("Ubah peran: {user}").format(user=user.username))
        self.role = QComboBox()
        for role in ROLE_LABELS:
            self.role.addItem(texts.role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.form.addRow(self.tr("Peran sekarang"), QLabel(texts.role_label(user.role)))
        self.form.addRow(self.tr("Peran baru"), self.role)
        self.ok_button.setText(self.tr("Ubah peran"))
        self.finish_layout()
        self.setMinimumWidth(440)

    def submit(self) -> None:
        role = self.role.currentData()
        if role == self.user.role:
            self.show_error(self.tr("Pilih peran yang lain dari peran sekarang."))
            return
        if not dialogs.confirm(self, self.tr("Ubah peran"), self.tr(
                "Ubah peran {user} dari {old} menjadi {new}? Tombol dan menu yang ia lihat berubah saat ia masuk "
                "lagi.").format(user=self.user.username, old=texts.role_label(self.user.role),
                                new=texts.role_label(role))):
            return
        self.set_busy(True)
        ops.write(self.ctx, self, accounts.set_role, self.user.username, role, on_success=self._done,
                  on_error=self.failed)

    def _done(self, info: UserInfo) -> None:
        self.set_busy(False)
        self.saved = info
        self.accept()


class UsersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = UsersModel(self)
        self.role_dialog: RoleDialog | None = None
        self._read = ops.CurrentRead(ctx.db, self)
        self.table = setup_table(QTableView(), self.model, stretch="all")
        self.add_button = QPushButton(self.tr("Tambah pengguna..."))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("Ubah data..."))
        self.edit_button.setToolTip(self.tr("Nama lengkap, NIP, pangkat/golongan dan jabatan yang dicetak di "
                                            "bawah tanda tangan"))
        self.edit_button.clicked.connect(self.edit_user)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi..."))
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("Buka kunci"))
        self.unlock_button.setToolTip(self.tr("Buka kunci akun yang dikunci karena terlalu sering gagal masuk"))
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button = QPushButton(self.tr("Nonaktifkan"))
        self.active_button.clicked.connect(self.toggle_active)
        self.role_button = QPushButton(self.tr("Ubah peran..."))
        self.role_button.clicked.connect(self.change_role)
        own = QPushButton(self.tr("Ganti kata sandi saya..."))
        own.clicked.connect(lambda: self._password_dialog(ctx.actor.username))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.role_button)
        buttons.addStretch(1)
        buttons.addWidget(own)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        if permissions.can_manage_users(ctx.actor):
            layout.addWidget(self.table, 1)
        else:
            note = QLabel(self.tr("Pengguna dan peran dikelola oleh administrator."))
            note.setObjectName("muted")
            layout.addWidget(note)
            self.table.hide()
            self.add_button.hide()
            self.edit_button.hide()
            self.reset_button.hide()
            self.unlock_button.hide()
            self.active_button.hide()
            self.role_button.hide()
        layout.addLayout(buttons)
        if not permissions.can_manage_users(ctx.actor):
            layout.addStretch(1)
        ctx.changes.changed.connect(self._on_changed)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._selected()
        self.refresh()

    def refresh(self) -> None:
        if permissions.can_manage_users(self.ctx.actor):
            self._read.start(accounts.list_users, on_success=self._fill)

    def _fill(self, users: list[UserInfo]) -> None:
        self.model.set_rows(users)
        self._selected()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def _selected(self) -> None:
        """Deactivating and changing a role: another account only (another admin changes one's own)."""
        user = self.selected_user()
        own = user is not None and user.username == self.ctx.actor.username
        self.active_button.setText(self.tr("Aktifkan") if user is not None and not user.active
                                   else self.tr("Nonaktifkan"))
        tip = self.tr("Akun Anda sendiri: admin lain yang menonaktifkan atau mengubah perannya.") if own else ""
        for button in (self.active_button, self.role_button):
            button.setEnabled(user is not None and not own)
            button.setToolTip(tip)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None or user.username == self.ctx.actor.username:
            return
        if user.active:
            title, question = self.tr("Nonaktifkan akun"), self.tr(
                "Nonaktifkan akun {user}? Ia tidak dapat masuk lagi sampai akunnya diaktifkan; riwayat "
                "pekerjaannya tetap.").format(user=user.username)
        else:
            title, question = self.tr("Aktifkan akun"), self.tr(
                "Aktifkan lagi akun {user}? Ia dapat masuk lagi dengan kata sandinya.").format(user=user.username)
        if dialogs.confirm(self, title, question):
            ops.write(self.ctx, self, accounts.set_active, user.username, not user.active, on_error=self._failed)

    def _role_dialog_closed(self) -> None:
        self.role_dialog = None  # the panel keeps no wrapper of a dialog Qt may delete

    def change_role(self) -> RoleDialog | None:
        user = self.selected_user()
        if user is None or user.username == self.ctx.actor.username:
            return None
        self.role_dialog = RoleDialog(self.ctx, user, self)
        self.role_dialog.finished.connect(self._role_dialog_closed)
        self.role_dialog.open()
        return self.role_dialog

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("users"):
            self.refresh()

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_user(self) -> PersonDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.inform(self, self.tr("Data pengguna"), self.tr("Pilih pengguna di daftar lebih dulu."))
            return None
        dialog = PersonDialog(self.ctx, self.model.users[rows[0].row()], self)
        dialog.open()
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.inform(self, self.tr("Kata sandi"), self.tr("Pilih pengguna di daftar lebih dulu."))
            return None
        return self._password_dialog(self.model.users[rows[0].row()].username)

    def unlock(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.inform(self, self.tr("Buka kunci"), self.tr("Pilih pengguna di daftar lebih dulu."))
            return
        username, ctx = self.model.users[rows[0].row()].username, self.ctx
        ops.run(self, lambda: ctx.db.write(lambda s: accounts.unlock_user(s, ctx.actor, username)),
                changes=ctx.changes, service=accounts.unlock_user, on_success=self._unlocked,
                on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from ui import errors

        errors.present_error(self, exc)

    def _unlocked(self, info: UserInfo) -> None:
        dialogs.inform(self, self.tr("Buka kunci"), self.tr("Kunci akun {name} dibuka.").format(name=info.username))

    def _password_dialog(self, username: str) -> PasswordDialog:
        dialog = PasswordDialog(self.ctx, username, self)
        dialog.open()
        return dialog
