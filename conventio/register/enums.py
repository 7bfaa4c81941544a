"""Choices of the register, with their French labels."""

from __future__ import annotations

from django.db import models


class Kind(models.TextChoices):
    DELEGATION_DE_GESTION = "delegation_de_gestion", "convention de délégation de gestion"
    CONVENTION_PARTENARIAT = "convention_partenariat", "convention de partenariat"
    AVENANT = "avenant", "avenant"
    OTHER = "other", "autre convention"


class Status(models.TextChoices):
    DRAFT = "draft", "projet"
    SIGNED = "signed", "signée"
    IN_FORCE = "in_force", "en vigueur"
    SUSPENDED = "suspended", "suspendue"
    EXPIRED = "expired", "échue"
    TERMINATED = "terminated", "résiliée"


class Role(models.TextChoices):
    DELEGANT = "delegant", "délégant"
    DELEGATAIRE = "delegataire", "délégataire"
    CO_DELEGATAIRE = "co_delegataire", "co-délégataire"
    OTHER = "other", "autre partie"


class DeadlineKind(models.TextChoices):
    END = "end", "fin de la convention"
    NOTICE = "notice", "dernier jour pour donner préavis"
    COMMITMENT = "commitment", "engagement des crédits"
    MID_TERM_REVIEW = "mid_term_review", "bilan de mi-parcours"
    FINAL_REPORT = "final_report", "compte rendu de fin de convention"
    TERMINATION = "termination", "prise d'effet de la résiliation"


class VersionKind(models.TextChoices):
    ORIGINAL = "original", "convention initiale"
    AVENANT = "avenant", "avenant"
    REPLACEMENT = "replacement", "document de remplacement"


class IngestionStatus(models.TextChoices):
    PENDING = "pending", "à relire"
    REGISTERED = "registered", "enregistrée"
    DISCARDED = "discarded", "abandonnée"
