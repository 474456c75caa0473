"""Needs estimate for displaced people (DOMAIN.md standards) and what the warehouses are short of.

The comparison reads stock on hand from the inventory tables (``stock_level``: on hand minus what is
reserved), matching catalogue items by their need category (``Item.need_category``, one of
``inventory.catalog_edit.NEED_CATEGORIES``) or, for items without one, by words in their name or
category, and by unit.  A caller that
already knows what is available (another office's stock, a plan) can pass ``available`` instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class Need:
    code: str
    label: str
    quantity: Decimal
    unit: str
    basis: Text  # how the quantity was reckoned
    # How stock items are recognised: words in name or category, and the units (with a factor to `unit`).
    match_words: tuple[str, ...] = ()
    match_units: tuple[tuple[str, Decimal], ...] = ()


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
    short: Decimal | None
    unit: str
    basis: Text
    items: tuple[str, ...] = ()


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
    lines = (
        Need("beras", N_("domain", "Beras"), RICE_KG_PER_PERSON_DAY * people * days, "kg",
             Text(N_("domain", "{rate} kg/orang/hari × {people} orang × {days} hari"), DOMAIN,
                  rate=RICE_KG_PER_PERSON_DAY, people=people, days=days),
             ("beras",), (("kg", Decimal(1)), ("ton", Decimal(1000)))),
        Need("air", N_("domain", "Air bersih/minum"), Decimal(water), "liter",
             Text(N_("domain", "{rate} L/orang/hari × {people} orang × {days} hari (hari pertama minimal {first} "
                     "L/orang)"), DOMAIN, rate=WATER_L_PER_PERSON_DAY, people=people, days=days,
                  first=WATER_L_FIRST_DAY),
             ("air",), (("liter", Decimal(1)),)),
        Need("kalori", N_("domain", "Energi makanan"), Decimal(KCAL_PER_PERSON_DAY * people * days),
             N_("domain", "kkal"), Text(N_("domain", "{rate} kkal/orang/hari"), DOMAIN, rate=KCAL_PER_PERSON_DAY)),
        Need("porsi", N_("domain", "Porsi makan"), Decimal(meals_per_day * people * days), N_("domain", "porsi"),
             Text(N_("domain", "{meals} kali makan/orang/hari"), DOMAIN, meals=meals_per_day)),
        Need("family_kit", N_("domain", "Family kit"), Decimal(FAMILY_KITS_PER_KK * households), "paket",
             Text(N_("domain", "{rate} paket per KK × {kk} KK"), DOMAIN, rate=FAMILY_KITS_PER_KK, kk=households),
             ("family kit",), (("paket", Decimal(1)),)),
        Need("ruang", N_("domain", "Ruang hunian tertutup"), SPACE_M2_PER_PERSON * people, "m²",
             Text(N_("domain", "{rate} m²/orang"), DOMAIN, rate=SPACE_M2_PER_PERSON)),
        Need("dapur_umum", N_("domain", "Dapur umum lapangan"), Decimal(kitchens), "unit",
             Text(N_("domain", "1 dapur umum ≈ {portions} porsi sekali masak"), DOMAIN,
                  portions=PORTIONS_PER_KITCHEN),
             ("dapur umum",), (("unit", Decimal(1)), ("set", Decimal(1)), ("paket", Decimal(1)))),
    )
    return NeedsEstimate(people, households, days, lines)


_PACK = re.compile(r"(\d+)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(ml|l|liter)\b", re.IGNORECASE)
_VOLUME = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ml|l|liter)\b", re.IGNORECASE)


def litres_in_name(name: str) -> Decimal | None:
    """Litres per unit written in an item name: "Air mineral 24 x 600 ml" -> 14.4, "Galon 19 L" -> 19."""
    found = _PACK.search(name)
    if found:
        count, size, unit = int(found[1]), Decimal(found[2].replace(",", ".")), found[3].lower()
        return count * size / (1000 if unit == "ml" else 1)
    found = _VOLUME.search(name)
    if found:
        size, unit = Decimal(found[1].replace(",", ".")), found[2].lower()
        return size / (1000 if unit == "ml" else 1)
    return None


def stock_available(session: Session, need: Need, warehouse_ids: list[int] | None = None
                    ) -> tuple[Decimal | None, tuple[str, ...]]:
    """On hand minus reserved of the catalogue items recognised for ``need``, in the need's unit.

    Items in another unit count when the unit converts (ton -> kg) or, for litres, when the name says
    how much one unit holds (a "dus" of "24 x 600 ml")."""
    if not need.match_words:
        return None, ()
    from inventory.models import Item, StockLevel  # inventory sits below deployment

    units = dict(need.match_units)
    # An item with a need category counts for that need only; one without is recognised by its words.
    words = [or_(func.lower(Item.name).like(f"%{w}%"), func.lower(Item.category).like(f"%{w}%"))
             for w in need.match_words]
    chosen = or_(Item.need_category == need.code, and_(Item.need_category == "", or_(*words)))
    query = (select(Item.code, Item.name, Item.unit,
                    func.coalesce(balance_sum(StockLevel.on_hand - StockLevel.reserved), 0))
             .join(StockLevel, StockLevel.item_id == Item.id, isouter=True)
             .where(chosen, Item.active.is_(True))
             .group_by(Item.code, Item.name, Item.unit))
    if warehouse_ids:
        query = query.where(or_(StockLevel.warehouse_id.in_(warehouse_ids), StockLevel.warehouse_id.is_(None)))
    total, used = Decimal(0), []
    for code, name, unit, qty in session.execute(query):
        factor = units.get(unit)
        if factor is None and need.unit == "liter":
            factor = litres_in_name(name)
        if factor is None:
            continue
        total += Decimal(int(qty)) * factor
        used.append(code)
    return total, tuple(used)


def shortfall(estimate: NeedsEstimate, *, session: Session | None = None,
              available: Mapping[str, Decimal | int | float] | None = None,
              warehouse_ids: list[int] | None = None) -> list[ShortLine]:
    """Each need next to what is available and what is short (never negative).

    ``available`` maps need codes ("beras", "air", ...) to quantities in the need's unit; without it
    the stock on hand is read through ``session``.
    """
    lines = []
    for need in estimate.lines:
        items: tuple[str, ...] = ()
        if available is not None:
            have = Decimal(str(available[need.code])) if need.code in available else None
        elif session is not None:
            have, items = stock_available(session, need, warehouse_ids)
        else:
            have = None
        short = None if have is None else max(Decimal(0), need.quantity - have)
        lines.append(ShortLine(need.code, need.label, need.quantity, have, short, need.unit, need.basis, items))
    return lines
