"""The demo data set's load time (the first-start dialog's "Isi dengan data contoh").

Printed next to a baseline measured in the same run: ``tagana init --admin kepala --demo`` from
process start to exit, next to ``tagana init --admin kepala`` (a new database and its first admin,
without the demo data); the difference is the demo data.  Then, in this process, the time of each
part as the progress reports it (office and users, stock, volunteers, dispatches).  And what a
person waits for: the first-start dialog (offscreen) from pressing "Buat admin" with the demo
ticked to the dialog closing, after what the program imports while the form is filled in.  Target:
a few seconds.  Each run starts from a new, empty database (a SQLite file, or with ``--postgres
URL`` a database created on that server and dropped afterwards).  ``--root`` measures another
checkout (the per-part times are then left out).

    .venv/bin/python bench/demo.py [--runs 3] [--postgres postgresql://postgres@127.0.0.1:5432/postgres] [--root DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = "import sys; from tagana_app.cli import main; sys.exit(main())"
PASSWORD = "sandi-bench-123"


@contextmanager
def empty_database(tmp: Path, postgres: str | None) -> Iterator[str]:
    """The URL of a database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    if not postgres:
        yield str(tmp / f"demo-{uuid.uuid4().hex[:8]}.db")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(postgres).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"tagana_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


FIRST_START = """
import inspect, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tagana_app import migrate
from tagana_app.db import Database
from tagana_app.settings import LocalSettings
from ui.login_dialog import FirstStartDialog
db = Database.open(sys.argv[1])
migrate.upgrade(db)
extra = {}
if "load_demo" in inspect.signature(FirstStartDialog.__init__).parameters:  # older checkouts load it themselves
    from ui import app as gui_app
    gui_app.preload_domain()  # what the start-up thread imports while the form is filled in
    extra["load_demo"] = gui_app.load_whole_demo
dialog = FirstStartDialog(db, LocalSettings(Path(sys.argv[2])), **extra)
dialog.show()
dialog.full_name.setText("Pengukur")
dialog.password.setText(sys.argv[3])
dialog.password2.setText(sys.argv[3])
dialog.demo.setChecked(True)
pressed = time.monotonic()
dialog.accepted.connect(lambda: (print("ACCEPTED", time.monotonic() - pressed, flush=True), app.quit()))
dialog.ok_button.click()
app.exec()
"""


def run_first_start(root: Path, env: dict[str, str], url: str, tmp: Path) -> float:
    done = subprocess.run([sys.executable, "-c", FIRST_START, url, str(tmp / "pengaturan.json"), PASSWORD],
                          cwd=root, env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    marks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("ACCEPTED ")]
    if not marks:
        raise RuntimeError(f"the first-start dialog did not finish (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return float(marks[0])


def run_init(root: Path, env: dict[str, str], url: str, *extra: str) -> float:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", CLI, "--db", url, "init", "--admin", "kepala", *extra], cwd=root,
                          env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        raise RuntimeError(f"tagana init failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed


class TimedProgress:
    """Keeps when each step was reported; the time of a step runs to the next report."""

    cancelled = False

    def __init__(self) -> None:
        self.marks: list[tuple[float, str]] = []

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        self.marks.append((time.monotonic(), text))

    def steps(self) -> list[tuple[str, float]]:
        return [(text, later - at) for (at, text), (later, _next) in zip(self.marks, self.marks[1:], strict=False)]


def parts_in_process(url: str) -> list[tuple[str, float]]:
    """Each part's time, loading the demo data into a new database in this process."""
    sys.path.insert(0, str(ROOT))
    from deployment import demo_set
    from tagana_app import accounts, migrate
    from tagana_app.db import Database

    db = Database.open(url)
    try:
        migrate.upgrade(db)
        progress = TimedProgress()

        def work(session):  # noqa: ANN001, ANN202
            info = accounts.create_user(session, None, "kepala", "admin", PASSWORD, "Pengukur")
            actor = accounts.Actor(info.id, info.username, info.role, info.full_name)
            return demo_set.load_demo(session, actor, progress)
        started = time.monotonic()
        db.write(work)
        committed = time.monotonic()
        steps = progress.steps()
        return [("(admin, migrations: before the first report)", progress.marks[0][0] - started), *steps,
                ("commit", committed - progress.marks[-1][0])]
    finally:
        db.dispose()



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="measure on this PostgreSQL server instead of SQLite")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout of the program to measure")
    args = parser.parse_args()
    root = args.root.resolve()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAGANA_") and k != "PYTHONPATH"}

    with tempfile.TemporaryDirectory(prefix="tagana-bench-demo-") as tmp:
        tmp_path = Path(tmp)
        env.update(TAGANA_PASSWORD=PASSWORD, TAGANA_CONFIG_DIR=str(tmp_path / "config"), PYTHONPATH=str(root),
                   XDG_DATA_HOME=str(tmp_path / "data"))

        def timed(*extra: str) -> float:
            with empty_database(tmp_path, args.postgres) as url:
                return run_init(root, env, url, *extra)

        def first_start() -> float:
            with empty_database(tmp_path, args.postgres) as url:
                return run_first_start(root, env, url, tmp_path)

        timed(), timed("--demo"), first_start()  # warm the file and bytecode caches
        bare, demo, dialog = [], [], []
        for _ in range(args.runs):
            bare.append(timed())
            demo.append(timed("--demo"))
            dialog.append(first_start())
        parts = None
        if root == ROOT:
            with empty_database(tmp_path, args.postgres) as url:
                parts = parts_in_process(url)

    where = "PostgreSQL" if args.postgres else "SQLite"
    print(f"program measured: {root} on {where} (median of {args.runs} runs)")
    print(f"tagana init               : {statistics.median(bare) * 1000:7.0f} ms")
    print(f"tagana init --demo        : {statistics.median(demo) * 1000:7.0f} ms")
    print(f"the demo data             : {(statistics.median(demo) - statistics.median(bare)) * 1000:7.0f} ms "
          f"(target: a few seconds)")
    print(f"first-start dialog, demo  : {statistics.median(dialog) * 1000:7.0f} ms (min {min(dialog) * 1000:.0f}, "
          f"max {max(dialog) * 1000:.0f}; pressing 'Buat admin' to the dialog closing)")
    if parts:
        print("in this process, by part:")
        for text, seconds in parts:
            print(f"  {text:<48}: {seconds * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
