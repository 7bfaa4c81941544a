"""Chorus codes: normalisation, formats, the programme each code names."""

from __future__ import annotations

import pytest

from conventio.extraction.chorus import (
    CENTRE_FINANCIER_IN_TEXT,
    compact_activite,
    normalise_activite,
    normalise_centre_cout,
    normalise_centre_financier,
    normalise_domaine_fonctionnel,
    programme_number,
    programme_of_code,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0352-CFSE-CFIN", "0352-CFSE-CFIN"),
        ("163-CDJE-STET", "163-CDJE-STET"),
        ("0165-CCAC-DT38", "0165-CCAC-DT38"),
        ("0349-CDBU-CENS", "0349-CDBU-CENS"),
        ("BG00/0216-CPRH-CASR", "0216-CPRH-CASR"),
        ("0352 - cfse - cfin", "0352-CFSE-CFIN"),
        ("0352–CFSE–CFIN.", "0352-CFSE-CFIN"),
        ("0352-CFSE", None),
        ("2004-1085-2012", "2004-1085-2012"),  # the format alone; running text also asks for a letter
        ("03520-CFSE-CFIN", None),
    ],
)
def test_normalise_centre_financier(text: str, expected: str | None) -> None:
    assert normalise_centre_financier(text) == expected


def test_centre_financier_in_running_text_needs_a_letter_in_the_bop_part() -> None:
    text = "sur l'UO 0165-CCAC-DT38 du programme 165 ; décret 2004-1085-2012 ; BG00/0216-CPRH-CASR."
    assert [m.group("code") for m in CENTRE_FINANCIER_IN_TEXT.finditer(text)] == ["0165-CCAC-DT38", "0216-CPRH-CASR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0352-01", "0352-01"),
        ("163-01", "163-01"),
        ("0216-04-01", "0216-04-01"),
        ("0352 - 01", "0352-01"),
        ("352", None),
    ],
)
def test_normalise_domaine_fonctionnel(text: str, expected: str | None) -> None:
    assert normalise_domaine_fonctionnel(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("035200010101", "035200010101"),
        ("0163 50 01 01 01", "016350010101"),
        ("02160401012A", "02160401012A"),
        ("BG00/021701010523", "021701010523"),
        ("0163.50.01.01.01", "016350010101"),
        ("16350010101", None),  # 11 characters: a lost leading zero is not restored
        ("0163 50 01 01 01 01", None),
    ],
)
def test_normalise_activite_to_twelve_characters(text: str, expected: str | None) -> None:
    assert normalise_activite(text) == expected


def test_compact_activite_keeps_an_invalid_code_for_the_checks() -> None:
    assert compact_activite("0163 50 01 01") == "0163500101"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("AICDAIR075", "AICDAIR075"), ("censtareta", "CENSTARETA"), ("DIR94 ET094", "DIR94ET094"), ("12", None)],
)
def test_normalise_centre_cout(text: str, expected: str | None) -> None:
    assert normalise_centre_cout(text) == expected


@pytest.mark.parametrize(
    ("code", "programme"),
    [
        ("0352-CFSE-CFIN", "352"),
        ("163-CDJE-STET", "163"),
        ("0352-01", "352"),
        ("163-01", "163"),
        ("016350010101", "163"),
        ("035200010101", "352"),
        ("nonsense", None),
    ],
)
def test_programme_of_code(code: str, programme: str | None) -> None:
    assert programme_of_code(code) == programme


@pytest.mark.parametrize(
    ("text", "expected"), [("352", "352"), ("0352", "352"), ("P352", "352"), ("2023", None), ("35", None)]
)
def test_programme_number(text: str, expected: str | None) -> None:
    assert programme_number(text) == expected
