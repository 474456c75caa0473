"""From the needs estimate to a dispatch, and to a letter asking the province for what is missing.

``proposal``: per need, what is still to send to the incident (the estimate minus what its dispatches
already carry, cancelled ones aside), from one warehouse's free stock of the need's items (not
reserved, not expired), in whole item units.  ``dispatch_proposal`` creates the draft dispatch with
those lines in one write; the koordinator then edits and submits it as any other.

``province_letter``: the missing quantities as the text of a request letter to the Dinas Sosial
Provinsi, for the office to put on its letterhead.  It is not an ``aid_request``: that register holds
the letters the office receives, and a request the office sends would only look like one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment import incidents, needs
from deployment.dispatch import lifecycle
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine
from inventory.catalog import get_warehouse
from inventory.models import Item
from tagana_app import clock, indonesian
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import ValidationError
from tagana_app.texts import N_


@dataclass(frozen=True)
class ProposedLine:
    need: str         # the need's label
    item: str         # item code
    item_name: str
    quantity: int     # in the item's unit
    unit: str
    covers: Decimal   # of the need, in the need's unit
    need_unit: str


def _already_sent(session: Session, incident_id: int, need: needs.Need) -> Decimal:
    """What the incident's dispatches (any state but cancelled) carry of the need, in its unit."""
    rows = session.execute(
        select(Item.unit, Item.content_per_unit, func.sum(DispatchLine.quantity))
        .join(DispatchLine, DispatchLine.item_id == Item.id)
        .join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
        .where(Dispatch.incident_id == incident_id, Dispatch.status != lifecycle.CANCELLED,
               Item.need_category == need.code)
        .group_by(Item.unit, Item.content_per_unit))
    total = Decimal(0)
    for unit, content, qty in rows:
        factor = needs.unit_factor(need, unit, content)
        if factor is not None:
            total += int(qty) * factor
    return total


def proposal(session: Session, incident: str, days: int, warehouse: str) -> list[ProposedLine]:
    """The lines a dispatch from ``warehouse`` would carry towards what the incident still needs."""
    record = incidents.get_incident(session, incident)
    wh = get_warehouse(session, warehouse)
    estimate = needs.estimate_needs(record.figures.pengungsi, record.figures.kk, days)
    lines: list[ProposedLine] = []
    for need in estimate.lines:
        if need.code not in needs.COUNTED:
            continue
        still = need.quantity - _already_sent(session, record.id, need)
        for item in needs.stocked_items(session, need, [wh.id]):
            if still <= 0:
                break
            if item.factor is None or item.factor <= 0 or item.free <= 0:
                continue
            qty = min(item.free, math.ceil(still / item.factor))
            still -= qty * item.factor
            lines.append(ProposedLine(need.label, item.code, item.name, qty, item.unit, qty * item.factor,
                                      need.unit))
    return lines


@changes("dispatches")
def dispatch_proposal(session: Session, actor: Actor, data: dispatches.DispatchInput,
                      lines: Sequence[tuple[str, int]]) -> dispatches.DispatchRecord:
    """A draft dispatch with ``lines`` (item code, quantity), all or nothing."""
    if not lines:
        raise ValidationError(N_("errors", "Tidak ada barang yang dapat dikirim dari gudang ini untuk kebutuhan "
                                           "kejadian tersebut."))
    record = dispatches.create_dispatch(session, actor, data)
    for code, qty in lines:
        record = dispatches.add_line(session, actor, record.number, code, qty)
    return record


def province_letter(session: Session, incident: str, days: int) -> str:
    """The body of a letter asking the Dinas Sosial Provinsi for the missing quantities (Indonesian:
    it leaves the office as a letter)."""
    record = incidents.get_incident(session, incident)
    estimate = needs.estimate_needs(record.figures.pengungsi, record.figures.kk, days)
    missing = [line for line in needs.shortfall(estimate, session=session)
               if line.code in needs.COUNTED and line.short]
    regions = ", ".join(g.name for g in record.regions)
    text = [f"Perihal: Permohonan bantuan logistik {record.disaster_label.lower()} {regions}", "",
            "Kepada Yth. Kepala Dinas Sosial Provinsi", "di tempat", "",
            f"Sehubungan dengan kejadian {record.name} ({record.number}) sejak "
            f"{indonesian.long_date(clock.local(record.started_at).date())} dengan {indonesian.quantity(record.figures.pengungsi)}"
            f" jiwa pengungsi dalam {indonesian.quantity(record.figures.kk)} KK, kebutuhan logistik untuk {days} hari "
            "belum dapat dipenuhi seluruhnya dari persediaan kami. Dengan ini kami mohon bantuan:", ""]
    if not missing:
        text.append("(tidak ada kekurangan menurut perkiraan kebutuhan saat ini)")
    for n, line in enumerate(missing, 1):
        text.append(f"{n}. {line.label}: {_amount(line.short)} {line.unit} "
                    f"(kebutuhan {_amount(line.needed)}, tersedia {_amount(line.available)})")
    text += ["", "Demikian permohonan ini kami sampaikan. Atas perhatian dan bantuannya kami ucapkan terima kasih."]
    return "\n".join(text)


def _amount(value: Decimal | None) -> str:
    if value is None:
        return "-"
    whole = value.to_integral_value(rounding="ROUND_CEILING")
    return indonesian.quantity(int(whole))
