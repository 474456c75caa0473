"""Buffer stock leaves only under a declared emergency: the check before approving and sending.

A warehouse marked ``needs_emergency`` (every lumbung sosial by default: Kemensos stock may be released
only after the bupati/walikota declares an emergency) gives goods to an incident only on a day its
status history (``deployment.emergency``) shows siaga darurat, tanggap darurat or transisi under a
decree, or when a pejabat who did not prepare the dispatch allowed it with a written reason
(``override_release``), a reason the Surat Jalan prints.

Approving checks the planned dispatch date (so the problem shows before the stock is reserved and the
truck loaded); sending checks the day the goods leave.  Stock issued directly (``inventory.stock``)
is not tied to an incident, so only dispatches are checked.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from deployment import emergency
from deployment.dispatch.models import Dispatch
from deployment.dispatch.records import DispatchRecord, _record, take_step
from deployment.models import Incident
from inventory.models import Warehouse
from tagana_app import audit
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import TaganaError, ValidationError
from tagana_app.texts import N_


class ReleaseNeedsEmergency(TaganaError):
    template = N_("errors", "Gudang {warehouse} hanya mengeluarkan barang untuk kejadian yang berstatus darurat "
                  "dengan SK: kejadian {incident} ({name}) {missing} pada {day}. Catat SK status darurat kejadian "
                  "ini (Kejadian, Status darurat...), atau minta pejabat yang tidak menyiapkan pengiriman {number} "
                  "memberi izin tanpa status darurat dengan alasannya.")


class ReleaseNotNeeded(TaganaError):
    template = N_("errors", "Gudang {warehouse} tidak memerlukan status darurat untuk mengeluarkan barang; "
                  "pengiriman {number} tidak memerlukan izin.")


def needs_declaration(session: Session, d: Dispatch) -> bool:
    """Whether the dispatch's warehouse releases only under a declared emergency."""
    wh = session.get(Warehouse, d.warehouse_id)
    return bool(wh is not None and wh.needs_emergency)


def check(session: Session, d: Dispatch, day: date) -> None:
    """Refuse goods leaving on ``day`` from a warehouse that needs a declared emergency the incident
    does not have then, unless a pejabat allowed it."""
    if d.release_override or not needs_declaration(session, d):
        return
    missing = emergency.missing_declaration(session, d.incident_id, day)
    if missing is not None:
        wh, incident = session.get(Warehouse, d.warehouse_id), session.get(Incident, d.incident_id)
        raise ReleaseNeedsEmergency(warehouse=f"{wh.name} ({wh.code})", incident=incident.number,
                                    name=incident.name, missing=missing, day=day, number=d.number)


@changes("dispatches")
def override_release(session: Session, actor: Actor, number: str, reason: str) -> DispatchRecord:
    """A pejabat allows the goods to leave without a declared emergency; the reason goes on the Surat Jalan."""
    d = take_step(session, actor, number, "override_release")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(N_("errors", "Alasan izin pengeluaran tanpa status darurat wajib diisi."),
                              where="reason")
    if len(reason) > 500:
        raise ValidationError(N_("errors", "Isian terlalu panjang: paling banyak {max} karakter."), max=500,
                              where="reason")
    if not needs_declaration(session, d):
        wh = session.get(Warehouse, d.warehouse_id)
        raise ReleaseNotNeeded(warehouse=f"{wh.name} ({wh.code})", number=d.number)
    old = d.release_override
    d.release_override, d.release_override_by = reason, actor.username
    session.flush()
    audit.record(session, actor, "dispatch.release_override", N_("domain", "pengiriman"), d.number,
                 {"alasan": reason, "lama": old})
    return _record(session, d)
