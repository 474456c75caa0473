"""An incident's emergency status as a record: each status with its decree (SK) and period, and each
extension, kept as a history (``incident_status_entry``).

The incident's own ``status``/``sk_*``/``status_from``/``status_to`` stay the latest entry's, so the
pages, the SPT and the loan due dates that read them keep working.  ``declared_on`` answers the
question a warehouse that needs a declared emergency asks before goods leave (``deployment.dispatch.release``):
was the incident, on that day, in siaga darurat, tanggap darurat or transisi under a decree?
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import incidents
from deployment.models import EMERGENCY_STATUSES, STATUS_ENTRY_KINDS, Incident, IncidentStatusEntry
from deployment.permissions import can_write_incidents
from tagana_app import audit, clock
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import ValidationError
from tagana_app.models import utcnow
from tagana_app.texts import DOMAIN, N_, Text

# The statuses under which buffer stock may be released (a declared emergency).
DECLARED_STATUSES = ("siaga_darurat", "tanggap_darurat", "transisi")


@dataclass(frozen=True)
class StatusEntry:
    id: int
    kind: str               # status | extension
    kind_label: str
    status: str
    status_label: str
    decree_number: str
    decree_date: date | None
    issuer: str
    valid_from: date
    valid_to: date | None   # None: no end written (entries copied from before the history was kept)
    recorded_by: str
    recorded_at: datetime

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def declared(self) -> bool:
        """A status under which buffer stock may leave: siaga, tanggap darurat or transisi, with a decree."""
        return self.status in DECLARED_STATUSES and bool(self.decree_number)


def _entry(row: IncidentStatusEntry) -> StatusEntry:
    return StatusEntry(row.id, row.kind, STATUS_ENTRY_KINDS[row.kind], row.status, EMERGENCY_STATUSES[row.status],
                       row.decree_number, row.decree_date, row.issuer, row.valid_from, row.valid_to,
                       row.recorded_by, row.recorded_at)


def _incident(session: Session, incident: str | int | Incident, *, lock: bool = False) -> Incident:
    return incident if isinstance(incident, Incident) else incidents.find(session, incident, lock=lock)


def status_history(session: Session, incident: str | int | Incident) -> list[StatusEntry]:
    """Every status and extension of the incident, in the order they were recorded."""
    row = _incident(session, incident)
    return [_entry(e) for e in session.scalars(select(IncidentStatusEntry)
                                                .where(IncidentStatusEntry.incident_id == row.id)
                                                .order_by(IncidentStatusEntry.id))]


def in_force(history: list[StatusEntry], day: date) -> StatusEntry | None:
    """The entry in force on ``day``: of those whose period covers it, the last recorded (a later decree
    replaces an earlier one for the days it covers; a status "selesai" ends the one before it)."""
    covering = [e for e in history if e.covers(day)]
    return max(covering, key=lambda e: e.id) if covering else None


def declared_on(session: Session, incident: str | int | Incident, day: date) -> StatusEntry | None:
    """The entry that declares an emergency (siaga, tanggap darurat, transisi, with a decree) on ``day``."""
    found = in_force(status_history(session, incident), day)
    return found if found is not None and found.declared else None


def missing_declaration(session: Session, incident: str | int | Incident, day: date) -> Text | None:
    """What is missing for the incident to count as declared on ``day`` (None: nothing is)."""
    history = status_history(session, incident)
    found = in_force(history, day)
    if found is not None and found.declared:
        return None
    if found is not None and found.status not in DECLARED_STATUSES:
        return Text(N_("errors", "berstatus {status} sejak {start}"), status=found.status_label,
                    start=found.valid_from)
    declared = [e for e in history if e.declared]
    ended = [e.valid_to for e in declared if e.valid_to is not None and e.valid_to < day]
    if ended:
        return Text(N_("errors", "masa status darurat berakhir {end} dan belum diperpanjang"), end=max(ended))
    later = [e for e in declared if e.valid_from > day]
    if later:
        return Text(N_("errors", "status darurat baru berlaku mulai {start}"), start=min(e.valid_from for e in later))
    if found is not None:
        return Text(N_("errors", "berstatus {status} tanpa SK penetapan status darurat"), status=found.status_label)
    return Text(N_("errors", "belum memiliki SK penetapan status darurat"))


def _clean(value: str, limit: int) -> str:
    return " ".join((value or "").split())[:limit]


def _check_decree_date(decree_date: date | None) -> None:
    if decree_date is not None and decree_date > clock.today():
        raise ValidationError(N_("errors", "Tanggal SK {day} belum tiba: SK yang dicatat sudah ditetapkan."),
                              day=decree_date, where="decree_date")


def _mirror(incident: Incident, entry: IncidentStatusEntry) -> None:
    """The incident's own columns follow its latest entry."""
    incident.status, incident.sk_number, incident.sk_date = entry.status, entry.decree_number, entry.decree_date
    incident.sk_issuer, incident.status_to = entry.issuer, entry.valid_to
    if entry.kind == "status":
        incident.status_from = entry.valid_from


