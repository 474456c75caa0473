"""A count is sent for approval by the warehouse and approved (posted) by an official who did not
count it; an item that expires is counted per batch, and goods found name their batch and expiry."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from inventory import counts, queries
from inventory.errors import CountNotSubmitted, CountSubmitted
from inventory.models import Batch
from inventory.stock import ReceiveLine
from tagana_app.errors import OwnWorkRefused, PermissionDenied, ValidationError

from .conftest import check_invariants, days
from .test_operations import on_hand, receive, refused

pytestmark = pytest.mark.dates  # numbers by month, cut-off and document date of the adjustments


def _counted(env, counter=None):  # noqa: ANN001, ANN202
    """Rice 100 kg and 10 velbeds; the counter finds 97 kg (3 kg spilled) and every velbed."""
    receive(env, "GDG", ReceiveLine("BRS", 100), ReceiveLine("VEL", 10))
    number = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG")).number
    who = counter or env.gudang
    for item, qty, reason in (("BRS", 97, "tercecer"), ("VEL", 10, ""), ("GEN", 0, "")):
        env.db.write(lambda s, i=item, q=qty, r=reason: counts.enter_count(s, who, number, i, q, reason=r))
    return number


def test_a_count_is_sent_for_approval_and_approved_by_an_official_who_did_not_count(env):
    number = _counted(env)
    refused(env, PermissionDenied, lambda s: counts.approve_count(s, env.gudang, number))
    refused(env, CountNotSubmitted, lambda s: counts.approve_count(s, env.pejabat, number))
    info = env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    assert info.status == "diajukan" and info.submitted_by == "gudang" and info.counted_by == ("gudang",)
    with env.db.read() as s:
        assert [c.number for c in counts.list_counts(s, pending=True)] == [number]
    # sent: the counts are frozen, the differences not yet booked
    refused(env, CountSubmitted, lambda s: counts.enter_count(s, env.gudang, number, "BRS", 100))
    assert on_hand(env, "GDG", "BRS") == 100
    # the clerk may not approve; the official who did not count does
    refused(env, PermissionDenied, lambda s: counts.approve_count(s, env.gudang, number))
    info, booking = env.db.write(lambda s: counts.approve_count(s, env.pejabat, number))
    assert info.status == "diposting" and info.posted_by == "pejabat"
    assert [(m.item, m.qty_out, m.kind) for m in booking.movements] == [("BRS", 3, "adjust")]
    assert on_hand(env, "GDG", "BRS") == 97
    with env.db.read() as s:
        assert counts.list_counts(s, pending=True) == []
        check_invariants(s)
    refused(env, CountNotSubmitted, lambda s: counts.approve_count(s, env.pejabat, number))


def test_whoever_entered_counts_or_sent_the_count_cannot_approve_it(env):
    admin = env.users["admin"]  # the administrator may count and approve, but not both on one count
    number = _counted(env, counter=admin)
    env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    error = refused(env, OwnWorkRefused, lambda s: counts.approve_count(s, admin, number))
    assert f"tidak boleh menyetujui stock opname {number} atas pekerjaannya sendiri" in str(error)
    assert "yang berwenang: pejabat atau admin, selain 'admin'" in str(error)
    assert on_hand(env, "GDG", "BRS") == 100
    # the official sends it back to be recounted, with a note; the admin's count of rice is replaced
    refused(env, ValidationError, lambda s: counts.return_count(s, env.pejabat, number, " "))
    info = env.db.write(lambda s: counts.return_count(s, env.pejabat, number, "hitung ulang beras"))
    assert info.status == "dibuka"
    for item in ("BRS", "VEL", "GEN"):
        qty = {"BRS": 98, "VEL": 10, "GEN": 0}[item]
        env.db.write(lambda s, i=item, q=qty: counts.enter_count(s, env.gudang, number, i, q, reason="tercecer"))
    env.db.write(lambda s: counts.submit_count(s, admin, number))  # now the admin only sent it
    refused(env, OwnWorkRefused, lambda s: counts.approve_count(s, admin, number))
    env.db.write(lambda s: counts.approve_count(s, env.pejabat, number))
    assert on_hand(env, "GDG", "BRS") == 98


def test_an_expiring_item_is_counted_per_batch_and_goods_found_name_batch_and_expiry(env):
    receive(env, "GDG", ReceiveLine("MSS", 20, batch="B1", expiry=days(60)))
    number = env.db.write(lambda s: counts.start_count(s, env.gudang, "GDG")).number
    error = refused(env, ValidationError, lambda s: counts.enter_count(s, env.gudang, number, "MSS", 5))
    assert "MSS" in str(error) and "kode batch" in str(error)
    error = refused(env, ValidationError,
                    lambda s: counts.enter_count(s, env.gudang, number, "MSS", 5, batch="B9", reason="ditemukan"))
    assert "B9" in str(error) and "kedaluwarsa" in str(error)
    env.db.write(lambda s: counts.enter_count(s, env.gudang, number, "MSS", 20, batch="B1"))
    line = env.db.write(lambda s: counts.enter_count(s, env.gudang, number, "MSS", 5, batch="B9",
                                                     expiry=days(200), reason="ditemukan di rak C"))
    assert (line.batch, line.expiry, line.snapshot_qty, line.difference) == ("B9", days(200), 0, 5)
    for item in ("BRS", "VEL", "GEN"):
        env.db.write(lambda s, i=item: counts.enter_count(s, env.gudang, number, i, 0))
    env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    env.db.write(lambda s: counts.approve_count(s, env.pejabat, number))
    with env.db.read() as s:
        rows = {(b.batch, b.expiry, b.quantity) for b in queries.balances(s, warehouse="GDG", item="MSS")}
        assert s.scalar(select(Batch.expiry).where(Batch.code == "B9")) == days(200)
        check_invariants(s)
    assert rows == {("B1", days(60), 20), ("B9", days(200), 5)}


def test_count_submit_and_approve_on_the_command_line(env, run):
    receive(env, "GDG", ReceiveLine("BRS", 50))
    code, out, _ = run("stock", "count", "start", "GDG", "--json")
    number = json.loads(out)["number"]
    code, _, err = run("stock", "count", "enter", number, "MSS", "3")
    assert code == 1 and "kode batch" in err
    for item, qty in (("BRS", "48"), ("VEL", "0"), ("GEN", "0")):
        assert run("stock", "count", "enter", number, item, qty, "--reason", "susut", user="admin")[0] == 0
    code, out, _ = run("stock", "count", "submit", number, "--json")
    assert code == 0 and json.loads(out)["status"] == "diajukan"
    code, _, err = run("stock", "count", "approve", number)
    assert code == 1 and "tidak berwenang" in err
    code, _, err = run("stock", "count", "approve", number, user="admin")
    assert code == 1 and "atas pekerjaannya sendiri" in err and "selain 'admin'" in err
    assert json.loads(run("stock", "balance", "--item", "BRS", "--json")[1])[0]["on_hand"] == 50
    assert run("stock", "count", "approve")[0] == 2
    code, out, _ = run("stock", "count", "approve", number, "--json", user="pejabat")
    assert code == 0 and json.loads(out)["status"] == "diposting"
    assert json.loads(run("stock", "balance", "--item", "BRS", "--json")[1])[0]["on_hand"] == 48
