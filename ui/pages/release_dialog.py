""""Izinkan tanpa status darurat...": a pejabat lets a dispatch from a warehouse that needs a declared
emergency (a lumbung sosial) leave without one, with a reason the Surat Jalan prints
(``deployment.dispatch.release``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from deployment.dispatch import release
from deployment.dispatch.service import DispatchRecord
from ui import ops
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading


class OverrideReleaseDialog(FormDialog):
    def __init__(self, ctx: AppContext, record: DispatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.setWindowTitle(self.tr("Izinkan tanpa status darurat"))
        self.layout_.addWidget(heading(self.tr("Izinkan {number} keluar tanpa status darurat").format(
            number=record.number), self.tr(
            "{warehouse} hanya mengeluarkan barang untuk kejadian dengan SK status darurat. Alasan Anda dicetak di "
            "Surat Jalan: \"Dikeluarkan tanpa penetapan status darurat atas persetujuan ...\".").format(
            warehouse=record.warehouse_name)))
        self.reason = QLineEdit(record.release_override)
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("mis. SK bupati sedang ditandatangani; pengungsi belum menerima bantuan"))
        self.form.addRow(QLabel(self.tr("Alasan")), self.reason)
        self.ok_button.setText(self.tr("Izinkan"))
        self.finish_layout()
        self.setMinimumWidth(640)

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Alasan izin wajib diisi."), self.reason)
            return
        self.set_busy(True)
        ops.write(self.ctx, self, release.override_release, self.record.number, self.reason.text(),
                  on_success=lambda _r: self.accept(), on_error=self.failed)
