"""Closing means closed: what is still open on an incident or a dispatch, and the pejabat's override.

An incident goes to "selesai" (``incidents.update_incident``, ``incidents.close_incident``) and a dispatch to
"Selesai" (``dispatch.service.close_dispatch``) only when nothing is left open:
- incident: volunteers on duty (an assignment not voided and not checked out that is checked in or
  still runs today or later), equipment out (equipment lines of its sent dispatches not all returned),
  dispatches neither closed nor cancelled, requests still open (``OPEN_REQUEST_STATUSES``);
- dispatch: its equipment not all returned, escorts still in the field (checked in, not out).
Otherwise the refusal ``StillOpen`` lists each open thing with its number or name.  A pejabat may
close anyway with a written reason: the list as it stood is kept in ``close_note`` and the audit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment.dispatch import lifecycle
from deployment.dispatch.models import DISPATCH_STATUSES, Dispatch, DispatchEscort, DispatchLine
from deployment.models import (
    OPEN_REQUEST_STATUSES,
    REQUEST_STATUSES,
    SKILLS,
    AidRequest,
    Assignment,
    Incident,
    Volunteer,
)
from deployment.permissions import can_override_closing
from inventory.models import Item
from tagana_app import clock, indonesian
from tagana_app.accounts import Actor
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.texts import DOMAIN, N_, Text

REASON_MAX = 500


class StillOpen(TaganaError):
    template = N_("errors", "{what} {number} belum dapat ditutup; masih terbuka: {items}. Selesaikan dulu, atau "
                  "pejabat menutupnya dengan alasan pengecualian.")


@dataclass(frozen=True)
class OpenThing:
    kind: str   # "relawan", "peralatan", "pengiriman", "permintaan", "pendamping"
    key: str    # the number or name it is known by
    text: Text  # the thing as the refusal and the window say it


def _join(items: list[OpenThing]) -> str:
    """"A; B; C" kept as a Text, so the window translates each part."""
    if len(items) == 1:
        return items[0].text
    return Text(N_("domain", "{first}; {rest}"), DOMAIN, first=items[0].text, rest=_join(items[1:]))


def _on_duty(session: Session, *where: object) -> list[tuple[str, str, Assignment]]:
    today = clock.today()
    query = (select(Volunteer.full_name, Volunteer.nik, Assignment)
             .join(Assignment, Assignment.volunteer_id == Volunteer.id)
             .where(Assignment.voided_at.is_(None), Assignment.checkout_at.is_(None), *where)
             .order_by(Assignment.start_date, Volunteer.full_name))
    return [(name, nik, a) for name, nik, a in session.execute(query)
            if a.checkin_at is not None or a.end_date >= today]


def _equipment_out(session: Session, *where: object) -> list[OpenThing]:
    query = (select(Dispatch.number, Item.code, Item.name, Item.unit, DispatchLine.quantity - DispatchLine.returned)
             .join(DispatchLine, DispatchLine.dispatch_id == Dispatch.id)
             .join(Item, Item.id == DispatchLine.item_id)
             .where(Item.kind == "equipment", DispatchLine.returned < DispatchLine.quantity,
                    Dispatch.status.in_(lifecycle.SENT_STATES), *where)
             .order_by(Dispatch.number, DispatchLine.line_no))
    return [OpenThing("peralatan", f"{number}/{code}", Text(
        N_("domain", "peralatan {item} {qty} {unit} dari pengiriman {number} belum kembali"), DOMAIN,
        item=name, qty=int(qty), unit=unit, number=number)) for number, code, name, unit, qty in session.execute(query)]


def incident_open(session: Session, incident_id: int) -> list[OpenThing]:
    """What keeps an incident from closing, each with its number or name."""
    found = [OpenThing("relawan", nik, Text(
        N_("domain", "relawan {name} ({role}) bertugas {start} s.d. {end}"), DOMAIN,
        name=name, role=SKILLS[a.role], start=indonesian.short_date(a.start_date),
        end=indonesian.short_date(a.end_date)))
        for name, nik, a in _on_duty(session, Assignment.incident_id == incident_id)]
    found += _equipment_out(session, Dispatch.incident_id == incident_id)
    ended = (lifecycle.CLOSED, lifecycle.CANCELLED)
    found += [OpenThing("pengiriman", number, Text(N_("domain", "pengiriman {number} ({status})"), DOMAIN,
                                                   number=number, status=DISPATCH_STATUSES[status]))
              for number, status in session.execute(
                  select(Dispatch.number, Dispatch.status)
                  .where(Dispatch.incident_id == incident_id, Dispatch.status.not_in(ended))
                  .order_by(Dispatch.number))]
    found += [OpenThing("permintaan", number, Text(N_("domain", "permintaan {number} dari {requester} ({status})"),
                                                   DOMAIN, number=number, requester=who,
                                                   status=REQUEST_STATUSES[status]))
              for number, who, status in session.execute(
                  select(AidRequest.number, AidRequest.requester_name, AidRequest.status)
                  .where(AidRequest.incident_id == incident_id, AidRequest.status.in_(OPEN_REQUEST_STATUSES))
                  .order_by(AidRequest.number))]
    return found


def dispatch_open(session: Session, dispatch_id: int) -> list[OpenThing]:
    """What keeps a dispatch from closing: its equipment out, its escorts still in the field."""
    found = _equipment_out(session, Dispatch.id == dispatch_id)
    escorts = select(DispatchEscort.assignment_id).where(DispatchEscort.dispatch_id == dispatch_id)
    found += [OpenThing("pendamping", nik, Text(
        N_("domain", "pendamping {name} masih di lapangan (check-in {start}, belum check-out)"), DOMAIN,
        name=name, start=indonesian.short_date(clock.local(a.checkin_at).date())))
        for name, nik, a in _on_duty(session, Assignment.id.in_(escorts), Assignment.checkin_at.is_not(None))]
    return found


def settle(actor: Actor, what: str, number: str, found: list[OpenThing], override: str | None,
           made_by: str | None = None) -> str:
    """Refuse to close while ``found`` is not empty, unless a pejabat gives a reason; returns the closing
    note to keep ("" when nothing was open)."""
    if not found:
        return ""
    reason = " ".join((override or "").split())
    if not reason:
        raise StillOpen(what=what, number=number, items=_join(found))
    can_override_closing.require(actor, made_by=made_by)
    if len(reason) > REASON_MAX:
        raise ValidationError(N_("errors", "Alasan pengecualian paling panjang {n} karakter."), n=REASON_MAX)
    lines = [f"Ditutup dengan pengecualian oleh {actor.username}: {reason}", "Masih terbuka saat ditutup:"]
    return "\n".join(lines + [f"- {thing.text}" for thing in found])


def open_items(session: Session, *, incident: str | None = None, dispatch: str | None = None) -> list[OpenThing]:
    """The window's read: what is still open on an incident or a dispatch (by number)."""
    if incident is not None:
        what, key = N_("domain", "Kejadian"), incident
        found = session.scalar(select(Incident.id).where(Incident.number == incident.strip().upper()))
    else:
        what, key = N_("domain", "Pengiriman"), dispatch or ""
        found = session.scalar(select(Dispatch.id).where(Dispatch.number == key.strip()))
    if found is None:
        raise NotFound(what=what, key=key)
    return incident_open(session, found) if incident is not None else dispatch_open(session, found)
