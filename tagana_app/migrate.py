"""Create and upgrade the database schema with Alembic, copying a SQLite file aside first.

Alembic is imported only when there is something to migrate: every start of the window and
every `tagana` command checks the schema, and an up-to-date database (the usual case) is
recognised from the ``alembic_version`` row and the revision lines of the migration files.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from tagana_app import clock
from tagana_app.db import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 7_420_260_001  # any constant shared by every copy of the program
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def declared_revisions() -> dict[str, str | None]:
    """Every revision the migration files declare, with the revision it revises (read from the
    files' ``revision``/``down_revision`` lines, without importing Alembic)."""
    chain: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(m.groups() for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8")))
        if "revision" in fields:
            chain[ast.literal_eval(fields["revision"])] = ast.literal_eval(fields.get("down_revision", "None"))
    return chain


def head_tables() -> set[str]:
    """The tables of a database at the head revision: the migrations run into an empty in-memory
    SQLite database (what a restore compares a backup with; restores are rare, this takes a moment)."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def declared_head() -> str | None:
    """The head read from the migration files' ``revision``/``down_revision`` lines without
    importing Alembic; None when the files do not give exactly one head (Alembic decides then)."""
    downs: set[str] = set()
    revisions: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(m.groups() for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8")))
        if "revision" not in fields:
            continue
        try:
            revision = ast.literal_eval(fields["revision"])
            down = ast.literal_eval(fields.get("down_revision", "None"))
        except (ValueError, SyntaxError):
            return None
        revisions.add(revision)
        downs.update(down if isinstance(down, tuple | list) else [down] if down else [])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def current_revision(db: Database) -> str | None:
    # A read: on SQLite it must not take the write lock (BEGIN IMMEDIATE) and wait for a writer.
    with db.engine.execution_options(tagana_readonly=True).connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database records several schema heads: {rows}")
    return rows[0] if rows else None


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision()


def copy_aside(path: Path, revision: str | None) -> Path:
    """A consistent copy of a SQLite file (SQLite's online backup) next to it, before an upgrade."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
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
    if revision == "head" and current is not None and current == (declared_head() or head_revision()):
        return None
    from alembic import command

    copy = None
    path = db.sqlite_path
    if path is not None and current is not None and path.exists():
        copy = copy_aside(path, current)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two desktops starting at once: the second waits here, then finds nothing to do.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        current = _current_revision_on(conn)
        if current is not None and current in REPAIRED_BEFORE_UPGRADE:
            repair_history(conn, current)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return copy


# Revisions whose committed migrations were edited afterwards: a database recorded at one of them may
# lack what the following migrations need (see migration 0007), so it is repaired before they run.
REPAIRED_BEFORE_UPGRADE = frozenset({"0001", "0002", "0003", "0004"})
_REPAIR_MIGRATION = "0007_repair_and_login_guard.py"


def _current_revision_on(conn) -> str | None:  # noqa: ANN001
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def repair_history(conn, revision: str) -> None:  # noqa: ANN001
    """Give a database recorded at ``revision`` that revision's true schema, with the repair of
    migration 0007 (which lives there, with its explanation), before the migrations run."""
    import importlib.util

    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    spec = importlib.util.spec_from_file_location("tagana_repair_0007", MIGRATIONS_DIR / "versions" / _REPAIR_MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    context = MigrationContext.configure(conn, opts={"render_as_batch": conn.dialect.name == "sqlite"})
    module.repair(Operations(context), revision)
