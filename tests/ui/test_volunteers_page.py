from __future__ import annotations

from datetime import date

from deployment import assignments, incidents
from deployment import volunteers as vs
from tagana_app import clock
from ui import ops
from ui.pages.volunteers import VolunteersPage
from ui.pages.volunteers_model import Column, VolunteerModel

BIRTH = date(1995, 3, 14)


def _nik(serial: int, sex: str = "L", kec: str = "170901") -> str:
    return f"{kec}{BIRTH.day + (40 if sex == 'P' else 0):02d}03{BIRTH.year % 100:02d}{serial:04d}"


def _add(db, actor, serial: int, name: str, **extra) -> vs.VolunteerRecord:  # noqa: ANN001
    sex = extra.pop("sex", "L")
    data = vs.VolunteerInput(nik=_nik(serial, sex), full_name=name, sex=sex, birth_date=BIRTH, **extra)
    return db.write(lambda s: vs.add_volunteer(s, actor, data))


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def test_table_pages_in_sql_as_it_scrolls(qtbot, qtmodeltester, ctx, users) -> None:
    def many(session):  # noqa: ANN001, ANN202
        for n in range(1, 451):
            vs.add_volunteer(session, users["koordinator"], vs.VolunteerInput(
                nik=_nik(n), full_name=f"Anggota {n:03d}", sex="L", birth_date=BIRTH, skills=("logistik",)))
    ctx.db.write(many)
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    model = page.model
    assert model.rowCount() == VolunteerModel.PAGE and model.total == 450
    assert model.data(model.index(0, Column.NAME)) == "Anggota 001"  # sorted by name
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        _settled(qtbot)
    assert model.rowCount() == 450
    assert len({model.row(r).id for r in range(450)}) == 450
    assert "450 dari 450 relawan" in page.count.text()
    qtmodeltester.check(model)


def test_search_as_you_type_and_filters(qtbot, ctx, users) -> None:
    coord = users["koordinator"]
    dewi = _add(ctx.db, coord, 1, "Dewi Lestari", sex="P", phone="081234567001", niat="TGN-1",
                skills=("dapur umum",))
    budi = _add(ctx.db, coord, 2, "Budi Santoso", level="madya", region_code="17.09.03", skills=("evakuasi",))
    _add(ctx.db, coord, 3, "Rina Dewita", sex="P", status="nonaktif")
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    model = page.model
    names = lambda: [model.row(r).full_name for r in range(model.rowCount())]  # noqa: E731
    assert names() == ["Budi Santoso", "Dewi Lestari", "Rina Dewita"]

    qtbot.keyClicks(page.text, "dewi")
    qtbot.waitUntil(lambda: model.filter.text == "dewi")
    _settled(qtbot)
    assert names() == ["Dewi Lestari", "Rina Dewita"]
    page.text.clear()
    qtbot.keyClicks(page.text, "0812 3456 7001")
    qtbot.waitUntil(lambda: model.filter.text == "0812 3456 7001")
    _settled(qtbot)
    assert names() == ["Dewi Lestari"]

    page.clear_filters()
    _settled(qtbot)
    page.skill.setCurrentIndex(page.skill.findData("evakuasi"))
    _settled(qtbot)
    assert names() == ["Budi Santoso"]
    page.clear_filters()
    page.status.setCurrentIndex(page.status.findData("nonaktif"))
    _settled(qtbot)
    assert names() == ["Rina Dewita"]
    page.clear_filters()
    qtbot.waitUntil(lambda: page.kecamatan.findData("17.09.03") >= 0)
    page.kecamatan.setCurrentIndex(page.kecamatan.findData("17.09.03"))
    _settled(qtbot)
    assert names() == ["Budi Santoso"]

    page.clear_filters()
    incident = ctx.db.write(lambda s: incidents.add_incident(
        s, coord, disaster_type="banjir", name="Banjir uji", region_codes=["17.09.01"], started_at=date(2026, 11, 20)))
    ctx.db.write(lambda s: assignments.assign_volunteer(s, coord, budi.nik, incident.number, "evakuasi",
                                                        date(2026, 12, 1), date(2026, 12, 5)))
    page.available_from.setDate(date(2026, 12, 3))
    page.available_to.setDate(date(2026, 12, 4))
    page.available.setChecked(True)
    _settled(qtbot)
    assert names() == ["Dewi Lestari"]  # Budi is on duty, Rina nonaktif

    page.table.selectRow(0)
    _settled(qtbot)
    text = page.detail.toPlainText()
    assert dewi.nik in text and "dapur umum" in text


def test_page_refreshes_on_volunteer_changes(qtbot, ctx, users) -> None:
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    assert page.model.rowCount() == 0
    _add(ctx.db, users["koordinator"], 1, "Dewi Lestari")
    ctx.changes.notify(("volunteers",))
    _settled(qtbot)
    assert page.model.rowCount() == 1 and page.model.total == 1


def test_dashboard_links_open_the_certificates_and_on_duty_lists(qtbot, ctx, users) -> None:
    from datetime import timedelta

    from tagana_app import settings

    coord, today = users["koordinator"], clock.today()
    ctx.db.write(lambda s: settings.set_office(s, users["admin"], {settings.CERTIFICATE_ALERT_DAYS: 30}))
    soon = vs.SkillInput("logistik", today - timedelta(days=700), today + timedelta(days=20))
    later = vs.SkillInput("logistik", today - timedelta(days=700), today + timedelta(days=45))
    gone = vs.SkillInput("shelter", today - timedelta(days=1200), today - timedelta(days=3))
    _add(ctx.db, coord, 1, "Ani Soon", skills=(soon,))
    _add(ctx.db, coord, 2, "Bayu Later", skills=(later,))
    _add(ctx.db, coord, 3, "Cici Gone", skills=(gone,))
    _add(ctx.db, coord, 4, "Dodi Soon Nonaktif", status="nonaktif", skills=(soon,))
    duty = _add(ctx.db, coord, 5, "Eko Bertugas")
    incident = ctx.db.write(lambda s: incidents.add_incident(
        s, coord, disaster_type="banjir", name="Banjir uji", region_codes=["17.09.01"], started_at=date(2026, 11, 1)))
    ctx.db.write(lambda s: assignments.assign_volunteer(s, coord, duty.nik, incident.number, "logistik",
                                                        today - timedelta(days=1), today + timedelta(days=1)))
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    model = page.model
    names = lambda: [model.row(r).full_name for r in range(model.rowCount())]  # noqa: E731
    assert page.certificate_days == 30 and "30" in page.certificates.itemText(page.certificates.findData("soon"))

    page.show_link("certificates")  # the figure counts active members' certificates within 30 days
    _settled(qtbot)
    assert names() == ["Ani Soon"]
    page.certificates.setCurrentIndex(page.certificates.findData("expired"))
    _settled(qtbot)
    assert names() == ["Cici Gone"]
    page.show_link("on_duty")
    _settled(qtbot)
    assert names() == ["Eko Bertugas"] and page.certificates.currentData() is None
    page.clear_filters()
    _settled(qtbot)
    assert len(names()) == 5
