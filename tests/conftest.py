"""Shared fixtures: offscreen Qt, private folders, the program's clock, and a fresh database per test.

Every database test runs on SQLite and, when TAGANA_TEST_POSTGRES_URL is set (CI sets it), also on
PostgreSQL: the run creates its own throwaway databases on that server and drops them afterwards.

No test depends on the machine's date: every test starts with the program's clock
(``tagana_app.clock``) at ``TEST_NOW``, a fixed instant, or the one given in ``TAGANA_TEST_NOW``
(``make test`` runs the tests marked ``dates`` again at 31 December 23:59, 1 January and
29 February 2028).  Processes a test starts inherit it through ``TAGANA_NOW``.  A test that needs
another moment asks for the ``clock`` fixture: ``clock.set("2027-01-01T00:00")``.
"""

from __future__ import annotations

import os
import queue
import shutil
import sys
import tempfile
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_RUN_DIR = Path(tempfile.mkdtemp(prefix="tagana-test-"))
os.environ["TAGANA_CONFIG_DIR"] = str(_RUN_DIR / "config")
os.environ["XDG_DATA_HOME"] = str(_RUN_DIR / "data")
os.environ["XDG_CONFIG_HOME"] = str(_RUN_DIR / "xdg-config")
os.environ["XDG_DOCUMENTS_DIR"] = str(_RUN_DIR / "documents")
os.environ.pop("TAGANA_DATABASE_URL", None)
TEST_NOW_ENV = "TAGANA_TEST_NOW"
DEFAULT_TEST_NOW = "2026-11-23T10:00:00+07:00"  # a Monday morning in WIB

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from tagana_app import accounts, clock, migrate, signatories  # noqa: E402
from tagana_app.accounts import Actor  # noqa: E402
from tagana_app.db import Database  # noqa: E402

PG_ENV = "TAGANA_TEST_POSTGRES_URL"


def _test_now() -> datetime:
    value = clock.parse_instant(os.environ.get(TEST_NOW_ENV) or DEFAULT_TEST_NOW)
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(clock.ZONES["WIB"]))


TEST_NOW = _test_now()
# Set at import, so module-level dates of the test files (``TODAY = clock.today()``) agree with it.
clock.use_zone(clock.DEFAULT_ZONE)
clock.set_time(TEST_NOW)
os.environ[clock.ENV_NOW] = TEST_NOW.isoformat()


