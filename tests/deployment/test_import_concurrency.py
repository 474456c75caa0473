"""A big roster import lets others work: read and checked without the write lock, written in one short
transaction.  Real processes (`tagana`) on one SQLite file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deployment.models import Volunteer
from inventory import catalog, stock
from inventory.stock import ReceiveLine
from tests.conftest import TEST_PASSWORD, make_user

from .roster_files import write_big_roster

ROWS = 20_000


def _lock_holds(path: Path, stop: threading.Event, holds: list[float]) -> None:
    """Probe the SQLite write lock every 20 ms; ``holds`` gets the length of each stretch it was held."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    since: float | None = None
    try:
        while not stop.is_set():
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                if since is not None:
                    holds.append(time.perf_counter() - since)
                    since = None
            except sqlite3.OperationalError:  # locked
                since = since or time.perf_counter()
            time.sleep(0.02)
    finally:
        conn.close()


@pytest.mark.slow
def test_twenty_thousand_row_import_lets_a_clerk_issue(sqlite_db, tmp_path):
    db = sqlite_db
    admin = make_user(db, "admin", "admin")
    gudang = make_user(db, "gudang", "gudang", admin)
    make_user(db, "koordinator", "koordinator", admin)

    def goods(s) -> None:  # noqa: ANN001
        catalog.add_warehouse(s, gudang, "GDG", "Gudang Dinsos", "17.09")
        catalog.add_item(s, gudang, "BRS", "Beras", "kg")
        stock.receive_goods(s, gudang, "GDG", [ReceiveLine("BRS", 1000)], source="apbd")
    db.write(goods)
    path = write_big_roster(tmp_path / "relawan.xlsx", ROWS)
    db.dispose()
    tagana = str(Path(sys.executable).parent / "tagana")
    env = {**os.environ, "TAGANA_PASSWORD": TEST_PASSWORD}
    env.pop("TAGANA_DATABASE_URL", None)
    database = str(db.sqlite_path)

    stop, holds = threading.Event(), []
    probe = threading.Thread(target=_lock_holds, args=(db.sqlite_path, stop, holds))
    probe.start()
    started = time.perf_counter()
    out_file, err_file = (tmp_path / "impor.out").open("w+"), (tmp_path / "impor.err").open("w+")
    importing = subprocess.Popen([tagana, "--db", database, "volunteer", "import", str(path)],
                                 env={**env, "TAGANA_USER": "koordinator"}, stdout=out_file, stderr=err_file,
                                 text=True, stdin=subprocess.DEVNULL)
    issues: list[tuple[float, int, str]] = []
    try:
        while importing.poll() is None:  # one clerk's issue after another, as long as the import runs
            begun = time.perf_counter()
            done = subprocess.run([tagana, "--db", database, "stock", "issue", "GDG", "BRS", "1", "--to", "Posko A"],
                                  env={**env, "TAGANA_USER": "gudang"}, capture_output=True, text=True, timeout=60,
                                  stdin=subprocess.DEVNULL)
            issues.append((time.perf_counter() - begun, done.returncode, done.stderr))
            time.sleep(0.2)
        importing.wait(timeout=120)
        took = time.perf_counter() - started
    finally:
        stop.set()
        probe.join()
        if importing.poll() is None:
            importing.kill()
        out_file.close()
        err_file.close()
    out, err = (tmp_path / "impor.out").read_text(), (tmp_path / "impor.err").read_text()
    assert importing.returncode == 0, err
    assert f"{ROWS} relawan diimpor" in out
    # Issues went through one after another while the import ran (how long each took is measured by
    # bench/imports.py, not asserted here: the machine's load decides it).
    assert len(issues) >= 2 and all(code == 0 for _, code, _ in issues), issues
    # The write lock is held only while the rows are written, not while the file is read and checked
    # (that held it for the whole import: most of its time).
    longest = max(holds, default=0.0)
    assert longest < 0.4 * took, (longest, took, holds)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Volunteer)) == ROWS
