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

from sqlalchemy import Date, and_, case, func, literal, not_, or_, select
from sqlalchemy.orm import Session, aliased

from deployment import incidents as incident_service
from deployment import volunteers as volunteer_service
from deployment.errors import (
    AssignmentForbidden,
    AssignmentOverlap,
    AssignmentRefused,
    AssignmentTooLong,
    AssignmentVoided,
    IncidentClosed,
    LegiunRoleRefused,
    NoOverridePending,
    OutsideAssignmentDays,
    OverrideNotAllowed,
    OverridePending,
    RestTooShort,
    VoidAfterCheckIn,
    VolunteerInactive,
    VolunteerTooYoung,
    VolunteerUnavailable,
    refusal_text,
)
from deployment.models import (
    LEVELS,
    SKILL_BITS,
    SKILLS,
    STATUSES,
    Assignment,
    Incident,
    Unavailability,
    Volunteer,
    VolunteerSkill,
    assignment_counts,
)
from deployment.permissions import can_assign, can_override_assignment
from deployment.validate import ACTIVE_AGE, age_on, age_warning, kecamatan_of, parse_skill
from tagana_app import audit, clock, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import utcnow
from tagana_app.texts import DOMAIN, N_, Text

FAIRNESS_WINDOW_DAYS = 90


@dataclass(frozen=True)
class AssignmentCheck:
    """What saving this assignment would meet: refusals (unless overridden) and warnings, each a
    sentence that keeps its template for the window's translation. ``overridable`` is False when a
    refusal is one nobody may override (the volunteer's age)."""

    refusals: tuple[Text, ...]
    warnings: tuple[Text, ...]
    overridable: bool = True

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
    created_by: str = ""
    voided_at: datetime | None = None
    voided_by: str = ""
    void_reason: str = ""

    @property
    def pending(self) -> bool:
        """A proposal waiting for a pejabat to approve its override: it counts nowhere yet."""
        return bool(self.override_reason) and not self.override_by and self.voided_at is None


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
    nearness: int  # 0 same desa, 1 same kecamatan, 2 same kabupaten/kota, 3 same provinsi, 4 farther
    days_last_90: int
    reasons: tuple[Text, ...]
    rest_days: int | None = None  # days off since the last assignment (or before the next); None: none near
    rest_short: bool = False  # fewer rest days than the office's minimum (only listed when the rule warns)
    rank: int = 0  # the place in the list, from 1


def _days(start: date, end: date) -> int:
    return (end - start).days + 1


def _record(session: Session, a: Assignment, v: Volunteer | None = None,
            i: Incident | None = None) -> AssignmentRecord:
    v = v or session.get(Volunteer, a.volunteer_id)
    i = i or session.get(Incident, a.incident_id)
    assert v is not None and i is not None
    return AssignmentRecord(a.id, v.id, v.full_name, v.nik, v.niat, i.number, i.name, a.role, SKILLS[a.role],
                            a.start_date, a.end_date, _days(a.start_date, a.end_date), a.checkin_at,
                            a.checkout_at, a.override_reason, a.override_by, tuple(a.warnings or ()),
                            a.created_by, a.voided_at, a.voided_by or "", a.void_reason or "")


def _period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(N_("errors", "Tanggal akhir {end} sebelum tanggal mulai {start}."), start=start, end=end)


def legiun_roles(session: Session) -> tuple[str, ...]:
    """The roles (skill codes) the office lets members older than 45 or of the Legiun take."""
    codes = []
    for part in str(settings.get_office(session, settings.LEGIUN_ROLES) or "").split(","):
        if not part.strip():
            continue
        try:
            codes.append(parse_skill(part))
        except ValidationError:
            continue  # a code the office mistyped allows nothing
    return tuple(dict.fromkeys(codes))


def _age_refusal(session: Session, v: Volunteer, role: str, start: date) -> AssignmentForbidden | None:
    """The law on age, on the assignment's first day: under 18 never; older than 45 (or Legiun)
    only in the roles the office marks. Nobody overrides these."""
    age = age_on(v.birth_date, start)
    low, high = ACTIVE_AGE
    if age < low:
        return VolunteerTooYoung(name=v.full_name, age=age, start=start.isoformat(), low=low)
    if age > high or v.status == "legiun":
        allowed = legiun_roles(session)
        if role not in allowed:
            return LegiunRoleRefused(name=v.full_name, age=age, status=STATUSES[v.status], high=high,
                                     roles=", ".join(SKILLS[r] for r in allowed) or "-", role=SKILLS[role])
    return None


