"""The lifecycle of a convention: each transition is one function, checked and audited.

    draft ──sign──► signed ──enter_into_force──► in_force ◄──resume── suspended
                                                  │   └──suspend──────────►┘
                                                  ├──expire──► expired      (after the end date)
                                                  └──terminate──► terminated (no earlier than notice + préavis)

The web UI, the API and the command line all call these functions; `advance_all`
(run daily by `conventio remind`) applies the transitions the calendar makes due.
"""

from __future__ import annotations

import calendar
import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from conventio.core.errors import InvalidInput, InvalidTransition
from conventio.core.models import AuditEvent, record_event
from conventio.register.enums import Status
from conventio.register.models import Convention, Organisation


# transition name → (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "sign": (frozenset({Status.DRAFT}), Status.SIGNED),
    "enter_into_force": (frozenset({Status.SIGNED}), Status.IN_FORCE),
    "suspend": (frozenset({Status.IN_FORCE}), Status.SUSPENDED),
    "resume": (frozenset({Status.SUSPENDED}), Status.IN_FORCE),
    "expire": (frozenset({Status.SIGNED, Status.IN_FORCE, Status.SUSPENDED}), Status.EXPIRED),
    "terminate": (frozenset({Status.SIGNED, Status.IN_FORCE, Status.SUSPENDED}), Status.TERMINATED),
}
LABELS = {
    "sign": "Signature",
    "enter_into_force": "Entrée en vigueur",
    "suspend": "Suspension",
    "resume": "Reprise",
    "expire": "Échéance",
    "terminate": "Résiliation",
}


