"""The main window: header strip, navigation, one page per section, status bar."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tagana_app import settings
from tagana_app.errors import SessionEnded
from ui import errors, icons, office, ops, texts
from ui.changes import Changes
from ui.context import AppContext
from ui.geometry import GeometryMixin
from ui.pages.placeholder import PlaceholderPage
from ui.sections import Section, sections_for

FIRST_PAGE_DELAY_MS = 30  # long enough for the window's first paint
ACCOUNT_CHECK_EVERY_MS = 60_000  # and whenever a section is shown
log = logging.getLogger(__name__)


def section_title(section: Section) -> str:
    return QCoreApplication.translate("sections", section.title)


def build_page(section: Section, ctx: AppContext) -> QWidget:
    """The section's page, or the "Belum tersedia" page while it has none yet."""
    if section.page is None:
        return PlaceholderPage(section_title(section), QCoreApplication.translate("sections", section.summary))
    return section.page()(ctx)


class HeaderBar(QFrame):
    """The strip at the top: logo, government and office name, the program's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        self.logo = QLabel()
        self.logo.setFixedSize(44, 44)
        self.logo.hide()
        names = QVBoxLayout()
        names.setSpacing(0)
        self.government = QLabel()
        self.government.setObjectName("headerGovernment")
        self.office = QLabel()
        self.office.setObjectName("headerOffice")
        names.addWidget(self.government)
        names.addWidget(self.office)
        self.demo = QLabel(self.tr("DATA CONTOH"))
        self.demo.setObjectName("demoBadge")
        self.demo.setToolTip(self.tr("Basis data ini berisi data contoh; jangan dipakai untuk data sebenarnya."))
        app_name = QLabel(self.tr("Tagana Logistik"))
        app_name.setObjectName("headerApp")
        layout.addWidget(self.logo)
        layout.addLayout(names, 1)
        layout.addWidget(self.demo, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addSpacing(8)
        layout.addWidget(app_name, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_office(self, values: dict[str, Any]) -> None:
        self.government.setText((values.get(settings.GOVERNMENT_NAME.key) or "").upper())
        office_name = values.get(settings.OFFICE_NAME.key) or ""
        self.office.setText(office.display_name({settings.OFFICE_NAME.key: office_name}))
        self.demo.setVisible(bool(values.get(settings.DEMO_DATA.key)))
        pixmap = office.logo_pixmap(values)
        if pixmap is not None:
            self.logo.setPixmap(pixmap.scaled(QSize(44, 44), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        self.logo.setVisible(pixmap is not None)


class MainWindow(GeometryMixin, QMainWindow):
    log_out_requested = Signal()  # "Keluar akun (ganti pengguna)": ui.switch_user.Desk answers it

    def __init__(self, ctx: AppContext, office_values: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.office_values: dict[str, Any] = dict(office_values or {})
        self._pages: dict[str, QWidget] = {}
        self._containers: dict[str, QWidget] = {}
        self._loading: dict[str, QLabel] = {}  # "Memuat..." while a deferred page is built
        self.sections = list(sections_for(ctx.posko, provinsi=ctx.provinsi))

        self.header = HeaderBar()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(icons.line_icon(section.icon), section_title(section))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            if number <= 10:  # Ctrl+1..9, then Ctrl+0 for the tenth
                item.setToolTip(f"Ctrl+{number % 10}")
            self.nav.addItem(item)
            container = QWidget()
            QVBoxLayout(container).setContentsMargins(0, 0, 0, 0)
            self._containers[section.key] = container
            self.stack.addWidget(container)
        self.nav.currentRowChanged.connect(self._show_row)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self._add_shortcuts()
        self.db_label = QLabel(ctx.db.describe())
        self.user_label = QLabel(self.tr("Pengguna: {user} · {role}").format(
            user=ctx.actor.full_name or ctx.actor.username, role=texts.role_label(ctx.actor.role)))
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.log_out_button = QToolButton()
        self.log_out_button.setDefaultAction(self.log_out_action)
        self.statusBar().addPermanentWidget(self.log_out_button)

        self.show_office(self.office_values)
        ctx.changes.changed.connect(self._on_changed)
        self.setMinimumSize(960, 600)
        if not self.restore_geometry(ctx.local, settings.MAIN_WINDOW_GEOMETRY):
            self._first_geometry()
        self.nav.setCurrentRow(0)

    def _first_geometry(self) -> None:
        """No saved geometry yet: fill a small screen (1366x768 is common in offices), else centre."""
        available = self.screen().availableGeometry()
        if available.width() <= 1440 or available.height() <= 900:
            self.setGeometry(available)
        else:
            self.resize(1320, 820)
            self.move(available.center() - self.rect().center())

    # --- sections ------------------------------------------------------------------------------

    def _add_shortcuts(self) -> None:
        for number, section in enumerate(self.sections[:10], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _=False, key=section.key: self.show_section(key))
            self.addAction(action)
        quit_action = QAction(self.tr("Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.log_out_action = QAction(self.tr("Keluar akun (ganti pengguna)"), self)
        self.log_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.log_out_action.setToolTip(self.tr("Tutup semua halaman dan masuk sebagai pengguna lain (Ctrl+Shift+L)"))
        self.log_out_action.triggered.connect(self.log_out_requested)
        self.addAction(self.log_out_action)
        # an account deactivated or given another role meanwhile: back to the login once the refusal was read
        self.ctx.changes.signed_out.connect(self.log_out_requested, Qt.ConnectionType.QueuedConnection)
        self._account_check: ops.Op | None = None
        self._account_timer = QTimer(self, interval=ACCOUNT_CHECK_EVERY_MS)
        self._account_timer.timeout.connect(self.check_account)
        self._account_timer.start()

    def show_section(self, key: str) -> None:
        row = next(i for i, s in enumerate(self.sections) if s.key == key)
        self.nav.setCurrentRow(row)

    def current_section(self) -> str:
        return self.sections[self.nav.currentRow()].key

    def page(self, key: str) -> QWidget:
        """The section's page, built on first use."""
        if key not in self._pages:
            section = next(s for s in self.sections if s.key == key)
            try:
                page = build_page(section, self.ctx)
            except Exception as exc:  # noqa: BLE001 - one broken page must not take the window down
                errors.present_error(self, exc)
                page = PlaceholderPage(section_title(section), self.tr("Bagian ini gagal dimuat; lihat pesan "
                                                                       "kesalahan."))
            if key in self._loading:
                self._loading.pop(key).deleteLater()
            self._containers[key].layout().addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def _show_row(self, row: int, *, deferred: bool = False) -> None:
        if row < 0 or (deferred and row != self.nav.currentRow()):
            return
        key = self.sections[row].key
        self.stack.setCurrentIndex(row)
        if key not in self._pages and not deferred and not self.isVisible():
            # The first page (the dashboard imports its charts and reports) is built once the window
            # is on screen, so the window appears without waiting for those imports.
            if key not in self._loading:
                self._loading[key] = QLabel(self.tr("Memuat..."), alignment=Qt.AlignmentFlag.AlignCenter)
                self._containers[key].layout().addWidget(self._loading[key])
            # With the window as context: the call is dropped if the window is gone by then.
            QTimer.singleShot(FIRST_PAGE_DELAY_MS, self, lambda: self._show_row(row, deferred=True))
            return
        fresh = key not in self._pages
        page = self.page(key)
        if not fresh and hasattr(page, "refresh"):
            page.refresh()
        self.check_account()

    def check_account(self) -> None:
        """Whether the account signed in here is still what it signed in as: deactivated or given another role
        meanwhile (``SessionEnded``), it is said once and the window goes back to the login, so a page of the
        old role (personal data of volunteers, say) is not left open.  Checked whenever a section is shown
        and every minute; writes check it in their own transaction (``ui.ops.write``).  Any other failure of
        this check (a network that comes and goes) says nothing: the next one runs in a minute."""
        if self._account_check is not None:
            return
        from tagana_app import accounts  # not before the window is up (tests/ui/test_app.py)

        self._account_check = ops.read(self.ctx.db, self, accounts.still_signed_in, self.ctx.actor,
                                       on_success=self._account_checked, on_error=self._account_checked)

    def _account_checked(self, outcome: object) -> None:
        self._account_check = None
        if isinstance(outcome, SessionEnded):
            self._account_timer.stop()
            ops.end_session(self, self.ctx.changes, outcome)
        elif isinstance(outcome, BaseException):
            log.info("account check failed: %s", outcome)

    # --- office profile and changes ------------------------------------------------------------

    def show_office(self, values: dict[str, Any]) -> None:
        self.office_values = dict(values)
        self.header.show_office(values)
        posko = self.ctx.posko
        title = (self.tr("Tagana Logistik — {posko} ({code})").format(posko=office.posko_title(posko.name), code=posko.code)
                 if posko is not None else
                 self.tr("Tagana Logistik — {office}").format(office=office.display_name(values)))
        if values.get(settings.DEMO_DATA.key):
            title += self.tr(" — DATA CONTOH")
        self.setWindowTitle(title)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings"):
            ops.read(self.ctx.db, self, settings.office_values, on_success=self.show_office)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry(self.ctx.local, settings.MAIN_WINDOW_GEOMETRY)
        super().closeEvent(event)
