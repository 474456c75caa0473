from __future__ import annotations

from datetime import date, timedelta

from deployment import assignments
from deployment import volunteers as vs
from tagana_app import settings
from tests.deployment.conftest import add_incident, add_volunteer

VALID = vs.SkillInput("dapur umum", date(2024, 1, 1), date(2030, 1, 1))
EXPIRED = vs.SkillInput("dapur umum", date(2018, 1, 1), date(2021, 1, 1))


def test_ranked_by_skill_nearness_fairness_with_reasons(db, coord):
    today = date(2026, 11, 23)
    incident = add_incident(db, coord, regions=("17.09.01.2001",))  # a desa in Karang Tinggi
    other = add_incident(db, coord, kind="tanah longsor")
    add_volunteer(db, coord, 1, name="A Sekecamatan", skills=(VALID,))
    add_volunteer(db, coord, 11, name="Z Sedesa", region="17.09.01.2001", skills=(VALID,))
    busy_before = add_volunteer(db, coord, 2, name="I Sekecamatan Sering", skills=(VALID,))
    add_volunteer(db, coord, 3, name="C Sekabupaten", region="17.09.05", skills=(VALID,))
    add_volunteer(db, coord, 4, name="D Provinsi Lain", region="16.71.01", skills=(VALID,))
    add_volunteer(db, coord, 5, name="P Seprovinsi", region="17.71.01", skills=(VALID,))
    add_volunteer(db, coord, 6, name="B Sertifikat Habis", skills=(EXPIRED,))
    add_volunteer(db, coord, 7, name="E Tanpa Keahlian", skills=("logistik",))
    busy = add_volunteer(db, coord, 8, name="F Sedang Bertugas", skills=(VALID,))
    away = add_volunteer(db, coord, 9, name="G Tidak Tersedia", skills=(VALID,))
    add_volunteer(db, coord, 10, name="H Nonaktif", status="nonaktif", skills=(VALID,))
    db.write(lambda s: assignments.assign_volunteer(s, coord, busy_before.nik, other.number, "dapur umum",
                                                    today - timedelta(days=30), today - timedelta(days=21)))
    db.write(lambda s: assignments.assign_volunteer(s, coord, busy.nik, other.number, "dapur umum",
                                                    date(2026, 12, 4), date(2026, 12, 10)))
    db.write(lambda s: vs.add_unavailability(s, coord, away.nik, date(2026, 11, 28), date(2026, 12, 1), "cuti"))
    with db.read() as s:
        found = assignments.suggest_volunteers(s, incident.number, "dapur umum", date(2026, 12, 1),
                                               date(2026, 12, 5), today=today)
    assert [f.full_name for f in found] == [
        "Z Sedesa", "A Sekecamatan", "I Sekecamatan Sering", "C Sekabupaten", "P Seprovinsi", "D Provinsi Lain",
        "B Sertifikat Habis", "E Tanpa Keahlian"]
    desa, first, second = found[0], found[1], found[2]
    assert (desa.skill_match, desa.nearness) == (0, 0) and any("Sedesa" in r for r in desa.reasons)
    assert (first.skill_match, first.nearness, first.days_last_90) == (0, 1, 0)
    assert second.days_last_90 == 10 and second.rest_days == 28
    assert any("Sekecamatan" in r for r in first.reasons)
    assert any("Belum ada penugasan sebelumnya" in r for r in first.reasons)
    assert any("10 hari bertugas dalam 90 hari" in r for r in second.reasons)
    assert any("Istirahat 28 hari" in r for r in second.reasons)
    assert any("habis berlaku" in r for r in found[6].reasons)
    assert any("Tidak memiliki keahlian" in r for r in found[7].reasons)
    with db.read() as s:
        limited = assignments.suggest_volunteers(s, incident.number, "SAR", date(2026, 12, 1), date(2026, 12, 5),
                                                 limit=2, today=today)
    assert len(limited) == 2 and all(f.skill_match == 2 for f in limited)


def test_too_little_rest_is_not_first_level_and_age(db, coord, users):
    """The old list put someone with 2 rest days first: now left out (or last, when the rule warns)."""
    today = date(2026, 11, 23)
    start, end = date(2026, 12, 1), date(2026, 12, 5)
    incident = add_incident(db, coord)
    other = add_incident(db, coord, kind="tanah longsor")
    tired = add_volunteer(db, coord, 1, name="A Baru Pulang", skills=(VALID,))
    add_volunteer(db, coord, 2, name="B Muda", skills=(VALID,))
    add_volunteer(db, coord, 3, name="C Utama", level="utama", skills=(VALID,))
    add_volunteer(db, coord, 4, name="D Anak", birth=date(2010, 6, 1), skills=(VALID,))  # 16 on the first day
    add_volunteer(db, coord, 5, name="E Legiun", birth=date(1975, 1, 1), skills=(VALID, "evakuasi"))  # 51
    db.write(lambda s: assignments.assign_volunteer(s, coord, tired.nik, other.number, "dapur umum",
                                                    date(2026, 11, 24), date(2026, 11, 28)))  # 2 rest days

    def names(role="dapur umum"):
        with db.read() as s:
            return assignments.suggest_volunteers(s, incident.number, role, start, end, today=today)
    found = names()
    assert [f.full_name for f in found] == ["C Utama", "B Muda", "E Legiun"]
    assert any("Jenjang Tagana Utama" in r for r in found[0].reasons)
    assert [f.full_name for f in names("evakuasi")] == ["C Utama", "B Muda"]  # not for a Legiun's role
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.REST_RULE: "peringatan"}))
    found = names()
    assert [f.full_name for f in found][0] != "A Baru Pulang"
    assert found[-1].full_name == "A Baru Pulang" and found[-1].rest_short and found[-1].rest_days == 2
    assert any("Istirahat hanya 2 hari (minimum 7 hari)" in r for r in found[-1].reasons)
