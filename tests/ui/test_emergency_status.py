"""The "Status darurat..." dialog of an incident, as a koordinator uses it: a status with its decree is set,
then extended by a new decree; the history keeps both and says what is in force today."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from deployment import emergency
from deployment import incidents as incident_service
from tagana_app import clock
from tests.deployment.conftest import add_incident
from ui.pages.emergency_dialogs import (
    EmergencyStatusDialog,
    ExtendStatusDialog,
    SetStatusDialog,
    StatusColumn,
)

from .test_incidents_page import _page, _settled, _show

TODAY = clock.today()


def test_the_status_dialog_sets_a_status_and_an_extension(qtbot, make_ctx, db, users):  # noqa: ANN001
    coord = users["koordinator"]
    number = add_incident(db, coord, start=TODAY - timedelta(days=3)).number
    page = _page(qtbot, make_ctx, coord)
    _show(qtbot, page, number)
    qtbot.mouseClick(page.detail.status_button, Qt.MouseButton.LeftButton)
    status = page.detail.findChild(EmergencyStatusDialog)
    qtbot.waitUntil(lambda: status.model.rowCount() == 1)
    _settled(qtbot)
    assert "tidak ada status darurat" in status.today.text()  # recorded without a decree
    assert not status.extend_button.isEnabled()

    qtbot.mouseClick(status.set_button, Qt.MouseButton.LeftButton)
    dialog = status.findChild(SetStatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("tanggap_darurat"))
    qtbot.keyClicks(dialog.decree_number, "360/77/BPBD/2026")
    qtbot.keyClicks(dialog.issuer, "Bupati Bengkulu Tengah")
    dialog.decree_date.setDate(QDate(TODAY - timedelta(days=2)))
    dialog.valid_from.setDate(QDate(TODAY - timedelta(days=2)))
    dialog.valid_to.setDate(QDate(TODAY + timedelta(days=5)))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: status.model.rowCount() == 2)
    assert status.model.data(status.model.index(0, StatusColumn.DECREE)) == "360/77/BPBD/2026"
    assert "Berlaku hari ini" in status.today.text() and status.extend_button.isEnabled()

    qtbot.mouseClick(status.extend_button, Qt.MouseButton.LeftButton)
    extend = status.findChild(ExtendStatusDialog)
    assert extend.to.date().toPython() == TODAY + timedelta(days=19)  # two weeks after the current end
    extend.to.setDate(QDate(TODAY + timedelta(days=12)))
    qtbot.mouseClick(extend.ok_button, Qt.MouseButton.LeftButton)  # no decree number yet: refused in the dialog
    qtbot.waitUntil(lambda: extend.error.isVisible())
    assert "wajib diisi" in extend.error.text() and extend.isVisible()
    qtbot.keyClicks(extend.decree_number, "360/90/BPBD/2026")
    with qtbot.waitSignal(extend.accepted):
        qtbot.keyClick(extend.decree_number, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    qtbot.waitUntil(lambda: status.model.rowCount() == 3)
    assert status.model.data(status.model.index(0, StatusColumn.KIND)) == "perpanjangan"
    with db.read() as s:
        history = emergency.status_history(s, number)
        record = incident_service.get_incident(s, number)
    assert [(e.kind, e.decree_number, e.valid_to) for e in history[1:]] == [
        ("status", "360/77/BPBD/2026", TODAY + timedelta(days=5)),
        ("extension", "360/90/BPBD/2026", TODAY + timedelta(days=12))]
    assert (record.status_to, record.sk_number) == (TODAY + timedelta(days=12), "360/90/BPBD/2026")
    qtbot.waitUntil(lambda: page.detail.view.record.sk_number == "360/90/BPBD/2026")  # the page read it again
