"""The database engine: SQLite's pragmas and locking, the network-share refusal, PostgreSQL retries."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL

from tagana_app import db as dbmod
from tagana_app.db import Database, DatabaseBusy, make_engine, network_filesystem, resolve_url
from tagana_app.errors import DatabaseLocationRefused
from tagana_app.models import DocumentSequence

INCREMENTS = 200


# --- where the database is -----------------------------------------------------------------------

def test_resolve_url_plain_path_env_and_postgres_driver(tmp_path, monkeypatch):
    monkeypatch.delenv(dbmod.ENV_URL, raising=False)
    url = resolve_url(str(tmp_path / "a.db"))
    assert url.get_backend_name() == "sqlite" and Path(url.database) == tmp_path / "a.db"
    monkeypatch.setenv(dbmod.ENV_URL, "postgresql://kantor@server/tagana")
    assert resolve_url().drivername == "postgresql+psycopg"
    assert resolve_url(str(tmp_path / "b.db")).database.endswith("b.db")  # explicit wins
    monkeypatch.delenv(dbmod.ENV_URL)
    assert resolve_url().database.endswith("tagana.db")  # the user's data folder


# --- SQLite --------------------------------------------------------------------------------------

def test_sqlite_pragmas_on_a_fresh_connection(sqlite_db):
    sqlite_db.dispose()
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS
        conn.rollback()


def test_sqlite_foreign_keys_are_enforced(sqlite_db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        sqlite_db.write(lambda s: s.execute(text(
            "INSERT INTO document_print (document_id, copy_no, code, content, printed_by_name, printed_at) "
            "VALUES (999, 0, 'x', '{}', 'x', '2026-01-01 00:00:00')")))


def _increment_many(url: str, times: int) -> None:
    """Child process: read the counter, then write it back plus one, ``times`` times."""
    database = Database.open(url)

    def work(session):  # noqa: ANN001, ANN202
        row = session.get(DocumentSequence, ("uji", 2026))
        value = row.last_value  # read ...
        row.last_value = value + 1  # ... then write, in the same transaction
        session.flush()

    for _ in range(times):
        database.write(work)
    database.dispose()


@pytest.mark.slow
def test_sqlite_write_transactions_begin_immediate_so_two_processes_never_lose_an_update(sqlite_db):
    sqlite_db.write(lambda s: s.add(DocumentSequence(doc_type="uji", year=2026, last_value=0)))
    url = str(sqlite_db.sqlite_path)
    sqlite_db.dispose()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_increment_many, args=(url, INCREMENTS)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    assert [p.exitcode for p in procs] == [0, 0]
    with sqlite_db.read() as s:
        assert s.get(DocumentSequence, ("uji", 2026)).last_value == 2 * INCREMENTS


def test_sqlite_write_begins_immediate_and_read_begins_deferred(sqlite_db):
    statements: list[str] = []

    from sqlalchemy import event

    @event.listens_for(sqlite_db.engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, *args):  # noqa: ANN001, ANN002, ANN202
        if statement.startswith("BEGIN"):
            statements.append(statement)

    sqlite_db.write(lambda s: s.execute(select(1)))
    with sqlite_db.read() as s:
        s.execute(select(1))
    assert statements == ["BEGIN IMMEDIATE", "BEGIN DEFERRED"]


def test_sqlite_reader_does_not_wait_for_a_writer(sqlite_db):
    sqlite_db.write(lambda s: s.add(DocumentSequence(doc_type="uji", year=2026, last_value=1)))
    writer = sqlite_db.engine.connect()
    try:
        writer.begin()  # BEGIN IMMEDIATE: holds the write lock
        writer.execute(text("UPDATE document_sequence SET last_value = 2 WHERE doc_type = 'uji'"))
        with sqlite_db.read() as s:
            # With no busy wait at all, any lock conflict would raise at once instead of waiting.
            s.connection().exec_driver_sql("PRAGMA busy_timeout = 0")
            assert s.get(DocumentSequence, ("uji", 2026)).last_value == 1  # the committed value
            s.connection().exec_driver_sql(f"PRAGMA busy_timeout = {dbmod.BUSY_TIMEOUT_MS}")
        writer.commit()
    finally:
        writer.close()
    with sqlite_db.read() as s:
        assert s.get(DocumentSequence, ("uji", 2026)).last_value == 2


def test_a_second_writer_is_refused_while_the_lock_is_held(sqlite_db):
    """BEGIN IMMEDIATE takes the lock at BEGIN: a second writer cannot even start its transaction."""
    import sqlite3

    writer = sqlite_db.engine.connect()
    try:
        writer.begin()
        other = sqlite3.connect(sqlite_db.sqlite_path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        writer.rollback()
    finally:
        writer.close()


def test_write_rolls_back_everything_on_error(db):
    def work(session):  # noqa: ANN001, ANN202
        session.add(DocumentSequence(doc_type="batal", year=2026, last_value=5))
        session.flush()
        raise RuntimeError("gagal di tengah jalan")

    with pytest.raises(RuntimeError):
        db.write(work)
    with db.read() as s:
        assert s.get(DocumentSequence, ("batal", 2026)) is None


# --- network shares ------------------------------------------------------------------------------

MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/kantor", "nfs4"), ("/media/bersama", "cifs"),
          ("/mnt/kantor/lokal", "ext4")]


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/kantor/tagana.db", "nfs4"),
    ("/media/bersama/data/tagana.db", "cifs"),
    ("/mnt/kantor/lokal/tagana.db", None),  # the deepest mount point wins
    ("/mnt/kantorku/tagana.db", None),  # a prefix of the name is not inside the mount
    ("/home/staf/tagana.db", None),
    ("//server/berbagi/tagana.db", "UNC"),
    ("\\\\server\\berbagi\\tagana.db", "UNC"),
])
def test_network_filesystem_detection(path, expected):
    assert network_filesystem(Path(path), mounts=MOUNTS) == expected


@pytest.mark.parametrize("fs", ["nfs", "cifs"])
def test_sqlite_on_a_network_mount_is_refused(tmp_path, monkeypatch, fs):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(dbmod, "_mount_table", lambda: [("/", "ext4"), (str(share.resolve()), fs)])
    target = share / "sub" / "tagana.db"
    with pytest.raises(DatabaseLocationRefused) as err:
        make_engine(URL.create("sqlite", database=str(target)))
    assert "PostgreSQL" in str(err.value) and fs in str(err.value)
    assert not (share / "sub").exists()  # refused before anything was created
    with pytest.raises(DatabaseLocationRefused):
        Database.open(str(target))
    # A local folder is fine.
    make_engine(URL.create("sqlite", database=str(tmp_path / "lokal.db"))).dispose()


def test_sqlite_on_a_unc_path_is_refused():
    with pytest.raises(DatabaseLocationRefused, match="PostgreSQL"):
        make_engine(URL.create("sqlite", database="//server/berbagi/tagana.db"))


# --- PostgreSQL ----------------------------------------------------------------------------------

def test_postgresql_serialization_failure_is_retried(db, db_url):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    db.write(lambda s: s.add(DocumentSequence(doc_type="uji", year=2026, last_value=0)))
    other = create_engine(db.url, isolation_level="AUTOCOMMIT")
    attempts: list[int] = []

    def work(session):  # noqa: ANN001, ANN202
        attempts.append(1)
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        row = session.get(DocumentSequence, ("uji", 2026))  # the snapshot is taken here
        if len(attempts) == 1:
            with other.connect() as conn:  # another desktop changes the row and commits
                conn.execute(text("UPDATE document_sequence SET last_value = last_value + 100 "
                                  "WHERE doc_type = 'uji'"))
        row.last_value += 1
        session.flush()  # 40001 on the first attempt: could not serialize access
        return row.last_value

    try:
        assert db.write(work) == 101
    finally:
        other.dispose()
    assert len(attempts) == 2
    with db.read() as s:
        assert s.get(DocumentSequence, ("uji", 2026)).last_value == 101


def test_postgresql_gives_up_after_bounded_retries(db):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    db.write(lambda s: s.add(DocumentSequence(doc_type="uji", year=2026, last_value=0)))
    other = create_engine(db.url, isolation_level="AUTOCOMMIT")
    attempts: list[int] = []

    def always_conflicting(session):  # noqa: ANN001, ANN202
        attempts.append(1)
        session.connection(execution_options={"isolation_level": "SERIALIZABLE"})
        row = session.get(DocumentSequence, ("uji", 2026))
        with other.connect() as conn:
            conn.execute(text("UPDATE document_sequence SET last_value = last_value + 1 WHERE doc_type = 'uji'"))
        row.last_value += 10  # a real change, so an UPDATE is sent
        session.flush()

    try:
        with pytest.raises(DatabaseBusy):
            db.write(always_conflicting, retries=3)
    finally:
        other.dispose()
    assert len(attempts) == 3
    with db.read() as s:
        assert s.get(DocumentSequence, ("uji", 2026)).last_value == 3  # only the other desktop's


def _terminate_own_backend(session, other) -> None:  # noqa: ANN001
    """Another connection ends the backend serving ``session`` (as a server restart or a dropped
    network would), in the middle of its transaction."""
    pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
    with other.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


def test_postgresql_write_whose_connection_was_lost_is_retried_once_and_books_once(db):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    other = create_engine(db.url, isolation_level="AUTOCOMMIT")
    attempts: list[int] = []

    def work(session):  # noqa: ANN001, ANN202
        attempts.append(1)
        session.add(DocumentSequence(doc_type="uji", year=2026, last_value=1))
        session.flush()  # written in this transaction ...
        if len(attempts) == 1:
            _terminate_own_backend(session, other)  # ... then the connection is lost
        session.execute(text("SELECT 1"))
        return "dibukukan"

    try:
        assert db.write(work) == "dibukukan"
    finally:
        other.dispose()
    assert len(attempts) == 2
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DocumentSequence)) == 1


def test_postgresql_write_is_retried_only_once_after_a_lost_connection(db):
    from sqlalchemy.exc import OperationalError

    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    other = create_engine(db.url, isolation_level="AUTOCOMMIT")
    attempts: list[int] = []

    def always_lost(session):  # noqa: ANN001, ANN202
        attempts.append(1)
        session.add(DocumentSequence(doc_type="uji", year=2026, last_value=1))
        session.flush()
        _terminate_own_backend(session, other)
        session.execute(text("SELECT 1"))

    try:
        with pytest.raises(OperationalError):
            db.write(always_lost)
    finally:
        other.dispose()
    assert len(attempts) == 2
    with db.read() as s:  # the pool reconnects for the next operation
        assert s.scalar(select(func.count()).select_from(DocumentSequence)) == 0


def test_insert_rows_stores_what_an_insert_would_and_rolls_back_with_its_transaction(db):
    from datetime import UTC, date, datetime, timedelta, timezone

    from sqlalchemy.exc import IntegrityError

    from tagana_app.db import insert_rows
    from tagana_app.models import AuditLog, DocumentNumber

    jakarta = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    columns = ("doc_type", "year", "seq", "number", "doc_date", "status", "reason", "entity", "entity_id",
               "print_count", "created_by_name", "created_at", "cancelled_by_name")  # no Python-side defaults
    rows = [("bast", 2026, n, f"{n:03d}/BAST/2026", date(2026, 11, n), "issued", "", "", "", 0, "admin", jakarta, "")
            for n in (1, 2)]

    def work(s):
        insert_rows(s, DocumentNumber.__table__, columns, rows)
        insert_rows(s, DocumentNumber.__table__, columns, [])  # nothing to write is fine
        insert_rows(s, AuditLog.__table__, ("at", "username", "action", "entity", "entity_id", "changes"),
                    [(jakarta, "admin", "uji", "uji", "1", {"jumlah": 5, "catatan": "salinan"})])
    db.write(work)
    with db.read() as s:
        numbers = s.execute(select(DocumentNumber.number, DocumentNumber.doc_date, DocumentNumber.created_at)
                            .order_by(DocumentNumber.seq)).all()
        logged = s.execute(select(AuditLog.at, AuditLog.changes).where(AuditLog.action == "uji")).one()
    assert [tuple(r) for r in numbers] == [("001/BAST/2026", date(2026, 11, 1), jakarta),
                                           ("002/BAST/2026", date(2026, 11, 2), jakarta)]
    assert logged.at == datetime(2026, 11, 23, 2, 30, tzinfo=UTC) and logged.changes == {"jumlah": 5, "catatan": "salinan"}

    def clash(s):  # the same number again: refused, and the good row written before it goes too
        insert_rows(s, DocumentNumber.__table__, columns, [rows[0][:2] + (3, "003/BAST/2026") + rows[0][4:]])
        insert_rows(s, DocumentNumber.__table__, columns, [rows[1]])
    with pytest.raises(IntegrityError):
        db.write(clash)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DocumentNumber)) == 2


def test_postgresql_password_is_never_shown_or_stored(tmp_path, monkeypatch, capsys):
    from tagana_app import settings
    from tagana_app.cli import main
    from tagana_app.errors import DatabasePasswordInUrl

    db = Database.open("postgresql://tagana:rahasia-kantor@127.0.0.1:1/tagana")  # not connected
    assert "rahasia-kantor" not in db.describe() and db.describe() == "PostgreSQL: tagana:***@127.0.0.1:1/tagana"
    db.dispose()
    local = settings.LocalSettings()
    with pytest.raises(DatabasePasswordInUrl, match="PGPASSWORD"):
        local.set(settings.DATABASE_URL, "postgresql://tagana:rahasia-kantor@server/tagana")
    assert "rahasia-kantor" not in (local.path.read_text() if local.path.exists() else "")
    local.set(settings.DATABASE_URL, "postgresql://tagana@server/tagana")  # the password comes from libpq
    # On the command line: accepted, with a warning that others can see it.
    monkeypatch.setenv("TAGANA_USER", "x")
    assert main(["--db", "postgresql://tagana:rahasia-kantor@127.0.0.1:1/tagana", "db", "status"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Peringatan: kata sandi di --db terlihat") and "PGPASSWORD" in err
    assert main(["--db", str(tmp_path / "a.db"), "db", "status"]) == 0
    assert "Peringatan" not in capsys.readouterr().err


def test_postgresql_password_comes_from_pgpassword(db, monkeypatch):
    """libpq reads PGPASSWORD (and ~/.pgpass) when the URL has none: the URL never needs it."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    monkeypatch.setenv("PGPASSWORD", "dari-lingkungan")
    url = db.url.set(password=None)
    other = Database.open(url)
    try:
        with other.engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
            assert conn.connection.driver_connection.info.password == "dari-lingkungan"
    finally:
        other.dispose()
