"""Requests for aid (permintaan bantuan): from a village's letter to goods and people on site.

A request is received by the koordinator (``add_request``: who asks, their letter, the goods and
people asked for), decided line by line by a pejabat who did not receive it (``decide_request``:
each line approved in full, in part or refused with a reason, and a disposition note), and fulfilled
by the dispatches and assignments that point to it (``Dispatch.request_id``, ``Assignment.request_id``).
Its status follows them (``refresh_status``): diterima, didisposisi, sebagian dipenuhi, dipenuhi,
ditolak, dibatalkan.

The service standard is ``settings.REQUEST_SERVICE_DAYS`` working days (weekends and Indonesian public
holidays do not count, ``lokal.holidays``): a request is **overdue** when today is past its due date
(``due_date``: received_on + N working days) while it is still open: diterima (not yet decided),
didisposisi or sebagian dipenuhi (decided but not yet fulfilled).  A request ditolak, dipenuhi or
dibatalkan is never overdue: the office answered it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lokal import holidays
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import lifecycle
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.models import (
    OPEN_REQUEST_STATUSES,
    REQUEST_STATUSES,
    REQUESTER_KINDS,
    SKILLS,
    AidRequest,
    AidRequestLine,
    AidRequestPeople,
    Assignment,
    Incident,
    assignment_counts,
)
from deployment.permissions import can_cancel_requests, can_decide_requests, can_receive_requests
from deployment.validate import parse_skill
from inventory import catalog
from inventory.catalog_edit import NEED_CATEGORIES
from inventory.models import Item
from tagana_app import audit, clock, numbering, regions, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import clean_text
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.models import utcnow
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_

NEED_UNITS = {"beras": "kg", "air": "liter", "family_kit": "paket", "dapur_umum": "unit"}


class RequestNotOpen(TaganaError):
    template = N_("errors", "Permintaan {number} berstatus {status}; {action} hanya untuk permintaan berstatus "
                            "{allowed}.")


@dataclass(frozen=True)
class RequestLineInput:
    what: str          # an item code or barcode, or a need category (beras, air, family_kit...)
    quantity: int


@dataclass(frozen=True)
class RequestInput:
    incident: str
    requester_kind: str          # desa, kelurahan, kecamatan, posko, instansi
    region_code: str
    requester_name: str
    letter_number: str
    letter_date: date
    lines: Sequence[RequestLineInput] = ()
    people: Mapping[str, int] | None = None  # skill -> how many
    requester_position: str = ""
    requester_id: str = ""       # NIK (16 digits) or NIP (18 digits), or empty
    received_on: date | None = None
    remarks: str = ""


@dataclass(frozen=True)
class Decision:
    """A pejabat's decision on one line: ``approved`` of what was asked (0 refuses; a reason is needed
    for less than asked)."""

    approved: int
    reason: str = ""


@dataclass(frozen=True)
class RequestLineInfo:
    line_no: int
    item_code: str        # "" for a need category
    item_name: str        # the item's name, or the need's label
    need_category: str
    quantity: int
    unit: str
    approved: int | None
    decision: str
    decision_reason: str
    fulfilled: int        # sent by the dispatches that answer the request

    @property
    def key(self) -> str:
        return self.item_code or self.need_category


@dataclass(frozen=True)
class RequestPeopleInfo:
    skill: str
    skill_label: str
    count: int
    approved: int | None
    decision: str
    decision_reason: str
    fulfilled: int        # assignments (not voided) that answer the request in that role


@dataclass(frozen=True)
class RequestRecord:
    id: int
    number: str
    incident: str
    incident_name: str
    requester_kind: str
    region_code: str
    region_name: str
    requester_name: str
    requester_position: str
    requester_id_kind: str
    requester_id: str
    letter_number: str
    letter_date: date
    received_on: date
    status: str
    status_label: str
    disposition_note: str
    remarks: str
    received_by: str
    decided_by: str
    decided_at: datetime | None
    cancelled_by: str
    cancel_reason: str
    lines: tuple[RequestLineInfo, ...]
    people: tuple[RequestPeopleInfo, ...]
    dispatches: tuple[str, ...]   # numbers of the dispatches that answer it
    due_on: date | None = None    # received_on + the service standard in working days
    overdue: bool = False         # past due_on and still open (see the module's docstring)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_REQUEST_STATUSES


# --- the service standard ------------------------------------------------------------------------

def service_days(session: Session) -> int:
    return settings.get_office(session, settings.REQUEST_SERVICE_DAYS)


def _working_day(day: date) -> bool:
    """Not a weekend, a public holiday (libur nasional) or a cuti bersama (government offices close); a
    year whose holidays are not published yet (lokal ships the SKB 3 Menteri years) counts weekends only."""
    try:
        return holidays.is_working_day(day)
    except ValueError:
        return day.weekday() < 5


def due_date(received_on: date, days: int = 1) -> date:
    """The last day of the service standard: ``days`` working days after the day of receipt (a request
    received on Friday with one day is due on Monday; one received the day before a holiday, after it)."""
    day = received_on
    while days > 0:
        day += timedelta(days=1)
        days -= _working_day(day)
    return day


def is_overdue(record: RequestRecord, today: date | None = None, days: int = 1) -> bool:
    """Past its due date and still open: undecided (diterima) or not yet fulfilled (didisposisi, sebagian)."""
    today = today or clock.today()
    return record.status in OPEN_REQUEST_STATUSES and today > due_date(record.received_on, days)


def count_overdue(session: Session, today: date | None = None) -> int:
    """How many open requests are past the service standard (the dashboard's figure)."""
    today = today or clock.today()
    days = service_days(session)
    # working days are never fewer than calendar days: only requests received before today - days can be late
    received = session.scalars(select(AidRequest.received_on).where(
        AidRequest.status.in_(OPEN_REQUEST_STATUSES), AidRequest.received_on < today - timedelta(days=days)))
    return sum(1 for day in received if today > due_date(day, days))


def _requester_id(value: str) -> tuple[str, str]:
    digits = "".join(value.split())
    if not digits:
        return "", ""
    if digits.isdigit() and len(digits) == 16:
        return "NIK", digits
    if digits.isdigit() and len(digits) == 18:
        return "NIP", digits
    raise ValidationError(N_("errors", "Identitas pemohon '{value}' bukan NIK (16 angka) atau NIP (18 angka)."),
                          value=value)


def find(session: Session, number: str | int, *, lock: bool = False) -> AidRequest:
    query = select(AidRequest).where(AidRequest.id == number if isinstance(number, int)
                                     else AidRequest.number == str(number).strip())
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(what=N_("domain", "Permintaan"), key=number)
    return row


def _line_target(session: Session, what: str) -> tuple[Item | None, str, str]:
    """(item, need category, unit) of a requested line: a need category's code, else a catalogue item."""
    key = what.strip().lower().replace(" ", "_")
    if key in NEED_CATEGORIES:
        return None, key, NEED_UNITS.get(key, "")
    item = catalog.find_item(session, what)
    return item, item.need_category or "", item.unit


@changes("requests")
def add_request(session: Session, actor: Actor, data: RequestInput) -> RequestRecord:
    """Record a request as it arrived; the office gives it its register number."""
    can_receive_requests.require(actor)
    incident = incident_service.find(session, data.incident)
    if data.requester_kind not in REQUESTER_KINDS:
        raise ValidationError(N_("errors", "Jenis pemohon '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=data.requester_kind, choices=", ".join(REQUESTER_KINDS))
    region = regions.require(data.region_code.strip(), levels=(2, 3, 4), field=N_("domain", "Wilayah pemohon"))
    name = clean_text(data.requester_name, field=N_("domain", "Nama pemohon"), max_len=200)
    if not name:
        raise ValidationError(N_("errors", "Nama pemohon wajib diisi."))
    letter = clean_text(data.letter_number, field=N_("domain", "Nomor surat permintaan"), max_len=120)
    if not letter:
        raise ValidationError(N_("errors", "Nomor surat permintaan wajib diisi."))
    today = clock.today()
    received = data.received_on or today
    if received > today:
        raise ValidationError(N_("errors", "Tanggal diterima {date} belum terjadi (hari ini {today})."),
                              date=received, today=today)
    if data.letter_date > received:
        raise ValidationError(N_("errors", "Tanggal surat {letter} sesudah tanggal diterima {received}."),
                              letter=data.letter_date, received=received)
    people = {parse_skill(skill): check_quantity(n, field=N_("domain", "Jumlah relawan"))
              for skill, n in (data.people or {}).items()}
    if not data.lines and not people:
        raise ValidationError(N_("errors", "Permintaan harus berisi barang atau relawan yang diminta."))
    id_kind, id_value = _requester_id(data.requester_id)
    issued = numbering.next_number(session, actor, "permintaan", received, entity="permintaan")
    request = AidRequest(
        number=issued.number, incident_id=incident.id, requester_kind=data.requester_kind, region_code=region.code,
        requester_name=name, requester_position=clean_text(data.requester_position, field=N_("domain", "Jabatan"),
                                                           max_len=200),
        requester_id_kind=id_kind, requester_id=id_value, letter_number=letter, letter_date=data.letter_date,
        received_on=received, status="diterima", disposition_note="",
        remarks=clean_text(data.remarks, field=N_("domain", "Keterangan"), max_len=2000, multiline=True),
        received_by=actor.username, decided_by="", cancelled_by="", cancel_reason="")
    session.add(request)
    session.flush()
    seen: set[str] = set()
    for n, line in enumerate(data.lines, start=1):
        item, need, unit = _line_target(session, line.what)
        key = item.code if item is not None else need
        if key in seen:
            raise ValidationError(N_("errors", "Baris {line}: '{what}' sudah diminta pada baris lain."),
                                  line=n, what=line.what)
        seen.add(key)
        session.add(AidRequestLine(request_id=request.id, line_no=n, item_id=item.id if item else None,
                                   need_category="" if item else need, unit=unit,
                                   quantity=check_quantity(line.quantity, field=N_("domain", "Jumlah")),
                                   decision="", decision_reason=""))
    for skill, n in people.items():
        session.add(AidRequestPeople(request_id=request.id, skill=skill, count=n, decision="", decision_reason=""))
    session.flush()
    audit.record(session, actor, "request.add", N_("domain", "permintaan"), request.number,
                 {"kejadian": incident.number, "pemohon": name, "wilayah": region.code, "surat": letter,
                  "barang": [{"apa": x.what, "jumlah": x.quantity} for x in data.lines], "relawan": people})
    return _record(session, request)


def _decision(asked: int, decision: Decision | None, where: str) -> tuple[int, str, str]:
    if decision is None:
        raise ValidationError(N_("errors", "Keputusan untuk '{line}' belum diisi."), line=where)
    approved = int(decision.approved)
    if not 0 <= approved <= asked:
        raise ValidationError(N_("errors", "Jumlah disetujui untuk '{line}' harus antara 0 dan {asked}."),
                              line=where, asked=asked)
    reason = clean_text(decision.reason, field=N_("domain", "Alasan"), max_len=500)
    if approved < asked and not reason:
        raise ValidationError(N_("errors", "Alasan wajib diisi untuk '{line}': disetujui {approved} dari {asked}."),
                              line=where, approved=approved, asked=asked)
    kind = "penuh" if approved == asked else "ditolak" if approved == 0 else "sebagian"
    return approved, kind, reason


class OwnedElsewhere(TaganaError):
    """A record this site does not own (deployment.exchange: one record, one owning site)."""

    template = N_("errors", "Catatan ini milik situs lain.")


def _decided_at_the_office(session: Session, request: AidRequest) -> None:
    """One record, one owner: at a posko, a request is decided by the office (its decision comes in a file)."""
    from deployment.exchange import sites

    me = sites.self_row(session, create=False)
    if me is not None and me.kind == "posko":
        raise OwnedElsewhere(N_("errors", "Permintaan {number} diputuskan di kantor; disposisinya datang ke posko "
                                          "lewat berkas pertukaran."), number=request.number)


def _cancelled_where_made(session: Session, request: AidRequest) -> None:
    """At the office, a request a posko of ours made is cancelled at that posko (its file brings it)."""
    from deployment.exchange.models import ExchangeRecord, Site

    code = session.scalar(select(Site.code).join(ExchangeRecord, ExchangeRecord.site_id == Site.id).where(
        ExchangeRecord.kind == "request", ExchangeRecord.key == request.number, Site.kind == "posko",
        Site.status != "dicabut"))
    if code:
        raise OwnedElsewhere(N_("errors", "Permintaan {number} dibuat posko {code}: pembatalannya dicatat di posko itu "
                                          "dan datang lewat berkas pertukaran."), number=request.number, code=code)


@changes("requests")
def decide_request(session: Session, actor: Actor, number: str, *, lines: Mapping[str, Decision] | None = None,
                   people: Mapping[str, Decision] | None = None, reject: str | None = None,
                   note: str = "") -> RequestRecord:
    """A pejabat's disposition: each goods line (by item code or need category) and each skill decided,
    or the whole request refused with ``reject`` as its reason.  Nobody decides a request they received."""
    can_decide_requests.require(actor)
    request = find(session, number, lock=True)
    _decided_at_the_office(session, request)
    can_decide_requests.require(actor, made_by=request.received_by)
    if request.status != "diterima":
        raise RequestNotOpen(number=request.number, status=REQUEST_STATUSES[request.status],
                             action=N_("domain", "disposisi"), allowed=REQUEST_STATUSES["diterima"])
    request_lines = list(session.scalars(select(AidRequestLine).where(AidRequestLine.request_id == request.id)
                                         .order_by(AidRequestLine.line_no)))
    request_people = list(session.scalars(select(AidRequestPeople).where(AidRequestPeople.request_id == request.id)
                                          .order_by(AidRequestPeople.id)))
    keys = {line.id: _line_key(session, line) for line in request_lines}
    if reject is not None:
        reason = clean_text(reject, field=N_("domain", "Alasan penolakan"), max_len=500)
        if not reason:
            raise ValidationError(N_("errors", "Alasan penolakan permintaan wajib diisi."))
        for row in (*request_lines, *request_people):
            row.approved, row.decision, row.decision_reason = 0, "ditolak", reason
    else:
        lines, people = dict(lines or {}), dict(people or {})
        unknown = set(lines) - set(keys.values()) | set(people) - {p.skill for p in request_people}
        if unknown:
            raise ValidationError(N_("errors", "'{what}' tidak ada dalam permintaan {number}."),
                                  what=", ".join(sorted(unknown)), number=request.number)
        for line in request_lines:
            line.approved, line.decision, line.decision_reason = _decision(line.quantity, lines.get(keys[line.id]),
                                                                           keys[line.id])
        for row in request_people:
            row.approved, row.decision, row.decision_reason = _decision(row.count, people.get(row.skill), row.skill)
    request.disposition_note = clean_text(note, field=N_("domain", "Catatan disposisi"), max_len=2000,
                                          multiline=True)
    request.decided_by, request.decided_at = actor.username, utcnow()
    everything_refused = all(row.approved == 0 for row in (*request_lines, *request_people))
    request.status = "ditolak" if everything_refused else "didisposisi"
    session.flush()
    audit.record(session, actor, "request.decide", N_("domain", "permintaan"), request.number,
                 {"status": request.status, "catatan": request.disposition_note,
                  "barang": {keys[x.id]: x.approved for x in request_lines},
                  "relawan": {x.skill: x.approved for x in request_people}})
    return _record(session, request)


@changes("requests")
def cancel_request(session: Session, actor: Actor, number: str, reason: str) -> RequestRecord:
    """The requester withdrew it, or it was entered twice: nothing answers it any more."""
    can_cancel_requests.require(actor)
    request = find(session, number, lock=True)
    _cancelled_where_made(session, request)
    if request.status not in OPEN_REQUEST_STATUSES:
        raise RequestNotOpen(number=request.number, status=REQUEST_STATUSES[request.status],
                             action=N_("domain", "pembatalan"),
                             allowed=lifecycle.either([REQUEST_STATUSES[s] for s in OPEN_REQUEST_STATUSES]))
    text = clean_text(reason, field=N_("domain", "Alasan pembatalan"), max_len=500)
    if not text:
        raise ValidationError(N_("errors", "Alasan pembatalan permintaan wajib diisi."))
    request.status, request.cancelled_by, request.cancelled_at, request.cancel_reason = (
        "dibatalkan", actor.username, utcnow(), text)
    session.flush()
    audit.record(session, actor, "request.cancel", N_("domain", "permintaan"), request.number, {"alasan": text})
    return _record(session, request)


def _line_key(session: Session, line: AidRequestLine) -> str:
    if line.item_id is None:
        return line.need_category
    return session.get(Item, line.item_id).code


def _sent_by_item(session: Session, request_id: int) -> dict[int, int]:
    """Per item, what the request's dispatches sent (dispatches that have left the warehouse)."""
    rows = session.execute(
        select(DispatchLine.item_id, func.sum(DispatchLine.quantity - DispatchLine.returned))
        .join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
        .where(Dispatch.request_id == request_id, Dispatch.status.in_(lifecycle.SENT_STATES))
        .group_by(DispatchLine.item_id))
    return {item_id: int(qty or 0) for item_id, qty in rows}


def _fulfilled(session: Session, line: AidRequestLine, sent: Mapping[int, int]) -> int:
    if line.item_id is not None:
        return sent.get(line.item_id, 0)
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(list(sent)),
                                                                  Item.need_category == line.need_category))}
    total = sum(qty * (items[item_id].content_per_unit or 1) for item_id, qty in sent.items() if item_id in items)
    return int(total)


