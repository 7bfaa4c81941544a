"""Property-based tests of the parsers: amounts, dates, Chorus codes, tables.

- any amount printed in any supported French or English style parses back to itself;
- random text never makes a parser raise (nor the funding step and its checks);
- Chorus code normalisation is idempotent and recovers a code however it is spaced;
- any date printed in any supported format parses back to itself.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventio.extraction.chorus import (
    compact_code,
    normalise_activite,
    normalise_centre_cout,
    normalise_centre_financier,
    normalise_domaine_fonctionnel,
    programme_of_code,
)
from conventio.extraction.context import Context
from conventio.extraction.dates import find_dates, french_date, parse_date
from conventio.extraction.fields.funding import extract_funding
from conventio.extraction.funding_checks import check_funding
from conventio.extraction.money import FORMAT_STYLES, find_amounts, format_amount, parse_amount, read_amount
from conventio.extraction.record import Record, SourceInfo
from conventio.extraction.tables import find_tables, read_table
from conventio.extraction.text import normalise_pages


amounts = st.decimals(min_value=Decimal(0), max_value=Decimal("999999999999.99"), places=2, allow_nan=False)
whole_euros = st.integers(min_value=0, max_value=999_999_999_999).map(Decimal)

# Text made of the pieces the parsers care about, so that random input reaches their
# interesting paths (separators, units, tabs, codes), plus arbitrary characters.
_PIECES = st.sampled_from(
    [
        "€",
        " €",
        "euros",
        "EUR",
        "M€",
        "k€",
        "millions d'euros",
        " ",
        "\u00a0",
        ",",
        ".",
        "-",
        "–",
        "\t",
        "\n",
        "|",
        "%",
        "AE",
        "CP",
        "Total",
        "programme ",
        "programmes ",
        "163",
        "0352",
        "2023",
        "2024",
        "1,499,618.60",
        "220 000",
        "1,500",
        "0352-CFSE-CFIN",
        "Domaine fonctionnel :",
        "Activité(s) :\t",
        "0163 50 01 01 01",
        "Centre de coût :\t",
        "sur les",
        "dont",
        "restants",
        "délégués",
        "50%",
        "dès la signature",
        "« ",
        " »",
        "sous réserve de ",
        "fin novembre",
        "Une copie de la convention est transmise au ",
        " et au ",
        "Le comptable assignataire est ",
        "BG00/",
        "(",
        ")",
        ":",
        ";",
    ]
)
noisy_text = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=60).map("".join)


# --------------------------------------------------------------------- amounts


@given(value=amounts, style=st.sampled_from(FORMAT_STYLES))
def test_formatted_amount_parses_back(value: Decimal, style: str) -> None:
    printed = format_amount(value, style)
    assert parse_amount(printed) == value


@given(value=whole_euros, separator=st.sampled_from([" ", "\u202f", "."]), unit=st.sampled_from([" €", "€", " euros"]))
def test_whole_euros_grouped_french_style_parse_back(value: Decimal, separator: str, unit: str) -> None:
    digits = str(int(value))
    head = len(digits) % 3 or 3
    grouped = separator.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])
    printed = (grouped + unit).replace("\u202f", " ")
    assert parse_amount(printed) == value.quantize(Decimal("0.01"))


@given(value=amounts, style=st.sampled_from(["fr", "fr_compact", "fr_euros", "en", "en_eur"]))
def test_amounts_in_running_text_are_found(value: Decimal, style: str) -> None:
    printed = format_amount(value, style)
    text = f"Le délégant met à disposition un montant de {printed} sur le programme 123."
    found = find_amounts(text)
    assert [match.value for match in found] == [value]
    assert text[found[0].start : found[0].end].startswith(printed.split()[0])


@given(text=st.text(max_size=120))
def test_amount_parsers_never_raise_on_any_text(text: str) -> None:
    reading = read_amount(text)
    assert reading.value is None or reading.value.as_tuple().exponent == -2
    parse_amount(text, decimal_mark=",")
    parse_amount(text, decimal_mark=".")
    for match in find_amounts(text):
        assert 0 <= match.start < match.end <= len(text)


@given(text=noisy_text)
def test_amount_parsers_never_raise_on_amount_like_text(text: str) -> None:
    read_amount(text)
    for match in find_amounts(text):
        assert match.value >= 0


# ------------------------------------------------------------------ Chorus codes

_NORMALISERS = (
    normalise_centre_financier,
    normalise_domaine_fonctionnel,
    normalise_activite,
    normalise_centre_cout,
)


@given(text=st.one_of(st.text(max_size=40), noisy_text))
def test_chorus_normalisation_is_idempotent_and_never_raises(text: str) -> None:
    for normalise in _NORMALISERS:
        code = normalise(text)
        if code is not None:
            assert normalise(code) == code
    compact = compact_code(text)
    assert compact_code(compact) == compact
    programme_of_code(text)


code_part = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=4, max_size=4)
spacing = st.sampled_from(["-", " - ", "–", " – "])


@given(
    programme=st.integers(min_value=100, max_value=999),
    pad=st.booleans(),
    bop=code_part,
    uo=code_part,
    first=spacing,
    second=spacing,
    prefix=st.sampled_from(["", "BG00/"]),
    lower=st.booleans(),
)
def test_centre_financier_recovered_however_printed(
    programme: int, pad: bool, bop: str, uo: str, first: str, second: str, prefix: str, lower: bool
) -> None:
    number = f"0{programme}" if pad else str(programme)
    canonical = f"{number}-{bop}-{uo}"
    printed = f"{prefix}{number}{first}{bop}{second}{uo}"
    if lower:
        printed = printed.lower().replace("bg00/", "BG00/")
    assert normalise_centre_financier(printed) == canonical
    assert programme_of_code(canonical) == str(programme)


@given(
    programme=st.integers(min_value=100, max_value=999),
    rest=st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=8, max_size=8),
    separators=st.lists(st.sampled_from(["", " ", "."]), min_size=11, max_size=11),
)
def test_activite_recovered_however_spaced(programme: int, rest: str, separators: list[str]) -> None:
    canonical = f"0{programme}{rest}"
    printed = "".join(char + separator for char, separator in zip(canonical, separators + [""], strict=True))
    assert normalise_activite(printed) == canonical
    assert normalise_activite(canonical) == canonical
    assert programme_of_code(canonical) == str(programme)


# ------------------------------------------------------------------------- dates

dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))
_ABBREVIATED = {1: "janv.", 2: "févr.", 4: "avr.", 7: "juil.", 9: "sept.", 10: "oct.", 11: "nov.", 12: "déc."}


def _formats(value: datetime.date) -> list[str]:
    written = french_date(value)
    month = written.split()[1]
    printed = [
        value.strftime("%d/%m/%Y"),
        f"{value.day}/{value.month}/{value.year}",
        value.strftime("%d-%m-%Y"),
        f"{value.day}-{value.month}-{value.year}",
        value.strftime("%d.%m.%Y"),
        written,
        written.upper(),
        f"{value.day} {month} {value.year}",
        f"{value.day:02d} {month.capitalize()} {value.year}",
    ]
    if value.month in _ABBREVIATED:
        printed.append(f"{value.day} {_ABBREVIATED[value.month]} {value.year}")
    if value.day == 1:
        printed.append(f"1er {month} {value.year}")
    return printed


@given(value=dates)
def test_every_supported_date_format_round_trips(value: datetime.date) -> None:
    for printed in _formats(value):
        assert parse_date(printed) == value, printed
        assert parse_date(f"Fait à Paris, le {printed}.") == value, printed


@given(first=dates, second=dates)
def test_find_dates_returns_every_date_in_order(first: datetime.date, second: datetime.date) -> None:
    text = f"du {french_date(first)} et du {second.strftime('%d/%m/%Y')}"
    assert [found for found, _, _ in find_dates(text)] == [first, second]


@given(text=st.text(max_size=80))
def test_date_parser_never_raises(text: str) -> None:
    parse_date(text)
    find_dates(text)


# --------------------------------------------------------- tables and the whole step


@given(text=noisy_text)
def test_tables_never_raise(text: str) -> None:
    for table in find_tables(text):
        reading = read_table(table)
        for cell in reading.cells:
            assert text[cell.start : cell.end] == cell.text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(text=noisy_text)
def test_funding_step_and_checks_never_raise(text: str) -> None:
    doc = normalise_pages([text], format="text")
    record = Record(
        source=SourceInfo(name="x", sha256="", format="text", pages=1, characters=len(doc.text)), complete_text=True
    )
    ctx = Context(doc=doc, record=record)
    extract_funding(ctx)
    check_funding(ctx)
    assert "funding-extraction-failed" not in [finding.code for finding in record.findings]
    record.model_dump_json()
