"""Needs estimate for displaced people (DOMAIN.md standards) and what the warehouses are short of.

Goods count for a need only by what the catalogue says of them: ``Item.need_category`` (one of
``inventory.catalog_edit.NEED_CATEGORIES``, the codes of the estimate's lines) and
``Item.content_per_unit``, how much of the need one unit holds in the need's unit (a 5 kg pack of
rice: 5; a dus of 24 x 600 ml: 14.4 liter; a family tent: its floor in m²).  Without a content the
unit itself must be the need's, or convert (ton -> kg).  An item with no need category counts for
nothing, whatever its name ("Tepung beras" is not rice, an empty water tank holds no water).

Per need the comparison shows what is needed, what is available (on hand minus reserved, minus
batches past their expiry), what is reserved for dispatches already approved, and what is missing.
A caller that already knows what is available (another office's stock, a plan) passes ``available``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from tagana_app import clock
from tagana_app.errors import ValidationError
from tagana_app.quantities import balance_sum
from tagana_app.texts import DOMAIN, N_, Text

RICE_KG_PER_PERSON_DAY = Decimal("0.4")
WATER_L_PER_PERSON_DAY = 15
WATER_L_FIRST_DAY = 7  # 5–7 L per person on the first day
KCAL_PER_PERSON_DAY = 2100
SPACE_M2_PER_PERSON = Decimal("3.5")
FAMILY_KITS_PER_KK = 1
PORTIONS_PER_KITCHEN = 1000  # one public kitchen: about 750–1,000 portions per cooking
# Not national standards: the office's working assumptions, stated on each line of the estimate.
READY_MEAL_DAYS = 3        # ready meals bridge the first days, before a public kitchen cooks
BLANKETS_PER_PERSON = 1


@dataclass(frozen=True)
class Need:
    code: str
    label: str
    quantity: Decimal
    unit: str
    basis: Text  # how the quantity was reckoned
    # Items of this need category count for it; ``units``: item units that convert to ``unit`` by a factor.
    units: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class NeedsEstimate:
    people: int
    households: int
    days: int
    lines: tuple[Need, ...]


@dataclass(frozen=True)
class ShortLine:
    code: str
    label: str
    needed: Decimal
    available: Decimal | None  # None: nothing in the catalogue measures this
    short: Decimal | None      # missing: needed minus available, never negative
    unit: str
    basis: Text
    items: tuple[str, ...] = ()          # the item codes counted
    reserved: Decimal | None = None      # promised to approved dispatches (not in ``available``)
    expired: Decimal | None = None       # on hand past its expiry (not in ``available``)
    uncounted: tuple[str, ...] = ()      # items of the category whose unit says nothing of the need


@dataclass(frozen=True)
class StockedItem:
    """One item of a need category with its stock, in its own unit and in the need's (``factor``)."""

    code: str
    name: str
    unit: str
    factor: Decimal | None   # the need's unit per item unit; None: the item's unit does not say
    on_hand: int
    reserved: int
    expired: int             # on hand (not reserved) in batches past their expiry

    @property
    def free(self) -> int:
        return max(0, self.on_hand - self.reserved - self.expired)


def estimate_needs(people: int, households: int, days: int, *, meals_per_day: int = 3) -> NeedsEstimate:
    """What ``people`` displaced in ``households`` need for ``days`` days."""
    for name, value in ((N_("domain", "pengungsi"), people), (N_("domain", "KK"), households),
                        (N_("domain", "hari"), days)):
        if value is None or int(value) < 0:
            raise ValidationError(N_("errors", "Jumlah {name} tidak boleh negatif."), name=name)
    if days < 1:
        raise ValidationError(N_("errors", "Lama hari paling sedikit 1."))
    people, households, days = int(people), int(households), int(days)
    water = WATER_L_PER_PERSON_DAY * people * days
    kitchens = math.ceil(people / PORTIONS_PER_KITCHEN) if people else 0
    ready_days = min(days, READY_MEAL_DAYS)
    per = (("paket", Decimal(1)),)
    lines = (
        Need("beras", N_("domain", "Beras"), RICE_KG_PER_PERSON_DAY * people * days, "kg",
             Text(N_("domain", "{rate} kg/orang/hari × {people} orang × {days} hari"), DOMAIN,
                  rate=RICE_KG_PER_PERSON_DAY, people=people, days=days),
             (("kg", Decimal(1)), ("ton", Decimal(1000)))),
        Need("air", N_("domain", "Air bersih/minum"), Decimal(water), "liter",
             Text(N_("domain", "{rate} L/orang/hari × {people} orang × {days} hari (hari pertama minimal {first} "
                     "L/orang)"), DOMAIN, rate=WATER_L_PER_PERSON_DAY, people=people, days=days,
                  first=WATER_L_FIRST_DAY),
             (("liter", Decimal(1)),)),
        Need("makanan_siap_saji", N_("domain", "Makanan siap saji"),
             Decimal(meals_per_day * people * ready_days), "paket",
             Text(N_("domain", "{meals} paket/orang/hari × {people} orang × {days} hari pertama (sebelum dapur umum "
                     "berjalan)"), DOMAIN, meals=meals_per_day, people=people, days=ready_days), per),
        Need("kalori", N_("domain", "Energi makanan"), Decimal(KCAL_PER_PERSON_DAY * people * days),
             N_("domain", "kkal"), Text(N_("domain", "{rate} kkal/orang/hari"), DOMAIN, rate=KCAL_PER_PERSON_DAY)),
        Need("porsi", N_("domain", "Porsi makan"), Decimal(meals_per_day * people * days), N_("domain", "porsi"),
             Text(N_("domain", "{meals} kali makan/orang/hari"), DOMAIN, meals=meals_per_day)),
        Need("family_kit", N_("domain", "Family kit"), Decimal(FAMILY_KITS_PER_KK * households), "paket",
             Text(N_("domain", "{rate} paket per KK × {kk} KK"), DOMAIN, rate=FAMILY_KITS_PER_KK, kk=households), per),
        Need("selimut", N_("domain", "Selimut"), Decimal(BLANKETS_PER_PERSON * people), "lembar",
             Text(N_("domain", "{rate} lembar/pengungsi × {people} orang"), DOMAIN, rate=BLANKETS_PER_PERSON,
                  people=people), (("lembar", Decimal(1)),)),
        # Tents count by the covered floor they give (their content per unit, in m²).
        Need("tenda", N_("domain", "Tenda (ruang hunian tertutup)"), SPACE_M2_PER_PERSON * people, "m²",
             Text(N_("domain", "{rate} m²/orang × {people} orang; tenda dihitung menurut luasnya (isi per satuan, "
                     "m²)"), DOMAIN, rate=SPACE_M2_PER_PERSON, people=people)),
        Need("dapur_umum", N_("domain", "Dapur umum lapangan"), Decimal(kitchens), "unit",
             Text(N_("domain", "1 dapur umum ≈ {portions} porsi sekali masak"), DOMAIN,
                  portions=PORTIONS_PER_KITCHEN),
             (("unit", Decimal(1)), ("set", Decimal(1)), ("paket", Decimal(1)))),
    )
    return NeedsEstimate(people, households, days, lines)


