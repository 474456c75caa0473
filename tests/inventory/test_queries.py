"""The stock overview (filters, sort, paging in SQL), alerts, balances and the stock card."""

from __future__ import annotations

from inventory import catalog, queries
from inventory.queries import StockFilter
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, settings

from .conftest import days
from .test_operations import issue, receive


def _overview(env, flt=None, sort="item", limit=100, offset=0):
    with env.db.read() as s:
        return queries.stock_overview(s, flt or StockFilter(), sort, limit, offset), queries.count_overview(s, flt)


def _stock(env):
    receive(env, "GDG", ReceiveLine("BRS", 100), ReceiveLine("MSS", 10, batch="X", expiry=days(-1)),
            ReceiveLine("MSS", 50, batch="Y", expiry=days(30)), ReceiveLine("VEL", 5))
    receive(env, "LS1", ReceiveLine("MSS", 20, batch="Z", expiry=days(200)), ReceiveLine("BRS", 3))
    env.db.write(lambda s: catalog.set_minimum(s, env.gudang, "LS1", "BRS", 10))
    env.db.write(lambda s: catalog.set_minimum(s, env.gudang, "GDG", "GEN", 2))


def test_overview_rows_alerts_and_filters(env):
    _stock(env)
    rows, total = _overview(env)
    assert total == len(rows) == 6
    by_key = {(r.warehouse, r.item): r for r in rows}
    assert by_key[("GDG", "MSS")].on_hand == 60 and by_key[("GDG", "MSS")].nearest_expiry == days(-1)
    assert by_key[("GDG", "MSS")].alert == "expired"
    assert by_key[("LS1", "BRS")].alert == "below_min" and by_key[("LS1", "BRS")].minimum == 10
    assert by_key[("GDG", "GEN")].on_hand == 0 and by_key[("GDG", "GEN")].alert == "below_min"
    assert by_key[("LS1", "MSS")].alert == ""
    assert {(r.warehouse, r.item) for r in _overview(env, StockFilter(alert="below_min"))[0]} == {
        ("LS1", "BRS"), ("GDG", "GEN")}
    assert [(r.warehouse, r.item) for r in _overview(env, StockFilter(alert="expired"))[0]] == [("GDG", "MSS")]
    assert _overview(env, StockFilter(alert="expiring"))[1] == 0
    assert _overview(env, StockFilter(alert="expiring", alert_days=250))[1] == 1  # LS1 MSS at +200 days
    assert _overview(env, StockFilter(alert="any"))[1] == 3
    assert {r.item for r in _overview(env, StockFilter(warehouse="ls1"))[0]} == {"MSS", "BRS"}
    assert {r.item for r in _overview(env, StockFilter(category="Pangan"))[0]} == {"MSS", "BRS"}
    assert {r.item for r in _overview(env, StockFilter(text="bera"))[0]} == {"BRS"}
    assert _overview(env, StockFilter(text="karang tinggi"))[1] == 2  # the lumbung's name
    assert _overview(env, StockFilter(text="100%_"))[1] == 0  # LIKE wildcards are taken literally


def test_overview_sorts_and_pages_without_overlap(env):
    _stock(env)
    for sort in ("item", "-item", "code", "category", "warehouse", "-on_hand", "minimum", "expiry", "-expiry",
                 "alert", "-alert"):
        everything, total = _overview(env, sort=sort)
        pages = [r for offset in range(0, total, 4) for r in _overview(env, sort=sort, limit=4, offset=offset)[0]]
        assert [(r.warehouse, r.item) for r in pages] == [(r.warehouse, r.item) for r in everything], sort
    on_hand = [r.on_hand for r in _overview(env, sort="-on_hand")[0]]
    assert on_hand == sorted(on_hand, reverse=True)
    assert _overview(env, sort="-alert")[0][0].alert == "expired"
    expiry = [r.nearest_expiry for r in _overview(env, sort="expiry")[0]]
    assert expiry[:2] == [days(-1), days(200)] and expiry[-1] is None