def _rule(session: Session, setting: settings.Setting, error: AssignmentRefused, refusals: list[AssignmentRefused],
          warnings: list[Text]) -> None:
    """A broken rest or length rule: a refusal, or only a warning when the office set the rule so."""
    if settings.get_office(session, setting) == "peringatan":
        warnings.append(refusal_text(error))
    else:
        refusals.append(error)


def _evaluate(session: Session, v: Volunteer, incident: Incident, role: str, start: date, end: date,
              exclude_id: int | None = None) -> tuple[list[TaganaError], list[Text]]:
    """The refusals and warnings of assigning ``v`` to ``incident`` as ``role`` for ``start``..``end``.
    Refusals that nobody may override (``AssignmentForbidden``) come first."""
    refusals: list[AssignmentRefused] = []
    warnings: list[Text] = []
    forbidden = _age_refusal(session, v, role, start)
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
        .where(Assignment.volunteer_id == v.id, assignment_counts()).order_by(Assignment.start_date)).all()
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
    age_note = None if forbidden else age_warning(v.birth_date, v.status, start)
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
        _rule(session, settings.LENGTH_RULE, AssignmentTooLong(
            name=v.full_name, days=_days(run_start, run_end), start=run_start.isoformat(), end=run_end.isoformat(),
            max=max_days), refusals, warnings)
    before = [o for o in others if o.end_date < run_start]
    if before:
        rest = (run_start - max(o.end_date for o in before)).days - 1
        if rest < min_rest:
            _rule(session, settings.REST_RULE, RestTooShort(
                name=v.full_name, when=Text(N_("domain", "sejak penugasan sebelumnya"), DOMAIN), rest=rest,
                min=min_rest), refusals, warnings)
    after = [o for o in others if o.start_date > run_end]
    if after:
        rest = (min(o.start_date for o in after) - run_end).days - 1
        if rest < min_rest:
            _rule(session, settings.REST_RULE, RestTooShort(
                name=v.full_name, when=Text(N_("domain", "sebelum penugasan berikutnya"), DOMAIN), rest=rest,
                min=min_rest), refusals, warnings)
    return ([forbidden] if forbidden else []) + list(refusals), warnings


def _check(refusals: list[TaganaError], warnings: list[Text]) -> AssignmentCheck:
    final = any(not isinstance(r, AssignmentRefused) for r in refusals)
    return AssignmentCheck(tuple(refusal_text(r) for r in refusals), tuple(warnings), not final)


def preview_assignment(session: Session, volunteer: str | int, incident: str, role: str, start: date,
                       end: date) -> AssignmentCheck:
    """What the assignment dialog shows before saving; writes nothing."""
    _period(start, end)
    v = volunteer_service.find(session, volunteer)
    i = incident_service.find(session, incident)
    refusals, warnings = _evaluate(session, v, i, parse_skill(role), start, end)
    if i.status == "selesai":
        refusals.insert(0, IncidentClosed(number=i.number))
    return _check(refusals, warnings)


def recheck(session: Session, assignment_id: int) -> AssignmentCheck:
    """The rules on a stored assignment (a proposal a pejabat is about to approve); writes nothing."""
    a = _get(session, assignment_id)
    v = volunteer_service.find(session, a.volunteer_id)
    i = session.get(Incident, a.incident_id)
    assert i is not None
    refusals, warnings = _evaluate(session, v, i, a.role, a.start_date, a.end_date, exclude_id=a.id)
    return _check(refusals, warnings)


def _first_final(refusals: list[TaganaError]) -> None:
    for r in refusals:
        if not isinstance(r, AssignmentRefused):
            raise r


def _apply_override(actor: Actor, refusals: list[TaganaError], override_reason: str | None,
                    made_by: str) -> str | None:
    """Raise the first refusal unless an official other than ``made_by`` overrides them all with a
    written reason (a change of an existing assignment: its creator's work)."""
    if not refusals:
        return None
    _first_final(refusals)
    reason = (override_reason or "").strip()
    if not reason:
        raise refusals[0]
    if not can_override_assignment(actor):
        raise OverrideNotAllowed(refusal=refusal_text(refusals[0]))
    can_override_assignment.require(actor, made_by=made_by)
    return reason


