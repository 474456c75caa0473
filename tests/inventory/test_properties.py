"""Random sequences of stock operations keep the ledger's invariants after every step.

After each receive (some with a unit price) / issue / transfer (sent and received at once, or sent
and later received in full or short) / write-off / reversal / correction of a receipt or issue /
count start and approval (or its refusal) / pinjam pakai of units and their return through the loan: no balance below zero, every balance equals the sum of its
movements, no serial in two places (a unit on the road is in no warehouse and on one open
transfer), each transfer's sent quantity is what was received plus what was lost (or is still on
the road), the value on hand equals the sum of the batch values, and a refused operation changed
nothing at all.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from inventory import catalog, corrections, counts, loans, stock, transfers, writeoffs
from inventory.models import (
    Batch,
    EquipmentUnit,
    StockBalance,
    StockCount,
    StockCountLine,
    StockMovement,
    StockTransfer,
    StockTransferLine,
)
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
                    st.sampled_from(sorted(BATCHES)), st.lists(st.sampled_from(SERIALS), min_size=1, max_size=2),
                    st.sampled_from([None, None, 1_000, 2_500]))
ITEMS = st.sampled_from(["BRS", "MSS", "GEN"])
operation = st.one_of(
    receive, receive, receive,  # more goods coming in, so that more of the other operations can succeed
    st.tuples(st.just("issue"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty, st.booleans()),
    st.tuples(st.just("transfer"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty),
    st.tuples(st.just("writeoff"), warehouse, st.sampled_from(["BRS", "MSS", "GEN"]), qty,
              st.sampled_from(["approve", "reject", "pending"])),
    st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=50)),
    st.tuples(st.just("send"), warehouse, ITEMS, qty),
    st.tuples(st.just("send"), warehouse, ITEMS, qty),
    st.tuples(st.just("arrive"), st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=3)),
    st.tuples(st.just("correct"), st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("count_start"), warehouse),
    st.tuples(st.just("count_post"), st.integers(min_value=-3, max_value=3)),
    st.tuples(st.just("lend"), warehouse, st.lists(st.sampled_from(SERIALS), min_size=1, max_size=2)),
    st.tuples(st.just("lend_back"), st.integers(min_value=0, max_value=5),
              st.sampled_from(["baik", "rusak ringan", "rusak berat"])),
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
        _, wh, item, q, batch, serials, price = op
        if item == "GEN":
            line = ReceiveLine(item, len(set(serials)), serials=tuple(dict.fromkeys(serials)))
        elif item == "MSS":
            line = ReceiveLine(item, q, batch=batch, expiry=BATCHES[batch], unit_price=price)
        else:
            line = ReceiveLine(item, q, unit_price=price)
        source = "return" if item == "GEN" and q % 2 else "kemensos"
        stock.receive_goods(s, admin, wh, [line], source=source, doc_number=f"R{n}")
    elif kind == "issue":
        _, wh, item, q, override = op
        stock.issue_goods(s, admin, wh, [IssueLine(item, q)], recipient="Posko", doc_number=f"I{n}",
                          override_expired="diizinkan" if override else None)
    elif kind == "transfer":
        _, wh, item, q = op
        other = WAREHOUSES[1 - WAREHOUSES.index(wh)]
        transfers.transfer_goods(s, admin, wh, other, [IssueLine(item, q)], doc_number=f"T{n}")
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
    elif kind == "send":  # on the road until an "arrive"
        _, wh, item, q = op
        other = WAREHOUSES[1 - WAREHOUSES.index(wh)]
        transfers.send_transfer(s, admin, wh, other, [IssueLine(item, q)], doc_number=f"T{n}")
    elif kind == "arrive":
        _, k, short = op
        road = transfers.list_transfers(s, status="dikirim")
        if not road:
            raise TaganaError("tidak ada mutasi dalam perjalanan")
        info = road[k % len(road)]
        units = [x.serial for x in info.lines if x.serial]
        sent = sum(x.qty_sent for x in info.lines if not x.serial)
        received = {x.item: max(sent - short, 0) for x in info.lines if not x.serial}
        transfers.receive_transfer(s, admin, info.number, received, missing_serials=units[:short],
                                   reason="uji" if short else "")
    elif kind == "correct":
        numbers = sorted(set(s.scalars(select(StockMovement.doc_number).where(
            StockMovement.doc_type.in_(corrections.CORRECTABLE)))))
        if not numbers:
            raise TaganaError("tidak ada dokumen")
        corrections.correct_document(s, admin, numbers[op[1] % len(numbers)], "uji")
    elif kind == "count_start":
        counts.start_count(s, admin, op[1])
    elif kind == "count_post":  # count every line (book quantity + delta where it can), then post
        number = s.scalar(select(StockCount.number).where(StockCount.status == "dibuka"))
        if number is None:
            raise TaganaError("tidak ada opname")
        info = counts.get_count(s, number)
        for line in info.lines:
            if line.counted_qty is None:
                found = line.snapshot_qty if line.serialized else max(line.snapshot_qty + op[1], 0)
                counts.enter_count(s, admin, number, line.item, found, batch=line.batch, reason="uji")
        counts.submit_count(s, admin, number)
        row = s.scalar(select(User).where(User.username == "kepala"))  # approved by someone who did not count
        counts.approve_count(s, Actor(row.id, row.username, row.role), number)
    elif kind == "lend":  # pinjam pakai outside incidents: the units leave under the loan's number
        _, wh, serials = op
        loans.lend_units(s, admin, wh, "GEN", list(dict.fromkeys(serials)), borrower="Desa uji",
                         due=days(7))
    elif kind == "lend_back":  # the first unit still out on an open loan comes back through that loan
        _, k, condition = op
        open_loans = [x for x in loans.list_loans(s, open_only=True) if any(u.returned_on is None for u in x.units)]
        if not open_loans:
            raise TaganaError("tidak ada pinjaman")
        loan = open_loans[k % len(open_loans)]
        out = [u.serial for u in loan.units if u.returned_on is None]
        loans.return_loan_units(s, admin, loan.number, out[:1], condition)
    elif kind == "reverse":
        ids = list(s.scalars(select(StockMovement.id).order_by(StockMovement.id)))
        if not ids:
            raise TaganaError("tidak ada mutasi")
        stock.reverse_movement(s, admin, ids[op[1] % len(ids)], "uji")
    else:
        raise AssertionError(op)


def check_transfers_and_values(s) -> None:
    """Each transfer line: the ledger took what was sent and gave what was received; a unit on the road
    is in no warehouse and on one open transfer only; value on hand = the sum of the batch values."""
    moved = {}
    for number, item, batch, kind, qty in s.execute(
            select(StockMovement.doc_number, StockMovement.item_id, StockMovement.batch_id, StockMovement.kind,
                   StockMovement.qty_in + StockMovement.qty_out)
            .where(StockMovement.kind.in_(("transfer_out", "transfer_in")))):
        key = (number, item, batch, kind)
        moved[key] = moved.get(key, 0) + qty
    lines = {}
    on_road = []
    for t, line in s.execute(select(StockTransfer, StockTransferLine)
                             .join(StockTransferLine, StockTransferLine.transfer_id == StockTransfer.id)):
        key = (t.number, line.item_id, line.batch_id)
        sent, got = lines.get(key, (0, 0))
        lines[key] = (sent + line.qty_sent, got + (line.qty_received or 0))
        assert (line.qty_received is None) == (t.status == "dikirim"), (t.number, t.status)
        if line.equipment_unit_id is not None and t.status == "dikirim":
            on_road.append(line.equipment_unit_id)
    for (number, item, batch), (sent, got) in lines.items():
        assert moved.get((number, item, batch, "transfer_out"), 0) == sent, number
        assert moved.get((number, item, batch, "transfer_in"), 0) == got, number
    assert len(on_road) == len(set(on_road))
    for unit_id in on_road:
        unit = s.get(EquipmentUnit, unit_id)
        assert unit.status == "dipinjam" and unit.warehouse_id is None, unit.serial
    by_batches = sum(q * p for q, p in s.execute(select(StockBalance.quantity, Batch.unit_price)
                                                 .join(Batch, Batch.id == StockBalance.batch_id)
                                                 .where(Batch.unit_price.is_not(None))))
    by_ledger = sum((qi - qo) * p for qi, qo, p in s.execute(
        select(StockMovement.qty_in, StockMovement.qty_out, Batch.unit_price)
        .join(Batch, Batch.id == StockMovement.batch_id).where(Batch.unit_price.is_not(None))))
    assert by_batches == by_ledger
    for line in s.scalars(select(StockCountLine).where(StockCountLine.adjustment.is_not(None))):
        assert line.counted_qty is not None


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
            check_transfers_and_values(s)


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
