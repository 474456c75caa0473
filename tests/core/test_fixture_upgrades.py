"""Databases made by earlier revisions (tests/fixtures/db, see tests/fixtures/make_fixture.py) upgrade to
the head with their data, and end with the schema of a database made at the head: the fixtures of
released revisions, and those made by commits whose migrations were edited afterwards (repaired by 0007)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from deployment import volunteers as vs
from tagana_app import accounts, migrate
from tagana_app.db import Database
from tests.conftest import _backends
from tests.core.test_migrations import all_models
from tests.fixtures.make_fixture import FOLDER, PASSWORD

FIXTURES = sorted(p.name.removesuffix(".sqlite.sql") for p in FOLDER.glob("*.sqlite.sql"))
EDITED_HISTORY = {"0002-before-document-tables", "0004-before-search-tables", "0004-before-asof-index"}


def load_fixture(name: str, backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    if backend == "sqlite":
        path = tmp_path / f"{name}.db"
        conn = sqlite3.connect(path)
        conn.executescript((FOLDER / f"{name}.sqlite.sql").read_text(encoding="utf-8"))
        conn.close()
        return Database.open(str(path))
    dump = FOLDER / f"{name}.postgresql.sql"
    if not dump.exists():
        pytest.fail(f"{dump.name} is missing: make it with python -m tests.fixtures.make_fixture")
    db = Database.open(request.getfixturevalue("postgres_server").create())
    with db.engine.begin() as conn:
        conn.exec_driver_sql(dump.read_text(encoding="utf-8"))
    return db


def schema(db: Database) -> dict[str, dict]:
    """Tables, columns (type, nullable), primary keys, indexes, unique constraints and foreign keys."""
    result = {}
    with db.engine.connect() as conn:
        insp = inspect(conn)
        for table in sorted(insp.get_table_names()):
            result[table] = {
                "columns": {c["name"]: (str(c["type"]), c["nullable"]) for c in insp.get_columns(table)},
                "pk": tuple(insp.get_pk_constraint(table)["constrained_columns"]),
                "indexes": {ix["name"]: (tuple(ix["column_names"]), bool(ix["unique"]))
                            for ix in insp.get_indexes(table)},
                "unique": sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
                "fks": sorted((tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]))
                              for f in insp.get_foreign_keys(table)),
            }
        conn.rollback()
    return result


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        result = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
        conn.rollback()
    return result


@pytest.fixture(scope="module")
def head_schemas(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[str, dict]:
    made = {}
    for backend in _backends():
        if backend == "sqlite":
            db = Database.open(str(tmp_path_factory.mktemp("head") / "head.db"))
        else:
            db = Database.open(request.getfixturevalue("postgres_server").create())
        migrate.upgrade(db)
        made[backend] = schema(db)
        db.dispose()
    return made


def test_there_is_a_fixture_of_each_released_revision_from_0005_on():
    released = {"0005"}
    assert released <= set(FIXTURES)
    assert EDITED_HISTORY <= set(FIXTURES)
    assert migrate.declared_head() in FIXTURES, "make the head's fixture: python -m tests.fixtures.make_fixture"
    for name in FIXTURES:
        assert (FOLDER / f"{name}.postgresql.sql").exists(), name


@pytest.mark.parametrize("backend", _backends())
@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_upgrades_to_the_head_schema_with_its_data(name, backend, tmp_path, request, head_schemas):
    db = load_fixture(name, backend, tmp_path, request)
    try:
        before = counts(db)
        assert before["app_user"] > 0 and before["volunteer" if "volunteer" in before else "app_user"] > 0
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
        assert schema(db) == head_schemas[backend]
        with db.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                           all_models())
            conn.rollback()
        assert differences == []
        after = counts(db)
        for table, rows in before.items():  # every row is still there (the repair may add search rows)
            assert after[table] >= rows, table
            if table != "volunteer_name_token":
                assert after[table] == rows, table
        if name not in ("0002-before-document-tables",):  # the program works on the upgraded data
            _works(db)
    finally:
        db.dispose()


def _works(db: Database) -> None:
    """Log in, and find a volunteer by a word of the name (the search table the repair fills)."""
    with db.read() as s:
        name = s.scalar(text("SELECT full_name FROM volunteer ORDER BY id LIMIT 1"))
    actor = db.write(lambda s: accounts.authenticate(s, "kepala", PASSWORD))
    assert actor.role == "admin"
    word = name.split()[-1]
    with db.read() as s:
        page = vs.list_volunteers(s, vs.VolunteerFilter(text=word))
    assert page.total >= 1 and name in [row.full_name for row in page.rows]


def test_the_repair_computes_search_keys_as_the_program_does():
    """Migration 0007 keeps its own copy of how skill bits and name words were made."""
    import importlib.util

    from deployment.models import SKILL_BITS

    spec = importlib.util.spec_from_file_location("m0007", migrate.MIGRATIONS_DIR / "versions" /
                                                  migrate._REPAIR_MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._SKILL_BITS == SKILL_BITS
    for name, niat in (("siti nur'aini binti h. ahmad", None), ("budi  santoso-putra", "ntg.0917.0001")):
        assert module._name_tokens(name, niat) == vs.name_tokens(name, niat)