def _audit_override(reason: str | None, refusals: list[TaganaError]) -> dict[str, Any]:
    return {"pengecualian": {"alasan": reason, "penolakan": [str(r) for r in refusals]}} if reason else {}


@changes("incidents", "volunteers", "requests")
def assign_volunteer(session: Session, actor: Actor, volunteer: str | int, incident: str, role: str,
                     start: date, end: date, *, override_reason: str | None = None,
                     request: str = "") -> AssignmentRecord:
    """Assign a volunteer; a broken rule refuses. With ``override_reason`` the refused assignment is
    stored as a proposal: it counts nowhere until a pejabat who did not make it approves the override
    (``approve_override``), or it is voided. Refusals on age are never overridden.  ``request``: the
    decided request whose people it answers."""
    can_assign.require(actor, action=N_("domain", "menugaskan relawan"))
    _period(start, end)
    role = parse_skill(role)
    v = volunteer_service.find(session, volunteer, lock=True)  # serializes assignments of this volunteer
    i = incident_service.find(session, incident)
    if i.status == "selesai":
        raise IncidentClosed(number=i.number)
    refusals, warnings = _evaluate(session, v, i, role, start, end)
    reason = None
    if refusals:
        _first_final(refusals)
        reason = (override_reason or "").strip()
        if not reason:
            raise refusals[0]
    a = Assignment(volunteer_id=v.id, incident_id=i.id, role=role, start_date=start, end_date=end,
                   override_reason=reason, override_by=None, warnings=warnings, created_by=actor.username)
    session.add(a)
    session.flush()
    if request:  # answers a request's people (refused if it cannot); imported here: requests reads dispatches
        from deployment import requests

        requests.link_assignment(session, a, request)
    audit.record(session, actor, "assignment.propose" if reason else "assignment.add", N_("domain", "penugasan"),
                 a.id, {"relawan": v.nik, "kejadian": i.number, "peran": role, "dari": start, "sampai": end,
                        "peringatan": warnings, **_audit_override(reason, refusals)})
    return _record(session, a, v, i)


@changes("incidents", "volunteers")
def assign_volunteers(session: Session, actor: Actor, volunteers: list[str | int], incident: str, role: str,
                      start: date, end: date) -> list[AssignmentRecord]:
    """Several volunteers for the same role and days (chosen from the suggestions): all or none; the
    first refusal names its volunteer."""
    return [assign_volunteer(session, actor, v, incident, role, start, end) for v in volunteers]


def _get(session: Session, assignment_id: int, *, live: bool = True) -> Assignment:
    """The assignment; ``live``: refused when it was voided."""
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise NotFound(what=N_("domain", "Penugasan"), key=str(assignment_id))
    if live and a.voided_at is not None:
        raise AssignmentVoided(id=a.id, who=a.voided_by, reason=a.void_reason)
    return a


def _name(session: Session, a: Assignment) -> str:
    v = session.get(Volunteer, a.volunteer_id)
    return v.full_name if v is not None else str(a.volunteer_id)


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
    if new_end < a.end_date:
        refusals = []  # shortening adds no duty: it never needs an override (a gap it leaves is rest)
    if a.override_reason and not a.override_by:
        refusals = []  # a proposal: its override is decided (on the new period) when it is approved
    reason = _apply_override(actor, refusals, override_reason, a.created_by)
    old_end = a.end_date
    a.end_date, a.warnings = new_end, warnings
    if reason:
        a.override_reason, a.override_by = reason, actor.username
    session.flush()
    action = "assignment.extend" if new_end > old_end else "assignment.end_early"
    audit.record(session, actor, action, N_("domain", "penugasan"), a.id,
                 {"relawan": v.nik, "kejadian": i.number, "sampai": {"lama": old_end, "baru": new_end},
                  "peringatan": warnings, **_audit_override(reason, refusals)})
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


def _within_days(session: Session, a: Assignment, at: datetime, what: str) -> None:
    """Arrival and departure happen on the assignment's days (in the office's zone), with the same
    slack for desktops' clocks: a check-in at 23:55 the evening before the first day is accepted."""
    if a.override_reason and not a.override_by:
        raise OverridePending(id=a.id, name=_name(session, a))
    if clock.local(at + CLOCK_SLACK).date() < a.start_date or clock.local(at - CLOCK_SLACK).date() > a.end_date:
        raise OutsideAssignmentDays(what=what, at=clock.local(at).strftime("%d-%m-%Y %H:%M"), name=_name(session, a),
                                    start=a.start_date.isoformat(), end=a.end_date.isoformat())


