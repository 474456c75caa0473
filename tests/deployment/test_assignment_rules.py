"""The assignment rules that hold: age, rest and length (refused or only warned), check-in within the
assignment's days, and voiding a wrong assignment."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from deployment import assignments
from deployment import volunteers as vs
from deployment.errors import (
    AssignmentTooLong,
    AssignmentVoided,
    LegiunRoleRefused,
    OutsideAssignmentDays,
    OverrideNotAllowed,
    OverridePending,
    RestTooShort,
    VoidAfterCheckIn,
    VolunteerTooYoung,
)
from deployment.models import Assignment
from tagana_app import clock, settings
from tagana_app.errors import OwnWorkRefused, PermissionDenied, ValidationError
from tests.deployment.conftest import add_incident, add_volunteer
from tests.deployment.test_assignments import assign, day


def stored(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Assignment))


@pytest.fixture
def incidents(db, coord):
    return add_incident(db, coord), add_incident(db, coord, kind="tanah longsor")


def test_under_18_refused_even_with_a_reason(db, coord, users, incidents):
    a, _b = incidents
    child = add_volunteer(db, coord, 1, birth=date(2010, 5, 14), skills=("evakuasi",))  # 16 on day 1
    for actor, reason in ((coord, None), (coord, "darurat"), (users["pejabat"], "darurat")):
        with pytest.raises(VolunteerTooYoung, match="berumur 16 tahun"):
            assign(db, actor, child.nik, a.number, day(1), day(3), role="evakuasi", override_reason=reason)
    with db.read() as s:
        check = assignments.preview_assignment(s, child.nik, a.number, "evakuasi", day(1), day(3))
    assert not check.ok and not check.overridable and "paling muda 18" in check.refusals[0]
    assert stored(db) == 0
    grown = add_volunteer(db, coord, 2, birth=date(2008, 12, 3))  # 18 on day 3
    with pytest.raises(VolunteerTooYoung):
        assign(db, coord, grown.nik, a.number, day(2), day(3))
    assert assign(db, coord, grown.nik, a.number, day(3), day(4)).days == 2  # 18 on the first day


def test_older_than_45_or_legiun_only_in_the_marked_roles(db, coord, users, incidents):
    a, b = incidents
    older = add_volunteer(db, coord, 1, birth=date(1975, 1, 1))  # 51
    legiun = add_volunteer(db, coord, 2, status="legiun")  # 31, but a member of the Legiun
    for v in (older, legiun):
        with pytest.raises(LegiunRoleRefused, match="evakuasi/SAR"):
            assign(db, coord, v.nik, a.number, day(1), day(3), role="evakuasi", override_reason="darurat")
        assert assign(db, coord, v.nik, a.number, day(1), day(3), role="dapur umum").role == "dapur_umum"
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.LEGIUN_ROLES: "evakuasi"}))
    assert assign(db, coord, older.nik, b.number, day(20), day(21), role="SAR").role == "evakuasi"


def test_rest_conflict_refused_without_override_and_goes_with_a_pejabats(db, coord, users, incidents):
    a, b = incidents
    v = add_volunteer(db, coord, 1, skills=("dapur umum",))
    assign(db, coord, v.nik, a.number, day(1), day(5))
    with pytest.raises(RestTooShort, match="istirahat sejak penugasan sebelumnya hanya 2 hari"):
        assign(db, coord, v.nik, b.number, day(8), day(10))
    with pytest.raises(RestTooShort, match="sebelum penugasan berikutnya"):
        assign(db, coord, v.nik, b.number, day(-5), day(-3))
    assert stored(db) == 1
    proposal = assign(db, coord, v.nik, b.number, day(8), day(10), override_reason="satu-satunya juru masak")
    assert proposal.pending
    with pytest.raises(OverridePending):
        db.write(lambda s: assignments.check_in(s, coord, proposal.id))
    approved = db.write(lambda s: assignments.approve_override(s, users["pejabat"], proposal.id))
    assert approved.override_by == "pejabat" and not approved.pending
    assert assign(db, coord, v.nik, b.number, day(18), day(19)).warnings == ()  # 7 rest days: fine


def test_longest_assignment_refused_unless_overridden(db, coord, users, incidents):
    a, b = incidents
    v = add_volunteer(db, coord, 1, skills=("dapur umum",))
    with pytest.raises(AssignmentTooLong, match="15 hari"):
        assign(db, coord, v.nik, a.number, day(1), day(15))
    assign(db, coord, v.nik, a.number, day(1), day(10))
    with pytest.raises(AssignmentTooLong, match="terus-menerus 16 hari"):  # back to back: one run
        assign(db, coord, v.nik, b.number, day(11), day(16))
    record = db.write(lambda s: assignments.list_assignments(s, volunteer=v.nik))[0]
    with pytest.raises(AssignmentTooLong):
        db.write(lambda s: assignments.extend_assignment(s, coord, record.id, day(20)))
    with pytest.raises(OverrideNotAllowed):  # a koordinator does not override
        db.write(lambda s: assignments.extend_assignment(s, coord, record.id, day(20), override_reason="x"))
    extended = db.write(lambda s: assignments.extend_assignment(s, users["pejabat"], record.id, day(20),
                                                                override_reason="pengganti belum datang"))
    assert extended.override_by == "pejabat" and extended.end == day(20)
    own = assign(db, users["pejabat"], v.nik, b.number, day(40), day(50))
    with pytest.raises(OwnWorkRefused):  # nor does a pejabat on the assignment he made himself
        db.write(lambda s: assignments.extend_assignment(s, users["pejabat"], own.id, day(60), override_reason="x"))


def test_warning_mode_only_warns(db, coord, users, incidents):
    a, b = incidents
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.REST_RULE: "peringatan",
                                                               settings.LENGTH_RULE: "peringatan"}))
    v = add_volunteer(db, coord, 1, skills=("dapur umum",))
    long = assign(db, coord, v.nik, a.number, day(1), day(15))
    assert any("melebihi batas 14 hari" in w for w in long.warnings) and not long.pending
    tired = assign(db, coord, v.nik, b.number, day(17), day(18))
    assert any("hanya 1 hari (minimum 7 hari)" in w for w in tired.warnings) and tired.override_reason is None
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.LENGTH_RULE: "tolak"}))
    with pytest.raises(AssignmentTooLong):  # each rule on its own
        assign(db, coord, v.nik, b.number, day(40), day(60))


def test_voided_assignment_frees_the_volunteer(db, coord, users, incidents):
    a, b = incidents
    v = add_volunteer(db, coord, 1, skills=("dapur umum",))
    wrong = assign(db, coord, v.nik, a.number, day(1), day(5))
    with pytest.raises(ValidationError, match="Alasan"):
        db.write(lambda s: assignments.void_assignment(s, coord, wrong.id, "  "))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: assignments.void_assignment(s, users["pemantau"], wrong.id, "salah"))
    voided = db.write(lambda s: assignments.void_assignment(s, coord, wrong.id, "salah kejadian"))
    assert (voided.voided_by, voided.void_reason) == ("koordinator", "salah kejadian") and voided.voided_at
    again = assign(db, coord, v.nik, b.number, day(1), day(5))  # the same days: no overlap, no rest conflict
    assert again.warnings == ()
    with db.read() as s:
        assert [r.id for r in assignments.list_assignments(s, volunteer=v.nik)] == [again.id]
        assert len(assignments.list_assignments(s, volunteer=v.nik, include_voided=True)) == 2
        assert set(s.scalars(vs.busy_ids(day(1), day(5)))) == {v.id}
        assert assignments.suggest_volunteers(s, a.number, "dapur umum", day(1), day(5)) == []
    with pytest.raises(AssignmentVoided, match="salah kejadian"):
        db.write(lambda s: assignments.extend_assignment(s, coord, wrong.id, day(6)))
    with pytest.raises(AssignmentVoided):
        db.write(lambda s: assignments.void_assignment(s, coord, wrong.id, "dua kali"))


def test_void_refused_after_check_in(db, coord, incidents):
    a, _b = incidents
    v = add_volunteer(db, coord, 1)
    today = clock.today()
    current = assign(db, coord, v.nik, a.number, today, today + timedelta(days=2))
    db.write(lambda s: assignments.check_in(s, coord, current.id))
    with pytest.raises(VoidAfterCheckIn, match="sudah check-in"):
        db.write(lambda s: assignments.void_assignment(s, coord, current.id, "keliru"))


def test_check_in_and_out_only_within_the_days(db, coord, incidents):
    a, _b = incidents
    v = add_volunteer(db, coord, 1)
    today = clock.today()
    start = today - timedelta(days=3)
    record = assign(db, coord, v.nik, a.number, start, today - timedelta(days=1))
    zone = clock.zone()

    def at(d: date, hour: int, minute: int = 0) -> datetime:
        return datetime(d.year, d.month, d.day, hour, minute, tzinfo=zone)

    with pytest.raises(OutsideAssignmentDays, match="di luar masa penugasan"):
        db.write(lambda s: assignments.check_in(s, coord, record.id, at(start - timedelta(days=1), 20)))
    with pytest.raises(OutsideAssignmentDays):
        db.write(lambda s: assignments.check_in(s, coord, record.id))  # now: the day after the last
    # The clock slack: five minutes before midnight of the eve counts as the first day.
    arrived = db.write(lambda s: assignments.check_in(s, coord, record.id, at(start - timedelta(days=1), 23, 55)))
    assert arrived.checkin_at is not None
    with pytest.raises(OutsideAssignmentDays):
        db.write(lambda s: assignments.check_out(s, coord, record.id, at(today, 8)))
    left = db.write(lambda s: assignments.check_out(s, coord, record.id, at(today - timedelta(days=1), 17)))
    assert left.checkout_at is not None


def test_voiding_an_assignment_that_answers_a_request_owes_the_people_again(db, coord, users, incidents):
    from deployment import requests

    a, _b = incidents
    v = add_volunteer(db, coord, 1, skills=("dapur umum",))
    request = db.write(lambda s: requests.add_request(s, coord, requests.RequestInput(
        incident=a.number, requester_kind="desa", region_code="17.09.01.2001", requester_name="Kepala Desa",
        letter_number="140/12/DS/2026", letter_date=clock.today(), people={"dapur_umum": 1})))
    db.write(lambda s: requests.decide_request(s, users["pejabat"], request.number,
                                               people={"dapur_umum": requests.Decision(1)}))
    made = assign(db, coord, v.nik, a.number, day(1), day(3))

    def answer(s):  # what part 1 wires into assign_volunteer (request=); here by hand
        s.get(Assignment, made.id).request_id = s.scalar(select(requests.AidRequest.id))
        return requests.refresh_status(s, s.get(Assignment, made.id).request_id)
    assert db.write(answer) == "dipenuhi"
    db.write(lambda s: assignments.void_assignment(s, coord, made.id, "salah orang"))
    with db.read() as s:
        assert requests.get_request(s, request.number).status == "didisposisi"
