"""Stock count with movements during it; write-off request, approval and refusal."""

from __future__ import annotations

import pytest

from inventory import counts, equipment, queries, stock, writeoffs
from inventory.errors import (
    CountIncomplete,
    CountNotOpen,
    InsufficientStock,
    NotReversible,
    WriteOffNotPending,
)
from inventory.stock import IssueLine, ReceiveLine
from tagana_app.errors import PermissionDenied, ValidationError

from .conftest import check_invariants, days, snapshot
from .test_operations import issue, on_hand, receive, refused


def approved(env, number):  # noqa: ANN001, ANN201
    """The clerk sends the count for approval; the official, who did not count, approves (posts) it."""
    env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    return env.db.write(lambda s: counts.approve_count(s, env.pejabat, number))


def test_count_accounts_for_movements_during_the_count(env):
    receive(env, "GDG", ReceiveLine("BRS", 100), ReceiveLine("VEL", 10))
    info = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG"))
    so1 = info.number
    assert {(x.item, x.snapshot_qty) for x in info.lines} == {("BRS", 100), ("VEL", 10)}
    # 30 kg leave while the counters are on their way to the rice shelf...
    issue(env, "GDG", IssueLine("BRS", 30))
    # ...they find 68 kg there (2 kg missing), then 5 kg more are issued after counting
    line = env.db.write(lambda s: counts.enter_count(s, env.gudang, so1, "BRS", 68, reason="tercecer"))
    assert (line.snapshot_qty, line.during_count, line.expected_qty, line.difference) == (100, -30, 70, -2)
    issue(env, "GDG", IssueLine("BRS", 5))
    # velbeds: counted before anything moved, then 4 received
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so1, "VEL", 11, reason="ditemukan di rak B"))
    receive(env, "GDG", ReceiveLine("VEL", 4))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so1, "GEN", 0))
    with env.db.read() as s:
        sheet = counts.count_sheet(s, so1)
        assert not hasattr(sheet.lines[0], "snapshot_qty")  # blind: no book quantities
        assert {x.item for x in sheet.lines} >= {"BRS", "VEL"}
    info, booking = approved(env, so1)
    assert info.status == "diposting"
    assert sorted((m.item, m.qty_in, m.qty_out, m.kind) for m in booking.movements) == [
        ("BRS", 0, 2, "adjust"), ("VEL", 1, 0, "adjust")]
    # the movements during the count are kept, not overwritten
    assert on_hand(env, "GDG", "BRS") == 100 - 30 - 2 - 5
    assert on_hand(env, "GDG", "VEL") == 11 + 4
    with env.db.read() as s:
        check_invariants(s)
    refused(env, CountNotOpen, lambda s: counts.enter_count(s, env.gudang, so1, "BRS", 1))


def test_count_refuses_incomplete_lines_missing_reasons_and_serial_differences(env):
    receive(env, "GDG", ReceiveLine("BRS", 10), ReceiveLine("GEN", 2, serials=("G-1", "G-2")))
    so2 = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG")).number
    refused(env, ValidationError, lambda s: counts.start_count(s, env.gudang, "GDG"))
    error = refused(env, CountIncomplete, lambda s: counts.submit_count(s, env.gudang, so2))
    assert "belum dihitung" in str(error)
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so2, "BRS", 9))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so2, "GEN", 1, reason="hilang?"))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so2, "VEL", 0))
    error = refused(env, ValidationError, lambda s: counts.submit_count(s, env.gudang, so2))
    assert "perlu alasan" in str(error) and "BRS" in str(error)
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so2, "BRS", 9, reason="susut"))
    error = refused(env, ValidationError, lambda s: counts.submit_count(s, env.gudang, so2))
    assert "per unit" in str(error)
    refused(env, PermissionDenied, lambda s: counts.start_count(s, env.users["pemantau"], "LS1"))
    env.db.write(lambda s: counts.cancel_count(s, env.gudang, so2, "diulang minggu depan"))
    assert on_hand(env, "GDG", "BRS") == 10


def test_count_entered_before_a_receipt_keeps_the_receipt(env):
    receive(env, "GDG", ReceiveLine("BRS", 10))
    so4 = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG")).number
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so4, "BRS", 0, reason="hilang"))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so4, "VEL", 0))
    env.db.write(lambda s: counts.enter_count(s, env.gudang, so4, "GEN", 0))
    receive(env, "GDG", ReceiveLine("BRS", 5))
    info, booking = approved(env, so4)
    assert [m.qty_out for m in booking.movements] == [10]
    assert on_hand(env, "GDG", "BRS") == 5


