from __future__ import annotations

import lokal
from sqlalchemy import func, select

from deployment import demo, demo_set, incidents
from deployment.models import Assignment, Volunteer, VolunteerSkill
from deployment.validate import age_on
from tagana_app import accounts, clock, regions
from tagana_app.demo import DEMO_PASSWORD, DEMO_USERS
from tagana_app.progress import RecordingProgress


def test_demo_volunteers_incidents_assignments(db, admin):
    counts = db.write(lambda s: demo.load_demo(s, admin))
    assert counts["relawan"] == 300 and counts["kejadian"] == 2 and counts["penugasan"] > 0
    kecamatan = {r.code for r in regions.children("17.09")}
    today = clock.today()
    with db.read() as s:
        people = s.execute(select(Volunteer.nik, Volunteer.sex, Volunteer.birth_date, Volunteer.kecamatan_code,
                                  Volunteer.status, Volunteer.level)).all()
        expired = s.scalar(select(func.count()).select_from(VolunteerSkill)
                           .where(VolunteerSkill.certificate_expiry < today))
        listed = incidents.list_incidents(s)
        assigned = s.scalar(select(func.count()).select_from(Assignment))
    assert len(people) == 300 and assigned == counts["penugasan"]
    for nik, sex, birth, kec, _status, _level in people:
        info = lokal.parse_nik(nik)
        assert info.valid and info.district_code == kec and kec in kecamatan
        assert info.gender == sex and info.birth_date[5:] == birth.isoformat()[5:]
        assert 18 <= age_on(birth, today) <= 50
    assert {p.status for p in people} >= {"aktif", "legiun"} and {p.level for p in people} == {"muda", "madya",
                                                                                                "utama"}
    assert expired > 0
    assert [i.status for i in listed] == ["tanggap_darurat", "selesai"]
    assert len(listed[0].history) == 0  # list without history; the page asks for it
    with db.read() as s:
        flood = incidents.get_incident(s, listed[0].number)
    assert len(flood.history) == 3 and flood.figures.pengungsi == 280 and flood.volunteers_on_duty > 0


def test_the_whole_demo_set_shows_its_progress_and_every_demo_user_logs_in(db, admin):
    progress = RecordingProgress()
    added = db.write(lambda s: demo_set.load_demo(s, admin, progress))
    assert [(done, total) for done, total, _text in progress.reports] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert [text for _done, _total, text in progress.reports][1:4] == [
        "Data contoh: gudang dan stok", "Data contoh: relawan, kejadian dan penugasan",
        "Data contoh: paket dan pengiriman"]
    assert added["pengguna"] == len(DEMO_USERS) - 1  # "admin" was there already
    assert added["gudang"] == 3 and added["relawan"] == 300 and added["pengiriman"] == 6
    with db.read() as s:
        for username, role, _name in DEMO_USERS[1:]:
            assert accounts.authenticate(s, username, DEMO_PASSWORD).role == role
