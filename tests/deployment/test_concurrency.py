"""Two coordinators assign the same volunteer to two incidents at the same moment: one wins."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest
from sqlalchemy import func, select

from deployment import assignments
from deployment.models import Assignment
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.deployment.conftest import add_incident, add_volunteer

ROUNDS = 3


def _assign(url: str, actor: Actor, nik: str, incident: str, start: date, end: date, barrier, results) -> None:  # noqa: ANN001
    db = Database.open(url)
    try:
        with db.read() as session:  # connect before the barrier so both start the transaction together
            session.execute(select(1))
        barrier.wait(timeout=60)
        db.write(lambda s: assignments.assign_volunteer(s, actor, nik, incident, "dapur umum", start, end))
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - the parent counts what happened
        results.put(type(exc).__name__)
    finally:
        db.dispose()


@pytest.mark.slow
def test_two_coordinators_same_volunteer_same_moment(db, db_url, users):
    coord = users["koordinator"]
    second = users["pejabat"]
    flood = add_incident(db, coord)
    slide = add_incident(db, coord, kind="tanah longsor")
    ctx = mp.get_context("spawn")
    for n in range(1, ROUNDS + 1):
        v = add_volunteer(db, coord, n, skills=("dapur umum",))
        barrier, results = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_assign, args=(db_url, actor, v.nik, incident, date(2026, 12, 1),
                                                   date(2026, 12, 7), barrier, results))
                 for actor, incident in ((coord, flood.number), (second, slide.number))]
        for p in procs:
            p.start()
        outcomes = sorted(results.get(timeout=120) for _ in procs)
        for p in procs:
            p.join(timeout=60)
        assert outcomes == ["AssignmentOverlap", "ok"], outcomes
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Assignment)
                            .where(Assignment.volunteer_id == v.id)) == 1
