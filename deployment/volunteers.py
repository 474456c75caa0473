"""Tagana volunteers: records, skills and certificates, unavailability, search."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, insert, literal, or_, select, true
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from deployment.errors import DuplicateNIAT, DuplicateNIK
from deployment.models import (
    LEVELS,
    SEXES,
    SKILL_BITS,
    SKILLS,
    STATUSES,
    Assignment,
    Unavailability,
    Volunteer,
    VolunteerNameToken,
    VolunteerSkill,
    assignment_counts,
)
from deployment.permissions import can_write_volunteers
from deployment.validate import (
    age_on,
    age_warning,
    check_nik,
    kecamatan_of,
    normalize_phone,
    parse_level,
    parse_sex,
    parse_skill,
    parse_status,
    require_region,
)
from tagana_app import audit, clock, regions
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.texts import N_, Text


@dataclass(frozen=True)
class SkillInput:
    skill: str
    trained_on: date | None = None
    certificate_expiry: date | None = None


@dataclass(frozen=True)
class SkillInfo:
    skill: str
    label: str
    trained_on: date | None
    certificate_expiry: date | None
    expired: bool


@dataclass(frozen=True)
class UnavailabilityInfo:
    id: int
    start: date
    end: date
    reason: str


@dataclass(frozen=True)
class VolunteerRecord:
    id: int
    nik: str
    niat: str | None
    full_name: str
    sex: str
    birth_date: date
    age: int
    phone: str | None
    address: str
    region_code: str
    region_name: str
    kecamatan_code: str
    level: str
    status: str
    emergency_contact: str
    emergency_phone: str | None
    remarks: str
    skills: tuple[SkillInfo, ...] = ()
    unavailability: tuple[UnavailabilityInfo, ...] = ()
    warnings: tuple[Text, ...] = ()


@dataclass(frozen=True)
class VolunteerRow:
    """One line of the volunteer table."""

    id: int
    nik: str
    niat: str | None
    full_name: str
    sex: str
    age: int
    phone: str | None
    kecamatan_code: str
    kecamatan: str
    level: str
    status: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class VolunteerFilter:
    text: str = ""
    skill: str | None = None
    level: str | None = None
    status: str | None = None
    region: str | None = None  # kabupaten, kecamatan or desa code
    available_from: date | None = None
    available_to: date | None = None
    certificates: str | None = None  # "soon": a certificate runs out within certificate_days; "expired": one has
    certificate_days: int = 60  # the office's alert period (setting deployment.certificate_alert_days)
    on_duty: date | None = None  # assigned to an incident on this day


@dataclass(frozen=True)
class VolunteerPage:
    rows: tuple[VolunteerRow, ...]
    total: int
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
class VolunteerInput:
    """What a person types for a new volunteer (or the changes to one)."""

    nik: str
    full_name: str
    region_code: str = ""  # empty: the kecamatan the NIK was issued in
    sex: str | None = None
    birth_date: date | None = None
    niat: str | None = None
    phone: str | None = None
    address: str = ""
    level: str = "muda"
    status: str = "aktif"
    skills: tuple[SkillInput | str, ...] = field(default_factory=tuple)
    emergency_contact: str = ""
    emergency_phone: str | None = None
    remarks: str = ""


# --- reading ---------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def region_name(code: str) -> str:
    return regions.name(code) if code else ""


TOKEN_LENGTH = 60


def name_tokens(name_lower: str, niat_lower: str | None = None) -> set[str]:
    """The words a search can start with: each word of the name (also split at punctuation) and the NIAT."""
    words = set(name_lower.split()) | set(re.findall(r"[0-9a-z]+", name_lower))
    if niat_lower:
        words.add(niat_lower)
        words.update(niat_lower.split())
    return {w[:TOKEN_LENGTH] for w in words if w}


def skill_mask(skills: Iterable[str]) -> int:
    mask = 0
    for skill in skills:
        mask |= SKILL_BITS[skill]
    return mask


def token_rows(volunteer_id: int, name_lower: str, niat_lower: str | None) -> list[dict[str, Any]]:
    return [{"token": t, "name_lower": name_lower, "volunteer_id": volunteer_id}
            for t in sorted(name_tokens(name_lower, niat_lower))]


def _store_tokens(session: Session, v: Volunteer) -> None:
    session.execute(delete(VolunteerNameToken).where(VolunteerNameToken.volunteer_id == v.id))
    session.execute(insert(VolunteerNameToken), token_rows(v.id, v.name_lower, v.niat_lower))


def _skill_info(row: VolunteerSkill, today: date) -> SkillInfo:
    expired = row.certificate_expiry is not None and row.certificate_expiry < today
    return SkillInfo(row.skill, SKILLS[row.skill], row.trained_on, row.certificate_expiry, expired)


def _record(session: Session, v: Volunteer, warnings: Iterable[Text] = ()) -> VolunteerRecord:
    today = clock.today()
    skills = session.scalars(select(VolunteerSkill).where(VolunteerSkill.volunteer_id == v.id)
                             .order_by(VolunteerSkill.skill))
    unav = session.scalars(select(Unavailability).where(Unavailability.volunteer_id == v.id)
                           .order_by(Unavailability.start_date))
    all_warnings = list(warnings)
    age_note = age_warning(v.birth_date, v.status, today)
    if age_note and age_note not in all_warnings:
        all_warnings.append(age_note)
    return VolunteerRecord(
        v.id, v.nik, v.niat, v.full_name, v.sex, v.birth_date, age_on(v.birth_date, today), v.phone, v.address,
        v.region_code, region_name(v.region_code), v.kecamatan_code, v.level, v.status, v.emergency_contact,
        v.emergency_phone, v.remarks, tuple(_skill_info(s, today) for s in skills),
        tuple(UnavailabilityInfo(u.id, u.start_date, u.end_date, u.reason) for u in unav), tuple(all_warnings))


def find(session: Session, key: str | int, *, lock: bool = False) -> Volunteer:
    """The volunteer by id, NIK or NIAT (the command line accepts either)."""
    query = select(Volunteer)
    if isinstance(key, int):
        query = query.where(Volunteer.id == key)
    else:
        text = str(key).strip()
        digits = re.sub(r"[\s.\-]", "", text)
        conditions = [Volunteer.niat == text]
        if len(digits) == 16 and digits.isdigit():
            conditions.append(Volunteer.nik == digits)
        query = query.where(or_(*conditions))
    if lock:
        query = query.with_for_update()
    found = session.scalar(query)
    if found is None:
        raise NotFound(what=N_("domain", "Relawan"), key=str(key))
    return found


def get_volunteer(session: Session, key: str | int) -> VolunteerRecord:
    return _record(session, find(session, key))


# --- writing ---------------------------------------------------------------------------------------

def _skill_input(value: SkillInput | str) -> SkillInput:
    if isinstance(value, SkillInput):
        return replace(value, skill=parse_skill(value.skill))
    return SkillInput(parse_skill(value))


def _check_unique(session: Session, nik: str, niat: str | None, own_id: int | None = None) -> None:
    same = session.execute(select(Volunteer.id, Volunteer.full_name).where(Volunteer.nik == nik)).first()
    if same is not None and same.id != own_id:
        raise DuplicateNIK(nik=nik, name=same.full_name)
    if niat:
        same = session.execute(select(Volunteer.id, Volunteer.full_name).where(Volunteer.niat == niat)).first()
        if same is not None and same.id != own_id:
            raise DuplicateNIAT(niat=niat, name=same.full_name)


def _validated(data: VolunteerInput) -> tuple[dict[str, Any], list[SkillInput], list[Text]]:
    """Column values, skills and warnings for ``data``; raises on what cannot be stored."""
    name = " ".join(data.full_name.split())
    if not name:
        raise ValidationError(N_("errors", "Nama lengkap wajib diisi."))
    sex = parse_sex(data.sex) if data.sex else None
    nik = check_nik(data.nik, birth_date=data.birth_date, sex=sex)
    if not (data.region_code or "").strip():
        if regions.lookup(nik.kecamatan_code) is None:
            raise ValidationError(N_("errors", "Wilayah (kode kecamatan atau desa) wajib diisi."))
        region = require_region(nik.kecamatan_code)  # where the NIK was issued
    else:
        region = require_region(data.region_code)
    level, status = parse_level(data.level), parse_status(data.status)
    niat = (data.niat or "").strip() or None
    values = dict(
        nik=nik.nik, niat=niat, niat_lower=niat.lower() if niat else None, full_name=name,
        name_lower=name.lower(), sex=nik.sex, birth_date=nik.birth_date, phone=normalize_phone(data.phone),
        address=data.address.strip(), region_code=region.code, kecamatan_code=kecamatan_of(region.code),
        level=level, status=status, emergency_contact=data.emergency_contact.strip(),
        emergency_phone=normalize_phone(data.emergency_phone), remarks=data.remarks.strip())
    warnings = list(nik.warnings)
    age_note = age_warning(nik.birth_date, status, clock.today())
    if age_note:
        warnings.append(age_note)
    skills = [_skill_input(s) for s in data.skills]
    for s in skills:
        if s.trained_on and s.certificate_expiry and s.certificate_expiry < s.trained_on:
            raise ValidationError(N_("errors", "Masa berlaku sertifikat {skill} berakhir sebelum tanggal pelatihan."),
                                  skill=SKILLS[s.skill])
    return values, skills, warnings


def _audit_added(session: Session, actor: Actor, values: dict[str, Any], skills: list[SkillInput],
                 warnings: list[Text]) -> None:
    audit.record(session, actor, "volunteer.add", N_("domain", "relawan"), values["nik"],
                 {**{k: v for k, v in values.items() if k not in ("name_lower", "niat_lower")},
                  "keahlian": [s.skill for s in skills], "peringatan": warnings})


@changes("volunteers")
def add_volunteer(session: Session, actor: Actor, data: VolunteerInput) -> VolunteerRecord:
    can_write_volunteers.require(actor, action=N_("domain", "menambah relawan"))
    values, skills, warnings = _validated(data)
    _check_unique(session, values["nik"], values["niat"])
    volunteer = Volunteer(**values, skill_mask=skill_mask(s.skill for s in skills))
    session.add(volunteer)
    session.flush()
    _store_tokens(session, volunteer)
    for s in skills:
        session.add(VolunteerSkill(volunteer_id=volunteer.id, skill=s.skill, trained_on=s.trained_on,
                                   certificate_expiry=s.certificate_expiry))
    session.flush()
    _audit_added(session, actor, values, skills, warnings)
    return _record(session, volunteer, warnings)


def add_volunteers(session: Session, actor: Actor, inputs: Sequence[VolunteerInput]) -> list[int]:
    """Several new volunteers at once (the demo data set): each checked, stored and audited as
    ``add_volunteer`` does, in a few statements for all instead of a dozen for each; their ids, in order."""
    can_write_volunteers.require(actor, action=N_("domain", "menambah relawan"))
    checked = [_validated(data) for data in inputs]
    _check_unique_all(session, [values for values, _skills, _warnings in checked])
    volunteers = [Volunteer(**values, skill_mask=skill_mask(s.skill for s in skills))
                  for values, skills, _warnings in checked]
    session.add_all(volunteers)
    session.flush()
    session.execute(insert(VolunteerNameToken), [row for v in volunteers
                                                 for row in token_rows(v.id, v.name_lower, v.niat_lower)])
    skill_rows = [{"volunteer_id": v.id, "skill": s.skill, "trained_on": s.trained_on,
                   "certificate_expiry": s.certificate_expiry}
                  for v, (_values, skills, _warnings) in zip(volunteers, checked, strict=True) for s in skills]
    if skill_rows:
        session.execute(insert(VolunteerSkill), skill_rows)
    for values, skills, warnings in checked:
        _audit_added(session, actor, values, skills, warnings)
    return [v.id for v in volunteers]


def _check_unique_all(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """``_check_unique`` for many new volunteers: against the database and against each other."""
    names: dict[str, dict[str, str]] = {"nik": {}, "niat": {}}
    for row in rows:
        for key, error in (("nik", DuplicateNIK), ("niat", DuplicateNIAT)):
            value = row[key]
            if value and value in names[key]:
                raise error(**{key: value}, name=names[key][value])
            if value:
                names[key][value] = row["full_name"]
    for key, column, error in (("nik", Volunteer.nik, DuplicateNIK), ("niat", Volunteer.niat, DuplicateNIAT)):
        if names[key]:
            same = session.execute(select(column, Volunteer.full_name).where(column.in_(names[key]))).first()
            if same is not None:
                raise error(**{key: same[0]}, name=same[1])


@changes("volunteers")
def update_volunteer(session: Session, actor: Actor, key: str | int, **changes: Any) -> VolunteerRecord:
    """Change fields of a volunteer (names as in VolunteerInput, skills excepted)."""
    can_write_volunteers.require(actor, action=N_("domain", "mengubah data relawan"))
    volunteer = find(session, key, lock=True)
    current = VolunteerInput(
        nik=volunteer.nik, full_name=volunteer.full_name, region_code=volunteer.region_code, sex=volunteer.sex,
        birth_date=volunteer.birth_date, niat=volunteer.niat, phone=volunteer.phone, address=volunteer.address,
        level=volunteer.level, status=volunteer.status, emergency_contact=volunteer.emergency_contact,
        emergency_phone=volunteer.emergency_phone, remarks=volunteer.remarks)
    unknown = set(changes) - set(VolunteerInput.__dataclass_fields__) | ({"skills"} & set(changes))
    if unknown:
        raise ValidationError(N_("errors", "Kolom '{name}' tidak dapat diubah di sini."),
                              name=", ".join(sorted(unknown)))
    values, _skills, warnings = _validated(replace(current, **changes))
    _check_unique(session, values["nik"], values["niat"], volunteer.id)
    diff = {}
    for name, value in values.items():
        old = getattr(volunteer, name)
        if old != value:
            if name not in ("name_lower", "niat_lower"):
                diff[name] = {"lama": old, "baru": value}
            setattr(volunteer, name, value)
    session.flush()
    if "full_name" in diff or "niat" in diff:
        _store_tokens(session, volunteer)
    if diff:
        audit.record(session, actor, "volunteer.update", N_("domain", "relawan"), volunteer.nik,
                     {**diff, "peringatan": warnings})
    return _record(session, volunteer, warnings)


@changes("volunteers")
def add_skill(session: Session, actor: Actor, key: str | int, skill: str, trained_on: date | None = None,
              certificate_expiry: date | None = None) -> VolunteerRecord:
    """Add a skill, or renew its training and certificate dates when the volunteer already has it."""
    can_write_volunteers.require(actor, action=N_("domain", "mencatat keahlian relawan"))
    volunteer = find(session, key)
    s = _skill_input(SkillInput(skill, trained_on, certificate_expiry))
    if trained_on and certificate_expiry and certificate_expiry < trained_on:
        raise ValidationError(N_("errors", "Masa berlaku sertifikat {skill} berakhir sebelum tanggal pelatihan."),
                              skill=SKILLS[s.skill])
    row = session.scalar(select(VolunteerSkill).where(VolunteerSkill.volunteer_id == volunteer.id,
                                                      VolunteerSkill.skill == s.skill))
    if row is None:
        session.add(VolunteerSkill(volunteer_id=volunteer.id, skill=s.skill, trained_on=trained_on,
                                   certificate_expiry=certificate_expiry))
        volunteer.skill_mask = (volunteer.skill_mask or 0) | SKILL_BITS[s.skill]
    else:
        row.trained_on, row.certificate_expiry = trained_on, certificate_expiry
    session.flush()
    warnings = []
    if certificate_expiry and certificate_expiry < clock.today():
        warnings.append(Text(N_("errors", "Sertifikat {skill} sudah habis berlaku sejak {expiry}."),
                             skill=SKILLS[s.skill], expiry=certificate_expiry.isoformat()))
    audit.record(session, actor, "volunteer.skill", N_("domain", "relawan"), volunteer.nik,
                 {"keahlian": s.skill, "pelatihan": trained_on, "sertifikat_berlaku_sampai": certificate_expiry})
    return _record(session, volunteer, warnings)


@changes("volunteers")
def remove_skill(session: Session, actor: Actor, key: str | int, skill: str) -> VolunteerRecord:
    """Take a skill (with its training and certificate) off a volunteer; past assignments keep their role."""
    can_write_volunteers.require(actor, action=N_("domain", "mencatat keahlian relawan"))
    volunteer = find(session, key, lock=True)
    code = parse_skill(skill)
    row = session.scalar(select(VolunteerSkill).where(VolunteerSkill.volunteer_id == volunteer.id,
                                                      VolunteerSkill.skill == code))
    if row is None:
        raise ValidationError(N_("errors", "{name} tidak memiliki keahlian {skill}."), name=volunteer.full_name,
                              skill=SKILLS[code])
    session.delete(row)
    session.flush()
    volunteer.skill_mask = skill_mask(session.scalars(select(VolunteerSkill.skill).where(
        VolunteerSkill.volunteer_id == volunteer.id)))
    session.flush()
    audit.record(session, actor, "volunteer.skill_remove", N_("domain", "relawan"), volunteer.nik,
                 {"keahlian": code, "pelatihan": row.trained_on, "sertifikat_berlaku_sampai": row.certificate_expiry})
    return _record(session, volunteer)


@changes("volunteers")
def set_skills(session: Session, actor: Actor, key: str | int, skills: Sequence[SkillInput | str]) -> VolunteerRecord:
    """Make the volunteer's skills exactly ``skills``: new ones added, changed dates renewed, missing ones
    removed (each step audited as ``add_skill``/``remove_skill`` do)."""
    can_write_volunteers.require(actor, action=N_("domain", "mencatat keahlian relawan"))
    volunteer = find(session, key, lock=True)
    wanted = {s.skill: s for s in map(_skill_input, skills)}
    current = {row.skill: row for row in session.scalars(select(VolunteerSkill).where(
        VolunteerSkill.volunteer_id == volunteer.id))}
    warnings: list[Text] = []
    for code in sorted(set(current) - set(wanted)):
        remove_skill(session, actor, volunteer.id, code)
    for code, s in wanted.items():
        row = current.get(code)
        if row is None or (row.trained_on, row.certificate_expiry) != (s.trained_on, s.certificate_expiry):
            warnings += add_skill(session, actor, volunteer.id, code, s.trained_on, s.certificate_expiry).warnings
    return _record(session, volunteer, warnings)


@dataclass(frozen=True)
class UnavailabilityInput:
    start: date
    end: date
    reason: str


@changes("volunteers")
def save_volunteer(session: Session, actor: Actor, key: str | int | None, data: VolunteerInput,
                   unavailable: UnavailabilityInput | None = None) -> VolunteerRecord:
    """The window's "Tambah relawan" (``key`` None) and "Ubah": the volunteer's fields, exactly the skills of
    ``data`` and, when given, a period of unavailability, in one transaction; the warnings of every step."""
    if key is None:
        record = add_volunteer(session, actor, data)
        warnings = list(record.warnings)
    else:
        fields = {name: getattr(data, name) for name in VolunteerInput.__dataclass_fields__ if name != "skills"}
        record = update_volunteer(session, actor, key, **fields)
        warnings = list(record.warnings)
        warnings += set_skills(session, actor, record.id, data.skills).warnings
    if unavailable is not None:
        warnings += add_unavailability(session, actor, record.id, unavailable.start, unavailable.end,
                                       unavailable.reason).warnings
    return _record(session, find(session, record.id), dict.fromkeys(warnings))


@changes("volunteers")
def add_unavailability(session: Session, actor: Actor, key: str | int, start: date, end: date,
                       reason: str) -> VolunteerRecord:
    can_write_volunteers.require(actor, action=N_("domain", "mencatat ketidaktersediaan relawan"))
    volunteer = find(session, key)
    if end < start:
        raise ValidationError(N_("errors", "Tanggal akhir {end} sebelum tanggal mulai {start}."), start=start, end=end)
    reason = reason.strip()
    if not reason:
        raise ValidationError(N_("errors", "Alasan tidak tersedia wajib diisi."))
    session.add(Unavailability(volunteer_id=volunteer.id, start_date=start, end_date=end, reason=reason[:300]))
    session.flush()
    warnings = []
    clash = session.scalar(select(func.count()).select_from(Assignment).where(
        Assignment.volunteer_id == volunteer.id, Assignment.start_date <= end, Assignment.end_date >= start,
        assignment_counts()))
    if clash:
        warnings.append(Text(N_("errors", "Sudah ada {n} penugasan dalam periode ini; periksa kembali."), n=clash))
    audit.record(session, actor, "volunteer.unavailable", N_("domain", "relawan"), volunteer.nik,
                 {"dari": start, "sampai": end, "alasan": reason})
    return _record(session, volunteer, warnings)


# --- search ----------------------------------------------------------------------------------------

def starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``: a range the B-tree index answers, plus LIKE for exactness."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return and_(column >= prefix, column < upper, column.like(escaped + "%", escape="\\"))


def _token_range(token: Any, word: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Tokens starting with ``word``: a range on the token index."""
    word = word[:TOKEN_LENGTH]
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    return token.token >= word, token.token < upper


