"""Dialogs of the "Permintaan" page: a request recorded as its letter arrived, a pejabat's disposition,
a reason (to refuse a whole request or to cancel one), and a dispatch made from a decided request.

Each checks what it can before writing; the service checks again, and a refusal shows in the dialog,
which stays open with everything typed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deployment import requests
from deployment.dispatch import from_request
from deployment.dispatch.from_request import OwedLine
from deployment.dispatch.service import DispatchInput, DispatchRecord
from deployment.models import REQUESTER_KINDS, SKILLS
from deployment.requests import Decision, RequestInput, RequestLineInput, RequestRecord
from inventory import catalog
from inventory.catalog_edit import NEED_CATEGORIES
from tagana_app import indonesian
from ui import ops, texts
from ui.context import AppContext
from ui.form_dialog import FormDialog, heading, select_on_focus
from ui.pages.dispatch_dialogs import NewDispatchDialog, quantity_spin
from ui.pages.incident_data import RegionChoice, region_choices
from ui.pages.incident_dialogs import date_edit, region_completer, resolve_region

LIST_HEIGHT = 84
# The dispatch's destination kind for each kind of requester.
DESTINATION_OF = {"desa": "desa", "kelurahan": "desa", "kecamatan": "kecamatan", "posko": "posko",
                  "instansi": "posko"}


def request_catalogue(session: Any) -> list[tuple[str, str]]:
    """What a request line may name: the catalogue's items (code, label); the need categories go first."""
    return [(i.code, f"{i.name} ({i.code})") for i in catalog.list_items(session)]