# The codes of the lines goods can count for (the catalogue's need categories; a test keeps both lists equal).
COUNTED = ("beras", "air", "makanan_siap_saji", "family_kit", "selimut", "tenda", "dapur_umum")


def unit_factor(need: Need, unit: str, content: Decimal | None) -> Decimal | None:
    if content is not None:
        return Decimal(content)
    return dict(need.units).get(unit)


def stocked_items(session: Session, need: Need, warehouse_ids: list[int] | None = None) -> list[StockedItem]:
    """The active items of the need's category with their stock: on hand, reserved, and on hand in
    batches past their expiry (``batch.expiry`` before today) that nothing reserved."""
    if need.code not in COUNTED:
        return []
    from inventory.models import Batch, Item, StockBalance  # inventory sits below deployment

    today = clock.today()
    expired = case((and_(Batch.expiry.is_not(None), Batch.expiry < today),
                    StockBalance.quantity - StockBalance.reserved), else_=0)
    query = (select(Item.code, Item.name, Item.unit, Item.content_per_unit,
                    func.coalesce(balance_sum(StockBalance.quantity), 0),
                    func.coalesce(balance_sum(StockBalance.reserved), 0),
                    func.coalesce(balance_sum(expired), 0))
             .join(StockBalance, StockBalance.item_id == Item.id, isouter=True)
             .join(Batch, Batch.id == StockBalance.batch_id, isouter=True)
             .where(Item.need_category == need.code, Item.active.is_(True))
             .group_by(Item.code, Item.name, Item.unit, Item.content_per_unit)
             .order_by(Item.code))
    if warehouse_ids:
        query = query.where(or_(StockBalance.warehouse_id.in_(warehouse_ids), StockBalance.warehouse_id.is_(None)))
    return [StockedItem(code, name, unit, unit_factor(need, unit, content), int(on_hand), int(reserved), int(gone))
            for code, name, unit, content, on_hand, reserved, gone in session.execute(query)]


def _in_need_unit(items: list[StockedItem], quantity: Callable[[StockedItem], int]) -> Decimal:
    return sum((quantity(i) * i.factor for i in items if i.factor is not None), Decimal(0))


def stock_available(session: Session, need: Need, warehouse_ids: list[int] | None = None
                    ) -> tuple[Decimal | None, tuple[str, ...]]:
    """What of the need's category is free (on hand minus reserved minus expired), in the need's unit,
    and the items counted; (None, ()) for a need no goods count for."""
    if need.code not in COUNTED:
        return None, ()
    items = stocked_items(session, need, warehouse_ids)
    counted = [i for i in items if i.factor is not None]
    return _in_need_unit(counted, lambda i: i.free), tuple(i.code for i in counted)


def shortfall(estimate: NeedsEstimate, *, session: Session | None = None,
              available: Mapping[str, Decimal | int | float] | None = None,
              warehouse_ids: list[int] | None = None) -> list[ShortLine]:
    """Each need next to what is available, reserved and missing (never negative).

    ``available`` maps need codes ("beras", "air", ...) to quantities in the need's unit; without it
    the stock is read through ``session``.
    """
    lines = []
    for need in estimate.lines:
        items: tuple[str, ...] = ()
        uncounted: tuple[str, ...] = ()
        reserved = expired = None
        if available is not None:
            have = Decimal(str(available[need.code])) if need.code in available else None
        elif session is not None and need.code in COUNTED:
            stocked = stocked_items(session, need, warehouse_ids)
            counted = [i for i in stocked if i.factor is not None]
            have = _in_need_unit(counted, lambda i: i.free)
            reserved = _in_need_unit(counted, lambda i: i.reserved)
            expired = _in_need_unit(counted, lambda i: i.expired)
            items = tuple(i.code for i in counted)
            uncounted = tuple(i.code for i in stocked if i.factor is None)
        else:
            have = None
        short = None if have is None else max(Decimal(0), need.quantity - have)
        lines.append(ShortLine(need.code, need.label, need.quantity, have, short, need.unit, need.basis, items,
                               reserved, expired, uncounted))
    return lines
