"""Free text cleaned at the service boundary, the same on SQLite and PostgreSQL.

The rule, for every text a person or a file hands the program (names, references, remarks,
addresses, reasons...):

- NUL, ESC and every other control character (C0, DEL, C1) is refused, with a message naming
  the field: it would break an export or forge a line on a terminal, and PostgreSQL refuses NUL.
- A single-line field (a ``String(n)`` column: names, references) keeps no line breaks: a newline,
  carriage return or tab becomes one space.  A multi-line field (a ``Text`` column: remarks,
  addresses) keeps newlines (``\\r\\n`` becomes ``\\n``) and tabs.
- Spaces around the text are dropped (``clean_text``); a text longer than its column is refused
  (``String(n)``: n characters; ``Text``: ``TEXT_MAX``), never cut and never left to the database.

``clean_text`` is what a service calls for a value it receives; ``clean_values`` does the same for
a row of column values (bulk inserts).  As a last line, every ORM flush checks the text columns of
the new and changed rows the same way (``check_flush``), so a service that forgot a field still
refuses instead of storing a NUL on SQLite or failing with a raw error on PostgreSQL.
No SQLAlchemy at import: the settings, read when the window starts, use ``clean_text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from tagana_app.errors import ValidationError
from tagana_app.texts import N_

if TYPE_CHECKING:  # SQLAlchemy is imported where a column is looked at: settings use this module too
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

TEXT_MAX = 20_000  # characters in a multi-line field (Text column)

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # controls but \t \n \r
_LINE_BREAKS = re.compile(r"[\t\n\r]+")

# The label a refusal names for a column, by column name (a column may also set info={"label": ...}).
COLUMN_LABELS = {
    "full_name": N_("domain", "Nama lengkap"), "name": N_("domain", "Nama"), "remarks": N_("domain", "Keterangan"),
    "address": N_("domain", "Alamat"), "reason": N_("domain", "Alasan"), "code": N_("domain", "Kode"),
    "number": N_("domain", "Nomor"), "doc_number": N_("domain", "Nomor dokumen"),
    "counterparty": N_("domain", "Pengirim/penerima"), "recipient_name": N_("domain", "Nama penerima"),
    "recipient_position": N_("domain", "Jabatan penerima"), "destination": N_("domain", "Tujuan"),
    "driver_name": N_("domain", "Nama pengemudi"), "vehicle_plate": N_("domain", "Nomor kendaraan"),
    "budget": N_("domain", "Sumber anggaran"), "cancel_reason": N_("domain", "Alasan pembatalan"),
    "difference_reason": N_("domain", "Alasan selisih"), "handover_place": N_("domain", "Tempat serah terima"),
    "emergency_contact": N_("domain", "Kontak darurat"), "niat": N_("domain", "NIAT"),
    "category": N_("domain", "Kategori"), "unit": N_("domain", "Satuan"), "serial": N_("domain", "Nomor seri"),
    "loan_ref": N_("domain", "Penerima pinjaman"), "person_in_charge": N_("domain", "Penanggung jawab"),
    "sk_number": N_("domain", "Nomor SK"), "posko_location": N_("domain", "Lokasi posko"),
    "note": N_("domain", "Catatan"), "description": N_("domain", "Uraian"), "title": N_("domain", "Judul"),
    "decision_remarks": N_("domain", "Catatan keputusan"), "override_reason": N_("domain", "Alasan pengecualian"),
    "username": N_("domain", "Nama pengguna"), "entity_id": N_("domain", "ID"),
}


class ControlCharacters(ValidationError):
    template = N_("errors", "{field} berisi karakter kendali {char} (mis. NUL atau kode escape) yang tidak "
                            "diizinkan; hapus karakter itu.")


class TextTooLong(ValidationError):
    template = N_("errors", "{field} terlalu panjang: {length} karakter; paling banyak {maximum}.")


def clean_text(value: str | None, *, field: str, max_len: int, multiline: bool = False, strip: bool = True) -> str:
    """``value`` cleaned by the module's rule; a refusal names ``field``."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    found = _FORBIDDEN.search(value)
    if found:
        raise ControlCharacters(field=field, char=repr(found.group())[1:-1])
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    else:
        value = _LINE_BREAKS.sub(" ", value)
    if strip:
        value = value.strip()
    if len(value) > max_len:
        raise TextTooLong(field=field, length=len(value), maximum=max_len)
    return value


def column_rule(column: Any) -> tuple[int, bool] | None:
    """(max_len, multiline) for a text column, None for any other."""
    from sqlalchemy import String, Text

    kind = column.type
    if isinstance(kind, Text):
        return TEXT_MAX, True
    if isinstance(kind, String) and not getattr(kind, "enum_class", None):
        return (kind.length or TEXT_MAX), False
    return None


def column_label(column: Any) -> str:
    return str(column.info.get("label") or COLUMN_LABELS.get(column.name) or column.name)


def clean_values(table: Table, values: Mapping[str, Any], *, strip: bool = True,
                 fail: Callable[[str, ValidationError], None] | None = None) -> dict[str, Any]:
    """The text values of a row for ``table`` cleaned by their columns' rules; other values as given.

    With ``fail``, a refused value is reported to it (column name, error) and left as it was, so a
    file's every problem can be listed; without, the first refusal is raised."""
    result = dict(values)
    for name, value in values.items():
        if not isinstance(value, str) or name not in table.c:
            continue
        rule = column_rule(table.c[name])
        if rule is None:
            continue
        try:
            result[name] = clean_text(value, field=column_label(table.c[name]), max_len=rule[0], multiline=rule[1],
                                      strip=strip)
        except ValidationError as exc:
            if fail is None:
                raise
            fail(name, exc)
    return result


def check_flush(session: Session, _context: Any, _instances: Any) -> None:
    """The last line: every new or changed text value of a mapped row follows the rule (not stripped:
    a service decides that), before the database sees it (a "before_flush" listener, tagana_app.models)."""
    from sqlalchemy import inspect

    new = session.new
    for obj in (*new, *session.dirty):
        state = inspect(obj)
        loaded = state.dict  # read without loading anything
        for attr in state.mapper.column_attrs:
            value = loaded.get(attr.key)
            if not isinstance(value, str) or (obj not in new and not state.attrs[attr.key].history.added):
                continue
            column = attr.columns[0]
            rule = column_rule(column)
            if rule is not None:
                cleaned = clean_text(value, field=column_label(column), max_len=rule[0], multiline=rule[1],
                                     strip=False)
                if cleaned != value:
                    setattr(obj, attr.key, cleaned)
