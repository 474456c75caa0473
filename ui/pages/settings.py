"""The settings page: the office profile, the office rules and numbering, this desktop's settings, the users,
the office's certificate for electronic signatures."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.esign_panel import EsignPanel
from ui.pages.local_settings import LocalSettingsForm
from ui.pages.office_profile import OfficeProfileForm
from ui.pages.office_rules import OfficeRulesForm
from ui.pages.users import UsersPanel


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("pageTitle")
        self.office = OfficeProfileForm(ctx)
        self.rules = OfficeRulesForm(ctx)  # scrolls inside, so its buttons stay in view
        self.local = LocalSettingsForm(ctx)
        self.users = UsersPanel(ctx)
        self.esign = EsignPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_scrolled(self.office), self.tr("Profil kantor"))
        self.tabs.addTab(self.rules, self.tr("Aturan && penomoran"))  # && shows one "&" in a tab
        self.tabs.addTab(_scrolled(self.local), self.tr("Komputer ini"))
        self.tabs.addTab(self.users, self.tr("Pengguna"))
        self.tabs.addTab(_scrolled(self.esign), self.tr("Tanda tangan elektronik"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
