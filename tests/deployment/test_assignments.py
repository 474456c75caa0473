from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from deployment import assignments, incidents
from deployment import volunteers as vs
from deployment.errors import (
    AssignmentOverlap,
    IncidentClosed,
    NoOverridePending,
    VolunteerInactive,
    VolunteerUnavailable,
)
from deployment.models import Assignment, assignment_counts
from tagana_app import clock, settings
from tagana_app.errors import OwnWorkRefused, PermissionDenied, ValidationError
from tagana_app.models import AuditLog
from tests.deployment.conftest import add_incident, add_volunteer

D = date(2026, 12, 1)


def day(n: int) -> date:
    return D + timedelta(days=n - 1)


def assign(db, actor, volunteer, incident, start, end, role="dapur umum", **kw):
    return db.write(lambda s: assignments.assign_volunteer(s, actor, volunteer, incident, role, start, end, **kw))


def counts(db):
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Assignment)),
                s.scalar(select(func.count()).select_from(AuditLog)))


@pytest.fixture
def setup(db, coord):
    v = add_volunteer(db, coord, 1, skills=(vs.SkillInput("dapur umum", date(2024, 1, 1), date(2027, 12, 31)),))
    a = add_incident(db, coord)
    b = add_incident(db, coord, kind="tanah longsor")
    assign(db, coord, v.nik, a.number, day(10), day(14))  # the existing assignment: days 10..14
    return v, a, b


@pytest.mark.parametrize("start, end, edge", [
    (10, 10, "same first day"),
    (14, 16, "starts on the other's last day"),
    (7, 10, "ends on the other's first day"),
    (11, 12, "contained"),
    (8, 16, "containing"),
    (10, 14, "identical"),
])
def test_overlap_refused_at_the_edges(db, coord, setup, start, end, edge):
    v, _a, b = setup
    before = counts(db)
    with pytest.raises(AssignmentOverlap) as caught:
        assign(db, coord, v.nik, b.number, day(start), day(end))
    assert "paling cepat mulai 2026-12-15" in str(caught.value), edge
    assert counts(db) == before  # nothing written, not even an audit row


@pytest.mark.parametrize("start, end", [(15, 18), (5, 9)])
def test_back_to_back_allowed(db, coord, setup, start, end):
    v, _a, b = setup
    record = assign(db, coord, v.nik, b.number, day(start), day(end))
    assert (record.start, record.end, record.days) == (day(start), day(end), end - start + 1)


def test_inactive_and_unavailable_refused(db, coord, setup):
    v, _a, b = setup
    db.write(lambda s: vs.add_unavailability(s, coord, v.nik, day(20), day(22), "ujian"))
    with pytest.raises(VolunteerUnavailable, match="ujian"):
        assign(db, coord, v.nik, b.number, day(22), day(25))
    assign(db, coord, v.nik, b.number, day(23), day(25))  # the day after is fine
    db.write(lambda s: vs.update_volunteer(s, coord, v.nik, status="nonaktif"))
    with pytest.raises(VolunteerInactive):
        assign(db, coord, v.nik, b.number, day(40), day(41))


def test_override_is_proposed_then_approved_by_another_pejabat(db, coord, users, setup):
    v, _a, b = setup
    with pytest.raises(AssignmentOverlap):  # without a reason: refused like anyone
        assign(db, users["pejabat"], v.nik, b.number, day(12), day(13))
    proposal = assign(db, coord, v.nik, b.number, day(12), day(13),
                      override_reason="Hanya relawan ini yang bisa mengoperasikan radio")
    assert proposal.pending and proposal.override_by is None
    counting = select(func.count()).select_from(Assignment).where(assignment_counts())
    with db.read() as s:  # a proposal counts nowhere yet
        assert s.scalar(counting) == 1
    with pytest.raises(PermissionDenied):  # a koordinator cannot approve at all
        db.write(lambda s: assignments.approve_override(s, coord, proposal.id))
    record = db.write(lambda s: assignments.approve_override(s, users["pejabat"], proposal.id))
    assert record.override_by == "pejabat" and not record.pending and "radio" in record.override_reason
    with db.read() as s:
        assert s.scalar(counting) == 2
        changes = s.scalar(select(AuditLog.changes).where(AuditLog.action == "assignment.override")
                           .order_by(AuditLog.id.desc()))
    assert changes["pengecualian"]["alasan"].startswith("Hanya relawan")
    assert "beririsan" in changes["pengecualian"]["penolakan"][0]
    assert changes["diajukan_oleh"] == "koordinator"


def test_pejabat_cannot_approve_own_proposal(db, users, setup):
    v, _a, b = setup
    own = assign(db, users["pejabat"], v.nik, b.number, day(12), day(13), override_reason="darurat")
    with pytest.raises(OwnWorkRefused, match="pejabat"):
        db.write(lambda s: assignments.approve_override(s, users["pejabat"], own.id))
    assert db.write(lambda s: assignments.approve_override(s, users["admin"], own.id)).override_by == "admin"
    with pytest.raises(NoOverridePending):
        db.write(lambda s: assignments.approve_override(s, users["admin"], own.id))


def test_read_only_and_warehouse_roles_cannot_assign(db, users, setup):
    v, _a, b = setup
    for role in ("pemantau", "gudang"):
        with pytest.raises(PermissionDenied):
            assign(db, users[role], v.nik, b.number, day(20), day(21))


