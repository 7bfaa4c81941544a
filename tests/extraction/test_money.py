"""Amounts: every format of the genre, the separator rule, none markers, running text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conventio.extraction.money import (
    decimal_mark_of,
    euros,
    find_amounts,
    format_amount,
    is_none_marker,
    parse_amount,
    read_amount,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("250 000 €", "250000.00"),
        ("1,499,618.60€", "1499618.60"),
        ("4 410 626,88 €", "4410626.88"),
        ("220 000 euros", "220000.00"),
        ("30 000€", "30000.00"),
        ("106,920.00€", "106920.00"),
        ("1.499.618,60 €", "1499618.60"),
        ("1.500.000 €", "1500000.00"),
        ("1 200 000 EUR", "1200000.00"),
        ("12,5", "12.50"),
        ("0 €", "0.00"),
        ("1500", "1500.00"),
        ("1,2 M€", "1200000.00"),
        ("350 k€", "350000.00"),
        ("1,5 million d'euros", "1500000.00"),
        ("2 millions d’euros", "2000000.00"),
        ("€ 12,50", "12.50"),
        ("110 000 € HT", "110000.00"),
        ("-1 000,00 €", "-1000.00"),
    ],
)
def test_supported_formats_parse_to_decimal_with_two_decimals(text: str, expected: str) -> None:
    value = parse_amount(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize("text", ["-", "–", "—", "néant", " - "])
def test_none_markers_are_no_amount_not_zero(text: str) -> None:
    assert is_none_marker(text)
    assert parse_amount(text) is None


def test_zero_is_a_stated_amount_not_a_none_marker() -> None:
    assert not is_none_marker("0")
    assert parse_amount("0") == Decimal("0.00")


@pytest.mark.parametrize("text", ["1,500", "1.500", "1,500 M€"])
def test_a_single_separator_before_three_digits_is_ambiguous_without_context(text: str) -> None:
    reading = read_amount(text)
    assert reading.value is None
    assert reading.ambiguous


def test_a_currency_unit_makes_the_three_digit_group_thousands() -> None:
    # Euros have at most two decimals: « 1,500 € » cannot be one euro and a half.
    assert parse_amount("1,500 €") == Decimal("1500.00")
    assert parse_amount("1.500 €") == Decimal("1500.00")
    assert read_amount("1,500 €").rule == "thousands-by-unit"


def test_the_decimal_mark_of_the_surrounding_amounts_resolves_the_ambiguity() -> None:
    assert parse_amount("1,500", decimal_mark=".") == Decimal("1500.00")
    # With a comma as decimal mark, « 1,500 » would have three decimals: not money.
    assert parse_amount("1,500", decimal_mark=",") is None
    assert decimal_mark_of(["1,499,618.60€", "-", "1,500"]) == "."
    assert decimal_mark_of(["4 410 626,88 €", "12"]) == ","
    assert decimal_mark_of(["1,50 €", "1.50 €"]) is None
    assert decimal_mark_of(["1,500,000"]) == "."


@pytest.mark.parametrize("text", ["1,2345", "1 500,000", "1,499,618,60", "1.2.3", "12,34,56", "abc", "", "2023-2024"])
def test_malformed_numbers_are_not_amounts(text: str) -> None:
    assert parse_amount(text) is None


def test_find_amounts_reads_only_numbers_with_a_unit() -> None:
    text = (
        "En 2023, le service obtient un cofinancement de 250 000 € ; 30 000€ sur les 250 000 € sont gardés, "
        "soit 1 200 000 € en AE et en CP, l'article 105 et 1,5 million d’euros."
    )
    found = find_amounts(text)
    assert [match.value for match in found] == [
        Decimal("250000.00"),
        Decimal("30000.00"),
        Decimal("250000.00"),
        Decimal("1200000.00"),
        Decimal("1500000.00"),
    ]
    assert all(text[match.start : match.end] == match.text for match in found)


def test_find_amounts_does_not_split_a_year_from_the_amount_that_follows() -> None:
    # « 2023 220 000 € » could be 2 023 220 000 € or « 2023 : 220 000 € »: not guessed.
    assert find_amounts("en 2023 220 000 €") == []
    assert [m.value for m in find_amounts("en 2023 : 220 000 €")] == [Decimal("220000.00")]


def test_a_bullet_dash_is_not_a_minus_sign_in_running_text() -> None:
    assert [m.value for m in find_amounts("-30 000€ sur les 250 000 €")] == [Decimal("30000.00"), Decimal("250000.00")]


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("fr", "4 410 626,88 €"),
        ("fr_compact", "4 410 626,88€"),
        ("fr_euros", "4 410 626,88 euros"),
        ("fr_dot", "4.410.626,88 €"),
        ("fr_plain", "4410626,88"),
        ("en", "4,410,626.88€"),
        ("en_plain", "4,410,626.88"),
        ("en_eur", "4,410,626.88 EUR"),
    ],
)
def test_format_amount_styles(style: str, expected: str) -> None:
    assert format_amount(Decimal("4410626.88"), style) == expected


def test_euros_is_the_french_display_used_in_findings() -> None:
    assert euros(Decimal("220000")) == "220 000,00 €"
    assert euros(None) == "—"


def test_long_or_garbage_input_is_rejected_quickly() -> None:
    assert parse_amount("1" * 10_000) is None
    assert find_amounts("1 " * 20_000 + "€") is not None
