"""What a write changes, declared by the write itself (after Anki's ``OpChanges``).

A write service carries its change areas::

    @changes("stock", "documents")
    def receive_goods(session, actor, warehouse, lines, ...) -> Booking: ...

and whoever runs it (the window's ``ui.ops.write``) reads them with ``declared(service)`` and tells
the pages; no caller has to remember them. A declaration rather than a value in the result: the
services already return their own records (to the command line and the tests too), and a
declaration can be checked without running anything (a test walks every write the window makes).

Every write is audited, so "audit" is always among the areas.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

AREAS = frozenset({"stock", "volunteers", "incidents", "dispatches", "requests", "documents", "users", "settings",
                   "audit", "sites", "distributions"})
ATTRIBUTE = "__tagana_changes__"
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Changes:
    """The areas a write touched, and (once announced) the ``origin`` that made it.

    ``origin`` is opaque here: the window passes the widget or operation that started the write, so
    that one can skip reloading what it already updated from the write's result.
    """

    areas: frozenset[str]
    origin: object | None = field(default=None, compare=False)

    @classmethod
    def of(cls, *areas: str) -> Changes:
        unknown = set(areas) - AREAS
        if unknown:
            raise ValueError(f"unknown change areas: {sorted(unknown)}")
        return cls(frozenset(areas) | {"audit"})

    @classmethod
    def everything(cls) -> Changes:
        return cls(AREAS)

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))

    def made_by(self, origin: object) -> bool:
        return origin is not None and self.origin is origin

    def from_origin(self, origin: object | None) -> Changes:
        return replace(self, origin=origin)


def changes(*areas: str, everything: bool = False) -> Callable[[F], F]:
    """Declare the areas a write service changes (``everything=True``: the whole database)."""
    declared_areas = Changes.everything() if everything else Changes.of(*areas)

    def mark(function: F) -> F:
        setattr(function, ATTRIBUTE, declared_areas)
        return function
    return mark


def declared(service: Callable[..., Any]) -> Changes | None:
    """The change areas ``service`` declares, looking through ``functools.partial`` and bound methods."""
    seen = 0
    while service is not None and seen < 10:
        found = getattr(service, ATTRIBUTE, None)
        if isinstance(found, Changes):
            return found
        if isinstance(service, functools.partial):
            service = service.func
        else:
            service = getattr(service, "__func__", None) or getattr(service, "__wrapped__", None)
        seen += 1
    return None
