"""Assignments of volunteers to incidents: the rules, overrides, check-in/out, extension, suggestions.

Periods are whole days, both ends included: two periods clash when they share a day, so an
assignment starting the day after another ends (back-to-back) is allowed.

Concurrency: every write first locks the volunteer row (SELECT ... FOR UPDATE on PostgreSQL; on
SQLite the write transaction holds the database write lock from BEGIN IMMEDIATE), then checks the
other assignments, so two coordinators assigning the same volunteer at once cannot both succeed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, and_, func, literal, not_, or_, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment import volunteers as volunteer_service
from deployment.errors import (
    AssignmentOverlap,
    AssignmentRefused,
    IncidentClosed,
    OverrideNotAllowed,
    VolunteerInactive,
    VolunteerUnavailable,
    refusal_text,
)
from deployment.models import (
    SKILL_BITS,
    SKILLS,
    Assignment,
    Incident,
    Unavailability,
    Volunteer,
    VolunteerSkill,
)
from deployment.permissions import can_assign, can_override_assignment
from deployment.validate import age_warning, kecamatan_of, parse_skill
from tagana_app import audit, clock, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import utcnow
from tagana_app.texts import DOMAIN, N_, Text

FAIRNESS_WINDOW_DAYS = 90


@dataclass(frozen=True)
class AssignmentCheck:
    """What saving this assignment would meet: refusals (unless overridden) and warnings, each a
    sentence that keeps its template for the window's translation."""

    refusals: tuple[Text, ...]
    warnings: tuple[Text, ...]

    @property
    def ok(self) -> bool:
        return not self.refusals


@dataclass(frozen=True)
class AssignmentRecord:
    id: int
    volunteer_id: int
    volunteer_name: str
    nik: str
    niat: str | None
    incident_number: str
    incident_name: str
    role: str
    role_label: str
    start: date
    end: date
    days: int
    checkin_at: datetime | None
    checkout_at: datetime | None
    override_reason: str | None
    override_by: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    volunteer_id: int
    nik: str
    niat: str | None
    full_name: str
    kecamatan_code: str
    kecamatan: str
    level: str
    status: str
    skill_match: int  # 0 skill with valid certificate, 1 skill with expired certificate, 2 without
    nearness: int  # 0 same kecamatan, 1 same kabupaten/kota, 2 same provinsi, 3 farther
    days_last_90: int
    reasons: tuple[Text, ...]


def _days(start: date, end: date) -> int:
    return (end - start).days + 1


def _record(session: Session, a: Assignment, v: Volunteer | None = None,
            i: Incident | None = None) -> AssignmentRecord:
    v = v or session.get(Volunteer, a.volunteer_id)
    i = i or session.get(Incident, a.incident_id)
    assert v is not None and i is not None
    return AssignmentRecord(a.id, v.id, v.full_name, v.nik, v.niat, i.number, i.name, a.role, SKILLS[a.role],
                            a.start_date, a.end_date, _days(a.start_date, a.end_date), a.checkin_at,
                            a.checkout_at, a.override_reason, a.override_by, tuple(a.warnings or ()))


def _period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(N_("errors", "Tanggal akhir {end} sebelum tanggal mulai {start}."), start=start, end=end)


