"""A situation report to paste into WhatsApp: plain text with WhatsApp's marks (``*bold*``, lists with "- ").

``incident_summary`` tells one incident: status and decree (with extensions), impact figures and their
change since the previous report, requests open and overdue, goods sent and handed over, volunteers on
duty, equipment still on site and needs still missing.  ``office_summary`` tells the office's day: each
open incident in a few lines, what left the warehouses, the requests received and decided that day, and
the overdue ones.  Both stay under ``LIMIT`` characters (a WhatsApp message the groups read whole): long
lists are cut with "... dan N lainnya", shorter the longer the text.

The text is a message to Indonesian coordination groups, like a printed paper: Indonesian, whatever the
window's language (so its sentences are not marked for translation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment import needs, requests
from deployment.dispatch import lifecycle
from deployment.dispatch import returns as dispatch_returns
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.models import (
    EMERGENCY_STATUSES,
    OPEN_REQUEST_STATUSES,
    REQUEST_STATUSES,
    REQUESTER_KINDS,
    SKILLS,
    AidRequest,
    Assignment,
    Incident,
    IncidentFigures,
    IncidentStatusEntry,
    Volunteer,
    assignment_counts,
)
from deployment.reports.incident import FIGURE_TITLES, need_days
from inventory.models import Item, StockMovement, Warehouse
from tagana_app import clock, regions, settings
from tagana_app.indonesian import full_date, long_date, quantity

LIMIT = 4000                      # characters of one message
CUTS = (10, 6, 3, 1)              # list lengths tried, longest first, until the text fits
LINE_MAX = 180                    # a bullet longer than this is cut
OUT_KINDS = ("dispatch", "issue", "transfer_out")  # stock movements that take goods out of a warehouse

Section = Callable[[int], list[str]]  # lines of one part, its lists cut to the given length


# --- small pieces ----------------------------------------------------------------------------------

request_due = requests.due_date  # the last day of the service standard, in working days


def is_overdue(status: str, received_on: date, today: date, days: int) -> bool:
    """Open (undecided or not yet fulfilled) after its service standard's last day (the rule of
    ``deployment.requests.is_overdue``, for rows read without their whole record)."""
    return status in OPEN_REQUEST_STATUSES and today > request_due(received_on, days)


def _n(value: int | Decimal) -> str:
    return quantity(value)


def _change(new: int, old: int | None) -> str:
    if old is None or new == old:
        return _n(new)
    return f"{_n(new)} ({'+' if new > old else '-'}{_n(abs(new - old))})"


def _bullets(lines: Sequence[str], cut: int) -> list[str]:
    shown = [f"- {line}" if len(line) <= LINE_MAX else f"- {line[:LINE_MAX - 1]}…" for line in lines[:cut]]
    if len(lines) > cut:
        shown.append(f"- ... dan {len(lines) - cut} lainnya")
    return shown


def _short(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "?"


def _fit(sections: Sequence[Section]) -> str:
    """The sections joined by blank lines, with the longest lists that keep the text under LIMIT."""
    text = ""
    for cut in CUTS:
        text = "\n\n".join("\n".join(lines) for part in sections if (lines := part(cut)))
        if len(text) < LIMIT:
            return text
    return text[:LIMIT - 2] + "…"


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    return clock.start_of_day(day), clock.start_of_day(day + timedelta(days=1))


def _service_days(session: Session) -> int:
    return settings.get_office(session, settings.REQUEST_SERVICE_DAYS)


# --- one incident ------------------------------------------------------------------------------------

def _figures_until(session: Session, incident_id: int, today: date) -> list[IncidentFigures]:
    """The last two reports of impact figures made on or before ``today``: latest first."""
    _, end = _day_bounds(today)
    return list(session.scalars(select(IncidentFigures).where(IncidentFigures.incident_id == incident_id,
                                                              IncidentFigures.recorded_at < end)
                                .order_by(IncidentFigures.recorded_at.desc(), IncidentFigures.id.desc()).limit(2)))


def _decree(entry: IncidentStatusEntry | Incident) -> str:
    """"SK 360/123/2026 tanggal 20 November 2026 oleh Bupati Bengkulu Tengah", as far as it is known."""
    if isinstance(entry, IncidentStatusEntry):
        number, day, issuer = entry.decree_number, entry.decree_date, entry.issuer
    else:
        number, day, issuer = entry.sk_number, entry.sk_date, entry.sk_issuer
    parts = [f"SK {number}" if number else "tanpa nomor SK"]
    if day:
        parts.append(f"tanggal {long_date(day)}")
    if issuer:
        parts.append(f"oleh {issuer}")
    return " ".join(parts)


def _period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{long_date(start)} s.d. {long_date(end)}"
    if start:
        return f"sejak {long_date(start)}"
    return ""


def _status_lines(session: Session, incident: Incident, cut: int) -> list[str]:
    """The emergency status with its decree: the history (status entries, extensions) when recorded,
    else the incident's own columns."""
    lines = [f"*Status:* {EMERGENCY_STATUSES[incident.status]}"]
    entries = list(session.scalars(select(IncidentStatusEntry).where(IncidentStatusEntry.incident_id == incident.id)
                                   .order_by(IncidentStatusEntry.id)))
    if not entries:
        if incident.sk_number or incident.sk_date or incident.sk_issuer or incident.status_from:
            period = _period(incident.status_from, incident.status_to)
            lines.append(_decree(incident) + (f", berlaku {period}" if period else ""))
        return lines
    shown = []
    for e in entries:
        period = _period(e.valid_from, e.valid_to)
        what = "perpanjangan" if e.kind == "extension" else EMERGENCY_STATUSES[e.status]
        shown.append(f"{what}: {_decree(e)}" + (f", berlaku {period}" if period else ""))
    # The latest entries matter most: a long history keeps its end.
    lines += _bullets(list(reversed(shown)), cut)
    return lines


