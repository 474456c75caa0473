"""This desktop's settings: language, which database, backups (and restoring one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from tagana_app import audit, backup, clock, migrate, paths, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.db import Database
from tagana_app.errors import ValidationError
from tagana_app.models import User
from tagana_app.permissions import can_backup, can_change_database_location
from tagana_app.texts import N_
from ui import dialogs, duties, ops
from ui.context import AppContext

# --- the work (no Qt) ---------------------------------------------------------------------------


def _sqlite_path(db: Database) -> Path:
    if db.sqlite_path is None:
        raise ValidationError(N_("errors", "Cadangan dan pemulihan di sini hanya untuk SQLite; untuk PostgreSQL "
                                           "gunakan pg_dump dan pg_restore."))
    return db.sqlite_path


@changes()  # the audit trail: a note of the backup
def backup_now(db: Database, actor: Actor, target: Path) -> Path:
    can_backup.require(actor, action=N_("domain", "membuat cadangan"))
    made = backup.backup(_sqlite_path(db), target)
    db.write(lambda s: audit.record(s, actor, "db.backup", N_("domain", "basis data"), str(made)))
    return made


@changes(everything=True)
def restore_from(db: Database, actor: Actor, source: Path) -> Path:
    """Replace the live database by ``source`` (the old one is copied aside); returns that copy."""
    can_backup.require(actor, action=N_("domain", "memulihkan cadangan"))
    path = _sqlite_path(db)
    db.dispose()
    kept = backup.restore(path, source)
    migrate.upgrade(db)

    def note(session) -> None:  # noqa: ANN001 - the restored database has its own user ids
        user_id = session.scalar(select(User.id).where(func.lower(User.username) == actor.username.lower()))
        if user_id is not None:
            audit.record(session, Actor(user_id, actor.username, actor.role), "db.restore", N_("domain", "basis data"),
                         str(source), {"salinan_sebelumnya": str(kept)})
    db.write(note)
    return kept


def _with_note(field: QWidget | QHBoxLayout, note: QLabel) -> QWidget:
    """A field with its explanation right under it (a separate form row would leave a gap)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    if isinstance(field, QHBoxLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(note)
    return box


# --- the form -------------------------------------------------------------------------------------


class LocalSettingsForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        local = ctx.local

        general = QGroupBox(self.tr("Tampilan"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(local.get(settings.LANGUAGE))))
        language_note = QLabel(self.tr("Perubahan bahasa berlaku setelah program ditutup dan dibuka kembali."))
        language_note.setObjectName("muted")
        language_note.setWordWrap(True)
        form.addRow(self.tr("Bahasa"), _with_note(self.language, language_note))

        database = QGroupBox(self.tr("Basis data"))
        form = QFormLayout(database)
        current = QLabel(ctx.db.describe())
        current.setWordWrap(True)
        self.database_url = QLineEdit(local.get(settings.DATABASE_URL))
        self.database_url.setPlaceholderText(self.tr("kosong = berkas bawaan di folder data pengguna"))
        choose_db = QPushButton(self.tr("Pilih berkas..."))
        choose_db.clicked.connect(self.pick_database)
        for widget in (self.database_url, choose_db):  # only an administrator points this desktop elsewhere
            duties.gate(widget, can_change_database_location, ctx.actor)
        row = QHBoxLayout()
        row.addWidget(self.database_url, 1)
        row.addWidget(choose_db)
        db_note = QLabel(self.tr("Berlaku setelah program dibuka kembali. Untuk beberapa komputer sekaligus "
                                 "gunakan PostgreSQL, mis. postgresql+psycopg://pengguna@server/tagana"))
        db_note.setObjectName("muted")
        db_note.setWordWrap(True)
        form.addRow(self.tr("Sedang dipakai"), current)
        form.addRow(self.tr("Lokasi"), _with_note(row, db_note))

        backups = QGroupBox(self.tr("Cadangan"))
        form = QFormLayout(backups)
        self.backup_dir = QLineEdit(str(local.backup_dir()))
        choose_dir = QPushButton(self.tr("Pilih folder..."))
        choose_dir.clicked.connect(self.pick_backup_dir)
        row = QHBoxLayout()
        row.addWidget(self.backup_dir, 1)
        row.addWidget(choose_dir)
        self.backup_on_exit = QCheckBox(self.tr("Cadangkan otomatis saat program ditutup"))
        self.backup_on_exit.setChecked(local.get(settings.BACKUP_ON_EXIT))
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(local.get(settings.BACKUP_KEEP))
        self.backup_keep.setSuffix(self.tr(" cadangan otomatis terakhir"))
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Pulihkan..."))
        self.restore_button.clicked.connect(self.restore)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        form.addRow(self.tr("Folder cadangan"), row)
        form.addRow("", self.backup_on_exit)
        form.addRow(self.tr("Disimpan"), self.backup_keep)
        form.addRow("", actions)
        if ctx.db.sqlite_path is None or not can_backup(ctx.actor):
            why = (self.tr("Untuk PostgreSQL, cadangkan dengan pg_dump di server.") if ctx.db.sqlite_path is None
                   else self.tr("Hanya administrator yang dapat mencadangkan dan memulihkan."))
            self.backup_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            hint = QLabel(why)
            hint.setObjectName("muted")
            form.addRow("", hint)

        self.save_button = QPushButton(self.tr("Simpan pengaturan komputer ini"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(database)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(backups)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def pick_database(self) -> None:
        path = dialogs.save_file_name(self, self.tr("Pilih atau buat berkas basis data"), self.database_url.text(),
                                      self.tr("Basis data SQLite (*.db)"))
        if path is not None:
            self.database_url.setText(str(path))

    def pick_backup_dir(self) -> None:
        path = dialogs.existing_directory(self, self.tr("Pilih folder cadangan"), self.backup_dir.text())
        if path is not None:
            self.backup_dir.setText(str(path))

    def save(self) -> None:
        local = self.ctx.local
        if settings.url_has_password(self.database_url.text()):
            from tagana_app.errors import DatabasePasswordInUrl
            from ui import errors

            errors.present_error(self, DatabasePasswordInUrl())
            return
        moved = (can_change_database_location(self.ctx.actor)
                 and self.database_url.text().strip() != local.get(settings.DATABASE_URL))
        restart = self.language.currentData() != local.get(settings.LANGUAGE) or moved
        local.set(settings.LANGUAGE, self.language.currentData())
        if moved:
            local.set(settings.DATABASE_URL, self.database_url.text().strip())
        folder = self.backup_dir.text().strip()
        local.set(settings.BACKUP_DIR, "" if folder == str(paths.default_backup_dir()) else folder)
        local.set(settings.BACKUP_ON_EXIT, self.backup_on_exit.isChecked())
        local.set(settings.BACKUP_KEEP, self.backup_keep.value())
        text = self.tr("Pengaturan komputer ini disimpan.")
        if restart:
            text += " " + self.tr("Bahasa dan lokasi basis data berlaku setelah program dibuka kembali.")
        dialogs.inform(self, self.tr("Pengaturan"), text)

    def backup_now(self) -> None:
        folder = Path(self.backup_dir.text().strip() or self.ctx.local.backup_dir())
        suggested = folder / f"tagana-{clock.now():%Y%m%d-%H%M}.db"
        target = dialogs.save_file_name(self, self.tr("Simpan cadangan sebagai"), str(suggested),
                                        self.tr("Basis data SQLite (*.db)"))
        if target is None:
            return
        ctx = self.ctx
        self.backup_button.setEnabled(False)
        ops.run(self, lambda _progress: backup_now(ctx.db, ctx.actor, target), changes=ctx.changes,
                service=backup_now, progress=self.tr("Mencadangkan basis data..."), cancellable=False,
                on_success=self._backed_up, on_error=self._failed)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        dialogs.inform(self, self.tr("Cadangan"), self.tr("Cadangan dibuat:\n{path}").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        from ui import errors

        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        errors.present_error(self, exc)

    def restore(self) -> None:
        folder = self.backup_dir.text().strip() or str(self.ctx.local.backup_dir())
        source = dialogs.open_file_name(self, self.tr("Pulihkan dari cadangan"), folder,
                                        self.tr("Basis data SQLite (*.db)"))
        if source is None:
            return
        if not dialogs.confirm(self, self.tr("Pulihkan cadangan"), self.tr(
                "Seluruh isi basis data sekarang akan diganti dengan isi cadangan\n{path}\n\nBasis data "
                "sekarang disalin lebih dulu. Lanjutkan?").format(path=source)):
            return
        ctx = self.ctx
        self.restore_button.setEnabled(False)
        ops.run(self, lambda _progress: restore_from(ctx.db, ctx.actor, source), changes=ctx.changes,
                service=restore_from, progress=self.tr("Memulihkan basis data..."), cancellable=False,
                on_success=self._restored, on_error=self._failed)

    def _restored(self, kept: Path) -> None:
        self.restore_button.setEnabled(True)
        dialogs.inform(self, self.tr("Pemulihan selesai"), self.tr(
            "Basis data dipulihkan. Basis data sebelumnya disalin ke:\n{path}\n\nTutup program lalu buka "
            "kembali sebelum melanjutkan pekerjaan.").format(path=kept))