def _evaluate(session: Session, v: Volunteer, incident: Incident, role: str, start: date, end: date,
              exclude_id: int | None = None) -> tuple[list[AssignmentRefused], list[Text]]:
    """The refusals and warnings of assigning ``v`` to ``incident`` as ``role`` for ``start``..``end``."""
    refusals: list[AssignmentRefused] = []
    warnings: list[Text] = []
    if v.status == "nonaktif":
        refusals.append(VolunteerInactive(name=v.full_name))
    for u in session.scalars(select(Unavailability).where(
            Unavailability.volunteer_id == v.id, Unavailability.start_date <= end,
            Unavailability.end_date >= start).order_by(Unavailability.start_date)):
        refusals.append(VolunteerUnavailable(name=v.full_name, start=u.start_date.isoformat(),
                                             end=u.end_date.isoformat(), reason=u.reason))
    others = session.execute(
        select(Assignment.id, Assignment.start_date, Assignment.end_date, Incident.number)
        .join(Incident, Incident.id == Assignment.incident_id)
        .where(Assignment.volunteer_id == v.id).order_by(Assignment.start_date)).all()
    others = [o for o in others if o.id != exclude_id]
    for o in others:
        if o.start_date <= end and o.end_date >= start:
            refusals.append(AssignmentOverlap(
                name=v.full_name, other_incident=o.number, other_from=o.start_date.isoformat(),
                other_to=o.end_date.isoformat(), start=start.isoformat(), end=end.isoformat(),
                next_free=(o.end_date + timedelta(days=1)).isoformat()))

    skill = session.scalar(select(VolunteerSkill).where(VolunteerSkill.volunteer_id == v.id,
                                                        VolunteerSkill.skill == role))
    if skill is None:
        warnings.append(Text(N_("errors", "{name} tidak memiliki keahlian {role}."), name=v.full_name,
                             role=SKILLS[role]))
    elif skill.certificate_expiry is not None and skill.certificate_expiry < start:
        warnings.append(Text(N_("errors", "Sertifikat {role} {name} habis berlaku sejak {expiry}."),
                             role=SKILLS[role], name=v.full_name, expiry=skill.certificate_expiry.isoformat()))
    elif skill.certificate_expiry is not None and skill.certificate_expiry < end:
        warnings.append(Text(N_("errors", "Sertifikat {role} {name} habis berlaku {expiry}, sebelum penugasan "
                                "berakhir."),
                             role=SKILLS[role], name=v.full_name, expiry=skill.certificate_expiry.isoformat()))
    age_note = age_warning(v.birth_date, v.status, start)
    if age_note:
        warnings.append(age_note)

    max_days = settings.get_office(session, settings.MAX_CONTINUOUS_DAYS)
    min_rest = settings.get_office(session, settings.MIN_REST_DAYS)
    # The continuous run: this period joined with back-to-back assignments on either side.
    run_start, run_end = start, end
    changed = True
    while changed:
        changed = False
        for o in others:
            if o.end_date == run_start - timedelta(days=1) or (o.start_date < run_start <= o.end_date):
                run_start, changed = min(run_start, o.start_date), True
            if o.start_date == run_end + timedelta(days=1) or (o.start_date <= run_end < o.end_date):
                run_end, changed = max(run_end, o.end_date), True
    if _days(run_start, run_end) > max_days:
        warnings.append(Text(N_("errors", "Penugasan terus-menerus {days} hari ({start} s.d. {end}) melebihi batas "
                                "{max} hari."),
                             days=_days(run_start, run_end), start=run_start.isoformat(),
                             end=run_end.isoformat(), max=max_days))
    before = [o for o in others if o.end_date < run_start]
    if before:
        rest = (run_start - max(o.end_date for o in before)).days - 1
        if rest < min_rest:
            warnings.append(Text(N_("errors", "Istirahat sejak penugasan sebelumnya hanya {rest} hari (minimum "
                                    "{min} hari)."), rest=rest, min=min_rest))
    after = [o for o in others if o.start_date > run_end]
    if after:
        rest = (min(o.start_date for o in after) - run_end).days - 1
        if rest < min_rest:
            warnings.append(Text(N_("errors", "Istirahat sebelum penugasan berikutnya hanya {rest} hari (minimum "
                                    "{min} hari)."), rest=rest, min=min_rest))
    return refusals, warnings


def preview_assignment(session: Session, volunteer: str | int, incident: str, role: str, start: date,
                       end: date) -> AssignmentCheck:
    """What the assignment dialog shows before saving; writes nothing."""
    _period(start, end)
    v = volunteer_service.find(session, volunteer)
    i = incident_service.find(session, incident)
    refusals, warnings = _evaluate(session, v, i, parse_skill(role), start, end)
    if i.status == "selesai":
        refusals.insert(0, IncidentClosed(number=i.number))  # type: ignore[arg-type]
    return AssignmentCheck(tuple(refusal_text(r) for r in refusals), tuple(warnings))


def _apply_override(actor: Actor, refusals: list[AssignmentRefused], override_reason: str | None) -> str | None:
    """Raise the first refusal unless an official overrides them all with a written reason."""
    if not refusals:
        return None
    reason = (override_reason or "").strip()
    if not reason:
        raise refusals[0]
    if not can_override_assignment(actor):
        raise OverrideNotAllowed(refusal=refusal_text(refusals[0]))
    return reason


