"""French wording and formats shared by the PDF and XLSX execution reports.

One place for the headings and column names, so that the two documents the délégant
receives say the same things with the same words.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from conventio.extraction.dates import french_date
from conventio.extraction.money import format_amount


NBSP = "\u00a0"

TITLE = "Compte rendu d'exécution"
SUBTITLE = "Exécution budgétaire et avancement des travaux, rendu par le délégataire au délégant"
PROGRESS_TITLE = "Avancement des travaux"
PROGRESS_HELP = (
    "À compléter par le délégataire : état d'avancement des travaux, résultats obtenus au regard des objectifs, "
    "difficultés rencontrées, prévisions de commandes pour la suite."
)

YEAR_COLUMNS = (
    "Année",
    "AE allouées",
    "CP alloués",
    "AE débloquées",
    "AE engagées",
    "CP payés",
    "AE non engagées",
    "CP restants",
)
COMMITMENT_COLUMNS = (
    "N° EJ",
    "Date",
    "Fournisseur",
    "Marché / bon de commande",
    "Objet",
    "AE engagées",
    "CP payés",
    "Reste à payer",
)
PAYMENT_COLUMNS = ("N° DP", "N° EJ", "Date", "Service fait le", "Fournisseur", "Montant", "Annulé", "Net payé")
CORRECTION_COLUMNS = ("Nature", "Date", "N° EJ", "N° DP", "Montant", "Motif")
RELEASE_COLUMNS = ("Tranche", "AE débloquées", "Décision du", "Décision", "Revue ou bilan", "Saisi par")
MOVEMENT_COLUMNS = (
    "Date",
    "Exercice",
    "Nature",
    "N° EJ",
    "N° DP",
    "AE",
    "CP",
    "Fournisseur",
    "Marché / bon de commande",
    "Objet ou motif",
    "Service fait le",
    "Origine",
    "Saisi le",
)
OBJECTIVE_COLUMNS = ("Service", "Année", "Objectif", "Cible", "Unité", "Échéance")


def money(value: Decimal | None) -> str:
    """« 1 234 567,89 € » with no-break spaces (a figure never wraps); « — » for none."""
    if value is None:
        return "—"
    return format_amount(value, "fr").replace(" ", NBSP)


def day(value: datetime.date | None) -> str:
    """« 27/07/2023 », or « — »."""
    return value.strftime("%d/%m/%Y") if value else "—"


def long_day(value: datetime.date | None) -> str:
    """« 27 juillet 2023 », or « — »."""
    return french_date(value) if value else "—"


def period(start: datetime.date | None, end: datetime.date) -> str:
    return f"du {long_day(start)} au {long_day(end)}" if start else f"jusqu'au {long_day(end)}"


def target(value: Decimal | None) -> str:
    """A target figure: « 12 000 », « 2,5 »; empty when none."""
    if value is None:
        return ""
    normalised = value.normalize()
    if normalised == normalised.to_integral_value():
        text = f"{int(normalised):,}".replace(",", NBSP)
        return text
    return format(normalised, "f").replace(".", ",")
