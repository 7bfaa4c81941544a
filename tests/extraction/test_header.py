"""Title, kind, reference, signature date and place."""

from __future__ import annotations

import datetime

import pytest

from conventio.extraction.record import Kind
from tests.extraction.helpers import extract_text, labels_of


def test_bo_layout_title_is_the_last_title_line_before_the_nor() -> None:
    text = (
        "Réglementation financière et comptable\n\nConvention de délégation de gestion\n\n"
        "Convention de délégation de gestion relative au programme 123 entre la DGX et la DGY.\n\n"
        "NOR : ABCD2412345X\n\nConvention du 3-4-2024\n\nEntre\n\nLa DGX, désignée sous le terme de « délégant », "
        "d'une part,\n\net\n\nLa DGY, désignée sous le terme de « délégataire », d'autre part,\n"
    )
    record = extract_text(text)
    assert record.title is not None
    assert record.title.value == "Convention de délégation de gestion relative au programme 123 entre la DGX et la DGY"
    assert record.reference is not None and record.reference.value == "ABCD2412345X"
    assert record.terms.signature_date is not None
    assert record.terms.signature_date.value == datetime.date(2024, 4, 3)


def test_publication_reference_is_never_the_signature_date() -> None:
    text = "JORF n°0012 du 15 janvier 2025\n\nConvention du 2 décembre 2024\n\nDélégation de gestion\n\nEntre :\n"
    labels = labels_of(text)
    assert labels["signature_date"] == "2024-12-02"
    assert labels["title"] == "Délégation de gestion"


def test_blank_dated_title_gives_no_date_and_a_finding() -> None:
    record = extract_text("JORF n°0256 du 5 novembre 2014\n\nCONVENTION du\n\nEntre la direction X, …\n")
    assert record.terms.signature_date is None
    assert record.title is not None and record.title.value == "CONVENTION du"
    assert any(f.code == "signature-date-blank" for f in record.findings)


def test_fait_a_with_the_date_typed_on_a_later_line() -> None:
    text = (
        "Convention de délégation de gestion\n\nArticle 1 : Objet\n\nTexte.\n\nFait à Lyon, "
        "le\n\n3 mars 2025\n\nLe délégant,\n"
    )
    record = extract_text(text)
    assert record.terms.signature_place is not None and record.terms.signature_place.value == "Lyon"
    assert record.terms.signature_date is not None
    assert record.terms.signature_date.value == datetime.date(2025, 3, 3)
    assert record.complete_text


def test_fait_a_left_blank_is_absent_with_a_finding() -> None:
    record = extract_text(
        "Convention de délégation de gestion\n\nFait à Paris, le\n\nLe délégant,\n\nLe délégataire,\n"
    )
    assert record.terms.signature_date is None
    assert any(f.code == "signature-date-blank" for f in record.findings)


def test_heading_date_of_a_parent_act_is_not_taken() -> None:
    text = "Avenant n° 2 à la convention de délégation de gestion du 10 décembre 2018\n\nEntre\n"
    record = extract_text(text)
    assert record.kind is not None and record.kind.value == Kind.AVENANT
    assert record.avenant_number is not None and record.avenant_number.value == 2
    assert record.terms.signature_date is None


def test_conflicting_heading_and_fait_a_dates_are_reported() -> None:
    text = "Convention du 1-2-2024\n\nDélégation de gestion\n\nEntre\n\nArticle 1\n\nFait à Paris, le 5 février 2024\n"
    record = extract_text(text)
    assert record.terms.signature_date is not None
    assert record.terms.signature_date.value == datetime.date(2024, 2, 5)
    assert any(f.code == "signature-date-conflict" for f in record.findings)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("NOR : MENF2034793X", "MENF2034793X"),
        ("nor : menf1600469x", "MENF1600469X"),
        ("N O R : M E N F 2 0 3 4 7 9 3 X", "MENF2034793X"),
        ("NOR: JUSA 1106535 X", "JUSA1106535X"),
    ],
)
def test_nor_reference_even_letter_spaced(printed: str, expected: str) -> None:
    record = extract_text(f"Convention de délégation de gestion\n\n{printed}\n\nEntre\n")
    assert record.reference is not None and record.reference.value == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Convention de partenariat entre la DINUM et l'ANCT", Kind.CONVENTION_PARTENARIAT),
        ("Avenant n°1 à la convention de délégation de gestion", Kind.AVENANT),
        ("Premier avenant à la convention de délégation de gestion", Kind.AVENANT),
        ("Délégation de gestion entre services", Kind.DELEGATION_DE_GESTION),
        ("Protocole d'accord sur les locaux", Kind.OTHER),
    ],
)
def test_kind_from_title(title: str, kind: Kind) -> None:
    record = extract_text(f"{title}\n\nEntre\n")
    assert record.kind is not None and record.kind.value == kind


def test_kind_from_text_when_there_is_no_title() -> None:
    record = extract_text("Il est convenu ce qui suit :\nEn application du décret n° 2004-1085 du 14 octobre 2004.\n")
    assert record.title is None
    assert record.kind is not None and record.kind.value == Kind.DELEGATION_DE_GESTION


def test_fait_en_deux_exemplaires_a() -> None:
    record = extract_text(
        "Convention de délégation de gestion\n\nFait en deux exemplaires originaux, à Rennes, le 9 juin 2022\n"
    )
    assert record.terms.signature_place is not None and record.terms.signature_place.value == "Rennes"
    assert record.terms.signature_date is not None
    assert record.terms.signature_date.value == datetime.date(2022, 6, 9)
