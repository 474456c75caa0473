"""The office profile printed on every document (kop surat and signatory). Admins edit it."""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tagana_app import accounts, paths, permissions, settings
from tagana_app.accounts import UserInfo
from tagana_app.settings import Setting
from ui import dialogs, ops
from ui.changes import Changes
from ui.context import AppContext

LOGO_MAX_PX = 512
# The preview shows the kop in the face the papers print in (office setting office.font): the family
# and the bundled file it is loaded from when the system has no such font.
PREVIEW_FACES = {"dejavu": ("DejaVu Sans", "DejaVuSans.ttf"),
                 "liberation-sans": ("Liberation Sans", "LiberationSans-Regular.ttf"),
                 "liberation-serif": ("Liberation Serif", "LiberationSerif-Regular.ttf")}
_loaded: dict[str, str] = {}


def preview_family(face: str) -> str:
    """The Qt family of a face of the setting, its bundled TTF loaded into the application once."""
    family, filename = PREVIEW_FACES.get(face, PREVIEW_FACES["dejavu"])
    if filename not in _loaded:
        found = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(
            str(paths.resource("fonts", filename))))
        _loaded[filename] = found[0] if found else family
    return _loaded[filename]
TEXT_FIELDS = (settings.GOVERNMENT_NAME, settings.OFFICE_NAME, settings.OFFICE_ADDRESS, settings.OFFICE_PHONE,
               settings.OFFICE_EMAIL, settings.SIGNING_CITY, settings.HEAD_NAME, settings.HEAD_RANK,
               settings.HEAD_NIP)


def load_office(session: Session) -> tuple[dict[str, Any], list[UserInfo]]:
    """The office settings and the users who may be named to sign (one read for the form)."""
    return settings.office_values(session), accounts.list_users(session)


def image_to_png_base64(image: QImage) -> str:
    """The logo as stored: PNG, at most LOGO_MAX_PX on its longer side, base64."""
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(QSize(LOGO_MAX_PX, LOGO_MAX_PX), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.toBase64().data()).decode("ascii")