@changes("incidents", "volunteers", "requests")
def assign_volunteer(session: Session, actor: Actor, volunteer: str | int, incident: str, role: str,
                     start: date, end: date, *, override_reason: str | None = None,
                     request: str = "") -> AssignmentRecord:
    can_assign.require(actor, action=N_("domain", "menugaskan relawan"))
    _period(start, end)
    role = parse_skill(role)
    v = volunteer_service.find(session, volunteer, lock=True)  # serializes assignments of this volunteer
    i = incident_service.find(session, incident)
    if i.status == "selesai":
        raise IncidentClosed(number=i.number)
    refusals, warnings = _evaluate(session, v, i, role, start, end)
    reason = _apply_override(actor, refusals, override_reason)
    a = Assignment(volunteer_id=v.id, incident_id=i.id, role=role, start_date=start, end_date=end,
                   override_reason=reason, override_by=actor.username if reason else None,
                   warnings=warnings, created_by=actor.username)
    session.add(a)
    session.flush()
    if request:  # answers a request's people (refused if it cannot); imported here: requests reads dispatches
        from deployment import requests

        requests.link_assignment(session, a, request)
    audit.record(session, actor, "assignment.add", N_("domain", "penugasan"), a.id,
                 {"relawan": v.nik, "kejadian": i.number, "peran": role, "dari": start, "sampai": end,
                  "peringatan": warnings,
                  **({"pengecualian": {"alasan": reason, "penolakan": [str(r) for r in refusals]}}
                     if reason else {})})
    return _record(session, a, v, i)


def _get(session: Session, assignment_id: int) -> Assignment:
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise NotFound(what=N_("domain", "Penugasan"), key=str(assignment_id))
    return a


def change_period(session: Session, actor: Actor, assignment_id: int, new_end: date, *,
                  override_reason: str | None = None) -> AssignmentRecord:
    """Extend an assignment or end it early: the new period is checked like a new one."""
    can_assign.require(actor, action=N_("domain", "mengubah masa penugasan"))
    a = _get(session, assignment_id)
    v = volunteer_service.find(session, a.volunteer_id, lock=True)
    a = _get(session, assignment_id)
    i = session.get(Incident, a.incident_id)
    assert i is not None
    if new_end < a.start_date:
        raise ValidationError(N_("errors", "Penugasan tidak dapat berakhir ({end}) sebelum mulai ({start})."),
                              end=new_end.isoformat(), start=a.start_date.isoformat())
    if new_end == a.end_date:
        return _record(session, a, v, i)
    refusals, warnings = _evaluate(session, v, i, a.role, a.start_date, new_end, exclude_id=a.id)
    if new_end < a.end_date and a.override_reason:
        refusals = []  # shortening an overridden assignment needs no second override
    reason = _apply_override(actor, refusals, override_reason)
    old_end = a.end_date
    a.end_date, a.warnings = new_end, warnings
    if reason:
        a.override_reason, a.override_by = reason, actor.username
    session.flush()
    action = "assignment.extend" if new_end > old_end else "assignment.end_early"
    audit.record(session, actor, action, N_("domain", "penugasan"), a.id,
                 {"relawan": v.nik, "kejadian": i.number, "sampai": {"lama": old_end, "baru": new_end},
                  "peringatan": warnings,
                  **({"pengecualian": {"alasan": reason, "penolakan": [str(r) for r in refusals]}}
                     if reason else {})})
    return _record(session, a, v, i)


@changes("incidents", "volunteers")
def extend_assignment(session: Session, actor: Actor, assignment_id: int, new_end: date, *,
                      override_reason: str | None = None) -> AssignmentRecord:
    a = _get(session, assignment_id)
    if new_end <= a.end_date:
        raise ValidationError(N_("errors", "Perpanjangan harus sesudah tanggal akhir sekarang ({end})."),
                              end=a.end_date.isoformat())
    return change_period(session, actor, assignment_id, new_end, override_reason=override_reason)


@changes("incidents", "volunteers")
def end_assignment(session: Session, actor: Actor, assignment_id: int, last_day: date) -> AssignmentRecord:
    a = _get(session, assignment_id)
    if last_day >= a.end_date:
        raise ValidationError(N_("errors", "Tanggal berakhir lebih awal harus sebelum tanggal akhir sekarang "
                                 "({end})."),
                              end=a.end_date.isoformat())
    return change_period(session, actor, assignment_id, last_day)