def test_warnings_no_skill_expired_certificate_age(db, coord, setup):
    v, _a, b = setup
    record = assign(db, coord, v.nik, b.number, day(22), day(23), role="komunikasi")
    assert any("tidak memiliki keahlian komunikasi" in w for w in record.warnings)
    old = add_volunteer(db, coord, 2, birth=date(1970, 1, 1),
                        skills=(vs.SkillInput("logistik", date(2019, 1, 1), date(2022, 1, 1)),
                                vs.SkillInput("posko", date(2024, 1, 1), day(30))))
    record = assign(db, coord, old.nik, b.number, day(20), day(21), role="logistik")
    assert any("habis berlaku sejak 2022-01-01" in w for w in record.warnings)
    assert any("Umur 56 tahun" in w for w in record.warnings)
    record = assign(db, coord, old.nik, b.number, day(29), day(31), role="posko")
    assert any("sebelum penugasan berakhir" in w for w in record.warnings)
    with db.read() as s:
        stored = s.scalar(select(Assignment.warnings).where(Assignment.id == record.id))
    assert stored == list(record.warnings)


def test_continuous_days_and_rest_use_settings_in_warning_mode(db, coord, users, setup):
    v, a, b = setup  # days 10..14 exist
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.REST_RULE: "peringatan",
                                                               settings.LENGTH_RULE: "peringatan"}))
    record = assign(db, coord, v.nik, b.number, day(15), day(24))  # back-to-back: 15 continuous days
    assert any("terus-menerus 15 hari" in w for w in record.warnings)
    assert not any("Istirahat" in w for w in record.warnings)
    record = assign(db, coord, v.nik, a.number, day(28), day(29))  # 3 rest days after day 24
    assert any("istirahat sejak penugasan sebelumnya hanya 3 hari" in w for w in record.warnings)
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.MIN_REST_DAYS: 2,
                                                               settings.MAX_CONTINUOUS_DAYS: 30}))
    other = add_volunteer(db, coord, 2, skills=("dapur umum",))
    assign(db, coord, other.nik, a.number, day(1), day(20))
    record = assign(db, coord, other.nik, b.number, day(24), day(25))
    assert record.warnings == ()  # 20 days <= 30, 3 rest days >= 2


def test_closed_incident_refused(db, coord, setup):
    v, _a, b = setup
    db.write(lambda s: incidents.update_incident(s, coord, b.number, status="selesai"))
    with pytest.raises(IncidentClosed):
        assign(db, coord, v.nik, b.number, day(20), day(21))


def test_extend_and_end_early_are_checked(db, coord, users, setup):
    v, a, b = setup
    db.write(lambda s: settings.set_office(s, users["admin"], {settings.MIN_REST_DAYS: 0}))  # overlap only here
    later = assign(db, coord, v.nik, b.number, day(20), day(22))
    first = assignments.list_assignments
    with db.read() as s:
        existing = first(s, incident=a.number)[0]
    with pytest.raises(AssignmentOverlap):
        db.write(lambda s: assignments.extend_assignment(s, coord, existing.id, day(20)))
    extended = db.write(lambda s: assignments.extend_assignment(s, coord, existing.id, day(19)))
    assert extended.end == day(19) and extended.days == 10
    with pytest.raises(ValidationError):
        db.write(lambda s: assignments.extend_assignment(s, coord, existing.id, day(18)))
    shortened = db.write(lambda s: assignments.end_assignment(s, coord, later.id, day(20)))
    assert (shortened.start, shortened.end) == (day(20), day(20))
    with pytest.raises(ValidationError):
        db.write(lambda s: assignments.end_assignment(s, coord, later.id, day(19)))
    forced = db.write(lambda s: assignments.extend_assignment(s, users["pejabat"], existing.id, day(21),
                                                              override_reason="pergantian regu tertunda"))
    assert forced.override_reason == "pergantian regu tertunda"
    with db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.entity == "penugasan")))
    assert actions.count("assignment.extend") == 2 and "assignment.end_early" in actions


def test_check_in_and_out(db, coord, setup):
    v, _a, b = setup
    today = clock.today()
    current = assign(db, coord, v.nik, b.number, today - timedelta(days=5), today + timedelta(days=1))
    with pytest.raises(ValidationError):
        db.write(lambda s: assignments.check_out(s, coord, current.id))
    soon = clock.utcnow() + timedelta(hours=1)  # not yet happened: refused
    with pytest.raises(ValidationError, match="belum terjadi"):
        db.write(lambda s: assignments.check_in(s, coord, current.id, soon))
    # A day into the assignment, so an hour before it is still one of its days (at any clock time).
    arrived = (clock.utcnow() - timedelta(days=4)).replace(microsecond=0)
    record = db.write(lambda s: assignments.check_in(s, coord, current.id, arrived))
    assert record.checkin_at == arrived
    with pytest.raises(ValidationError):  # leaving before arriving
        db.write(lambda s: assignments.check_out(s, coord, current.id, arrived - timedelta(hours=1)))
    record = db.write(lambda s: assignments.check_out(s, coord, current.id, arrived + timedelta(days=3)))
    assert record.checkout_at == arrived + timedelta(days=3)


def test_preview_shows_refusals_and_warnings_without_writing(db, coord, setup):
    v, _a, b = setup
    before = counts(db)
    with db.read() as s:
        check = assignments.preview_assignment(s, v.nik, b.number, "komunikasi", day(14), day(15))
    assert not check.ok and "beririsan" in check.refusals[0]
    assert any("komunikasi" in w for w in check.warnings)
    assert counts(db) == before
