"""A control enabled by the same capability the service requires, with a tooltip saying who may.

A page passes the capability, the acting user and, for a separated rule (nobody decides their own
work), the user names of who made the chosen thing; the button is disabled and its tooltip is the
refusal the service would give ("... yang berwenang: pejabat atau admin, selain 'budi'")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tagana_app.errors import PermissionDenied
from ui.errors import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from tagana_app.accounts import Actor
    from tagana_app.permissions import Capability, MadeBy


def refusal(capability: Capability, actor: Actor, made_by: MadeBy = None, *, action: str | None = None) -> str:
    """The refusal ``capability`` gives ``actor`` in the window's language, or "" when ``actor`` may."""
    try:
        capability.require(actor, action=action, made_by=made_by)
    except PermissionDenied as refused:
        return error_text(refused)
    return ""


def gate(widget: QWidget, capability: Capability, actor: Actor, made_by: MadeBy = None, *,
         action: str | None = None, ready: bool = True) -> None:
    """Enable ``widget`` when ``actor`` may (and the thing is ``ready`` for it); otherwise its tooltip
    says who may."""
    why = refusal(capability, actor, made_by, action=action)
    widget.setEnabled(ready and not why)
    widget.setToolTip(why)