def _assigned_by_skill(session: Session, request_id: int) -> dict[str, int]:
    rows = session.execute(select(Assignment.role, func.count())
                           .where(Assignment.request_id == request_id, assignment_counts())
                           .group_by(Assignment.role))
    return {role: int(n) for role, n in rows}


def refresh_status(session: Session, request_id: int) -> str:
    """Bring a decided request's status in line with what answers it (call after a dispatch is sent or
    returned, an assignment made or voided): dipenuhi when every approved line and skill is met,
    sebagian dipenuhi when something arrived, else didisposisi.  Returns the status."""
    request = session.get(AidRequest, request_id)
    if request.status not in ("didisposisi", "sebagian", "dipenuhi"):
        return request.status
    sent = _sent_by_item(session, request.id)
    assigned = _assigned_by_skill(session, request.id)
    wanted: list[tuple[int, int]] = []
    for line in session.scalars(select(AidRequestLine).where(AidRequestLine.request_id == request.id)):
        if line.approved:
            wanted.append((line.approved, _fulfilled(session, line, sent)))
    for row in session.scalars(select(AidRequestPeople).where(AidRequestPeople.request_id == request.id)):
        if row.approved:
            wanted.append((row.approved, assigned.get(row.skill, 0)))
    if wanted and all(got >= want for want, got in wanted):
        request.status = "dipenuhi"
    elif any(got > 0 for _want, got in wanted):
        request.status = "sebagian"
    else:
        request.status = "didisposisi"
    session.flush()
    return request.status


