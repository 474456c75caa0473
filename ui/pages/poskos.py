"""The "Posko" page: the office's poskos, and the selected one as its files reported it.

Above, the poskos with their exchange of files (last file received and sent, acknowledged, held,
issues).  Below, the selected posko: its stock, its distributions by village, its open requests, the
volunteers of its incident on site, and what did not apply here or there.  The buttons create a posko
(the "Buat posko" wizard), take a posko's reply with the fingerprint its officer reads, make a waiting
posko's set-up file again, and revoke a posko (pejabat); each is enabled only for whom may.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deployment.exchange import engine, office_view, posko, sites
from deployment.exchange.office_view import PoskoSummary, PoskoView
from deployment.models import REQUEST_STATUSES, SKILLS
from tagana_app import clock, indonesian, outputs
from ui import dialogs, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.duties import refusal
from ui.page_frame import page_layout
from ui.pages.posko_dialogs import CreatePoskoWizard, RevokePoskoDialog, TakeReplyDialog
from ui.posko_setup import write_made
from ui.table_view import fill_table, setup_table


def _when(value: datetime | None) -> str:
    if value is None:
        return "–"
    local = value.astimezone(clock.zone())
    return f"{indonesian.short_date(local.date())} {local:%H:%M}"


def _table(headers: list[str], stretch: int | tuple[int, ...], widths: dict[int, int] | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return setup_table(table, stretch=stretch, widths=widths)


def _page_data(session: Any) -> tuple[list[PoskoSummary], bool]:
    """The poskos, and whether this database is the office's (a posko makes no posko)."""
    me = sites.self_row(session, create=False)
    return office_view.list_poskos(session), me is None or me.kind != "posko"


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], numbers: tuple[int, ...] = ()) -> None:
    """Numbers written the Indonesian way (1.250), right-aligned."""
    fill_table(table, ([value if isinstance(value, str) else indonesian.quantity(value) for value in row]
                       for row in rows), numbers, fit=False)


