"""Closing in the window: the koordinator sees what is still open and cannot close; the pejabat closes
with a reason, which keeps the list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from deployment import assignments, incidents
from tagana_app import clock
from tests.deployment.conftest import add_incident, add_volunteer
from tests.ui.test_incidents_page import _page, _settled, _show
from ui.pages.close_dialog import CloseDialog

TODAY = clock.today()


def test_the_koordinator_sees_the_list_and_the_pejabat_closes_with_a_reason(qtbot, make_ctx, db, users):  # noqa: ANN001
    coord = users["koordinator"]
    v = add_volunteer(db, coord, 1, name="Andi Contoh", skills=("logistik",), niat="TGN-001")
    incident = add_incident(db, coord, start=TODAY - timedelta(days=3))
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident.number, "logistik",
                                                    TODAY - timedelta(days=1), TODAY + timedelta(days=3)))
    page = _page(qtbot, make_ctx, coord)
    _show(qtbot, page, incident.number)
    assert page.close_button.isEnabled()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    dialog = page.findChildren(CloseDialog)[-1]  # the dialog the click opened
    qtbot.waitUntil(lambda: dialog.found is not None)
    assert dialog.listing.count() == 1 and "relawan Andi Contoh (logistik)" in dialog.listing.item(0).text()
    assert "hanya pejabat" in dialog.state.text() and not dialog.ok_button.isEnabled()
    assert not dialog.reason.isVisible()
    dialog.reject()

    official = _page(qtbot, make_ctx, users["pejabat"], like=page)
    _show(qtbot, official, incident.number)
    dialog = official.open_close()
    qtbot.waitUntil(lambda: dialog.found is not None)
    assert dialog.ok_button.isEnabled() and dialog.reason.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.error.isVisible() and "alasan" in dialog.error.text().lower()
    qtbot.keyClicks(dialog.reason, "tanggap darurat dicabut")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with db.read() as s:
        closed = incidents.find(s, incident.number)
        assert closed.status == "selesai" and "- relawan Andi Contoh" in closed.close_note
    qtbot.waitUntil(lambda: not official.close_button.isEnabled())
