"""The dashboard's "Permintaan terlambat": open requests past the service standard; a click opens the register."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from deployment import requests as R
from tagana_app import clock
from tests.reports.conftest import known  # noqa: F401 - the shared data set
from tests.ui.test_dashboard import loaded
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage


def _receive(known, days_ago: int) -> str:  # noqa: ANN001, F811
    day = clock.today() - timedelta(days=days_ago)
    data = R.RequestInput(incident=known.incident_a, requester_kind="desa", region_code="17.09.03",
                          requester_name="Kepala Desa Uji", letter_number=f"140/{days_ago}/DS", letter_date=day,
                          received_on=day, lines=[R.RequestLineInput("BRS", 50)])
    return known.db.write(lambda s: R.add_request(s, known.users["koordinator"], data)).number


def test_overdue_requests_on_the_dashboard_open_the_register(qtbot, make_ctx, known) -> None:  # noqa: F811
    _receive(known, 0)   # received today: not late
    late = _receive(known, 11)  # late even across the longest holiday (Lebaran), and not decided
    window = MainWindow(make_ctx(known.users["pejabat"]))
    qtbot.addWidget(window)
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    figure = page.figures["requests_overdue"]
    assert figure.value.text() == "1" and figure.label.text() == "Permintaan terlambat"
    assert "1 hari kerja" in figure.detail.text()
    with qtbot.waitSignal(page.link_activated) as blocker:
        qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)
    assert blocker.args == ["reports:requests"]
    reports = window.page("reports")
    qtbot.waitUntil(lambda: reports.report is not None, timeout=15_000)
    assert reports.current_kind() == "requests" and reports.report.overdue == 1
    assert [r.number for r in reports.report.rows if r.overdue] == [late]
