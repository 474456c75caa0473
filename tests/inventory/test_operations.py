"""Receive, issue (FEFO, expired stock, serials), transfer and reversal, with their refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from inventory import equipment, queries, stock, transfers
from inventory.errors import (
    AlreadyBooked,
    AlreadyReversed,
    ExpiredBatchRefused,
    ExpiredStockRefused,
    InsufficientStock,
    NotReversible,
    SerialInUse,
    SerialNotAvailable,
    UnitNotUsable,
)
from inventory.models import StockMovement
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import audit
from tagana_app.errors import NotFound, PermissionDenied, ValidationError

from .conftest import check_invariants, days, snapshot


def receive(env, wh, *lines, source="kemensos", **kw):
    return env.db.write(lambda s: stock.receive_goods(s, env.gudang, wh, list(lines), source=source, **kw))


def issue(env, wh, *lines, actor=None, **kw):
    kw.setdefault("recipient", "Posko Desa Pagar Jati")
    return env.db.write(lambda s: stock.issue_goods(s, actor or env.gudang, wh, list(lines), **kw))


def on_hand(env, wh, item):
    with env.db.read() as s:
        rows = queries.stock_overview(s, queries.StockFilter(warehouse=wh, item=item))
    return rows[0].on_hand if rows else 0


def refused(env, exc_type, work):
    """Run ``work``; it must raise ``exc_type`` and leave every table exactly as it was."""
    before = snapshot(env.db)
    with pytest.raises(exc_type) as info:
        env.db.write(work)
    assert snapshot(env.db) == before
    return info.value


def test_receive_books_movement_balance_and_audit(env):
    booking = receive(env, "GDG", ReceiveLine("BRS", 1000), ReceiveLine("MSS", 200, expiry=days(100)),
                      sender="Kemensos RI", doc_number="BAST-KMS/01")
    assert booking.doc_number == "BAST-KMS/01"
    assert [(m.item, m.qty_in, m.counterparty) for m in booking.movements] == [
        ("BRS", 1000, "Kemensos RI"), ("MSS", 200, "Kemensos RI")]
    assert booking.movements[1].batch == f"ED-{days(100):%Y%m%d}"
    assert on_hand(env, "GDG", "BRS") == 1000
    with env.db.read() as s:
        check_invariants(s)
        assert [e.action for e in audit.list_entries(s, audit.AuditFilter(action="stock.receive"))] == ["stock.receive"]


def test_receive_without_number_takes_the_next_document_number(env):
    first = receive(env, "GDG", ReceiveLine("BRS", 10))
    second = receive(env, "GDG", ReceiveLine("BRS", 10))
    assert first.doc_number != second.doc_number
    assert "BAPB" in first.doc_number


def test_same_document_line_cannot_be_booked_twice(env):
    receive(env, "GDG", ReceiveLine("BRS", 50), doc_number="SPPB-7")
    refused(env, AlreadyBooked, lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 50)],
                                                              source="kemensos", doc_number="SPPB-7"))
    assert on_hand(env, "GDG", "BRS") == 50


def test_receive_validates_expiry_serials_and_source(env):
    g = env.gudang
    cases = [
        (lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("MSS", 5)], source="kemensos"), "kedaluwarsa wajib"),
        (lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 5, expiry=days(9))], source="apbd"),
         "kosongkan tanggal"),
        (lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("GEN", 2, serials=("A",))], source="apbd"),
         "2 nomor seri"),
        (lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 0)], source="apbd"), "lebih dari nol"),
        (lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 5)], source="entah"), "Sumber"),
        (lambda s: stock.receive_goods(s, g, "XX", [ReceiveLine("BRS", 5)], source="apbd"), "Gudang"),
    ]
    for work, text in cases:
        error = refused(env, (ValidationError, NotFound), work)
        assert text in str(error)


def test_batch_expiry_must_agree_with_the_recorded_one(env):
    receive(env, "GDG", ReceiveLine("MSS", 5, batch="B1", expiry=days(30)))
    error = refused(env, ValidationError, lambda s: stock.receive_goods(
        s, env.gudang, "GDG", [ReceiveLine("MSS", 5, batch="B1", expiry=days(60))], source="kemensos"))
    assert "sudah tercatat" in str(error)


def test_issue_refusal_says_how_much_is_on_hand_and_writes_nothing(env):
    receive(env, "GDG", ReceiveLine("BRS", 40))
    error = refused(env, InsufficientStock, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("BRS", 41)], recipient="Desa A"))
    assert "tersedia 40 kg" in str(error) and "diminta 41 kg" in str(error)
    assert error.fields["available"] == 40


def test_issue_of_several_lines_is_all_or_nothing(env):
    receive(env, "GDG", ReceiveLine("BRS", 40), ReceiveLine("VEL", 3))
    refused(env, InsufficientStock, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("BRS", 10), IssueLine("VEL", 4)], recipient="Desa A"))
    assert on_hand(env, "GDG", "BRS") == 40


def test_fefo_takes_the_earliest_expiry_first_across_batches(env):
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="LATE", expiry=days(300)),
            ReceiveLine("MSS", 10, batch="EARLY", expiry=days(20)),
            ReceiveLine("MSS", 10, batch="MID", expiry=days(100)))
    booking = issue(env, "GDG", IssueLine("MSS", 15))
    assert [(m.batch, m.qty_out) for m in booking.movements] == [("EARLY", 10), ("MID", 5)]
    booking = issue(env, "GDG", IssueLine("MSS", 3, batch="LATE"))
    assert [(m.batch, m.qty_out) for m in booking.movements] == [("LATE", 3)]
    with env.db.read() as s:
        assert queries.stock_overview(s, queries.StockFilter(item="MSS"))[0].nearest_expiry == days(100)
        check_invariants(s)


def test_expired_batches_are_refused_unless_a_pejabat_overrides(env):
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="OLD", expiry=days(-3)),
            ReceiveLine("MSS", 5, batch="NEW", expiry=days(200)))
    # FEFO skips the expired batch
    booking = issue(env, "GDG", IssueLine("MSS", 2))
    assert [m.batch for m in booking.movements] == ["NEW"]
    error = refused(env, ExpiredStockRefused, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("MSS", 5)], recipient="Desa A"))
    assert "3 paket" in str(error) and "10 paket sudah kedaluwarsa" in str(error)
    refused(env, ExpiredBatchRefused, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("MSS", 1, batch="OLD")], recipient="Desa A"))
    refused(env, PermissionDenied, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("MSS", 1)], recipient="Desa A", override_expired="masih layak"))
    refused(env, ValidationError, lambda s: stock.issue_goods(
        s, env.pejabat, "GDG", [IssueLine("MSS", 1)], recipient="Desa A", override_expired="  "))
    booking = issue(env, "GDG", IssueLine("MSS", 12), actor=env.pejabat,
                    override_expired="diperiksa Puskesmas: kemasan utuh, layak konsumsi")
    assert [(m.batch, m.qty_out) for m in booking.movements] == [("OLD", 10), ("NEW", 2)]
    assert "izin kedaluwarsa" in booking.movements[0].remarks
    with env.db.read() as s:
        entry = audit.list_entries(s, audit.AuditFilter(action="stock.issue"))[0]
        assert entry.changes["izin_kedaluwarsa"].startswith("diperiksa")


def test_serial_units_are_picked_issued_and_never_in_two_places(env):
    receive(env, "GDG", ReceiveLine("GEN", 3, serials=("G-1", "G-2", "G-3")))
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-1", "rusak ringan", remarks="aki lemah"))
    env.db.write(lambda s: equipment.set_condition(s, env.gudang, "GEN", "G-3", "rusak berat"))
    booking = issue(env, "GDG", IssueLine("GEN", 1))
    assert booking.movements[0].serial == "G-2"  # a unit in good condition first
    refused(env, UnitNotUsable, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("GEN", 1, serials=("G-3",))], recipient="Desa A"))
    refused(env, SerialNotAvailable, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("GEN", 1, serials=("G-2",))], recipient="Desa B"))
    # the same serial cannot be received again while it is out or in a warehouse
    lent = refused(env, SerialInUse, lambda s: stock.receive_goods(
        s, env.gudang, "LS1", [ReceiveLine("GEN", 1, serials=("G-2",))], source="donor"))
    shelved = refused(env, SerialInUse, lambda s: stock.receive_goods(
        s, env.gudang, "LS1", [ReceiveLine("GEN", 1, serials=("G-1",))], source="return"))
    # where the unit is: a label and a template the window translates, reading as before
    place = lent.fields["place"]
    assert (place, place.template, place.fields["place"]) == (
        "sedang dipinjam (Posko Desa Pagar Jati)", "{place} ({reference})", "sedang dipinjam")
    assert shelved.fields["place"].template == "di {warehouse}"
    assert str(shelved) == ("Nomor seri G-1 (Genset 2000 W) sudah tercatat: di Gudang Dinsos Kab. Bengkulu Tengah. "
                            "Satu unit tidak bisa ada di dua tempat.")
    refused(env, InsufficientStock, lambda s: stock.issue_goods(
        s, env.gudang, "GDG", [IssueLine("GEN", 2)], recipient="Desa A"))
    # it comes back as a return, in the condition it is in
    receive(env, "LS1", ReceiveLine("GEN", 1, serials=("G-2",), condition="rusak ringan"), source="return")
    with env.db.read() as s:
        unit = equipment.get_unit(s, "GEN", "G-2")
        assert (unit.status, unit.warehouse, unit.condition) == ("gudang", "LS1", "rusak ringan")
        history = equipment.unit_history(s, "GEN", "G-2")
        assert [h.what for h in history] == ["Penerimaan", "Pengeluaran", "Pengembalian"]
        assert [h.what for h in equipment.unit_history(s, "GEN", "G-1")] == ["Penerimaan", "Perubahan kondisi"]
        check_invariants(s)


def test_transfer_moves_batches_and_units_under_one_document(env):
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="A", expiry=days(40)),
            ReceiveLine("MSS", 10, batch="B", expiry=days(80)), ReceiveLine("GEN", 2, serials=("G-1", "G-2")))
    booking = env.db.write(lambda s: transfers.transfer_goods(
        s, env.gudang, "GDG", "LS1", [IssueLine("MSS", 15), IssueLine("GEN", 1, serials=("G-2",))],
        doc_number="MUT-1"))
    assert {m.doc_number for m in booking.movements} == {"MUT-1"}
    assert [(m.kind, m.warehouse, m.batch, m.qty_in or -m.qty_out) for m in booking.movements if m.item == "MSS"] == [
        ("transfer_out", "GDG", "A", -10), ("transfer_out", "GDG", "B", -5),
        ("transfer_in", "LS1", "A", 10), ("transfer_in", "LS1", "B", 5)]
    assert on_hand(env, "GDG", "MSS") == 5 and on_hand(env, "LS1", "MSS") == 15
    with env.db.read() as s:
        assert equipment.get_unit(s, "GEN", "G-2").warehouse == "LS1"
        check_invariants(s)
    refused(env, ValidationError, lambda s: transfers.transfer_goods(s, env.gudang, "GDG", "GDG", [IssueLine("BRS", 1)]))
    refused(env, InsufficientStock, lambda s: transfers.transfer_goods(s, env.gudang, "GDG", "LS1",
                                                                  [IssueLine("MSS", 6)]))


def test_reversal_points_to_the_original_and_restores_the_balance(env):
    receive(env, "GDG", ReceiveLine("BRS", 100))
    booking = issue(env, "GDG", IssueLine("BRS", 30))
    original = booking.movements[0]
    reversal = env.db.write(lambda s: stock.reverse_movement(s, env.gudang, original.id, "salah ketik jumlah"))
    (m,) = reversal.movements
    assert (m.kind, m.qty_in, m.qty_out, m.reverses_id) == ("reversal", 30, 0, original.id)
    assert on_hand(env, "GDG", "BRS") == 100
    with env.db.read() as s:
        # the original is untouched: the ledger is append-only
        row = s.get(StockMovement, original.id)
        assert (row.qty_out, row.kind) == (30, "issue")
        check_invariants(s)
    refused(env, AlreadyReversed, lambda s: stock.reverse_movement(s, env.gudang, original.id, "lagi"))
    refused(env, NotReversible, lambda s: stock.reverse_movement(s, env.gudang, m.id, "batalkan pembatalan"))
    refused(env, ValidationError, lambda s: stock.reverse_movement(s, env.gudang, original.id, " "))


def test_reversing_a_receipt_needs_the_goods_still_there(env):
    received = receive(env, "GDG", ReceiveLine("BRS", 100)).movements[0]
    issue(env, "GDG", IssueLine("BRS", 80))
    error = refused(env, InsufficientStock, lambda s: stock.reverse_movement(s, env.gudang, received.id, "salah"))
    assert "tersedia 20 kg" in str(error)


def test_a_transfer_movement_is_not_reversed_on_its_own(env):
    receive(env, "GDG", ReceiveLine("GEN", 1, serials=("G-9",)), ReceiveLine("BRS", 50))
    booking = env.db.write(lambda s: transfers.transfer_goods(s, env.gudang, "GDG", "LS1",
                                                          [IssueLine("GEN", 1), IssueLine("BRS", 20)]))
    gen_out = next(m for m in booking.movements if m.item == "GEN" and m.kind == "transfer_out")
    error = refused(env, NotReversible, lambda s: stock.reverse_movement(s, env.gudang, gen_out.id, "salah gudang"))
    assert "penerimaan mutasi di gudang tujuan" in str(error)
    with env.db.read() as s:
        assert equipment.get_unit(s, "GEN", "G-9").warehouse == "LS1"
        check_invariants(s)
    assert on_hand(env, "LS1", "BRS") == 20


def test_reversed_receipt_of_a_serial_frees_the_serial(env):
    m = receive(env, "GDG", ReceiveLine("GEN", 1, serials=("X-1",))).movements[0]
    env.db.write(lambda s: stock.reverse_movement(s, env.gudang, m.id, "nomor seri salah"))
    with env.db.read() as s:
        assert equipment.get_unit(s, "GEN", "X-1").status == "batal"
        check_invariants(s)
    receive(env, "LS1", ReceiveLine("GEN", 1, serials=("X-1",)))
    with env.db.read() as s:
        assert equipment.get_unit(s, "GEN", "X-1").warehouse == "LS1"
        check_invariants(s)


def test_roles_are_checked_in_the_services(env):
    for role in ("pemantau", "koordinator"):
        actor = env.users[role]
        refused(env, PermissionDenied, lambda s, a=actor: stock.receive_goods(
            s, a, "GDG", [ReceiveLine("BRS", 1)], source="apbd"))
    receive(env, "GDG", ReceiveLine("BRS", 10))
    refused(env, PermissionDenied, lambda s: stock.issue_goods(
        s, env.users["pemantau"], "GDG", [IssueLine("BRS", 1)], recipient="x"))
    refused(env, PermissionDenied, lambda s: transfers.transfer_goods(
        s, env.users["koordinator"], "GDG", "LS1", [IssueLine("BRS", 1)]))
    with env.db.read() as s:
        movement_id = s.scalar(select(StockMovement.id))
    refused(env, PermissionDenied, lambda s: stock.reverse_movement(s, env.users["pemantau"], movement_id, "x"))
