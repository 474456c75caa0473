from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from deployment import assignments
from deployment import volunteers as vs
from deployment.errors import DuplicateNIAT, DuplicateNIK, InvalidNIK, InvalidPhone
from deployment.models import Volunteer, VolunteerNameToken, VolunteerSkill
from tagana_app import clock
from tagana_app.errors import PermissionDenied, ValidationError
from tagana_app.models import AuditLog
from tests.deployment.conftest import KEC, add_incident, add_volunteer, make_nik


def test_add_volunteer_stores_e164_phone_skills_and_audits(db, coord):
    record = add_volunteer(db, coord, 1, name="  Dewi   Lestari ", sex="P", birth=date(1990, 6, 5),
                           phone="0812-3456-7890", niat="TGN-01",
                           skills=("dapur umum", vs.SkillInput("LDP", date(2020, 1, 1), date(2023, 1, 1))))
    assert record.nik == "1709014506900001"
    assert record.full_name == "Dewi Lestari"
    assert record.phone == "+6281234567890"
    assert record.region_name == "Karang Tinggi"
    assert {s.skill for s in record.skills} == {"dapur_umum", "psikososial"}
    assert [s.expired for s in record.skills if s.skill == "psikososial"] == [True]
    assert record.warnings == ()
    with db.read() as s:
        entry = s.execute(select(AuditLog.entity_id, AuditLog.username)
                          .where(AuditLog.action == "volunteer.add")).one()
    assert entry == (record.nik, "koordinator")


@pytest.mark.parametrize("nik, reason", [
    ("12345", "16 digit"),
    ("1709013206900001", "Tanggal lahir"),  # day 32
    ("1709014506900000", "0000"),
    ("9909014506900001", "provinsi"),
])
def test_bad_nik_refused(db, coord, nik, reason):
    data = vs.VolunteerInput(nik=nik, full_name="Uji", region_code=KEC)
    with pytest.raises(InvalidNIK, match=reason):
        db.write(lambda s: vs.add_volunteer(s, coord, data))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 0


def test_nik_contradicting_birth_date_or_sex_is_a_warning(db, coord):
    nik = make_nik(date(1990, 6, 5), "P", 7)
    data = vs.VolunteerInput(nik=nik, full_name="Uji", region_code=KEC, sex="L", birth_date=date(1991, 6, 5))
    record = db.write(lambda s: vs.add_volunteer(s, coord, data))
    assert record.birth_date == date(1991, 6, 5) and record.sex == "L"  # kept as entered
    assert any("Tanggal lahir" in w for w in record.warnings)
    assert any("Jenis kelamin" in w for w in record.warnings)


def test_sex_and_birth_date_and_region_default_from_nik(db, coord):
    nik = make_nik(date(1992, 2, 29), "P", 3, "17.09.03")
    record = db.write(lambda s: vs.add_volunteer(s, coord, vs.VolunteerInput(nik=nik, full_name="Uji")))
    assert (record.sex, record.birth_date, record.region_code) == ("P", date(1992, 2, 29), "17.09.03")


def test_same_nik_twice_refused_and_unique_in_database(db, coord):
    first = add_volunteer(db, coord, 1)
    with pytest.raises(DuplicateNIK, match=first.full_name):
        add_volunteer(db, coord, 1, name="Orang Lain")
    row = {"nik": first.nik, "full_name": "x", "name_lower": "x", "sex": "L", "birth_date": date(1995, 3, 14),
           "address": "", "region_code": KEC, "kecamatan_code": KEC, "level": "muda", "status": "aktif",
           "emergency_contact": "", "remarks": ""}
    with pytest.raises(IntegrityError):
        db.write(lambda s: s.execute(insert(Volunteer), [row]))


def test_niat_unique_when_given_and_many_without(db, coord):
    add_volunteer(db, coord, 1, niat="A-1")
    add_volunteer(db, coord, 2)
    add_volunteer(db, coord, 3)  # two without NIAT: no clash
    with pytest.raises(DuplicateNIAT):
        add_volunteer(db, coord, 4, niat="A-1")


def test_wrong_phone_and_region_refused(db, coord):
    with pytest.raises(InvalidPhone):
        add_volunteer(db, coord, 1, phone="12345")
    with pytest.raises(ValidationError, match="kabupaten/kota"):
        add_volunteer(db, coord, 1, region="17.09")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        add_volunteer(db, coord, 1, region="17.09.99")


