"""The "Kejadian Bencana" page driven as a person would: the list (active first), a new incident, new
impact figures with their history, the assignment dialog showing a conflict before saving, an
official's override, check-in/out at a chosen time, suggestions with their reasons, and the table models
checked by qtmodeltester."""

from __future__ import annotations

import time as time_module
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import select

from deployment import assignments
from deployment import incidents as incident_service
from deployment.models import Assignment
from tagana_app import clock
from tagana_app.models import AuditLog
from tests.deployment.conftest import KEC, add_incident, add_volunteer
from ui import ops
from ui.pages.assignment_dialog import AssignmentDialog, OverrideApprovalDialog
from ui.pages.incident_dialogs import SiteTimeDialog
from ui.pages.incident_model import (
    AssignmentColumn,
    HistoryColumn,
    IncidentColumn,
    NeedsColumn,
    SuggestionColumn,
)
from ui.pages.incidents import IncidentsPage

TODAY = clock.today()


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, make_ctx, actor, like: IncidentsPage | None = None) -> IncidentsPage:  # noqa: ANN001
    # Dialogs are children of the page and go with it: registering them too would close deleted widgets.
    ctx = replace(like.ctx, actor=actor) if like is not None else make_ctx(actor)
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    return page


def _show(qtbot, page: IncidentsPage, number: str) -> None:  # noqa: ANN001
    page.select(number)
    qtbot.waitUntil(lambda: page.detail.view is not None and page.detail.view.record.number == number)
    _settled(qtbot)


def _text(model, row: int, column: int) -> str:  # noqa: ANN001
    return model.data(model.index(row, column))


@pytest.fixture
def world(db, users):  # noqa: ANN001, ANN201
    """A volunteer already on duty at one incident from day -3 to day +2, and a second open incident."""
    coord = users["koordinator"]
    busy = add_volunteer(db, coord, 1, name="Andi Contoh", skills=("logistik",), niat="TGN-001")
    first = add_incident(db, coord, start=day(-5), figures={"kk": 40, "pengungsi": 150})
    second = add_incident(db, coord, kind="tanah_longsor", start=day(-1))
    db.write(lambda s: assignments.assign_volunteer(s, coord, busy.nik, first.number, "logistik", day(-3), day(2)))
    return {"busy": busy, "first": first, "second": second}


def test_list_shows_active_first_and_searches(qtbot, make_ctx, db, users, qtmodeltester):  # noqa: ANN001
    coord = users["koordinator"]
    closed = add_incident(db, coord, start=day(-2))  # the newest, but over
    db.write(lambda s: incident_service.update_incident(s, coord, closed.number, status="selesai"))
    older = add_incident(db, coord, kind="tanah_longsor", start=day(-40), figures={"pengungsi": 1250})
    newer = add_incident(db, coord, kind="puting_beliung", start=day(-10))
    page = _page(qtbot, make_ctx, users["pemantau"])
    numbers = [page.model.row(i).number for i in range(page.model.rowCount())]
    assert numbers == [newer.number, older.number, closed.number]
    assert _text(page.model, 1, IncidentColumn.PENGUNGSI) == "1.250"
    assert _text(page.model, 2, IncidentColumn.STATUS) == "selesai"
    assert "Karang Tinggi" in _text(page.model, 0, IncidentColumn.REGIONS)
    qtmodeltester.check(page.model)
    # The most urgent incident is opened at once; read-only roles see it but cannot write.
    assert page.selected_number() == newer.number and page.detail.view is not None
    assert not page.new_button.isEnabled() and not page.figures_button.isEnabled()
    assert not page.detail.crew_buttons["assign"].isEnabled()

    qtbot.keyClicks(page.search, "longsor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).number == older.number


def test_create_an_incident_through_the_dialog(qtbot, make_ctx, db, users):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["koordinator"])
    assert page.new_button.isEnabled() and page.model.rowCount() == 0
    dialog = page.open_new()
    qtbot.waitUntil(lambda: bool(dialog.regions.choices))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "wajib diisi" in dialog.error.text()

    dialog.disaster_type.setCurrentIndex(dialog.disaster_type.findData("tanah_longsor"))
    qtbot.keyClicks(dialog.name, "Longsor Jalan Lintas Kepahiang")
    qtbot.keyClicks(dialog.regions.text, "17.09.01")  # a code shows its name as it is typed
    assert "Karang Tinggi" in dialog.regions.hint.text()
    qtbot.keyClick(dialog.regions.text, Qt.Key.Key_Return)
    dialog.regions.kecamatan.setCurrentIndex(dialog.regions.kecamatan.findData("17.09.03"))
    dialog.regions.desa.setCurrentIndex(1)  # the first desa of Pondok Kelapa
    desa = dialog.regions.desa.currentData()
    dialog.regions.add_picked()
    assert dialog.regions.codes() == ["17.09.01", desa]
    dialog.has_period.setChecked(True)
    qtbot.keyClicks(dialog.decree.number, "360/45/BPBD/2026")
    dialog.decree.day.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(dialog.decree.issuer, "Bupati Bengkulu Tengah")
    qtbot.keyClicks(dialog.posko, "Balai Desa")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    created = dialog.created
    assert created is not None and created.disaster_type == "tanah_longsor"
    qtbot.waitUntil(lambda: page.selected_number() == created.number)
    with db.read() as s:
        stored = incident_service.get_incident(s, created.number)
    assert [r.code for r in stored.regions] == sorted(["17.09.01", desa])
    assert stored.sk_number == "360/45/BPBD/2026" and stored.status_from == TODAY
    assert stored.sk_date == date(2026, 11, 20) and stored.sk_issuer == "Bupati Bengkulu Tengah"


