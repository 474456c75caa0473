"""Report figures against the ledger and the assignments of a known data set."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deployment.reports import REPORTS, ReportFilter
from deployment.reports.deployments import merged_days
from deployment.reports.model import end_of_day_utc
from inventory.models import Item, StockLevel, StockMovement, Warehouse
from tagana_app.errors import NotFound, ValidationError
from tagana_app.indonesian import long_date
from tagana_app.progress import Cancelled, NullProgress, RecordingProgress
from tests.reports.conftest import TODAY, ago


def build(known, kind: str, **flt):  # noqa: ANN001, ANN201
    with known.db.read() as s:
        return REPORTS[kind].build(s, ReportFilter(**flt), NullProgress())


def position(report) -> dict[tuple[str, str], int]:  # noqa: ANN001
    return {(r.warehouse, r.item): r.quantity for r in report.rows}


def ledger_sum(known, day) -> dict[tuple[str, str], int]:  # noqa: ANN001
    """Independently: every movement up to the end of ``day``, summed in Python."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    with known.db.read() as s:
        rows = s.execute(select(Warehouse.code, Item.code, StockMovement.qty_in, StockMovement.qty_out,
                                StockMovement.at)
                         .join(Warehouse, Warehouse.id == StockMovement.warehouse_id)
                         .join(Item, Item.id == StockMovement.item_id))
        for wh, item, qin, qout, at in rows:
            if at < end_of_day_utc(day):
                out[(wh, item)] += qin - qout
    return {k: v for k, v in out.items() if v}


def test_stock_position_today_equals_balances_and_ledger(known) -> None:
    report = build(known, "stock")
    with known.db.read() as s:
        levels = {(wh, item): qty for wh, item, qty in s.execute(
            select(Warehouse.code, Item.code, StockLevel.on_hand).join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
            .join(Item, Item.id == StockLevel.item_id).where(StockLevel.on_hand != 0))}
    assert position(report) == levels == ledger_sum(known, TODAY)
    assert position(report) == {("GDG", "BRS"): 1050, ("GDG", "MSS"): 150, ("GDG", "GEN"): 1, ("GDG", "VEL"): 7,
                                ("LS1", "BRS"): 100}
    totals = {t.item: (t.quantity, t.warehouses) for t in report.totals}
    assert totals["BRS"] == (1150, 2)


@pytest.mark.parametrize(("days_ago", "expected"), [
    (21, {}),
    (16, {("GDG", "BRS"): 1000, ("GDG", "MSS"): 200, ("GDG", "GEN"): 3, ("GDG", "VEL"): 10}),
    (9, {("GDG", "BRS"): 850, ("GDG", "MSS"): 200, ("GDG", "GEN"): 3, ("GDG", "VEL"): 10, ("LS1", "BRS"): 100}),
    (7, {("GDG", "BRS"): 650, ("GDG", "MSS"): 150, ("GDG", "GEN"): 1, ("GDG", "VEL"): 6, ("LS1", "BRS"): 100}),
])
def test_stock_position_as_of_a_past_day_ignores_later_movements(known, days_ago, expected) -> None:
    report = build(known, "stock", as_of=ago(days_ago))
    assert position(report) == expected == ledger_sum(known, ago(days_ago))
    assert report.as_of == ago(days_ago)


def test_stock_position_filters_by_warehouse_and_region(known) -> None:
    assert set(position(build(known, "stock", warehouse="ls1"))) == {("LS1", "BRS")}
    assert set(position(build(known, "stock", region="17.09.01"))) == {("LS1", "BRS")}  # lumbung's kecamatan
    assert len(position(build(known, "stock", region="17.09"))) == 5
    with pytest.raises(NotFound):
        build(known, "stock", warehouse="TIDAK-ADA")
    with pytest.raises(ValidationError):
        build(known, "stock", region="99.99")


def test_distribution_from_the_ledger_with_bast_and_recipient(known) -> None:
    report = build(known, "distribution")
    lines = {(r.head.dispatch, r.goods.code): (r.sent, r.received) for r in report.rows}
    assert lines == {(known.d1, "BRS"): (200, 198), (known.d1, "MSS"): (50, 50), (known.d1, "GEN"): (2, 2),
                     (known.d1, "VEL"): (4, 4), (known.d2, "BRS"): (100, None), (known.d2, "GEN"): (1, None)}
    with known.db.read() as s:
        ledger = dict(s.execute(select(Item.code, func.sum(StockMovement.qty_out)).join(Item)
                                .where(StockMovement.kind == "dispatch").group_by(Item.code)).all())
    assert {t.item: t.sent for t in report.totals} == ledger == {"BRS": 300, "MSS": 50, "GEN": 3, "VEL": 4}
    first = next(r.head for r in report.rows if r.head.dispatch == known.d1)
    assert first.bast_number == known.bast and first.region_code == "17.09.02.2001"
    assert first.region_name == "Desa Air Sebakul, Kec. Talang Empat"
    assert first.recipient == "Kepala Desa Uji, Kepala Desa"
    assert {t.item: t.returned for t in report.totals} == {"BRS": 0, "MSS": 0, "GEN": 1, "VEL": 1}
    assert (report.incidents, report.dispatches) == (2, 2)


