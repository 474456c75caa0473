"""Receipts and issues as documents: the header (stock_document), the sender's document shared by
many lines, dates of documents rather than of typing, and the value of stock batch by batch."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select, update

from deployment.reports import REPORTS, ReportFilter
from inventory import queries, stock, values
from inventory.models import StockCount, StockDocument, StockMovement, Warehouse
from inventory.stock import IssueLine, ReceiveLine
from inventory.stock_documents import get_document
from tagana_app import clock
from tagana_app.errors import ValidationError
from tagana_app.progress import NullProgress

from .conftest import TODAY, check_invariants, days, snapshot

pytestmark = pytest.mark.dates


def _receive(env, *lines, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
    kw.setdefault("source", "kemensos")
    return env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", list(lines), **kw))


def _documents(env) -> int:  # noqa: ANN001
    with env.db.read() as s:
        return s.scalar(select(func.count()).select_from(StockDocument))


def test_many_lines_and_documents_under_one_delivery_note(env):
    first = _receive(env, ReceiveLine("BRS", 500), ReceiveLine("MSS", 40, expiry=days(200)),
                     ReceiveLine("VEL", 10), ref_number="SJ-KEMENSOS/123", ref_date=days(-2), sender="Kemensos RI",
                     remarks="truk pertama")
    # the rest of the same delivery note comes the next day: the second document under the same number
    second = _receive(env, ReceiveLine("BRS", 250), ref_number="SJ-KEMENSOS/123")
    assert first.doc_number != second.doc_number and "SJ-KEMENSOS" not in first.doc_number
    assert first.ref_number == second.ref_number == "SJ-KEMENSOS/123"
    with env.db.read() as s:
        doc = get_document(s, "penerimaan", first.doc_number)
        check_invariants(s)
    assert (doc.warehouse, doc.ref_number, doc.ref_date, doc.counterparty, doc.source, doc.remarks) == (
        "GDG", "SJ-KEMENSOS/123", days(-2), "Kemensos RI", "kemensos", "truk pertama")
    assert doc.entered_by == "gudang" and doc.doc_date == TODAY and doc.backdate_reason == ""
    assert [(x.line_no, x.item, x.quantity, x.expiry) for x in doc.lines] == [
        (1, "BRS", 500, None), (2, "MSS", 40, days(200)), (3, "VEL", 10, None)]
    assert doc.value is None and doc.unpriced_lines == 3


def test_fefo_value_arithmetic_two_priced_lots_issue_150(env):
    _receive(env, ReceiveLine("BRS", 100, unit_price=10_000))
    _receive(env, ReceiveLine("BRS", 100, unit_price=12_000))
    issue = env.db.write(lambda s: stock.issue_goods(s, env.gudang, "GDG", [IssueLine("BRS", 150)],
                                                     recipient="Posko Desa A", ref_number="SPm-7"))
    with env.db.read() as s:
        assert values.value_on_hand(s).value == 600_000
        assert values.value_on_hand(s).complete
        lots = values.batch_values(s, warehouse="GDG", item="BRS")
        assert [(b.quantity, b.unit_price, b.value) for b in lots] == [(50, 12_000, 600_000)]
        doc = get_document(s, "pengeluaran", issue.doc_number)
        assert [(x.quantity, x.unit_price) for x in doc.lines] == [(100, 10_000), (50, 12_000)]
        assert doc.value == 1_600_000 and doc.ref_number == "SPm-7" and doc.counterparty == "Posko Desa A"
        report = REPORTS["value"].build(s, ReportFilter(), NullProgress())
        card = queries.stock_card(s, "GDG", "BRS")
    assert report.total_value == 600_000 and [(r.item, r.quantity, r.value, r.unpriced) for r in report.rows] == [
        ("BRS", 50, 600_000, 0)]
    assert [(x.value_in, x.value_out, x.balance_value) for x in card.lines] == [
        (1_000_000, None, 1_000_000), (1_200_000, None, 2_200_000), (None, 1_000_000, 1_200_000),
        (None, 600_000, 600_000)]


def test_unknown_prices_are_reported_apart_not_as_zero_and_serial_units_keep_their_price(env):
    _receive(env, ReceiveLine("BRS", 80), ReceiveLine("BRS", 20, batch="B-HARGA", unit_price=11_000),
             ReceiveLine("VEL", 5), ReceiveLine("GEN", 2, serials=("G-1", "G-2"), unit_price=7_500_000))
    with env.db.read() as s:
        total = values.value_on_hand(s, warehouse="GDG")
        report = REPORTS["value"].build(s, ReportFilter(warehouse="GDG"), NullProgress())
    assert total.value == 220_000 + 15_000_000 and total.unpriced == {"kg": 80, "unit": 5}
    rows = {r.item: (r.quantity, r.value, r.unpriced) for r in report.rows}
    assert rows == {"BRS": (100, 220_000, 80), "GEN": (2, 15_000_000, 0), "VEL": (5, 0, 5)}
    main = report.tables()[0]
    by_item = {row[4]: row for row in main.rows}
    assert by_item["VEL"][8:] == ("harga belum tercatat", "5 unit") and by_item["BRS"][8:] == (220_000, "80 kg")
    assert report.unpriced_items == 2 and report.total_value == 15_220_000


def test_as_of_and_the_stock_card_go_by_the_document_date(env):
    _receive(env, ReceiveLine("BRS", 30), doc_date=days(-5), backdate_reason="surat jalan tiba terlambat")
    _receive(env, ReceiveLine("BRS", 100))
    # old data may hold a document dated ahead (future dates are refused now): it does not count today
    late = _receive(env, ReceiveLine("BRS", 7))
    env.db.write(lambda s: s.execute(update(StockMovement).where(StockMovement.doc_number == late.doc_number)
                                     .values(doc_date=days(160))))

    def position(day):  # noqa: ANN001, ANN202
        with env.db.read() as s:
            report = REPORTS["stock"].build(s, ReportFilter(as_of=day), NullProgress())
            value = REPORTS["value"].build(s, ReportFilter(as_of=day), NullProgress())
        assert [r.quantity for r in value.rows] == [r.quantity for r in report.rows]
        return {r.item: r.quantity for r in report.rows}

    assert position(days(-6)) == {}
    assert position(days(-5)) == {"BRS": 30}
    assert position(TODAY) == {"BRS": 130}
    assert position(days(160)) == {"BRS": 137}
    with env.db.read() as s:
        card = queries.stock_card(s, "GDG", "BRS")
        since = queries.stock_card(s, "GDG", "BRS", since=days(-1))
    first = card.lines[0]
    assert (first.doc_date, first.date, first.backdate_reason) == (days(-5), TODAY, "surat jalan tiba terlambat")
    assert "tanggal mundur: surat jalan tiba terlambat" in first.note
    assert since.opening_balance == 30 and since.opening_value is None


def test_future_dates_and_dates_before_a_posted_count_are_refused_with_nothing_written(env):
    _receive(env, ReceiveLine("BRS", 100))
    before, docs = snapshot(env.db), _documents(env)
    with pytest.raises(ValidationError, match="belum terjadi"):
        _receive(env, ReceiveLine("BRS", 5), doc_date=days(1))
    with pytest.raises(ValidationError, match="alasan tanggal mundur"):
        _receive(env, ReceiveLine("BRS", 5), doc_date=days(-1))
    with pytest.raises(ValidationError, match="belum terjadi"):
        env.db.write(lambda s: stock.issue_goods(s, env.gudang, "GDG", [IssueLine("BRS", 5)], recipient="x",
                                                 doc_date=days(1)))

    def posted_count(s):  # noqa: ANN001, ANN202
        wh = s.scalar(select(Warehouse).where(Warehouse.code == "GDG"))
        cutoff = datetime.combine(days(-3), time(16), tzinfo=clock.zone())
        s.add(StockCount(number="SO-UJI-1", warehouse_id=wh.id, status="diposting", cutoff_at=cutoff))

    env.db.write(posted_count)
    before, docs = snapshot(env.db), _documents(env)
    with pytest.raises(ValidationError, match="sebelum stock opname"):
        _receive(env, ReceiveLine("BRS", 5), doc_date=days(-4), backdate_reason="terlambat dicatat")
    assert snapshot(env.db) == before and _documents(env) == docs
    # on the count's day and after: allowed, with the reason kept on the header
    booking = _receive(env, ReceiveLine("BRS", 5), doc_date=days(-3), backdate_reason="terlambat dicatat")
    with env.db.read() as s:
        assert get_document(s, "penerimaan", booking.doc_number).backdate_reason == "terlambat dicatat"


def test_a_year_end_back_dated_receipt_counts_in_the_old_year(env, clock_at):
    clock_at.set("2027-01-01T08:00")
    booking = _receive(env, ReceiveLine("BRS", 40, unit_price=9_000), doc_date=clock.today() - timedelta(days=1),
                       backdate_reason="diterima 31 Desember sore")
    assert booking.doc_date.isoformat() == "2026-12-31"
    with env.db.read() as s:
        old_year = REPORTS["value"].build(s, ReportFilter(as_of=booking.doc_date), NullProgress())
    assert old_year.total_value == 360_000