def today() -> datetime.date:
    return timezone.localdate()


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus `months` calendar months (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def initial_status(convention: Convention) -> str:
    return Status.SIGNED if convention.signature_date else Status.DRAFT


def allowed_transitions(convention: Convention) -> list[str]:
    return [name for name, (sources, _) in TRANSITIONS.items() if convention.status in sources]


def _transition(
    convention: Convention,
    name: str,
    *,
    actor: Any,
    reason: str = "",
    on: datetime.date | None = None,
    cause: str = "",
) -> Convention:
    sources, target = TRANSITIONS[name]
    with transaction.atomic():
        locked = Convention.objects.select_for_update().get(pk=convention.pk)
        if locked.status not in sources:
            raise InvalidTransition(
                f"{LABELS[name]} impossible : la convention est « {locked.get_status_display()} »."
            )
        before = locked.get_status_display()
        locked.status = target
        locked.save(update_fields=["status", "updated_at"])
        record_event(
            actor=actor,
            action=f"conventio.register.convention.{name}",
            scope=locked.scope,
            subject=str(locked),
            message=f"{LABELS[name]} : « {before} » → « {locked.get_status_display()} »"
            + (f" ({reason})" if reason else ""),
            changes=[{"field": "statut", "before": before, "after": locked.get_status_display()}],
            data={"on": (on or today()).isoformat(), "reason": reason, **({"cause": cause} if cause else {})},
        )
    convention.refresh_from_db()
    return convention


def sign(convention: Convention, *, actor: Any, signature_date: datetime.date | None = None) -> Convention:
    if signature_date is not None:
        if convention.end_date and signature_date > convention.end_date:
            raise InvalidInput("La date de signature doit précéder la date de fin.")
        Convention.objects.filter(pk=convention.pk).update(signature_date=signature_date)
        convention.signature_date = signature_date
    if convention.signature_date is None:
        raise InvalidInput("Indiquez la date de signature pour enregistrer la signature.")
    return _transition(convention, "sign", actor=actor)


def enter_into_force(convention: Convention, *, actor: Any, on: datetime.date | None = None) -> Convention:
    day = on or today()
    start = convention.effective_date or convention.signature_date
    if start is not None and start > day:
        raise InvalidTransition(f"La convention ne prend effet que le {start:%d/%m/%Y}.")
    return _transition(convention, "enter_into_force", actor=actor, on=day)


def suspend(convention: Convention, *, actor: Any, reason: str, cause: str = "") -> Convention:
    """Suspend execution. `reason` is the agent's free text; `cause` is a machine-readable code
    recorded with the audit event by the service that suspends for a rule of its own (the
    budget's insufficiency of credits), so that the same service can recognise, and only
    lift, its own suspensions (see `suspension_cause`)."""
    if not reason.strip():
        raise InvalidInput("Indiquez le motif de la suspension.")
    return _transition(convention, "suspend", actor=actor, reason=reason.strip(), cause=cause)


def latest_suspension(convention: Convention) -> dict[str, str] | None:
    """The `reason` and `cause` recorded by the convention's latest suspension (None if never suspended).

    Read from the audit trail (the suspension's own record). `cause` is "" when the
    suspension was made without one (by hand, from the lifecycle form).
    """
    event = (
        AuditEvent.objects.filter(scope=convention.scope, action="conventio.register.convention.suspend")
        .order_by("-id")
        .only("data")
        .first()
    )
    if event is None:
        return None
    data = event.data if isinstance(event.data, dict) else {}
    return {key: value if isinstance(value := data.get(key), str) else "" for key in ("reason", "cause")}


def suspension_cause(convention: Convention) -> str:
    """The `cause` recorded by the convention's latest suspension ("" if none was given or never suspended).

    Never parsed from the free-text reason: an agent typing the same words by hand does
    not make the suspension a budget one.
    """
    latest = latest_suspension(convention)
    return latest["cause"] if latest else ""


def resume(convention: Convention, *, actor: Any, reason: str = "") -> Convention:
    return _transition(convention, "resume", actor=actor, reason=reason.strip())


def expire(convention: Convention, *, actor: Any, on: datetime.date | None = None) -> Convention:
    day = on or today()
    if convention.end_date is None or convention.end_date >= day:
        raise InvalidTransition("La convention n'est pas arrivée à son terme.")
    return _transition(convention, "expire", actor=actor, on=day)


def termination_effective_date(
    convention: Convention, notice_date: datetime.date, wanted: datetime.date | None
) -> datetime.date:
    """No earlier than notice + préavis (DESIGN rule 7); later if the party asks for later."""
    earliest = add_months(notice_date, convention.notice_period_months or 0)
    return max(earliest, wanted) if wanted else earliest


def request_termination(
    convention: Convention,
    *,
    actor: Any,
    requested_by: Organisation,
    notice_date: datetime.date,
    effective_on: datetime.date | None = None,
) -> Convention:
    """Record a notice of termination; the convention is terminated when its effective date comes."""
    if convention.status not in TRANSITIONS["terminate"][0]:
        raise InvalidTransition(f"Résiliation impossible : la convention est « {convention.get_status_display()} ».")
    if not convention.parties.filter(organisation=requested_by).exists():
        raise InvalidInput(f"« {requested_by} » n'est pas partie à la convention : elle ne peut pas la résilier.")
    if convention.signature_date and notice_date < convention.signature_date:
        raise InvalidInput("Le préavis ne peut pas précéder la signature de la convention.")
    if effective_on is not None and effective_on < notice_date:
        raise InvalidInput("La date d'effet demandée précède la date du préavis.")
    effective = termination_effective_date(convention, notice_date, effective_on)
    with transaction.atomic():
        Convention.objects.filter(pk=convention.pk).update(
            termination_requested_by=requested_by,
            termination_notice_date=notice_date,
            termination_effective_date=effective,
        )
        record_event(
            actor=actor,
            action="conventio.register.convention.termination_requested",
            scope=convention.scope,
            subject=str(convention),
            message=(
                f"Résiliation demandée par {requested_by} le {notice_date:%d/%m/%Y} "
                f"(préavis de {convention.notice_period_months or 0} mois) : effet au {effective:%d/%m/%Y}"
            ),
            data={
                "requested_by": requested_by.pk,
                "notice": notice_date.isoformat(),
                "effective": effective.isoformat(),
            },
        )
    convention.refresh_from_db()
    from conventio.register.services.deadlines import refresh_deadlines

    refresh_deadlines(convention)
    return convention


def terminate(convention: Convention, *, actor: Any, on: datetime.date | None = None) -> Convention:
    day = on or today()
    if convention.termination_effective_date is None:
        raise InvalidTransition("Aucune résiliation n'a été demandée : enregistrez d'abord le préavis.")
    if convention.termination_effective_date > day:
        raise InvalidTransition(
            f"La résiliation ne prend effet que le {convention.termination_effective_date:%d/%m/%Y} "
            "(préavis non écoulé)."
        )
    return _transition(convention, "terminate", actor=actor, on=day)


def advance_all(*, on: datetime.date | None = None) -> list[tuple[Convention, str]]:
    """Apply the transitions the calendar makes due (entry into force, expiry, termination).

    A convention another run changed meanwhile is skipped (its transition is refused by the
    status check under lock), so two overlapping runs never fail or apply a change twice.
    """
    day = on or today()
    done: list[tuple[Convention, str]] = []

    def attempt(convention: Convention, name: str, step: Any) -> None:
        try:
            done.append((step(convention, actor=None, on=day), name))
        except InvalidTransition:
            pass

    for convention in Convention.objects.filter(status=Status.SIGNED):
        start = convention.effective_date or convention.signature_date
        if start is not None and start <= day and (convention.end_date is None or convention.end_date >= day):
            attempt(convention, "enter_into_force", enter_into_force)
    for convention in Convention.objects.filter(
        status__in=TRANSITIONS["terminate"][0], termination_effective_date__lte=day
    ):
        attempt(convention, "terminate", terminate)
    for convention in Convention.objects.filter(status__in=TRANSITIONS["expire"][0], end_date__lt=day):
        attempt(convention, "expire", expire)
    return done
