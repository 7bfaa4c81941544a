"""Parties: roles from the words the text uses, whatever the layout and the order."""

from __future__ import annotations

from tests.extraction.helpers import extract_text, labels_of


def _by_role(text: str) -> dict[str, list[dict]]:
    result: dict[str, list[dict]] = {}
    for party in labels_of(text)["parties"]:
        result.setdefault(party["role"], []).append(party)
    return result


def test_delegataire_listed_first_keeps_its_role() -> None:
    text = (
        "Convention de délégation de gestion\n\nEntre\n\nL'Agence nationale de la cohésion des territoires (ANCT)\n"
        "Représentée par Jeanne Martin, directrice générale,\nCi-après dénommée « le délégataire »,\n\nEt\n\n"
        "La Direction générale des collectivités locales (DGCL)\nReprésentée par Paul Durand, directeur général,\n"
        "Ci-après dénommée « le délégant »,\n\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n"
    )
    parties = _by_role(text)
    assert [p["acronym"] for p in parties["delegataire"]] == ["ANCT"]
    assert parties["delegant"][0]["name"] == "Direction générale des collectivités locales"
    assert parties["delegant"][0]["represented_by"] == "Paul Durand"
    assert parties["delegant"][0]["representative_title"] == "directeur général"


def test_codelegataires_without_hyphen_one_per_line() -> None:
    text = (
        "Délégation de gestion\n\nEntre le service X (SX) du ministère Y, représenté par le chef du service X,\n"
        "Désigné sous le terme de « délégant », d'une part,\net\n"
        "La direction A (DA) du ministère B, représentée par le directeur A,\n"
        "Le bureau C (BC) de la direction A, représenté par la cheffe du bureau C,\n"
        "Désignés sous le terme « codélégataires », d'autre part,\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n"
    )
    parties = _by_role(text)
    assert [p["acronym"] for p in parties["co_delegataire"]] == ["DA", "BC"]
    assert [p["representative_title"] for p in parties["co_delegataire"]] == ["directeur A", "cheffe du bureau C"]
    assert all(p["represented_by"] is None for p in parties["co_delegataire"])
    assert parties["delegant"][0]["acronym"] == "SX"


def test_acronym_of_the_parent_body_is_not_the_partys() -> None:
    text = (
        "Convention\n\nEntre la sous-direction des achats de la direction générale des finances publiques (DGFIP), "
        "représentée par la sous-directrice, désignée sous le terme de « délégant », d'une part,\n"
        "Et\nLe service Z, désigné sous le terme de « délégataire », d'autre part,\nIl est convenu ce qui suit :\n"
    )
    parties = _by_role(text)
    assert parties["delegant"][0]["acronym"] is None
    assert parties["delegant"][0]["name"].startswith("sous-direction des achats")


def test_bare_role_word_after_a_comma() -> None:
    text = (
        "Convention de délégation de gestion\n\nEntre\n\nLe préfet de la région Bretagne, délégant, d'une part,\n\n"
        "et\n\nLe directeur régional des finances publiques de Bretagne, délégataire, d'autre part,\n\n"
        "Il est convenu ce qui suit :\n"
    )
    parties = _by_role(text)
    assert parties["delegant"][0]["name"] == "préfet de la région Bretagne"
    assert parties["delegataire"][0]["name"] == "directeur régional des finances publiques de Bretagne"


def test_masked_names_and_addresses_are_not_taken() -> None:
    text = (
        "Convention de délégation de gestion\nEntre\nLa Direction X\nAdresse : 00 xxxxx Xxxxxxxx 00000 Xxxxxxx "
        'Représentée par Xxxx XXXXXXXXX, directeur général,\nCi-après dénommée “le délégant” ou la "DX",\n'
        "Et\nLa Direction Y (DY)\nReprésentée par Anne Petit, directrice,\nCi-après dénommée « le délégataire »,\n"
        "Vu le décret n° 2004-1085 du 14 octobre 2004,\n"
    )
    record = extract_text(text)
    delegant = record.parties[0]
    assert delegant.address is None
    assert delegant.representative is not None and delegant.representative.name is None
    assert delegant.representative.title is not None and delegant.representative.title.value == "directeur général"
    assert delegant.acronym is not None and delegant.acronym.value == "DX"
    assert sum(f.code == "masked-value" for f in record.findings) == 2


def test_rank_is_not_the_title_and_capital_particles_stay_in_the_name() -> None:
    text = (
        "Délégation de gestion\nEntre :\nLa mission M (MM), représentée par Claire DUBOIS, directrice, "
        "dénommée ci-après le « délégant » ;\nD'une part,\net :\nLe service S (SS) représenté par "
        "l'ingénieur général de l'armement hors classe Jean DE LA FONTAINE-RIVE, directeur central du service S ;\n"
        "Désignés sous le terme de « co-délégataires » ;\nD'autre part,\nVu le décret n° 2004-1085 "
        "du 14 octobre 2004 ;\n"
    )
    parties = _by_role(text)
    codelegataire = parties["co_delegataire"][0]
    assert codelegataire["represented_by"] == "Jean DE LA FONTAINE-RIVE"
    assert codelegataire["representative_title"] == "directeur central du service S"


def test_no_party_clause_gives_no_party_and_a_finding() -> None:
    record = extract_text("Article 1er\nObjet\nLa direction A et la direction B travaillent ensemble.\n")
    assert record.parties == []
    assert {f.code for f in record.findings} >= {"missing-delegant", "missing-delegataire"}


def test_provenance_points_at_the_printed_name() -> None:
    text = (
        "Convention\n\nEntre\n\nLa Direction Z (DZ)\nCi-après dénommée « le délégant "
        "»,\n\nEt\n\nLe service W\nCi-après dénommé « le délégataire »,\n\nVu le code X ;\n"
    )
    record = extract_text(text)
    span = record.parties[0].name.source.span
    assert span is not None
    assert text[span.start : span.end].startswith("La Direction Z")


def test_role_heading_layout_without_entre() -> None:
    text = (
        "Convention de délégation de gestion\n\nLe délégant :\nLa direction régionale X (DRX), représentée par "
        "Anne Roux, directrice régionale,\n\nLe délégataire :\nLe centre de services partagés Y, représenté par "
        "Marc Blanc, chef du centre,\n\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n"
    )
    parties = _by_role(text)
    assert parties["delegant"][0]["acronym"] == "DRX"
    assert parties["delegant"][0]["represented_by"] == "Anne Roux"
    assert parties["delegataire"][0]["name"] == "centre de services partagés Y"


def test_entre_les_soussignes_and_ci_apres_without_verb() -> None:
    text = (
        "Convention\n\nEntre les soussignés :\n\nLe ministère de la culture, représenté par Eva Noir, secrétaire "
        "générale, ci-après « le délégant »,\n\nEt\n\nL'Institut national Z (INZ), représenté par Léo Vert, "
        "directeur, ci-après « le délégataire »,\n\nIl est convenu ce qui suit :\n"
    )
    parties = _by_role(text)
    assert parties["delegant"][0]["name"] == "ministère de la culture"
    assert parties["delegant"][0]["representative_title"] == "secrétaire générale"
    assert parties["delegataire"][0]["acronym"] == "INZ"