class TestClock:
    """The program's clock as a test sets it; commands started afterwards start at the same instant."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch

    def set(self, instant: str | datetime, *, zone: str | None = None) -> datetime:
        """Move the clock to ``instant`` (text in ISO form; without an offset: in the office's zone)."""
        if zone is not None:
            clock.use_zone(zone)
        value = clock.parse_instant(instant) if isinstance(instant, str) else instant
        if value.tzinfo is None:
            value = value.replace(tzinfo=clock.zone())
        clock.set_time(value)
        self._monkeypatch.setenv(clock.ENV_NOW, value.isoformat())
        return value

    def advance(self, **delta: float) -> datetime:
        return self.set(clock.utcnow() + timedelta(**delta))


@pytest.fixture(autouse=True)
def _clock_at_test_now() -> Iterator[None]:
    """Every test starts at TEST_NOW in WIB, whatever the test before it did."""
    clock.use_zone(clock.DEFAULT_ZONE)
    clock.set_time(TEST_NOW)
    os.environ[clock.ENV_NOW] = TEST_NOW.isoformat()
    yield
    clock.use_zone(clock.DEFAULT_ZONE)


@pytest.fixture
def clock_at(monkeypatch: pytest.MonkeyPatch) -> TestClock:
    """Set the program's clock inside a test (``clock_at.set("2027-01-01T00:00")``)."""
    return TestClock(monkeypatch)
TEST_PASSWORD = "kata-sandi-uji"


# Modules whose tests turn on business dates (numbers, expiry, certificates, rest days, loans, reports,
# the dashboard): marked ``dates`` with the new tests of the calendar's edges, so ``make test`` runs
# them again at a year end and on 29 February.
DATE_SENSITIVE = (
    "tests/core/test_numbering.py", "tests/dispatch/test_documents.py", "tests/dispatch/test_dispatches.py",
    "tests/inventory/test_queries.py", "tests/inventory/test_operations.py",
    "tests/inventory/test_counts_writeoffs.py", "tests/deployment/test_assignments.py",
    "tests/deployment/test_volunteers.py", "tests/deployment/test_incidents.py", "tests/reports/test_reports.py",
    "tests/ui/test_dashboard.py", "tests/ui/test_incidents_page.py",
    "tests/dispatch/test_request_overdue.py", "tests/ui/test_dashboard_requests.py",
)


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001
    root = Path(__file__).resolve().parent.parent
    for item in items:
        if item.path.relative_to(root).as_posix() in DATE_SENSITIVE:
            item.add_marker(pytest.mark.dates)


def pytest_sessionfinish(session, exitstatus) -> None:  # noqa: ANN001
    shutil.rmtree(_RUN_DIR, ignore_errors=True)


def _backends() -> list[str]:
    if os.environ.get(PG_ENV):
        return ["sqlite", "postgresql"]
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI=true but {PG_ENV} is not set: the PostgreSQL tests must run in CI")
    return ["sqlite"]


class PostgresServer:
    """Creates and drops throwaway databases on the server named by TAGANA_TEST_POSTGRES_URL.

    Each DROP DATABASE waits for a checkpoint (seconds each, hundreds per run): the databases a test made
    are dropped by a background thread while the next tests run (``_drop_after_the_test``), and only
    those kept for the session (the templates) and any left over are dropped at the end.
    """

    def __init__(self, url: str) -> None:
        self.base = make_url(url).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []          # dropped at the end of the session
        self.test_made: list[str] | None = None  # made by the running test: dropped once it is over
        self._done: queue.Queue[str | None] = queue.Queue()
        self._dropper = threading.Thread(target=self._drop_released, name="drop-test-databases", daemon=True)
        self._dropper.start()

    def create(self, template: str | None = None, *, keep: bool = False) -> str:
        """A new database (a copy of ``template``); ``keep``: for the whole session, not the running test."""
        name = f"tagana_test_{uuid.uuid4().hex[:12]}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        (self.created if keep or self.test_made is None else self.test_made).append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _drop_released(self) -> None:
        while (name := self._done.get()) is not None:
            try:
                self._drop(name)
            except Exception:  # noqa: BLE001 - dropped again at the end of the session
                self.created.append(name)

    def release(self, names: list[str]) -> None:
        for name in names:
            self._done.put(name)

    def drop_all(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._done.put(None)
        self._dropper.join()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(self._drop, reversed(self.created)))
        self.admin.dispose()


_SERVER: list[PostgresServer] = []  # the session's server, once a test asked for it


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} not set")
    server = PostgresServer(url)
    try:
        with server.admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"PostgreSQL at {url} is not reachable: {exc}")
    _SERVER.append(server)
    yield server
    _SERVER.clear()
    server.drop_all()


@pytest.fixture(autouse=True)
def _drop_after_the_test() -> Iterator[None]:
    """Hand the databases a test made to the background dropper once the test and its fixtures are done
    (set up before every other fixture of the test, so torn down after them)."""
    server = _SERVER[0] if _SERVER else None
    if server is None:
        yield
        return
    server.test_made = []
    yield
    made, server.test_made = server.test_made, None
    server.release(made)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Once a test made the QApplication, the garbage collector belongs to the GUI thread
    (``ui.collector``, as in the program) and nothing else collects: after every test, this thread
    collects what the automatic collector would have, so no thread ever frees a test's widgets."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return  # no Qt in this process yet: the automatic collector has nothing of Qt's to free
    from ui import collector

    collector.install(widgets.QApplication.instance()).check()  # installed already by tests/ui's fixture


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[str, str]:
    """A migrated empty database per backend, made once and copied for every test."""
    made: dict[str, str] = {}
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database.open(str(path))
    migrate.upgrade(db)
    db.dispose()  # closing the last connection checkpoints the WAL into the file
    made["sqlite"] = str(path)
    if "postgresql" in _backends():
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.create(keep=True)
        pg = Database.open(url)
        migrate.upgrade(pg)
        pg.dispose()
        made["postgresql"] = make_url(url).database
    return made


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path, _templates: dict[str, str]) -> str:
    """The URL of a fresh, migrated database of each backend."""
    if request.param == "sqlite":
        target = tmp_path / "tagana.db"
        shutil.copyfile(_templates["sqlite"], target)
        return str(target)
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create(template=_templates["postgresql"])


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _templates: dict[str, str]) -> Iterator[Database]:
    """A fresh migrated SQLite database only (file-level features: backup, restore)."""
    target = tmp_path / "tagana.db"
    shutil.copyfile(_templates["sqlite"], target)
    database = Database.open(str(target))
    yield database
    database.dispose()


