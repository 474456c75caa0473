"""The WhatsApp summary, as a koordinator and a pemantau would take it: open it, read it, click "Salin",
paste it (the clipboard holds exactly the text shown)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from deployment import incidents as incident_service
from deployment.reports import summary
from tests.deployment.conftest import add_incident
from ui import ops
from ui.pages.dashboard import DashboardPage
from ui.pages.incidents import IncidentsPage
from ui.pages.summary_dialog import SummaryDialog


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _loaded(qtbot, dialog: SummaryDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=15_000)
    _settled(qtbot)


def test_a_koordinator_copies_the_summary_of_an_incident(qtbot, make_ctx, db, users):  # noqa: ANN001
    coord = users["koordinator"]
    first = add_incident(db, coord, figures={"kk": 40, "pengungsi": 150})
    db.write(lambda s: incident_service.record_figures(s, coord, first.number, {"pengungsi": 210}))
    page = IncidentsPage(make_ctx(coord))
    qtbot.addWidget(page)
    _settled(qtbot)
    page.select(first.number)
    qtbot.waitUntil(lambda: page.detail.view is not None and page.detail.summary_button.isEnabled())
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.detail.summary_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.findChild(SummaryDialog)
    assert dialog is not None and dialog.isVisible()
    _loaded(qtbot, dialog)
    shown = dialog.text.toPlainText()
    with db.read() as s:
        assert shown == summary.incident_summary(s, first.number)
    assert "- Pengungsi 210 (+60)" in shown and dialog.text.isReadOnly()
    assert dialog.count.text() == f"{len(shown)} karakter"
    assert dialog.copied.text() == ""
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == shown
    assert dialog.copied.text() == "Disalin"


def test_the_office_summary_from_the_dashboard_for_another_day(qtbot, make_ctx, db, users):  # noqa: ANN001
    add_incident(db, users["koordinator"], figures={"pengungsi": 150})
    page = DashboardPage(make_ctx(users["pemantau"]))  # reading is for everyone
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.dashboard is not None and not ops.busy(), timeout=15_000)
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SummaryDialog)
    _loaded(qtbot, dialog)
    assert "Keadaan Senin, 23 November 2026 pukul 10.00 WIB" in dialog.text.toPlainText()
    assert dialog.day.isVisibleTo(dialog)
    dialog.day.setFocus()
    dialog.day.setDate(QDate(2026, 11, 24))  # the day after: nothing left the warehouses yet
    qtbot.waitUntil(lambda: "Selasa, 24 November 2026" in dialog.text.toPlainText(), timeout=15_000)
    _loaded(qtbot, dialog)
    with db.read() as s:
        assert dialog.text.toPlainText() == summary.office_summary(s, date(2026, 11, 24))
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert dialog.copied.text() == "Disalin"