@changes("incidents", "volunteers")
def check_in(session: Session, actor: Actor, assignment_id: int, at: datetime | None = None) -> AssignmentRecord:
    can_assign.require(actor, action=N_("domain", "mencatat kedatangan relawan"))
    a = _get(session, assignment_id)
    at = _site_time(at, N_("domain", "datang"))
    _within_days(session, a, at, N_("domain", "datang"))
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
    _within_days(session, a, at, N_("domain", "pulang"))
    if at < a.checkin_at:
        raise ValidationError(N_("errors", "Waktu pulang sebelum waktu datang."))
    a.checkout_at = at
    session.flush()
    audit.record(session, actor, "assignment.checkout", N_("domain", "penugasan"), a.id, {"pulang": at})
    return _record(session, a)


def _refresh_request(session: Session, a: Assignment) -> None:
    if a.request_id:
        # Imported here: the requests module brings the dispatch package, which `tagana volunteer` never needs.
        from deployment import requests as request_service

        request_service.refresh_status(session, a.request_id)


@changes("incidents", "volunteers", "dispatches", "requests")
def void_assignment(session: Session, actor: Actor, assignment_id: int, reason: str) -> AssignmentRecord:
    """Cancel a wrong assignment (or refuse a proposal) while nobody has checked in: it stays in the
    audit, and counts nowhere afterwards (the volunteer is free again for those days)."""
    can_assign.require(actor, action=N_("domain", "membatalkan penugasan"))
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(N_("errors", "Alasan pembatalan penugasan wajib diisi."))
    a = _get(session, assignment_id)
    volunteer_service.find(session, a.volunteer_id, lock=True)
    if a.checkin_at is not None:
        raise VoidAfterCheckIn(id=a.id, name=_name(session, a), at=clock.local(a.checkin_at).strftime("%d-%m-%Y %H:%M"))
    a.voided_at, a.voided_by, a.void_reason = utcnow(), actor.username, reason[:500]
    session.flush()
    _refresh_request(session, a)  # the people it answered are owed again
    audit.record(session, actor, "assignment.void", N_("domain", "penugasan"), a.id,
                 {"relawan": _name(session, a), "dari": a.start_date, "sampai": a.end_date, "alasan": reason})
    return _record(session, a)


@changes("incidents", "volunteers", "requests")
def approve_override(session: Session, actor: Actor, assignment_id: int) -> AssignmentRecord:
    """A pejabat who did not propose it approves a proposal's override: the assignment counts from
    now. The rules are checked again; what they refuse now is what the pejabat overrides."""
    a = _get(session, assignment_id)
    can_override_assignment.require(actor, made_by=a.created_by)
    if not (a.override_reason and not a.override_by):
        raise NoOverridePending(id=a.id)
    v = volunteer_service.find(session, a.volunteer_id, lock=True)
    i = session.get(Incident, a.incident_id)
    assert i is not None
    if i.status == "selesai":
        raise IncidentClosed(number=i.number)
    refusals, warnings = _evaluate(session, v, i, a.role, a.start_date, a.end_date, exclude_id=a.id)
    _first_final(refusals)
    a.override_by, a.warnings = actor.username, warnings
    session.flush()
    _refresh_request(session, a)  # it counts from now
    audit.record(session, actor, "assignment.override", N_("domain", "penugasan"), a.id,
                 {"relawan": v.nik, "kejadian": i.number, "diajukan_oleh": a.created_by, "peringatan": warnings,
                  **_audit_override(a.override_reason, refusals)})
    return _record(session, a, v, i)


def list_assignments(session: Session, *, incident: str | None = None, volunteer: str | int | None = None,
                     on_or_after: date | None = None, limit: int = 1000,
                     include_voided: bool = False) -> list[AssignmentRecord]:
    """Assignments and proposals waiting for an override (``pending``); voided ones only when asked."""
    query = (select(Assignment, Volunteer, Incident).join(Volunteer, Volunteer.id == Assignment.volunteer_id)
             .join(Incident, Incident.id == Assignment.incident_id))
    if not include_voided:
        query = query.where(Assignment.voided_at.is_(None))
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


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


LEVEL_ORDER = ("utama", "madya", "muda")  # the higher level first


