"""Quantities and balances within stated bounds on both databases (issue 11, item 2)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from inventory import stock
from inventory.errors import BalanceTooLarge
from inventory.stock import ReceiveLine
from tagana_app.errors import ValidationError
from tagana_app.quantities import MAX_BALANCE, MAX_QUANTITY

from .conftest import snapshot


def test_the_int64_receive_is_refused_and_report_stock_still_works(run, env):
    assert run("stock", "receive", "GDG", "BRS", "100")[0] == 0
    before = snapshot(env.db)
    code, out, err = run("stock", "receive", "GDG", "BRS", "9223372036854775000")
    assert (code, out) == (1, "")
    assert err.startswith("Ditolak: Jumlah terlalu besar") and "Traceback" not in err
    assert snapshot(env.db) == before
    code, out, err = run("report", "stock", "--json")
    assert code == 0, err
    assert "BRS" in out
    with env.db.read() as s:
        kinds = {s.scalar(text(f"SELECT typeof({c}) FROM stock_level")) for c in ("on_hand", "reserved")} \
            if env.db.is_sqlite else {"integer"}
    assert kinds == {"integer"}  # SQLite never holds a REAL in a balance


def test_balances_past_int32_work_on_both_databases(run, env):
    for _ in range(3):  # 3,000,000,000 > 2,147,483,647: INTEGER would overflow on PostgreSQL
        assert run("stock", "receive", "GDG", "BRS", str(MAX_QUANTITY))[0] == 0
    assert run("stock", "receive", "LS1", "BRS", str(MAX_QUANTITY))[0] == 0
    code, out, err = run("stock", "balance", "--item", "BRS", "--json")
    assert code == 0, err
    assert sorted(r["on_hand"] for r in json.loads(out)) == [MAX_QUANTITY, 3 * MAX_QUANTITY]
    code, out, err = run("report", "stock", "--json")
    assert code == 0, err
    assert str(3 * MAX_QUANTITY) in out
    code, _, err = run("stock", "issue", "GDG", "BRS", str(MAX_QUANTITY), "--to", "Posko A")
    assert code == 0, err


def test_a_balance_may_not_pass_the_maximum(env):
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 10)], source="kemensos"))
    env.db.write(lambda s: s.execute(text("UPDATE stock_level SET on_hand = :n"), {"n": MAX_BALANCE - 5}))
    env.db.write(lambda s: s.execute(text("UPDATE stock_balance SET quantity = :n"), {"n": MAX_BALANCE - 5}))
    before = snapshot(env.db)
    with pytest.raises(BalanceTooLarge, match=r"melebihi batas 1\.000\.000\.000\.000 kg bila ditambah 6 kg"):
        env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 6)], source="kemensos"))
    assert snapshot(env.db) == before
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 5)], source="kemensos"))


def test_services_refuse_quantities_beyond_the_maximum(env):
    for bad in (MAX_QUANTITY + 1, 0, -1, True, 5.0):
        with pytest.raises(ValidationError, match="Jumlah"):
            env.db.write(lambda s, bad=bad: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", bad)],
                                                                source="kemensos"))
