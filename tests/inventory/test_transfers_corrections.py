"""Transfers with a road in between, and corrections by a reversing document."""

from __future__ import annotations

import json

from sqlalchemy import select

from inventory import corrections, equipment, stock, transfers
from inventory.errors import (
    AlreadyCorrected,
    ExpiredStockRefused,
    InsufficientStock,
    NotCorrectable,
    SerialOutOnLoan,
    TransferNotInTransit,
)
from inventory.models import StockCorrection, StockMovement
from inventory.stock import IssueLine, ReceiveLine
from tagana_app.errors import PermissionDenied, ValidationError

from .conftest import check_invariants, days
from .test_operations import issue, on_hand, receive, refused


def send(env, *lines, actor=None, **kw):  # noqa: ANN001, ANN003
    return env.db.write(lambda s: transfers.send_transfer(s, actor or env.gudang, "GDG", "LS1", list(lines), **kw))


def test_a_transfer_is_on_the_road_until_received_short_with_a_reason(env):
    receive(env, "GDG", ReceiveLine("BRS", 100, unit_price=12_000), ReceiveLine("GEN", 2, serials=("G-1", "G-2")))
    info = send(env, IssueLine("BRS", 100), IssueLine("GEN", 2), driver="Joko", vehicle="BD 1234 AB")
    assert info.status == "dikirim" and [x.qty_received for x in info.lines] == [None, None, None]
    # it left the source and is in no warehouse: "dalam perjalanan"
    assert on_hand(env, "GDG", "BRS") == 0 and on_hand(env, "LS1", "BRS") == 0
    with env.db.read() as s:
        road = transfers.in_transit(s)
        assert [(x.number, x.item, x.quantity, x.value) for x in road] == [
            (info.number, "BRS", 100, 1_200_000), (info.number, "GEN", 1, None), (info.number, "GEN", 1, None)]
        assert transfers.in_transit_totals(s) == {("LS1", "BRS"): 100, ("LS1", "GEN"): 2}
        assert equipment.get_unit(s, "GEN", "G-1").status == "dipinjam"
        check_invariants(s)
    # a unit on the road is not received by a receipt
    refused(env, SerialOutOnLoan, lambda s: stock.receive_goods(
        s, env.gudang, "LS1", [ReceiveLine("GEN", 1, serials=("G-1",))], source="return"))
    # a difference needs a reason; nothing is booked without it
    error = refused(env, ValidationError, lambda s: transfers.receive_transfer(
        s, env.gudang, info.number, {"BRS": 90}))
    assert "kurang 10" in str(error) and "alasan selisih" in str(error)
    refused(env, ValidationError, lambda s: transfers.receive_transfer(s, env.gudang, info.number, {"BRS": 101},
                                                                       reason="x"))
    done = env.db.write(lambda s: transfers.receive_transfer(
        s, env.gudang, info.number, {"BRS": 90}, missing_serials=("G-2",), reason="10 kg sobek di jalan, 1 genset hilang"))
    assert done.status == "diterima_selisih" and done.difference_reason.startswith("10 kg sobek")
    assert [(x.item, x.qty_sent, x.qty_received, x.lost) for x in done.lines] == [
        ("BRS", 100, 90, 10), ("GEN", 1, 1, 0), ("GEN", 1, 0, 1)]
    assert on_hand(env, "LS1", "BRS") == 90 and on_hand(env, "LS1", "GEN") == 1 and on_hand(env, "GDG", "BRS") == 0
    with env.db.read() as s:
        assert transfers.in_transit(s) == []
        assert equipment.get_unit(s, "GEN", "G-1").warehouse == "LS1"
        assert equipment.get_unit(s, "GEN", "G-2").status == "dihapus"
        kinds = [(m.kind, m.qty_in - m.qty_out) for m in s.scalars(select(StockMovement).where(
            StockMovement.doc_number == info.number, StockMovement.item_id == 2).order_by(StockMovement.id))]
        assert kinds == [("transfer_out", -100), ("transfer_in", 90)]  # the 10 lost are on the transfer line
        check_invariants(s)
    refused(env, TransferNotInTransit, lambda s: transfers.receive_transfer(s, env.gudang, info.number))