def _word_ids(word: str) -> Select:
    """Volunteers with some word of the name (or the NIAT) starting with ``word``."""
    token = aliased(VolunteerNameToken)
    return select(token.volunteer_id).where(*_token_range(token, word))


def _word_condition(word: str) -> ColumnElement[bool]:
    return Volunteer.id.in_(_word_ids(word))


def _search_words(flt: VolunteerFilter) -> list[str] | None:
    """The words of a plain name search (text only, no other filter, not digits, more than one
    letter): such a search is answered from the token index alone, see ``_word_matches``."""
    if replace(flt, text="", certificate_days=VolunteerFilter.certificate_days) != VolunteerFilter():
        return None  # some other filter is set
    text = " ".join((flt.text or "").lower().split())
    if len(text) < 2 or re.sub(r"[\s.\-+()]", "", text).isdigit():
        return None
    return text.split()


def _word_matches(words: list[str]) -> Select:
    """(name_lower, volunteer_id) of every volunteer matching all ``words``, once each: the token rows
    of the longest word (the fewest), kept when the volunteer has the other words too.  The token key
    is (token, name_lower, volunteer_id), so neither a page in name order nor the count visits the
    volunteer rows of the matches."""
    lead = max(words, key=len)
    others = list(words)
    others.remove(lead)
    token = VolunteerNameToken
    query = select(token.name_lower, token.volunteer_id).where(*_token_range(token, lead))
    for word in others:  # "+ 0": SQLite would otherwise probe the token index once per id of the list
        query = query.where((token.volunteer_id + 0).in_(_word_ids(word)))
    return query.distinct()


