"""The "Pertukaran" page: the sites this one exchanges signed files with, making a file for one of them
("Buat berkas untuk..."), taking a file in ("Ambil berkas..."), and the issues of records that could
not apply here or there.  At an office and at a posko alike."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from deployment.exchange import engine, pairing, sites
from deployment.exchange.engine import PeerStatus
from deployment.exchange.envelope import ExchangeRefused, unpack
from deployment.exchange.outcomes import Made, Outcome
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from ui import dialogs, duties, errors, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.page_frame import page_layout
from ui.table_view import fill_table, setup_table

FILE_FILTER = "Berkas Tagana (*.tagana)"


def _overview(session: Any) -> tuple[list[PeerStatus], list[engine.OpenIssue]]:
    return engine.status(session), engine.open_issues(session)


def _pairing_kind(data: bytes) -> str | None:
    """The sender's code when ``data`` is a reply or a card (they pair a site), else None."""
    try:
        header = unpack(data).header
    except ExchangeRefused:
        return None  # the import says why
    return header["dari"] if header["jenis"] in ("balasan", "kenalan") else None


@changes("sites")
def _card_and_site(session: Session, actor: Actor) -> tuple[Made, sites.SiteInfo]:
    return pairing.make_card(session, actor), sites.self_site(session)


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.peers: list[PeerStatus] = []
        self.issues: list[engine.OpenIssue] = []
        self.saved_to: Path | None = None  # the file made last
        self.outcome: Outcome | None = None           # what the file taken last did
        self._read = ops.CurrentRead(ctx.db, self)
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kode"), self.tr("Nama"), self.tr("Jenis"), self.tr("Status"), self.tr("Sidik jari"),
            self.tr("Terakhir diterima"), self.tr("Terakhir dibuat"), self.tr("Diakui s.d."), self.tr("Ditahan"),
            self.tr("Masalah")])
        setup_table(self.table, stretch=1, widths={0: 90, 2: 80, 3: 100, 4: 270, 5: 140, 6: 140, 7: 70, 8: 60,
                                                   9: 60})  # the fingerprint whole: it is read over the phone
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.export_button = QPushButton(self.tr("Buat berkas untuk..."))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.make_file)
        self.import_button = QPushButton(self.tr("Ambil berkas..."))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.take_file)
        why = duties.refusal(sites.can_exchange, ctx.actor)
        self.import_button.setEnabled(not why)
        for button in (self.export_button, self.import_button):
            button.setToolTip(why)
        self.card_button = QPushButton(self.tr("Buat berkas perkenalan..."))
        self.card_button.setToolTip(self.tr("Untuk berpasangan dengan provinsi (atau, di provinsi, dengan "
                                            "kabupaten/kota): berkas berisi kode dan kunci publik situs ini."))
        self.card_button.clicked.connect(self.make_card)
        self.card_button.setVisible(ctx.posko is None)  # a posko pairs through its set-up file
        self.card_button.setEnabled(not why)
        bar = QHBoxLayout()
        bar.addWidget(self.export_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.card_button)
        self.issue_table = QTableWidget(0, 4)
        self.issue_table.setHorizontalHeaderLabels([self.tr("Situs"), self.tr("Di mana"), self.tr("Data"),
                                                    self.tr("Masalah")])
        setup_table(self.issue_table, stretch=3, widths={0: 100, 1: 80, 2: 220})
        issues_box = QWidget()
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Masalah"))
        heading.setStyleSheet("font-weight: 600;")
        self.no_issues = QLabel(self.tr("Tidak ada masalah: semua data dari berkas yang diterima sudah diterapkan."))
        self.no_issues.setObjectName("muted")
        issues_layout.addWidget(heading)
        issues_layout.addWidget(self.no_issues)
        issues_layout.addWidget(self.issue_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(issues_box)
        layout = page_layout(self, self.tr("Pertukaran"), self.tr(
            "Berkas bertanda tangan yang dibawa dengan flashdisk, surel atau WhatsApp: buat berkas untuk situs yang "
            "dipilih, atau ambil berkas yang datang. Setiap berkas hanya diterapkan sekali dan sesuai urutannya."))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        ctx.changes.changed.connect(self._on_changed)
        self._enable()
        self.refresh()

    def refresh(self) -> None:
        self._read.start(_overview, on_success=lambda result: self.show_overview(*result))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("sites"):
            self.refresh()

    def show_overview(self, peers: list[PeerStatus], issues: list[engine.OpenIssue]) -> None:
        chosen = self.selected()
        self.peers, self.issues = peers, issues
        fill_table(self.table, ([p.code, p.name, texts.label(sites.SITE_KINDS.get(p.kind, p.kind)),
                                 texts.label(sites.SITE_STATUSES.get(p.status, p.status)), p.fingerprint,
                                 self._mark(p.last_in, p.last_in_at), self._mark(p.last_out, p.last_out_at),
                                 p.acked, p.held, p.issues] for p in peers), {7, 8, 9}, fit=False)
        fill_table(self.issue_table, ([i.site, self.tr("di sini") if i.here else self.tr("di sana"),
                                       f"{i.kind} {i.key}", i.message] for i in issues), fit=False)
        self.no_issues.setVisible(not issues)
        codes = [p.code for p in peers]
        if chosen is not None and chosen.code in codes:
            self.table.selectRow(codes.index(chosen.code))
        elif len(peers) == 1:  # a posko has its office only
            self.table.selectRow(0)
        self._enable()

    def _mark(self, seq: int, at: datetime | None) -> str:
        """"no. 3 · 23-11 10:00": the file's number and when it was made or taken here."""
        if not seq:
            return "-"
        return self.tr("no. {seq} · {when}").format(seq=seq, when=clock.local(at).strftime("%d-%m %H:%M")) \
            if at is not None else self.tr("no. {seq}").format(seq=seq)

    def selected(self) -> PeerStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.peers[rows[0].row()] if rows and rows[0].row() < len(self.peers) else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._enable()

    def _enable(self) -> None:
        peer = self.selected()
        self.export_button.setEnabled(peer is not None and peer.status == "aktif"
                                      and not duties.refusal(sites.can_exchange, self.ctx.actor))

    # --- files -------------------------------------------------------------------------------------

    def make_file(self) -> ops.Op | None:
        peer = self.selected()
        if peer is None:
            return None
        return ops.write(self.ctx, self, engine.export, peer.code, on_success=self._made)

    def _made(self, made: Made) -> None:
        path = dialogs.save_file_name(self, self.tr("Simpan berkas pertukaran"), made.name, FILE_FILTER)
        if path is None:
            dialogs.inform(self, self.tr("Berkas pertukaran"), self.tr(
                "Berkas no. {seq} tidak disimpan. Buat berkas lagi kapan saja: isinya dibuat ulang dari data "
                "yang belum diakui.").format(seq=made.seq))
            return
        try:
            path.write_bytes(made.data)
        except OSError as exc:
            dialogs.warn(self, self.tr("Berkas pertukaran"), self.tr(
                "Berkas tidak dapat ditulis ke {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            return
        self.saved_to = path
        dialogs.inform(self, self.tr("Berkas pertukaran"), self.tr(
            "Berkas no. {seq} ({records} data, {size} KB) disimpan di {path}. Kirim berkas ini dengan flashdisk, "
            "surel atau WhatsApp.").format(seq=made.seq, records=made.records, size=max(1, round(made.size / 1024)),
                                           path=path))

    def take_file(self) -> ops.Op | None:
        path = dialogs.open_file_name(self, self.tr("Ambil berkas pertukaran"), "", FILE_FILTER)
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            dialogs.warn(self, self.tr("Ambil berkas"), self.tr("Berkas {path} tidak dapat dibaca: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return None
        spoken = None
        kind = _pairing_kind(data)
        if kind is not None:  # a reply or a card pairs a site: only with the fingerprint read over the phone
            spoken = dialogs.ask_text(self, self.tr("Sidik kunci"), self.tr(
                "Berkas ini memasangkan situs {code} dengan situs ini.\nKetik sidik kunci yang dibacakan petugas "
                "{code} lewat telepon:").format(code=kind))
            if not spoken:
                return None
        return ops.write(self.ctx, self, engine.import_file, data, expect_fingerprint=spoken,
                         on_success=self._taken, on_error=self._refused)

    def make_card(self) -> ops.Op:
        """The card of this site for its provinsi (or, at a provinsi, for a district)."""
        return ops.write(self.ctx, self, _card_and_site, on_success=self._card_made, on_error=self._refused)

    def _card_made(self, made_and_me: tuple[Made, sites.SiteInfo]) -> None:
        made, me = made_and_me
        path = dialogs.save_file_name(self, self.tr("Simpan berkas perkenalan"), made.name, FILE_FILTER)
        if path is None:
            return
        try:
            path.write_bytes(made.data)
        except OSError as exc:
            dialogs.warn(self, self.tr("Berkas perkenalan"), self.tr(
                "Berkas tidak dapat ditulis ke {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            return
        self.saved_to = path
        dialogs.inform(self, self.tr("Berkas perkenalan"), self.tr(
            "Berkas perkenalan {code} disimpan di {path}. Kirim ke situs pasangannya, lalu bacakan sidik kunci "
            "ini lewat telepon:\n\n{fingerprint}").format(code=me.code, path=path, fingerprint=me.fingerprint))

    def _taken(self, outcome: Outcome) -> None:
        self.outcome = outcome
        lines = [texts.tr_text(m, texts.ERRORS) for m in outcome.messages]
        if outcome.status in ("diterapkan", "dipasangkan"):
            lines.insert(0, self.tr("Berkas no. {seq} dari {code}: {applied} data diterapkan, {pending} menunggu, "
                                    "{refused} ditolak.").format(seq=outcome.seq, code=outcome.site_code,
                                                                  applied=outcome.applied, pending=outcome.pending,
                                                                  refused=outcome.refused))
        dialogs.inform(self, self.tr("Berkas dari {code}").format(code=outcome.site_code), "\n".join(lines))

    def _refused(self, exc: BaseException) -> None:
        self.outcome = None
        errors.present_error(self, exc)