def test_a_transfer_received_in_full_and_refusals(env):
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="A", expiry=days(40)))
    info = send(env, IssueLine("MSS", 6))
    done = env.db.write(lambda s: transfers.receive_transfer(s, env.gudang, info.number))
    assert done.status == "diterima" and on_hand(env, "LS1", "MSS") == 6
    refused(env, InsufficientStock, lambda s: transfers.send_transfer(s, env.gudang, "GDG", "LS1",
                                                                     [IssueLine("MSS", 5)]))
    refused(env, ValidationError, lambda s: transfers.send_transfer(s, env.gudang, "GDG", "GDG",
                                                                   [IssueLine("MSS", 1)]))
    refused(env, ValidationError, lambda s: transfers.send_transfer(s, env.gudang, "GDG", "LS1",
                                                                   [IssueLine("MSS", 1)], doc_date=days(1)))
    refused(env, PermissionDenied, lambda s: transfers.send_transfer(s, env.users["koordinator"], "GDG", "LS1",
                                                                    [IssueLine("MSS", 1)]))


def test_expired_batches_need_a_pejabats_reason_on_transfer(env):
    receive(env, "GDG", ReceiveLine("MSS", 10, batch="OLD", expiry=days(-3)),
            ReceiveLine("MSS", 5, batch="NEW", expiry=days(60)))
    # FEFO takes the good batch; the expired one is not moved without a reason
    info = send(env, IssueLine("MSS", 5))
    assert [(x.batch, x.qty_sent) for x in info.lines] == [("NEW", 5)]
    error = refused(env, ExpiredStockRefused, lambda s: transfers.send_transfer(
        s, env.gudang, "GDG", "LS1", [IssueLine("MSS", 10)]))
    assert "10 paket sudah kedaluwarsa" in str(error)
    refused(env, PermissionDenied, lambda s: transfers.send_transfer(
        s, env.gudang, "GDG", "LS1", [IssueLine("MSS", 10)], override_expired="untuk dimusnahkan di gudang pusat"))
    refused(env, ValidationError, lambda s: transfers.send_transfer(
        s, env.pejabat, "GDG", "LS1", [IssueLine("MSS", 10)], override_expired=" "))
    refused(env, PermissionDenied, lambda s: transfers.send_transfer(s, env.pejabat, "GDG", "LS1",
                                                                    [IssueLine("MSS", 1)]))
    info = env.db.write(lambda s: transfers.send_transfer(s, env.pejabat, "GDG", "LS1", [IssueLine("MSS", 10)],
                                                          override_expired="untuk dimusnahkan di gudang pusat"))
    assert [(x.batch, x.qty_sent) for x in info.lines] == [("OLD", 10)]
    with env.db.read() as s:
        assert transfers.in_transit(s, "LS1")[-1].batch == "OLD"
        check_invariants(s)


def test_a_receipt_is_corrected_by_a_reversing_document(env):
    booking = receive(env, "GDG", ReceiveLine("BRS", 100), ReceiveLine("GEN", 1, serials=("G-7",)),
                      ReceiveLine("MSS", 5, batch="A", expiry=days(30)))
    info = env.db.write(lambda s: corrections.correct_document(s, env.gudang, booking.doc_number,
                                                               "diketik ke gudang yang salah"))
    assert info.number.split("/")[1] == "KOR" and info.original_number == booking.doc_number
    assert sorted(m.reverses_id for m in info.movements) == sorted(m.id for m in booking.movements)
    assert on_hand(env, "GDG", "BRS") == 0 and on_hand(env, "GDG", "MSS") == 0
    with env.db.read() as s:
        row = s.scalar(select(StockCorrection))
        assert (row.number, row.original_number, row.original_doc_type) == (info.number, booking.doc_number,
                                                                            "penerimaan")
        assert equipment.get_unit(s, "GEN", "G-7").status == "batal"
        assert corrections.corrections_of(s, booking.doc_number) == [info.number]
        check_invariants(s)
    error = refused(env, AlreadyCorrected, lambda s: corrections.correct_document(s, env.gudang,
                                                                                 booking.doc_number, "lagi"))
    assert info.number in str(error)
    refused(env, NotCorrectable, lambda s: corrections.correct_document(s, env.gudang, info.number, "x"))