def _impact_lines(session: Session, incident_id: int, today: date) -> list[str]:
    reports = _figures_until(session, incident_id, today)
    if not reports:
        return ["*Dampak:* belum ada laporan angka dampak"]
    latest = reports[0]
    before = reports[1] if len(reports) > 1 else None
    when = clock.local(latest.recorded_at)
    head = f"*Dampak* (laporan {long_date(when)} pukul {when:%H.%M}"
    head += f"; perubahan sejak laporan {long_date(clock.local(before.recorded_at))})" if before else ")"
    figures = [f"{title} {_change(getattr(latest, key), getattr(before, key) if before else None)}"
               for key, title in FIGURE_TITLES
               if getattr(latest, key) or (before is not None and getattr(before, key))]
    return [head, *(f"- {f}" for f in figures)] if figures else [head, "- semua angka 0"]


def _request_lines(session: Session, incident_id: int | None, today: date, cut: int, *,
                   overdue_only: bool = False) -> list[str]:
    days = _service_days(session)
    query = select(AidRequest).where(AidRequest.status.in_(OPEN_REQUEST_STATUSES), AidRequest.received_on <= today)
    if incident_id is not None:
        query = query.where(AidRequest.incident_id == incident_id)
    rows = list(session.scalars(query.order_by(AidRequest.received_on, AidRequest.id)))
    late = [r for r in rows if is_overdue(r.status, r.received_on, today, days)]
    if overdue_only:
        rows = late
    if not rows:
        return [] if overdue_only else ["*Permintaan bantuan terbuka:* tidak ada"]
    head = (f"*Permintaan terlambat* (standar {days} hari kerja): {len(late)}" if overdue_only else
            f"*Permintaan bantuan terbuka:* {len(rows)}, terlambat {len(late)} (standar {days} hari kerja)")
    shown = []
    for r in sorted(rows, key=lambda r: (r not in late, r.received_on, r.id)):  # the late ones first
        text = (f"{r.number}: {REQUESTER_KINDS[r.requester_kind]} {regions.name(r.region_code)}, "
                f"masuk {_short(r.received_on)}, status {REQUEST_STATUSES[r.status]}")
        if r in late:
            text += f", *terlambat* (batas {_short(request_due(r.received_on, days))})"
        if incident_id is None:
            text += f" [{session.get(Incident, r.incident_id).number}]"
        shown.append(text)
    return [head, *_bullets(shown, cut)]


