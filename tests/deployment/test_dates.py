"""Certificates, rest days and the 14-day limit across a year end and 29 February, by the office's clock."""

from __future__ import annotations

from datetime import date

import pytest

from deployment import assignments
from deployment import volunteers as vs

from .conftest import add_incident, add_volunteer

pytestmark = pytest.mark.dates


def _listed(db, which: str) -> list[str]:  # noqa: ANN001
    with db.read() as s:
        return [r.full_name for r in vs.list_volunteers(s, vs.VolunteerFilter(certificates=which)).rows]


def test_a_certificate_running_out_on_new_years_eve(db, coord, clock_at):
    clock_at.set("2026-12-01T09:00")
    v = add_volunteer(db, coord, 1, name="Sinta Contoh", skills=(
        vs.SkillInput("evakuasi/SAR", date(2024, 1, 10), date(2026, 12, 31)),))
    clock_at.set("2026-12-31T23:59:00")  # valid to the end of its last day
    assert (_listed(db, "soon"), _listed(db, "expired")) == (["Sinta Contoh"], [])
    with db.read() as s:
        assert not vs.get_volunteer(s, v.nik).skills[0].expired
    clock_at.set("2027-01-01T00:00:30")
    assert (_listed(db, "soon"), _listed(db, "expired")) == ([], ["Sinta Contoh"])
    with db.read() as s:
        assert vs.get_volunteer(s, v.nik).skills[0].expired


def _warnings(db, nik: str, incident: str, start: date, end: date) -> tuple[str, ...]:  # noqa: ANN001
    """What the rules find (refused or only warned about, as the office set them)."""
    with db.read() as s:
        check = assignments.preview_assignment(s, nik, incident, "logistik", start, end)
    return check.refusals + check.warnings


def test_rest_days_count_29_february(db, coord, clock_at):
    clock_at.set("2028-02-10T09:00")
    v = add_volunteer(db, coord, 2, skills=("logistik",))
    incident = add_incident(db, coord, start=date(2028, 2, 10))
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident.number, "logistik",
                                                    date(2028, 2, 12), date(2028, 2, 25)))
    # 26, 27, 28, 29 February and 1, 2 March: six days of rest, one short of the office's seven.
    assert any("hanya 6 hari (minimum 7 hari)" in w
               for w in _warnings(db, v.nik, incident.number, date(2028, 3, 3), date(2028, 3, 6)))
    assert not any("istirahat" in w.lower() for w in _warnings(db, v.nik, incident.number, date(2028, 3, 4), date(2028, 3, 6)))


def test_the_continuous_limit_counts_the_days_across_a_year_end(db, coord, clock_at):
    clock_at.set("2026-12-20T09:00")
    v = add_volunteer(db, coord, 3, skills=("logistik",))
    incident = add_incident(db, coord, start=date(2026, 12, 20))
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, incident.number, "logistik",
                                                    date(2026, 12, 21), date(2026, 12, 31)))
    # 21 December to 3 January joined back to back: 14 days, the limit; to 4 January: 15 days.
    assert not any("melebihi" in w for w in _warnings(db, v.nik, incident.number, date(2027, 1, 1), date(2027, 1, 3)))
    assert any("15 hari" in w and "melebihi batas 14 hari" in w
               for w in _warnings(db, v.nik, incident.number, date(2027, 1, 1), date(2027, 1, 4)))
