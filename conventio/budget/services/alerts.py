"""Alerts to the délégant's officers: insufficiency of credits, low margin.

An alert is a row shown on the convention and portfolio pages, and an e-mail to the
officers of the délégant (members of its organisation who are agents or budget
officers) and to the programme team. The same open alert is not raised twice; it is
closed when a dotation adjustment is recorded (which also resumes a convention that
was suspended for insufficiency — and only that: a suspension for another cause, e.g.
by hand for a dispute, is left to an explicit « reprise »).
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from conventio.budget.enums import AlertKind
from conventio.budget.models import Alert
from conventio.core.models import record_event
from conventio.register.enums import Role, Status
from conventio.register.models import Convention
from conventio.trust.models import MemberRole, Membership


logger = logging.getLogger(__name__)

# The cause recorded with the lifecycle's suspension event by `suspend_for_insufficiency`:
# the one suspension a dotation adjustment lifts.
INSUFFICIENCY_CAUSE = "budget.insufficiency"
INSUFFICIENCY_REASON = "insuffisance de crédits, en attente d'un ajustement de la dotation"


def officers(convention: Convention) -> list[str]:
    """E-mail addresses of the délégant's officers and of the programme team."""
    delegants = convention.parties.filter(role=Role.DELEGANT).values_list("organisation_id", flat=True)
    members = Membership.objects.filter(
        organisation_id__in=list(delegants), role__in=[MemberRole.AGENT, MemberRole.BUDGET_OFFICER]
    ) | Membership.objects.filter(role=MemberRole.PROGRAMME_TEAM)
    emails = {m.user.email for m in members.select_related("user") if m.user.email and m.user.is_active}
    return sorted(emails)


def _notify(convention: Convention, subject: str, body: str) -> None:
    recipients = officers(convention)
    if not recipients:
        return
    link = f"{settings.CONVENTIO_BASE_URL.rstrip('/')}{convention.get_absolute_url()}"
    try:
        send_mail(subject, f"{body}\n\nConvention : {convention.title}\n{link}\n", None, recipients)
    except Exception:  # noqa: BLE001 - a mail server down must not lose the alert row
        logger.exception("alert e-mail could not be sent", extra={"convention": convention.pk})


@transaction.atomic
def raise_insufficiency(convention: Convention, *, message: str, data: dict[str, Any], actor: Any) -> Alert:
    alert = Alert.objects.filter(convention=convention, kind=AlertKind.INSUFFICIENCY, resolved_at=None).first()
    if alert is None:
        alert = Alert.objects.create(convention=convention, kind=AlertKind.INSUFFICIENCY, message=message, data=data)
        record_event(
            actor=actor,
            action="conventio.budget.alert.insufficiency",
            scope=convention.scope,
            subject=str(convention),
            message=f"Alerte d'insuffisance de crédits : {message}",
        )
        transaction.on_commit(
            lambda: _notify(
                convention, "[conventio] Insuffisance de crédits", f"Un engagement a été refusé.\n\n{message}"
            )
        )
    return alert


@transaction.atomic
def raise_margin(convention: Convention, *, state: Any, margin: Any, actor: Any) -> Alert | None:
    if Alert.objects.filter(convention=convention, kind=AlertKind.MARGIN, resolved_at=None).exists():
        return None
    from conventio.extraction.money import euros

    message = (
        f"Il reste {euros(state.available_ae)} d'AE disponibles, moins de {margin} % du plafond "
        f"({euros(state.ae_ceiling)})."
    )
    alert = Alert.objects.create(convention=convention, kind=AlertKind.MARGIN, message=message)
    record_event(
        actor=actor,
        action="conventio.budget.alert.margin",
        scope=convention.scope,
        subject=str(convention),
        message=f"Alerte de marge : {message}",
    )
    transaction.on_commit(lambda: _notify(convention, "[conventio] Crédits bientôt épuisés", message))
    return alert


@transaction.atomic
def resolve_insufficiency(convention: Convention, *, actor: Any, resume: bool = True) -> None:
    """A dotation adjustment closes the open insufficiency and margin alerts, and ends a
    suspension for insufficiency of credits (not one for another cause).

    A tranche release closes them too (`resume=False`: only an adjustment ends a suspension),
    so that a later shortage raises a new alert and a new e-mail.
    """
    Alert.objects.filter(
        convention=convention, kind__in=[AlertKind.INSUFFICIENCY, AlertKind.MARGIN], resolved_at=None
    ).update(resolved_at=timezone.now())
    if not resume:
        return
    convention.refresh_from_db(fields=["status"])
    if suspended_for_insufficiency(convention):
        from conventio.register.services import lifecycle

        lifecycle.resume(convention, actor=actor, reason="ajustement de la dotation enregistré")


def suspended_for_insufficiency(convention: Convention) -> bool:
    """Whether the convention is suspended, and its current suspension is the one for insufficiency.

    The current suspension is the latest suspension event (the convention is suspended);
    its recorded cause, not its wording, decides.
    """
    if convention.status != Status.SUSPENDED:
        return False
    from conventio.register.services.lifecycle import suspension_cause

    return suspension_cause(convention) == INSUFFICIENCY_CAUSE


def suspend_for_insufficiency(convention: Convention, *, actor: Any) -> Convention:
    """« A défaut d'ajustement de la dotation, le délégataire suspend l'exécution de la délégation. »"""
    from conventio.register.services.lifecycle import suspend

    return suspend(convention, actor=actor, reason=INSUFFICIENCY_REASON, cause=INSUFFICIENCY_CAUSE)
