"""The office's certificate for electronic signatures: which one signs the originals, and (admins) setting one
up from a PKCS#12 file and its password, or removing it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tagana_app import clock, esign, permissions
from tagana_app.esign import CertificateStatus
from ui import dialogs, ops
from ui.changes import Changes
from ui.context import AppContext


class EsignPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = permissions.can_manage_esign(ctx.actor)
        self.installed: CertificateStatus | None = None

        current = QGroupBox(self.tr("Sertifikat yang terpasang"))
        self.status = QLabel(self.tr("Memuat..."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)  # every value in it is escaped
        self.status.setObjectName("esignStatus")
        self.remove_button = QPushButton(self.tr("Hapus sertifikat"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setVisible(self.editable)
        self.remove_button.setEnabled(False)
        box = QVBoxLayout(current)
        box.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        box.addLayout(row)

        install = QGroupBox(self.tr("Pasang sertifikat (PKCS#12)"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("berkas .p12 atau .pfx dari penerbit sertifikat (mis. BSrE)"))
        self.choose = QPushButton(self.tr("Pilih berkas..."))
        self.choose.clicked.connect(self.pick_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.install_button = QPushButton(self.tr("Pasang sertifikat"))
        self.install_button.setObjectName("primary")
        self.install_button.clicked.connect(self.install)
        form = QFormLayout(install)
        form.addRow(self.tr("Berkas sertifikat"), file_row)
        form.addRow(self.tr("Kata sandi sertifikat"), self.password)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.install_button)
        form.addRow("", button_row)
        install.setVisible(self.editable)

        note = QLabel(self.tr(
            "Bila kantor memasang sertifikat elektronik tersertifikasi (PP 71/2019, mis. dari BSrE), setiap "
            "dokumen asli (cetakan pertama) juga ditandatangani secara elektronik di dalam berkas PDF-nya, dan "
            "dapat diperiksa dengan pembaca PDF. Salinan tidak ditandatangani. Kode QR tetap menjadi "
            "pemeriksaan keaslian tanpa internet. Kata sandi sertifikat tidak disimpan; kuncinya disimpan "
            "terenkripsi di basis data, sehingga siapa pun yang dapat membaca seluruh basis data dapat "
            "memakainya: lindungi basis data dan cadangannya.") if self.editable else
            self.tr("Hanya administrator yang dapat memasang atau menghapus sertifikat."))
        note.setObjectName("muted")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(current)
        layout.addWidget(install)
        layout.addWidget(note)
        layout.addStretch(1)
        ctx.changes.changed.connect(self._on_changed)
        self.load()

    def load(self) -> None:
        ops.read(self.ctx.db, self, esign.status, on_success=self.show_status, on_error=self._unreadable)

    def _line(self, label: str, value: str) -> str:
        return f"<b>{escape(label)}</b> {escape(value)}"

    def show_status(self, found: CertificateStatus | None) -> None:
        self.installed = found
        self.remove_button.setEnabled(self.editable and found is not None)
        if found is None:
            self.status.setText(escape(self.tr("Tidak ada sertifikat: dokumen asli dicetak tanpa tanda tangan "
                                               "elektronik.")))
            return
        lines = [
            self._line(self.tr("Penanda tangan:"), found.signer_name),
            self._line(self.tr("Subjek:"), found.subject),
            self._line(self.tr("Penerbit:"), found.issuer),
            self._line(self.tr("Berlaku:"), self.tr("{start} s.d. {end}").format(
                start=esign.when(found.valid_from), end=esign.when(found.valid_to))),
            self._line(self.tr("Nomor seri:"), found.serial),
        ]
        if found.installed_by:
            lines.append(self._line(self.tr("Dipasang oleh:"), found.installed_by))
        if not found.valid_at(clock.now()):
            lines.append("<b>" + escape(self.tr(
                "TIDAK BERLAKU saat ini: dokumen asli tidak dapat dicetak sampai sertifikat diganti atau "
                "dihapus.")) + "</b>")
        self.status.setText("<br>".join(lines))

    def _unreadable(self, exc: BaseException) -> None:
        from ui import errors

        self.installed = None
        self.remove_button.setEnabled(self.editable)
        self.status.setText(escape(errors.error_text(exc)))

    def pick_file(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Pilih sertifikat"), "",
                                      self.tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)"))
        if path is not None:
            self.path.setText(str(path))

    def install(self) -> None:
        text = self.path.text().strip()
        if not text:
            dialogs.warn(self, self.tr("Sertifikat"), self.tr("Pilih berkas sertifikat lebih dahulu."))
            return
        self.install_button.setEnabled(False)
        ops.write(self.ctx, self, esign.setup, Path(text), self.password.text(),
                  on_success=self._installed, on_error=self._failed)

    def _installed(self, found: CertificateStatus) -> None:
        self.install_button.setEnabled(True)
        self.password.clear()
        self.path.clear()
        self.show_status(found)
        dialogs.inform(self, self.tr("Sertifikat"), self.tr(
            "Sertifikat {name} dipasang; setiap dokumen asli kini ditandatangani secara elektronik.").format(
            name=found.signer_name))

    def _failed(self, exc: BaseException) -> None:
        from ui import errors

        self.install_button.setEnabled(True)
        self.password.clear()
        errors.present_error(self, exc)

    def remove(self) -> None:
        if not dialogs.confirm(self, self.tr("Hapus sertifikat"), self.tr(
                "Hapus sertifikat tanda tangan elektronik kantor? Dokumen asli berikutnya dicetak tanpa tanda "
                "tangan elektronik.")):
            return
        ops.write(self.ctx, self, esign.remove, on_success=lambda _removed: self.load())

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings") and not changes.made_by(self):
            self.load()