def test_an_issue_is_corrected_and_refusals(env):
    receive(env, "GDG", ReceiveLine("BRS", 100))
    booking = issue(env, "GDG", IssueLine("BRS", 30))
    refused(env, ValidationError, lambda s: corrections.correct_document(s, env.gudang, booking.doc_number, " "))
    refused(env, PermissionDenied, lambda s: corrections.correct_document(s, env.users["koordinator"],
                                                                         booking.doc_number, "x"))
    env.db.write(lambda s: corrections.correct_document(s, env.gudang, booking.doc_number, "penerima salah"))
    assert on_hand(env, "GDG", "BRS") == 100
    transfer = send(env, IssueLine("BRS", 10))
    error = refused(env, NotCorrectable, lambda s: corrections.correct_document(s, env.gudang, transfer.number, "x"))
    assert "penerimaan mutasi di gudang tujuan" in str(error)


def test_transfer_and_correction_commands(run, env):
    assert run("stock", "receive", "GDG", "BRS", "100", "--doc-number", "SP-9")[0] == 0
    code, out, _ = run("stock", "transfer", "GDG", "LS1", "BRS", "40", "--driver", "Joko", "--json")
    number = json.loads(out)["number"]
    assert code == 0 and json.loads(out)["lines"][0]["qty_sent"] == 40
    code, out, _ = run("stock", "in-transit")
    assert code == 0 and number in out
    code, _, err = run("stock", "transfer-receive", number, "--received", "BRS=35")
    assert code == 1 and "alasan selisih" in err
    code, out, _ = run("stock", "transfer-receive", number, "--received", "BRS=35", "--reason", "karung sobek",
                       "--json")
    received = json.loads(out)
    assert code == 0 and received["status"] == "diterima_selisih" and received["lines"][0]["qty_received"] == 35
    assert run("stock", "transfer-receive", number)[0] == 1
    code, _, err = run("stock", "correct", number, "--reason", "x")
    assert code == 1 and "penerimaan mutasi" in err
    assert run("stock", "correct", "SP-9")[0] == 2  # --reason is required
    code, _, err = run("stock", "correct", "SP-9", "--reason", "dobel dicatat")
    assert code == 1 and "tersedia 60 kg" in err  # 40 of the 100 have left: the receipt cannot be taken back
    code, out, _ = run("stock", "issue", "GDG", "BRS", "10", "--to", "Posko A", "--json")
    issued = json.loads(out)["doc_number"]
    code, out, _ = run("stock", "correct", issued, "--reason", "penerima salah", "--json")
    correction = json.loads(out)
    assert code == 0 and correction["original_number"] == issued and "/KOR/" in correction["number"]
    assert on_hand(env, "LS1", "BRS") == 35 and on_hand(env, "GDG", "BRS") == 60


def test_the_stock_report_shows_goods_in_transit(env):
    from deployment.reports import REPORTS
    from deployment.reports.model import ReportFilter
    from tagana_app.progress import NullProgress

    receive(env, "GDG", ReceiveLine("BRS", 100))
    info = send(env, IssueLine("BRS", 40))

    def report(**kw):  # noqa: ANN003, ANN202
        with env.db.read() as s:
            return REPORTS["stock"].build(s, ReportFilter(**kw), NullProgress())
    made = report()
    assert [(t.from_warehouse, t.to_warehouse, t.item, t.quantity) for t in made.in_transit] == [
        ("GDG", "LS1", "BRS", 40)]
    transit = made.tables()[-1]
    assert transit.key == "perjalanan" and transit.rows[0][1:3] == ("GDG", "LS1")
    assert report(as_of=days(-1)).in_transit == ()  # not yet sent the day before
    env.db.write(lambda s: transfers.receive_transfer(s, env.gudang, info.number))
    assert report().in_transit == () and len(report().tables()) == 2
