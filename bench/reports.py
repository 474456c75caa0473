"""Reports at scale: the stock position and the distribution report at 1,000,000 movements.

    .venv/bin/python bench/reports.py [--movements 1000000] [--dispatches 5000]
                                      [--path /tmp/tagana-bench-reports.db] [--keep] [--postgres URL]

The ledger comes from bench/stock.py's ``generate()``; then issue movements are turned into
dispatch movements (10 per dispatch, over 40 incidents) with their dispatch lines, so the ledger
stays balanced.  Each report is timed (median of several runs, the whole builder: SQL, rows,
totals) next to the plain SQL aggregate underneath it, run in the same session; target within 2x.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import func, insert, select, text  # noqa: E402
from stock import generate, timed  # noqa: E402  (bench/stock.py)

from deployment.dispatch.models import Dispatch, DispatchLine  # noqa: E402
from deployment.models import Incident  # noqa: E402
from deployment.reports import REPORTS, ReportFilter  # noqa: E402
from deployment.reports.distribution import lines_query, sent_query  # noqa: E402
from deployment.reports.stock import position_query  # noqa: E402
from inventory.models import StockMovement  # noqa: E402
from tagana_app import clock, migrate  # noqa: E402
from tagana_app.db import Database  # noqa: E402
from tagana_app.progress import NullProgress  # noqa: E402

KECAMATAN = [f"17.09.{k:02d}" for k in range(1, 12)]


def add_dispatches(db: Database, dispatches: int, seed: int = 11, out: Callable[[str], None] = print) -> int:
    """Turn issue movements into dispatch movements, 10 lines per dispatch; returns the dispatch count."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    now = clock.utcnow()
    with db.engine.begin() as conn:
        user = conn.execute(text("SELECT username FROM app_user ORDER BY id LIMIT 1")).scalar_one()
        incidents = []
        for n in range(1, 41):
            started = now - timedelta(days=700 - n * 17)
            incidents.append({"number": f"KB-BN-{n:04d}", "year": 9000 + n, "seq": n, "disaster_type": "banjir",
                              "name": f"Banjir contoh {n}", "started_at": started,
                              "status": "selesai" if n < 35 else "tanggap_darurat", "created_at": now})
        conn.execute(insert(Incident.__table__), incidents)
        incident_ids = [i for i, in conn.execute(select(Incident.id).order_by(Incident.id))]
        issues = conn.execute(select(StockMovement.id, StockMovement.warehouse_id, StockMovement.item_id,
                                     StockMovement.qty_out, StockMovement.doc_date)
                              .where(StockMovement.kind == "issue").order_by(StockMovement.id)
                              .limit(dispatches * 10)).all()
        by_warehouse: dict[int, list] = defaultdict(list)
        for row in issues:
            by_warehouse[row.warehouse_id].append(row)
        rows, lines, moves = [], [], []
        number = 0
        for wh, group in sorted(by_warehouse.items()):
            for start in range(0, len(group), 10):
                chunk = group[start:start + 10]
                number += 1
                code = f"{number:05d}/KRM/BENCH/{chunk[0].doc_date.year}"
                handed = rng.random() < 0.8
                rows.append({"id": number, "number": code, "incident_id": incident_ids[number % len(incident_ids)],
                             "warehouse_id": wh, "status": "closed" if handed else "sent",
                             "dispatch_date": chunk[0].doc_date, "destination_kind": "kecamatan",
                             "destination": f"Posko contoh {number}",
                             "region_code": KECAMATAN[number % len(KECAMATAN)],
                             "recipient_name": f"Camat contoh {number % 50}", "recipient_position": "Camat",
                             "created_by": user, "created_at": now, "sent_on": chunk[0].doc_date,
                             "bast_number": f"{number:05d}/BAST/BENCH" if handed else None})
                per_item: dict[int, list] = defaultdict(list)
                for m in chunk:
                    per_item[m.item_id].append(m)
                for line_no, (item, ms) in enumerate(per_item.items(), 1):
                    qty = sum(m.qty_out for m in ms)
                    lines.append({"dispatch_id": number, "line_no": line_no, "item_id": item, "quantity": qty,
                                  "received": qty if handed else None, "returned": 0})
                    for part, m in enumerate(ms):
                        moves.append({"mid": m.id, "num": code, "line": line_no, "part": part})
        conn.execute(insert(Dispatch.__table__), rows)
        conn.execute(insert(DispatchLine.__table__), lines)
        conn.execute(text("UPDATE stock_movement SET kind = 'dispatch', doc_type = 'pengiriman', "
                          "doc_number = :num, line_no = :line, part = :part WHERE id = :mid"), moves)
        if not db.is_sqlite:
            conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('dispatch', 'id'), (SELECT max(id) FROM dispatch))")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    out(f"  dibuat: {number:,} pengiriman, {len(lines):,} baris, {len(moves):,} mutasi pengiriman, "
        f"{len(incident_ids)} kejadian dalam {time.perf_counter() - t0:.1f} s")
    return number


