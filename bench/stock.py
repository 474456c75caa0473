"""Stock at scale: 1,000,000 movements over 500 items and 20 warehouses.

    .venv/bin/python bench/stock.py [--movements 1000000] [--items 500] [--warehouses 20]
                                    [--path /tmp/tagana-bench-stock.db] [--postgres URL] [--keep]

Generates the ledger with bulk inserts (balances computed from the same movements, so the
ledger's invariants hold), then prints each figure next to a baseline measured in the same run:
- the stock overview's first page (what the "Gudang & Stok" table shows first) next to the same
  page computed by summing the ledger with GROUP BY; target 20 ms or less and at least 50x faster;
- one issue transaction through the service (FEFO pick, conditional updates, movement, document
  number, audit row) next to a bare one-row INSERT transaction; target under 5 ms on SQLite;
- the "Gudang & Stok" page's first screen (offscreen) next to a bare QTableView of the same rows.
``generate()`` is reused by other benchmarks that need a database with a big ledger.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text  # noqa: E402

from inventory import queries, stock  # noqa: E402
from tagana_app import clock, migrate  # noqa: E402
from tagana_app.accounts import Actor  # noqa: E402
from tagana_app.db import Database  # noqa: E402
from tagana_app.models import AuditLog, User  # noqa: E402

CATEGORIES = ("Pangan", "Sandang & kebersihan", "Peralatan rumah tangga", "Tidur & hunian", "Tenda",
              "Peralatan lapangan")
UNITS = ("paket", "lembar", "unit", "buah", "kg", "liter", "dus")
MOVEMENT_COLUMNS = ("id", "at", "user_id", "warehouse_id", "item_id", "batch_id", "equipment_unit_id", "kind",
                    "qty_in", "qty_out", "doc_type", "doc_number", "doc_date", "line_no", "part", "source",
                    "counterparty", "remarks", "reverses_id")


def _copy_rows(conn, table: str, columns: tuple[str, ...], rows) -> None:  # noqa: ANN001
    """Bulk load: executemany on SQLite, COPY on PostgreSQL."""
    dbapi = conn.connection.driver_connection
    if conn.dialect.name == "sqlite":
        marks = ",".join("?" for _ in columns)
        dbapi.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", rows)
        return
    with dbapi.cursor() as cur, cur.copy(f"COPY {table} ({','.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def generate(db: Database, *, movements: int = 1_000_000, items: int = 500, warehouses: int = 20,
             seed: int = 7, report: Callable[[str], None] = print) -> Actor:
    """Fill an empty, migrated database; returns the warehouse clerk acting in the benchmark."""
    rng = random.Random(seed)
    today = clock.today()
    sqlite = db.is_sqlite
    with db.engine.begin() as conn:
        user_id = conn.execute(insert(User).values(username="gudang", full_name="Petugas gudang (bench)",
                                                   role="gudang", password_hash="-", active=True,
                                                   created_at=clock.utcnow()).returning(User.id)).scalar_one()
    actor = Actor(user_id, "gudang", "gudang")
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        now = clock.utcnow()
        wh_rows = [(w, f"GD{w:02d}", f"Gudang contoh {w:02d}", "gudang" if w == 1 else "lumbung",
                    f"17.09.{(w - 1) % 11 + 1:02d}", "", "", True, now) for w in range(1, warehouses + 1)]
        _copy_rows(conn, "warehouse", ("id", "code", "name", "kind", "region_code", "address", "person_in_charge",
                                       "active", "created_at"), wh_rows)
        item_rows, batch_rows = [], []
        batches_of: dict[int, list[tuple[int, date | None]]] = {}
        next_batch = 1
        for i in range(1, items + 1):
            expires = i % 5 in (0, 1)
            item_rows.append((i, f"BRG{i:04d}", f"Barang contoh {i:04d} {CATEGORIES[i % 6].lower()}",
                              CATEGORIES[i % 6], UNITS[i % 7], "consumable", expires, False, True, now))
            batch_rows.append((next_batch, i, "", None))
            batches_of[i] = [(next_batch, None)]
            next_batch += 1
            if expires:
                batches_of[i] = []
                for b in range(3):
                    expiry = today + timedelta(days=rng.randint(-60, 720))
                    batch_rows.append((next_batch, i, f"B{i:04d}-{b}", expiry))
                    batches_of[i].append((next_batch, expiry))
                    next_batch += 1
        _copy_rows(conn, "item", ("id", "code", "name", "category", "unit", "kind", "expires", "serialized",
                                  "active", "created_at"), item_rows)
        _copy_rows(conn, "batch", ("id", "item_id", "code", "expiry"), batch_rows)

        balance: dict[tuple[int, int, int], int] = defaultdict(int)
        start = now - timedelta(days=730)
        step = timedelta(days=730) / movements
        chunk: list[tuple] = []
        for n in range(1, movements + 1):
            w = rng.randint(1, warehouses)
            i = rng.randint(1, items)
            b, _ = rng.choice(batches_of[i])
            key = (w, i, b)
            have = balance[key]
            if have > 0 and rng.random() < 0.55:
                qty_in, qty_out, kind, party = 0, rng.randint(1, min(have, 40)), "issue", "Posko contoh"
            else:
                qty_in, qty_out, kind, party = rng.randint(5, 120), 0, "receive", "Kemensos"
            balance[key] = have + qty_in - qty_out
            at = start + step * n
            at_value = at.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else at
            chunk.append((n, at_value, user_id, w, i, b, None, kind, qty_in, qty_out, "bench", f"BN{n // 10:06d}",
                          at.date(), n % 10, 0, "", party, "", None))
            if len(chunk) == 50_000:
                _copy_rows(conn, "stock_movement", MOVEMENT_COLUMNS, chunk)
                chunk = []
                if n % 200_000 == 0:
                    report(f"  {n:,} mutasi ({time.perf_counter() - t0:.1f} s)")
        if chunk:
            _copy_rows(conn, "stock_movement", MOVEMENT_COLUMNS, chunk)
        _copy_rows(conn, "stock_balance", ("warehouse_id", "item_id", "batch_id", "quantity", "reserved"),
                   [(w, i, b, q, 0) for (w, i, b), q in balance.items()])
        level: dict[tuple[int, int], list] = {}
        expiry_of = {b: e for i in batches_of for b, e in batches_of[i]}
        for (w, i, b), q in balance.items():
            row = level.setdefault((w, i), [0, None])
            row[0] += q
            e = expiry_of[b]
            if q > 0 and e is not None and (row[1] is None or e < row[1]):
                row[1] = e
        _copy_rows(conn, "stock_level", ("warehouse_id", "item_id", "on_hand", "reserved", "minimum",
                                         "nearest_expiry"),
                   [(w, i, q, 0, rng.choice((0, 0, 50, 200, 1000)), e) for (w, i), (q, e) in level.items()])
        if not sqlite:
            for table in ("warehouse", "item", "batch", "stock_movement"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    report(f"  dibuat: {movements:,} mutasi, {items} barang, {warehouses} gudang, {len(level):,} baris stok, "
           f"{len(balance):,} saldo batch dalam {time.perf_counter() - t0:.1f} s")
    return actor


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


LEDGER_PAGE = """
SELECT i.name, i.code, w.code, SUM(m.qty_in - m.qty_out) AS on_hand
FROM stock_movement m JOIN item i ON i.id = m.item_id JOIN warehouse w ON w.id = m.warehouse_id
GROUP BY i.name, i.code, i.id, w.code
ORDER BY i.name, i.id, w.code
LIMIT 50
"""


def run(db: Database, actor: Actor, out: Callable[[str], None] = print) -> None:
    def first_page(flt: queries.StockFilter | None = None, sort: str = "item") -> list:
        with db.read() as s:
            return queries.stock_overview(s, flt, sort, 50, 0)

    def ledger_page() -> list:
        with db.read() as s:
            return s.execute(text(LEDGER_PAGE)).all()

    page, ledger = first_page(), ledger_page()
    assert [(r.item, r.warehouse, r.on_hand) for r in page] == [(c, w, q) for _, c, w, q in ledger], \
        "overview and ledger disagree"
    for _ in range(3):
        first_page()
    overview_ms = timed(first_page, 30)
    ledger_ms = timed(ledger_page, 3)
    out(f"Ikhtisar stok, halaman pertama (50 baris): {overview_ms:8.2f} ms   "
        f"| dasar: jumlahkan buku besar GROUP BY {ledger_ms:9.1f} ms   -> {ledger_ms / overview_ms:,.0f}x lebih cepat"
        f"   (target <= 20 ms dan >= 50x)")
    with db.read() as s:
        total = queries.count_overview(s)
    variants = [
        ("  cari 'pangan' (LIKE)", lambda: first_page(queries.StockFilter(text="pangan"))),
        ("  filter peringatan", lambda: first_page(queries.StockFilter(alert="any"))),
        ("  urut stok terbanyak", lambda: first_page(sort="-on_hand")),
        ("  halaman ke-100 (offset 4950)", lambda: _page_at(db, 4950)),
        (f"  hitung baris ({total:,})", lambda: _count(db)),
    ]
    for label, fn in variants:
        fn()
        out(f"{label:<40}{timed(fn, 10):8.2f} ms")

    counter = iter(range(10**9))
    run_id = clock.now().strftime("%H%M%S%f")

    def one_issue() -> None:
        i = next(counter)
        db.write(lambda s: stock.issue_goods(s, actor, "GD01", [stock.IssueLine(_in_stock(db), 1)],
                                             recipient=f"Posko {i}"))

    def issue_numbered() -> None:  # the document number given, as when it was issued beforehand
        i = next(counter)
        db.write(lambda s: stock.issue_goods(s, actor, "GD01", [stock.IssueLine(_in_stock(db), 1)],
                                             recipient=f"Posko {i}", doc_number=f"BENCH-{run_id}-{i}"))

    def bare_insert() -> None:
        db.write(lambda s: s.execute(insert(AuditLog).values(user_id=actor.id, username=actor.username,
                                                             action="bench", entity="bench", entity_id="",
                                                             changes={}, at=clock.utcnow())))

    item = _in_stock(db)
    for _ in range(3):
        one_issue()
        bare_insert()
    issue_ms = timed(one_issue, 40)
    given_ms = timed(issue_numbered, 40)
    insert_ms = timed(bare_insert, 40)
    out(f"Satu transaksi pengeluaran ({item}):      {issue_ms:8.2f} ms   | dasar: satu INSERT dalam transaksi "
        f"{insert_ms:6.2f} ms   -> {issue_ms / insert_ms:.1f}x   (target < 5 ms di SQLite)")
    out(f"  idem, nomor dokumen sudah ada          {given_ms:8.2f} ms   (tanpa penomoran otomatis)")
    cpu = time.process_time()
    for _ in range(20):
        one_issue()
    out(f"  waktu CPU proses ini per pengeluaran   {(time.process_time() - cpu) / 20 * 1000:8.2f} ms")


_ITEM: list[str] = []


def _in_stock(db: Database) -> str:
    if not _ITEM:
        with db.read() as s:
            code = s.execute(text(
                "SELECT i.code FROM stock_level l JOIN item i ON i.id = l.item_id JOIN warehouse w ON w.id = "
                "l.warehouse_id WHERE w.code = 'GD01' AND NOT i.expires AND l.on_hand > 500 ORDER BY l.on_hand DESC "
                "LIMIT 1")).scalar_one()
        _ITEM.append(code)
    return _ITEM[0]


def _page_at(db: Database, offset: int) -> list:
    with db.read() as s:
        return queries.stock_overview(s, None, "item", 50, offset)


def _count(db: Database) -> int:
    with db.read() as s:
        return queries.count_overview(s)


def run_ui(db: Database, actor: Actor, out: Callable[[str], None] = print, repeat: int = 5) -> None:
    """The "Gudang & Stok" page's first screen (rows loaded and painted) next to a bare QTableView
    showing the same 50 rows from memory, both offscreen, in the same run."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from tagana_app.settings import LocalSettings
    from ui import ops
    from ui.changes import AppChanges
    from ui.context import AppContext
    from ui.pages.stock import StockPage

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db, actor, LocalSettings(Path("/tmp/tagana-bench-stock-settings.json")), AppChanges())
    with db.read() as s:
        rows = queries.stock_overview(s, None, "item", 50, 0)

    def page() -> None:
        widget = StockPage(ctx)
        widget.resize(1366, 700)
        widget.show()
        while widget.model.rowCount() == 0 or ops.busy():
            app.processEvents()
        widget.table.viewport().repaint()
        widget.close()
        widget.deleteLater()
        app.processEvents()

    def bare() -> None:
        model = QStandardItemModel(len(rows), 8)
        for r, row in enumerate(rows):
            for c, value in enumerate((row.item_name, row.category, row.warehouse, row.on_hand, row.unit,
                                       row.minimum, row.nearest_expiry, row.alert)):
                model.setItem(r, c, QStandardItem("" if value is None else str(value)))
        view = QTableView()
        view.setModel(model)
        view.resize(1366, 700)
        view.show()
        app.processEvents()
        view.viewport().repaint()
        view.close()
        view.deleteLater()
        app.processEvents()

    page()
    bare()
    page_ms, bare_ms = timed(page, repeat), timed(bare, repeat)
    out(f"Layar pertama halaman Gudang & Stok:     {page_ms:8.2f} ms   | dasar: QTableView polos 50 baris dari "
        f"memori {bare_ms:6.2f} ms   -> {page_ms / bare_ms:.1f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--warehouses", type=int, default=20)
    parser.add_argument("--path", default="/tmp/tagana-bench-stock.db")
    parser.add_argument("--postgres", metavar="URL", help="also run on a fresh database on this server")
    parser.add_argument("--keep", action="store_true", help="reuse the SQLite file when it already exists")
    parser.add_argument("--no-ui", action="store_true", help="skip the window's first-screen figure")
    args = parser.parse_args(argv)

    targets: list[tuple[str, Database, bool]] = []
    path = Path(args.path)
    fresh = not (args.keep and path.exists())
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    targets.append(("SQLite " + str(path), Database.open(str(path)), fresh))
    if args.postgres:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        base = make_url(args.postgres).set(drivername="postgresql+psycopg")
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP DATABASE IF EXISTS tagana_bench_stock WITH (FORCE)")
            conn.exec_driver_sql("CREATE DATABASE tagana_bench_stock")
        admin.dispose()
        url = base.set(database="tagana_bench_stock")
        targets.append((f"PostgreSQL {url.render_as_string(hide_password=True)}", Database.open(url), True))

    for label, db, make in targets:
        print(f"== {label}")
        if make:
            migrate.upgrade(db)
            actor = generate(db, movements=args.movements, items=args.items, warehouses=args.warehouses)
        else:
            with db.read() as s:
                uid = s.execute(text("SELECT id FROM app_user WHERE username = 'gudang'")).scalar_one()
            actor = Actor(uid, "gudang", "gudang")
            print("  memakai berkas yang sudah ada")
        _ITEM.clear()
        run(db, actor)
        if db.is_sqlite and not args.no_ui:
            run_ui(db, actor)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