def _text_condition(text: str) -> ColumnElement[bool] | None:
    text = " ".join(text.lower().split())
    if not text:
        return None
    digits = re.sub(r"[\s.\-+()]", "", text)
    if digits.isdigit():
        conditions = [starts_with(Volunteer.nik, digits), starts_with(Volunteer.niat_lower, text)]
        national = digits[1:] if digits.startswith("0") else digits[2:] if digits.startswith("62") else digits
        if national:
            conditions.append(starts_with(Volunteer.phone, "+62" + national))
        return or_(*conditions)
    words = text.split()
    if len(words) == 1 and len(text) == 1:
        # One letter typed: names starting with it, straight from the name index.
        return starts_with(Volunteer.name_lower, text)
    return and_(*[_word_condition(w) for w in words])  # the NIAT (and its words) are tokens too


def busy_ids(start: date, end: date) -> Select:
    """Volunteers with an assignment (that counts: not voided, not a waiting proposal) sharing a day
    with ``start``..``end``."""
    return select(Assignment.volunteer_id).where(Assignment.end_date >= start, Assignment.start_date <= end,
                                                 assignment_counts())


def unavailable_ids(start: date, end: date) -> Select:
    return select(Unavailability.volunteer_id).where(Unavailability.end_date >= start,
                                                     Unavailability.start_date <= end)