def _record(session: Session, request: AidRequest, *, days: int | None = None,
            today: date | None = None) -> RequestRecord:
    incident = session.get(Incident, request.incident_id)
    due = due_date(request.received_on, service_days(session) if days is None else days)
    late = request.status in OPEN_REQUEST_STATUSES and (today or clock.today()) > due
    sent = _sent_by_item(session, request.id)
    assigned = _assigned_by_skill(session, request.id)
    lines = []
    for line in session.scalars(select(AidRequestLine).where(AidRequestLine.request_id == request.id)
                                .order_by(AidRequestLine.line_no)):
        item = session.get(Item, line.item_id) if line.item_id is not None else None
        lines.append(RequestLineInfo(line.line_no, item.code if item else "",
                                     item.name if item else NEED_CATEGORIES.get(line.need_category,
                                                                                line.need_category),
                                     line.need_category, line.quantity, line.unit, line.approved, line.decision,
                                     line.decision_reason, _fulfilled(session, line, sent)))
    people = tuple(RequestPeopleInfo(p.skill, SKILLS.get(p.skill, p.skill), p.count, p.approved, p.decision,
                                     p.decision_reason, assigned.get(p.skill, 0))
                   for p in session.scalars(select(AidRequestPeople).where(AidRequestPeople.request_id == request.id)
                                            .order_by(AidRequestPeople.id)))
    numbers = tuple(session.scalars(select(Dispatch.number).where(Dispatch.request_id == request.id)
                                    .order_by(Dispatch.id)))
    region = regions.lookup(request.region_code)
    return RequestRecord(
        request.id, request.number, incident.number, incident.name, request.requester_kind, request.region_code,
        region.name if region else request.region_code, request.requester_name, request.requester_position,
        request.requester_id_kind, request.requester_id, request.letter_number, request.letter_date,
        request.received_on, request.status, REQUEST_STATUSES[request.status], request.disposition_note,
        request.remarks, request.received_by, request.decided_by, request.decided_at, request.cancelled_by,
        request.cancel_reason, tuple(lines), people, numbers, due, late)


