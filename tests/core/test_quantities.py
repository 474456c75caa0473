"""One quantity type: ASCII digits only, the Indonesian thousands separator, stated bounds; whole Rupiah."""

from __future__ import annotations

import pytest

from tagana_app.errors import ValidationError
from tagana_app.quantities import (
    MAX_BALANCE,
    MAX_QUANTITY,
    MAX_RUPIAH,
    check_quantity,
    check_rupiah,
    format_rupiah,
    parse_quantity,
    parse_rupiah,
)


@pytest.mark.parametrize(("text", "value"), [
    ("5", 5), ("250", 250), (" 12 ", 12), ("1.000", 1000), ("12.500.000", 12_500_000), ("007", 7),
    ("1.000.000.000", MAX_QUANTITY), (5, 5), (5.0, 5),
])
def test_accepts_ascii_digits_and_the_thousands_separator(text, value):
    assert parse_quantity(text, field="Jumlah") == value


@pytest.mark.parametrize("text", [
    "١٢", "۱۲", "１３", "1_000", "+5", "5 5", "5.5", "5,5", "1e3", "1E3", "0x10", "1.00", "1.0000", ".5", "5.",
    "5\x00", "\u0665", "²", "abc", "1,000", "5.5.5", 5.5, True, None, "",
])
def test_refuses_what_int_would_read_or_is_not_a_whole_number(text):
    with pytest.raises(ValidationError) as caught:
        parse_quantity(text, field="Jumlah")
    assert "Jumlah" in str(caught.value)


def test_zero_negative_and_beyond_the_maximum_are_refused_naming_the_field():
    with pytest.raises(ValidationError, match="Jumlah harus lebih dari nol"):
        parse_quantity("0", field="Jumlah")
    assert parse_quantity("0", field="Jumlah", allow_zero=True) == 0
    with pytest.raises(ValidationError, match="tidak boleh negatif"):
        parse_quantity("-5", field="Jumlah")
    with pytest.raises(ValidationError, match=r"terlalu besar: 1\.000\.000\.001; paling banyak 1\.000\.000\.000"):
        parse_quantity("1000000001", field="Jumlah")
    with pytest.raises(ValidationError, match="terlalu besar"):
        parse_quantity("9223372036854775000", field="Jumlah")
    with pytest.raises(ValidationError, match="terlalu besar"):
        parse_quantity("9" * 5000, field="Jumlah")  # int() itself would refuse with a ValueError
    assert parse_quantity(str(MAX_BALANCE), field="Jumlah terhitung", maximum=MAX_BALANCE) == MAX_BALANCE


def test_check_takes_ints_only():
    assert check_quantity(3, field="Jumlah") == 3
    for bad in (True, 3.0, "3", None, -1, 0, MAX_QUANTITY + 1):
        with pytest.raises(ValidationError):
            check_quantity(bad, field="Jumlah")


def test_a_refused_value_is_shown_with_its_control_characters_escaped():
    with pytest.raises(ValidationError) as caught:
        parse_quantity("5\x1b[31m", field="Jumlah")
    assert "\x1b" not in str(caught.value) and "\\x1b" in str(caught.value)


@pytest.mark.parametrize(("text", "value"), [
    ("1500000", 1_500_000), ("1.500.000", 1_500_000), ("Rp 1.500.000", 1_500_000), ("Rp1.500.000,-", 1_500_000),
    ("rp. 2.000", 2000), ("Rp 750.000,00", 750_000), ("0", 0), (25_000, 25_000),
])
def test_rupiah(text, value):
    assert parse_rupiah(text, field="Harga") == value


@pytest.mark.parametrize("text", ["Rp 1.500,50", "$5", "Rp -5", "Rp １０", "1_000", "Rp 1e6"])
def test_rupiah_refused(text):
    with pytest.raises(ValidationError, match="Harga"):
        parse_rupiah(text, field="Harga")


def test_rupiah_bounds_and_format():
    assert check_rupiah(MAX_RUPIAH, field="Nilai") == MAX_RUPIAH
    with pytest.raises(ValidationError, match="terlalu besar"):
        check_rupiah(MAX_RUPIAH + 1, field="Nilai")
    assert format_rupiah(1_500_000) == "Rp 1.500.000"