def _goods_lines(session: Session, incident_id: int, cut: int) -> list[str]:
    """Per item: what the sent dispatches took, and what the recipients counted at the handover."""
    handed = Dispatch.status.in_(lifecycle.HANDED_STATES)
    rows = session.execute(
        select(Item.name, Item.unit, func.sum(DispatchLine.quantity), func.sum(DispatchLine.quantity).filter(handed),
               func.sum(func.coalesce(DispatchLine.received, DispatchLine.quantity)).filter(handed))
        .join(DispatchLine, DispatchLine.item_id == Item.id).join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
        .where(Dispatch.incident_id == incident_id, Dispatch.status.in_(lifecycle.SENT_STATES))
        .group_by(Item.name, Item.unit).order_by(Item.name)).all()
    counts = dict(session.execute(select(Dispatch.status, func.count()).where(Dispatch.incident_id == incident_id)
                                  .group_by(Dispatch.status)).all())
    sent = sum(counts.get(s, 0) for s in lifecycle.SENT_STATES)
    given = sum(counts.get(s, 0) for s in lifecycle.HANDED_STATES)
    waiting = sum(counts.get(s, 0) for s in (lifecycle.DRAFT, lifecycle.SUBMITTED, lifecycle.APPROVED))
    head = f"*Barang bantuan:* {sent} pengiriman terkirim, {given} sudah serah terima"
    if waiting:
        head += f", {waiting} masih diproses"
    if not rows:
        return [head]
    shown = [f"{name}: dikirim {_n(int(out))} {unit}, " + (
        "belum serah terima" if not handed_out else f"diterima {_n(int(got))} {unit}" if handed_out == out
        else f"diterima {_n(int(got))} dari {_n(int(handed_out))} {unit} yang sudah serah terima")
        for name, unit, out, handed_out, got in rows]
    return [head, *_bullets(shown, cut)]


