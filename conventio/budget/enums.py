"""Choices of the budget ledger, with their French labels."""

from __future__ import annotations

from django.db import models


class AllocationKind(models.TextChoices):
    INITIAL = "initial", "dotation initiale (convention)"
    AVENANT = "avenant", "avenant"
    ADJUSTMENT = "adjustment", "ajustement de la dotation"


class MovementKind(models.TextChoices):
    COMMITMENT = "commitment", "engagement juridique"
    WITHDRAWAL = "withdrawal", "retrait d'engagement"
    PAYMENT = "payment", "demande de paiement"
    PAYMENT_REVERSAL = "payment_reversal", "annulation de paiement"


class MovementSource(models.TextChoices):
    MANUAL = "manual", "saisie"
    CHORUS = "chorus", "import Chorus"
    API = "api", "API"


class AlertKind(models.TextChoices):
    INSUFFICIENCY = "insufficiency", "insuffisance de crédits"
    MARGIN = "margin", "marge de crédits faible"
    DEADLINE = "deadline", "échéance"
