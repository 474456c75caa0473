"""The office's dialogs for its poskos: the "Buat posko" wizard, taking a posko's reply, revoking one.

The wizard asks for the posko (code, name, incident, optionally its kecamatan or desa), then for where
to save its set-up file: the posko and its file are made and the file written in one transaction
(nothing is kept when the file cannot be written).  Its last page shows the office's fingerprint in
large type, to read to the posko's officer over the phone, and what to do next.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from deployment import incidents as incident_service
from deployment.exchange import engine, posko, sites
from tagana_app import outputs
from ui import dialogs, ops
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading
from ui.pages.request_dialogs import RegionField
from ui.posko_setup import FileCommitPage, FingerprintPage, StepWizard, error_line, note


def open_incidents(session: Any) -> list[tuple[str, str]]:
    return [(i.number, i.name) for i in incident_service.list_incidents(session) if i.status != "selesai"]


class _PoskoPage(QWizardPage):
    def __init__(self, wizard: CreatePoskoWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Posko baru"))
        self.setSubTitle(self.tr("Posko lapangan sebuah kejadian bencana: laptopnya disiapkan dari berkas "
                                 "penyiapan yang dibuat di langkah berikut."))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mis. PSK-01"))
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Pondok Kelapa"))
        self.incident = QComboBox()
        self.incident.setMinimumWidth(320)
        self.region = RegionField(wizard.ctx)
        self.error = error_line()
        form = QFormLayout()
        form.addRow(self.tr("Kode posko"), self.code)
        form.addRow(self.tr("Nama posko"), self.name)
        form.addRow(self.tr("Kejadian"), self.incident)
        form.addRow(self.tr("Kecamatan/desa (boleh kosong)"), self.region)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        ops.read(wizard.ctx.db, self, open_incidents, on_success=self._incidents)

    def _incidents(self, found: list[tuple[str, str]]) -> None:
        self.incident.clear()
        for number, name in found:
            self.incident.addItem(f"{number} – {name}", number)
        if not found:
            self.error.setText(self.tr("Tidak ada kejadian yang masih berjalan: posko dibuat untuk sebuah kejadian."))
            self.error.show()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        code = self.code.text().strip().upper()
        self.code.setText(code)
        problem, field = "", None
        if not sites.CODE_PATTERN.match(code):
            problem, field = self.tr("Kode posko: 2–20 huruf besar, angka atau tanda hubung (misalnya PSK-01)."), \
                self.code
        elif not " ".join(self.name.text().split()):
            problem, field = self.tr("Nama posko wajib diisi."), self.name
        elif self.incident.currentData() is None:
            problem, field = self.tr("Pilih kejadian posko ini."), self.incident
        if problem:
            self.error.setText(problem)
            self.error.show()
            field.setFocus()
            return False
        self.error.hide()
        return True


class _FilePage(FileCommitPage):
    def __init__(self, wizard: CreatePoskoWizard) -> None:
        super().__init__(wizard.ctx.db, self.tr("Buat posko && simpan berkas..."), changes=wizard.ctx.changes,
                         service=posko.create_posko)
        self.wiz = wizard
        self.setTitle(self.tr("Berkas penyiapan"))
        self.setSubTitle(self.tr("Posko dibuat dan berkas penyiapannya disimpan sekaligus. Simpan berkas itu ke "
                                 "flashdisk untuk laptop posko."))
        self.summary = note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        first = self.wiz.page(CreatePoskoWizard.POSKO)
        region = first.region.chosen()
        self.summary.setText(self.tr(
            "Posko {code} – {name}\nKejadian: {incident}\nWilayah: {region}\n\nBerkas penyiapan membawa profil kantor, "
            "kunci publik kantor, katalog barang dan data kejadian yang diperlukan posko. Isinya bertanda tangan "
            "kantor: laptop posko menolak berkas yang diubah.").format(
            code=first.code.text(), name=" ".join(first.name.text().split()), incident=first.incident.currentText(),
            region=region.label if region else (first.region.code() or self.tr("wilayah pertama kejadian"))))

    def ask_path(self) -> Path | None:
        start = outputs.documents_dir(self.wiz.ctx.local) / f"{self.wiz.page(CreatePoskoWizard.POSKO).code.text()}-setup.tagana"
        return dialogs.save_file_name(self, self.tr("Simpan berkas penyiapan posko"), str(start),
                                      self.tr("Berkas Tagana (*.tagana)"))

    def prepare(self) -> Callable[[Any], tuple[engine.Made, str]]:
        first = self.wiz.page(CreatePoskoWizard.POSKO)
        actor, code, name = self.wiz.ctx.actor, first.code.text(), first.name.text()
        incident, region = first.incident.currentData(), first.region.code() or None

        def work(session: Any) -> tuple[engine.Made, str]:
            made = posko.create_posko(session, actor, code, name=name, incident_number=incident, region=region)
            return made, sites.self_site(session).fingerprint
        return work

    def made(self, result: tuple[engine.Made, str], path: Path) -> None:
        self.wiz.made_file, self.wiz.fingerprint = result
        self.wiz.path = path


class _DonePage(FingerprintPage):
    def __init__(self, wizard: CreatePoskoWizard) -> None:
        super().__init__(self.tr("Posko dibuat"), self.tr("Bacakan sidik kunci ini kepada petugas posko"))
        self.wiz = wizard

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        made = self.wiz.made_file
        assert made is not None
        self.show_result(self.wiz.fingerprint, self.tr(
            "Berkas penyiapan disimpan: {path} ({records} catatan).\n\n"
            "Langkah berikutnya:\n"
            "1. Bawa berkas itu ke laptop posko {code} (flashdisk). Pasang program Tagana Logistik di laptop itu; "
            "saat pertama dibuka, pilih \"Siapkan laptop posko dari berkas kantor...\".\n"
            "2. Petugas posko menelepon kantor: bacakan sidik kunci kantor di atas; ia mengetiknya di laptop posko.\n"
            "3. Laptop posko membuat berkas balasan dan menampilkan sidik kunci posko. Ambil berkas balasan itu di "
            "halaman ini dengan \"Ambil balasan posko...\" dan ketik sidik kunci posko yang dibacakan petugasnya.\n"
            "Sampai balasannya diambil, posko berstatus menunggu balasan.").format(
            path=self.wiz.path, records=made.records, code=made.site_code))


class CreatePoskoWizard(StepWizard):
    """Buat posko: the posko, its set-up file, and the office's fingerprint to read to its officer."""

    POSKO, FILE, DONE = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.made_file: engine.Made | None = None
        self.fingerprint = ""
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Buat posko"))
        self.add_pages([(self.POSKO, _PoskoPage(self)), (self.FILE, _FilePage(self)), (self.DONE, _DonePage(self))])

    def made(self) -> bool:
        return self.made_file is not None


