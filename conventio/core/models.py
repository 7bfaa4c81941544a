"""The audit trail: who did what, when, with the values before and after.

Every service that changes a convention or its parts records one `AuditEvent` through
`record_event` in the same transaction, so an audited change and its audit entry
land together or not at all. Events are insert-only (the admin cannot change or
delete them). `scope` ties an event to the page that shows it (« convention:42 »,
« organisation:7 »), without the core layer importing the register's models.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def for_scope(self, scope: str) -> AuditEventQuerySet:
        return self.filter(scope=scope).order_by("-at", "-id")


class AuditEvent(models.Model):
    at = models.DateTimeField("date", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="auteur", null=True, blank=True, on_delete=models.PROTECT
    )
    actor_label = models.CharField("auteur (libellé)", max_length=200, blank=True)
    action = models.CharField("action", max_length=100, db_index=True)
    scope = models.CharField("périmètre", max_length=100, db_index=True)
    subject = models.CharField("objet", max_length=200, blank=True)
    message = models.CharField("message", max_length=500)
    data = models.JSONField("données", default=dict, encoder=DjangoJSONEncoder, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = "événement d'audit"
        verbose_name_plural = "événements d'audit"
        ordering = ("-at", "-id")

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.actor_label} — {self.message}"

    @property
    def changes(self) -> list[dict[str, Any]]:
        """Field changes as [{"field", "before", "after"}] when the event carries them."""
        changes = self.data.get("changes") if isinstance(self.data, dict) else None
        return changes if isinstance(changes, list) else []


def record_event(
    *,
    actor: Any,
    action: str,
    scope: str,
    message: str,
    subject: str = "",
    changes: list[dict[str, Any]] | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one audit event. `actor` is a user, or None for the system (cron, import)."""
    payload: dict[str, Any] = dict(data or {})
    if changes:
        payload["changes"] = changes
    user = actor if getattr(actor, "pk", None) is not None else None
    label = _actor_label(actor)
    return AuditEvent.objects.create(
        actor=user, actor_label=label, action=action, scope=scope, subject=subject, message=message, data=payload
    )


def record_events(*, actor: Any, events: list[dict[str, Any]]) -> list[AuditEvent]:
    """`record_event` for many events of one actor in one INSERT (bulk imports touch thousands of conventions).

    Each event is a dict of `record_event`'s keyword arguments (action, scope, message,
    subject, data); messages and subjects are cut to the columns' lengths.
    """
    user = actor if getattr(actor, "pk", None) is not None else None
    label = _actor_label(actor)
    return AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                actor=user,
                actor_label=label,
                action=event["action"],
                scope=event["scope"],
                subject=event.get("subject", "")[:200],
                message=event["message"][:500],
                data=dict(event.get("data") or {}),
            )
            for event in events
        ],
        batch_size=1000,
    )


def _actor_label(actor: Any) -> str:
    if actor is None or getattr(actor, "pk", None) is None:
        return "système"
    full_name = actor.get_full_name() if hasattr(actor, "get_full_name") else ""
    return full_name or getattr(actor, "email", "") or str(actor)


def diff_values(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Field-level changes between two flat dicts (values compared as given)."""
    changes = []
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            changes.append({"field": key, "before": before.get(key), "after": after.get(key)})
    return changes