def _crew_lines(session: Session, incident: Incident, today: date, cut: int) -> list[str]:
    """Volunteers on duty today (assignments not voided): on site (checked in, not out) by role, and how
    many have not arrived yet or have gone home."""
    rows = session.execute(select(Assignment.role, Assignment.checkin_at, Assignment.checkout_at, Volunteer.full_name)
                           .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
                           .where(Assignment.incident_id == incident.id, assignment_counts(),
                                  Assignment.start_date <= today, Assignment.end_date >= today)
                           .order_by(Volunteer.name_lower)).all()
    if not rows:
        return ["*Relawan bertugas hari ini:* tidak ada"]
    on_site: dict[str, list[str]] = {}
    for role, checkin, checkout, name in rows:
        if checkin is not None and checkout is None:
            on_site.setdefault(role, []).append(name)
    arriving = sum(1 for _, checkin, _, _ in rows if checkin is None)
    left = sum(1 for _, checkin, checkout, _ in rows if checkin is not None and checkout is not None)
    place = f" ({incident.posko_location})" if incident.posko_location and on_site else ""
    head = f"*Relawan bertugas hari ini:* {len(rows)} orang; {sum(map(len, on_site.values()))} di lokasi{place}"
    if arriving:
        head += f", {arriving} belum tiba"
    if left:
        head += f", {left} sudah pulang"
    shown = [f"{SKILLS[role]}: {len(names)} ({', '.join(names[:cut])}"
             + (f" dan {len(names) - cut} lainnya)" if len(names) > cut else ")")
             for role, names in sorted(on_site.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    return [head, *_bullets(shown, cut)]


def _equipment_lines(session: Session, number: str, cut: int) -> list[str]:
    out = dispatch_returns.equipment_out(session, incident=number)
    if not out:
        return ["*Peralatan di lokasi:* tidak ada"]
    shown = [f"{e.item_name}: {_n(e.outstanding)} {e.unit} di {e.destination}"
             + (f" ({', '.join(e.serials)})" if e.serials else "") + f", sejak {_short(e.since)}" for e in out]
    return [f"*Peralatan di lokasi (belum kembali):* {_n(sum(e.outstanding for e in out))} unit", *_bullets(shown, cut)]


def _needs_lines(session: Session, record: incident_service.IncidentRecord, cut: int) -> list[str]:
    days = need_days(record)
    f = record.figures
    if not f.pengungsi and not f.kk:
        return []
    estimate = needs.estimate_needs(f.pengungsi, f.kk, days)
    short = [line for line in needs.shortfall(estimate, session=session) if line.short]
    head = f"*Kebutuhan yang masih kurang* ({_n(f.pengungsi)} pengungsi, {days} hari)"
    if not short:
        return [f"{head}: stok gudang mencukupi"]
    shown = [f"{line.label}: kurang {_n(line.short.quantize(Decimal(1)))} {line.unit} "
             f"(perlu {_n(line.needed.quantize(Decimal(1)))})" for line in short]
    return [head, *_bullets(shown, cut)]


def _now_line(today: date) -> str:
    if today == clock.today():
        now = clock.now()
        return f"Keadaan {full_date(today)} pukul {now:%H.%M} {clock.zone_code()}"
    return f"Keadaan {full_date(today)}"


def incident_summary(session: Session, incident: str | int, *, today: date | None = None) -> str:
    """The situation of one incident on ``today`` (the clock's day when not given), under LIMIT characters."""
    today = today or clock.today()
    row = incident_service.find(session, incident)
    record = incident_service.get_incident(session, row.id)
    places = [f"{g.name} ({g.code})" for g in record.regions]

    def header(cut: int) -> list[str]:
        where = ", ".join(places[:cut * 2]) + (f" dan {len(places) - cut * 2} wilayah lain" if len(places) > cut * 2
                                                 else "")
        lines = [f"*LAPORAN SITUASI {record.disaster_label.upper()}*", f"*{record.name}* ({record.number})",
                 _now_line(today), f"Wilayah: {where or '-'}"]
        return lines + ([f"Posko: {record.posko_location}"] if record.posko_location else [])

    return _fit([
        header,
        lambda cut: _status_lines(session, row, cut),
        lambda cut: _impact_lines(session, row.id, today),
        lambda cut: _request_lines(session, row.id, today, cut),
        lambda cut: _goods_lines(session, row.id, cut),
        lambda cut: _crew_lines(session, row, today, cut),
        lambda cut: _equipment_lines(session, row.number, cut),
        lambda cut: _needs_lines(session, record, cut),
    ])


# --- the office's day ----------------------------------------------------------------------------------

def _incident_brief(session: Session, incident: Incident, day: date) -> str:
    """One incident in two lines: its status, the displaced and their change, volunteers, open requests."""
    reports = _figures_until(session, incident.id, day)
    displaced = (_change(reports[0].pengungsi, reports[1].pengungsi if len(reports) > 1 else None)
                 if reports else "-")
    crew = session.scalar(select(func.count()).select_from(Assignment).where(
        Assignment.incident_id == incident.id, assignment_counts(), Assignment.start_date <= day,
        Assignment.end_date >= day)) or 0
    days = _service_days(session)
    open_requests = list(session.execute(select(AidRequest.status, AidRequest.received_on).where(
        AidRequest.incident_id == incident.id, AidRequest.status.in_(OPEN_REQUEST_STATUSES),
        AidRequest.received_on <= day)))
    late = sum(1 for status, received in open_requests if is_overdue(status, received, day, days))
    status = EMERGENCY_STATUSES[incident.status] + (f" s.d. {_short(incident.status_to)}" if incident.status_to else "")
    return (f"*{incident.number}* {incident.name} ({status})\n"
            f"  pengungsi {displaced}, relawan bertugas {crew}, permintaan terbuka {len(open_requests)}"
            + (f" (terlambat {late})" if late else ""))


def _incidents_lines(session: Session, day: date, cut: int) -> list[str]:
    started_by = clock.start_of_day(day + timedelta(days=1))
    rows = list(session.scalars(select(Incident).where(Incident.status != "selesai", Incident.started_at < started_by)
                                .order_by(Incident.started_at.desc(), Incident.id.desc())))
    if not rows:
        return ["*Kejadian aktif:* tidak ada"]
    shown = [f"- {_incident_brief(session, i, day)}" for i in rows[:cut]]
    if len(rows) > cut:
        shown.append(f"- ... dan {len(rows) - cut} lainnya")
    return [f"*Kejadian aktif:* {len(rows)}", *shown]


def _out_lines(session: Session, day: date, cut: int) -> list[str]:
    """What left each warehouse on ``day`` (dispatches, issues, transfers out), per item."""
    rows = session.execute(
        select(Warehouse.code, Item.name, Item.unit, func.sum(StockMovement.qty_out))
        .join(Warehouse, Warehouse.id == StockMovement.warehouse_id).join(Item, Item.id == StockMovement.item_id)
        .where(StockMovement.doc_date == day, StockMovement.kind.in_(OUT_KINDS), StockMovement.qty_out > 0)
        .group_by(Warehouse.code, Item.name, Item.unit).order_by(Warehouse.code, Item.name)).all()
    sent = list(session.execute(select(Dispatch.number, Dispatch.destination, Incident.number)
                                .join(Incident, Incident.id == Dispatch.incident_id)
                                .where(Dispatch.sent_on == day).order_by(Dispatch.number)))
    if not rows:
        return ["*Keluar gudang hari ini:* tidak ada"]
    shown = [f"{code}: {name} {_n(int(qty))} {unit}" for code, name, unit, qty in rows]
    lines = [f"*Keluar gudang hari ini:* {len(sent)} pengiriman", *_bullets(shown, cut)]
    if sent:
        lines.append("Pengiriman: " + "; ".join(f"{n} ke {dest} ({inc})" for n, dest, inc in sent[:cut])
                     + (f"; dan {len(sent) - cut} lainnya" if len(sent) > cut else ""))
    return lines


def _requests_of_day(session: Session, day: date, cut: int) -> list[str]:
    start, end = _day_bounds(day)
    received = list(session.execute(select(AidRequest, Incident.number).join(Incident, Incident.id ==
                                                                              AidRequest.incident_id)
                                    .where(AidRequest.received_on == day).order_by(AidRequest.id)))
    decided = list(session.execute(select(AidRequest, Incident.number).join(Incident, Incident.id ==
                                                                             AidRequest.incident_id)
                                   .where(AidRequest.decided_at >= start, AidRequest.decided_at < end)
                                   .order_by(AidRequest.decided_at, AidRequest.id)))

    def who(r: AidRequest, number: str) -> str:
        return f"{r.number}: {REQUESTER_KINDS[r.requester_kind]} {regions.name(r.region_code)} [{number}]"

    lines = [f"*Permintaan diterima hari ini:* {len(received)}",
             *_bullets([who(r, n) + f", status {REQUEST_STATUSES[r.status]}" for r, n in received], cut),
             f"*Permintaan diputuskan hari ini:* {len(decided)}",
             *_bullets([who(r, n) + f", {'ditolak' if r.status == 'ditolak' else 'disetujui'}"
                        + (f" ({r.disposition_note})" if r.disposition_note else "") for r, n in decided], cut)]
    return lines


def office_summary(session: Session, day: date | None = None) -> str:
    """The office's day: open incidents, what left the warehouses, requests received, decided, overdue."""
    day = day or clock.today()
    office = settings.get_office(session, settings.OFFICE_NAME).strip()
    return _fit([
        lambda cut: [f"*RINGKASAN HARIAN {office.upper()}*" if office else "*RINGKASAN HARIAN*", _now_line(day)],
        lambda cut: _incidents_lines(session, day, cut),
        lambda cut: _out_lines(session, day, cut),
        lambda cut: _requests_of_day(session, day, cut),
        lambda cut: _request_lines(session, None, day, cut, overdue_only=True) or ["*Permintaan terlambat:* tidak ada"],
    ])