def test_age_out_of_range_flagged_never_changed(db, coord):
    old = clock.today() - timedelta(days=50 * 365 + 20)
    record = add_volunteer(db, coord, 1, birth=old)
    assert record.status == "aktif" and record.birth_date == old
    assert any("di atas 45" in w for w in record.warnings)
    legiun = add_volunteer(db, coord, 2, birth=old, status="legiun")
    assert legiun.warnings == ()
    young = add_volunteer(db, coord, 3, birth=clock.today() - timedelta(days=17 * 365))
    assert any("di bawah 18" in w for w in young.warnings)


def test_read_only_role_cannot_add(db, users):
    with pytest.raises(PermissionDenied):
        add_volunteer(db, users["pemantau"], 1)


def test_update_volunteer_audits_changes(db, coord):
    record = add_volunteer(db, coord, 1)
    updated = db.write(lambda s: vs.update_volunteer(s, coord, record.nik, status="nonaktif", phone="081298765432"))
    assert updated.status == "nonaktif" and updated.phone == "+6281298765432"
    with db.read() as s:
        changes = s.scalar(select(AuditLog.changes).where(AuditLog.action == "volunteer.update"))
    assert changes["status"] == {"lama": "aktif", "baru": "nonaktif"}


def test_skill_and_unavailability(db, coord):
    record = add_volunteer(db, coord, 1)
    renewed = db.write(lambda s: vs.add_skill(s, coord, record.nik, "SAR", date(2020, 1, 1), date(2021, 1, 1)))
    assert [s.skill for s in renewed.skills] == ["evakuasi"] and renewed.warnings
    renewed = db.write(lambda s: vs.add_skill(s, coord, record.nik, "evakuasi/SAR", date(2026, 1, 1),
                                              date(2029, 1, 1)))
    assert len(renewed.skills) == 1 and renewed.skills[0].certificate_expiry == date(2029, 1, 1)
    assert [r.nik for r in _search(db, skill="SAR").rows] == [record.nik]  # the skill filter sees new skills
    with pytest.raises(ValidationError):
        db.write(lambda s: vs.add_unavailability(s, coord, record.nik, date(2026, 12, 5), date(2026, 12, 1), "x"))
    away = db.write(lambda s: vs.add_unavailability(s, coord, record.nik, date(2026, 12, 1), date(2026, 12, 5),
                                                    "ujian sekolah"))
    assert away.unavailability[0].reason == "ujian sekolah"


def _search(db, **kwargs):
    with db.read() as s:
        page = vs.list_volunteers(s, vs.VolunteerFilter(**kwargs))
    return page


def test_search_and_filters(db, coord):
    dewi = add_volunteer(db, coord, 1, name="Dewi Lestari", sex="P", birth=date(1990, 6, 5), phone="081234567890",
                         niat="TGN-100", skills=("dapur umum",))
    budi = add_volunteer(db, coord, 2, name="Budi Santoso", region="17.09.03.2010", level="madya",
                         skills=("evakuasi",))
    add_volunteer(db, coord, 3, name="Rina Dewita", sex="P", birth=date(1990, 6, 5), status="nonaktif")
    names = lambda page: [r.full_name for r in page.rows]  # noqa: E731
    assert names(_search(db, text="dewi")) == ["Dewi Lestari", "Rina Dewita"]  # contains, sorted by name
    assert names(_search(db, text="ESTAR")) == []  # word beginnings only, through the token index
    assert names(_search(db, text="lest dew")) == ["Dewi Lestari"]  # words in any order
    assert names(_search(db, text="d")) == ["Dewi Lestari"]  # one letter: names starting with it
    assert names(_search(db, text="l")) == []
    assert names(_search(db, text=dewi.nik[:8])) == ["Dewi Lestari", "Rina Dewita"]  # NIK prefix
    assert names(_search(db, text="0812 3456")) == ["Dewi Lestari"]  # phone typed the national way
    assert names(_search(db, text="+62812")) == ["Dewi Lestari"]
    assert names(_search(db, text="tgn-1")) == ["Dewi Lestari"]  # NIAT prefix
    assert names(_search(db, text="50%")) == []  # LIKE wildcards are literal
    assert names(_search(db, skill="SAR")) == ["Budi Santoso"]
    assert names(_search(db, level="Madya")) == ["Budi Santoso"]
    assert names(_search(db, status="nonaktif")) == ["Rina Dewita"]
    assert names(_search(db, region="17.09.03")) == ["Budi Santoso"]
    assert names(_search(db, region="17.09.03.2010")) == ["Budi Santoso"]
    assert len(_search(db, region="17.09").rows) == 3
    incident = add_incident(db, coord)
    db.write(lambda s: assignments.assign_volunteer(s, coord, budi.nik, incident.number, "evakuasi",
                                                    date(2026, 12, 1), date(2026, 12, 5)))
    db.write(lambda s: vs.add_unavailability(s, coord, dewi.nik, date(2026, 12, 5), date(2026, 12, 6), "sakit"))
    assert names(_search(db, available_from=date(2026, 12, 5), available_to=date(2026, 12, 5))) == []
    assert names(_search(db, available_from=date(2026, 12, 6), available_to=date(2026, 12, 7))) == ["Budi Santoso"]
    assert names(_search(db, available_from=date(2026, 12, 7), available_to=date(2026, 12, 9))) == [
        "Budi Santoso", "Dewi Lestari"]  # the nonaktif one is never available


