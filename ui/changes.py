"""One application-level signal that says what a write changed (after Anki's ``OpChanges``).

Pages connect to ``AppChanges.changed`` and decide for themselves whether to refresh; no page
reaches into another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

AREAS = frozenset({"stock", "volunteers", "incidents", "dispatches", "documents", "users", "settings", "audit"})


@dataclass(frozen=True)
class Changes:
    """The areas a write touched. Every write is audited, so "audit" is always added by ``of``."""

    areas: frozenset[str]

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


class AppChanges(QObject):
    """Owned by the composition root (ui/app.py) and handed to pages through the AppContext."""

    changed = Signal(object)  # Changes

    def notify(self, areas: Iterable[str] | Changes) -> Changes:
        changes = areas if isinstance(areas, Changes) else Changes.of(*areas)
        self.changed.emit(changes)
        return changes
