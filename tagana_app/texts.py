"""Texts the window shows, declared once where they are used, in Indonesian, with a translation marker.

The packages below the window import no Qt, so they cannot call Qt's ``translate``; they mark a text
for the translators with ``N_(context, text)``, which returns it unchanged.  `make translations`
runs Qt's ``lupdate`` over ``ui`` and these packages, with ``N_`` as a spelling of Qt's
``QT_TRANSLATE_NOOP``, so the catalogue (``resources/translations/tagana_en.ts``) is extracted from
these declarations; a test fails when a marked text has no English.  The window translates a marked
text with ``QCoreApplication.translate(context, text)`` (``ui.texts``).

Contexts, written as literal strings (``lupdate`` reads the source text, not the values): ``"errors"``
for refusals and warnings (sentences, often templates with ``{fields}``), ``"domain"`` for labels and
other short texts (statuses, kinds, column headings, progress steps).

A sentence with fields that the domain hands to the window already filled in (a warning, a progress
step) is a ``Text``: a ``str`` that reads as the Indonesian sentence (the command line, the logs, a
JSON answer) and keeps its marked template and fields, so the window can translate the template and
fill it again.  Printed papers stay Indonesian: their builders do not go through the window.

    raise ValidationError(N_("errors", "Jumlah harus lebih dari nol (diberikan: {value})."), value=qty)
    STATUS_LABELS = {"draft": N_("domain", "Konsep"), ...}
    warnings.append(Text(N_("errors", "{name} tidak memiliki keahlian {role}."), name=v.full_name, role=label))
"""

from __future__ import annotations

from typing import Any

ERRORS = "errors"
DOMAIN = "domain"


def N_(context: str, text: str) -> str:  # noqa: N802 - the marker's conventional name
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Text(str):
    """A filled-in template that remembers its template and fields (see the module's docstring)."""

    template: str
    context: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, context: str = ERRORS, **fields: Any) -> Text:
        made = super().__new__(cls, template.format(**fields))
        made.template, made.context, made.fields = template, context, fields
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # kept whole when copied or sent to another process
        return (_rebuild, (self.template, self.context, self.fields))


def _rebuild(template: str, context: str, fields: dict[str, Any]) -> Text:
    return Text(template, context, **fields)
