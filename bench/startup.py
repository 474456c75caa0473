"""Start-up time: process start to the main window shown, next to a bare PySide6 window.

Both are measured the same way in the same run: a fresh Python process on Qt's offscreen platform
prints the (system-wide monotonic) time of its first QMainWindow show event; the time the parent
started the process is subtracted.  The program logs in through the TAGANA_AUTOLOGIN aid of
ui/app.py.  Target: the program within 3x of the bare window, also with a database of 1,000,000
stock movements (``--movements 1000000``, made by bench/stock.py's generator).

    .venv/bin/python bench/startup.py [--runs 5] [--movements 1000000] [--db PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER, PASSWORD = "bench", "sandi-bench-123"

WATCH_FIRST_SHOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstShow(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Show and isinstance(obj, QMainWindow):
            self.seen = True
            print("SHOWN", time.monotonic(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv)
watcher = FirstShow()
app.installEventFilter(watcher)
"""

BARE = WATCH_FIRST_SHOW + """
from PySide6.QtWidgets import QLabel
window = QMainWindow()
window.setCentralWidget(QLabel("Halo"))
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
"""

TAGANA = WATCH_FIRST_SHOW + """
from ui.app import main
sys.exit(main())
"""


def measure(code: str, env: dict[str, str]) -> float:
    """Seconds from starting a Python process running ``code`` to its first main-window show."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    shown = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SHOWN "):
            shown = float(line.split()[1])
    _, err = proc.communicate(timeout=300)
    if shown is None:
        raise RuntimeError(f"the window was never shown (exit {proc.returncode}):\n{err[-3000:]}")
    return shown - start


def prepare_database(path: Path, movements: int) -> str:
    """A migrated database with the bench user, and ``movements`` stock movements when asked."""
    from tagana_app import accounts, migrate
    from tagana_app.db import Database

    db = Database.open(str(path))
    migrate.upgrade(db)

    def add_user(session):  # noqa: ANN001, ANN202
        if not accounts.has_users(session):
            accounts.create_user(session, None, USER, "admin", PASSWORD, "Pengukur")

    db.write(add_user)
    if movements:
        existing = count_movements(path)
        if existing == 0:
            generate_with_bench_stock(db, movements)
        elif existing < movements:
            print(f"(reusing the {existing:,} movements already in {path})")
    db.dispose()
    return str(path)


def count_movements(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        try:
            return conn.execute("SELECT count(*) FROM stock_movement").fetchone()[0]
        except sqlite3.OperationalError:
            raise SystemExit("this database has no stock_movement table (the inventory migration)") from None


def generate_with_bench_stock(db, movements: int) -> None:  # noqa: ANN001
    """The ledger made by bench/stock.py's ``generate(db, movements=...)`` (the inventory's own)."""
    spec = importlib.util.spec_from_file_location("bench_stock", ROOT / "bench" / "stock.py")
    if spec is None or spec.loader is None:
        raise SystemExit("bench/stock.py is missing: it generates the stock movements")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(db, movements=movements, report=lambda line: None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (the median is reported)")
    parser.add_argument("--movements", type=int, default=0, help="stock movements in the database")
    parser.add_argument("--db", type=Path, help="keep the database here (reused by later runs)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tagana-bench-") as tmp:
        tmp_path = Path(tmp)
        db_path = args.db or tmp_path / "bench.db"
        started = time.monotonic()
        prepare_database(db_path, args.movements)
        if args.movements:
            print(f"database: {count_movements(db_path):,} stock movements "
                  f"(prepared in {time.monotonic() - started:.1f} s)")
        # As on an office computer: bytecode cached after the first (warm-up) start.
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("TAGANA_") and k != "PYTHONDONTWRITEBYTECODE"}
        env.update(QT_QPA_PLATFORM="offscreen", TAGANA_DATABASE_URL=str(db_path),
                   TAGANA_AUTOLOGIN=f"{USER}:{PASSWORD}", TAGANA_CONFIG_DIR=str(tmp_path / "config"),
                   XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "xdg"))
        (tmp_path / "config").mkdir()
        # No automatic backup when the measured window closes.
        (tmp_path / "config" / "pengaturan.json").write_text('{"local.backup_on_exit": false}')

        measure(BARE, env)  # warm the file cache for both
        measure(TAGANA, env)
        bare, program = [], []
        for _ in range(args.runs):
            bare.append(measure(BARE, env))
            program.append(measure(TAGANA, env))

    bare_ms, program_ms = statistics.median(bare) * 1000, statistics.median(program) * 1000
    ratio = program_ms / bare_ms
    print(f"bare PySide6 window   : {bare_ms:7.0f} ms (median of {args.runs}; "
          f"min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"Tagana main window    : {program_ms:7.0f} ms (median of {args.runs}; "
          f"min {min(program) * 1000:.0f}, max {max(program) * 1000:.0f})")
    print(f"ratio                 : {ratio:7.2f}x  (target 3x or less: {'met' if ratio <= 3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
