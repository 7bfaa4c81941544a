"""The French summary: every part a budget officer needs, findings errors first, nothing invented.

A hand-built record (invented values, not the seeds' text) checks the wording of every
section; the seeds check that the summary tells what their records hold.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from conventio.extraction import extract_path
from conventio.extraction.dates import french_date
from conventio.extraction.record import (
    Annex,
    AnnexObjective,
    AnnexService,
    AnnexTarget,
    BudgetLine,
    ChorusImputation,
    Envelope,
    EnvelopePart,
    Finding,
    Funding,
    Kind,
    Obligation,
    ObligationCategory,
    Party,
    Person,
    Provenance,
    QuantifiedCommitment,
    Record,
    Role,
    Severity,
    Signatory,
    Sourced,
    SourceInfo,
    StatedTotal,
    Table,
    TableCell,
    TableColumn,
    Terms,
    Tranche,
)
from conventio.extraction.summary import (
    CATEGORY_LABELS,
    KIND_LABELS,
    ROLE_LABELS,
    SEVERITY_LABELS,
    SEVERITY_NOUNS,
    money,
    summarise,
)
from tests.conftest import DJEPVA, FAST13


HERE = Provenance(method="test")


def s(value: object) -> Sourced[object]:
    return Sourced[object](value=value, source=HERE)


def obligation(category: ObligationCategory, *quantities: QuantifiedCommitment) -> Obligation:
    return Obligation(text="…", category=category, quantities=list(quantities), source=HERE)


@pytest.fixture
def record() -> Record:
    return Record(
        source=SourceInfo(name="exemple.pdf", sha256="0" * 64, format="pdf", pages=4, characters=9000),
        complete_text=True,
        kind=s(Kind.DELEGATION_DE_GESTION),
        title=s("Convention de délégation de gestion Exemple"),
        services=[s("Exemple.gouv.fr")],
        parties=[
            Party(
                name=s("Direction de l'exemple"),
                acronym=s("DEX"),
                role=s(Role.DELEGANT),
                role_words=["le délégant"],
                address=s("1 rue de l'Exemple, 75000 Paris"),
                representative=Person(name=s("Camille Martin"), title=s("directrice de l'exemple")),
                signatory=Signatory(
                    name=s("Dominique Petit"), title=s("adjoint"), signs_for=s("la directrice de l'exemple")
                ),
            ),
            Party(
                name=s("Service du test"),
                role=s(Role.DELEGATAIRE),
                representative=Person(title=s("chef du service")),
                additional_representatives=[Person(name=s("Alex Durand"), title=s("adjoint au chef"))],
            ),
        ],
        obligations=[
            obligation(ObligationCategory.GOVERNANCE),
            obligation(ObligationCategory.REPORTING),
            obligation(
                ObligationCategory.GOVERNANCE,
                QuantifiedCommitment(quantity=Decimal("2"), unit="jours", per="semaine", subject="chef", source=HERE),
            ),
        ],
        funding=Funding(
            envelopes=[
                Envelope(
                    label="cofinancement",
                    total=Decimal("100000"),
                    parts=[
                        EnvelopePart(label="accompagnement", amount=Decimal("10000"), holder="DEX", source=HERE),
                        EnvelopePart(label="reste", amount=Decimal("90000"), delegated=True, source=HERE),
                    ],
                    source=HERE,
                )
            ],
            budget_lines=[
                BudgetLine(programme="123", year=2025, ae=Decimal("90000"), cp=Decimal("45000.5"), source=HERE),
                BudgetLine(programme="123", year=2026, cp=Decimal("44999.5"), source=HERE),
            ],
            stated_totals=[
                StatedTotal(label="Total", ae=Decimal("90000"), first_year=2025, last_year=2026, source=HERE)
            ],
            tables=[
                Table(
                    title="Échéancier",
                    header_rows=[["Année", "AE", "CP"]],
                    rows=[[TableCell(text=t, source=HERE) for t in ("2025", "90 000 €", "45 000,50 €")]],
                    columns=[
                        TableColumn(index=1, header="AE", kinds=["AE"], year=2025),
                        TableColumn(index=2, kinds=["CP"], year=2025, method="repair:test"),
                    ],
                    repair="En-tête CP rétabli.",
                    source=HERE,
                )
            ],
            total_amount=s(Decimal("90000")),
            tranches=[
                Tranche(share=Decimal("60"), event="signature", source=HERE),
                Tranche(
                    share=Decimal("40"), event="comité de suivi", date_hint="fin juin", condition="avis", source=HERE
                ),
            ],
            chorus=ChorusImputation(domaine_fonctionnel=s("0123-01"), activites=[s("012300000001")]),
        ),
        terms=Terms(
            signature_date=s(datetime.date(2025, 3, 1)),
            signature_place=s("Paris"),
            effective_rule=s("à sa date de signature"),
            end_date=s(datetime.date(2026, 12, 31)),
            notice_period_months=s(3),
        ),
        annexes=[
            Annex(
                number="1",
                title="Objectifs",
                services=[
                    AnnexService(
                        name="Exemple.gouv.fr",
                        year=2025,
                        budget=Decimal("1234567.8"),
                        objectives=[
                            AnnexObjective(
                                text="Grandir",
                                targets=[
                                    AnnexTarget(
                                        value=Decimal("5000"), unit="inscrits", deadline="fin 2025", source=HERE
                                    )
                                ],
                                sub_objectives=[AnnexObjective(text="Mesurer", source=HERE)],
                                source=HERE,
                            )
                        ],
                        source=HERE,
                    )
                ],
                source=HERE,
            )
        ],
        findings=[
            Finding(severity=Severity.INFO, code="i", message="Une information."),
            Finding(severity=Severity.ERROR, code="e", message="Une erreur.", field="funding"),
            Finding(severity=Severity.WARNING, code="w", message="Un avertissement."),
        ],
    )


def test_summary_sections_of_a_full_record(record: Record) -> None:
    text = summarise(record)
    expected = [
        "=== exemple.pdf ===",
        "Titre : Convention de délégation de gestion Exemple",
        "Nature : convention de délégation de gestion",
        "Services concernés : Exemple.gouv.fr",
        "  - Délégant : Direction de l'exemple (DEX)",
        "    Représentant(s) : Camille Martin, directrice de l'exemple",
        "    Signataire : Dominique Petit, adjoint — pour la directrice de l'exemple",
        "  - Délégataire : Service du test",
        "    Représentant(s) : (nom non indiqué), chef du service ; Alex Durand, adjoint au chef",
        "    Signataire : non trouvé",
        "  Signature : 1er mars 2025, à Paris",
        "  Prise d'effet : à sa date de signature",
        "  Fin : 31 décembre 2026",
        "  Préavis de résiliation : 3 mois",
        "  Montant délégué : 90 000,00 €",
        "  Enveloppe « cofinancement » : 100 000,00 €",
        "    - accompagnement : 10 000,00 €, utilisée par DEX",
        "    - reste : 90 000,00 € (déléguée)",
        "    - programme 123 · 2025 : AE 90 000,00 € · CP 45 000,50 €",
        "    - programme 123 · 2026 : CP 44 999,50 €",
        "    - Total (2025-2026) : AE 90 000,00 €",
        "    Tableau « Échéancier » (1 ligne(s))",
        "      2025 | 90 000 € | 45 000,50 €",
        "      Colonnes lues : AE 2025 | CP 2025 (rétablie)",
        "      Réparation : En-tête CP rétabli.",
        "    - 60 % : signature",
        "    - 40 % : comité de suivi (fin juin), condition : avis",
        "  Domaine fonctionnel : 0123-01",
        "  Activité(s) : 012300000001",
        "Obligations (3)",
        "  - gouvernance : 2",
        "  - compte rendu : 1",
        "    - 2 jours par semaine (chef)",
        "  Annexe 1 : Objectifs",
        "    Exemple.gouv.fr, année 2025, budget 1 234 567,80 €",
        "        - Grandir [cible 5 000 inscrits, échéance fin 2025]",
        "          - Mesurer",
        "Constats (1 erreur, 1 avertissement, 1 information)",
    ]
    lines = text.splitlines()
    for line in expected:
        assert line in lines, line
    assert "texte incomplet" not in text
    # Findings: errors first, then warnings, then information.
    findings = lines[lines.index("Constats (1 erreur, 1 avertissement, 1 information)") + 1 :]
    assert findings == [
        "  - ERREUR : Une erreur. (champ funding)",
        "  - ATTENTION : Un avertissement.",
        "  - INFO : Une information.",
    ]


def test_an_empty_record_says_what_is_missing_and_invents_nothing() -> None:
    empty = Record(source=SourceInfo(sha256="0" * 64, format="text", pages=1, characters=10), complete_text=False)
    text = summarise(empty)
    for line in (
        "Titre : non trouvé",
        "Nature : non trouvé",
        "Parties : aucune partie trouvée",
        "  Signature : non trouvé",
        "  Montant délégué : non trouvé",
        "  Tranches : aucune trouvée",
        "Imputation Chorus : non trouvé",
        "Constats : aucun",
    ):
        assert line in text.splitlines(), line
    assert "texte incomplet" in text
    assert "€" not in text


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("0"), "0,00 €"),
        (Decimal("4410626.88"), "4 410 626,88 €"),
        (Decimal("-1500.5"), "-1 500,50 €"),
        (Decimal("1E+40"), "1E+40 €"),  # beyond the decimal context: printed as is, no crash
        (Decimal("NaN"), "NaN €"),
    ],
)
def test_money_is_french(amount: Decimal, expected: str) -> None:
    assert money(amount) == expected


def test_every_enum_member_has_a_french_label() -> None:
    assert set(KIND_LABELS) == set(Kind)
    assert set(ROLE_LABELS) == set(Role)
    assert set(CATEGORY_LABELS) == set(ObligationCategory)
    assert set(SEVERITY_LABELS) == set(SEVERITY_NOUNS) == set(Severity)


@pytest.mark.parametrize("path", [FAST13, DJEPVA], ids=["fast13", "djepva"])
def test_seed_summary_tells_what_the_record_holds(path: Path) -> None:
    record = extract_path(path)
    text = summarise(record)
    assert text.startswith(f"=== {path.name} ===\n")
    if record.title is not None:
        assert f"Titre : {' '.join(record.title.value.split())}" in text
    for party in record.parties:
        assert party.name.value in text
    if record.terms.signature_date is not None:
        assert french_date(record.terms.signature_date.value) in text
    if record.funding.total_amount is not None:
        assert money(record.funding.total_amount.value) in text
    for finding in record.findings:
        assert finding.message in text