def _region_condition(code: str) -> ColumnElement[bool]:
    region = regions.require(code, levels=(1, 2, 3, 4), field=N_("domain", "Wilayah"))
    if region.level == 4:
        return Volunteer.region_code == region.code
    if region.level == 3:
        return Volunteer.kecamatan_code == region.code
    return starts_with(Volunteer.kecamatan_code, region.code + ".")


def _period(flt: VolunteerFilter) -> tuple[date, date] | None:
    if not (flt.available_from or flt.available_to):
        return None
    start = flt.available_from or flt.available_to
    end = flt.available_to or flt.available_from
    assert start is not None and end is not None
    if end < start:
        raise ValidationError(N_("errors", "Tanggal akhir {end} sebelum tanggal mulai {start}."), start=start, end=end)
    return start, end


CERTIFICATE_FILTERS = {"soon": N_("domain", "Sertifikat segera habis"),
                       "expired": N_("domain", "Sertifikat sudah habis")}


def _certificate_ids(which: str, days: int, today: date | None = None) -> Select:
    """Volunteers with a skill certificate that has run out ("expired") or runs out within ``days``
    from today ("soon")."""
    today = today or clock.today()
    expiry = VolunteerSkill.certificate_expiry
    if which == "expired":
        condition = expiry < today
    elif which == "soon":
        condition = and_(expiry >= today, expiry <= today + timedelta(days=days))
    else:
        raise ValidationError(N_("errors", "Filter sertifikat '{value}' tidak dikenal; pakai: {choices}."), value=which,
                              choices=", ".join(CERTIFICATE_FILTERS))
    return select(VolunteerSkill.volunteer_id).where(condition)


