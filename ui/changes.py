"""One application-level signal that says what a write changed (after Anki's ``OpChanges``).

The areas come from the write itself (``tagana_app.changes``: services declare them); ``ui.ops``
announces them here after the write, with the widget that started it as the ``origin``. Pages
connect to ``AppChanges.changed`` and decide for themselves whether to refresh; no page reaches into
another, and a page that already showed a write's result may skip its own change
(``changes.made_by(self)``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from tagana_app.changes import AREAS, Changes

__all__ = ["AREAS", "AppChanges", "Changes"]


class AppChanges(QObject):
    """Owned by the composition root (ui/app.py) and handed to pages through the AppContext."""

    changed = Signal(object)  # Changes
    # The account at this window was deactivated or given another role (tagana_app.accounts.SessionEnded):
    # the window goes back to the login dialog (ui.main_window, ui.switch_user.Desk).
    signed_out = Signal()

    def notify(self, areas: Iterable[str] | Changes, origin: object | None = None) -> Changes:
        changes = areas if isinstance(areas, Changes) else Changes.of(*areas)
        if origin is not None:
            changes = changes.from_origin(origin)
        self.changed.emit(changes)
        return changes
