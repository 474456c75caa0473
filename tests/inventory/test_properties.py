"""Random sequences of stock operations keep the ledger's invariants after every step.

After each receive / issue / transfer / write-off / reversal (or its refusal): no balance below
zero, every balance equals the sum of its movements, no serial in two places, and a refused
operation changed nothing at all.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from inventory import catalog, stock, writeoffs
from inventory.models import StockMovement
from inventory.stock import IssueLine, ReceiveLine
from tagana_app.accounts import Actor
from tagana_app.errors import TaganaError
from tagana_app.models import User

from .conftest import check_invariants, days, snapshot

WAREHOUSES = ("GDG", "LS1")
BATCHES = {"A": days(-10), "B": days(30), "C": days(400)}
SERIALS = ("S1", "S2", "S3", "S4")

warehouse = st.sampled_from(WAREHOUSES)
qty = st.integers(min_value=1, max_value=8)
receive = st.tuples(st.just("receive"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty,
                    st.sampled_from(sorted(BATCHES)), st.lists(st.sampled_from(SERIALS), min_size=1, max_size=2))
operation = st.one_of(
    receive, receive, receive,  # more goods coming in, so that more of the other operations can succeed
    st.tuples(st.just("issue"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty, st.booleans()),
    st.tuples(st.just("transfer"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty),
    st.tuples(st.just("writeoff"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty,
              st.sampled_from(["approve", "reject", "pending"])),
    st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=50)),
)


def _setup(db):
    def user(s):  # no password hashing: this actor never logs in
        row = User(username="admin", full_name="Admin", role="admin", password_hash="-")
        s.add(row)
        # the second administrator decides the write-offs: nobody decides their own request
        s.add(User(username="kepala", full_name="Kepala", role="admin", password_hash="-"))
        s.flush()
        return Actor(row.id, row.username, row.role)
    admin = db.write(user)

    def work(s):
        catalog.add_warehouse(s, admin, "GDG", "Gudang", "17.09")
        catalog.add_warehouse(s, admin, "LS1", "Lumbung", "17.09.01", kind="lumbung")
        catalog.add_item(s, admin, "BRS", "Beras", "kg")
        catalog.add_item(s, admin, "MSS", "Makanan siap saji", "paket", expires=True)
        catalog.add_item(s, admin, "GEN", "Genset", "unit", kind="equipment", serialized=True)
    db.write(work)
    return admin


def _apply(s, admin, op, n):
    kind = op[0]
    if kind == "receive":
        _, wh, item, q, batch, serials = op
        if item == "GEN":
            line = ReceiveLine(item, len(set(serials)), serials=tuple(dict.fromkeys(serials)))
        elif item == "MSS":
            line = ReceiveLine(item, q, batch=batch, expiry=BATCHES[batch])
        else:
            line = ReceiveLine(item, q)
        source = "return" if item == "GEN" and q % 2 else "kemensos"
        stock.receive_goods(s, admin, wh, [line], source=source, doc_number=f"R{n}")
    elif kind == "issue":
        _, wh, item, q, override = op
        stock.issue_goods(s, admin, wh, [IssueLine(item, q)], recipient="Posko", doc_number=f"I{n}",
                          override_expired="diizinkan" if override else None)
    elif kind == "transfer":
        _, wh, item, q = op
        other = WAREHOUSES[1 - WAREHOUSES.index(wh)]
        stock.transfer_goods(s, admin, wh, other, [IssueLine(item, q)], doc_number=f"T{n}")
    elif kind == "writeoff":
        _, wh, item, q, decision = op
        info = writeoffs.request_writeoff(s, admin, wh, [IssueLine(item, q)], reason_kind="hilang",
                                          reason="uji", number=f"W{n}")
        row = s.scalar(select(User).where(User.username == "kepala"))
        kepala = Actor(row.id, row.username, row.role)
        if decision == "approve":
            writeoffs.approve_writeoff(s, kepala, info.number)
        elif decision == "reject":
            writeoffs.reject_writeoff(s, kepala, info.number, remarks="tidak")
    else:
        ids = list(s.scalars(select(StockMovement.id).order_by(StockMovement.id)))
        if not ids:
            raise TaganaError("tidak ada mutasi")
        stock.reverse_movement(s, admin, ids[op[1] % len(ids)], "uji")


def _run(fresh_db, ops):
    db = fresh_db()
    admin = _setup(db)
    for n, op in enumerate(ops):
        before = snapshot(db)
        try:
            db.write(lambda s, op=op, n=n: _apply(s, admin, op, n))
        except TaganaError:
            assert snapshot(db) == before, op  # a refusal writes nothing
        with db.read() as s:
            check_invariants(s)


def _property(max_examples):
    return settings(max_examples=max_examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


@pytest.mark.slow
def test_random_operations_keep_the_invariants(db, fresh_db):
    examples = 50 if db.is_sqlite else 12

    @_property(examples)
    @given(st.lists(operation, min_size=1, max_size=12))
    def check(ops):
        _run(fresh_db, ops)

    check()
