"""Register permintaan bantuan: every request received, in the order of its agenda number, with what was
asked, the pejabat's decision, what the dispatches and assignments delivered, its status and whether it is
past the service standard (``deployment.requests``).  Printed (`tagana print requests`) and exported
(`tagana request export`) through ``deployment.reports.export`` like the other reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from deployment import requests as request_service
from deployment.models import REQUEST_STATUSES
from deployment.reports.model import Col, Report, ReportFilter, Table, made_now, region_matches
from deployment.requests import RequestRecord
from tagana_app import clock, indonesian
from tagana_app.progress import Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTERS = ("period", "incident", "region")


def _quantity(n: int | None, unit: str) -> str:
    return f"{indonesian.quantity(n or 0)} {unit}".strip()


def _people(skill: str, count: int | None) -> str:
    return Text(N_("domain", "relawan {skill} {count} orang"), DOMAIN, skill=skill, count=count or 0)


def _joined(parts: list[str]) -> str:
    """"a; b; c", kept as a Text whose parts the window translates one by one."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return Text(N_("domain", "{first}; {rest}"), DOMAIN, first=parts[0], rest=_joined(parts[1:]))


def asked_text(r: RequestRecord) -> str:
    """"Makanan siap saji 100 paket; Beras 500 kg; relawan Logistik 2 orang"."""
    goods = [f"{x.item_name} {_quantity(x.quantity, x.unit)}" for x in r.lines]
    people = [_people(p.skill_label, p.count) for p in r.people]
    return _joined([*goods, *people])


def _decided(text: str, what: str, decision: str, reason: str) -> str:
    """``text``: what was approved ("Beras 300 kg"); ``what`` names a refused line."""
    if decision == "ditolak":
        return Text(N_("domain", "{what} ditolak ({reason})"), DOMAIN, what=what, reason=reason)
    return f"{text} ({reason})" if reason else text


def decision_text(r: RequestRecord) -> str:
    """Each line as the pejabat decided it, the reason of anything less than asked; "-" while undecided."""
    if not r.decided_by:
        return "-"
    parts = [_decided(f"{x.item_name} {_quantity(x.approved, x.unit)}", x.item_name, x.decision, x.decision_reason)
             for x in r.lines]
    parts += [_decided(_people(p.skill_label, p.approved), _people(p.skill_label, p.count), p.decision,
                       p.decision_reason) for p in r.people]
    if r.disposition_note:
        parts.append(Text(N_("domain", "disposisi: {note}"), DOMAIN, note=r.disposition_note))
    return _joined(parts)


def fulfilled_text(r: RequestRecord) -> str:
    """What the dispatches sent and the assignments brought, for every approved line."""
    parts = [f"{x.item_name} {_quantity(x.fulfilled, x.unit)}" for x in r.lines if x.approved or x.fulfilled]
    parts += [_people(p.skill_label, p.fulfilled) for p in r.people if p.approved or p.fulfilled]
    if r.dispatches:
        parts.append(Text(N_("domain", "nomor pengiriman {numbers}"), DOMAIN, numbers=", ".join(r.dispatches)))
    return _joined(parts) or "-"


def requester_text(r: RequestRecord) -> str:
    """"Budi Contoh, Camat Pondok Kelapa, Pondok Kelapa"."""
    return ", ".join(x for x in (r.requester_name, r.requester_position, r.region_name) if x)


def late_text(r: RequestRecord) -> str:
    if r.overdue:
        return Text(N_("domain", "TERLAMBAT (batas {due})"), DOMAIN, due=f"{r.due_on:%d-%m-%Y}")
    return ""


@dataclass(frozen=True)
class RequestRegister(Report):
    today: date
    service_days: int
    rows: tuple[RequestRecord, ...]

    landscape = True

    @property
    def overdue(self) -> int:
        return sum(1 for r in self.rows if r.overdue)

    def tables(self) -> list[Table]:
        register = Table(
            "register", N_("domain", "Register permintaan bantuan"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("number", N_("domain", "Nomor agenda"), 1.3),
             Col("received_on", N_("domain", "Tanggal diterima"), 0.85, "date"),
             Col("requester", N_("domain", "Pemohon (jabatan, wilayah)"), 1.8),
             Col("letter", N_("domain", "Surat (nomor/tanggal)"), 1.4),
             Col("asked", N_("domain", "Yang diminta"), 2.0), Col("decision", N_("domain", "Keputusan"), 2.0),
             Col("fulfilled", N_("domain", "Dipenuhi"), 1.8), Col("status", N_("domain", "Status"), 0.9),
             Col("late", N_("domain", "Terlambat"), 0.9)),
            tuple((i, r.number, r.received_on, requester_text(r), f"{r.letter_number} / {r.letter_date:%d-%m-%Y}",
                   asked_text(r), decision_text(r), fulfilled_text(r), r.status_label, late_text(r))
                  for i, r in enumerate(self.rows, 1)))
        # A short last table: it goes to the signature's page, the register flows from the first page.
        statuses = [(label, sum(1 for r in self.rows if r.status == key),
                     sum(1 for r in self.rows if r.status == key and r.overdue))
                    for key, label in REQUEST_STATUSES.items()]
        summary = Table(
            "per_status", N_("domain", "Jumlah per status"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("status", N_("domain", "Status"), 2.0),
             Col("count", N_("domain", "Permintaan"), 1.0, "int"), Col("overdue", N_("domain", "Terlambat"), 1.0, "int")),
            tuple((i, label, n, late) for i, (label, n, late) in enumerate((x for x in statuses if x[1]), 1)),
            ((N_("domain", "Jumlah"), "", len(self.rows), self.overdue),), label_span=2)
        return [register, summary]

    def notes(self) -> list[str]:
        return [Text(N_("domain", "Keadaan per {day}. Standar pelayanan {days} hari kerja sejak surat diterima (hari "
                        "Sabtu, Minggu, libur nasional dan cuti bersama tidak dihitung). Terlambat: melewati batas "
                        "itu dan belum diputuskan atau belum dipenuhi."), DOMAIN, day=f"{self.today:%d-%m-%Y}",
                     days=self.service_days)]

    def file_stem(self) -> str:
        return f"register-permintaan-{clock.local(self.made_at):%Y%m%d-%H%M}"


def build(session: Session, flt: ReportFilter, progress: Progress) -> RequestRegister:
    progress.update(0, 2, N_("domain", "Membaca permintaan"))
    region = flt.region_code
    found = request_service.list_requests(session, incident=flt.incident, limit=None)
    rows = [r for r in reversed(found)  # the register's order: as received
            if region_matches(r.region_code, region) and (not flt.start or r.received_on >= flt.start)
            and (not flt.end or r.received_on <= flt.end)]
    progress.update(2, 2, N_("domain", "Selesai."))
    return RequestRegister("requests", N_("domain", "REGISTER PERMINTAAN BANTUAN"), flt.describe(FILTERS), made_now(),
                           clock.today(), request_service.service_days(session), tuple(rows))
