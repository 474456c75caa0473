"""The window's translation of the texts the domain hands it.

The packages below the window mark their texts with ``N_(context, text)`` (``tagana_app.texts``) and
hand the window either a marked label (a status, a skill, a report's title: a plain ``str``) or a
``Text`` (a filled-in template that keeps its template and fields).  The window shows each through
this module, in the language of the installed translator:

- ``label(text)``: a label of the context "domain"; any other text (a name a person typed, a kit
  from the database) comes back unchanged, so anything the domain hands over can go through it;
- ``tr_text(value)``: a ``Text`` is translated in its own context and filled again with its fields,
  each string field translated through "domain" (a field that is a marked label, a skill or a status,
  comes out in English too); a plain ``str`` goes through ``label``;
- ``fill(template, context, fields)``: the same for a template and its fields (``ui.errors`` uses it
  for a ``TaganaError``);
- ``role_label(role)`` and ``setting_label(setting)``: the labels of the contexts "roles" and
  "settings".

When a translation names a field the template does not have (a translator's typo), the Indonesian
sentence is shown rather than nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tagana_app.texts import DOMAIN, ERRORS, Text

if TYPE_CHECKING:
    from tagana_app.settings import Setting

ROLES = "roles"
SETTINGS = "settings"
__all__ = ["DOMAIN", "ERRORS", "ROLES", "SETTINGS", "fill", "label", "role_label", "setting_label", "tr_text"]


def label(text: str) -> str:
    """The domain's label ``text`` in the current language (a ``Text`` through ``tr_text``)."""
    if isinstance(text, Text):
        return tr_text(text)
    return QCoreApplication.translate(DOMAIN, text) if text else text


def _field(value: Any) -> Any:
    if isinstance(value, Text):
        return tr_text(value)
    if isinstance(value, str):
        return label(value)
    return value


def fill(template: str, context: str, fields: Mapping[str, Any]) -> str:
    """``template`` translated in ``context``, filled with ``fields`` (string fields through "domain")."""
    translated = QCoreApplication.translate(context, template) if template else template
    try:
        return translated.format(**{name: _field(value) for name, value in fields.items()})
    except (KeyError, IndexError, ValueError):
        return template.format(**fields)


def tr_text(value: Any, context: str = DOMAIN) -> str:
    """What the window shows for ``value``: a ``Text`` translated and filled again, a plain string
    translated in ``context`` (unchanged when it is not a marked text)."""
    if isinstance(value, Text):
        return fill(value.template, value.context, value.fields)
    if isinstance(value, str):
        return QCoreApplication.translate(context, value) if value else value
    return "" if value is None else str(value)


def role_label(role: str) -> str:
    """The label of a role code (``tagana_app.accounts.ROLE_LABELS``) in the current language."""
    from tagana_app.accounts import ROLE_LABELS  # with the database code, loaded by the time a role is shown

    return tr_text(ROLE_LABELS.get(role, role), ROLES)


def setting_label(setting: Setting[Any]) -> str:
    """The label of a setting of the registry (``tagana_app.settings``) in the current language."""
    return tr_text(setting.label, SETTINGS)