def get_request(session: Session, number: str | int) -> RequestRecord:
    return _record(session, find(session, number))


def list_requests(session: Session, *, incident: str | None = None, status: str | None = None,
                  open_only: bool = False, overdue: bool = False, limit: int | None = 500) -> list[RequestRecord]:
    """Requests, the latest received first; ``overdue``: only those past the service standard."""
    query = select(AidRequest)
    if incident:
        query = query.where(AidRequest.incident_id == incident_service.find(session, incident).id)
    if status:
        query = query.where(AidRequest.status == status)
    if open_only or overdue:
        query = query.where(AidRequest.status.in_(OPEN_REQUEST_STATUSES))
    days, today = service_days(session), clock.today()
    if overdue:  # working days are never fewer than calendar days
        query = query.where(AidRequest.received_on < today - timedelta(days=days))
    elif limit is not None:
        query = query.limit(limit)
    rows = session.scalars(query.order_by(AidRequest.received_on.desc(), AidRequest.id.desc()))
    found = [_record(session, r, days=days, today=today) for r in rows]
    return [r for r in found if r.overdue][:limit] if overdue else found


# --- what answers a request: dispatches and assignments ------------------------------------------

def answerable(session: Session, number: str, incident_id: int, action: str) -> AidRequest:
    """The request a new dispatch or assignment answers: decided, still open, and of the same incident."""
    request = find(session, number)
    if request.status not in ("didisposisi", "sebagian"):
        raise RequestNotOpen(number=request.number, status=REQUEST_STATUSES[request.status], action=action,
                             allowed=lifecycle.either([REQUEST_STATUSES["didisposisi"],
                                                       REQUEST_STATUSES["sebagian"]]))
    if request.incident_id != incident_id:
        raise ValidationError(N_("errors", "Permintaan {number} bukan untuk kejadian ini."), number=request.number)
    return request


def follow(session: Session, request_id: int | None) -> None:
    """After what answers a request changed (a dispatch sent, cancelled or returned; an assignment made or
    voided): its status follows.  Nothing for a dispatch or assignment that answers no request."""
    if request_id is not None:
        refresh_status(session, request_id)


def link_assignment(session: Session, assignment: Assignment, number: str) -> None:
    """A new assignment answers the request ``number`` (empty: none): the request must have approved
    people of the assignment's role."""
    if not number.strip():
        return
    request = answerable(session, number, assignment.incident_id, N_("domain", "penugasan untuk permintaan"))
    approved = session.scalar(select(AidRequestPeople.approved).where(AidRequestPeople.request_id == request.id,
                                                                      AidRequestPeople.skill == assignment.role))
    if not approved:
        raise ValidationError(N_("errors", "Permintaan {number} tidak meminta relawan {role} yang disetujui."),
                              number=request.number, role=SKILLS.get(assignment.role, assignment.role))
    assignment.request_id = request.id
    session.flush()
    refresh_status(session, request.id)