def _unindexed(column: Any) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite will not choose an index for a condition on it."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def filtered(query: Select, flt: VolunteerFilter, *, with_availability: bool = True,
             walk_names: bool = False) -> Select:
    """``query`` narrowed to the volunteers matching ``flt``.

    ``walk_names`` (SQLite, a page in name order without text or region): status and level are
    checked inside the name index as it is walked, rather than used to pick the filter index, which
    would fetch and sort every match (50 ms against 2 ms for 100,000 volunteers)."""
    status = _unindexed(Volunteer.status) if walk_names else Volunteer.status
    level = _unindexed(Volunteer.level) if walk_names else Volunteer.level
    condition = _text_condition(flt.text or "")
    if condition is not None:
        query = query.where(condition)
    if flt.skill:
        query = query.where(Volunteer.skill_mask.op("&")(SKILL_BITS[parse_skill(flt.skill)]) != 0)
    if flt.level:
        query = query.where(level == parse_level(flt.level))
    if flt.status:
        query = query.where(status == parse_status(flt.status))
    if flt.region:
        query = query.where(_region_condition(flt.region))
    if flt.certificates:
        query = query.where(Volunteer.id.in_(_certificate_ids(flt.certificates, flt.certificate_days)))
    if flt.on_duty:
        query = query.where(Volunteer.id.in_(busy_ids(flt.on_duty, flt.on_duty)))
    period = _period(flt)
    if period:  # "not nonaktif" spelled as the statuses that remain: a range the filter index answers
        query = query.where(status.in_([s for s in STATUSES if s != "nonaktif"]))
        if with_availability:
            query = query.where(Volunteer.id.not_in(busy_ids(*period)), Volunteer.id.not_in(unavailable_ids(*period)))
    return query