def suggest_volunteers(session: Session, incident: str, role: str, start: date, end: date, *,
                       limit: int = 20, today: date | None = None) -> list[Suggestion]:
    """Volunteers free for the whole period whom the rules allow, best first, each with its reasons:
    matching skill (valid certificate first), nearness to the affected regions (same desa, kecamatan,
    kabupaten/kota, provinsi), level (Utama first), a fair share (fewest deployment days in the last
    90 days), then the longest rest. Who would rest less than the office's minimum is left out when
    the rest rule refuses, and listed last when it only warns; who is too young, or too old for the
    role, is left out.

    The first keys have few values, so the ranking is read tier by tier (rest, skill, nearness), each
    tier a small indexed query sorted by the other keys, until ``limit`` are found: sorting every free
    volunteer of a large roster is never needed.
    """
    _period(start, end)
    role = parse_skill(role)
    i = incident_service.find(session, incident)
    codes = incident_service.incident_regions(session, i.id)
    desas = sorted({c for c in codes if len(c.split(".")) == 4})
    kecs = sorted({kecamatan_of(c) for c in codes})
    kabs = sorted({c[:5] for c in kecs})
    provs = sorted({c[:2] for c in kecs})
    today = today or clock.today()
    min_rest = settings.get_office(session, settings.MIN_REST_DAYS)
    rest_refuses = settings.get_office(session, settings.REST_RULE) != "peringatan"
    window_start = today - timedelta(days=FAIRNESS_WINDOW_DAYS)
    diff, least, greatest = _dialect_days(session)
    d_today, d_window = literal(today, Date), literal(window_start, Date)
    days = diff(least(Assignment.end_date, d_today), greatest(Assignment.start_date, d_window)) + 1
    recent = (select(Assignment.volunteer_id.label("vid"), func.sum(days).label("days"))
              .where(Assignment.end_date >= d_window, Assignment.start_date <= d_today, assignment_counts())
              .group_by(Assignment.volunteer_id).subquery())
    earlier = aliased(Assignment)  # the last day of duty before this period: read for the tier's rows only
    last_end = (select(func.max(earlier.end_date))
                .where(earlier.volunteer_id == Volunteer.id, earlier.end_date < start, assignment_counts(earlier))
                .correlate(Volunteer).scalar_subquery())
    skill = (select(VolunteerSkill.volunteer_id, VolunteerSkill.certificate_expiry)
             .where(VolunteerSkill.skill == role).subquery())
    has_skill = Volunteer.skill_mask.op("&")(SKILL_BITS[role]) != 0
    valid = or_(skill.c.certificate_expiry.is_(None), skill.c.certificate_expiry >= end)
    skill_tiers = (and_(has_skill, valid), and_(has_skill, not_(valid)), not_(has_skill))
    kec_code = Volunteer.kecamatan_code
    # The kecamatan too: its index finds the few of a desa (region_code has none).
    in_desa = and_(kec_code.in_(sorted({kecamatan_of(d) for d in desas})), Volunteer.region_code.in_(desas))
    in_kab = or_(*[volunteer_service.starts_with(kec_code, k + ".") for k in kabs])
    in_prov = or_(*[volunteer_service.starts_with(kec_code, p + ".") for p in provs])
    near_tiers = [(0, in_desa)] if desas else []  # an empty tier still walks the index: asked only when it can hold
    near_tiers += [(1, and_(kec_code.in_(kecs), not_(in_desa))), (2, and_(in_kab, kec_code.not_in(kecs))),
                   (3, and_(in_prov, not_(in_kab))), (4, not_(in_prov))]
    # Near another assignment: fewer rest days than the minimum, before or after this period.
    tired = Volunteer.id.in_(volunteer_service.busy_ids(start - timedelta(days=min_rest),
                                                        end + timedelta(days=min_rest)))
    rest_tiers = (not_(tired),) if rest_refuses or not min_rest else (not_(tired), tired)
    allowed = [Volunteer.birth_date <= _years_before(start, ACTIVE_AGE[0])]
    if role not in legiun_roles(session):
        allowed += [Volunteer.status != "legiun", Volunteer.birth_date > _years_before(start, ACTIVE_AGE[1] + 1)]
    recent_days = func.coalesce(recent.c.days, 0)
    level_rank = case({code: n for n, code in enumerate(LEVEL_ORDER)}, value=Volunteer.level, else_=len(LEVEL_ORDER))
    base = (select(Volunteer.id, Volunteer.nik, Volunteer.niat, Volunteer.full_name, Volunteer.kecamatan_code,
                   Volunteer.region_code, Volunteer.level, Volunteer.status, Volunteer.birth_date,
                   skill.c.certificate_expiry, recent_days.label("recent"), last_end.label("last_end"))
            .outerjoin(skill, skill.c.volunteer_id == Volunteer.id)
            .outerjoin(recent, recent.c.vid == Volunteer.id)
            .where(Volunteer.status != "nonaktif", *allowed,
                   Volunteer.id.not_in(volunteer_service.busy_ids(start, end)),
                   Volunteer.id.not_in(volunteer_service.unavailable_ids(start, end)))
            .order_by(level_rank, recent_days, func.coalesce(last_end, date(1900, 1, 1)),
                      Volunteer.name_lower, Volunteer.id))
    found: list[tuple[bool, int, int, Any]] = []
    for short, rest_condition in enumerate(rest_tiers):
        for skill_rank, skill_condition in enumerate(skill_tiers):
            for nearness, near_condition in near_tiers:
                if len(found) >= limit:
                    break
                query = base.where(rest_condition, skill_condition, near_condition).limit(limit - len(found))
                found += [(bool(short), skill_rank, nearness, r) for r in session.execute(query)]
    following = _next_starts(session, [r.id for short, _skill, _near, r in found if short], end)
    return [_suggestion(r, short, skill_rank, nearness, role, start, end, min_rest, following.get(r.id), rank)
            for rank, (short, skill_rank, nearness, r) in enumerate(found, 1)]


