"""Rekap penugasan relawan: days on duty per volunteer and incident, with roles; totals.

Days are whole days, both ends included, clipped to the period asked for and never past the
report date (today, or the period's end when that is earlier): a day not yet lived is not worked.
NIKs are masked (``mask_nik``): the report leaves the office.  A day is counted once
for a volunteer even when an official let two of their assignments overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.models import SKILLS, Assignment, Incident, IncidentRegion, Volunteer, assignment_counts
from deployment.reports.model import Col, Report, ReportFilter, Table, made_now, region_matches
from deployment.validate import mask_nik
from tagana_app import clock
from tagana_app.progress import Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTERS = ("period", "incident", "region")


def merged_days(periods: list[tuple[date, date]]) -> int:
    """Number of distinct days covered by the (start, end) periods, both ends included."""
    total, last_end = 0, None
    for start, end in sorted(periods):
        if last_end is not None and start <= last_end:
            start = last_end + timedelta(days=1)
        if end >= start:
            total += (end - start).days + 1
        last_end = end if last_end is None else max(last_end, end)
    return total


@dataclass(frozen=True)
class DeploymentRow:
    volunteer_id: int
    name: str
    nik: str
    niat: str
    incident: str
    incident_name: str
    roles: str
    first_day: date
    last_day: date
    assignments: int
    days: int


@dataclass(frozen=True)
class VolunteerTotal:
    volunteer_id: int
    name: str
    nik: str
    niat: str
    incidents: int
    days: int


@dataclass(frozen=True)
class IncidentTotal:
    incident: str
    incident_name: str
    volunteers: int
    days: int


@dataclass(frozen=True)
class Deployments(Report):
    start: date | None
    end: date | None
    rows: tuple[DeploymentRow, ...]
    by_volunteer: tuple[VolunteerTotal, ...]
    by_incident: tuple[IncidentTotal, ...]
    total_days: int

    landscape = True

    def tables(self) -> list[Table]:
        main = Table(
            "penugasan", N_("domain", "Penugasan per relawan dan kejadian"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("name", N_("domain", "Nama relawan"), 2.2),
             Col("niat", N_("domain", "NIAT"), 1.1), Col("nik", N_("domain", "NIK"), 1.5),
             Col("incident", N_("domain", "Kejadian"), 1.1),
             Col("incident_name", N_("domain", "Nama kejadian"), 2.2), Col("roles", N_("domain", "Peran"), 1.6),
             Col("first_day", N_("domain", "Mulai"), 0.9, "date"),
             Col("last_day", N_("domain", "Sampai"), 0.9, "date"),
             Col("days", N_("domain", "Hari tugas"), 0.8, "int")),
            tuple((i, r.name, r.niat, r.nik, r.incident, r.incident_name, r.roles, r.first_day, r.last_day, r.days)
                  for i, r in enumerate(self.rows, 1)),
            ((N_("domain", "Jumlah hari tugas"), "", "", "", "", "", "", "", "", sum(r.days for r in self.rows)),),
            label_span=9)
        people = Table(
            "per_relawan", N_("domain", "Jumlah per relawan"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("name", N_("domain", "Nama relawan"), 2.6),
             Col("niat", N_("domain", "NIAT"), 1.2), Col("nik", N_("domain", "NIK"), 1.6),
             Col("incidents", N_("domain", "Kejadian"), 0.8, "int"),
             Col("days", N_("domain", "Hari tugas"), 0.9, "int")),
            tuple((i, t.name, t.niat, t.nik, t.incidents, t.days) for i, t in enumerate(self.by_volunteer, 1)),
            ((Text(N_("domain", "Jumlah ({count} relawan)"), DOMAIN, count=len(self.by_volunteer)), "", "", "", "",
              self.total_days),), label_span=5)
        incidents = Table(
            "per_kejadian", N_("domain", "Jumlah per kejadian"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("incident", N_("domain", "Kejadian"), 1.2),
             Col("incident_name", N_("domain", "Nama kejadian"), 3.0),
             Col("volunteers", N_("domain", "Relawan"), 0.9, "int"),
             Col("days", N_("domain", "Hari tugas"), 0.9, "int")),
            tuple((i, t.incident, t.incident_name, t.volunteers, t.days) for i, t in enumerate(self.by_incident, 1)),
            ((N_("domain", "Jumlah"), "", "", sum(t.volunteers for t in self.by_incident),
              sum(t.days for t in self.by_incident)),),
            label_span=3)
        return [main, people, incidents]

    def notes(self) -> list[str]:
        return [N_("domain", "Hari tugas dihitung per hari kalender, hari pertama dan terakhir ikut dihitung, dibatasi "
                   "pada periode laporan. Jumlah per relawan menghitung satu hari sekali saja.")]


def report_date(flt: ReportFilter) -> date:
    """The last day counted: today, or the period's end when that is earlier."""
    today = clock.today()
    return min(flt.end, today) if flt.end else today