@changes("incidents")
def set_status(session: Session, actor: Actor, incident: str | int, status: str, decree_number: str,
               decree_date: date | None, issuer: str, valid_from: date | None, valid_to: date | None) -> StatusEntry:
    """Record a new emergency status with its decree and period; it becomes the incident's status."""
    can_write_incidents.require(actor, action=N_("domain", "menetapkan status darurat kejadian"))
    row = _incident(session, incident, lock=True)
    status = incidents.parse_emergency_status(status)
    decree_number, issuer = _clean(decree_number, 100), _clean(issuer, 200)
    _check_decree_date(decree_date)
    if status != "selesai":
        label = EMERGENCY_STATUSES[status]
        for value, what, where in ((decree_number, N_("domain", "Nomor SK"), "decree_number"),
                                   (decree_date, N_("domain", "Tanggal SK"), "decree_date"),
                                   (issuer, N_("domain", "Penerbit SK"), "issuer"),
                                   (valid_to, N_("domain", "Akhir masa status"), "valid_to")):
            if not value:
                raise ValidationError(N_("errors", "{what} wajib diisi untuk status {status}."),
                                      what=Text(what, DOMAIN), status=label, where=where)
    start = valid_from or decree_date or clock.today()
    if valid_to is not None and valid_to < start:
        raise ValidationError(N_("errors", "Akhir masa status {end} sebelum awalnya {start}."), start=start,
                              end=valid_to, where="valid_to")
    entry = IncidentStatusEntry(incident_id=row.id, kind="status", status=status, decree_number=decree_number,
                                decree_date=decree_date, issuer=issuer, valid_from=start, valid_to=valid_to,
                                recorded_by=actor.username, recorded_at=utcnow())
    session.add(entry)
    _mirror(row, entry)
    session.flush()
    audit.record(session, actor, "incident.status", N_("domain", "kejadian"), row.number,
                 {"status": status, "sk": decree_number, "tanggal_sk": decree_date, "penerbit": issuer,
                  "dari": start, "sampai": valid_to})
    return _entry(entry)


@changes("incidents")
def extend_status(session: Session, actor: Actor, incident: str | int, to: date, decree_number: str,
                  decree_date: date | None) -> StatusEntry:
    """Extend the current status to ``to`` by a new decree: an entry from the day after the current end."""
    can_write_incidents.require(actor, action=N_("domain", "memperpanjang status darurat kejadian"))
    row = _incident(session, incident, lock=True)
    latest = session.scalar(select(IncidentStatusEntry).where(IncidentStatusEntry.incident_id == row.id)
                            .order_by(IncidentStatusEntry.id.desc()).limit(1))
    if latest is None or latest.status not in DECLARED_STATUSES:
        raise ValidationError(N_("errors", "Kejadian {number} tidak sedang berstatus darurat: tetapkan statusnya "
                                           "dulu, perpanjangan hanya untuk status yang berjalan."), number=row.number)
    if latest.valid_to is None:
        raise ValidationError(N_("errors", "Status {status} kejadian {number} belum memiliki akhir masa; tetapkan "
                                           "status dengan masa berlakunya dulu."),
                              status=EMERGENCY_STATUSES[latest.status], number=row.number)
    if to <= latest.valid_to:
        raise ValidationError(N_("errors", "Perpanjangan sampai {to} harus sesudah akhir masa status sekarang "
                                           "({end})."), to=to, end=latest.valid_to, where="valid_to")
    decree_number = _clean(decree_number, 100)
    if not decree_number or decree_date is None:
        raise ValidationError(N_("errors", "Nomor dan tanggal SK perpanjangan wajib diisi."),
                              where="decree_number" if not decree_number else "decree_date")
    _check_decree_date(decree_date)
    entry = IncidentStatusEntry(incident_id=row.id, kind="extension", status=latest.status,
                                decree_number=decree_number, decree_date=decree_date, issuer=latest.issuer,
                                valid_from=latest.valid_to + timedelta(days=1), valid_to=to,
                                recorded_by=actor.username, recorded_at=utcnow())
    session.add(entry)
    _mirror(row, entry)
    session.flush()
    audit.record(session, actor, "incident.extend", N_("domain", "kejadian"), row.number,
                 {"status": latest.status, "sk": decree_number, "tanggal_sk": decree_date,
                  "lama": latest.valid_to, "sampai": to})
    return _entry(entry)
