"""Where the program keeps its files, and where its bundled resources are."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "tagana-logistik"
APP_AUTHOR = "Dinsos"
DATABASE_URL_ENV = "TAGANA_DATABASE_URL"  # a database URL or SQLite file path, before this desktop's setting


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "tagana.db"


def default_backup_dir() -> Path:
    return data_dir() / "cadangan"


def log_dir() -> Path:
    """The log file and the crash file (tagana_app.logs)."""
    return data_dir() / "log"


def default_documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Tagana Logistik"


def resource(*parts: str) -> Path:
    """A bundled file under resources/ (installed as the package ``tagana_resources``)."""
    base = resources.files("tagana_resources")
    return Path(str(base.joinpath(*parts)))