CLOCK_SLACK = timedelta(minutes=10)  # desktops' clocks differ a little


def _site_time(at: datetime | None, what: str) -> datetime:
    """The moment of an arrival or departure: now when not given, never in the future."""
    now = utcnow()
    if at is None:
        return now
    if at.tzinfo is None:
        raise ValidationError(N_("errors", "Waktu {what} harus dengan zona waktu."), what=what)
    if at > now + CLOCK_SLACK:
        raise ValidationError(N_("errors", "Waktu {what} ({at}) belum terjadi; catat sesudah relawan {what}."),
                              what=what,
                              at=clock.local(at).strftime("%d-%m-%Y %H:%M"))
    return at


@changes("incidents", "volunteers")
def check_in(session: Session, actor: Actor, assignment_id: int, at: datetime | None = None) -> AssignmentRecord:
    can_assign.require(actor, action=N_("domain", "mencatat kedatangan relawan"))
    a = _get(session, assignment_id)
    at = _site_time(at, N_("domain", "datang"))
    if a.checkout_at is not None and at > a.checkout_at:
        raise ValidationError(N_("errors", "Waktu datang sesudah waktu pulang."))
    a.checkin_at = at
    session.flush()
    audit.record(session, actor, "assignment.checkin", N_("domain", "penugasan"), a.id, {"datang": at})
    return _record(session, a)


@changes("incidents", "volunteers")
def check_out(session: Session, actor: Actor, assignment_id: int, at: datetime | None = None) -> AssignmentRecord:
    can_assign.require(actor, action=N_("domain", "mencatat kepulangan relawan"))
    a = _get(session, assignment_id)
    at = _site_time(at, N_("domain", "pulang"))
    if a.checkin_at is None:
        raise ValidationError(N_("errors", "Relawan belum tercatat datang di lokasi."))
    if at < a.checkin_at:
        raise ValidationError(N_("errors", "Waktu pulang sebelum waktu datang."))
    a.checkout_at = at
    session.flush()
    audit.record(session, actor, "assignment.checkout", N_("domain", "penugasan"), a.id, {"pulang": at})
    return _record(session, a)


def list_assignments(session: Session, *, incident: str | None = None, volunteer: str | int | None = None,
                     on_or_after: date | None = None, limit: int = 1000) -> list[AssignmentRecord]:
    query = (select(Assignment, Volunteer, Incident).join(Volunteer, Volunteer.id == Assignment.volunteer_id)
             .join(Incident, Incident.id == Assignment.incident_id))
    if incident:
        query = query.where(Assignment.incident_id == incident_service.find(session, incident).id)
    if volunteer is not None:
        query = query.where(Assignment.volunteer_id == volunteer_service.find(session, volunteer).id)
    if on_or_after:
        query = query.where(Assignment.end_date >= on_or_after)
    query = query.order_by(Assignment.start_date, Volunteer.name_lower).limit(limit)
    return [_record(session, a, v, i) for a, v, i in session.execute(query)]


# --- suggestions -----------------------------------------------------------------------------------

def _dialect_days(session: Session):  # noqa: ANN202
    """(a - b in days, least, greatest) for the database in use."""
    if session.get_bind().dialect.name == "postgresql":
        return (lambda a, b: a - b), func.least, func.greatest
    return (lambda a, b: func.julianday(a) - func.julianday(b)), func.min, func.max