def test_distribution_filters(known) -> None:
    assert {r.head.dispatch for r in build(known, "distribution", incident=known.incident_b).rows} == {known.d2}
    assert {r.head.dispatch for r in build(known, "distribution", region="17.09.02").rows} == {known.d1}
    assert {r.head.dispatch for r in build(known, "distribution", start=ago(7)).rows} == {known.d2}
    assert build(known, "distribution", end=ago(9)).rows == ()


def test_deployment_days_whole_days_clipped_to_period(known) -> None:
    report = build(known, "deployments")
    days = {r.name: r.days for r in report.rows}
    assert days == {"Ani Relawan": 10, "Budi Relawan": 6}  # Budi's 5 days after today not yet worked
    assert report.total_days == 16 and report.by_incident[0].volunteers == 2
    clipped = build(known, "deployments", start=ago(4), end=TODAY)
    assert {r.name: r.days for r in clipped.rows} == {"Ani Relawan": 2, "Budi Relawan": 5}
    assert {r.name: (r.first_day, r.last_day) for r in clipped.rows}["Ani Relawan"] == (ago(4), ago(3))
    assert build(known, "deployments", incident=known.incident_b).rows == ()


def test_person_days_only_up_to_the_report_date_with_the_period_in_the_heading(known, clock_at) -> None:
    clock_at.set(f"{TODAY + timedelta(days=2)}T10:00")  # in the middle of Budi's assignment (to TODAY+5)
    report = build(known, "incident", incident=known.incident_a)
    assert {r.name: r.days for r in report.deployments.rows} == {"Ani Relawan": 10, "Budi Relawan": 8}
    assert report.deployments.total_days == 18
    heading = [str(line) for line in report.filter_lines]
    assert f"Periode: {long_date(ago(12))} s.d. {long_date(TODAY + timedelta(days=2))}" in heading
    plain = build(known, "deployments")
    assert plain.total_days == 18 and plain.rows[1].last_day == TODAY + timedelta(days=2)
    assert f"Periode: awal s.d. {long_date(TODAY + timedelta(days=2))}" in [str(x) for x in plain.filter_lines]
    # A period's end before today is the report date.
    assert build(known, "deployments", end=ago(1)).total_days == 10 + 5


def test_merged_days_counts_each_day_once() -> None:
    d = TODAY
    assert merged_days([(d, d)]) == 1
    assert merged_days([(d, d + timedelta(days=4)), (d + timedelta(days=2), d + timedelta(days=6))]) == 7
    assert merged_days([(d, d + timedelta(days=1)), (d + timedelta(days=2), d + timedelta(days=3))]) == 4
    assert merged_days([(d, d + timedelta(days=9)), (d + timedelta(days=3), d + timedelta(days=4))]) == 10


def test_loans_where_since_and_overdue(known) -> None:
    report = build(known, "loans")
    got = sorted((r.item, r.dispatch, r.quantity, r.overdue, r.since) for r in report.rows)
    assert got == sorted([("GEN", known.d1, 1, False, ago(8)), ("VEL", known.d1, 3, False, ago(8)),
                          ("GEN", known.d2, 1, True, ago(6))])
    assert (report.units_out, report.units_overdue) == (5, 1)
    assert report.rows[0].overdue  # overdue first
    assert {r.item for r in build(known, "loans", incident=known.incident_a).rows} == {"GEN", "VEL"}


def test_incident_account_gathers_everything(known) -> None:
    report = build(known, "incident", incident=known.incident_a)
    assert [d.number for d in report.dispatches] == [known.d1]
    assert [b[0] for b in report.basts] == [known.bast]
    assert report.differences == ((known.d1, "Beras", 200, 198, "kg", "karung sobek"),)
    assert report.deployments.total_days == 16
    assert sorted(r[4] for r in report.returns) == [1, 1]
    assert report.need_days == 14
    rice = next(n for n in report.needs if n.code == "beras")
    assert rice.needed == 672  # 0.4 kg x 120 people x 14 days
    titles = [t.title for t in report.tables()]
    assert "Berita Acara Serah Terima" in titles and "Relawan yang ditugaskan" in titles
    with pytest.raises(ValidationError):
        build(known, "incident")


def test_progress_reported_and_cancel_stops(known) -> None:
    progress = RecordingProgress()
    with known.db.read() as s:
        REPORTS["stock"].build(s, ReportFilter(), progress)
    assert progress.reports[-1][0] == progress.reports[-1][1]
    with known.db.read() as s, pytest.raises(Cancelled):
        REPORTS["incident"].build(s, ReportFilter(incident=known.incident_a), RecordingProgress(cancel_after=2))