class PoskoDetail(QFrame):
    """The selected posko: its header (incident, fingerprint, files) and the five tabs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.info = QLabel()
        self.info.setObjectName("muted")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.stock = _table([self.tr("Kode"), self.tr("Barang"), self.tr("Ada"), self.tr("Dipesan"),
                             self.tr("Satuan")], 1, {0: 110, 2: 100, 3: 100, 4: 110})
        self.villages = _table([self.tr("Desa/Kelurahan"), self.tr("Kode"), self.tr("Penerima"), self.tr("Jiwa"),
                                self.tr("Barang disalurkan")], 4, {0: 200, 1: 130, 2: 90, 3: 80})
        self.requests = _table([self.tr("Nomor"), self.tr("Diterima"), self.tr("Pemohon"), self.tr("Wilayah"),
                                self.tr("Status")], 2, {0: 220, 1: 100, 3: 180, 4: 150})
        self.volunteers = _table([self.tr("Nama"), self.tr("Peran"), self.tr("Check-in sejak")], 0, {1: 200, 2: 160})
        self.issues = _table([self.tr("Di mana"), self.tr("Jenis"), self.tr("Catatan"), self.tr("Masalah")], 3,
                             {0: 90, 1: 110, 2: 220})
        for table in (self.stock, self.villages, self.requests, self.volunteers, self.issues):
            table.setMinimumHeight(140)
        self.tab_titles = [self.tr("Stok di posko"), self.tr("Distribusi per desa"), self.tr("Permintaan"),
                           self.tr("Relawan di lokasi"), self.tr("Masalah")]
        for table, title in zip((self.stock, self.villages, self.requests, self.volunteers, self.issues),
                                self.tab_titles, strict=True):
            self.tabs.addTab(table, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        self.show_view(None)

    def show_view(self, view: PoskoView | None) -> None:
        tables = (self.stock, self.villages, self.requests, self.volunteers, self.issues)
        if view is None:
            self.title.setText(self.tr("Pilih posko di daftar, atau buat posko baru."))
            self.info.clear()
            for table in tables:
                table.setRowCount(0)
            self._titles((0, 0, 0, 0, 0))
            return
        p = view.posko
        self.title.setText(self.tr("Posko {code} – {name} · {status}").format(
            code=p.code, name=p.name, status=texts.label(sites.SITE_STATUSES.get(p.status, p.status))))
        self.info.setText("\n".join((
            self.tr("Kejadian: {number} {name}").format(number=p.incident or "–", name=p.incident_name),
            self.tr("Sidik kunci posko: {fingerprint}").format(
                fingerprint=p.fingerprint or self.tr("– (balasan posko belum diambil)")),
            self.tr("Berkas terakhir diterima: nomor {seq} ({when}) · dikirim: nomor {out} ({out_when}), diakui posko "
                    "sampai nomor {acked} · ditahan: {held}").format(
                seq=p.last_in or "–", when=_when(p.last_in_at), out=p.last_out or "–", out_when=_when(p.last_out_at),
                acked=p.acked or "–", held=p.held))))
        _fill(self.stock, [(s.item_code, s.item_name, s.on_hand, s.reserved, texts.label(s.unit)) for s in view.stock],
              numbers=(2, 3))
        _fill(self.villages, [(v.desa_name, v.desa_code, v.recipients, v.people,
                               ", ".join(f"{i.item_name} {indonesian.quantity(i.quantity)} {texts.label(i.unit)}"
                                         for i in v.items)) for v in view.villages], numbers=(2, 3))
        _fill(self.requests, [(r.number, r.received_on, r.requester, r.region,
                               texts.label(REQUEST_STATUSES.get(r.status, r.status))) for r in view.requests])
        _fill(self.volunteers, [(v.name, texts.label(SKILLS.get(v.role, v.role)), _when(v.since))
                                for v in view.volunteers])
        _fill(self.issues, [(self.tr("di kantor") if i.side == "sini" else self.tr("di posko"), texts.label(i.kind_label or i.kind), i.key,
                             (self.tr("menunggu: ") if i.pending else self.tr("ditolak: ")) + i.message)
                            for i in view.issues])
        self._titles((len(view.stock), len(view.villages), len(view.requests), len(view.volunteers),
                      len(view.issues)))

    def _titles(self, counts: tuple[int, ...]) -> None:
        for n, (title, count) in enumerate(zip(self.tab_titles, counts, strict=True)):
            self.tabs.setTabText(n, f"{title} ({count})" if count else title)


class PoskosPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.poskos: list[PoskoSummary] = []
        self.is_office = True
        self._want: str | None = None
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label, handler in (("create", self.tr("Buat posko..."), self.open_create),
                                    ("reply", self.tr("Ambil balasan posko..."), self.open_reply),
                                    ("setup", self.tr("Buat berkas penyiapan lagi..."), self.setup_again),
                                    ("revoke", self.tr("Cabut posko..."), self.open_revoke)):
            button = QPushButton(label)
            button.clicked.connect(handler)
            self.buttons[key] = button
            bar.addWidget(button)
            if key == "reply":
                bar.addStretch(1)
        self.buttons["create"].setObjectName("primary")
        self.table = _table([self.tr("Kode"), self.tr("Nama"), self.tr("Kejadian"), self.tr("Status"),
                             self.tr("Terakhir diterima"), self.tr("Terakhir dikirim"), self.tr("Diakui"),
                             self.tr("Ditahan"), self.tr("Masalah")], 1,
                            {0: 100, 2: 130, 3: 120, 4: 205, 5: 205, 6: 70, 7: 75, 8: 75})
        self.table.setMinimumHeight(110)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = PoskoDetail(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([180, 380])
        layout = page_layout(self, self.tr("Posko"), self.tr(
            "Posko lapangan kantor ini: laptopnya disiapkan dari berkas penyiapan, lalu bertukar berkas bertanda "
            "tangan dengan kantor. Di bawah: apa yang dilaporkan berkas posko terpilih."))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._list_read = ops.CurrentRead(ctx.db, self)
        self._view_read = ops.CurrentRead(ctx.db, self)
        ctx.changes.changed.connect(self._on_changed)
        self._enable()
        self.reload()

    # --- reading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._list_read.start(_page_data, on_success=self._listed)

    def _listed(self, data: tuple[list[PoskoSummary], bool]) -> None:
        poskos, self.is_office = data
        keep = self._want or self.selected_code()
        self._want = None
        self.poskos = poskos
        self.table.blockSignals(True)
        _fill(self.table, [(p.code, p.name, p.incident or "–", texts.label(sites.SITE_STATUSES.get(p.status, p.status)),
                            self._file(p.last_in, p.last_in_at), self._file(p.last_out, p.last_out_at),
                            p.acked or "–", p.held, p.issues) for p in poskos], numbers=(6, 7, 8))
        self.table.clearSelection()
        self.table.blockSignals(False)
        codes = [p.code for p in poskos]
        if keep in codes:
            self.table.selectRow(codes.index(keep))
        elif poskos:
            self.table.selectRow(0)
        self._show_selected()

    def _file(self, seq: int, when: datetime | None) -> str:
        return self.tr("nomor {seq}, {when}").format(seq=seq, when=_when(when)) if seq else "–"

    def selected(self) -> PoskoSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.poskos[rows[0].row()] if rows and rows[0].row() < len(self.poskos) else None

    def selected_code(self) -> str | None:
        found = self.selected()
        return found.code if found else None

    def select(self, code: str) -> None:
        self._want = code
        self.reload()

    def _show_selected(self) -> None:
        self._enable()
        code = self.selected_code()
        if code is None:
            self._view_read.drop()
            self.detail.show_view(None)
            return
        self._view_read.start(office_view.posko_view, code, on_success=self.detail.show_view)

    def _enable(self) -> None:
        actor, chosen = self.ctx.actor, self.selected()
        exchange, revoke = refusal(sites.can_exchange, actor), refusal(sites.can_revoke, actor)
        if not self.is_office:
            exchange = revoke = self.tr("Posko dibuat dan diatur di kantor, bukan di laptop posko.")
        state = {"create": (True, exchange), "reply": (True, exchange),
                 "setup": (chosen is not None and chosen.status == "menunggu", exchange),
                 "revoke": (chosen is not None and chosen.status != "dicabut", revoke)}
        for key, (possible, why) in state.items():
            self.buttons[key].setEnabled(possible and not why)
            self.buttons[key].setToolTip(why)

    # --- actions ------------------------------------------------------------------------------------

    def open_create(self) -> CreatePoskoWizard:
        wizard = CreatePoskoWizard(self.ctx, self)
        wizard.finished.connect(lambda _code: self._created(wizard))
        wizard.open()
        return wizard

    def _created(self, wizard: CreatePoskoWizard) -> None:
        if wizard.made_file is not None:
            self.select(wizard.made_file.site_code)

    def open_reply(self) -> TakeReplyDialog:
        dialog = TakeReplyDialog(self.ctx, self)
        dialog.accepted.connect(lambda: dialog.outcome is not None and self.select(dialog.outcome.site_code))
        dialog.open()
        return dialog

    def setup_again(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status != "menunggu":
            return
        start = outputs.documents_dir(self.ctx.local) / f"{chosen.code}-setup.tagana"
        path = dialogs.save_file_name(self, self.tr("Simpan berkas penyiapan posko"), str(start),
                                      self.tr("Berkas Tagana (*.tagana)"))
        if path is None:
            return
        ctx, code = self.ctx, chosen.code

        def work(session: Any) -> tuple[engine.Made, str]:
            return posko.setup_file(session, ctx.actor, code), sites.self_site(session).fingerprint
        ops.run(self, lambda: write_made(ctx.db, work, path), on_success=lambda result: self._setup_saved(result, path))

    def _setup_saved(self, result: tuple[engine.Made, str], path: Path) -> None:
        made, fingerprint = result
        self.reload()
        dialogs.inform(self, self.tr("Berkas penyiapan disimpan"), self.tr(
            "Berkas penyiapan posko {code} disimpan: {path}.\nBacakan sidik kunci kantor kepada petugas posko: "
            "{fingerprint}").format(code=made.site_code, path=path, fingerprint=fingerprint))

    def open_revoke(self) -> RevokePoskoDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = RevokePoskoDialog(self.ctx, chosen.code, chosen.name, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("sites", "distributions", "requests", "volunteers", "incidents", "stock"):
            self.reload()
