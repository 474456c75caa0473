"""Setting up a posko laptop from the office's set-up file (the first start of an empty database).

The first-start dialog offers it ("Siapkan laptop posko dari berkas kantor..."); this wizard then
leads through: the set-up file chosen and its signature checked, what it says (the office, its
fingerprint, the posko, the incident) with the fingerprint the office reads over the phone typed in
and compared, the posko's administrator, the reply file saved (made and written in the one
transaction that makes the posko: nothing is kept when the file cannot be written), and the posko's
own fingerprint in large type to read back to the office.  The window then opens as that admin.

Also here, for both sides: the fingerprint in large type and a file made and written in one write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tagana_app import outputs, permissions
from tagana_app.errors import TaganaError
from ui import dialogs, errors, ops

if TYPE_CHECKING:
    from deployment.exchange.engine import Made
    from deployment.exchange.posko import SetupInfo
    from tagana_app.accounts import Actor
    from tagana_app.db import Database
    from tagana_app.settings import LocalSettings



def big_fingerprint(text: str) -> QLabel:
    """A fingerprint in large, fixed-width type, selectable (read aloud over the phone)."""
    label = QLabel(text)
    label.setObjectName("fingerprint")
    label.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-size: 22pt; font-weight: 600;"
                        "padding: 10px 14px; border: 1px solid #c7d2e0; border-radius: 6px; background: #f4f7fb;")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def note(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if muted:
        label.setObjectName("muted")
    return label


def error_line() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.hide()
    return label


def write_made(db: Database, work: Callable[[Any], tuple[Made, Any]], path: Path) -> tuple[Made, Any]:
    """``work(session) -> (Made, extra)`` and its file written to ``path`` in the same write transaction:
    when the file cannot be written, nothing of it is recorded."""
    def run(session: Any) -> tuple[Made, Any]:
        made, extra = work(session)
        outputs.write_bytes(path, made.data, database=outputs.live_database(session))
        return made, extra
    return db.write(run)


def shown_error(label: QLabel, exc: BaseException, parent: QWidget) -> None:
    """A refusal on the page's error line; anything else as the window shows unexpected errors."""
    if isinstance(exc, TaganaError):
        label.setText(errors.error_text(exc))
        label.show()
    else:
        errors.present_error(parent, exc)


