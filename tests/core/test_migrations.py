"""The migration chain: one head, a fresh database built by it, and the models matching it."""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect

import deployment
import inventory
import tagana_app
from tagana_app import migrate
from tagana_app.db import Database
from tagana_app.models import Base
from tests.conftest import _backends


def all_models() -> MetaData:
    """Every table a module of the program declares: each module of the domain packages imported
    (so a package's new models cannot be left out of the comparison)."""
    for package in (tagana_app, inventory, deployment):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.startswith("tagana_app.migrations"):  # Alembic's scripts run inside Alembic
                importlib.import_module(info.name)
    return Base.metadata


def _empty_database(request: pytest.FixtureRequest, tmp_path, backend: str) -> Database:  # noqa: ANN001
    if backend == "sqlite":
        return Database.open(str(tmp_path / "kosong.db"))
    server = request.getfixturevalue("postgres_server")
    return Database.open(server.create())


@pytest.fixture(params=_backends())
def empty_db(request: pytest.FixtureRequest, tmp_path):  # noqa: ANN001, ANN201
    """A database with no tables at all, on each backend (PostgreSQL only when configured)."""
    db = _empty_database(request, tmp_path, request.param)
    yield db
    db.dispose()


def test_exactly_one_head_and_a_linear_chain():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert migrate.head_revision() == scripts.get_current_head()
    revisions = list(scripts.walk_revisions())
    assert len(scripts.get_bases()) == 1 and scripts.get_bases() == ["0001"]
    for rev in revisions:
        assert not rev.is_merge_point and not rev.is_branch_point, rev.revision


def test_upgrade_from_empty_reaches_head_and_models_match(empty_db):
    assert migrate.current_revision(empty_db) is None
    assert migrate.needs_upgrade(empty_db)
    copy = migrate.upgrade(empty_db)
    assert copy is None  # nothing to copy aside: the database was empty
    assert migrate.current_revision(empty_db) == migrate.head_revision()
    assert not migrate.needs_upgrade(empty_db)
    assert migrate.upgrade(empty_db) is None  # already at head: nothing happens

    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, all_models())
    assert differences == []


def test_every_model_table_is_created(empty_db):
    migrate.upgrade(empty_db)
    tables = set(inspect(empty_db.engine).get_table_names())
    assert set(all_models().tables) <= tables
    assert "alembic_version" in tables


def test_downgrade_to_base_and_up_again(empty_db):
    migrate.upgrade(empty_db)
    cfg = migrate.alembic_config()
    with empty_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert migrate.current_revision(empty_db) is None
    assert set(inspect(empty_db.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(empty_db)
    assert migrate.current_revision(empty_db) == migrate.head_revision()


def test_older_sqlite_file_is_copied_aside_before_upgrade(tmp_path):
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    head = migrate.head_revision()
    older = scripts.get_revision(head).down_revision
    path = tmp_path / "tagana.db"
    db = Database.open(str(path))
    # A file one revision behind head; while 0001 is the only revision, a file at 0001 upgraded
    # to an explicit revision takes the same path (a versioned SQLite file is copied first).
    start, target = (older, "head") if isinstance(older, str) else (head, head)
    migrate.upgrade(db, start)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_setting (key, value, updated_at) "
                             "VALUES ('office.name', '{\"v\": \"DINAS LAMA\"}', '2026-01-01 00:00:00')")
    copy = migrate.upgrade(db, target)
    assert copy is not None and copy.exists() and copy.parent == path.parent and copy != path
    assert f"sebelum-upgrade-{start}" in copy.name
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (start,)
        assert conn.execute("SELECT value FROM app_setting WHERE key='office.name'").fetchone() == \
            ('{"v": "DINAS LAMA"}',)
    assert migrate.current_revision(db) == head
    db.dispose()


def test_new_database_is_not_copied_aside(tmp_path):
    path = tmp_path / "baru.db"
    db = Database.open(str(path))
    assert migrate.upgrade(db) is None
    assert [p.name for p in tmp_path.iterdir() if "sebelum-upgrade" in p.name] == []
    db.dispose()


def test_copy_aside_is_a_consistent_copy_of_a_live_wal_file(tmp_path):
    path = tmp_path / "tagana.db"
    db = Database.open(str(path))
    migrate.upgrade(db)
    # Leave committed data in the WAL (the connection stays open, no checkpoint yet).
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_setting (key, value, updated_at) "
                             "VALUES ('office.city', '{\"v\": \"Karang Tinggi\"}', '2026-01-01 00:00:00')")
    revision = migrate.current_revision(db)
    copy = migrate.copy_aside(path, revision)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT value FROM app_setting WHERE key='office.city'").fetchone()
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    db.dispose()


def test_declared_head_read_from_the_files_is_alembics_head():
    assert migrate.declared_head() == migrate.head_revision()


def test_an_up_to_date_database_opens_without_importing_alembic(sqlite_db):
    """Start-up of the window and of every command: the schema check alone must stay cheap."""
    import subprocess
    import sys

    code = ("import sys; from tagana_app import bootstrap; from tagana_app.settings import LocalSettings\n"
            f"db = bootstrap.open_database({str(sqlite_db.sqlite_path)!r}, LocalSettings())\n"
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
