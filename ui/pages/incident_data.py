"""What the "Kejadian Bencana" page reads, in one call per view (run in a worker through ``ui.ops.read``).

Plain functions over a Session that put together the deployment services' records; no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from deployment import assignments, needs
from deployment import incidents as incident_service
from deployment.assignments import AssignmentRecord
from deployment.dispatch import lifecycle
from deployment.dispatch import records as dispatch_records
from deployment.dispatch import returns as dispatch_returns
from deployment.dispatch.records import DispatchSummary
from deployment.dispatch.returns import OutstandingEquipment
from deployment.incidents import IncidentRecord
from deployment.needs import ShortLine
from tagana_app import clock, indonesian, regions, settings


@dataclass(frozen=True)
class HandedOver:
    """One item handed over to the incident, summed over its dispatches."""

    item: str
    item_name: str
    unit: str
    sent: int
    received: int
    returned: int
    dispatches: tuple[str, ...]


@dataclass(frozen=True)
class IncidentView:
    record: IncidentRecord
    needs: tuple[ShortLine, ...]
    assignments: tuple[AssignmentRecord, ...]
    dispatches: tuple[DispatchSummary, ...]
    handed_over: tuple[HandedOver, ...]
    equipment_out: tuple[OutstandingEquipment, ...]


@dataclass(frozen=True)
class RegionChoice:
    code: str
    name: str
    kind: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.kind}) · {self.code}"


def list_incidents(session: Session, text: str = "") -> list[IncidentRecord]:
    """Active first, then by start date, newest first; ``text`` matches number, name, type or region."""
    rows = incident_service.list_incidents(session, limit=1000)
    words = text.lower().split()
    if not words:
        return rows

    def haystack(r: IncidentRecord) -> str:
        return " ".join([r.number, r.name, r.disaster_label, r.status_label, *(g.name for g in r.regions),
                         *(g.code for g in r.regions)]).lower()
    return [r for r in rows if all(w in haystack(r) for w in words)]


def needs_for(record: IncidentRecord, days: int, session: Session) -> tuple[ShortLine, ...]:
    estimate = needs.estimate_needs(record.figures.pengungsi, record.figures.kk, days)
    return tuple(needs.shortfall(estimate, session=session))


def incident_needs(session: Session, number: str, days: int) -> tuple[ShortLine, ...]:
    return needs_for(incident_service.get_incident(session, number), days, session)


def _handed_over(session: Session, summaries: list[DispatchSummary]) -> tuple[HandedOver, ...]:
    totals: dict[str, list] = {}
    for summary in summaries:
        if summary.status not in lifecycle.HANDED_STATES:
            continue
        record = dispatch_records.get_dispatch(session, summary.number)
        for line in record.lines:
            entry = totals.setdefault(line.item, [line.item_name, line.unit, 0, 0, 0, []])
            entry[2] += line.quantity
            entry[3] += line.received if line.received is not None else line.quantity
            entry[4] += line.returned
            if summary.number not in entry[5]:
                entry[5].append(summary.number)
    return tuple(HandedOver(code, name, unit, sent, received, returned, tuple(numbers))
                 for code, (name, unit, sent, received, returned, numbers) in sorted(
                     totals.items(), key=lambda kv: kv[1][0].lower()))


def incident_view(session: Session, number: str, days: int, *, all_assignments: bool = False) -> IncidentView:
    record = incident_service.get_incident(session, number)
    on_or_after = None if all_assignments else clock.today()
    crew = assignments.list_assignments(session, incident=number, on_or_after=on_or_after)
    summaries = dispatch_records.list_dispatches(session, incident=number)
    return IncidentView(record, needs_for(record, days, session), tuple(crew), tuple(summaries),
                        _handed_over(session, summaries),
                        tuple(dispatch_returns.equipment_out(session, incident=number)))


def region_choices(session: Session) -> list[RegionChoice]:
    """The kecamatan and desa of the office's kabupaten/kota, for the new-incident dialog."""
    home = settings.get_office(session, settings.HOME_REGION) or "17.09"
    result = []
    for kec in regions.children(home):
        result.append(RegionChoice(kec.code, kec.name, kec.kind, kec.path))
        result += [RegionChoice(d.code, d.name, d.kind, d.path) for d in regions.children(kec.code)]
    return result


def quantity_text(value: Decimal | int | None) -> str:
    return "–" if value is None else indonesian.quantity(value)