def test_update_figures_and_see_the_history(qtbot, make_ctx, db, users, qtmodeltester):  # noqa: ANN001
    incident = add_incident(db, users["koordinator"], start=day(-3), figures={"kk": 40, "pengungsi": 150})
    page = _page(qtbot, make_ctx, users["pejabat"])
    _show(qtbot, page, incident.number)
    assert page.detail.history.rowCount() == 1
    dialog = page.open_figures()
    assert dialog.spins["pengungsi"].value() == 150  # the new report starts from the current figures
    dialog.spins["pengungsi"].setValue(420)
    dialog.spins["kk"].setValue(120)
    qtbot.keyClicks(dialog.note, "laporan posko sore")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    history = page.detail.history
    qtbot.waitUntil(lambda: history.rowCount() == 2)
    assert _text(history, 0, HistoryColumn.PENGUNGSI) == "420" and _text(history, 0, HistoryColumn.NOTE) \
        == "laporan posko sore"
    assert _text(history, 1, HistoryColumn.PENGUNGSI) == "150"
    assert _text(page.model, 0, IncidentColumn.PENGUNGSI) == "420"
    assert page.detail.figure_values["pengungsi"].text() == "420"
    assert page.selected_number() == incident.number  # the refresh kept the selection
    # The needs follow the new figures: 420 people x 0.4 kg x 7 days of rice, nothing in stock.
    needs = page.detail.needs
    rice = next(i for i in range(needs.rowCount()) if needs.row(i).code == "beras")
    assert _text(needs, rice, NeedsColumn.NEEDED) == "1.176" and _text(needs, rice, NeedsColumn.SHORT) == "1.176"
    page.detail.days.setValue(1)
    qtbot.waitUntil(lambda: _text(needs, rice, NeedsColumn.NEEDED) == "168")
    qtmodeltester.check(history)
    qtmodeltester.check(needs)