def _order(flt: VolunteerFilter, dialect: str = "sqlite") -> tuple[Any, ...]:
    """Name order.  On PostgreSQL, when words of the name are searched with other filters (a word
    search alone is read from the token index, see ``_word_matches``), the matches are few but may
    all sit far down the name index (every "Sari" after the "A"s), and its planner would walk the index
    probing the token table row by row: ordering by an expression makes it sort the matches instead.
    SQLite probes a list built once, so walking its name index stays the cheaper way there."""
    text = (flt.text or "").strip()
    if dialect == "postgresql" and len(text) > 1 and not re.sub(r"[\s.\-+()]", "", text).isdigit():
        return (func.lower(Volunteer.name_lower), Volunteer.id)
    return (Volunteer.name_lower, Volunteer.id)


def count_volunteers(session: Session, flt: VolunteerFilter | None = None) -> int:
    flt = flt or VolunteerFilter()
    words = _search_words(flt)
    if words:
        return int(session.scalar(select(func.count()).select_from(_word_matches(words).subquery())) or 0)
    period = _period(flt)
    if period is None:
        return int(session.scalar(filtered(select(func.count()).select_from(Volunteer), flt)) or 0)
    # Everyone matching the other filters, less the few who are busy or away: testing each of 100,000
    # rows against the busy lists costs more than counting the busy ones that match.
    everyone = session.scalar(filtered(select(func.count()).select_from(Volunteer), flt,
                                       with_availability=False)) or 0
    away = busy_ids(*period).union(unavailable_ids(*period)).subquery()
    if session.get_bind().dialect.name == "postgresql":
        # PostgreSQL cannot estimate how few volunteers pass "skill_mask & bit" and would hash the
        # whole volunteer table; a lateral probe (OFFSET 0 keeps it one) looks up only the busy ones.
        probe = filtered(select(literal(1)).where(Volunteer.id == away.c[0]), flt,
                         with_availability=False).offset(0).lateral()
        taken = session.scalar(select(func.count()).select_from(away).join(probe, true())) or 0
    else:
        taken = session.scalar(filtered(select(func.count()).select_from(away).join(
            Volunteer, Volunteer.id == away.c[0]), flt, with_availability=False)) or 0
    return int(everyone) - int(taken)


