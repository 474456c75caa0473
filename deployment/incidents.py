"""Disaster incidents: number, type, regions, emergency status, impact figures and their history."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from deployment.models import (
    DISASTER_TYPES,
    EMERGENCY_STATUSES,
    FIGURES,
    Assignment,
    Incident,
    IncidentFigures,
    IncidentRegion,
    IncidentStatusEntry,
    assignment_counts,
)
from deployment.permissions import can_write_incidents
from deployment.validate import require_region, squash
from tagana_app import audit, clock, indonesian, regions
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import DocumentSequence, utcnow
from tagana_app.quantities import parse_quantity
from tagana_app.texts import N_, Text

NUMBER_PREFIX = "KB"
SEQUENCE_KEY = "incident"  # in document_sequence, beside the document types


@dataclass(frozen=True)
class Figures:
    kk: int = 0
    jiwa: int = 0
    pengungsi: int = 0
    meninggal: int = 0
    luka: int = 0
    hilang: int = 0
    rumah_rusak: int = 0


@dataclass(frozen=True)
class FiguresEntry:
    recorded_at: datetime
    recorded_by: str
    figures: Figures
    note: str


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str


@dataclass(frozen=True)
class IncidentRecord:
    id: int
    number: str
    disaster_type: str
    disaster_label: str
    name: str
    regions: tuple[RegionInfo, ...]
    started_at: datetime
    status: str
    status_label: str
    sk_number: str
    status_from: date | None
    status_to: date | None
    posko_location: str
    remarks: str
    figures: Figures
    history: tuple[FiguresEntry, ...] = ()
    volunteers_on_duty: int = 0
    warnings: tuple[Text, ...] = ()
    sk_date: date | None = None     # the decree of the emergency status: its date and issuer
    sk_issuer: str = ""


def _choice(value: str, options: dict[str, str], what: str) -> str:
    key = squash(value)
    for code, label in options.items():
        if key in (squash(code), squash(label)):
            return code
    raise ValidationError(N_("errors", "{what} '{value}' tidak dikenal. Pilihan: {choices}."), what=what, value=value,
                          choices=", ".join(options.values()))


def parse_disaster_type(value: str) -> str:
    aliases = {"longsor": "tanah_longsor", "gempa": "gempa_bumi", "kebakaranhutan": "karhutla",
               "kebakaran": "kebakaran_permukiman", "abrasi": "gelombang_pasang", "angin": "puting_beliung",
               "konflik": "bencana_sosial", "banjirbandang": "banjir"}
    return aliases.get(squash(value)) or _choice(value, DISASTER_TYPES, N_("domain", "Jenis bencana"))


def parse_emergency_status(value: str) -> str:
    aliases = {"siaga": "siaga_darurat", "tanggap": "tanggap_darurat", "transisi": "transisi",
               "pemulihan": "transisi"}
    return aliases.get(squash(value)) or _choice(value, EMERGENCY_STATUSES, N_("domain", "Status keadaan darurat"))


def _next_seq(session: Session, year: int) -> int:
    """Advance the incident sequence of ``year`` in one statement (row-locked on PostgreSQL)."""
    table = DocumentSequence.__table__
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = insert(table).values(doc_type=SEQUENCE_KEY, year=year, last_value=1).on_conflict_do_update(
        index_elements=[table.c.doc_type, table.c.year], set_={"last_value": table.c.last_value + 1})
    return int(session.execute(stmt.returning(table.c.last_value)).scalar_one())


def _figures(values: dict[str, Any] | Figures | None) -> Figures:
    if values is None:
        return Figures()
    if isinstance(values, Figures):
        values = {f.name: getattr(values, f.name) for f in fields(Figures)}
    result = {}
    for name in FIGURES:
        raw = values.get(name) or 0
        result[name] = parse_quantity(raw, field=Text(N_("domain", "Angka {name}"), "domain", name=name), allow_zero=True)
    return Figures(**result)


# A new report whose figure grows past either is asked about before it is saved (a typing slip such as
# 1.500 for 150 is the usual cause): more than JUMP_FACTOR times the last one, or JUMP_STEP more.
JUMP_FACTOR = 2
JUMP_STEP = 1000
FIGURE_NAMES = {"kk": N_("domain", "KK"), "jiwa": N_("domain", "jiwa"), "pengungsi": N_("domain", "pengungsi"),
                "meninggal": N_("domain", "meninggal"), "luka": N_("domain", "luka"), "hilang": N_("domain", "hilang"),
                "rumah_rusak": N_("domain", "rumah rusak")}


class ImplausibleFigures(ValidationError):
    """A figure that cannot be larger than the number of people affected (``figure`` names it)."""

    template = N_("errors", "Angka {what} ({value}) lebih besar dari jumlah jiwa terdampak ({jiwa}); periksa "
                            "kembali angka {what} atau jiwa.")


def check_plausible(figures: Figures) -> None:
    """KK and pengungsi are never more than jiwa (each household has at least one person, the displaced
    are among the affected).  Jiwa 0 means not counted yet (a first report of the displaced only)."""
    if not figures.jiwa:
        return
    for name in ("kk", "pengungsi"):
        value = getattr(figures, name)
        if value > figures.jiwa:
            raise ImplausibleFigures(what=FIGURE_NAMES[name], value=indonesian.quantity(value),
                                     jiwa=indonesian.quantity(figures.jiwa), figure=name)


def figure_jumps(old: Figures, new: Figures) -> list[Text]:
    """The figures of ``new`` that grew by more than double or by more than JUMP_STEP since ``old``."""
    jumps = []
    for name in FIGURES:
        before, after = getattr(old, name), getattr(new, name)
        if after - before > JUMP_STEP or (before > 0 and after > JUMP_FACTOR * before):
            jumps.append(Text(N_("errors", "{what}: dari {old} menjadi {new}"), what=FIGURE_NAMES[name],
                              old=indonesian.quantity(before), new=indonesian.quantity(after)))
    return jumps


def _current_figures(session: Session, incident_id: int) -> Figures:
    row = session.scalar(select(IncidentFigures).where(IncidentFigures.incident_id == incident_id)
                         .order_by(IncidentFigures.recorded_at.desc(), IncidentFigures.id.desc()).limit(1))
    return Figures(**{name: getattr(row, name) for name in FIGURES}) if row else Figures()


def find(session: Session, number: str | int, *, lock: bool = False) -> Incident:
    query = select(Incident).where(Incident.id == number if isinstance(number, int)
                                   else Incident.number == str(number).strip().upper())
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFound(what=N_("domain", "Kejadian"), key=str(number))
    return found


def _record(session: Session, incident: Incident, *, history: bool = True,
            warnings: tuple[Text, ...] = ()) -> IncidentRecord:
    codes = session.scalars(select(IncidentRegion.region_code).where(IncidentRegion.incident_id == incident.id)
                            .order_by(IncidentRegion.region_code))
    entries: tuple[FiguresEntry, ...] = ()
    if history:
        rows = session.scalars(select(IncidentFigures).where(IncidentFigures.incident_id == incident.id)
                               .order_by(IncidentFigures.recorded_at, IncidentFigures.id))
        entries = tuple(FiguresEntry(r.recorded_at, r.recorded_by, Figures(**{n: getattr(r, n) for n in FIGURES}),
                                     r.note) for r in rows)
    today = clock.today()
    on_duty = session.scalar(select(func.count()).select_from(Assignment).where(
        Assignment.incident_id == incident.id, Assignment.start_date <= today, Assignment.end_date >= today,
        assignment_counts())) or 0
    return IncidentRecord(
        incident.id, incident.number, incident.disaster_type, DISASTER_TYPES[incident.disaster_type], incident.name,
        tuple(RegionInfo(c, regions.name(c)) for c in codes), incident.started_at, incident.status,
        EMERGENCY_STATUSES[incident.status], incident.sk_number, incident.status_from, incident.status_to,
        incident.posko_location, incident.remarks,
        entries[-1].figures if entries else _current_figures(session, incident.id), entries, int(on_duty), warnings,
        incident.sk_date, incident.sk_issuer)


def _aware(value: datetime | date) -> datetime:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return value if value.tzinfo else value.replace(tzinfo=clock.zone())


def record_status_entry(session: Session, actor: Actor, incident: Incident, *, today: bool = False) -> None:
    """Add the incident's current status and decree to its status history (``deployment.emergency``): the
    incident was created, or its status changed here (``today``: a new status given without its period, in
    force from today with no end)."""
    start = clock.today() if today else incident.status_from or clock.local(incident.started_at).date()
    end = None if today or (incident.status_to and incident.status_to < start) else incident.status_to
    session.add(IncidentStatusEntry(incident_id=incident.id, kind="status", status=incident.status,
                                    decree_number=incident.sk_number, decree_date=incident.sk_date,
                                    issuer=incident.sk_issuer, valid_from=start, valid_to=end,
                                    recorded_by=actor.username, recorded_at=utcnow()))
    session.flush()


@changes("incidents")
def add_incident(session: Session, actor: Actor, *, disaster_type: str, name: str, region_codes: list[str],
                 started_at: datetime | date, status: str = "tanggap_darurat", sk_number: str = "",
                 sk_date: date | None = None, sk_issuer: str = "", status_from: date | None = None, status_to: date | None = None, posko_location: str = "",
                 remarks: str = "", figures: dict[str, Any] | Figures | None = None) -> IncidentRecord:
    can_write_incidents.require(actor, action=N_("domain", "mencatat kejadian bencana"))
    kind = parse_disaster_type(disaster_type)
    status = parse_emergency_status(status)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(N_("errors", "Nama kejadian wajib diisi."))
    codes = list(dict.fromkeys(require_region(c, N_("domain", "Wilayah terdampak")).code for c in region_codes))
    if not codes:
        raise ValidationError(N_("errors", "Sebutkan paling sedikit satu kecamatan atau desa terdampak."))
    if status_from and status_to and status_to < status_from:
        raise ValidationError(N_("errors", "Akhir masa status {end} sebelum awalnya {start}."), start=status_from,
                              end=status_to)
    started = _aware(started_at)
    seq = _next_seq(session, started.year)
    number = f"{NUMBER_PREFIX}-{started.year}-{seq:04d}"
    incident = Incident(number=number, year=started.year, seq=seq, disaster_type=kind, name=name,
                        started_at=started, status=status, sk_number=sk_number.strip(), sk_date=sk_date,
                        sk_issuer=" ".join(sk_issuer.split())[:200], status_from=status_from,
                        status_to=status_to, posko_location=posko_location.strip(), remarks=remarks.strip())
    session.add(incident)
    session.flush()
    session.add_all(IncidentRegion(incident_id=incident.id, region_code=c) for c in codes)
    record_status_entry(session, actor, incident)  # the first entry of its status history
    first = _figures(figures)
    check_plausible(first)
    if figures is not None:
        # The first report describes the start; later reports (also back-dated ones) come after it.
        session.add(IncidentFigures(incident_id=incident.id, recorded_at=min(started, utcnow()),
                                    recorded_by=actor.username, note="laporan awal",
                                    **{n: getattr(first, n) for n in FIGURES}))
    session.flush()
    audit.record(session, actor, "incident.add", N_("domain", "kejadian"), number,
                 {"jenis": kind, "nama": name, "wilayah": codes, "mulai": started, "status": status,
                  "angka": {n: getattr(first, n) for n in FIGURES}})
    return _record(session, incident)


@changes("incidents")
def update_incident(session: Session, actor: Actor, number: str, *, close_override: str | None = None,
                    **changes: Any) -> IncidentRecord:
    """Change the status (with the SK: number, date, issuer; and period), name, posko, regions or remarks of an incident.

    Setting "selesai" is refused while something is open (``deployment.closing``) unless a pejabat gives
    ``close_override``, a reason; the list then stays in ``incident.close_note``."""
    can_write_incidents.require(actor, action=N_("domain", "mengubah kejadian bencana"))
    incident = find(session, number, lock=True)
    diff: dict[str, Any] = {}
    for key, value in changes.items():
        if value is None:
            continue
        if key == "status":
            value = parse_emergency_status(value)
        elif key == "disaster_type":
            value = parse_disaster_type(value)
        elif key in ("name", "sk_number", "sk_issuer", "posko_location", "remarks"):
            value = " ".join(str(value).split()) if key in ("name", "sk_issuer") else str(value).strip()
        elif key == "region_codes":
            codes = list(dict.fromkeys(require_region(c, N_("domain", "Wilayah terdampak")).code for c in value))
            old = list(session.scalars(select(IncidentRegion.region_code)
                                       .where(IncidentRegion.incident_id == incident.id)))
            if set(old) != set(codes):
                session.execute(delete(IncidentRegion).where(IncidentRegion.incident_id == incident.id))
                session.add_all(IncidentRegion(incident_id=incident.id, region_code=c) for c in codes)
                diff["wilayah"] = {"lama": sorted(old), "baru": codes}
            continue
        elif key not in ("status_from", "status_to", "sk_date"):
            raise ValidationError(N_("errors", "Kolom '{name}' tidak dapat diubah di sini."), name=key)
        old = getattr(incident, key)
        if old != value:
            diff[key] = {"lama": old, "baru": value}
            setattr(incident, key, value)
    if incident.status_from and incident.status_to and incident.status_to < incident.status_from:
        raise ValidationError(N_("errors", "Akhir masa status {end} sebelum awalnya {start}."),
                              start=incident.status_from, end=incident.status_to)
    if diff.get("status", {}).get("baru") == "selesai":
        _close(session, actor, incident, close_override, diff)
    session.flush()
    if diff.keys() & {"status", "sk_number", "sk_date", "sk_issuer", "status_from", "status_to"}:
        # A new status without a period of its own starts today, open-ended: it does not reach back.
        fresh = "status" in diff and not diff.keys() & {"status_from", "status_to"}
        record_status_entry(session, actor, incident, today=fresh)  # the status history keeps the change
    if diff:
        audit.record(session, actor, "incident.update", N_("domain", "kejadian"), incident.number, diff)
    return _record(session, incident)


@changes("incidents")
def close_incident(session: Session, actor: Actor, number: str, override: str | None = None) -> IncidentRecord:
    """Set the incident to "selesai": refused while something is open, unless a pejabat overrides."""
    return update_incident(session, actor, number, status="selesai", close_override=override)


def _close(session: Session, actor: Actor, incident: Incident, override: str | None, diff: dict[str, Any]) -> None:
    from deployment import closing  # it reads dispatches: 'tagana volunteer' and 'incident list' load none

    found = closing.incident_open(session, incident.id)
    note = closing.settle(actor, N_("domain", "Kejadian"), incident.number, found, override)
    incident.close_note = note
    if note:
        diff["pengecualian_penutupan"] = {"alasan": " ".join((override or "").split()),
                                          "masih_terbuka": [str(t.text) for t in found]}


@changes("incidents")
def record_figures(session: Session, actor: Actor, number: str, figures: dict[str, Any] | Figures, *,
                   note: str = "", at: datetime | None = None) -> IncidentRecord:
    """Add a new report of the impact figures; the earlier ones stay in the history.

    Figures not given keep their current value (a report of only the displaced keeps the rest).
    """
    can_write_incidents.require(actor, action=N_("domain", "memperbarui angka dampak kejadian"))
    incident = find(session, number)
    current = _current_figures(session, incident.id)
    given = figures if isinstance(figures, dict) else {f.name: getattr(figures, f.name) for f in fields(Figures)}
    merged = {n: given[n] if given.get(n) is not None else getattr(current, n) for n in FIGURES}
    new = _figures(merged)
    check_plausible(new)
    session.add(IncidentFigures(incident_id=incident.id, recorded_at=at or utcnow(), recorded_by=actor.username,
                                note=note.strip(), **{n: getattr(new, n) for n in FIGURES}))
    session.flush()
    audit.record(session, actor, "incident.figures", N_("domain", "kejadian"), incident.number,
                 {n: {"lama": getattr(current, n), "baru": getattr(new, n)} for n in FIGURES
                  if getattr(current, n) != getattr(new, n)} | {"catatan": note})
    jumps = figure_jumps(current, new)  # saved all the same (the window asked first); the command line shows it
    warnings = (Text(N_("errors", "Kenaikan besar sejak laporan sebelumnya: {jumps}; periksa kembali."),
                     jumps="; ".join(jumps)),) if jumps else ()
    return _record(session, incident, warnings=warnings)


def get_incident(session: Session, number: str | int) -> IncidentRecord:
    return _record(session, find(session, number))


def list_incidents(session: Session, *, status: str | None = None, limit: int = 200,
                   offset: int = 0) -> list[IncidentRecord]:
    """Active incidents first (tanggap darurat, siaga, transisi), then closed ones; newest first."""
    order = case({"tanggap_darurat": 0, "siaga_darurat": 1, "transisi": 2}, value=Incident.status, else_=3)
    query = select(Incident)
    if status:
        query = query.where(Incident.status == parse_emergency_status(status))
    query = query.order_by(order, Incident.started_at.desc(), Incident.id.desc()).limit(limit).offset(offset)
    return [_record(session, i, history=False) for i in session.scalars(query)]


def incident_regions(session: Session, incident_id: int) -> list[str]:
    return list(session.scalars(select(IncidentRegion.region_code).where(IncidentRegion.incident_id == incident_id)))
