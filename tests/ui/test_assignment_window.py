"""Assignments in the incident's tabs, as a koordinator does them: three suggested volunteers checked
and assigned at once (the list refreshes), and a wrong assignment voided with a reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from deployment import assignments
from tests.deployment.conftest import add_incident, add_volunteer
from tests.ui.test_incidents_page import TODAY, _page, _settled, _show, _text, day
from ui.pages.assignment_dialog import VoidDialog
from ui.pages.incident_model import AssignmentColumn, SuggestionColumn


def _check_row(qtbot, detail, row: int) -> None:  # noqa: ANN001
    """Put the cursor on the name and press the space bar, as a person ticks a box with the keyboard."""
    view = detail.suggest_table
    view.setFocus()
    view.setCurrentIndex(detail.suggestions.index(row, SuggestionColumn.NAME))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_three_suggested_volunteers_assigned_at_once(qtbot, make_ctx, db, users, qtmodeltester):  # noqa: ANN001
    coord = users["koordinator"]
    incident = add_incident(db, coord, start=day(-1))
    for n, name in enumerate(("Ani", "Bayu", "Cici", "Dedi"), 1):
        add_volunteer(db, coord, n, name=f"{name} Dapur", skills=("dapur umum",))
    page = _page(qtbot, make_ctx, coord)
    page.show()
    _show(qtbot, page, incident.number)
    detail = page.detail
    detail.tabs.setCurrentIndex(3)
    detail.suggest_role.setCurrentIndex(detail.suggest_role.findData("dapur_umum"))
    detail.set_suggest_period(day(1), day(5))
    qtbot.mouseClick(detail.suggest_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: detail.suggestions.rowCount() == 4)
    assert not detail.assign_checked.isEnabled()
    for row in (0, 1, 3):
        _check_row(qtbot, detail, row)
    chosen = [s.full_name for s in detail.suggestions.checked()]
    assert chosen == ["Ani Dapur", "Bayu Dapur", "Dedi Dapur"]
    assert detail.assign_checked.isEnabled() and detail.assign_checked.text() == "Tugaskan yang dicentang (3)"
    qtmodeltester.check(detail.suggestions)
    qtbot.mouseClick(detail.assign_checked, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with db.read() as s:
        made = assignments.list_assignments(s, incident=incident.number)
    assert sorted(a.volunteer_name for a in made) == chosen
    assert all((a.start, a.end, a.role) == (day(1), day(5), "dapur_umum") for a in made)
    # The list is read again: who was assigned is no longer suggested, and nothing stays checked.
    qtbot.waitUntil(lambda: [r.full_name for r in detail.suggestions.rows()] == ["Cici Dapur"])
    assert detail.suggestions.checked() == [] and not detail.assign_checked.isEnabled()
    qtbot.waitUntil(lambda: detail.crew.rowCount() == 3)


def test_a_refused_volunteer_stops_the_whole_batch(qtbot, make_ctx, db, users, no_modal_dialogs):  # noqa: ANN001
    coord = users["koordinator"]
    incident = add_incident(db, coord, start=day(-1))
    add_volunteer(db, coord, 1, name="Ani Dapur", skills=("dapur umum",))
    late = add_volunteer(db, coord, 2, name="Bayu Dapur", skills=("dapur umum",))
    page = _page(qtbot, make_ctx, coord)
    _show(qtbot, page, incident.number)
    detail = page.detail
    detail.suggest_role.setCurrentIndex(detail.suggest_role.findData("dapur_umum"))
    detail.set_suggest_period(day(1), day(5))
    detail.load_suggestions()
    _settled(qtbot)
    _check_row(qtbot, detail, 0)
    _check_row(qtbot, detail, 1)
    other = add_incident(db, coord, kind="tanah longsor")  # meanwhile, another koordinator assigns Bayu
    db.write(lambda s: assignments.assign_volunteer(s, coord, late.nik, other.number, "dapur umum", day(3), day(4)))
    qtbot.mouseClick(detail.assign_checked, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: bool(no_modal_dialogs))
    assert no_modal_dialogs[0][0] == "warn" and "Bayu Dapur sudah ditugaskan" in no_modal_dialogs[0][1]
    with db.read() as s:
        assert assignments.list_assignments(s, incident=incident.number) == []  # all or none


def test_void_a_wrong_assignment_frees_the_volunteer(qtbot, make_ctx, db, users):  # noqa: ANN001
    coord = users["koordinator"]
    incident = add_incident(db, coord, start=day(-1))
    v = add_volunteer(db, coord, 1, name="Ani Dapur", skills=("dapur umum",))
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident.number, "logistik", day(1), day(5)))
    page = _page(qtbot, make_ctx, coord)
    page.show()
    _show(qtbot, page, incident.number)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.crew.rowCount() == 1)
    detail.crew_table.selectRow(0)
    button = detail.crew_buttons["void"]
    assert button.isEnabled() and button.text() == "Batalkan penugasan..."
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = detail.findChild(VoidDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.ok_button.isEnabled()  # not without a reason
    qtbot.keyClicks(dialog.reason, "salah peran: seharusnya dapur umum")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: detail.crew.rowCount() == 0)
    with db.read() as s:
        voided = assignments.list_assignments(s, incident=incident.number, include_voided=True)
    assert [(a.voided_by, a.void_reason) for a in voided] == [("koordinator", "salah peran: seharusnya dapur umum")]
    # Free again for the same days.
    detail.suggest_role.setCurrentIndex(detail.suggest_role.findData("dapur_umum"))
    detail.set_suggest_period(day(1), day(5))
    detail.load_suggestions()
    _settled(qtbot)
    assert [r.full_name for r in detail.suggestions.rows()] == ["Ani Dapur"]


def test_void_is_off_after_check_in(qtbot, make_ctx, db, users):  # noqa: ANN001
    coord = users["koordinator"]
    incident = add_incident(db, coord, start=day(-3))
    v = add_volunteer(db, coord, 1, name="Ani Dapur")
    record = db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident.number, "logistik",
                                                             TODAY - timedelta(days=1), day(3)))
    db.write(lambda s: assignments.check_in(s, coord, record.id))
    page = _page(qtbot, make_ctx, coord)
    _show(qtbot, page, incident.number)
    page.detail.crew_table.selectRow(0)
    assert _text(page.detail.crew, 0, AssignmentColumn.NAME) == "Ani Dapur"
    assert not page.detail.crew_buttons["void"].isEnabled() and page.detail.open_void() is None


def test_the_extension_override_is_offered_only_on_someone_elses_assignment(qtbot, make_ctx, db, users):  # noqa: ANN001
    pejabat = users["pejabat"]
    incident = add_incident(db, pejabat, start=day(-1))
    own = add_volunteer(db, pejabat, 1, name="Ani Dapur")
    theirs = add_volunteer(db, pejabat, 2, name="Bayu Dapur")
    db.write(lambda s: assignments.assign_volunteer(s, pejabat, own.nik, incident.number, "logistik", day(1), day(3)))
    db.write(lambda s: assignments.assign_volunteer(s, users["koordinator"], theirs.nik, incident.number, "logistik",
                                                    day(1), day(3)))
    page = _page(qtbot, make_ctx, pejabat)
    _show(qtbot, page, incident.number)
    detail = page.detail
    names = [detail.crew.row(n).volunteer_name for n in range(detail.crew.rowCount())]
    detail.crew_table.selectRow(names.index("Ani Dapur"))
    assert detail.open_period(True).reason.isHidden()  # his own assignment: no override of his own work
    detail.crew_table.selectRow(names.index("Bayu Dapur"))
    assert not detail.open_period(True).reason.isHidden()
