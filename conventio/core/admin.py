"""Admin of the core layer: the audit trail (read-only) and the audited-change mixin other admins use.

The admin is for superusers (see `admin_site`). Whatever it changes is recorded in
the audit trail like any other change (`AuditedAdmin`), and audit events themselves
can be read but never added, changed or deleted.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpRequest

from conventio.core.models import AuditEvent, record_event


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor_label", "action", "scope", "message")
    list_filter = ("action",)
    search_fields = ("message", "subject", "scope", "actor_label")
    date_hierarchy = "at"
    readonly_fields = ("at", "actor", "actor_label", "action", "scope", "subject", "message", "data")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def _display(value: Any) -> Any:
    if isinstance(value, Model):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    return str(value)


def _label(obj: Any, name: str) -> str:
    """The model field's French verbose name (« adresse »), as the other audit entries name fields."""
    try:
        return str(obj._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:  # a form-only field keeps its name
        return name


class AuditedAdmin(admin.ModelAdmin):
    """Records every admin change (who, when, each changed field before and after) in the audit trail."""

    def scope_of(self, obj: Any) -> str:
        return str(getattr(obj, "scope", "") or f"{obj._meta.model_name}:{obj.pk}")

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        before = {}
        if change and obj.pk is not None:
            previous = type(obj)._default_manager.filter(pk=obj.pk).first()
            before = {name: _display(getattr(previous, name, None)) for name in form.changed_data}
        super().save_model(request, obj, form, change)
        changes = [
            {
                "field": _label(obj, name),
                "before": before.get(name),
                "after": _display(getattr(obj, name, None)),
            }
            for name in form.changed_data
        ]
        if change and not changes:
            return
        verb = "modifié" if change else "créé"
        record_event(
            actor=request.user,
            action=f"conventio.admin.{obj._meta.model_name}.{'changed' if change else 'created'}",
            scope=self.scope_of(obj),
            subject=str(obj)[:200],
            message=f"{obj._meta.verbose_name.capitalize()} {verb} dans l'administration : {obj}"[:500],
            changes=changes,
        )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        record_event(
            actor=request.user,
            action=f"conventio.admin.{obj._meta.model_name}.deleted",
            scope=self.scope_of(obj),
            subject=str(obj)[:200],
            message=f"{obj._meta.verbose_name.capitalize()} supprimé dans l'administration : {obj}"[:500],
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows the admin shows but never adds, changes or deletes (they change through the services)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