def test_paging_and_count(db, coord):
    for n in range(1, 8):
        add_volunteer(db, coord, n, name=f"Anggota {n:02d}")
    with db.read() as s:
        first = vs.list_volunteers(s, vs.VolunteerFilter(text="anggota"), limit=3, offset=0)
        last = vs.list_volunteers(s, vs.VolunteerFilter(text="anggota"), limit=3, offset=6)
    assert first.total == 7 and [r.full_name for r in first.rows] == ["Anggota 01", "Anggota 02", "Anggota 03"]
    assert [r.full_name for r in last.rows] == ["Anggota 07"]


def test_word_search_counts_each_volunteer_once_in_name_order(db, coord):
    # "sar" matches two words of the first two names: each volunteer is still listed and counted once.
    first = add_volunteer(db, coord, 1, name="Sari Sarifah", skills=("logistik",))
    add_volunteer(db, coord, 2, name="Sari Sarifah", skills=("logistik",))
    andi = add_volunteer(db, coord, 3, name="Andi Sarwono", skills=("logistik",))
    add_volunteer(db, coord, 4, name="Budi Santoso", skills=("logistik",))
    alone = _search(db, text="sar")  # a word search alone: read from the token index
    with_skill = _search(db, text="sar", skill="logistik")  # with a filter: through the volunteer rows
    assert alone.total == with_skill.total == 3
    assert [r.full_name for r in alone.rows] == ["Andi Sarwono", "Sari Sarifah", "Sari Sarifah"]
    assert [r.id for r in alone.rows] == [r.id for r in with_skill.rows]
    assert alone.rows[1].id == first.id  # same name: the older record first
    with db.read() as s:
        second_page = vs.list_volunteers(s, vs.VolunteerFilter(text="sari sar"), limit=1, offset=1)
    assert second_page.total == 2 and [r.full_name for r in second_page.rows] == ["Sari Sarifah"]
    # A rename moves the volunteer in the word search's name order too.
    db.write(lambda s: vs.update_volunteer(s, coord, andi.nik, full_name="Zaki Sarwono"))
    assert [r.full_name for r in _search(db, text="sar").rows] == ["Sari Sarifah", "Sari Sarifah", "Zaki Sarwono"]


def test_search_follows_renames(db, coord):
    record = add_volunteer(db, coord, 1, name="Dewi Lestari", niat="TGN-7")
    db.write(lambda s: vs.update_volunteer(s, coord, record.nik, full_name="Dewi Anggraini", niat="TGN-8"))
    assert [r.full_name for r in _search(db, text="anggr").rows] == ["Dewi Anggraini"]
    assert _search(db, text="lestari").rows == ()
    assert [r.full_name for r in _search(db, text="tgn-8").rows] == ["Dewi Anggraini"]


def test_search_keys_migration_keeps_the_words_both_ways(db, coord):
    """0005 rebuilds the token table with the name sort key: the words survive a downgrade and an
    upgrade, and the search finds the volunteers after it."""
    from alembic import command

    from tagana_app import migrate

    add_volunteer(db, coord, 1, name="Dewi Lestari", niat="TGN-7")
    add_volunteer(db, coord, 2, name="Budi Santoso")
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM volunteer_name_token").scalar() == 5
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        keys = set(conn.exec_driver_sql("SELECT token, name_lower FROM volunteer_name_token"))
    assert ("tgn-7", "dewi lestari") in keys and ("santoso", "budi santoso") in keys and len(keys) == 5
    assert [r.full_name for r in _search(db, text="lest").rows] == ["Dewi Lestari"]
    assert _search(db, text="tgn-7").total == 1