def test_writeoff_request_reserves_then_pejabat_approves(env):
    receive(env, "GDG", ReceiveLine("MSS", 20, batch="OLD", expiry=days(-5)),
            ReceiveLine("MSS", 10, batch="NEW", expiry=days(90)),
            ReceiveLine("GEN", 2, serials=("G-1", "G-2")))
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-2", "rusak berat"))
    wo = env.db.write(lambda s: writeoffs.request_writeoff(
        s, env.gudang, "GDG", [IssueLine("MSS", 20, batch="OLD"), IssueLine("GEN", 1)],
        reason_kind="rusak", reason="kedaluwarsa dan rusak", number="BAPH-1"))
    assert [(x.item, x.batch, x.serial, x.quantity) for x in wo.lines] == [
        ("MSS", "OLD", None, 20), ("GEN", "", "G-2", 1)]  # the broken genset is picked for write-off
    with env.db.read() as s:
        row = queries.stock_overview(s, queries.StockFilter(item="MSS"))[0]
        assert (row.on_hand, row.reserved) == (30, 20)
    # reserved goods cannot be issued meanwhile, not even by an official's override
    refused(env, InsufficientStock, lambda s: stock.issue_goods(
        s, env.pejabat, "GDG", [IssueLine("MSS", 11)], recipient="x", override_expired="darurat"))
    refused(env, PermissionDenied, lambda s: writeoffs.approve_writeoff(s, env.gudang, "BAPH-1"))
    info, booking = env.db.write(lambda s: writeoffs.approve_writeoff(s, env.pejabat, "BAPH-1", remarks="setuju"))
    assert info.status == "disetujui" and info.decided_by == "pejabat"
    assert [(m.kind, m.item, m.qty_out) for m in booking.movements] == [("writeoff", "MSS", 20), ("writeoff", "GEN", 1)]
    with env.db.read() as s:
        row = queries.stock_overview(s, queries.StockFilter(item="MSS"))[0]
        assert (row.on_hand, row.reserved) == (10, 0)
        assert equipment.get_unit(s, "GEN", "G-2").status == "dihapus"
        check_invariants(s)
    refused(env, WriteOffNotPending, lambda s: writeoffs.approve_writeoff(s, env.pejabat, "BAPH-1"))


def test_writeoff_refusal_releases_the_reservation(env):
    receive(env, "GDG", ReceiveLine("BRS", 50))
    env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 30)],
                                                      reason_kind="rusak", reason="basah", number="BAPH-2"))
    refused(env, ValidationError, lambda s: writeoffs.reject_writeoff(s, env.pejabat, "BAPH-2", remarks=""))
    env.db.write(lambda s: writeoffs.reject_writeoff(s, env.pejabat, "BAPH-2", remarks="masih layak"))
    with env.db.read() as s:
        row = queries.stock_overview(s, queries.StockFilter(item="BRS"))[0]
        assert (row.on_hand, row.reserved) == (50, 0)
        check_invariants(s)
    issue(env, "GDG", IssueLine("BRS", 50))


def test_writeoff_request_refusals_write_nothing(env):
    receive(env, "GDG", ReceiveLine("BRS", 5))
    refused(env, InsufficientStock, lambda s: writeoffs.request_writeoff(
        s, env.gudang, "GDG", [IssueLine("BRS", 6)], reason_kind="hilang", reason="dicuri"))
    refused(env, ValidationError, lambda s: writeoffs.request_writeoff(
        s, env.gudang, "GDG", [IssueLine("BRS", 1)], reason_kind="bosan", reason="x"))
    refused(env, PermissionDenied, lambda s: writeoffs.request_writeoff(
        s, env.users["koordinator"], "GDG", [IssueLine("BRS", 1)], reason_kind="rusak", reason="x"))


@pytest.mark.parametrize("role", ["gudang", "pejabat"])
def test_a_writeoff_movement_is_not_reversed_on_its_own(env, role):
    receive(env, "GDG", ReceiveLine("BRS", 5))
    env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 5)],
                                                      reason_kind="rusak", reason="basah", number="BAPH-3"))
    _, booking = env.db.write(lambda s: writeoffs.approve_writeoff(s, env.pejabat, "BAPH-3"))
    mid = booking.movements[0].id
    before = snapshot(env.db)
    with pytest.raises(NotReversible, match="usulan dan keputusan penghapusan"):
        env.db.write(lambda s: stock.reverse_movement(s, env.users[role], mid, "keliru"))
    assert snapshot(env.db) == before
