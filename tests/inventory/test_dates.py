"""Expiry across a month end and 29 February: a batch is usable on its expiry date and expired the
day after, by the office's clock."""

from __future__ import annotations

from datetime import date

import pytest

from inventory import queries, stock
from inventory.errors import ExpiredStockRefused
from inventory.stock import IssueLine, ReceiveLine

pytestmark = pytest.mark.dates


@pytest.fixture
def leap_env(clock_at, db, users, request):  # noqa: ANN001, ANN201
    """The warehouse of ``env``, set up a week before 29 February 2028 (the database and users of any day)."""
    clock_at.set("2028-02-22T09:00")
    return request.getfixturevalue("env")


def _alerts(env) -> dict[str, str]:  # noqa: ANN001
    with env.db.read() as s:
        return {a.batch: a.kind for a in queries.alerts(s, alert_days=7) if a.item == "MSS"}


def _overview_alert(env) -> str:  # noqa: ANN001
    with env.db.read() as s:
        return queries.stock_overview(s, queries.StockFilter(item="MSS", alert_days=7))[0].alert


def test_a_batch_expiring_on_29_february_is_usable_that_day_and_expired_on_1_march(leap_env, clock_at):
    env = leap_env
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [
        ReceiveLine("MSS", 10, batch="LEAP", expiry=date(2028, 2, 29))], source="kemensos"))
    issue = lambda: env.db.write(lambda s: stock.issue_goods(  # noqa: E731
        s, env.gudang, "GDG", [IssueLine("MSS", 2)], recipient="Posko uji"))

    clock_at.set("2028-02-29T23:59:00")
    assert _alerts(env) == {"LEAP": "expiring"} and _overview_alert(env) == "expiring"
    booking = issue()
    assert booking.doc_date == date(2028, 2, 29) and booking.doc_number.endswith("/II/2028")

    clock_at.set("2028-03-01T00:00:30")  # the next day in WIB (still 29 February in UTC)
    assert _alerts(env) == {"LEAP": "expired"} and _overview_alert(env) == "expired"
    with pytest.raises(ExpiredStockRefused):
        issue()
    clock_at.set("2028-02-29T16:59:00+00:00", zone="WIT")  # 01:59 on 1 March in Jayapura
    assert _alerts(env) == {"LEAP": "expired"}


def test_expiring_soon_counts_the_days_across_a_year_end(env, clock_at):
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [
        ReceiveLine("MSS", 5, batch="JAN", expiry=date(2027, 1, 7))], source="kemensos"))
    clock_at.set("2026-12-30T12:00")  # 8 days before: not yet within a 7-day alert
    assert _alerts(env) == {}
    clock_at.set("2026-12-31T12:00")  # 7 days before
    assert _alerts(env) == {"JAN": "expiring"}
    clock_at.set("2027-01-08T00:01")
    assert _alerts(env) == {"JAN": "expired"}
