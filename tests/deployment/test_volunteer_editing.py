"""Changing a volunteer as the window and `tagana volunteer update` do: skills with their certificates
added, renewed and removed (the skill filter follows), the add-or-change of the window in one write, and the
impact figures refused when they cannot be (KK or pengungsi above jiwa) or flagged when they jump."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from deployment import incidents
from deployment import volunteers as vs
from deployment.errors import InvalidNIK
from deployment.models import IncidentFigures, VolunteerSkill
from tagana_app.errors import PermissionDenied, ValidationError
from tagana_app.models import AuditLog
from tests.conftest import cli_runner
from tests.deployment.conftest import KEC, add_incident, add_volunteer, make_nik

BIRTH = date(1995, 3, 14)


def _names_with(db, skill: str) -> list[str]:  # noqa: ANN001
    with db.read() as s:
        return [r.full_name for r in vs.list_volunteers(s, vs.VolunteerFilter(skill=skill)).rows]


def test_set_skills_adds_renews_and_removes(db, coord):  # noqa: ANN001
    andi = add_volunteer(db, coord, 1, name="Andi", skills=(vs.SkillInput("logistik", date(2024, 1, 5),
                                                                          date(2026, 12, 31)), "shelter"))
    record = db.write(lambda s: vs.set_skills(s, coord, andi.nik, [
        vs.SkillInput("logistik", date(2024, 1, 5), date(2028, 12, 31)), vs.SkillInput("evakuasi", None,
                                                                                         date(2027, 6, 30))]))
    assert {(k.skill, k.certificate_expiry) for k in record.skills} == {
        ("logistik", date(2028, 12, 31)), ("evakuasi", date(2027, 6, 30))}
    assert _names_with(db, "shelter") == [] and _names_with(db, "evakuasi") == ["Andi"]
    with db.read() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.action.like("volunteer.skill%"))).all()
    assert sorted(actions) == ["volunteer.skill", "volunteer.skill", "volunteer.skill_remove"]


def test_remove_skill_refuses_one_not_held_and_pemantau(db, coord, users):  # noqa: ANN001
    andi = add_volunteer(db, coord, 1, skills=("logistik",))
    with pytest.raises(ValidationError, match="tidak memiliki keahlian evakuasi/SAR"):
        db.write(lambda s: vs.remove_skill(s, coord, andi.nik, "evakuasi"))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: vs.remove_skill(s, users["pemantau"], andi.nik, "logistik"))
    record = db.write(lambda s: vs.remove_skill(s, coord, andi.nik, "logistik"))
    assert record.skills == () and _names_with(db, "logistik") == []


def test_save_volunteer_adds_with_unavailability_then_changes(db, coord):  # noqa: ANN001
    data = vs.VolunteerInput(nik=make_nik(BIRTH, "P", 7), full_name="Dewi Lestari", phone="0812 3456 7001",
                             skills=(vs.SkillInput("evakuasi", date(2025, 2, 1), date(2027, 6, 30)),))
    away = vs.UnavailabilityInput(date(2026, 12, 1), date(2026, 12, 5), "ujian")
    added = db.write(lambda s: vs.save_volunteer(s, coord, None, data, away))
    assert added.sex == "P" and added.birth_date == BIRTH and added.region_code == KEC  # from the NIK
    assert [(u.start, u.reason) for u in added.unavailability] == [(date(2026, 12, 1), "ujian")]
    changed = db.write(lambda s: vs.save_volunteer(s, coord, added.id, vs.VolunteerInput(
        nik=added.nik, full_name="Dewi Lestari Putri", phone="081234567002", level="madya",
        region_code="17.09.01.2001", skills=(vs.SkillInput("dapur_umum"),))))
    assert (changed.full_name, changed.phone, changed.level, changed.region_code) == (
        "Dewi Lestari Putri", "+6281234567002", "madya", "17.09.01.2001")
    assert [k.skill for k in changed.skills] == ["dapur_umum"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(VolunteerSkill)) == 1


def test_save_volunteer_refuses_a_bad_nik_and_writes_nothing(db, coord):  # noqa: ANN001
    bad = vs.VolunteerInput(nik="1709011403", full_name="Budi", skills=("logistik",))
    with pytest.raises(InvalidNIK):
        db.write(lambda s: vs.save_volunteer(s, coord, None, bad))
    with db.read() as s:
        assert vs.count_volunteers(s) == 0


@pytest.mark.parametrize(("figures", "what"), [({"kk": 1500, "jiwa": 520}, "KK"),
                                               ({"pengungsi": 600, "jiwa": 520}, "pengungsi")])
def test_figures_above_jiwa_are_refused(db, coord, figures, what):  # noqa: ANN001
    incident = add_incident(db, coord, figures={"kk": 100, "jiwa": 400, "pengungsi": 150})
    with pytest.raises(incidents.ImplausibleFigures, match=f"Angka {what} .* lebih besar dari jumlah jiwa"):
        db.write(lambda s: incidents.record_figures(s, coord, incident.number, figures))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(IncidentFigures)) == 1  # only the first report
    with pytest.raises(incidents.ImplausibleFigures):
        add_incident(db, coord, figures=figures)


def test_figures_checked_against_the_current_jiwa_and_not_while_uncounted(db, coord):  # noqa: ANN001
    incident = add_incident(db, coord, figures={"kk": 40, "pengungsi": 150})  # jiwa not counted yet: allowed
    assert incident.figures.pengungsi == 150
    db.write(lambda s: incidents.record_figures(s, coord, incident.number, {"jiwa": 500}))
    with pytest.raises(incidents.ImplausibleFigures):  # the jiwa of the last report still counts
        db.write(lambda s: incidents.record_figures(s, coord, incident.number, {"kk": 501}))
    record = db.write(lambda s: incidents.record_figures(s, coord, incident.number, {"kk": 500}))
    assert record.figures.kk == 500


def test_a_big_jump_is_saved_with_a_warning(db, coord):  # noqa: ANN001
    old = incidents.Figures(kk=40, jiwa=150, pengungsi=150, meninggal=3)
    assert incidents.figure_jumps(old, incidents.Figures(kk=80, jiwa=150, pengungsi=300, meninggal=3)) == []
    jumps = incidents.figure_jumps(old, incidents.Figures(kk=81, jiwa=1200, pengungsi=150, meninggal=3))
    assert jumps == ["KK: dari 40 menjadi 81", "jiwa: dari 150 menjadi 1.200"]
    assert incidents.figure_jumps(incidents.Figures(), incidents.Figures(jiwa=1001)) != []
    incident = add_incident(db, coord, figures={"kk": 40, "jiwa": 150})
    record = db.write(lambda s: incidents.record_figures(s, coord, incident.number, {"jiwa": 1500}))
    assert record.figures.jiwa == 1500 and "Kenaikan besar" in record.warnings[0]


@pytest.fixture
def run(db_url, users, monkeypatch, capsys):  # noqa: ANN001, ANN201
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def test_cli_volunteer_update(run, db, coord):  # noqa: ANN001
    andi = add_volunteer(db, coord, 1, name="Andi", skills=("shelter",))
    code, out, _ = run("volunteer", "update", andi.nik, "--phone", "081234567009", "--level", "utama",
                       "--skill", "evakuasi:2027-06-30", "--remove-skill", "shelter", "--json")
    assert code == 0, out
    record = json.loads(out)
    assert record["phone"] == "+6281234567009" and record["level"] == "utama"
    assert [(k["skill"], k["certificate_expiry"]) for k in record["skills"]] == [("evakuasi", "2027-06-30")]
    code, out, err = run("volunteer", "update", andi.nik, "--phone", "12", "--skill", "logistik")
    assert code == 1 and "tidak valid" in out + err
    code, _, _ = run("volunteer", "update", andi.nik)  # nothing to change
    assert code == 1
    code, _, _ = run("volunteer", "update", andi.nik, "--skill", "evakuasi:kemarin")
    assert code == 2
    with db.read() as s:
        now = vs.get_volunteer(s, andi.nik)
    assert now.phone == "+6281234567009" and [k.skill for k in now.skills] == ["evakuasi"]  # nothing of the refusals