class FileCommitPage(QWizardPage):
    """A commit page whose button makes something and writes its file (the place asked first) in one
    write transaction; the wizard moves on once it is done.  Subclasses give ``ready()`` (the page's
    own checks), ``ask_path()``, ``prepare()`` (read on the GUI thread: what the page holds, as a function
``work(session) -> (Made, extra)`` run in a worker) and ``made(result, path)``."""

    def __init__(self, db: Database, button: str, **run_options: Any) -> None:
        super().__init__()
        self.db, self.run_options = db, run_options
        self.done = False
        self.error = error_line()
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, button)

    def ready(self) -> bool:
        return True

    def ask_path(self) -> Path | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def prepare(self) -> Callable[[Any], tuple[Made, Any]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def made(self, result: tuple[Made, Any], path: Path) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def refuse(self, text: str) -> bool:
        self.error.setText(text)
        self.error.show()
        return False

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.done:
            return True
        if not self.ready():
            return False
        path = self.ask_path()
        if path is None:
            return False
        self.error.hide()
        self.setEnabled(False)
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(False)
        db, work = self.db, self.prepare()
        ops.run(self, lambda *_progress: write_made(db, work, path),
                on_success=lambda result: self._made(result, path), on_error=self._failed, **self.run_options)
        return False

    def _made(self, result: tuple[Made, Any], path: Path) -> None:
        self.done = True
        self.setEnabled(True)
        self.made(result, path)
        self.wizard().next()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(True)
        shown_error(self.error, exc, self)


class FingerprintPage(QWizardPage):
    """The last page of both wizards: this site's fingerprint in large type, and what to do next."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.fingerprint = big_fingerprint("")
        self.next_steps = note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.setFinalPage(True)

    def show_result(self, fingerprint: str, next_steps: str) -> None:
        self.fingerprint.setText(fingerprint)
        self.next_steps.setText(next_steps)
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)  # made: only Selesai leaves


class StepWizard(QWizard):
    """A wizard of this program: its pages by key, Indonesian buttons; once ``made()``, closing it is
    finishing it (what it made stays made)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(720, 500)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))

    def add_pages(self, pages: list[tuple[int, QWizardPage]]) -> None:
        for key, page in pages:
            self.setPage(key, page)

    def made(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def reject(self) -> None:
        if self.made():
            self.accept()
            return
        super().reject()


class _FilePage(QWizardPage):
    def __init__(self, wizard: PoskoSetupWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Berkas penyiapan dari kantor"))
        self.setSubTitle(self.tr("Kantor Dinas Sosial membuat posko dan memberikan berkas penyiapannya "
                                 "(<KODE>-setup.tagana, lewat flashdisk). Pilih berkas itu."))
        self.choose_button = QPushButton(self.tr("Pilih berkas penyiapan..."))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(self.choose)
        self.path = note(self.tr("Belum ada berkas dipilih."), muted=True)
        self.error = error_line()
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.path, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Pilih berkas penyiapan posko"), "", self.tr("Berkas Tagana (*.tagana)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        from deployment.exchange import posko

        self.error.hide()
        self.wiz.setup_data, self.wiz.info = None, None
        try:
            data = path.read_bytes()
            info = posko.read_setup(data)
        except OSError as exc:
            self.error.setText(self.tr("Berkas '{path}' tidak dapat dibaca: {reason}.").format(
                path=path, reason=exc.strerror or str(exc)))
            self.error.show()
        except TaganaError as exc:
            shown_error(self.error, exc, self)
        else:
            self.wiz.setup_data, self.wiz.info = data, info
            self.path.setText(self.tr("{path}\nBerkas penyiapan posko {posko} dari {office}; tanda tangannya utuh. "
                                      "Lanjut untuk memeriksa sidik kunci kantor.").format(
                path=path, posko=info.posko_code, office=info.office_code))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.wiz.info is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.wiz.info is None:
            self.error.setText(self.tr("Pilih dulu berkas penyiapan dari kantor."))
            self.error.show()
            return False
        return True


class _CheckPage(QWizardPage):
    def __init__(self, wizard: PoskoSetupWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Periksa kantor pengirim"))
        self.setSubTitle(self.tr("Telepon kantor dan minta petugasnya membacakan sidik kunci kantor. Ketik yang "
                                 "dibacakan: laptop ini hanya disiapkan bila sama dengan sidik kunci dalam berkas."))
        self.office = QLabel()
        self.office_fingerprint = QLabel()
        self.office_fingerprint.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-weight: 600;")
        self.posko = QLabel()
        self.incident = QLabel()
        for label in (self.office, self.posko, self.incident):
            label.setWordWrap(True)
        self.spoken = QLineEdit()
        self.spoken.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.spoken.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-size: 13pt;")
        self.error = error_line()
        form = QFormLayout()
        form.addRow(self.tr("Kantor"), self.office)
        form.addRow(self.tr("Sidik kunci dalam berkas"), self.office_fingerprint)
        form.addRow(self.tr("Posko"), self.posko)
        form.addRow(self.tr("Kejadian"), self.incident)
        form.addRow(self.tr("Sidik kunci kantor yang dibacakan"), self.spoken)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        info = self.wiz.info
        assert info is not None
        self.office.setText(f"{info.office_code} – {info.office_name}")
        self.office_fingerprint.setText(info.office_fingerprint)
        self.posko.setText(f"{info.posko_code} – {info.posko_name}")
        self.incident.setText(f"{info.incident_number} – {info.incident_name}")
        self.error.hide()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        from deployment.exchange import envelope, sites

        info, spoken = self.wiz.info, self.spoken.text().strip()
        assert info is not None and self.wiz.setup_data is not None
        if not spoken:
            self.error.setText(self.tr("Ketik sidik kunci yang dibacakan petugas kantor."))
        elif not sites.same_fingerprint(spoken, envelope.unpack(self.wiz.setup_data).header["kunci"]):
            self.error.setText(self.tr(
                "Sidik kunci yang dibacakan ({spoken}) tidak sama dengan sidik kunci dalam berkas ({found}). "
                "Jangan pakai berkas ini: periksa lagi bersama kantor, atau minta berkas penyiapan baru.").format(
                spoken=spoken, found=info.office_fingerprint))
        else:
            self.error.hide()
            return True
        self.error.show()
        self.spoken.setFocus()
        self.spoken.selectAll()
        return False


class _AdminPage(FileCommitPage):
    def __init__(self, wizard: PoskoSetupWizard) -> None:
        super().__init__(wizard.db, self.tr("Siapkan posko && simpan balasan..."),
                         progress=self.tr("Menyiapkan posko..."), cancellable=False)
        self.wiz = wizard
        self.setTitle(self.tr("Administrator posko"))
        self.setSubTitle(self.tr("Akun pertama laptop posko ini; akun ini dapat menambah petugas posko lain. "
                                 "Lalu simpan berkas balasan untuk kantor."))
        self.username = QLineEdit(permissions.FIRST_ADMIN_NAME)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("mis. Nama lengkap petugas posko"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from tagana_app.accounts import MIN_PASSWORD_LENGTH

        self.password.setPlaceholderText(self.tr("minimal {n} karakter").format(n=MIN_PASSWORD_LENGTH))

    def ready(self) -> bool:
        if not self.username.text().strip() or not self.password.text():
            return self.refuse(self.tr("Isi nama pengguna dan kata sandi."))
        if self.password.text() != self.password2.text():
            return self.refuse(self.tr("Kedua kata sandi tidak sama."))
        return True

    def ask_path(self) -> Path | None:
        assert self.wiz.info is not None
        start = outputs.documents_dir(self.wiz.local) / f"{self.wiz.info.posko_code}-balasan.tagana"
        return dialogs.save_file_name(self, self.tr("Simpan berkas balasan untuk kantor"), str(start),
                                      self.tr("Berkas Tagana (*.tagana)"))

    def prepare(self) -> Callable[[Any], tuple[Made, Any]]:
        from deployment.exchange import posko, sites
        from tagana_app import accounts

        data, admin, password = self.wiz.setup_data, self.username.text().strip(), self.password.text()
        full_name, spoken = self.full_name.text(), self.wiz.page(PoskoSetupWizard.CHECK).spoken.text()

        def work(session: Any) -> tuple[Made, Any]:
            made = posko.join(session, data, admin=admin, password=password, full_name=full_name,
                              expect_fingerprint=spoken)
            return made, (sites.self_site(session).fingerprint, accounts.authenticate(session, admin, password))
        return work

    def made(self, result: tuple[Made, Any], path: Path) -> None:
        _made, (fingerprint, actor) = result
        self.wiz.actor, self.wiz.fingerprint, self.wiz.reply_path = actor, fingerprint, path


class _DonePage(FingerprintPage):
    def __init__(self, wizard: PoskoSetupWizard) -> None:
        super().__init__(self.tr("Posko siap"), self.tr("Bacakan sidik kunci ini kepada petugas kantor"))
        self.wiz = wizard

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        info = self.wiz.info
        assert info is not None
        self.show_result(self.wiz.fingerprint, self.tr(
            "Langkah berikutnya:\n"
            "1. Bawa berkas balasan {path} ke kantor {office}.\n"
            "2. Petugas kantor mengambilnya di halaman Posko, \"Ambil balasan posko...\", dan mengetik sidik "
            "kunci di atas yang Anda bacakan.\n"
            "3. Setelah itu posko {posko} bertukar berkas dengan kantor: berkas pertukaran dibuat dan diambil "
            "di kedua tempat.\n\nTekan Selesai untuk membuka jendela posko sebagai {user}.").format(
            path=self.wiz.reply_path, office=info.office_code, posko=info.posko_code,
            user=self.wiz.actor.username if self.wiz.actor else ""))


class PoskoSetupWizard(StepWizard):
    """Makes this empty database the posko of an office's set-up file; ``actor``: its admin, once made."""

    FILE, CHECK, ADMIN, DONE = range(4)

    def __init__(self, db: Database, local: LocalSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.local = db, local
        self.setup_data: bytes | None = None
        self.info: SetupInfo | None = None
        self.actor: Actor | None = None
        self.fingerprint = ""
        self.reply_path: Path | None = None
        self.setWindowTitle(self.tr("Siapkan laptop posko — Tagana Logistik"))
        self.add_pages([(self.FILE, _FilePage(self)), (self.CHECK, _CheckPage(self)), (self.ADMIN, _AdminPage(self)),
                        (self.DONE, _DonePage(self))])

    def made(self) -> bool:
        return self.actor is not None  # the posko is made: only Selesai leaves (into its window)
