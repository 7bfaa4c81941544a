"""Annexes: service blocks, budgets and their parts, objective trees with numeric targets.

The DJEPVA seed is read from ../shared; the synthetic annexes below are written for
these tests (another service, other wording, the same layout rules).
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest

from conventio.extraction import extract_path
from conventio.extraction.record import AnnexObjective, AnnexService, Record
from tests.conftest import CORPUS, DJEPVA, FAST13
from tests.extraction.helpers import extract_text


LABELS = sorted((CORPUS / "labels").glob("*.json"))

BODY = (
    "Convention de délégation de gestion\n\nEntre\n\nLa Direction A, ci-après dénommée « le délégant »,\n\nEt\n\n"
    "La Direction B, ci-après dénommée « le délégataire »,\n\nIl a été convenu ce qui suit :\n\nArticle 1 : "
    "Objet\n\nLe délégant confie au délégataire l'accompagnement des services décrits en annexe 2.\n\n"
    "Fait à Paris, le 2 avril 2025\n\nLe délégant,\n\nLe délégataire,\n\n"
)


def _service(record: Record, name: str) -> AnnexService:
    (annex,) = record.annexes
    return next(service for service in annex.services if service.name == name)


def _targets(objective: AnnexObjective) -> list[tuple[Decimal, str | None, str | None, datetime.date | None]]:
    return [(t.value, t.unit, t.deadline, t.deadline_date) for t in objective.targets]


# ------------------------------------------------------------------------------- seed


def test_djepva_annex_blocks() -> None:
    record = extract_path(DJEPVA)
    (annex,) = record.annexes
    assert annex.number == "1"
    assert annex.title.startswith("Objectifs et modalités de collaboration")
    assert [(s.name, s.acronym, s.year) for s in annex.services] == [
        ("JeVeuxAider.gouv.fr par la Réserve Civique", "JVA", 2024),
        ("API Engagement", "API", 2024),
    ]
    jva = _service(record, "JeVeuxAider.gouv.fr par la Réserve Civique")
    assert jva.products == ["JeVeuxAider.gouv.fr"]
    assert jva.budget == Decimal("1805000.00")
    assert jva.budget_parts == []
    assert jva.ambition is not None and jva.ambition.startswith("Piloter la croissance")
    api = _service(record, "API Engagement")
    assert api.products == ["api-engagement.beta.gouv.fr"]
    assert api.budget == Decimal("925000.00")
    assert [(part.label, part.amount) for part in api.budget_parts] == [
        ("volet Service Civique", Decimal("475000.00"))
    ]


def test_djepva_flat_objectives_with_targets() -> None:
    jva = _service(extract_path(DJEPVA), "JeVeuxAider.gouv.fr par la Réserve Civique")
    assert len(jva.objectives) == 9
    assert all(objective.sub_objectives == [] for objective in jva.objectives)
    first, second, *rest = jva.objectives
    end_2024 = datetime.date(2024, 12, 31)
    assert _targets(first) == [
        (Decimal(575000), "bénévoles inscrits", "fin 2024", end_2024),
        (Decimal(130000), "mises en relation", "fin 2024", end_2024),
    ]
    assert first.target is None  # two targets: the single-target fields stay empty
    assert _targets(second) == [(Decimal(2000), "nouvelles organisations", "2024", end_2024)]
    assert second.target == Decimal(2000) and second.deadline_date == end_2024
    # Lists of words, a year of past work, names with digits: no target.
    assert all(objective.targets == [] for objective in rest)


def test_djepva_objective_tree_from_bold_headings() -> None:
    api = _service(extract_path(DJEPVA), "API Engagement")
    assert [len(objective.sub_objectives) for objective in api.objectives] == [3, 6, 4]
    consolidate, volunteering, benevolence = api.objectives
    assert consolidate.targets == []
    assert _targets(volunteering) == [(Decimal(12000), "candidatures", "2024", datetime.date(2024, 12, 31))]
    assert _targets(benevolence) == [(Decimal(28000), "candidatures", "2024", datetime.date(2024, 12, 31))]
    # « des 16-30 ans » is an age range, not a target.
    assert all(child.targets == [] for child in volunteering.sub_objectives)


def test_djepva_annex_services_join_the_record_services() -> None:
    record = extract_path(DJEPVA)
    assert [service.value for service in record.services] == ["API Engagement", "JeVeuxAider.gouv.fr"]


def test_no_annex_in_the_fast13_seed_nor_the_corpus() -> None:
    assert extract_path(FAST13).annexes == []
    for label_path in LABELS:
        doc = json.loads(label_path.read_text(encoding="utf-8"))["doc"]
        assert extract_path(CORPUS / "docs" / doc).annexes == [], doc


# ------------------------------------------------------------------- genre variants


ANNEX = (
    "Annexe 2 - Feuille de route des services\n\n"
    "Signalement Routier (SIRO)\n\n"
    "Au titre de l'année 2025\n\n"
    "- Produits : signalement.beta.gouv.fr, widget SIRO\n"
    "- Ambition : Devenir le canal unique des signalements de voirie\n"
    "- Budget : 300 000 € (dont une part DINUM de 50 000 €)\n"
    "- Objectifs :\n"
    "  - Fiabiliser le service\n"
    "    - Corriger les anomalies remontées par les usagers\n"
    "    - Passer l'audit d'accessibilité\n"
    "  - Étendre le déploiement (40 départements d'ici fin juin 2025 et 80 % de satisfaction)\n"
    "    - Former les agents de 16-18 équipes pilotes\n\n"
    "Carte des aides par le Service B\n\n"
    "Pour l'année 2025\n\n"
    "- Produits : Carte des aides\n"
    "- Budget 2025 : 120 000 €\n"
    "- Objectifs :\n"
    "  - Atteindre 10 000 visiteurs mensuels en 2025\n"
    "  - Publier le code en 2025\n"
)


def test_annex_variant_blocks_and_tree_by_indentation() -> None:
    record = extract_text(BODY + ANNEX)
    (annex,) = record.annexes
    assert annex.number == "2" and annex.title == "Feuille de route des services"
    siro, carte = annex.services
    assert (siro.name, siro.acronym, siro.year) == ("Signalement Routier", "SIRO", 2025)
    assert siro.products == ["signalement.beta.gouv.fr", "widget SIRO"]
    assert siro.budget == Decimal("300000.00")
    assert [(part.label, part.amount) for part in siro.budget_parts] == [("part DINUM", Decimal("50000.00"))]
    assert [len(objective.sub_objectives) for objective in siro.objectives] == [2, 1]
    extend = siro.objectives[1]
    assert _targets(extend) == [
        (Decimal(40), "départements", "fin juin 2025", datetime.date(2025, 6, 30)),
        (Decimal(80), "%", None, None),
    ]
    assert extend.sub_objectives[0].targets == []
    assert (carte.name, carte.acronym, carte.year, carte.budget) == (
        "Carte des aides par le Service B",
        None,
        2025,
        Decimal("120000.00"),
    )
    assert _targets(carte.objectives[0]) == [
        (Decimal(10000), "visiteurs mensuels", "2025", datetime.date(2025, 12, 31))
    ]
    assert carte.objectives[1].targets == []
    services = [service.value for service in record.services]
    assert services[-2:] == ["Signalement Routier", "Carte des aides"]


def test_annex_cited_in_a_sentence_is_not_an_annex() -> None:
    record = extract_text(BODY.replace("Fait à", "Annexe 1 : voir le tableau ci-dessus.\n\nFait à"))
    assert record.annexes == []


def test_annex_without_service_blocks_keeps_its_title() -> None:
    record = extract_text(BODY + "ANNEXE\n\nTableau des crédits\n\n\tAE\tCP\n2025\t10 000 €\t10 000 €\n")
    (annex,) = record.annexes
    assert annex.number is None and annex.title == "Tableau des crédits"
    assert annex.services == []


@pytest.mark.parametrize(
    "text",
    [
        "Annexe 1 : X\n\nY\n\nPour l'année 2024\n\n- Objectifs :\n- \n-\n",
        "Annexe 1 : X\n\n" + "- Objectifs :\n" * 200,
        "Annexe\n\n" + "Service (S)\n\n- Budget : -\n" * 50,
    ],
)
def test_garbage_annexes_do_not_raise(text: str) -> None:
    extract_text(BODY + text)