def test_alert_days_come_from_the_office_setting(env, admin):
    _stock(env)
    assert _overview(env, StockFilter(alert="expiring"))[1] == 0
    env.db.write(lambda s: settings.set_office(s, admin, {settings.EXPIRY_ALERT_DAYS: 365}))
    assert _overview(env, StockFilter(alert="expiring"))[1] == 1
    with env.db.read() as s:
        kinds = sorted((a.kind, a.warehouse, a.item) for a in queries.alerts(s))
    assert kinds == [("below_min", "GDG", "GEN"), ("below_min", "LS1", "BRS"), ("expired", "GDG", "MSS"),
                     ("expiring", "GDG", "MSS"), ("expiring", "LS1", "MSS")]


def test_stock_card_has_the_government_columns_and_running_balance(env):
    receive(env, "GDG", ReceiveLine("BRS", 100), sender="Kemensos RI", doc_number="BAST-1",
            doc_date=days(-300), backdate_reason="dicatat kemudian")
    issue(env, "GDG", IssueLine("BRS", 30), recipient="Posko Desa A", doc_number="SBBK-1")
    receive(env, "GDG", ReceiveLine("BRS", 5), source="donor", sender="PT Contoh")
    with env.db.read() as s:
        card = queries.stock_card(s, "GDG", "BRS")
        assert [(x.doc_number, x.counterparty, x.qty_in, x.qty_out, x.balance) for x in card.lines] == [
            ("BAST-1", "Kemensos RI", 100, 0, 100), ("SBBK-1", "Posko Desa A", 0, 30, 70),
            (card.lines[2].doc_number, "PT Contoh", 5, 0, 75)]
        assert card.lines[0].doc_date == days(-300) and card.lines[0].date == clock.today()
        assert (card.opening_balance, card.total_in, card.total_out, card.closing_balance) == (0, 105, 30, 75)
        later = queries.stock_card(s, "GDG", "BRS", since=days(1))
        assert (later.opening_balance, later.lines) == (75, ())
        assert [b.quantity for b in queries.balances(s, warehouse="GDG")] == [75]


def test_stock_card_goes_by_document_date_with_balances_that_follow(env):
    """A receipt entered a month late, dated before an issue entered earlier: the card lists it first,
    and the balance on the issue's date does not count goods that came later; a period is one of
    document dates."""
    receive(env, "GDG", ReceiveLine("BRS", 50), sender="Kemensos RI", doc_number="BAST-A", doc_date=days(-40), backdate_reason="dicatat kemudian")
    issue(env, "GDG", IssueLine("BRS", 30), recipient="Posko Desa A", doc_number="SBBK-1", doc_date=days(-20), backdate_reason="dicatat kemudian")
    receive(env, "GDG", ReceiveLine("BRS", 5), sender="PT Contoh", doc_number="BAST-C", doc_date=days(-5), backdate_reason="dicatat kemudian")
    # entered last, dated between the first receipt and the issue; the second one on the issue's date
    receive(env, "GDG", ReceiveLine("BRS", 100), sender="BPBD", doc_number="BAST-B", doc_date=days(-30), backdate_reason="dicatat kemudian")
    receive(env, "GDG", ReceiveLine("BRS", 7), sender="Donatur", doc_number="BAST-D", doc_date=days(-20), backdate_reason="dicatat kemudian")
    with env.db.read() as s:
        card = queries.stock_card(s, "GDG", "BRS")
        assert [(x.doc_number, x.doc_date, x.qty_in, x.qty_out, x.balance) for x in card.lines] == [
            ("BAST-A", days(-40), 50, 0, 50), ("BAST-B", days(-30), 100, 0, 150), ("SBBK-1", days(-20), 0, 30, 120),
            ("BAST-D", days(-20), 7, 0, 127), ("BAST-C", days(-5), 5, 0, 132)]
        assert card.closing_balance == 132
        period = queries.stock_card(s, "GDG", "BRS", since=days(-25), until=days(-10))
        assert period.opening_balance == 150
        assert [(x.doc_number, x.balance) for x in period.lines] == [("SBBK-1", 120), ("BAST-D", 127)]
