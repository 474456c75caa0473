"""Benchmark: a 20,000-row roster import and the write lock it holds, before and after reading the file first.

Printed, each in the same run:
- baseline: openpyxl just reading the file (read-only mode);
- the import as it was (read and checked inside its write transaction) and as it is
  (``roster.import_roster_file``: read and checked without the write lock, then written): its time and
  how long it held the SQLite write lock;
- a clerk's `tagana stock issue` started in another process while each import runs: how long it took.

Usage: .venv/bin/python bench/imports.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

from deployment import roster  # noqa: E402
from inventory import catalog, stock  # noqa: E402
from inventory.stock import ReceiveLine  # noqa: E402
from tagana_app import accounts, migrate  # noqa: E402
from tagana_app.accounts import Actor  # noqa: E402
from tagana_app.db import Database  # noqa: E402
from tests.deployment.roster_files import write_big_roster  # noqa: E402

PASSWORD = "bench-password-1"


def lock_meter(db: Database) -> list[float]:
    """The lengths of the write transactions (BEGIN IMMEDIATE .. COMMIT/ROLLBACK) on ``db``'s engine."""
    holds: list[float] = []
    started: dict[int, float] = {}

    @event.listens_for(db.engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        if not conn.get_execution_options().get("tagana_readonly"):
            started[id(conn)] = time.perf_counter()

    def _end(conn) -> None:  # noqa: ANN001
        begun = started.pop(id(conn), None)
        if begun is not None:
            holds.append(time.perf_counter() - begun)
    event.listen(db.engine, "commit", _end)
    event.listen(db.engine, "rollback", _end)
    return holds


def fresh(work: Path, name: str) -> tuple[Database, Actor]:
    db = Database.open(str(work / name))
    migrate.upgrade(db)
    info = db.write(lambda s: accounts.create_user(s, None, "admin", "admin", PASSWORD))
    admin = Actor(info.id, info.username, info.role, info.full_name)

    def goods(s) -> None:  # noqa: ANN001
        catalog.add_warehouse(s, admin, "GDG", "Gudang Dinsos", "17.09")
        catalog.add_item(s, admin, "BRS", "Beras", "kg")
        stock.receive_goods(s, admin, "GDG", [ReceiveLine("BRS", 1000)], source="apbd")
    db.write(goods)
    return db, admin


def plain_read(path: Path) -> float:
    from openpyxl import load_workbook

    t = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    sum(1 for _ in book.active.iter_rows(values_only=True))
    book.close()
    return time.perf_counter() - t


def concurrent_issue(database: Path, delay: float) -> subprocess.Popen:
    """`tagana stock issue` in another process, after ``delay`` seconds (in that process's own shell)."""
    tagana = str(Path(sys.executable).parent / "tagana")
    env = {**os.environ, "TAGANA_USER": "admin", "TAGANA_PASSWORD": PASSWORD}
    script = (f"import subprocess, sys, time; time.sleep({delay}); t = time.perf_counter(); "
              f"r = subprocess.run({[tagana, '--db', str(database), 'stock', 'issue', 'GDG', 'BRS', '1', '--to', 'X']!r},"
              f" capture_output=True); print(r.returncode, time.perf_counter() - t)")
    return subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)


def run(label: str, work: Path, path: Path, rows: int, do_import) -> None:  # noqa: ANN001
    db, admin = fresh(work, f"{label}.db")
    holds = lock_meter(db)
    issue = concurrent_issue(db.sqlite_path, 1.0)
    t = time.perf_counter()
    report = do_import(db, admin, path)
    took = time.perf_counter() - t
    code, waited = issue.communicate(timeout=300)[0].split()
    assert report.imported == rows, report.errors[:3]
    print(f"{label:<28} impor {took:6.2f} s   kunci tulis {sum(holds):6.2f} s (terlama {max(holds):5.2f} s)   "
          f"`stock issue` bersamaan: {float(waited):5.2f} s (kode keluar {code})")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-impor-"))
    path = write_big_roster(work / "relawan.xlsx", args.rows)
    print(f"baseline: openpyxl hanya membaca {args.rows:,} baris: {plain_read(path):6.2f} s")
    run("dulu (baca dalam transaksi)", work, path, args.rows,
        lambda db, admin, p: db.write(lambda s: roster.import_roster(s, admin, p)))
    run("kini (baca dulu, lalu tulis)", work, path, args.rows,
        lambda db, admin, p: roster.import_roster_file(db, admin, p))


if __name__ == "__main__":
    main()
