"""Start-up time, each figure next to a baseline measured the same way in the same run.

- process start to the **login dialog** shown, next to a bare PySide6 window (target: within 2x);
- **login to the main window** shown: the person types for ``--typing`` seconds, presses Masuk, and
  the time from that press to the main window's show event is printed next to the password check
  alone (argon2 with the program's parameters); target: under 0.5 s plus the password check;
- process start to the **main window** with the TAGANA_AUTOLOGIN aid of ui/app.py (no dialog),
  next to the bare window (target: within 3x), also with a database of 1,000,000 stock movements
  (``--movements 1000000``, made by bench/stock.py's generator);
- ``tagana --version`` and ``tagana --help`` from process start to exit, next to
  ``python -c "import argparse"`` (target: within 3x).

Windows run on Qt's offscreen platform; a window's time is the (system-wide monotonic) time of its
first show event less the time the parent started the process.  ``--root`` measures another
checkout of the program (e.g. an older commit unpacked with ``git archive``) with this venv.

    .venv/bin/python bench/startup.py [--runs 5] [--typing 3] [--movements 1000000] [--db PATH] [--root DIR]
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER, PASSWORD = "bench", "sandi-bench-123"

WATCH_SHOWS = f"USER, PASSWORD = {USER!r}, {PASSWORD!r}\n" + """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

TYPING_S = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0

class Watcher(QObject):
    window_seen = dialog_seen = False
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Show:
            return False
        if not self.dialog_seen and type(obj).__name__ == "LoginDialog":
            self.dialog_seen = True
            print("DIALOG", time.monotonic(), flush=True)
            QTimer.singleShot(int(TYPING_S * 1000), lambda d=obj: self.log_in(d))
        elif not self.window_seen and isinstance(obj, QMainWindow):
            self.window_seen = True
            print("SHOWN", time.monotonic(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
    def log_in(self, dialog):
        dialog.username.setText(USER)
        dialog.password.setText(PASSWORD)
        print("SUBMIT", time.monotonic(), flush=True)
        dialog.ok_button.click()

app = QApplication(sys.argv)
watcher = Watcher()
app.installEventFilter(watcher)
"""

BARE = WATCH_SHOWS + """
from PySide6.QtWidgets import QLabel
window = QMainWindow()
window.setCentralWidget(QLabel("Halo"))
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
"""

TAGANA = WATCH_SHOWS + """
from ui.app import main
sys.exit(main())
"""

CLI = "import sys; from tagana_app.cli import main; sys.exit(main())"


def run_window(code: str, env: dict[str, str], root: Path, *args: str) -> dict[str, float]:
    """Start a Python process running ``code``; the marks it printed, in seconds after its start."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        name, _, value = line.partition(" ")
        if name in ("DIALOG", "SUBMIT", "SHOWN"):
            marks[name] = float(value) - start
    _, err = proc.communicate(timeout=300)
    if "SHOWN" not in marks:
        raise RuntimeError(f"the window was never shown (exit {proc.returncode}):\n{err[-3000:]}")
    return marks


def run_command(argv: list[str], env: dict[str, str], root: Path) -> float:
    """Seconds from starting a process to its exit."""
    start = time.monotonic()
    done = subprocess.run(argv, env=env, cwd=root, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    elapsed = time.monotonic() - start
    if done.returncode != 0:
        raise RuntimeError(f"{argv} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed


def password_check_s(runs: int) -> list[float]:
    """One argon2 verification with the library's recommended parameters (what the program uses)."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    stored = hasher.hash(PASSWORD)
    times = []
    for _ in range(runs):
        started = time.monotonic()
        hasher.verify(stored, PASSWORD)
        times.append(time.monotonic() - started)
    return times


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


def ms(values: list[float]) -> str:
    return (f"{statistics.median(values) * 1000:7.0f} ms (min {min(values) * 1000:.0f}, "
            f"max {max(values) * 1000:.0f})")


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:5.2f}x (target {target:g}x or less: {'met' if ratio <= target else 'NOT met'})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (the median is reported)")
    parser.add_argument("--typing", type=float, default=3.0, help="seconds the person takes to type the password")
    parser.add_argument("--movements", type=int, default=0, help="stock movements in the database")
    parser.add_argument("--db", type=Path, help="keep the database here (reused by later runs)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout of the program to measure")
    args = parser.parse_args()
    root = args.root.resolve()

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
               if not k.startswith("TAGANA_") and k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
        env.update(QT_QPA_PLATFORM="offscreen", TAGANA_DATABASE_URL=str(db_path),
                   TAGANA_CONFIG_DIR=str(tmp_path / "config"), PYTHONPATH=str(root),
                   XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "xdg"))
        auto_env = {**env, "TAGANA_AUTOLOGIN": f"{USER}:{PASSWORD}"}
        (tmp_path / "config").mkdir()
        # No automatic backup when the measured window closes.
        (tmp_path / "config" / "pengaturan.json").write_text('{"local.backup_on_exit": false}')
        typing = str(args.typing)

        measures: dict[str, Callable[[], object]] = {
            "bare": lambda: run_window(BARE, env, root),
            "login": lambda: run_window(TAGANA, env, root, typing),
            "autologin": lambda: run_window(TAGANA, auto_env, root),
            "argparse": lambda: run_command([sys.executable, "-c", "import argparse"], env, root),
            "version": lambda: run_command([sys.executable, "-c", CLI, "--version"], env, root),
            "help": lambda: run_command([sys.executable, "-c", CLI, "--help"], env, root),
        }
        for measure in measures.values():  # warm the file and bytecode caches for all
            measure()
        results: dict[str, list] = {name: [] for name in measures}
        for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits all alike
            for name, measure in measures.items():
                results[name].append(measure())

    bare = [m["SHOWN"] for m in results["bare"]]
    dialog = [m["DIALOG"] for m in results["login"]]
    after_login = [m["SHOWN"] - m["SUBMIT"] for m in results["login"]]
    autologin = [m["SHOWN"] for m in results["autologin"]]
    check = password_check_s(args.runs)
    median = statistics.median
    print(f"program measured: {root}  (median of {args.runs} runs)")
    print(f"bare PySide6 window            : {ms(bare)}")
    print(f"login dialog shown             : {ms(dialog)}  {verdict(median(dialog) / median(bare), 2)}")
    print(f"password check (argon2)        : {ms(check)}")
    over = median(after_login) - median(check)
    print(f"login -> main window shown     : {ms(after_login)}  password check + {over * 1000:.0f} ms "
          f"(target under 500 ms: {'met' if over < 0.5 else 'NOT met'})")
    print(f"main window (autologin)        : {ms(autologin)}  {verdict(median(autologin) / median(bare), 3)}")
    print(f'python -c "import argparse"    : {ms(results["argparse"])}')
    for name in ("version", "help"):
        print(f"tagana --{name:<22}: {ms(results[name])}  "
              f"{verdict(median(results[name]) / median(results['argparse']), 3)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
