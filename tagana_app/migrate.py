"""Create and upgrade the database schema with Alembic, copying a SQLite file aside first."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tagana_app.db import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 7_420_260_001  # any constant shared by every copy of the program


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def current_revision(db: Database) -> str | None:
    # A read: on SQLite it must not take the write lock (BEGIN IMMEDIATE) and wait for a writer.
    with db.engine.execution_options(tagana_readonly=True).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision()


def copy_aside(path: Path, revision: str | None) -> Path:
    """A consistent copy of a SQLite file (SQLite's online backup) next to it, before an upgrade."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.sebelum-upgrade-{revision or 'kosong'}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the copy made aside, if any."""
    current = current_revision(db)
    if current == head_revision() and revision == "head":
        return None
    copy = None
    path = db.sqlite_path
    if path is not None and current is not None and path.exists():
        copy = copy_aside(path, current)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two desktops starting at once: the second waits here, then finds nothing to do.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return copy
