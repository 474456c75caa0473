"""Opening the database the way both the window and the command line do."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from tagana_app import paths, settings
from tagana_app.settings import DATABASE_URL, LocalSettings

if TYPE_CHECKING:  # loaded by open_database: the window asks new_sqlite_file() before SQLAlchemy is imported
    from tagana_app.db import Database


def choose_url(explicit: str | None, local: LocalSettings) -> str | None:
    """--db first, then TAGANA_DATABASE_URL, then this desktop's setting, else the default file."""
    return explicit or os.environ.get(paths.DATABASE_URL_ENV) or local.get(DATABASE_URL) or None


def new_sqlite_file(explicit: str | None, local: LocalSettings) -> bool:
    """True when the database is a SQLite file that does not exist yet (so the first start is certain)."""
    url = choose_url(explicit, local)
    if url is None:
        path = paths.default_database_path()
    elif "://" not in url:  # a plain file path means SQLite (as tagana_app.db.resolve_url reads it)
        path = Path(url).expanduser()
    elif url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
    else:
        return False
    return not path.exists()


def open_database(explicit: str | None = None, local: LocalSettings | None = None, *,
                  upgrade: bool = True) -> Database:
    from tagana_app import migrate
    from tagana_app.db import Database

    db = Database.open(choose_url(explicit, local or LocalSettings()))
    if upgrade:
        migrate.upgrade(db)
        with db.read() as session:  # the office's time zone, for every date the program gives
            settings.apply_office_clock(session)
    return db
