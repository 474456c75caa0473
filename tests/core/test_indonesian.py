from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from tagana_app import indonesian as ind


@pytest.mark.parametrize(("value", "full", "long"), [
    (date(2026, 11, 23), "Senin, 23 November 2026", "23 November 2026"),
    (date(2026, 2, 1), "Minggu, 1 Februari 2026", "1 Februari 2026"),
    (date(2026, 12, 31), "Kamis, 31 Desember 2026", "31 Desember 2026"),
    (date(2030, 1, 1), "Selasa, 1 Januari 2030", "1 Januari 2030"),
    (date(2100, 3, 1), "Senin, 1 Maret 2100", "1 Maret 2100"),
    (date(2028, 2, 29), "Selasa, 29 Februari 2028", "29 Februari 2028"),
    (date(2026, 8, 17), "Senin, 17 Agustus 2026", "17 Agustus 2026"),
])
def test_dates(value, full, long):
    assert ind.full_date(value) == full
    assert ind.long_date(value) == long
    assert ind.day_name(value) == full.split(",")[0]
    assert ind.full_date(datetime(value.year, value.month, value.day, 23, 59)) == full


def test_day_and_month_names_cover_the_week_and_year():
    days = {ind.day_name(date(2026, 11, 23 + i)) for i in range(7)}
    assert days == {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}
    assert [ind.month_name(m) for m in (1, 3, 5, 6, 7, 12)] == ["Januari", "Maret", "Mei", "Juni", "Juli",
                                                                 "Desember"]


@pytest.mark.parametrize(("n", "text"), [
    (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (23, "dua puluh tiga"), (31, "tiga puluh satu"),
    (100, "seratus"), (1000, "seribu"), (2026, "dua ribu dua puluh enam"), (2030, "dua ribu tiga puluh"),
    (2100, "dua ribu seratus"), (1250, "seribu dua ratus lima puluh"), (0, "nol"),
])
def test_words(n, text):
    assert ind.words(n) == text


def test_bast_opening_and_date_in_words():
    assert ind.bast_opening(date(2026, 11, 23), "Posko Desa Pagar Jati") == (
        "Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam, "
        "bertempat di Posko Desa Pagar Jati, kami yang bertanda tangan di bawah ini:")
    assert ind.bast_opening(date(2030, 1, 1), "X").startswith(
        "Pada hari ini Selasa tanggal satu bulan Januari tahun dua ribu tiga puluh,")
    assert ind.date_in_words(date(2100, 12, 31)) == "tiga puluh satu Desember dua ribu seratus"


def test_roman_months():
    assert [ind.roman_month(m) for m in range(1, 13)] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    assert ind.roman_month(date(2026, 11, 23)) == "XI"
    with pytest.raises(ValueError):
        ind.roman_month(13)


def test_quantities():
    assert ind.quantity(1250) == "1.250"
    assert ind.quantity(1250000) == "1.250.000"
    assert ind.quantity(7) == "7"
    assert ind.quantity(2.5) == "2,5"
    assert ind.quantity(3.0) == "3"
    assert ind.quantity(Decimal("1250.500")) == "1.250,5"
    assert ind.quantity(Decimal("10.000")) == "10"
    assert ind.quantity(1250.5, decimals=2) == "1.250,50"
    assert ind.place_and_date("Karang Tinggi", date(2026, 11, 23)) == "Karang Tinggi, 23 November 2026"
