"""Admin of the register (superusers only): look at everything, change little, delete nothing.

Conventions, organisations, documents and versions are never hard-deleted: their
delete permission is off. The parts of a convention (parties, budget lines, tranches…)
and its versions, deadlines and documents are read-only here: they change through the
services (review, avenants, lifecycle) that keep versions, deadlines and the audit trail
consistent. The few editable fields are audited by `AuditedAdmin`.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.forms import ModelForm
from django.http import HttpRequest

from conventio.core.admin import AuditedAdmin, ReadOnlyAdmin, ReadOnlyInline
from conventio.register import models
from conventio.register.services.deadlines import refresh_deadlines
from conventio.register.services.registration import refresh_search_text


class NoDeleteMixin(admin.ModelAdmin):
    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


# ---------------------------------------------------------------------- organisations


class AliasInline(ReadOnlyInline):
    model = models.OrganisationAlias
    fields = ("name", "key")


@admin.register(models.Organisation)
class OrganisationAdmin(NoDeleteMixin, AuditedAdmin):
    list_display = ("name", "acronym", "merged_into", "created_at")
    search_fields = ("name", "acronym", "aliases__name")
    list_filter = (("merged_into", admin.EmptyFieldListFilter),)
    fields = ("name", "acronym", "address", "merged_into", "created_at")
    readonly_fields = ("merged_into", "created_at")
    inlines = (AliasInline,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # organisations come from registered conventions (find_or_create_organisation)


@admin.register(models.Person)
class PersonAdmin(ReadOnlyAdmin):
    list_display = ("name", "key")
    search_fields = ("name", "key")


@admin.register(models.Programme)
class ProgrammeAdmin(NoDeleteMixin, AuditedAdmin):
    list_display = ("number", "label")
    search_fields = ("number", "label")
    readonly_fields = ("number",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


# ------------------------------------------------------------------------ conventions


class PartyInline(ReadOnlyInline):
    model = models.PartyRole
    fields = ("role", "organisation", "representative", "representative_title", "signatory", "signs_for")


class BudgetLineInline(ReadOnlyInline):
    model = models.BudgetLine
    fields = ("year", "programme", "centre_financier", "ae", "cp", "scope")


class TrancheInline(ReadOnlyInline):
    model = models.Tranche
    fields = ("position", "share", "amount", "event", "date_hint")


class DeadlineInline(ReadOnlyInline):
    model = models.Deadline
    fields = ("kind", "due_date", "label", "basis")


class VersionInline(ReadOnlyInline):
    model = models.ConventionVersion
    fields = ("number", "kind", "avenant_number", "signed_on", "created_at", "created_by")


@admin.register(models.Convention)
class ConventionAdmin(NoDeleteMixin, AuditedAdmin):
    list_display = ("title", "status", "signature_date", "end_date", "total_amount")
    list_filter = ("status", "kind", "programmes")
    search_fields = ("title", "reference", "search_text")
    date_hierarchy = "signature_date"
    fields = (
        "kind",
        "title",
        "reference",
        "status",
        "signature_date",
        "signature_place",
        "effective_rule",
        "effective_date",
        "end_date",
        "notice_period_months",
        "object",
        "total_amount",
        "comptable_assignataire",
        "termination_requested_by",
        "termination_notice_date",
        "termination_effective_date",
        "created_at",
        "updated_at",
    )
    # The status and termination change through the lifecycle functions only; amounts through avenants.
    readonly_fields = (
        "status",
        "total_amount",
        "termination_requested_by",
        "termination_notice_date",
        "termination_effective_date",
        "created_at",
        "updated_at",
    )
    inlines = (PartyInline, BudgetLineInline, TrancheInline, DeadlineInline, VersionInline)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # conventions are registered from a reviewed document (or `conventio ingest`)

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        refresh_search_text(obj)
        refresh_deadlines(obj)


@admin.register(models.ConventionVersion)
class ConventionVersionAdmin(ReadOnlyAdmin):
    list_display = ("convention", "number", "kind", "avenant_number", "signed_on", "created_at")
    list_select_related = ("convention",)


@admin.register(models.SourceDocument)
class SourceDocumentAdmin(ReadOnlyAdmin):
    list_display = ("name", "format", "size", "convention", "uploaded_at")
    list_select_related = ("convention",)
    search_fields = ("name", "sha256")
    exclude = ("content",)

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).defer("content")


@admin.register(models.Deadline)
class DeadlineAdmin(ReadOnlyAdmin):
    list_display = ("convention", "kind", "due_date", "label")
    list_filter = ("kind",)
    list_select_related = ("convention",)
    date_hierarchy = "due_date"


@admin.register(models.ReminderSent)
class ReminderSentAdmin(ReadOnlyAdmin):
    list_display = ("deadline", "due_date", "days_before", "recipient", "sent_at")


@admin.register(models.Ingestion)
class IngestionAdmin(ReadOnlyAdmin):
    list_display = ("document", "status", "convention", "created_at", "created_by")
    list_filter = ("status",)
    list_select_related = ("document", "convention", "created_by")
    exclude = ("record", "reviewed")
