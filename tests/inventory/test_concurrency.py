"""Eight processes issue one unit each of an item with five on hand, at the same moment."""

from __future__ import annotations

import multiprocessing

import pytest

from inventory import queries, stock
from inventory.stock import ReceiveLine

from .conftest import check_invariants
from .workers import issue_one


@pytest.mark.slow
def test_eight_processes_five_units(env, db_url):
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 5)], source="apbd"))
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(8)
    results = ctx.Queue()
    g = env.gudang
    procs = [ctx.Process(target=issue_one, args=(db_url, (g.id, g.username, g.role), i, barrier, results))
             for i in range(8)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert sorted(outcomes) == ["ok"] * 5 + ["refused"] * 3
    with env.db.read() as s:
        (row,) = queries.stock_overview(s, queries.StockFilter(item="BRS"))
        assert row.on_hand == 0
        check_invariants(s)
