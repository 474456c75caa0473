"""Personal data of volunteers (and the NIK of a household head who received aid) as each person may see it.

The NIK and phone numbers are whole for the roles that need them (``can_see_personal_data``: admin,
koordinator, pejabat); the warehouse staff and readers see them masked ("1709**********01").  The
page, the detail panel and `tagana volunteer list|show` read through ``volunteer_page`` and
``volunteer_record``.  Exporting the roster, personal data included, is for the admin and the
koordinator (``can_export_personal_data``) and leaves an audit row.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from deployment import roster
from deployment import volunteers as vs
from deployment.permissions import can_export_personal_data, can_see_personal_data
from deployment.validate import mask_nik
from tagana_app import audit
from tagana_app.changes import changes
from tagana_app.texts import N_

if TYPE_CHECKING:
    from tagana_app.accounts import Actor
    from tagana_app.progress import Progress

Shown = TypeVar("Shown", vs.VolunteerRow, vs.VolunteerRecord)


def mask_phone(phone: str | None) -> str | None:
    """A phone number with its middle starred ("+6281*******90"); None stays None."""
    if not phone:
        return phone
    if len(phone) < 10:  # too short to keep anything without giving it away
        return "*" * len(phone)
    return phone[:5] + "*" * (len(phone) - 7) + phone[-2:]  # "+6281" (the operator) and the last two digits


def shown(actor: Actor, volunteer: Shown) -> Shown:
    """``volunteer`` as ``actor`` may see it: masked NIK and phone numbers unless his role needs them."""
    if can_see_personal_data(actor):
        return volunteer
    masked: dict[str, Any] = {"nik": nik_shown(actor, volunteer.nik), "phone": mask_phone(volunteer.phone)}
    if isinstance(volunteer, vs.VolunteerRecord):
        masked["emergency_phone"] = mask_phone(volunteer.emergency_phone)
    return dataclasses.replace(volunteer, **masked)


def nik_shown(actor: Actor, nik: str) -> str:
    """A NIK (a volunteer's, a household head's) as ``actor`` may see it."""
    return nik if not nik or can_see_personal_data(actor) else mask_nik(nik)


def volunteer_page(session: Session, actor: Actor, flt: vs.VolunteerFilter | None = None,
                   **paging: Any) -> vs.VolunteerPage:
    """``volunteers.list_volunteers`` as ``actor`` may see it."""
    page = vs.list_volunteers(session, flt, **paging)
    return dataclasses.replace(page, rows=tuple(shown(actor, r) for r in page.rows))


def volunteer_record(session: Session, actor: Actor, key: str | int) -> vs.VolunteerRecord:
    """``volunteers.get_volunteer`` as ``actor`` may see it."""
    return shown(actor, vs.get_volunteer(session, key))


@changes("audit")
def export_volunteers(session: Session, actor: Actor, path: str | Path, flt: vs.VolunteerFilter | None = None,
                      progress: Progress | None = None) -> int:
    """Write the roster (NIK, phone, address included) to .xlsx: the admin and the koordinator only,
    and the export is audited (who, which file, how many, with what filter)."""
    can_export_personal_data.require(actor)
    count = roster.export_roster(session, path, flt, progress=progress)
    audit.record(session, actor, "volunteer.export", N_("domain", "relawan"), Path(path).name,
                 {"jumlah": count, "berkas": str(path),
                  "filter": {k: v for k, v in dataclasses.asdict(flt or vs.VolunteerFilter()).items()
                             if v not in (None, "") and k != "certificate_days"}})
    return count