def list_volunteers(session: Session, flt: VolunteerFilter | None = None, *, limit: int = 100,
                    offset: int = 0, with_total: bool = True) -> VolunteerPage:
    """One page of the volunteer table, sorted by name, with the number of matches when asked."""
    flt = flt or VolunteerFilter()
    columns = (Volunteer.id, Volunteer.nik, Volunteer.niat, Volunteer.full_name, Volunteer.sex,
               Volunteer.birth_date, Volunteer.phone, Volunteer.kecamatan_code, Volunteer.level, Volunteer.status)
    total = count_volunteers(session, flt) if with_total else None
    words = _search_words(flt)
    if words:
        page = _word_matches(words).order_by(VolunteerNameToken.name_lower, VolunteerNameToken.volunteer_id) \
            .limit(limit).offset(offset).subquery()
        query = select(*columns).select_from(page).join(Volunteer, Volunteer.id == page.c.volunteer_id) \
            .order_by(page.c.name_lower, page.c.volunteer_id)
    else:
        dialect = session.get_bind().dialect.name
        walk = dialect == "sqlite" and not (flt.text or "").strip() and not flt.region
        query = filtered(select(*columns), flt, walk_names=walk).order_by(*_order(flt, dialect)) \
            .limit(limit).offset(offset)
    found = session.execute(query).all()
    skills: dict[int, list[str]] = {}
    if found:
        for vid, skill in session.execute(select(VolunteerSkill.volunteer_id, VolunteerSkill.skill).where(
                VolunteerSkill.volunteer_id.in_([r.id for r in found])).order_by(VolunteerSkill.skill)):
            skills.setdefault(vid, []).append(skill)
    today = clock.today()
    rows = tuple(VolunteerRow(r.id, r.nik, r.niat, r.full_name, r.sex, age_on(r.birth_date, today), r.phone,
                              r.kecamatan_code, region_name(r.kecamatan_code), r.level, r.status,
                              tuple(skills.get(r.id, ()))) for r in found)
    return VolunteerPage(rows, total if total is not None else len(rows), offset, limit)


def choices() -> dict[str, Sequence[tuple[str, str]]]:
    """Codes and labels for the filters and forms."""
    return {"skill": tuple(SKILLS.items()), "level": tuple(LEVELS.items()), "status": tuple(STATUSES.items()),
            "sex": tuple(SEXES.items()), "certificates": tuple(CERTIFICATE_FILTERS.items())}
