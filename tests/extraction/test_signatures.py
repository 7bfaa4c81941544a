"""Signatories: « pour » whom, their title, attached to the right party."""

from __future__ import annotations

from tests.extraction.helpers import extract_text


PARTIES = (
    "Convention de délégation de gestion\n\nEntre\n\nLa Direction A (DA)\nReprésentée par Marie Curie, directrice,\n"
    "Ci-après dénommée « le délégant »,\n\nEt\n\nLe Service B (SB)\nReprésenté par Louis Pasteur, chef du service,\n"
    "Ci-après dénommé « le délégataire »,\n\nArticle 1 : Objet\n\nTexte.\n\n"
)


def test_pour_signatory_with_title_before_the_name() -> None:
    text = PARTIES + (
        "Fait à Paris, le 2 mars 2025\n\nLa DA,\n\nPour la directrice de A,\nLe chef de "
        "bureau,\nadjoint à la directrice\n\n"
        "Jean VALJEAN\n\nLe délégataire,\n\nLouis PASTEUR\nChef du service B\n"
    )
    record = extract_text(text)
    delegant, delegataire = record.parties
    assert delegant.signatory is not None
    assert delegant.signatory.name is not None and delegant.signatory.name.value == "Jean VALJEAN"
    assert delegant.signatory.signs_for is not None and delegant.signatory.signs_for.value == "la directrice de A"
    assert delegant.signatory.title is not None
    assert delegant.signatory.title.value == "Le chef de bureau, adjoint à la directrice"
    assert delegataire.signatory is not None and delegataire.signatory.name is not None
    assert delegataire.signatory.name.value == "Louis PASTEUR"
    assert delegataire.signatory.signs_for is None
    assert not any(f.code == "signatory-missing" for f in record.findings)


def test_signer_is_matched_to_the_representative_of_the_same_name() -> None:
    text = PARTIES + "Fait à Paris, le 2 mars 2025\n\nLe délégataire,\n\nLa DA,\n\nMarie CURIE\nDirectrice\n"
    record = extract_text(text)
    delegant, delegataire = record.parties
    assert delegant.signatory is not None and delegant.signatory.name is not None
    assert delegant.signatory.name.value == "Marie CURIE"
    assert delegataire.signatory is None
    assert any(f.code == "signatory-missing" for f in record.findings)