def _next_starts(session: Session, ids: list[int], end: date) -> dict[int, date]:
    """The first day of each volunteer's next assignment after ``end`` (for those resting too little)."""
    if not ids:
        return {}
    rows = session.execute(select(Assignment.volunteer_id, func.min(Assignment.start_date))
                           .where(Assignment.volunteer_id.in_(ids), Assignment.start_date > end, assignment_counts())
                           .group_by(Assignment.volunteer_id))
    return {vid: first for vid, first in rows}


NEARNESS_REASONS = (N_("domain", "Sedesa dengan lokasi kejadian ({place})"),
                    N_("domain", "Sekecamatan dengan lokasi kejadian ({place})"),
                    N_("domain", "Sekabupaten/kota dengan lokasi kejadian (Kec. {place})"),
                    N_("domain", "Seprovinsi (Kec. {place})"),
                    N_("domain", "Di luar provinsi lokasi kejadian (Kec. {place})"))


def _suggestion(r: Any, short: bool, skill_rank: int, nearness: int, role: str, start: date, end: date,
                min_rest: int, next_start: date | None, rank: int) -> Suggestion:
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
    place = volunteer_service.region_name(r.region_code if nearness == 0 else r.kecamatan_code)
    reasons.append(Text(NEARNESS_REASONS[nearness], DOMAIN, place=place))
    reasons.append(Text(N_("domain", "Jenjang {level}"), DOMAIN, level=LEVELS.get(r.level, r.level)))
    reasons.append(Text(N_("domain", "{days} hari bertugas dalam {window} hari terakhir"), DOMAIN,
                        days=int(r.recent), window=FAIRNESS_WINDOW_DAYS))
    rest = (start - r.last_end).days - 1 if r.last_end else None
    if short:  # too little rest before this period or before the next assignment: the shorter
        rests = [d for d in (rest, (next_start - end).days - 1 if next_start else None) if d is not None]
        rest = min(rests, default=0)
        reasons.append(Text(N_("domain", "Istirahat hanya {rest} hari (minimum {min} hari)"), DOMAIN,
                            rest=rest, min=min_rest))
    elif rest is not None:
        reasons.append(Text(N_("domain", "Istirahat {rest} hari sejak penugasan terakhir"), DOMAIN, rest=rest))
    else:
        reasons.append(Text(N_("domain", "Belum ada penugasan sebelumnya"), DOMAIN))
    age_note = age_warning(r.birth_date, r.status, start)
    if age_note:
        reasons.append(age_note)
    name = volunteer_service.region_name(r.kecamatan_code)
    return Suggestion(r.id, r.nik, r.niat, r.full_name, r.kecamatan_code, name, r.level, r.status, skill_rank,
                      nearness, int(r.recent), tuple(reasons), rest, short, rank)
