"""Admin of memberships (superusers only): who belongs to which organisation, with which role.

Granting or withdrawing access is recorded in the audit trail of the organisation.
Memberships are also editable inline on each user's admin page.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest

from conventio.core.admin import AuditedAdmin
from conventio.core.models import record_event
from conventio.trust.models import MemberRole, Membership


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    list_display = ("user", "organisation", "role")
    list_filter = ("role",)
    list_select_related = ("user", "organisation")
    search_fields = ("user__username", "user__email", "organisation__name", "organisation__acronym")
    autocomplete_fields = ("organisation",)

    def scope_of(self, obj: Any) -> str:
        return f"organisation:{obj.organisation.pk}"


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("organisation",)


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class ConventioUserAdmin(UserAdmin):
    inlines = (MembershipInline,)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        """Memberships granted, changed or withdrawn from a user's page are audited like any other change."""
        instances = formset.save(commit=False)
        for membership in formset.deleted_objects:
            _audit(request, membership, "withdrawn", f"Accès retiré : {membership}")
            membership.delete()
        for membership in instances:
            membership.save()
            _audit(request, membership, "granted", f"Accès accordé ou modifié : {membership}")
        formset.save_m2m()


def _audit(request: HttpRequest, membership: Membership, verb: str, message: str) -> None:
    record_event(
        actor=request.user,
        action=f"conventio.trust.membership.{verb}",
        scope=f"organisation:{membership.organisation.pk}",
        subject=str(membership.user)[:200],
        message=message[:500],
        changes=[{"field": "rôle", "before": None, "after": MemberRole(membership.role).label}]
        if verb != "withdrawn"
        else [],
    )