def build(session: Session, flt: ReportFilter, progress: Progress) -> Deployments:
    progress.update(0, 3, N_("domain", "Memeriksa filter"))
    query = (select(Assignment.volunteer_id, Assignment.incident_id, Assignment.role, Assignment.start_date,
                    Assignment.end_date, Volunteer.full_name, Volunteer.nik, Volunteer.niat, Incident.number,
                    Incident.name)
             .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
             .join(Incident, Incident.id == Assignment.incident_id).where(assignment_counts()))
    if flt.incident:
        query = query.where(Assignment.incident_id == incident_service.find(session, flt.incident).id)
    until = report_date(flt)
    if flt.start:
        query = query.where(Assignment.end_date >= flt.start)
    query = query.where(Assignment.start_date <= until)
    region = flt.region_code
    in_region: set[int] | None = None
    if region:
        in_region = {iid for iid, code in session.execute(select(IncidentRegion.incident_id, IncidentRegion.region_code))
                     if region_matches(code, region)}
    progress.update(1, 3, N_("domain", "Membaca penugasan"))
    groups: dict[tuple[int, int], dict] = {}
    for vid, iid, role, start, end, name, nik, niat, inc, inc_name in session.execute(query):
        if in_region is not None and iid not in in_region:
            continue
        start = max(start, flt.start) if flt.start else start
        end = min(end, until)
        g = groups.setdefault((vid, iid), {"name": name, "nik": mask_nik(nik), "niat": niat or "", "incident": inc,
                                           "incident_name": inc_name, "roles": [], "periods": []})
        if SKILLS.get(role, role) not in g["roles"]:
            g["roles"].append(SKILLS.get(role, role))
        g["periods"].append((start, end))
    progress.update(2, 3, N_("domain", "Menghitung hari tugas"))
    rows = tuple(sorted(
        (DeploymentRow(vid, g["name"], g["nik"], g["niat"], g["incident"], g["incident_name"], ", ".join(g["roles"]),
                       min(p[0] for p in g["periods"]), max(p[1] for p in g["periods"]), len(g["periods"]),
                       merged_days(g["periods"]))
         for (vid, _iid), g in groups.items()),
        key=lambda r: (r.name.lower(), r.volunteer_id, r.first_day, r.incident)))
    people: dict[int, dict] = {}
    for (vid, _iid), g in groups.items():
        p = people.setdefault(vid, {"row": g, "incidents": 0, "periods": []})
        p["incidents"] += 1
        p["periods"] += g["periods"]
    by_volunteer = tuple(sorted((VolunteerTotal(vid, p["row"]["name"], p["row"]["nik"], p["row"]["niat"],
                                                p["incidents"], merged_days(p["periods"]))
                                 for vid, p in people.items()), key=lambda t: (t.name.lower(), t.volunteer_id)))
    incidents: dict[str, list] = {}
    for r in rows:
        entry = incidents.setdefault(r.incident, [r.incident_name, 0, 0])
        entry[1] += 1
        entry[2] += r.days
    by_incident = tuple(IncidentTotal(number, name, n, days) for number, (name, n, days) in sorted(incidents.items()))
    progress.update(3, 3, N_("domain", "Selesai."))
    shown = flt if flt.start and flt.start > until else replace(flt, end=until)  # "Periode: ... s.d. <until>"
    return Deployments("deployments", N_("domain", "REKAPITULASI PENUGASAN RELAWAN TAGANA"), shown.describe(FILTERS),
                       made_now(), flt.start, until, rows, by_volunteer, by_incident,
                       sum(t.days for t in by_volunteer))
