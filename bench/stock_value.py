"""The nilai persediaan (value of stock) report on about 100,000 batch balances.

    .venv/bin/python bench/stock_value.py [--movements 400000] [--items 2500] [--warehouses 25]
                                          [--path /tmp/tagana-bench-value.db] [--postgres URL]

Generates the ledger with bench/stock.py's generator (2,500 items in 25 warehouses give about
100,000 balances per batch), gives three batches in four a unit price, then prints, measured in the
same run:
- the baseline: a plain stock overview query (every row of ``stock_level`` with item and warehouse
  names, what the "Gudang & Stok" table pages through);
- the stock position report (the ledger summed by document date);
- the value report (the same sum with each movement's batch or unit price), whole report built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text  # noqa: E402

from bench.stock import generate, timed  # noqa: E402
from deployment.reports import REPORTS, ReportFilter  # noqa: E402
from inventory import queries  # noqa: E402
from inventory.models import StockBalance  # noqa: E402
from tagana_app import migrate  # noqa: E402
from tagana_app.db import Database  # noqa: E402
from tagana_app.progress import NullProgress  # noqa: E402
from tagana_app.quantities import grouped  # noqa: E402


def run(db: Database, repeat: int = 3) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE batch SET unit_price = (id % 97 + 1) * 1000 WHERE id % 4 <> 0"))
        conn.exec_driver_sql("ANALYZE")
    with db.read() as s:
        balances = s.scalar(select(func.count()).select_from(StockBalance).where(StockBalance.quantity > 0))

    def overview() -> int:
        with db.read() as s:
            return len(queries.stock_overview(s, None, "warehouse", limit=1_000_000))

    def report(kind: str) -> object:
        with db.read() as s:
            return REPORTS[kind].build(s, ReportFilter(), NullProgress())

    rows = overview()
    value = report("value")
    base = timed(overview, repeat)
    position = timed(lambda: report("stock"), repeat)
    valued = timed(lambda: report("value"), repeat)
    print(f"  {grouped(balances)} saldo batch, {grouped(rows)} baris stok; nilai Rp {grouped(value.total_value)}")
    print(f"  baseline: ikhtisar stok (semua baris)       {base:8.1f} ms")
    print(f"  laporan posisi stok (tanggal dokumen)       {position:8.1f} ms  ({position / base:.1f}x baseline)")
    print(f"  laporan nilai persediaan                    {valued:8.1f} ms  ({valued / base:.1f}x baseline, "
          f"{valued / position:.2f}x posisi stok)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--movements", type=int, default=400_000)
    parser.add_argument("--items", type=int, default=2500)
    parser.add_argument("--warehouses", type=int, default=25)
    parser.add_argument("--path", default="/tmp/tagana-bench-value.db")
    parser.add_argument("--postgres", metavar="URL", help="also run on a fresh database on this server")
    args = parser.parse_args(argv)
    targets: list[tuple[str, Database]] = []
    for suffix in ("", "-wal", "-shm"):
        Path(args.path + suffix).unlink(missing_ok=True)
    targets.append((f"SQLite {args.path}", Database.open(args.path)))
    if args.postgres:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        base = make_url(args.postgres).set(drivername="postgresql+psycopg")
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP DATABASE IF EXISTS tagana_bench_value WITH (FORCE)")
            conn.exec_driver_sql("CREATE DATABASE tagana_bench_value")
        admin.dispose()
        url = base.set(database="tagana_bench_value")
        targets.append((f"PostgreSQL {url.render_as_string(hide_password=True)}", Database.open(url)))
    for label, db in targets:
        print(f"== {label}")
        migrate.upgrade(db)
        generate(db, movements=args.movements, items=args.items, warehouses=args.warehouses)
        run(db)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