class TakeReplyDialog(FormDialog):
    """Ambil balasan posko: the reply file and the fingerprint its officer reads over the phone."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: engine.Outcome | None = None
        self.setWindowTitle(self.tr("Ambil balasan posko"))
        self.layout_.addWidget(heading(self.tr("Ambil berkas balasan posko"), self.tr(
            "Pilih berkas <KODE>-balasan.tagana dari laptop posko, lalu ketik sidik kunci posko yang dibacakan "
            "petugasnya lewat telepon. Berkas yang sidiknya tidak sama ditolak; tidak ada yang diubah.")))
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("berkas balasan"))
        self.browse = QPushButton(self.tr("Pilih..."))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.fingerprint.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-size: 13pt;")
        self.form.addRow(self.tr("Berkas balasan"), row)
        self.form.addRow(self.tr("Sidik kunci posko yang dibacakan"), self.fingerprint)
        self.ok_button.setText(self.tr("Ambil balasan"))
        self.setMinimumWidth(620)
        self.finish_layout()

    def choose(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Pilih berkas balasan posko"), "",
                                      self.tr("Berkas Tagana (*.tagana)"))
        if path is not None:
            self.file.setText(str(path))
            self.fingerprint.setFocus()

    def submit(self) -> None:
        name, spoken = self.file.text().strip(), self.fingerprint.text().strip()
        if not name:
            self.show_error(self.tr("Pilih berkas balasan posko."), self.file)
            return
        if not spoken:
            self.show_error(self.tr("Ketik sidik kunci yang dibacakan petugas posko."), self.fingerprint)
            return
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            self.show_error(self.tr("Berkas '{path}' tidak dapat dibaca: {reason}.").format(
                path=name, reason=exc.strerror or str(exc)), self.file)
            return
        self.set_busy(True)
        ops.write(self.ctx, self, engine.import_file, data, expect_fingerprint=spoken, on_success=self._taken,
                  on_error=self.failed)

    def _taken(self, outcome: engine.Outcome) -> None:
        self.outcome = outcome
        if outcome.status != "dipasangkan":
            self.set_busy(False)
            self.show_error(self.tr("Berkas ini bukan balasan posko yang menunggu: {what}").format(
                what=" ".join(outcome.messages) or outcome.status))
            return
        dialogs.inform(self, self.tr("Posko dipasangkan"), "\n".join(outcome.messages))
        self.accept()


class RevokePoskoDialog(FormDialog):
    """Cabut posko (a lost laptop): every later file from it is refused; not undone."""

    def __init__(self, ctx: AppContext, code: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.code = ctx, code
        self.revoked: sites.SiteInfo | None = None
        self.setWindowTitle(self.tr("Cabut posko"))
        self.layout_.addWidget(heading(self.tr("Cabut posko {code} – {name}").format(code=code, name=name), self.tr(
            "Misalnya laptop posko hilang. Setelah dicabut, setiap berkas dari posko ini ditolak dan tidak ada berkas "
            "lagi untuknya. Pencabutan tidak dapat dibatalkan.")))
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.ok_button.setText(self.tr("Cabut posko"))
        self.setMinimumWidth(520)
        self.finish_layout()

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Alasan wajib diisi."), self.reason)
            return
        if not dialogs.confirm(self, self.tr("Cabut posko"), self.tr(
                "Cabut posko {code}? Berkas darinya tidak akan diterima lagi.").format(code=self.code)):
            return
        self.set_busy(True)
        ops.write(self.ctx, self, sites.revoke, self.code, self.reason.text(), on_success=self._done,
                  on_error=self.failed)

    def _done(self, info: sites.SiteInfo) -> None:
        self.revoked = info
        self.accept()