class RegionField(QWidget):
    """One kecamatan or desa of the office's area: type a name or code (names shown as you type)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[str, RegionChoice] = {}
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Ketik nama atau kode desa/kecamatan"))
        self._labels = region_completer(self, self.text)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.text.textChanged.connect(self._hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        ops.read(ctx.db, self, region_choices, on_success=self.set_choices)

    def set_choices(self, choices: list[RegionChoice]) -> None:
        self.choices = {c.code: c for c in choices}
        self._labels.setStringList([c.label for c in choices])
        self._hint(self.text.text())

    def chosen(self) -> RegionChoice | None:
        return resolve_region(self.choices, self.text.text())

    def code(self) -> str:
        found = self.chosen()
        return found.code if found else self.text.text().strip()

    def _hint(self, _text: str) -> None:
        found = self.chosen()
        self.hint.setText(f"{found.name} ({found.kind}), {found.path}" if found else "")
        self.hint.setVisible(found is not None)


class _PairList(QWidget):
    """A choice and a number added to a list (goods asked, people asked), Enter in the number adds."""

    def __init__(self, placeholder: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = QComboBox()
        self.what.setEditable(True)
        self.what.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.what.lineEdit().setPlaceholderText(placeholder)
        self.what.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.what.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.count = quantity_spin(1)
        self.count.setFixedWidth(110)
        self.add_button = QPushButton(button)
        self.add_button.setAutoDefault(False)
        self.add_button.setMinimumWidth(140)  # the goods and the people lists line up
        self.add_button.clicked.connect(self.add_current)
        self.list = QListWidget()
        self.list.setFixedHeight(LIST_HEIGHT)
        remove = QPushButton(self.tr("Hapus"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: [self.list.takeItem(self.list.row(i)) for i in self.list.selectedItems()])
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.what, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.list, 1, 0, 1, 2)
        grid.addWidget(remove, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self.what.clear()
        for code, label in choices:
            self.what.addItem(label, code)
        self.what.setCurrentIndex(-1)

    def add_current(self) -> bool:
        index = self.what.findText(self.what.currentText())
        code = self.what.itemData(index) if index >= 0 else None
        if code is None or self.count.value() <= 0:
            return False
        for i in range(self.list.count()):  # the same thing twice: the number is replaced
            if self.list.item(i).data(Qt.ItemDataRole.UserRole)[0] == code:
                self.list.takeItem(i)
                break
        item = QListWidgetItem(f"{self.what.itemText(index)} × {indonesian.quantity(self.count.value())}")
        item.setData(Qt.ItemDataRole.UserRole, (code, self.count.value()))
        self.list.addItem(item)
        self.what.setCurrentIndex(-1)
        self.count.setValue(1)
        return True

    def pairs(self) -> list[tuple[str, int]]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]


class RecordRequestDialog(FormDialog):
    """A request as its letter arrived: the incident, who asks, the letter, the goods and people asked."""

    def __init__(self, ctx: AppContext, incidents: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: RequestRecord | None = None
        self.setWindowTitle(self.tr("Catat permintaan"))
        self.layout_.addWidget(heading(self.tr("Catat permintaan bantuan"), self.tr(
            "Isi sesuai surat yang diterima. Nomor agenda diberikan otomatis; pejabat memutuskan sesudahnya.")))
        self.incident = QComboBox()
        for number, name in incidents:
            self.incident.addItem(f"{number} – {name}", number)
        self.kind = QComboBox()
        for code, label in REQUESTER_KINDS.items():
            self.kind.addItem(texts.label(label), code)
        self.region = RegionField(ctx)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Suparman"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Kepala Desa, Camat, koordinator posko..."))
        self.requester_id = QLineEdit()
        self.requester_id.setPlaceholderText(self.tr("NIK 16 angka atau NIP 18 angka (boleh kosong)"))
        self.letter_number = QLineEdit()
        self.letter_number.setPlaceholderText(self.tr("mis. 140/27/DS-SRK/2026"))
        self.letter_date = date_edit()
        self.received = date_edit()
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.letter_date)
        dates.addSpacing(12)
        dates.addWidget(QLabel(self.tr("Tanggal diterima")))
        dates.addWidget(self.received)
        dates.addStretch(1)
        self.goods = _PairList(self.tr("Barang atau kategori kebutuhan"), self.tr("Tambah barang"))
        self.people = _PairList(self.tr("Keahlian relawan"), self.tr("Tambah relawan"))
        self.people.set_choices([(code, texts.label(label)) for code, label in SKILLS.items()])
        self.remarks = QLineEdit()
        for label, widget in ((self.tr("Kejadian"), self.incident), (self.tr("Jenis pemohon"), self.kind),
                              (self.tr("Wilayah"), self.region), (self.tr("Nama pemohon"), self.name),
                              (self.tr("Jabatan"), self.position), (self.tr("NIK/NIP"), self.requester_id),
                              (self.tr("Nomor surat"), self.letter_number)):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("Tanggal surat"), dates)
        self.form.addRow(self.tr("Barang diminta"), self.goods)
        self.form.addRow(self.tr("Relawan diminta"), self.people)
        self.form.addRow(self.tr("Keterangan"), self.remarks)
        self.ok_button.setText(self.tr("Simpan permintaan"))
        self.setMinimumWidth(640)
        self.finish_layout()
        needs = [(code, texts.label(label)) for code, label in NEED_CATEGORIES.items()]
        ops.read(ctx.db, self, request_catalogue, on_success=lambda items: self.goods.set_choices(needs + items))

    def data(self) -> RequestInput:
        return RequestInput(
            incident=self.incident.currentData() or "", requester_kind=self.kind.currentData(),
            region_code=self.region.code(), requester_name=self.name.text(),
            letter_number=self.letter_number.text(), letter_date=self.letter_date.date().toPython(),
            lines=[RequestLineInput(code, n) for code, n in self.goods.pairs()],
            people=dict(self.people.pairs()), requester_position=self.position.text(),
            requester_id=self.requester_id.text(), received_on=self.received.date().toPython(),
            remarks=self.remarks.text())

    def submit(self) -> None:
        # Something chosen but not yet added is what the person meant to ask for.
        self.goods.add_current()
        self.people.add_current()
        if not self.region.code():
            self.show_error(self.tr("Wilayah pemohon wajib diisi."), self.region.text)
            return
        if not self.name.text().strip():
            self.show_error(self.tr("Nama pemohon wajib diisi."), self.name)
            return
        if not self.goods.pairs() and not self.people.pairs():
            self.show_error(self.tr("Tambahkan barang atau relawan yang diminta."), self.goods.what)
            return
        self.set_busy(True)
        ops.write(self.ctx, self, requests.add_request, self.data(), on_success=self._done, on_error=self.failed)

    def _done(self, record: RequestRecord) -> None:
        self.created = record
        self.accept()


class _DecisionRow:
    """One line or skill of a disposition: approved (default: all asked) and the reason for less."""

    def __init__(self, key: str, asked: int, placeholder: str) -> None:
        self.key, self.asked, self.placeholder = key, asked, placeholder
        self.approved: QSpinBox = quantity_spin(asked, asked)
        self.reason = QLineEdit()
        self.approved.valueChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        short = self.approved.value() < self.asked
        self.reason.setEnabled(short)
        self.reason.setPlaceholderText(self.placeholder if short else "")

    def decision(self) -> Decision:
        return Decision(self.approved.value(), self.reason.text() if self.approved.value() < self.asked else "")


class DecideDialog(FormDialog):
    """A pejabat's disposition: per line and per skill the approved number (less needs a reason), a note;
    or "Tolak seluruhnya..." with a reason."""

    def __init__(self, ctx: AppContext, record: RequestRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.decided: RequestRecord | None = None
        self.setWindowTitle(self.tr("Disposisi permintaan"))
        self.layout_.addWidget(heading(self.tr("Disposisi {number}").format(number=record.number), self.tr(
            "{name}, {region}: surat {letter} tanggal {day}. Kurangi jumlah yang disetujui bila perlu; "
            "setiap pengurangan wajib diberi alasan.").format(
                name=record.requester_name, region=record.region_name, letter=record.letter_number,
                day=indonesian.long_date(record.letter_date))))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for c, title in enumerate((self.tr("Barang / relawan"), self.tr("Diminta"), self.tr("Disetujui"),
                                     self.tr("Alasan"))):
            label = QLabel(title)
            label.setObjectName("muted")
            grid.addWidget(label, 0, c)
        self.lines: dict[str, _DecisionRow] = {}
        self.people: dict[str, _DecisionRow] = {}
        rows = [(line.key, line.item_name, line.quantity, line.unit, self.lines) for line in record.lines]
        rows += [(p.skill, self.tr("Relawan {skill}").format(skill=texts.label(p.skill_label)), p.count,
                  self.tr("orang"), self.people) for p in record.people]
        for r, (key, name, asked, unit, into) in enumerate(rows, start=1):
            row = into[key] = _DecisionRow(key, asked, self.tr("alasan (wajib)"))
            row.approved.setSuffix(f" {texts.label(unit)}")
            grid.addWidget(QLabel(name), r, 0)
            grid.addWidget(QLabel(f"{indonesian.quantity(asked)} {texts.label(unit)}"), r, 1)
            grid.addWidget(row.approved, r, 2)
            grid.addWidget(row.reason, r, 3)
        grid.setColumnStretch(3, 1)
        self.layout_.addLayout(grid)
        self.layout_.addSpacing(8)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("mis. Diteruskan ke Kabid Linjamsos untuk segera disalurkan"))
        self.form.addRow(self.tr("Catatan disposisi"), self.note)
        self.reject_button = QPushButton(self.tr("Tolak seluruhnya..."))
        self.reject_button.setAutoDefault(False)
        self.reject_button.clicked.connect(self.open_reject)
        self.buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button.setText(self.tr("Simpan disposisi"))
        self.setMinimumWidth(720)
        self.finish_layout()

    def submit(self) -> None:
        for row in (*self.lines.values(), *self.people.values()):
            if row.approved.value() < row.asked and not row.reason.text().strip():
                self.show_error(self.tr("Alasan wajib diisi bila disetujui kurang dari yang diminta."), row.reason)
                return
        self.set_busy(True)
        ops.write(self.ctx, self, requests.decide_request, self.record.number,
                  lines={k: r.decision() for k, r in self.lines.items()},
                  people={k: r.decision() for k, r in self.people.items()}, note=self.note.text(),
                  on_success=self._done, on_error=self.failed)

    def open_reject(self) -> ReasonDialog:
        dialog = ReasonDialog(
            self.ctx, self.tr("Tolak permintaan"), self.tr("Tolak seluruh {number}").format(number=self.record.number),
            self.tr("Semua barang dan relawan yang diminta ditolak dengan alasan ini."), self.tr("Tolak permintaan"),
            partial(requests.decide_request, number=self.record.number, note=self.note.text()), "reject",
            parent=self)
        dialog.accepted.connect(lambda: self._done(dialog.result_record))
        dialog.open()
        return dialog

    def _done(self, record: RequestRecord | None) -> None:
        self.decided = record
        self.accept()


class ReasonDialog(FormDialog):
    """One reason, then one write: a whole request refused, or a request cancelled.  ``service`` is a
    write service with its arguments bound (``functools.partial``); the reason goes in as ``reason_arg``."""

    def __init__(self, ctx: AppContext, title: str, head: str, note: str, button: str,
                 service: partial, reason_arg: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service, self.reason_arg = ctx, service, reason_arg
        self.result_record: RequestRecord | None = None
        self.setWindowTitle(title)
        self.layout_.addWidget(heading(head, note))
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.ok_button.setText(button)
        self.setMinimumWidth(480)
        self.finish_layout()

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Alasan wajib diisi."), self.reason)
            return
        self.set_busy(True)
        ops.write(self.ctx, self, self.service, **{self.reason_arg: self.reason.text()},
                  on_success=self._done, on_error=self.failed)

    def _done(self, record: RequestRecord) -> None:
        self.result_record = record
        self.accept()


class RequestDispatchDialog(NewDispatchDialog):
    """The new-dispatch dialog filled from a decided request (its incident, requester and region), with
    what is still owed of each approved line: the quantity (within the free stock of the warehouse
    chosen) and, for a need category, the item that answers it."""

    def __init__(self, ctx: AppContext, record: RequestRecord, incidents: list[tuple[str, str]],
                 warehouses: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, incidents, warehouses, parent)
        self.record = record
        self.setWindowTitle(self.tr("Pengiriman untuk {number}").format(number=record.number))
        self._owed_read = ops.CurrentRead(ctx.db, self)
        index = self.incident.findData(record.incident)
        if index < 0:
            self.incident.addItem(f"{record.incident} – {record.incident_name}", record.incident)
            index = self.incident.count() - 1
        self.incident.setCurrentIndex(index)
        self.incident.setEnabled(False)  # the request's incident
        self.destination.setText(f"{texts.label(REQUESTER_KINDS[record.requester_kind])} {record.region_name}")
        self.kind.setCurrentIndex(self.kind.findData(DESTINATION_OF[record.requester_kind]))
        self.region.setText(record.region_code)
        self.recipient.setText(record.requester_name)
        self.position.setText(record.requester_position)
        self.recipient_id.setText(record.requester_id)
        self.owed: list[OwedLine] = []
        self.goods_box = QWidget()
        self.goods_grid = QGridLayout(self.goods_box)
        self.goods_grid.setContentsMargins(0, 0, 0, 0)
        self.picks: list[tuple[QComboBox, QSpinBox]] = []
        self.form.insertRow(2, self.tr("Barang dari permintaan"), self.goods_box)
        self.ok_button.setText(self.tr("Buat pengiriman"))
        self.setMinimumWidth(860)
        self.warehouse.currentIndexChanged.connect(self.read_owed)
        self.read_owed()

    def read_owed(self) -> None:
        warehouse = self.warehouse.currentData()
        if warehouse:
            self._owed_read.start(from_request.owed_lines, self.record, warehouse, on_success=self.show_owed)

    def show_owed(self, owed: list[OwedLine]) -> None:
        self.owed = owed
        while self.goods_grid.count():
            widget = self.goods_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.picks = []
        for r, line in enumerate(owed):
            info = line.line
            label = QLabel(self.tr("{name}: kurang {owed} {unit}").format(
                name=info.item_name, owed=indonesian.quantity(line.owed), unit=texts.label(info.unit)))
            goods = QComboBox()
            for g in line.candidates:
                goods.addItem(self.tr("{name} ({code}) – bebas {free} {unit}").format(
                    name=g.name, code=g.code, free=indonesian.quantity(g.free), unit=texts.label(g.unit)), g)
            spin = select_on_focus(quantity_spin(0))
            spin.setFixedWidth(120)
            goods.currentIndexChanged.connect(lambda _i, o=line, c=goods, s=spin: self._suggest(o, c, s))
            self._suggest(line, goods, spin)
            if not line.candidates:
                goods.addItem(self.tr("tidak ada stok bebas di gudang ini"), None)
                goods.setEnabled(False)
                spin.setEnabled(False)
            self.goods_grid.addWidget(label, 2 * r, 0, 1, 2)  # what is owed above the goods that answer it
            self.goods_grid.addWidget(goods, 2 * r + 1, 0)
            self.goods_grid.addWidget(spin, 2 * r + 1, 1)
            self.picks.append((goods, spin))
        if not owed:
            self.goods_grid.addWidget(QLabel(self.tr("Tidak ada lagi yang terutang dari permintaan ini.")), 0, 0)
        self.goods_grid.setColumnStretch(0, 1)
        if self.isVisible():
            self.fit_height()

    @staticmethod
    def _suggest(line: OwedLine, goods: QComboBox, spin: QSpinBox) -> None:
        chosen = goods.currentData()
        if chosen is not None:
            spin.setMaximum(chosen.free)
            spin.setSuffix(f" {texts.label(chosen.unit)}")
            spin.setValue(line.quantity_of(chosen))

    def chosen_lines(self) -> list[tuple[str, int]]:
        return [(goods.currentData().code, spin.value()) for goods, spin in self.picks
                if goods.currentData() is not None and spin.value() > 0]

    def data(self) -> DispatchInput:
        return replace(super().data(), request=self.record.number)

    def submit(self) -> None:
        if not self.destination.text().strip() or not self.recipient.text().strip():
            self.show_error(self.tr("Tujuan dan nama penerima wajib diisi."))
            return
        self.set_busy(True)
        ops.write(self.ctx, self, from_request.create_for_request, self.data(), self.chosen_lines(),
                  on_success=self._done, on_error=self.failed)

    def _done(self, record: DispatchRecord) -> None:
        self.created = record
        self.accept()
