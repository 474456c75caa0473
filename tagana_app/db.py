"""Database engine, sessions and transactions for SQLite (default) and PostgreSQL.

SQLite: foreign keys on, WAL, a busy timeout, and write transactions that take the write lock at
BEGIN (``BEGIN IMMEDIATE``) so two processes never both read-then-write the same row.  Read-only
sessions begin deferred so that browsing never waits for a writer.
PostgreSQL: serialization failures and deadlocks are retried a bounded number of times.
Both: a write whose connection was lost (the server restarted, the backend was terminated, the
network dropped) is retried once on a fresh connection: it is one transaction, so the retry cannot
book twice.  Reads check their pooled connection before use (``pool_pre_ping``).
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from tagana_app import paths
from tagana_app.errors import DatabaseLocationRefused, TaganaError
from tagana_app.texts import N_

T = TypeVar("T")

ENV_URL = paths.DATABASE_URL_ENV
BUSY_TIMEOUT_MS = 15_000
MAX_RETRIES = 8
RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs",
    "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "lustre", "fuse.rclone",
}


class DatabaseBusy(TaganaError):
    template = N_(
        "errors",
        "Basis data sedang sibuk dipakai proses lain dan transaksi gagal setelah {attempts} kali "
        "percobaan. Coba lagi sebentar lagi."
    )


def resolve_url(value: str | None = None) -> URL:
    """The database to use: an explicit URL or path, else TAGANA_DATABASE_URL, else the user's file."""
    value = value or os.environ.get(ENV_URL) or ""
    if not value:
        return make_url("sqlite:///" + str(paths.default_database_path()))
    if "://" not in value:  # a plain file path means SQLite
        return make_url("sqlite:///" + str(Path(value).expanduser().resolve()))
    url = make_url(value)
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _mount_table() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return []
    table = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            table.append((parts[1].replace("\\040", " "), parts[2]))
    return table


def network_filesystem(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """The network file-system type ``path`` lives on, or None when it is local."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    if sys.platform == "win32" and mounts is None:  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return N_("domain", "jaringan") if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None
    resolved = str(path.resolve()) if mounts is None else text
    best, best_fs = "", None
    for mount_point, fs in mounts if mounts is not None else _mount_table():
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_fs = mount_point, fs
    return best_fs if best_fs in NETWORK_FILESYSTEMS else None


def check_sqlite_location(path: Path) -> None:
    fs = network_filesystem(path.parent if not path.exists() else path)
    if fs:
        raise DatabaseLocationRefused(path=str(path), fs=fs)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        mode = "DEFERRED" if conn.get_execution_options().get("tagana_readonly") else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL | str, *, echo: bool = False) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            path = Path(url.database)
            check_sqlite_location(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def connection_lost(exc: BaseException) -> bool:
    """True when ``exc`` says the database connection itself was lost (not a refused statement)."""
    if isinstance(exc, DisconnectionError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def _is_retryable(exc: DBAPIError) -> bool:
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if sqlstate in RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(orig)


@dataclass
class Database:
    """One database: the engine and the ways to open sessions on it."""

    engine: Engine

    def __post_init__(self) -> None:
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(self.engine.execution_options(tagana_readonly=True), expire_on_commit=False)

    @classmethod
    def open(cls, url: str | URL | None = None) -> Database:
        resolved = url if isinstance(url, URL) else resolve_url(url)
        return cls(make_engine(resolved))

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def describe(self) -> str:
        """How a person would name this database (status bar, `db status`)."""
        if self.is_sqlite:
            return f"SQLite: {self.url.database}"
        return f"PostgreSQL: {self.url.render_as_string(hide_password=True).split('://', 1)[1]}"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def write(self, work: Callable[[Session], T], *, retries: int = MAX_RETRIES) -> T:
        """Run ``work`` in one write transaction; commit, or roll back everything on any error.

        Serialization failures and deadlocks (and a SQLite lock that outlasted the busy timeout)
        are retried with a short random back-off, up to ``retries`` times.  A transaction whose
        connection was lost is retried once, on a fresh connection.
        """
        reconnected = False
        attempt = 0
        while attempt < retries:
            attempt += 1
            session = self._write()
            try:
                with session.begin():
                    result = work(session)
                return result
            except (DBAPIError, DisconnectionError) as exc:
                if connection_lost(exc) and not reconnected:
                    reconnected = True  # the pool has dropped the dead connection; the next one is new
                    attempt -= 1
                    continue
                retryable = isinstance(exc, DBAPIError) and _is_retryable(exc)
                if not retryable or attempt == retries:
                    if retryable:
                        raise DatabaseBusy(attempts=attempt) from exc
                    raise
                time.sleep(random.uniform(0.005, 0.03) * attempt)
            finally:
                session.close()
        raise AssertionError("unreachable")  # pragma: no cover

    def dispose(self) -> None:
        self.engine.dispose()


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert many plain rows (tuples in ``columns`` order) inside the session's transaction, the
    cheapest way each database offers: COPY on PostgreSQL, the driver's executemany on SQLite.

    Each value goes through its column type's bind processing (e.g. UTC timestamps, SQLite dates),
    so the rows are what an ``insert()`` would store; constraints are checked as for any insert.
    Python-side column defaults are not applied: give every column that has no server default.
    """
    connection = session.connection()
    dialect = connection.dialect
    processors = [(n, p) for n, p in enumerate(table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
                                               for c in columns) if p]
    if processors:
        def processed(row: Sequence[Any]) -> tuple[Any, ...]:
            values = list(row)
            for n, process in processors:
                values[n] = process(values[n])
            return tuple(values)
        rows = map(processed, rows)
    names = ", ".join(columns)
    if dialect.name == "postgresql":
        driver = connection.connection.driver_connection  # psycopg, in the session's transaction
        statement = f"COPY {table.name} ({names}) FROM STDIN"
        try:
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it (IntegrityError, retries...)
            raise DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error, dialect=dialect) from exc
        return
    rows = list(rows)
    if rows:  # an empty list would read as "no parameters"
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
