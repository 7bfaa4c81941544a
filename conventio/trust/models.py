"""Memberships: an agent belongs to organisations, with a role in each.

The DINUM partnership team (« équipe programme ») sees and changes every convention;
an agent of a partner administration sees the conventions where their organisation
is a party and changes them according to their role. Sign-in (ProConnect) comes with
the trust issue; the rules already go through `permissions.can`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class MemberRole(models.TextChoices):
    READER = "reader", "lecture"
    AGENT = "agent", "agent (saisie et relecture)"
    BUDGET_OFFICER = "budget_officer", "responsable budgétaire"
    PROGRAMME_TEAM = "programme_team", "équipe programme (toutes les conventions)"


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey("register.Organisation", on_delete=models.PROTECT, related_name="members")
    role = models.CharField("rôle", max_length=30, choices=MemberRole.choices, default=MemberRole.AGENT)

    class Meta:
        verbose_name = "appartenance"
        verbose_name_plural = "appartenances"
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="membership_unique")]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"
