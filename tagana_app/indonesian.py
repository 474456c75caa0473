"""Indonesian dates, numbers in words and quantities as they are written on official letters.

Dates come from Babel's ``id`` locale ("Senin, 23 November 2026"); numbers in words from
num2words (``lang="id"``: "dua ribu dua puluh enam").  Everything here is pure: no database,
no Qt, so the documents and the tests use the same functions.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal
from num2words import num2words

LOCALE = "id"
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def day_name(value: date | datetime) -> str:
    """"Senin"."""
    return format_date(_as_date(value), "EEEE", locale=LOCALE)


def month_name(value: date | datetime | int) -> str:
    """"November" (a date or a month number 1..12)."""
    if isinstance(value, int):
        value = date(2000, value, 1)
    return format_date(_as_date(value), "MMMM", locale=LOCALE)


def long_date(value: date | datetime) -> str:
    """"23 November 2026"."""
    return format_date(_as_date(value), "d MMMM y", locale=LOCALE)


def full_date(value: date | datetime) -> str:
    """"Senin, 23 November 2026"."""
    return format_date(_as_date(value), "EEEE, d MMMM y", locale=LOCALE)


def short_date(value: date | datetime) -> str:
    """"23-11-2026", for narrow table columns."""
    return _as_date(value).strftime("%d-%m-%Y")


def roman_month(value: date | datetime | int) -> str:
    """"XI" for November, as in letter numbers."""
    month = value if isinstance(value, int) else value.month
    if not 1 <= month <= 12:
        raise ValueError(f"month {month}")
    return ROMAN_MONTHS[month - 1]


def words(number: int) -> str:
    """Whole number in Indonesian words: 23 -> "dua puluh tiga", 2026 -> "dua ribu dua puluh enam"."""
    if number < 0:
        return "minus " + words(-number)
    return str(num2words(int(number), lang="id"))


def date_in_words(value: date | datetime) -> str:
    """"dua puluh tiga November dua ribu dua puluh enam"."""
    value = _as_date(value)
    return f"{words(value.day)} {month_name(value)} {words(value.year)}"


def bast_opening(value: date | datetime, place: str) -> str:
    """The opening sentence of a Berita Acara, with the day and date written out in words."""
    value = _as_date(value)
    return (
        f"Pada hari ini {day_name(value)} tanggal {words(value.day)} bulan {month_name(value)} "
        f"tahun {words(value.year)}, bertempat di {place}, kami yang bertanda tangan di bawah ini:"
    )


def quantity(value: int | float | Decimal, decimals: int | None = None) -> str:
    """Quantities with Indonesian separators: 1250 -> "1.250", 2.5 -> "2,5" (no trailing zeros)."""
    if decimals is not None:
        return format_decimal(value, format="#,##0." + "0" * decimals if decimals else "#,##0", locale=LOCALE)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if isinstance(value, int):  # the common case, without Babel's pattern machinery (tables of 1,000 lines)
        return f"{value:,}".replace(",", ".")
    return format_decimal(value, format="#,##0.###", locale=LOCALE)


def place_and_date(city: str, value: date | datetime) -> str:
    """"Karang Tinggi, 23 November 2026" above a signature."""
    return f"{city}, {long_date(value)}"


# Words a title keeps small inside a name ("Dinas Sosial dan ..."), unlike str.title.
_SMALL_WORDS = {"dan", "di", "ke", "dari", "untuk", "serta", "atau", "pada"}


def title_case(text: str) -> str:
    """"DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT" -> "Dinas Sosial dan Pemberdayaan Masyarakat"."""
    words = text.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))
