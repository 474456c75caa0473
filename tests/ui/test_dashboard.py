"""The dashboard: figures for a known data set, charts drawn, a change reloads, a click opens the list."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from deployment.dispatch import service as dispatches
from tests.reports.conftest import known  # noqa: F401 - the shared data set
from ui import ops
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage


def loaded(qtbot, page: DashboardPage) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.dashboard is not None and not ops.busy(), timeout=15_000)


def test_figures_and_charts_for_known_data(qtbot, make_ctx, known) -> None:  # noqa: F811
    page = DashboardPage(make_ctx(known.users["admin"]))
    qtbot.addWidget(page)
    loaded(qtbot, page)
    shown = {key: button.value.text() for key, button in page.figures.items()}
    assert shown["incidents"] == "1"  # the landslide is over
    assert shown["on_duty"] == "1"  # Budi; Ani's assignment ended three days ago
    assert shown["below_min"] == "1" and shown["waiting"] == "0" and shown["overdue"] == "1"
    assert page.figures["below_min"].link == "stock:below_min"
    d = page.dashboard
    assert [w.warehouse for w in d.stock] == ["GDG", "LS1"]
    # what went out, per unit: 200 kg of rice and 50 paket are never "250" of anything
    assert {s.incident: dict(s.by_unit) for s in d.sent} == {
        known.incident_a: {"kg": 200, "paket": 50, "unit": 6}, known.incident_b: {"kg": 100, "unit": 1}}
    assert d.on_duty[-1][1] == 1 and d.on_duty[-4][1] == 2  # three days ago both were on duty
    assert page.stock_chart.plot.isVisibleTo(page) and page.stock_chart.legend.text().count("\u25a0") == 3
    assert len(page.duty_chart.plot.listDataItems()) == 1


def test_charts_draw_one_bar_per_unit_never_a_sum_across_units(qtbot, make_ctx, known) -> None:  # noqa: F811
    page = DashboardPage(make_ctx(known.users["admin"]))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    loaded(qtbot, page)
    d = page.dashboard
    stock = {w.warehouse: dict(w.by_unit) for w in d.stock}
    assert set(d.units) == {"kg", "paket", "unit"} and set(stock["GDG"]) == {"kg", "paket", "unit"}
    sent = page.sent_chart
    assert set(sent.bars) == {"kg", "paket", "unit"}
    assert [unit for unit in ("kg", "paket", "unit") if unit in sent.legend.text()] == ["kg", "paket", "unit"]
    incidents = [s.incident for s in d.sent]
    for unit, bars in sent.bars.items():  # each unit's own bar, from zero, as high as that unit's quantity
        heights = list(bars.opts["height"])
        assert heights == [dict(s.by_unit).get(unit, 0) for s in d.sent]
        assert bars.opts.get("y0") is None
    top = max(max(bars.opts["height"]) for bars in sent.bars.values())
    assert top == 200 and sent.plot.viewRange()[1][1] < 256  # the axis is not scaled to a sum of units
    for unit, bars in page.stock_chart.bars.items():
        assert list(bars.opts["height"]) == [stock[w.warehouse].get(unit, 0) for w in d.stock]
    assert incidents == [known.incident_a, known.incident_b]
    assert "200 kg" in sent.plot.toolTip() and "50 paket" in sent.plot.toolTip()
    if os.environ.get("TAGANA_SHOTS"):  # to look at it
        page.grab().save(os.path.join(os.environ["TAGANA_SHOTS"], "dashboard.png"))


def test_change_signal_reloads_in_the_background(qtbot, make_ctx, known) -> None:  # noqa: F811
    ctx = make_ctx(known.users["admin"])
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    data = dispatches.DispatchInput(incident=known.incident_a, warehouse="GDG", destination="Posko Baru",
                                    recipient_name="Penerima Baru")
    known.db.write(lambda s: dispatches.create_dispatch(s, known.users["koordinator"], data))
    assert page.figures["waiting"].value.text() == "0"  # nothing told the page yet
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        ctx.changes.notify(("dispatches",))
        ctx.changes.notify(("dispatches",))  # a burst reloads once
    assert page.figures["waiting"].value.text() == "1"
    with qtbot.assertNotEmitted(page.loaded, wait=400):
        ctx.changes.notify(("users",))  # not shown here


def test_empty_database_shows_zeroes_and_empty_charts(qtbot, ctx) -> None:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    assert {b.value.text() for b in page.figures.values()} == {"0"}
    assert page.stock_chart.empty.isVisibleTo(page) and page.duty_chart.empty.isVisibleTo(page)


def test_clicking_a_figure_opens_its_list(qtbot, make_ctx, known) -> None:  # noqa: F811
    window = MainWindow(make_ctx(known.users["admin"]))
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    with qtbot.waitSignal(page.link_activated) as blocker:
        qtbot.mouseClick(page.figures["overdue"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["reports:loans"]
    assert window.current_section() == "reports"
    reports = window.page("reports")
    qtbot.waitUntil(lambda: reports.report is not None, timeout=15_000)
    assert reports.current_kind() == "loans" and reports.report.units_overdue == 1
    qtbot.mouseClick(page.figures["incidents"], Qt.MouseButton.LeftButton)
    assert window.current_section() == "incidents"
