"""A dispatch made from a decided request: what is still owed, the goods that can answer it, and the
dispatch created with its lines in one transaction (a line refused for stock leaves nothing behind).

What is owed of a line is what the pejabat approved less what dispatches of the request sent already
and what dispatches of it not yet sent (konsep, diajukan, disetujui) carry: a second dispatch made
before the first leaves does not ask for the same goods again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment.dispatch import lifecycle
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.dispatch.records import free_items
from deployment.dispatch.service import DispatchInput, DispatchRecord, add_line, create_dispatch
from deployment.requests import RequestLineInfo, RequestRecord
from inventory.models import Item
from tagana_app.accounts import Actor
from tagana_app.changes import changes

# Dispatches of a request that still count as an answer on their way (neither sent nor cancelled).
ON_THE_WAY = tuple(s for s in lifecycle.STATES if s not in (*lifecycle.SENT_STATES, "cancelled"))


@dataclass(frozen=True)
class Goods:
    """An item with free stock in a warehouse, with what it counts as for a need category."""

    code: str
    name: str
    unit: str
    free: int
    need_category: str
    content_per_unit: float  # 1 when the unit itself is the measure


@dataclass(frozen=True)
class OwedLine:
    line: RequestLineInfo
    owed: int              # in the request's unit (an item's unit, or the need category's unit)
    candidates: tuple[Goods, ...]  # the goods that answer it (one item, or the items of its need category)

    def quantity_of(self, goods: Goods) -> int:
        """How many units of ``goods`` cover what is owed, within its free stock."""
        units = self.owed if self.line.item_code else math.ceil(self.owed / (goods.content_per_unit or 1))
        return min(units, goods.free)


def _on_the_way(session: Session, request_id: int) -> dict[str, int]:
    rows = session.execute(select(Item.code, func.sum(DispatchLine.quantity))
                           .join(DispatchLine, DispatchLine.item_id == Item.id)
                           .join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
                           .where(Dispatch.request_id == request_id, Dispatch.status.in_(ON_THE_WAY))
                           .group_by(Item.code))
    return {code: int(n or 0) for code, n in rows}


def free_goods(session: Session, warehouse: str) -> list[Goods]:
    """The editor's free items of ``warehouse``, with their need category and content per unit."""
    free = free_items(session, warehouse)
    extra = {code: (need or "", float(content or 1)) for code, need, content in session.execute(
        select(Item.code, Item.need_category, Item.content_per_unit).where(Item.code.in_([f.code for f in free])))}
    return [Goods(f.code, f.name, f.unit, f.free, *extra[f.code]) for f in free]


def owed_lines(session: Session, request: RequestRecord, warehouse: str) -> list[OwedLine]:
    """The approved lines of ``request`` with something still owed, and the goods of ``warehouse`` for each."""
    goods = free_goods(session, warehouse)
    moving = _on_the_way(session, request.id)
    result = []
    for line in request.lines:
        if line.item_code:
            owed = (line.approved or 0) - line.fulfilled - moving.get(line.item_code, 0)
            found = tuple(g for g in goods if g.code == line.item_code)
        else:
            found = tuple(g for g in goods if g.need_category == line.need_category)
            carried = sum(moving.get(g.code, 0) * g.content_per_unit for g in found)
            owed = (line.approved or 0) - line.fulfilled - int(carried)
        if owed > 0:
            result.append(OwedLine(line, owed, found))
    return result


@changes("dispatches", "documents", "requests")
def create_for_request(session: Session, actor: Actor, data: DispatchInput,
                       lines: Sequence[tuple[str, int]] | Mapping[str, int] = ()) -> DispatchRecord:
    """The dispatch of ``data`` (its ``request`` set) with ``lines`` (item code, quantity) added."""
    record = create_dispatch(session, actor, data)
    for code, quantity in (lines.items() if isinstance(lines, Mapping) else lines):
        if quantity > 0:
            record = add_line(session, actor, record.number, code, quantity)
    return record
