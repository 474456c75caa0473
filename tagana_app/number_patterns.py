"""The syntax of document number patterns: ``{seq:03d}/BAST/DINSOS/{month_roman}/{year}``.

Used by the settings (a pattern is checked before it is stored) and by ``tagana_app.numbering``
(which formats the numbers); it imports neither.
"""

from __future__ import annotations

import string
from datetime import date

from tagana_app.errors import ValidationError
from tagana_app.texts import N_

PLACEHOLDERS = ("seq", "year", "month", "month_roman", "day")


def format_number(pattern: str, seq: int, when: date) -> str:
    from tagana_app.indonesian import roman_month  # babel and num2words load only when a number is made

    return pattern.format(seq=seq, year=when.year, month=when.month, month_roman=roman_month(when),
                          day=when.day)


def validate_pattern(pattern: str) -> None:
    """Refuse a pattern without {seq...} and {year}, with unknown placeholders, or that fails to format."""
    fields: set[str] = set()
    try:
        for _literal, name, _spec, _conv in string.Formatter().parse(pattern):
            if name is not None:
                fields.add(name)
    except ValueError:
        raise ValidationError(N_("errors", "Pola nomor '{pattern}' tidak valid: kurung kurawal tidak "
                                           "berpasangan."),
                              pattern=pattern) from None
    unknown = fields - set(PLACEHOLDERS)
    if unknown:
        raise ValidationError(N_("errors", "Pola nomor '{pattern}' memakai isian yang tidak dikenal: "
                                           "{unknown}. Isian yang tersedia: {known}."), pattern=pattern,
                              unknown=", ".join(sorted(unknown)), known=", ".join(PLACEHOLDERS))
    if "seq" not in fields or "year" not in fields:
        raise ValidationError(N_("errors", "Pola nomor '{pattern}' harus memuat {{seq}} dan {{year}}, "
                                           "misalnya '{{seq:03d}}/BAST/DINSOS/{{month_roman}}/{{year}}'."), pattern=pattern)
    try:
        format_number(pattern, 1, date(2026, 11, 23))
    except (ValueError, TypeError, IndexError, KeyError):
        raise ValidationError(N_("errors", "Pola nomor '{pattern}' tidak bisa dipakai (format isian salah)."),
                              pattern=pattern) from None