def run(db: Database, out: Callable[[str], None] = print, repeat: int = 5) -> None:
    with db.read() as s:
        movements = s.scalar(select(func.count()).select_from(StockMovement))
    out(f"  buku persediaan: {movements:,} mutasi")

    def report(kind: str, flt: ReportFilter) -> Callable[[], object]:
        def go() -> object:
            with db.read() as s:
                return REPORTS[kind].build(s, flt, NullProgress())
        return go

    def aggregate(query) -> Callable[[], object]:  # noqa: ANN001
        def go() -> object:  # the rows as the driver gives them: the cheapest way to read the aggregate
            with db.read() as s:
                return s.connection().execute(query).cursor.fetchall()
        return go

    past = clock.today() - timedelta(days=365)
    cases = [
        ("Posisi stok hari ini", report("stock", ReportFilter()),
         aggregate(position_query(clock.today()))),
        (f"Posisi stok per {past:%d-%m-%Y}", report("stock", ReportFilter(as_of=past)),
         aggregate(position_query(past))),
        ("Rekap distribusi (semua kejadian)", report("distribution", ReportFilter()), aggregate(sent_query())),
    ]
    for label, built, plain in cases:
        built()
        plain()  # warm the cache for both
        rows = len(built().rows)
        report_ms, plain_ms = timed(built, repeat), timed(plain, repeat)
        verdict = "OK" if report_ms <= 2 * plain_ms else "LEBIH DARI 2x"
        out(f"{label:<36} laporan {report_ms:8.1f} ms ({rows:,} baris) | agregat SQL {plain_ms:8.1f} ms "
            f"-> {report_ms / plain_ms:4.2f}x  (target <= 2x: {verdict})")
    # The distribution report also needs each line's received/returned counts: its own SQL (the
    # aggregate joined to the dispatch lines), for a second, fairer point of comparison.
    own = aggregate(lines_query())
    own()
    own_ms, dist_ms = timed(own, repeat), timed(cases[2][1], repeat)
    out(f"{'  distribusi: SQL laporan sendiri':<36} laporan {dist_ms:8.1f} ms | agregat + baris {own_ms:8.1f} ms "
        f"-> {dist_ms / own_ms:4.2f}x")
    with db.read() as s:
        report_rows = REPORTS["stock"].build(s, ReportFilter(), NullProgress()).rows
        levels = dict(((w, i), q) for w, i, q in s.execute(text(
            "SELECT w.code, i.code, l.on_hand FROM stock_level l JOIN warehouse w ON w.id = l.warehouse_id "
            "JOIN item i ON i.id = l.item_id WHERE l.on_hand <> 0")))
    assert {(r.warehouse, r.item): r.quantity for r in report_rows} == levels, "posisi stok != saldo"
    out("  periksa: posisi stok hari ini sama dengan saldo stock_level")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--dispatches", type=int, default=5000)
    parser.add_argument("--path", default="/tmp/tagana-bench-reports.db")
    parser.add_argument("--keep", action="store_true", help="reuse the SQLite file when it already exists")
    parser.add_argument("--postgres", metavar="URL", help="also run on a fresh database on this server")
    args = parser.parse_args(argv)
    targets: list[tuple[str, Database, bool]] = []
    path = Path(args.path)
    fresh = not (args.keep and path.exists())
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    targets.append(("SQLite " + str(path), Database.open(str(path)), fresh))
    if args.postgres:
        from sqlalchemy.engine import make_url

        base = make_url(args.postgres).set(drivername="postgresql+psycopg")
        name = f"tagana_bench_reports_{clock.now():%H%M%S}"
        admin = Database.open(base.render_as_string(hide_password=False)).engine.execution_options(
            isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        targets.append(("PostgreSQL " + name, Database.open(base.set(database=name)), True))
    for label, db, make in targets:
        print(f"== {label}")
        if make:
            migrate.upgrade(db)
            generate(db, movements=args.movements)
            add_dispatches(db, args.dispatches)
        run(db)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
