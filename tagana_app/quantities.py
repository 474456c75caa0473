"""Quantities and money: one parser and one check for the whole domain, with stated limits.

A quantity is a whole number of units on one line of a document (a receipt line, a dispatch
line, a count entry...).  It is written in ASCII digits only, optionally with the Indonesian
thousands separator ("1.000" = 1000, "1.250.000"); anything else is refused with a message that
names the field: Arabic-Indic or full-width digits (which Python's ``int()`` would read),
underscores ("1_000"), a sign ("+5", "-5"), a decimal part ("5.5", "5,5"), an exponent ("1e3"),
spaces inside.  ``MAX_QUANTITY`` bounds one line; ``MAX_BALANCE`` bounds a stored balance (the
sum of many lines), far inside a 64-bit integer so that no balance, and no sum of balances in a
report, overflows on SQLite or PostgreSQL (the balance columns are BIGINT on PostgreSQL).

Money is whole Rupiah (``parse_rupiah``/``check_rupiah``, "Rp 1.500.000"), bounded by
``MAX_RUPIAH``.  No stored field holds money yet: the type is here for the first one.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import BigInteger, Integer, cast, func

from tagana_app.errors import ValidationError
from tagana_app.texts import N_

MAX_QUANTITY = 1_000_000_000  # units on one line of a document
MAX_BALANCE = 1_000_000_000_000  # units in one stored balance (warehouse x item, or batch)
MAX_RUPIAH = 1_000_000_000_000_000  # Rp 1.000 triliun: any one amount

# A balance column: BIGINT on PostgreSQL; INTEGER on SQLite, which is already 64-bit there.
BalanceInteger = BigInteger().with_variant(Integer(), "sqlite")



def balance_sum(expression: Any) -> Any:
    """SUM() of a balance column as a whole number on both databases (PostgreSQL sums BIGINT as
    NUMERIC, which Python would read as a Decimal)."""
    return cast(func.sum(expression), BalanceInteger)


_PLAIN = re.compile(r"[0-9]+", re.ASCII)
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+", re.ASCII)  # "1.000", "12.500.000"
_RUPIAH_PREFIX = re.compile(r"^rp\.?\s*", re.IGNORECASE)


def _digits(text: str) -> int | None:
    """The whole number written in ``text`` (ASCII digits, maybe Indonesian grouping), or None."""
    if _PLAIN.fullmatch(text) or _GROUPED.fullmatch(text):
        digits = text.replace(".", "")
        return int(digits) if len(digits) <= 30 else 10**30  # int() refuses thousands of digits
    return None


def check_quantity(value: object, *, field: str, allow_zero: bool = False, maximum: int = MAX_QUANTITY) -> int:
    """``value`` as a quantity within bounds (an int, not a bool), or a refusal naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(N_("errors", "{field}: '{value}' bukan bilangan bulat."), field=field, value=value)
    if value < 0:
        raise ValidationError(N_("errors", "{field} tidak boleh negatif (diberikan: {value})."),
                              field=field, value=value)
    if value == 0 and not allow_zero:
        raise ValidationError(N_("errors", "{field} harus lebih dari nol."), field=field)
    if value > maximum:
        raise ValidationError(N_("errors", "{field} terlalu besar: {value}; paling banyak {maximum}."),
                              field=field, value=grouped(value), maximum=grouped(maximum))
    return value


def parse_quantity(text: object, *, field: str, allow_zero: bool = False, maximum: int = MAX_QUANTITY) -> int:
    """A quantity typed by a person ("250", "1.000"), checked with ``check_quantity``.

    ``text`` may also be an int (a spreadsheet cell), or a float with no fraction (Excel stores
    numbers as floats); surrounding spaces are ignored, nothing else is."""
    if isinstance(text, float):
        if not text.is_integer():
            raise ValidationError(N_("errors", "{field}: '{value}' bukan bilangan bulat."), field=field,
                                  value=_shown(text))
        text = int(text)
    if isinstance(text, int) and not isinstance(text, bool):
        return check_quantity(text, field=field, allow_zero=allow_zero, maximum=maximum)
    raw = "" if text is None else str(text)
    stripped = raw.strip()
    if not stripped:
        raise ValidationError(N_("errors", "{field} wajib diisi."), field=field)
    if stripped.startswith("-") and _digits(stripped[1:]) is not None:
        raise ValidationError(N_("errors", "{field} tidak boleh negatif (diberikan: {value})."),
                              field=field, value=_shown(stripped))
    number = _digits(stripped)
    if number is None:
        raise ValidationError(N_("errors", "{field}: '{value}' bukan bilangan bulat; tulis dengan angka 0-9 "
                                           "saja (pemisah ribuan titik, mis. 1.000)."),
                              field=field, value=_shown(stripped))
    return check_quantity(number, field=field, allow_zero=allow_zero, maximum=maximum)


def check_rupiah(value: object, *, field: str, allow_zero: bool = True) -> int:
    """A whole-Rupiah amount within bounds, or a refusal naming ``field``."""
    return check_quantity(value, field=field, allow_zero=allow_zero, maximum=MAX_RUPIAH)


def parse_rupiah(text: object, *, field: str, allow_zero: bool = True) -> int:
    """Whole Rupiah as people write it: "1500000", "1.500.000", "Rp 1.500.000", "Rp1.500.000,-"."""
    if not isinstance(text, str):
        return parse_quantity(text, field=field, allow_zero=allow_zero, maximum=MAX_RUPIAH)
    stripped = _RUPIAH_PREFIX.sub("", text.strip())
    for tail in (",-", ",00"):
        if stripped.endswith(tail):
            stripped = stripped[: -len(tail)]
            break
    return parse_quantity(stripped, field=field, allow_zero=allow_zero, maximum=MAX_RUPIAH)


def format_rupiah(value: int) -> str:
    """"Rp 1.500.000"."""
    return ("-" if value < 0 else "") + "Rp " + grouped(abs(value))


def grouped(value: int) -> str:
    """"1.000.000": a whole number with the Indonesian thousands separator."""
    return f"{value:,}".replace(",", ".")


def _shown(text: object, limit: int = 40) -> str:
    """A typed value as it may appear inside a message: control characters escaped, cut short."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
