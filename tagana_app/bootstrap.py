"""Opening the database the way both the window and the command line do."""

from __future__ import annotations

import os

from tagana_app import migrate, settings
from tagana_app.db import ENV_URL, Database
from tagana_app.settings import DATABASE_URL, LocalSettings


def choose_url(explicit: str | None, local: LocalSettings) -> str | None:
    """--db first, then TAGANA_DATABASE_URL, then this desktop's setting, else the default file."""
    return explicit or os.environ.get(ENV_URL) or local.get(DATABASE_URL) or None


def open_database(explicit: str | None = None, local: LocalSettings | None = None, *,
                  upgrade: bool = True) -> Database:
    db = Database.open(choose_url(explicit, local or LocalSettings()))
    if upgrade:
        migrate.upgrade(db)
        with db.read() as session:  # the office's time zone, for every date the program gives
            settings.apply_office_clock(session)
    return db