def test_certificate_and_on_duty_filters(db, coord):
    today = clock.today()
    soon = vs.SkillInput("logistik", today - timedelta(days=700), today + timedelta(days=10))
    add_volunteer(db, coord, 1, name="Ani Soon", skills=(soon,))
    add_volunteer(db, coord, 2, name="Bayu Later", skills=(vs.SkillInput("logistik", None, today + timedelta(days=70)),))
    add_volunteer(db, coord, 3, name="Cici Gone", skills=(vs.SkillInput("shelter", None, today - timedelta(days=1)),))
    duty = add_volunteer(db, coord, 4, name="Dodi Duty")
    incident = add_incident(db, coord)
    db.write(lambda s: assignments.assign_volunteer(s, coord, duty.nik, incident.number, "logistik",
                                                    today, today + timedelta(days=2)))
    names = lambda **kw: [r.full_name for r in _search(db, **kw).rows]  # noqa: E731
    assert names(certificates="soon") == ["Ani Soon"]  # within the default 60 days
    assert names(certificates="soon", certificate_days=90) == ["Ani Soon", "Bayu Later"]
    assert names(certificates="expired") == ["Cici Gone"]
    assert names(on_duty=today) == ["Dodi Duty"] and names(on_duty=today + timedelta(days=3)) == []
    assert names(text="ani", certificates="expired") == []  # a word search with another filter
    assert _search(db, certificates="soon", certificate_days=90).total == 2
    with pytest.raises(ValidationError):
        _search(db, certificates="kapan-kapan")


def _stored(session) -> tuple:  # noqa: ANN001
    """Everything adding volunteers writes, keyed by NIK (ids and timestamps aside)."""
    skip = {"id", "created_at", "updated_at"}
    people = {v.nik: {c: getattr(v, c) for c in Volunteer.__table__.c.keys() if c not in skip}
              for v in session.scalars(select(Volunteer))}
    nik = {v.id: v.nik for v in session.scalars(select(Volunteer))}
    skills = sorted((nik[k.volunteer_id], k.skill, k.trained_on, k.certificate_expiry)
                    for k in session.scalars(select(VolunteerSkill)))
    tokens = sorted((nik[t.volunteer_id], t.token, t.name_lower) for t in session.scalars(select(VolunteerNameToken)))
    trail = [(a.action, a.entity_id, a.changes) for a in session.scalars(
        select(AuditLog).where(AuditLog.action == "volunteer.add").order_by(AuditLog.id))]
    return people, skills, tokens, trail


def test_adding_many_at_once_stores_what_adding_each_does(db, coord):  # noqa: ANN001
    inputs = [
        vs.VolunteerInput(nik=make_nik(date(1990, 6, 5), "P", 1), full_name="Ayu  Lestari", sex="P",
                          birth_date=date(1990, 6, 5), region_code="17.09.01.2001", niat="TGN-1709-0001",
                          phone="0812 3456 7890", level="madya",
                          skills=(vs.SkillInput("dapur_umum", date(2020, 1, 2), date(2023, 1, 2)), "logistik")),
        vs.VolunteerInput(nik=make_nik(date(1975, 1, 9), "L", 2), full_name="Budi Santoso", sex="L",
                          birth_date=date(1975, 1, 9), status="legiun", remarks="contoh"),
        vs.VolunteerInput(nik=make_nik(date(2000, 12, 31), "L", 3), full_name="Dedi Saputra", niat="TGN-7"),
    ]

    def both(session):  # noqa: ANN001, ANN202
        with session.begin_nested() as savepoint:
            ids = vs.add_volunteers(session, coord, inputs)
            many = _stored(session)
            savepoint.rollback()
        for data in inputs:
            vs.add_volunteer(session, coord, data)
        return ids, many, _stored(session)
    ids, many, each = db.write(both)
    assert len(ids) == 3 and ids == sorted(ids)
    assert many == each
    assert len(many[0]) == 3 and len(many[1]) == 2 and len(many[3]) == 3


def test_adding_many_refuses_a_nik_or_niat_already_there_or_twice(db, coord):  # noqa: ANN001
    stored = add_volunteer(db, coord, 1, niat="TGN-1")
    again = vs.VolunteerInput(nik=stored.nik, full_name="Orang Lain")
    new = vs.VolunteerInput(nik=make_nik(date(1995, 3, 14), serial=2), full_name="Baru", niat="TGN-2")
    with pytest.raises(DuplicateNIK):
        db.write(lambda s: vs.add_volunteers(s, coord, [new, again]))
    with pytest.raises(DuplicateNIK):
        db.write(lambda s: vs.add_volunteers(s, coord, [new, new]))
    with pytest.raises(DuplicateNIAT):
        db.write(lambda s: vs.add_volunteers(s, coord, [new, vs.VolunteerInput(
            nik=make_nik(date(1995, 3, 14), serial=3), full_name="Lain", niat="TGN-1")]))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 1  # nothing of the refused writes