def test_the_assign_button_opens_the_assignment_dialog(qtbot, make_ctx, users, world):  # noqa: ANN001
    # The button's clicked(bool) once reached open_assign's first parameter: a TypeError, and nothing opened.
    page = _page(qtbot, make_ctx, users["koordinator"])
    page.show()
    _show(qtbot, page, world["second"].number)
    button = page.detail.crew_buttons["assign"]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.detail.findChild(AssignmentDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.volunteer_id() is None and dialog.results.count() == 0  # nobody chosen yet
    dialog.reject()


def _assignment_dialog(qtbot, page: IncidentsPage, world, start: date, end: date) -> AssignmentDialog:  # noqa: ANN001
    _show(qtbot, page, world["second"].number)
    dialog = page.detail.open_assign()
    assert dialog is not None
    qtbot.keyClicks(dialog.search, world["busy"].nik)
    qtbot.waitUntil(lambda: dialog.volunteer_id() == world["busy"].id)
    dialog.role.setCurrentIndex(dialog.role.findData("logistik"))
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.set_period(start, end)
    qtbot.waitUntil(lambda: dialog.check is not None)
    return dialog


def test_assignment_dialog_shows_the_conflict_and_a_koordinator_cannot_save(qtbot, make_ctx, db, users,  # noqa: ANN001
                                                                            world):
    page = _page(qtbot, make_ctx, users["koordinator"])
    dialog = _assignment_dialog(qtbot, page, world, day(1), day(5))  # shares day 1 and 2 with the first incident
    assert dialog.check.refusals and "beririsan" in dialog.check.refusals[0]
    assert "Ditolak" in dialog.findings.text() and "pejabat lain" in dialog.findings.text()
    assert dialog.override_shown()  # a koordinator may propose an exception, with a reason
    assert not dialog.ok_button.isEnabled()
    dialog.submit()
    assert dialog.isVisible() and not dialog.error.isHidden()
    with db.read() as s:
        assert assignments.list_assignments(s, incident=world["second"].number) == []

    # With enough rest after the other ends, it is allowed.
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.set_period(day(10), day(13))
    qtbot.waitUntil(lambda: dialog.check is not None)
    assert not dialog.check.refusals and "Tidak ada bentrokan" in dialog.findings.text()
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    crew = page.detail.crew
    qtbot.waitUntil(lambda: crew.rowCount() == 1)
    assert _text(crew, 0, AssignmentColumn.NAME) == "Andi Contoh" and _text(crew, 0, AssignmentColumn.NIAT) == "TGN-001"


def test_a_koordinator_proposes_an_exception_and_a_pejabat_approves_it(qtbot, make_ctx, db, users, world,  # noqa: ANN001
                                                                       qtmodeltester):
    page = _page(qtbot, make_ctx, users["koordinator"])
    dialog = _assignment_dialog(qtbot, page, world, day(0), day(4))
    assert dialog.check.refusals and dialog.override_shown()
    assert not dialog.ok_button.isEnabled()  # not without a written reason
    qtbot.keyClicks(dialog.override, "Satu-satunya operator radio di lokasi")
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Ajukan pengecualian"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.saved is not None and dialog.saved.pending
    crew = page.detail.crew
    qtbot.waitUntil(lambda: crew.rowCount() == 1)
    assert _text(crew, 0, AssignmentColumn.STATE) == "Diajukan"
    page.detail.crew_table.selectRow(0)
    assert not page.detail.crew_buttons["approve"].isEnabled()  # not for the koordinator
    assert not page.detail.crew_buttons["checkin"].isEnabled()  # a proposal is not yet an assignment

    page = _page(qtbot, make_ctx, users["pejabat"], like=page)
    _show(qtbot, page, world["second"].number)
    crew = page.detail.crew
    page.detail.crew_table.selectRow(0)
    assert page.detail.crew_buttons["approve"].isEnabled()
    qtbot.mouseClick(page.detail.crew_buttons["approve"], Qt.MouseButton.LeftButton)
    approval = page.detail.findChild(OverrideApprovalDialog)
    qtbot.waitUntil(lambda: "beririsan" in approval.findings.text())
    with qtbot.waitSignal(approval.accepted):
        qtbot.mouseClick(approval.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with db.read() as s:
        changes = s.scalar(select(AuditLog.changes).where(AuditLog.action == "assignment.override")
                           .order_by(AuditLog.id.desc()))
    assert changes["pengecualian"]["alasan"] == "Satu-satunya operator radio di lokasi"
    assert "beririsan" in changes["pengecualian"]["penolakan"][0]
    qtbot.waitUntil(lambda: crew.rowCount() == 1 and not crew.row(0).pending)
    assert "operator radio" in crew.data(crew.index(0, AssignmentColumn.NAME), Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(crew)

    # Check-in and check-out from the volunteers tab.
    page.detail.crew_table.selectRow(0)
    assert page.detail.crew_buttons["checkin"].isEnabled() and not page.detail.crew_buttons["checkout"].isEnabled()
    _accept(qtbot, page.detail.check_in())  # at the proposed time: now
    qtbot.waitUntil(lambda: crew.row(0).checkin_at is not None)
    assert page.detail.selected_assignment() is not None  # the refresh kept the selection
    assert page.detail.crew_buttons["checkout"].isEnabled()
    _accept(qtbot, page.detail.check_out())
    qtbot.waitUntil(lambda: crew.row(0).checkout_at is not None)


def test_a_check_in_reads_the_incident_once(qtbot, make_ctx, users, world, monkeypatch):  # noqa: ANN001
    """The page reads the incident again after the change (the list, then the detail); the dialog no longer
    reads it a second time as it closes."""
    from ui.pages import incident_detail

    page = _page(qtbot, make_ctx, users["koordinator"])
    _show(qtbot, page, world["first"].number)
    reads: list[str] = []
    real = incident_detail.incident_view
    monkeypatch.setattr(incident_detail, "incident_view",
                        lambda s, number, *a, **k: reads.append(number) or real(s, number, *a, **k))
    page.detail.crew_table.selectRow(0)
    _accept(qtbot, page.detail.check_in())
    qtbot.waitUntil(lambda: page.detail.crew.row(0).checkin_at is not None)
    _settled(qtbot)
    assert reads == [world["first"].number]


def _accept(qtbot, dialog: SiteTimeDialog | None) -> None:  # noqa: ANN001
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)


def _local(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def _site_times(db, assignment_id: int) -> tuple[datetime | None, datetime | None, list[str]]:  # noqa: ANN001
    """The stored check-in and check-out, and the audited check-in/out actions."""
    with db.read() as s:
        a = s.get(Assignment, assignment_id)
        actions = s.scalars(select(AuditLog.action).where(AuditLog.action.in_(
            ("assignment.checkin", "assignment.checkout"))).order_by(AuditLog.id)).all()
        return a.checkin_at, a.checkout_at, list(actions)


@pytest.fixture
def machine_not_in_wib(monkeypatch):  # noqa: ANN001, ANN201
    """The machine's own zone is neither UTC nor the office's, so a time shown or stored in the machine's
    zone instead of the office's (WIB) would be off by hours."""
    if not hasattr(time_module, "tzset"):
        yield
        return
    monkeypatch.setenv("TZ", "XYZ-3")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def test_check_in_and_out_at_a_chosen_time(qtbot, make_ctx, db, users, world, machine_not_in_wib):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["koordinator"])
    _show(qtbot, page, world["first"].number)
    detail = page.detail
    detail.crew_table.selectRow(0)
    assignment = detail.selected_assignment()

    # The coordinator enters yesterday's arrival today: exactly that moment is recorded, in local time.
    dialog = detail.check_in()
    assert "Andi Contoh" in dialog.findChild(QLabel, "pageSubtitle").text()
    assert dialog.at.displayFormat() == "dd-MM-yyyy HH:mm" and dialog.at.calendarPopup()
    assert abs(dialog.at.dateTime().toPython() - clock.now().replace(tzinfo=None)) < timedelta(minutes=2)  # proposed: now
    arrived = datetime.combine(day(-1), time(8, 30), tzinfo=clock.zone())
    dialog.at.setDateTime(_local(arrived))
    _accept(qtbot, dialog)
    assert _site_times(db, assignment.id) == (arrived, None, ["assignment.checkin"])
    if hasattr(time_module, "tzset"):
        assert arrived.astimezone(UTC).hour == 1  # 08:30 WIB
    qtbot.waitUntil(lambda: detail.crew.row(0).checkin_at == arrived)  # the page reloaded
    assert _text(detail.crew, 0, AssignmentColumn.CHECKIN) == arrived.strftime("%d-%m-%Y 08:30")

    # Leaving before arriving is refused in the dialog, which stays open; nothing is written.
    dialog = detail.check_out()
    dialog.at.setDateTime(_local(arrived - timedelta(hours=1)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.isVisible() and "Waktu pulang sebelum waktu datang" in dialog.error.text()
    assert _site_times(db, assignment.id) == (arrived, None, ["assignment.checkin"])

    # Batal (Esc) writes nothing either.
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _settled(qtbot)
    assert _site_times(db, assignment.id) == (arrived, None, ["assignment.checkin"])

    left = (clock.now() - timedelta(minutes=5)).replace(second=0, microsecond=0)  # earlier today (or late yesterday)
    dialog = detail.check_out()
    dialog.at.setDateTime(_local(left))
    _accept(qtbot, dialog)
    assert _site_times(db, assignment.id) == (arrived, left, ["assignment.checkin", "assignment.checkout"])


def test_cancelling_the_check_in_writes_nothing(qtbot, make_ctx, db, users, world):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["koordinator"])
    _show(qtbot, page, world["first"].number)
    page.detail.crew_table.selectRow(0)
    assignment = page.detail.selected_assignment()
    dialog = page.detail.check_in()
    dialog.at.setDateTime(_local(datetime.combine(day(-2), time(9, 0))))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert _site_times(db, assignment.id) == (None, None, [])
    assert page.detail.crew.row(0).checkin_at is None


def test_suggestions_with_their_reasons_and_assigning_one(qtbot, make_ctx, db, users, world,  # noqa: ANN001
                                                          qtmodeltester):
    coord = users["koordinator"]
    skilled = add_volunteer(db, coord, 2, name="Budi Terampil", skills=("logistik",))
    add_volunteer(db, coord, 3, name="Citra Tanpa Keahlian", sex="P")
    page = _page(qtbot, make_ctx, coord)
    _show(qtbot, page, world["second"].number)
    detail = page.detail
    detail.suggest_role.setCurrentIndex(detail.suggest_role.findData("logistik"))
    detail.set_suggest_period(day(1), day(4))
    detail.load_suggestions()
    _settled(qtbot)
    rows = detail.suggestions.rows()
    names = [r.full_name for r in rows]
    assert names[0] == "Budi Terampil" and "Citra Tanpa Keahlian" in names
    assert "Andi Contoh" not in names  # on duty elsewhere for part of the period
    reasons = _text(detail.suggestions, 0, SuggestionColumn.REASONS)
    assert "Keahlian logistik" in reasons and "Sekecamatan" in reasons and "0 hari bertugas" in reasons
    assert "Tidak memiliki keahlian logistik" in _text(detail.suggestions, names.index("Citra Tanpa Keahlian"),
                                                       SuggestionColumn.REASONS)
    qtmodeltester.check(detail.suggestions)

    assert not detail.assign_suggested.isEnabled()
    detail.suggest_table.selectRow(0)
    dialog = detail.open_assign_suggested()
    assert dialog is not None
    assert dialog.volunteer_id() == skilled.id and dialog.role.currentData() == "logistik"
    qtbot.waitUntil(lambda: dialog.check is not None)
    assert not dialog.check.refusals and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with db.read() as s:
        made = assignments.list_assignments(s, incident=world["second"].number)
    assert [(a.volunteer_name, a.start, a.end) for a in made] == [("Budi Terampil", day(1), day(4))]


def test_dispatch_tab_and_empty_models(qtbot, make_ctx, db, users, world, qtmodeltester):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["gudang"])
    _show(qtbot, page, world["first"].number)
    detail = page.detail
    assert detail.crew.rowCount() == 1 and not detail.crew_buttons["assign"].isEnabled()
    for model in (detail.dispatches, detail.handed, detail.equipment, detail.history):
        qtmodeltester.check(model)
    assert KEC in detail.info.text()


def test_extend_and_end_early_through_their_dialogs(qtbot, make_ctx, db, users, world):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["koordinator"])
    _show(qtbot, page, world["first"].number)
    detail = page.detail
    detail.crew_table.selectRow(0)
    dialog = detail.open_period(True)
    assert dialog.reason.isHidden()  # no override for a koordinator
    dialog.end.setDate(dialog.end.date().fromString(day(5).isoformat(), "yyyy-MM-dd"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: detail.crew.row(0).end == day(5))
    assert detail.selected_assignment() is not None and detail.selected_assignment().end == day(5)

    dialog = detail.open_period(False)
    assert dialog.end.date().toPython() == TODAY
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: detail.crew.row(0).end == TODAY)
    assert _text(detail.crew, 0, AssignmentColumn.DAYS) == "4"


def test_closing_an_incident_moves_it_down_and_stops_assignments(qtbot, make_ctx, db, users, world):  # noqa: ANN001
    page = _page(qtbot, make_ctx, users["pejabat"])
    assert [page.model.row(i).number for i in range(2)] == [world["second"].number, world["first"].number]
    _show(qtbot, page, world["second"].number)
    assert page.detail.crew_buttons["assign"].isEnabled()
    dialog = page.open_status()
    dialog.status.setCurrentIndex(dialog.status.findData("selesai"))
    qtbot.keyClicks(dialog.decree.number, "360/50/BPBD/2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.model.row(1).number == world["second"].number)
    assert page.selected_number() == world["second"].number  # the selection followed the row
    qtbot.waitUntil(lambda: page.detail.view.record.status == "selesai")
    assert not page.detail.crew_buttons["assign"].isEnabled()
    assert _text(page.model, 1, IncidentColumn.STATUS) == "selesai"
