"""A reader that closes the output early (`tagana stock issue ... | head -0`): the issue is booked
once, and the command exits 0 quietly, so a script that retries on failure does not book it twice."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import func, select

from inventory.models import StockMovement
from tagana_app.db import Database
from tests.conftest import TEST_PASSWORD
from tests.hostile.test_corpus import _build_world


def _issues(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(StockMovement).where(StockMovement.qty_out > 0))


def test_issue_into_a_closed_pipe_is_booked_once_and_exits_0_quietly(db, db_url, users):
    _build_world(db, users)
    before = _issues(db)
    db.dispose()
    env = dict(os.environ, TAGANA_USER="gudang", TAGANA_PASSWORD=TEST_PASSWORD)
    proc = subprocess.Popen([sys.executable, "-m", "tagana_app.cli", "--db", db_url, "stock", "issue", "GDG",
                             "BRS", "5", "--to", "Posko A"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # the reader is gone before the command writes a word
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""
    assert _issues(db) == before + 1