def make_user(db: Database, username: str, role: str, admin: Actor | None = None) -> Actor:
    def work(session):  # noqa: ANN001, ANN202
        info = accounts.create_user(session, admin, username, role, TEST_PASSWORD, username.title())
        return Actor(info.id, info.username, info.role, info.full_name)
    return db.write(work)


# The officials who sign the papers in the tests (tagana_app.signatories): user, role, person.
SIGNERS = {
    "kepala_dinas": ("pejabat", "Dra. Wulan Sari, M.Si.", "197001012000032001", "Pembina Utama Muda (IV/c)",
                     "Kepala Dinas Sosial Kabupaten Bengkulu Tengah"),
    "pihak_pertama": ("koordinator", "Drs. Hendra Saputra", "198003152005011002", "Penata Tingkat I (III/d)",
                      "Kepala Bidang Perlindungan dan Jaminan Sosial"),
    "pengurus_barang": ("gudang", "Siti Aminah, S.E.", "199002202015032003", "Penata Muda (III/a)",
                        "Pengurus Barang"),
}


def name_signers(db: Database, admin: Actor) -> dict[str, Any]:
    """Give the signing users their name, NIP, rank and position and name them in the office settings
    (the users of the ``users`` fixture); returns role -> ``signatories.Official``."""
    from tagana_app import settings, signatories

    def work(session):  # noqa: ANN001, ANN202
        for username, name, nip, rank, position in SIGNERS.values():
            accounts.update_user(session, admin, username, full_name=name, nip=nip, rank=rank, position=position)
        settings.set_office(session, admin, {settings.SIGNER_KEPALA_DINAS: SIGNERS["kepala_dinas"][0],
                                             settings.SIGNER_PIHAK_PERTAMA: SIGNERS["pihak_pertama"][0],
                                             settings.SIGNER_PENGURUS_BARANG: SIGNERS["pengurus_barang"][0]})
        return {role: signatories.official(session, role, document="uji") for role in SIGNERS}
    return db.write(work)


@pytest.fixture
def signers(db: Database, users: dict[str, Actor]) -> dict[str, Any]:
    """The users of ``users`` named as the office's signatories (``SIGNERS``)."""
    return name_signers(db, users["admin"])


@pytest.fixture
def admin(db: Database) -> Actor:
    return make_user(db, "admin", "admin")


@pytest.fixture
def users(db: Database, admin: Actor) -> dict[str, Actor]:
    """One actor per role (the admin included)."""
    result = {"admin": admin}
    for role in ("gudang", "koordinator", "pejabat", "pemantau"):
        result[role] = make_user(db, role, role, admin)
    return result


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """The suite hashes thousands of passwords: still argon2id, but with small parameters (the
    program keeps the library's recommended ones; a process started by a test uses those too)."""
    from argon2 import PasswordHasher

    saved = accounts._hasher
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    accounts._hasher = saved


def cli_runner(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
               default_user: str):  # noqa: ANN201
    """`tagana ...` as a script runs it on ``db_url``, as ``user`` (logged in with the test password):
    ``run(*argv, user=...)`` gives (exit status, stdout, stderr); argparse's usage errors are statuses too."""
    from tagana_app.cli import main

    monkeypatch.setenv("TAGANA_PASSWORD", TEST_PASSWORD)

    def run(*argv: str, user: str = default_user) -> tuple[int, str, str]:
        monkeypatch.setenv("TAGANA_USER", user)
        capsys.readouterr()
        try:
            code = main(["--db", db_url, *argv])
        except SystemExit as exc:  # argparse usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


KEEPER = signatories.Official("Rahmat Contoh, S.E.", "198203152009011004", "Pengurus Barang", "Penata Muda (III/a)")


@pytest.fixture
def pengurus_barang(signers: dict[str, Any]) -> signatories.Official:
    """The office's pengurus barang, named in the office settings like every signatory (``signers``)."""
    return signers[signatories.PENGURUS_BARANG]
