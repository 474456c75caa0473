"""What every page and dialog is handed; there is no global application object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window's start-up imports this before the database code is loaded
    from deployment.exchange.sites import SiteInfo
    from tagana_app.accounts import Actor
    from tagana_app.db import Database
    from tagana_app.settings import LocalSettings
    from ui.changes import AppChanges


@dataclass
class AppContext:
    db: Database
    actor: Actor
    local: LocalSettings
    changes: AppChanges
    posko: SiteInfo | None = None  # this installation when it is a posko: its window shows the posko's sections
    provinsi: bool = False  # this installation is a provinsi's: its window shows its districts