def suggest_volunteers(session: Session, incident: str, role: str, start: date, end: date, *,
                       limit: int = 20, today: date | None = None) -> list[Suggestion]:
    """Volunteers free for the whole period, best first: matching skill (valid certificate first),
    nearness to the affected regions, fewest deployment days in the last 90 days.

    The first two keys have few values, so the ranking is read tier by tier (skill, then nearness),
    each tier a small indexed query sorted by fairness and name, until ``limit`` are found: sorting
    every free volunteer of a large roster is never needed.
    """
    _period(start, end)
    role = parse_skill(role)
    i = incident_service.find(session, incident)
    codes = incident_service.incident_regions(session, i.id)
    kecs = sorted({kecamatan_of(c) for c in codes})
    kabs = sorted({c[:5] for c in kecs})
    provs = sorted({c[:2] for c in kecs})
    today = today or clock.today()
    window_start = today - timedelta(days=FAIRNESS_WINDOW_DAYS)
    diff, least, greatest = _dialect_days(session)
    d_today, d_window = literal(today, Date), literal(window_start, Date)
    days = diff(least(Assignment.end_date, d_today), greatest(Assignment.start_date, d_window)) + 1
    recent = (select(Assignment.volunteer_id.label("vid"), func.sum(days).label("days"))
              .where(Assignment.end_date >= d_window, Assignment.start_date <= d_today)
              .group_by(Assignment.volunteer_id).subquery())
    skill = (select(VolunteerSkill.volunteer_id, VolunteerSkill.certificate_expiry)
             .where(VolunteerSkill.skill == role).subquery())
    has_skill = Volunteer.skill_mask.op("&")(SKILL_BITS[role]) != 0
    valid = or_(skill.c.certificate_expiry.is_(None), skill.c.certificate_expiry >= end)
    skill_tiers = (and_(has_skill, valid), and_(has_skill, not_(valid)), not_(has_skill))
    kec_code = Volunteer.kecamatan_code
    in_kab = or_(*[volunteer_service.starts_with(kec_code, k + ".") for k in kabs])
    in_prov = or_(*[volunteer_service.starts_with(kec_code, p + ".") for p in provs])
    near_tiers = (kec_code.in_(kecs), and_(in_kab, kec_code.not_in(kecs)), and_(in_prov, not_(in_kab)),
                  not_(in_prov))
    recent_days = func.coalesce(recent.c.days, 0)
    base = (select(Volunteer.id, Volunteer.nik, Volunteer.niat, Volunteer.full_name, Volunteer.kecamatan_code,
                   Volunteer.level, Volunteer.status, Volunteer.birth_date, skill.c.certificate_expiry,
                   recent_days.label("recent"))
            .outerjoin(skill, skill.c.volunteer_id == Volunteer.id)
            .outerjoin(recent, recent.c.vid == Volunteer.id)
            .where(Volunteer.status != "nonaktif",
                   Volunteer.id.not_in(volunteer_service.busy_ids(start, end)),
                   Volunteer.id.not_in(volunteer_service.unavailable_ids(start, end)))
            .order_by(recent_days, Volunteer.name_lower, Volunteer.id))
    found: list[tuple[int, int, Any]] = []
    for skill_rank, skill_condition in enumerate(skill_tiers):
        for nearness, near_condition in enumerate(near_tiers):
            if len(found) >= limit:
                break
            query = base.where(skill_condition, near_condition).limit(limit - len(found))
            found += [(skill_rank, nearness, r) for r in session.execute(query)]
    result = []
    for skill_rank, nearness, r in found:
        reasons: list[Text] = []
        label = SKILLS[role]
        if skill_rank == 0 and r.certificate_expiry:
            reasons.append(Text(N_("domain", "Keahlian {role}, sertifikat berlaku s.d. {expiry}"), DOMAIN, role=label,
                                expiry=r.certificate_expiry.isoformat()))
        elif skill_rank == 0:
            reasons.append(Text(N_("domain", "Keahlian {role}"), DOMAIN, role=label))
        elif skill_rank == 1:
            reasons.append(Text(N_("domain", "Keahlian {role}, tetapi sertifikat habis berlaku {expiry}"), DOMAIN,
                                role=label, expiry=r.certificate_expiry.isoformat()))
        else:
            reasons.append(Text(N_("domain", "Tidak memiliki keahlian {role}"), DOMAIN, role=label))
        place = volunteer_service.region_name(r.kecamatan_code)
        near = (N_("domain", "Sekecamatan dengan lokasi kejadian ({place})"),
                N_("domain", "Sekabupaten/kota dengan lokasi kejadian (Kec. {place})"),
                N_("domain", "Seprovinsi (Kec. {place})"),
                N_("domain", "Di luar provinsi lokasi kejadian (Kec. {place})"))[nearness]
        reasons.append(Text(near, DOMAIN, place=place))
        reasons.append(Text(N_("domain", "{days} hari bertugas dalam {window} hari terakhir"), DOMAIN,
                            days=int(r.recent), window=FAIRNESS_WINDOW_DAYS))
        age_note = age_warning(r.birth_date, r.status, start)
        if age_note:
            reasons.append(age_note)
        result.append(Suggestion(r.id, r.nik, r.niat, r.full_name, r.kecamatan_code, place, r.level, r.status,
                                 skill_rank, nearness, int(r.recent), tuple(reasons)))
    return result


