"""Legal bases: visas, « en application de » sentences, code articles."""

from __future__ import annotations

import datetime

from tests.extraction.helpers import extract_text, labels_of


def test_two_decrees_in_one_visa_joined_by_et() -> None:
    text = (
        "Convention\n\nVu le décret 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion et le "
        "décret n°2012-1246 du 7 novembre 2012 modifié relatif à la gestion budgétaire,\n\nArticle 1\n"
    )
    assert labels_of(text)["legal_bases"] == [
        "décret n° 2004-1085 du 14 octobre 2004",
        "décret n° 2012-1246 du 7 novembre 2012",
    ]


def test_instrument_cited_inside_another_title_is_not_a_separate_basis() -> None:
    text = (
        "Vu l'arrêté du 16 décembre 2013 relatif au contrôle budgétaire pris en application de l'article 105 du "
        "décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;\n"
        "Vu le décret n° 2023-304 du 22 avril 2023 modifiant le décret n° 2019-1088 du 25 octobre 2019 ;\n"
    )
    assert labels_of(text)["legal_bases"] == ["arrêté du 16 décembre 2013", "décret n° 2023-304 du 22 avril 2023"]


def test_compact_dates_semicolon_list_and_named_instruments() -> None:
    text = (
        "Vu décret n° 2004-1085 du 14-10-2004 modifié ; convention de délégation de gestion pour le fonds X "
        "signée le 10-12-2018 et son avenant du 15-11-2020 ; contrat de transformation (plan Y) du 1-7-2024\n\n"
    )
    record = extract_text(text)
    assert [base.label for base in record.legal_bases] == [
        "décret n° 2004-1085 du 14 octobre 2004",
        "convention de délégation de gestion pour le fonds X du 10 décembre 2018",
        "avenant du 15 novembre 2020",
        "contrat de transformation du 1er juillet 2024",
    ]
    assert record.legal_bases[0].number == "2004-1085"
    assert record.legal_bases[0].date == datetime.date(2004, 10, 14)


def test_application_sentence_and_code_articles() -> None:
    text = (
        "La présente délégation est conclue en application du décret 2004-1085 du 14 octobre 2004 et dans le cadre "
        "des articles R121-11 et R222- 12 du code de justice administrative et de l'article L. 5 du "
        "code de la route.\n"
    )
    assert labels_of(text)["legal_bases"] == [
        "décret n° 2004-1085 du 14 octobre 2004",
        "code de justice administrative, articles R121-11 et R222-12",
        "code de la route, article L. 5",
    ]


def test_susvise_reference_without_number_joins_its_visa() -> None:
    text = (
        "Vu le décret n° 2004-1085 du 14 octobre 2004 ;\n\nArticle 1er\nPar le présent document, établi en "
        "application de l'article 2 du décret du 14 octobre 2004 susvisé, le délégant confie …\n"
    )
    assert labels_of(text)["legal_bases"] == ["décret n° 2004-1085 du 14 octobre 2004"]


def test_circular_in_an_obligation_is_not_a_legal_basis() -> None:
    text = (
        "Vu la loi n° 2001-692 du 1er août 2001 ;\n\n- publier les codes sources conformément à la "
        "circulaire 5608/SG du 19 septembre 2012 ;\n"
    )
    assert labels_of(text)["legal_bases"] == ["loi n° 2001-692 du 1er août 2001"]


def test_code_visa_keeps_the_articles_it_names() -> None:
    text = (
        "Vu le code de la route, notamment ses articles L. 110-1 à L. 110-3 ;\n"
        "Vu le code rural, notamment son article R. 12-4 ;\nVu le code civil ;\n\nArticle 1\n"
    )
    assert labels_of(text)["legal_bases"] == [
        "code de la route, articles L. 110-1 à L. 110-3",
        "code rural, article R. 12-4",
        "code civil",
    ]
