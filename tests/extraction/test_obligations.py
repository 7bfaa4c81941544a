"""Object, services or products, FAST promotion and obligations.

Seeds and corpus are read from ../shared; the synthetic texts below are written for
these tests, each a different wording of a clause of the genre.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest

from conventio.extraction import extract_path
from conventio.extraction.labels import to_labels
from conventio.extraction.record import Obligation, ObligationCategory, Record, Role, Severity
from tests.conftest import CORPUS, DJEPVA, FAST13
from tests.extraction.helpers import extract_text


# A hang detector, not a speed test (speed is measured by benchmarks/): these inputs take
# milliseconds; a quadratic rule takes minutes.
HANG_SECONDS = 10.0


LABELS = sorted((CORPUS / "labels").glob("*.json"))

PARTIES = (
    "Convention de délégation de gestion\n\nEntre\n\nLa Direction des achats (DA), ci-après dénommée "
    "« le délégant »,\n\nEt\n\nLa Direction du numérique (DNUM), ci-après dénommée « le délégataire »,\n\n"
    "Vu le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion,\n\n"
)
SIGNED = "\n\nFait à Paris, le 3 mars 2025\n\nLe délégant,\n\nLe délégataire,\n"


def _by_category(record: Record, category: ObligationCategory) -> list[Obligation]:
    return [obligation for obligation in record.obligations if obligation.category == category]


def _with(record: Record, words: str) -> Obligation:
    found = [obligation for obligation in record.obligations if words in obligation.text]
    assert len(found) == 1, (words, [obligation.text for obligation in record.obligations])
    return found[0]


# ------------------------------------------------------------------------------ seeds


def test_fast13_object_services_and_promotion() -> None:
    record = extract_path(FAST13)
    assert record.fast_promotion is not None and record.fast_promotion.value == 13
    assert [service.value for service in record.services] == ["Réfugiés.info"]
    assert record.object is not None
    assert record.object.value.startswith("La présente convention a pour objet")
    assert record.object.source.method == "pattern:object-article"


def test_fast13_obligations() -> None:
    record = extract_path(FAST13)
    obligations = record.obligations
    assert len(obligations) == 32
    categories = {obligation.category for obligation in obligations}
    assert categories == set(ObligationCategory)
    # Every obligation is bound: the délégataire (the partner and its service team) or the DINUM (délégant).
    assert {obligation.party_role for obligation in obligations} == {Role.DELEGATAIRE, Role.DELEGANT}
    assert not any(obligation.all_parties for obligation in obligations)
    for category in (
        ObligationCategory.FRANCECONNECT,
        ObligationCategory.USER_FEEDBACK,
        ObligationCategory.OPEN_SOURCE,
        ObligationCategory.PERSONAL_DATA,
        ObligationCategory.SECURITY,
        ObligationCategory.STAFFING,
        ObligationCategory.FUNDING,
    ):
        assert {obligation.party_role for obligation in _by_category(record, category)} == {Role.DELEGATAIRE}
    assert len(_by_category(record, ObligationCategory.PUBLIC_STATISTICS)) == 2
    governance = _by_category(record, ObligationCategory.GOVERNANCE)
    assert any("intrapreneur" in obligation.text for obligation in governance)
    assert any("sponsor" in obligation.text for obligation in governance)
    # The délégant's own commitments: Chorus rights and credits made available.
    delegant = [obligation for obligation in obligations if obligation.party_role == Role.DELEGANT]
    assert any("CHORUS" in obligation.text for obligation in delegant)
    assert all(obligation.category != ObligationCategory.GOVERNANCE for obligation in delegant)
    # Nothing from the preamble, the duration or the publication articles.
    assert not any("préavis" in obligation.text or "data.gouv.fr" in obligation.text for obligation in obligations)
    assert not any("centaine" in obligation.text for obligation in obligations)


def test_fast13_quantified_commitments() -> None:
    record = extract_path(FAST13)
    (staffing,) = _by_category(record, ObligationCategory.STAFFING)
    assert [(q.quantity, q.unit, q.per, q.subject) for q in staffing.quantities] == [
        (Decimal(1), "jour", "semaine", "développeur"),
        (Decimal(2), "jour", "semaine", "chargé(e) de déploiement"),
    ]
    envelope = next(o for o in _by_category(record, ObligationCategory.FUNDING) if "cofinancement" in o.text)
    delays = [q for q in envelope.quantities if q.unit == "mois"]
    assert [(q.quantity, q.reference_event, q.subject) for q in delays] == [(Decimal(6), "signature", "engagement")]
    assert [q.quantity for q in envelope.quantities if q.unit == "euro"] == [Decimal("250000.00")]
    for quantity in staffing.quantities:
        assert quantity.source.span is not None and "semaine" in quantity.source.span.excerpt


def test_djepva_object_and_services() -> None:
    record = extract_path(DJEPVA)
    assert record.fast_promotion is None
    # The object names API Engagement; the annex adds JeVeuxAider.gouv.fr (see test_annexes).
    assert [service.value for service in record.services] == ["API Engagement", "JeVeuxAider.gouv.fr"]
    assert [service.source.method for service in record.services] == ["pattern:quoted-service", "annex:service-block"]
    assert record.object is not None and "annexe 1" in record.object.value


def test_djepva_obligations() -> None:
    record = extract_path(DJEPVA)
    obligations = record.obligations
    # « Les partenaires s'engagent … notamment : » binds every party, item by item.
    shared = [obligation for obligation in obligations if obligation.all_parties]
    assert len(shared) == 7
    assert {obligation.category for obligation in shared} == {
        ObligationCategory.METHOD,
        ObligationCategory.OPEN_SOURCE,
        ObligationCategory.PERSONAL_DATA,
        ObligationCategory.PUBLIC_STATISTICS,
        ObligationCategory.SECURITY,
        ObligationCategory.FRANCECONNECT,
        ObligationCategory.USER_FEEDBACK,
    }
    assert all(obligation.party_role is None for obligation in shared)
    # « le partenaire » is the DJEPVA, the délégant, in this convention.
    governance = _by_category(record, ObligationCategory.GOVERNANCE)
    assert {(o.party_role, "sponsor" in o.text or "intrapreneur" in o.text) for o in governance} >= {
        (Role.DELEGANT, True)
    }
    assert any(o.party_role == Role.DELEGATAIRE and "DINUM" in o.text for o in governance)
    # « le délégué » may be either side: not bound, and told once.
    unbound = [
        obligation for obligation in obligations if obligation.party_role is None and not obligation.all_parties
    ]
    assert len(unbound) == 3
    findings = [finding for finding in record.findings if finding.code == "obligation-party-ambiguous"]
    assert len(findings) == 1 and findings[0].severity == Severity.WARNING
    budget = _by_category(record, ObligationCategory.BUDGET_EXECUTION)
    assert any(o.party_role == Role.DELEGATAIRE and "insuffisance" in o.text for o in budget)


# ----------------------------------------------------------------------------- corpus


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_corpus_services_match_the_labels(label_path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    record = extract_path(CORPUS / "docs" / expected["doc"])
    assert to_labels(record)["services_or_products"] == expected["services_or_products"]
    assert record.fast_promotion is None
    # Cut texts: no obligation is ever read from a visa or a preamble.
    for obligation in record.obligations:
        assert not obligation.text.startswith("Vu ")


def test_corpus_object_clauses() -> None:
    record = extract_path(CORPUS / "docs" / "15_ta-grenoble-conseil-etat-2011.txt")
    assert record.object is not None and record.object.value.startswith("En application de l'article 2")
    bound = {(o.party_role, o.text.split()[1]) for o in record.obligations}
    assert (Role.DELEGANT, "délégant") in bound
    # « Il est responsable … » follows a sentence about the délégant.
    assert _with(record, "responsable").party_role == Role.DELEGANT
    fragment = extract_path(CORPUS / "docs" / "20_cgdd-cis-article1-fragment.txt")
    assert fragment.object is not None and fragment.object.value.startswith("Les contrats à impact social")


# ----------------------------------------------------------------- services (variants)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("La présente convention concerne le service numérique « Aides Territoires ».", ["Aides Territoires"]),
        ('Elle finance la plateforme "MonCompteFormation" et son outil « Agenda ».', ["MonCompteFormation", "Agenda"]),
        ("Elle finance la Startup d'État Carte.gouv.fr portée par la DA.", ["Carte.gouv.fr"]),
        ("Elle finance le développement du service numérique Demarches Simplifiees.", ["Demarches Simplifiees"]),
        ("Elle soutient les Startups d'État Mon Entreprise et La Bonne Boîte.", []),
        ("Elle concerne un service public, le « registre national des aides ».", ["registre national des aides"]),
        ("Elle concerne un service public, le « registre de ", []),
    ],
)
def test_named_services(clause: str, expected: list[str]) -> None:
    record = extract_text(PARTIES + "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\n" + clause + SIGNED)
    assert [service.value for service in record.services] == expected


def test_entrusted_phrase_items() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 1er\nObjet de la délégation\n\nLe délégant confie au "
        "délégataire, en son nom et pour son compte, la réalisation des achats de fournitures de bureau (papier "
        "et consommables) ainsi que la liquidation des factures afférentes du programme 216 « Conduite et "
        "pilotage ».\n\nArticle 2 : Obligations\n\nLe délégataire rend compte chaque trimestre." + SIGNED
    )
    assert [service.value for service in record.services] == [
        "achats de fournitures de bureau",
        "liquidation des factures afférentes",
    ]
    assert record.object is not None and record.object.value.startswith("Le délégant confie")


def test_entrusted_list_items() -> None:
    record = extract_text(
        PARTIES + "Il est convenu ce qui suit :\n\nArticle 1 - Objet\n\nLe délégant confie aux co-délégataires, "
        "dans les conditions ci-après définies, l'exécution sur le programme 123 :\n\n- des engagements juridiques "
        "(hors marchés) ;\n- les paiements de titre 3.\n\nArticle 2 - Suivi\n\nLe délégataire transmet un bilan."
        + SIGNED
    )
    assert [service.value for service in record.services] == ["engagements juridiques", "paiements de titre 3"]
    # The object's list is the object, not obligations of the délégant.
    assert not any("paiements de titre 3" in obligation.text for obligation in record.obligations)
    assert record.object is not None and record.object.value.count("\n") == 2


def test_scheme_launched_in_the_preamble() -> None:
    record = extract_text(
        PARTIES + "Préambule\n\nUn dispositif d'accueil des jeunes aidants est mis en place par les deux "
        "ministères.\n\nIl a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLa présente convention a pour "
        "objet de préciser la gestion des crédits." + SIGNED
    )
    assert [service.value for service in record.services] == ["dispositif d'accueil des jeunes aidants"]


def test_services_named_only_in_a_visa_are_not_taken() -> None:
    record = extract_text(
        PARTIES.replace("Vu le décret", "Vu le contrat relatif au service numérique « Visa Service » ; vu le décret")
        + "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLa présente convention a pour objet de fixer les "
        "modalités de gestion." + SIGNED
    )
    assert record.services == []


def _preamble_and_object(preamble: str, clause: str, title: str = "Convention de délégation de gestion") -> Record:
    return extract_text(
        PARTIES.replace("Convention de délégation de gestion", title, 1)
        + "Préambule\n\n"
        + preamble
        + "\n\nIl a été convenu ce qui suit :\n\nArticle 1 : Objet\n\n"
        + clause
        + SIGNED
    )


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (
            "Parcours Aidant, service numérique porté par la direction des achats, oriente les aidants vers les "
            "aides auxquelles ils ont droit.",
            ["Parcours Aidant"],
        ),
        ("Boussole Achats est une startup d'État incubée par la DNUM depuis 2024.", ["Boussole Achats"]),
        (
            "La DA a lancé la refonte de Guichet des aides locales, la plateforme qui recense les aides aux communes.",
            ["Guichet des aides locales"],
        ),
        # An office, a building or a bare « service » is not a digital service.
        ("La DNUM, service à compétence nationale, accompagne la DA.", []),
        ("Rennes, site de la direction régionale, accueille le comité.", []),
        ("La DA, service numérique de l'État, pilote le projet.", []),
        # A party (here the délégataire's acronym) introduced in passing is not the product.
        ("DNUM, service numérique interministériel, héberge les équipes.", []),
    ],
)
def test_names_introduced_as_digital_services(preamble: str, expected: list[str]) -> None:
    record = _preamble_and_object(preamble, "La présente convention fixe les modalités de gestion des crédits.")
    assert [service.value for service in record.services] == expected


@pytest.mark.parametrize(
    ("title", "preamble", "expected"),
    [
        (
            "CONVENTION DE PARTENARIAT POUR LE SERVICE « CARNET VÉLO »",
            "Carnet Vélo permet aux cyclistes de déclarer le vol de leur vélo.",
            ["Carnet Vélo"],
        ),
        (
            "Convention de délégation de gestion – Atlas Forêts",
            "Atlas Forêts recense les parcelles forestières publiques.",
            ["Atlas Forêts"],
        ),
        # An office, a year, a budget label, or a name the text never writes as a proper name.
        (
            "Convention de délégation de gestion – Région académique Bretagne",
            "La Région académique Bretagne coordonne les projets.",
            [],
        ),
        ("Convention de délégation de gestion – Année 2026", "Les crédits sont ouverts.", []),
        (
            "Convention de délégation de gestion du programme 123 « Conditions de vie outre-mer »",
            "Conditions de vie outre-mer est le libellé du programme.",
            [],
        ),
        ("Convention de délégation de gestion – Atlas Forêts", "Les parcelles sont recensées.", []),
    ],
)
def test_name_given_by_the_title(title: str, preamble: str, expected: list[str]) -> None:
    record = _preamble_and_object(preamble, "La présente convention fixe les modalités de gestion.", title)
    assert [service.value for service in record.services] == expected


def test_entrusted_object_recalled_by_an_avenant_considering_clause() -> None:
    record = extract_text(
        "Avenant n° 1 à la convention de délégation de gestion du 4 mars 2024\n\nEntre\n\nLa DA, ci-après "
        "dénommée « le délégant »,\n\nEt\n\nL'Office national des forêts, ci-après dénommé « l'ONF » ou « le "
        "délégataire »,\n\nVu la convention de délégation de gestion du 4 mars 2024 ;\n\nConsidérant que la "
        "convention susvisée confie à l'ONF la réalisation de l'inventaire des chemins forestiers domaniaux ; que "
        "cet inventaire doit être étendu aux forêts littorales ;\n\nLes parties conviennent de ce qui suit :\n\n"
        "Article 1er – Montant\n\nLe montant délégué est porté à 90 000 €." + SIGNED
    )
    assert [service.value for service in record.services] == ["inventaire des chemins forestiers domaniaux"]


def test_object_of_a_delegation_named_by_its_participle() -> None:
    record = extract_text(
        PARTIES + "1. Objet\n\nLe présent contrat de service précise les modalités de la délégation de gestion "
        "confiée au SGC pour la liquidation des dépenses de la DDT imputées sur le programme 113 « Paysages, eau "
        "et biodiversité ». Il fixe les délais de traitement." + SIGNED
    )
    assert [service.value for service in record.services] == [
        "liquidation des dépenses de la DDT imputées sur le programme 113"
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "La gestion est confiée au délégataire pour la durée de la convention.",
        "La gestion est confiée au délégataire pour les besoins du service.",
        "La gestion est confiée au délégataire pour son compte.",
    ],
)
def test_participle_followed_by_no_object_is_not_an_object(clause: str) -> None:
    record = extract_text(PARTIES + "1. Objet\n\n" + clause + SIGNED)
    assert record.services == []


def test_two_objects_joined_by_comma_et_with_budget_asides() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire le "
        "paiement des bourses des lycéens de l'Aisne, imputées sur le BOP 0230-DR02 du programme 230 « Vie de "
        "l'élève », et l'instruction des aides à la restauration scolaire relevant du P. 230 « Vie de l'élève »."
        + SIGNED
    )
    assert [service.value for service in record.services] == [
        "paiement des bourses des lycéens de l'Aisne",
        "instruction des aides à la restauration scolaire",
    ]


def test_object_with_two_programme_frames_keeps_no_trailing_conjunction() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire, en "
        "son nom et pour son compte, l'ordonnancement des aides à la rénovation des gîtes et au balisage des "
        "sentiers, au titre du programme 149 « Compétitivité et durabilité de l'agriculture » et du programme "
        "206 « Sécurité et qualité sanitaires de l'alimentation »." + SIGNED
    )
    assert [service.value for service in record.services] == [
        "ordonnancement des aides à la rénovation des gîtes et au balisage des sentiers"
    ]


def test_long_runs_in_an_object_clause_stay_linear() -> None:
    """Trailing « , , , » or « et et et » runs and many « considération » words: bounded work each."""
    for text in (
        PARTIES + "Article 1 : Objet\n\nLe délégant confie au délégataire l'achat" + " ," * 20000 + " b.",
        PARTIES + "Article 1 : Objet\n\nLe délégant confie au délégataire l'achat" + " et" * 20000 + " b.",
        "considération " * 30000 + "\nArticle 1\n\nTexte.",
    ):
        started = time.perf_counter()
        extract_text(text)
        assert time.perf_counter() - started < HANG_SECONDS


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Convention de délégation de gestion FAST 7 | Exemple", 7),
        ("Convention de délégation de gestion – promotion 15 du FAST", 15),
        ("Convention de délégation de gestion FAST 250 000 €", None),
        ("Convention de délégation de gestion", None),
    ],
)
def test_fast_promotion(title: str, expected: int | None) -> None:
    record = extract_text(PARTIES.replace("Convention de délégation de gestion", title, 1) + SIGNED)
    value = record.fast_promotion.value if record.fast_promotion else None
    assert value == expected


# -------------------------------------------------------------- obligations (variants)


def test_list_items_bind_the_party_of_the_lead_in() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 2 : Engagements\n\nLe délégataire s'oblige à :\n\n"
        "- intégrer ProConnect pour l'authentification des agents ;\n- publier ses codes sources ;\n"
        "- mettre en ligne un tableau de bord public de ses indicateurs d'usage.\n\n"
        "Le délégant :\n\n- désigne un sponsor ;\n- réunit un comité de pilotage deux fois par an." + SIGNED
    )
    assert [(o.party_role, o.category) for o in record.obligations] == [
        (Role.DELEGATAIRE, ObligationCategory.FRANCECONNECT),
        (Role.DELEGATAIRE, ObligationCategory.OPEN_SOURCE),
        (Role.DELEGATAIRE, ObligationCategory.PUBLIC_STATISTICS),
        (Role.DELEGANT, ObligationCategory.GOVERNANCE),
        (Role.DELEGANT, ObligationCategory.GOVERNANCE),
    ]
    assert all(o.source.method == "pattern:engagement-list" for o in record.obligations)


def test_lists_that_are_not_commitments_are_skipped() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 3 : Exécution financière\n\nLes crédits sont "
        "ouverts en deux tranches :\n\n- 60 % à la signature ;\n- 40 % au bilan.\n\nRéférences Chorus :\n\n"
        "- centre financier : 0123-ABCD-EF12." + SIGNED
    )
    assert record.obligations == []


def test_commitment_sentences_and_present_tense_duties() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 3 : Exécution financière\n\nLe délégataire est tenu "
        "de respecter les règles de la commande publique. En cas de dépassement prévisible, le délégataire "
        "informe sans délai le délégant. Le délégant procède aux paiements dans un délai de 30 jours à compter de "
        "la réception des factures. Le montant total ne pourra excéder 40 000 €. Les parties s'engagent à se "
        "réunir en fin d'exercice. La DNUM transmet chaque année un rapport d'activité. Une copie est "
        "adressée au contrôleur budgétaire." + SIGNED
    )
    bound = [(o.party_role, o.all_parties, o.category) for o in record.obligations]
    assert bound == [
        (Role.DELEGATAIRE, False, ObligationCategory.OTHER),
        (Role.DELEGATAIRE, False, ObligationCategory.OTHER),
        (Role.DELEGANT, False, ObligationCategory.BUDGET_EXECUTION),
        (None, False, ObligationCategory.BUDGET_EXECUTION),
        (None, True, ObligationCategory.OTHER),
        (Role.DELEGATAIRE, False, ObligationCategory.REPORTING),
    ]
    delay = record.obligations[2].quantities
    assert [(q.quantity, q.unit, q.reference_event) for q in delay] == [(Decimal(30), "jour", "réception")]
    assert [q.quantity for q in record.obligations[3].quantities] == [Decimal("40000.00")]


def test_article_title_binds_sentences_without_a_subject_party() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 2 : Obligations du délégataire\n\nLes équipes "
        "devront documenter leurs analyses de risques selon le guide de l'ANSSI." + SIGNED
    )
    (obligation,) = record.obligations
    assert obligation.party_role == Role.DELEGATAIRE
    assert obligation.category == ObligationCategory.SECURITY


def test_staffing_written_in_words() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 2 : Engagements\n\nLe délégataire s'engage à "
        "mobiliser l'équipe à hauteur de deux jours par semaine de designer et trois jours par mois de "
        "développeuse pendant six mois." + SIGNED
    )
    (obligation,) = record.obligations
    assert obligation.category == ObligationCategory.STAFFING
    assert [(q.quantity, q.unit, q.per, q.subject) for q in obligation.quantities] == [
        (Decimal(2), "jour", "semaine", "designer"),
        (Decimal(3), "jour", "mois", "développeuse"),
    ]


def test_no_obligation_in_a_complete_text_is_told() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLa présente convention a pour objet de "
        "fixer les modalités de gestion." + SIGNED
    )
    assert record.obligations == []
    assert any(finding.code == "obligations-missing" for finding in record.findings)


def test_garbage_does_not_raise() -> None:
    texts = (
        "s'engage à :\n- \n-\n- x",
        "Article 1 : Objet\n\nconfie au délégataire, ",
        "le délégant confie au délégataire, " * 300,
        "- " * 4000,
        "Article 1\n" * 500,
    )
    for text in texts:
        extract_text(text)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # A role word ends the recipient without a comma.
        (
            "Le délégant confie au délégataire la gestion des crédits destinés aux bourses de mobilité.",
            ["bourses de mobilité"],
        ),
        # « la gestion des crédits » names the fund they come from, or nothing at all.
        (
            "Le délégant confie au délégataire la gestion des crédits du fonds de soutien à la vie locale "
            "ouverts en 2025.",
            ["fonds de soutien à la vie locale"],
        ),
        ("Le délégant confie au délégataire la gestion des crédits du programme 112.", []),
        # Any incise before the object, and the infinitive « confier ».
        (
            "La présente convention a pour objet de confier aux codélégataires, chacun pour son territoire, "
            "au nom et pour le compte du délégant, l'entretien des bâtiments du programme 723 « Immobilier ».",
            ["entretien des bâtiments"],
        ),
        # The budget frame is dropped wherever it sits in the phrase.
        (
            "Le délégant confie au délégataire l'achat des vaccins, sur les crédits du programme 204 « Prévention », "
            "destinés aux centres de santé.",
            ["achat des vaccins destinés aux centres de santé"],
        ),
        # A named project in quotes is the product; an « appel à projets » is not.
        (
            "Le délégant confie au délégataire la gestion des crédits alloués au projet « Guichet Unique », lauréat "
            "de l'appel à projets « Relance ».",
            ["Guichet Unique"],
        ),
        # « le cas échéant » is an incise, not the object.
        (
            "Le délégant confie au délégataire, le cas échéant, la liquidation des subventions.",
            ["liquidation des subventions"],
        ),
    ],
)
def test_object_clause_variants(clause: str, expected: list[str]) -> None:
    record = extract_text(PARTIES + "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\n" + clause + SIGNED)
    assert [service.value for service in record.services] == expected


def test_pronoun_subject_follows_the_previous_party() -> None:
    record = extract_text(
        PARTIES + "Il a été convenu ce qui suit :\n\nArticle 2 : Exécution\n\nLe délégataire certifie le service "
        "fait. Il passe, le cas échéant, les marchés nécessaires. Le délégant reste responsable de la "
        "programmation." + SIGNED
    )
    assert [(o.party_role, o.source.method) for o in record.obligations] == [
        (Role.DELEGATAIRE, "pattern:party-duty-sentence"),
        (Role.DELEGATAIRE, "pattern:pronoun-duty-sentence"),
        (Role.DELEGANT, "pattern:commitment-sentence"),
    ]


GENRE = Path(__file__).resolve().parent / "genre_corpus"


@pytest.mark.parametrize("label_path", sorted((GENRE / "labels").glob("*.json")), ids=lambda path: path.stem)
def test_genre_corpus_services_match_the_labels(label_path: Path) -> None:
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    record = extract_path(GENRE / "docs" / expected["doc"])
    assert to_labels(record)["services_or_products"] == expected["services_or_products"]
