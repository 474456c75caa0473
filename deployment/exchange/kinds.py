"""The kinds of record that travel in exchange files, in one registry.

A kind says which way it travels, in what order it applies within a file, how the sending side
collects every record of it the other side should have (the engine sends only those whose state
changed since the other side acknowledged them), and how the receiving side applies one.

Directions, by the kinds of the two sites:

- ``DOWN``: office (kabupaten/kota) → its posko: catalogue, incident, volunteers and assignments,
  dispatches addressed to the posko, decisions on the posko's requests;
- ``UP``: posko → office: handovers, distributions, requests, check-ins, impact figures, stock;
- ``PROVINCE``: kabupaten/kota → provinsi: the district's summary, stored read-only.

Every record has one owning site, the one that sends it; nobody else changes it.  Its key is global
(a document number that carries the owner's code, an item code, "PSK-01:17"...).  ``collect`` gets
the other site (the receiver), ``apply`` the sending site; both run inside the engine's transaction.
``apply`` raises ``Pending`` when the record cannot apply yet (it is kept and tried again at every
later import from that site) and ``Refused`` when it will not apply: both are reported, here and in
the next file to the other side, in words a person understands.  ``apply=None``: the record is only
kept (``ExchangeRecord.data``), as the provinsi keeps its districts' figures.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tagana_app.errors import TaganaError
from tagana_app.texts import N_

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from deployment.exchange.sites import SiteInfo

DOWN, UP, PROVINCE = "down", "up", "province"

Collect = Callable[["Session", "SiteInfo"], Iterable[tuple[str, dict[str, Any]]]]
Apply = Callable[["Session", "SiteInfo", str, dict[str, Any]], None]


class Pending(TaganaError):
    """The record cannot apply yet (what it needs has not arrived or happened); tried again later."""

    template = N_("errors", "Catatan ini belum dapat diterapkan.")


class Refused(TaganaError):
    """The record will not apply (say, a handover of a dispatch the office cancelled)."""

    template = N_("errors", "Catatan ini tidak dapat diterapkan.")


@dataclass(frozen=True)
class RecordKind:
    name: str            # "dispatch", "handover"...: the key's namespace, also in exchange_sent/_record
    direction: str       # DOWN | UP | PROVINCE
    order: int           # lower applies first within a file (the catalogue before the dispatches)
    label: str           # what a person calls it (marked N_(..., "domain"))
    collect: Collect
    apply: Apply | None


# What a record's data holds instead of dates, instants and usernames of the sending site.

def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def person(username: str | None, sender: SiteInfo) -> str:
    """A username of the sending site as stored here: "budi@KAB-1709" ("" stays "")."""
    return f"{username}@{sender.code}"[:64] if username else ""


_KINDS: dict[str, RecordKind] = {}
_loaded = False


def register(kind: RecordKind) -> RecordKind:
    if kind.direction not in (DOWN, UP, PROVINCE):
        raise ValueError(kind.direction)
    _KINDS[kind.name] = kind
    return kind


def _load() -> None:
    """Import the modules that register the kinds (once).  By name: they import this module, which
    must not import them back (no import circles, tests/core/test_layers.py)."""
    global _loaded
    if not _loaded:
        _loaded = True
        for module in ("kinds_down", "kinds_province", "kinds_up"):
            importlib.import_module(f"deployment.exchange.{module}")


def get(name: str) -> RecordKind | None:
    _load()
    return _KINDS.get(name)


def of_direction(direction: str) -> list[RecordKind]:
    _load()
    return sorted((k for k in _KINDS.values() if k.direction == direction), key=lambda k: (k.order, k.name))


def direction(self_kind: str, peer_kind: str) -> str | None:
    """Which kinds this site sends to that one: None when the two do not exchange."""
    office = ("kabupaten", "kota")
    if self_kind in office and peer_kind == "posko":
        return DOWN
    if self_kind == "posko" and peer_kind in office:
        return UP
    if self_kind in office and peer_kind == "provinsi":
        return PROVINCE
    return None