class LetterheadPreview(QFrame):
    """Roughly how the kop surat will print: logo on the left, the lines centred, a double rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paper")
        self.setStyleSheet("QFrame#paper { background: white; border: 1px solid #cfd8e3; }"
                           "QFrame#paper QLabel { color: black; background: transparent; }"
                           "QFrame#rule { border: none; border-top: 3px double black; }")
        self.logo = QLabel()
        self.logo.setFixedSize(72, 72)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.government = QLabel()
        self.office = QLabel()
        self.address = QLabel()
        self.contact = QLabel()
        self._sizes = ((self.government, 11, True), (self.office, 14, True), (self.address, 9, False),
                       (self.contact, 9, False))
        lines = QVBoxLayout()
        lines.setSpacing(1)
        for label, _size, _bold in self._sizes:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lines.addWidget(label)
        self.set_face("dejavu")
        top = QHBoxLayout()
        top.addWidget(self.logo)
        top.addLayout(lines, 1)
        top.addSpacing(72)  # keeps the lines centred on the page, as printed
        rule = QFrame()
        rule.setObjectName("rule")
        rule.setFixedHeight(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 14)
        layout.addLayout(top)
        layout.addWidget(rule)

    def set_face(self, face: str) -> None:
        family = preview_family(face)
        for label, size, bold in self._sizes:
            font = QFont(family)
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)

    def show_profile(self, government: str, office: str, address: str, contact: str, logo: QPixmap | None) -> None:
        self.government.setText(government.upper())
        self.office.setText(office.upper())
        self.address.setText(address)
        self.contact.setText(contact)
        self.address.setVisible(bool(address))
        self.contact.setVisible(bool(contact))
        if logo is not None and not logo.isNull():
            self.logo.setPixmap(logo.scaled(QSize(72, 72), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.clear()


class OfficeProfileForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = permissions.can_change_office_settings(ctx.actor)
        self.fields: dict[Setting[Any], QLineEdit] = {}
        self.logo_data = ""
        self._logo_pixmap = QPixmap()
        labels = {
            settings.GOVERNMENT_NAME: self.tr("Pemerintah daerah"), settings.OFFICE_NAME: self.tr("Nama kantor"),
            settings.OFFICE_ADDRESS: self.tr("Alamat"), settings.OFFICE_PHONE: self.tr("Telepon"),
            settings.OFFICE_EMAIL: self.tr("Surel"), settings.SIGNING_CITY: self.tr("Kota penandatanganan"),
            settings.HEAD_NAME: self.tr("Nama Kepala Dinas"), settings.HEAD_RANK: self.tr("Pangkat/golongan"),
            settings.HEAD_NIP: self.tr("NIP"),
        }
        hints = {
            settings.GOVERNMENT_NAME: self.tr("mis. PEMERINTAH KABUPATEN BENGKULU TENGAH"),
            settings.OFFICE_NAME: self.tr("mis. DINAS SOSIAL"),
            settings.HEAD_NIP: self.tr("18 digit"),
        }
        for setting in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(hints.get(setting, ""))
            edit.setReadOnly(not self.editable)
            self.fields[setting] = edit
        self.fields[settings.HEAD_NIP].setMaxLength(18)

        letterhead = QGroupBox(self.tr("Kop surat"))
        form = QFormLayout(letterhead)
        for setting in TEXT_FIELDS[:5]:
            form.addRow(labels[setting], self.fields[setting])
        self.logo_preview = QLabel(self.tr("(tanpa logo)"))
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #b7c3d0; background: #fafbfc; color: #7b8794;")
        self.choose_logo = QPushButton(self.tr("Pilih logo..."))
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("Hapus logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(""))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)

        signing = QGroupBox(self.tr("Penandatangan"))
        form2 = QFormLayout(signing)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signers: dict[Setting[Any], QComboBox] = {}
        for setting, label in ((settings.SIGNER_KEPALA_DINAS, self.tr("Kepala Dinas")),
                               (settings.SIGNER_PIHAK_PERTAMA, self.tr("PIHAK PERTAMA (BAST)")),
                               (settings.SIGNER_PENGURUS_BARANG, self.tr("Pengurus barang"))):
            combo = self.signers[setting] = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)  # a full name with its titles; the list opens wider
            form2.addRow(label, combo)
        people_note = QLabel(self.tr("Nama lengkap, NIP, pangkat/golongan dan jabatan diambil dari data pengguna "
                                     "(tab Pengguna). Dokumen yang penandatangannya belum ditunjuk tidak dapat "
                                     "dicetak. Bila Kepala Dinas belum ditunjuk, dipakai isian berikut:"))
        people_note.setObjectName("muted")
        people_note.setWordWrap(True)
        form2.addRow(people_note)
        for setting in TEXT_FIELDS[6:]:
            form2.addRow(labels[setting], self.fields[setting])
        paper_box = QGroupBox(self.tr("Kertas dan tempat"))
        form3 = QFormLayout(paper_box)
        form3.addRow(labels[settings.SIGNING_CITY], self.fields[settings.SIGNING_CITY])
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "F4")
        form3.addRow(self.tr("Ukuran kertas"), self.paper)
        self.font_choice = QComboBox()
        self.font_choice.addItem(self.tr("DejaVu Sans (bawaan)"), "dejavu")
        self.font_choice.addItem(self.tr("Liberation Sans (setara Arial), isi 12 pt"), "liberation-sans")
        self.font_choice.addItem(self.tr("Liberation Serif (setara Times New Roman), isi 12 pt"), "liberation-serif")
        form3.addRow(self.tr("Huruf dokumen"), self.font_choice)
        for widget in (self.paper, self.font_choice, self.choose_logo, self.remove_logo, *self.signers.values()):
            widget.setEnabled(self.editable)

        self.save_button = QPushButton(self.tr("Simpan profil kantor"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        note = QLabel(self.tr("Profil ini dicetak pada setiap dokumen (kop surat, tanda tangan) dan berlaku "
                              "untuk semua komputer yang memakai basis data ini.") if self.editable else
                      self.tr("Hanya administrator yang dapat mengubah profil kantor."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.save_button)

        self.preview = LetterheadPreview()
        preview_box = QGroupBox(self.tr("Pratinjau kop surat"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        for edit in self.fields.values():
            edit.textChanged.connect(self.update_preview)
        self.font_choice.currentIndexChanged.connect(self.update_preview)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(letterhead, 0, 0)
        grid.addWidget(signing, 0, 1, 2, 1)
        grid.addWidget(paper_box, 1, 0)
        grid.addWidget(preview_box, 2, 0, 1, 2)
        grid.addLayout(bottom, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        ctx.changes.changed.connect(self._on_changed)
        self.load()

    def update_preview(self) -> None:
        text = {s: e.text().strip() for s, e in self.fields.items()}
        contact = "  ".join(part for part in (
            self.tr("Telepon {phone}").format(phone=text[settings.OFFICE_PHONE]) if text[settings.OFFICE_PHONE] else "",
            self.tr("Surel: {email}").format(email=text[settings.OFFICE_EMAIL]) if text[settings.OFFICE_EMAIL] else "",
        ) if part)
        logo = self._logo_pixmap if self.logo_data else None
        self.preview.set_face(self.font_choice.currentData() or "dejavu")
        self.preview.show_profile(text[settings.GOVERNMENT_NAME], text[settings.OFFICE_NAME],
                                  text[settings.OFFICE_ADDRESS], contact, logo)

    def load(self) -> None:
        ops.read(self.ctx.db, self, load_office, on_success=self.show_office)

    def show_office(self, loaded: tuple[dict[str, Any], list[UserInfo]]) -> None:
        values, users = loaded
        self.show_people(users, {setting: values.get(setting.key) or "" for setting in self.signers})
        self.show_values(values)

    def show_people(self, users: list[UserInfo], chosen: dict[Setting[Any], str]) -> None:
        """The users who may sign, in each role's choice, with ``chosen`` selected."""
        people = [u for u in users if u.active and u.full_name.strip()]  # whom the settings accept
        for setting, combo in self.signers.items():
            combo.clear()
            combo.addItem(self.tr("(belum ditunjuk)"), "")
            for user in people:
                combo.addItem(self.tr("{name} ({user})").format(name=user.full_name, user=user.username)
                              + (f", {user.position}" if user.position else ""), user.username)
            named = chosen.get(setting, "")
            if named and combo.findData(named) < 0:  # named once, now inactive or without a name
                combo.addItem(self.tr("{user} (tidak dapat menandatangani)").format(user=named), named)
            combo.setCurrentIndex(max(0, combo.findData(named)))

    def show_values(self, values: dict[str, Any]) -> None:
        for setting, edit in self.fields.items():
            edit.setText(str(values.get(setting.key) or ""))
            edit.setCursorPosition(0)
        self.paper.setCurrentIndex(max(0, self.paper.findData(values.get(settings.PAPER_SIZE.key))))
        self.font_choice.setCurrentIndex(max(0, self.font_choice.findData(values.get(settings.FONT.key))))
        self.set_logo(values.get(settings.OFFICE_LOGO_PNG.key) or "")

    def set_logo(self, data: str) -> None:
        self.logo_data = data
        pixmap = QPixmap()
        self._logo_pixmap = pixmap
        if data and pixmap.loadFromData(base64.b64decode(data)):
            self.logo_preview.setPixmap(pixmap.scaled(QSize(90, 90), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
        self.remove_logo.setEnabled(self.editable and bool(data))
        self.update_preview()

    def pick_logo(self) -> None:
        path = dialogs.open_file_name(self, self.tr("Pilih logo kantor"), "",
                                      self.tr("Gambar (*.png *.jpg *.jpeg *.bmp)"))
        if path is None:
            return
        image = QImage(str(path))
        if image.isNull():
            dialogs.warn(self, self.tr("Logo"), self.tr("Berkas '{name}' bukan gambar yang dapat dibaca.").format(
                name=path.name))
            return
        self.set_logo(image_to_png_base64(image))

    def values(self) -> dict[Setting[Any], Any]:
        result: dict[Setting[Any], Any] = {s: e.text().strip() for s, e in self.fields.items()}
        result[settings.PAPER_SIZE] = self.paper.currentData()
        result[settings.FONT] = self.font_choice.currentData()
        result[settings.OFFICE_LOGO_PNG] = self.logo_data
        for setting, combo in self.signers.items():
            result[setting] = combo.currentData() or ""
        return result

    def save(self) -> None:
        self.save_button.setEnabled(False)
        ops.write(self.ctx, self, settings.set_office, self.values(),
                  on_success=self._saved, on_error=self._not_saved)

    def _saved(self, changed: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        dialogs.inform(self, self.tr("Profil kantor"), self.tr("Profil kantor disimpan.") if changed else
                       self.tr("Tidak ada perubahan."))

    def _not_saved(self, exc: BaseException) -> None:
        from ui import errors

        self.save_button.setEnabled(True)
        errors.present_error(self, exc)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings") and not self.editable:
            self.load()
        elif changes.touches("users"):  # a name or a position changed: the choices say it, the rest is kept
            chosen = {setting: combo.currentData() or "" for setting, combo in self.signers.items()}
            ops.read(self.ctx.db, self, accounts.list_users, on_success=lambda users: self.show_people(users, chosen))
