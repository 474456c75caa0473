from __future__ import annotations

import lokal
from sqlalchemy import func, select

from deployment import demo, incidents
from deployment.models import Assignment, Volunteer, VolunteerSkill
from deployment.validate import age_on
from tagana_app import clock, regions


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
