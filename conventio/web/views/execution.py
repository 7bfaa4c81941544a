"""Budget execution on the convention page: the ledger's balances per year, and opening it.

Figures come from `budget.services.ledger.balances` (sums over the append-only ledger
rows): the page shows, never computes, what the rules enforce.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from conventio.budget.models import Alert, Ledger, TrancheRelease
from conventio.budget.services import ledger
from conventio.core.errors import ConventioError
from conventio.register.models import Convention
from conventio.web.views.responses import refuse


def execution_context(convention: Convention) -> dict[str, Any]:
    """What the « Exécution budgétaire » section shows: balances per year, open alerts."""
    book = Ledger.objects.filter(convention=convention).first()
    if book is None:
        return {"opened": False}
    state = ledger.balances(book)
    from conventio.web.execution_forms import CommitmentForm, CorrectionForm, PaymentForm, TrancheReleaseForm

    pending = _pending_tranches(convention)
    return {
        "opened": True,
        "commitment_form": CommitmentForm(prefix="engagement"),
        "payment_form": PaymentForm(prefix="paiement"),
        "withdrawal_form": CorrectionForm(prefix="retrait"),
        "reversal_form": CorrectionForm(prefix="annulation"),
        "release_form": TrancheReleaseForm(prefix="deblocage", choices=pending) if pending else None,
        "state": state,
        "years": ledger.year_table(state),
        "alerts": list(Alert.objects.filter(convention=convention, resolved_at=None)),
        "releases": list(book.releases.select_related("tranche").order_by("released_on")),
        "movements": book.movements.count(),
    }


def _pending_tranches(convention: Convention) -> list[tuple[int, str]]:
    """Tranches not released yet, as form choices (« 50 % — bilan de mi-parcours … »)."""
    released = set(TrancheRelease.objects.filter(tranche__convention=convention).values_list("tranche_id", flat=True))
    choices = []
    for tranche in convention.tranches.all():
        if tranche.pk in released:
            continue
        share = f"{tranche.share.normalize():f} % — " if tranche.share is not None else ""
        condition = " (sous condition)" if tranche.condition else ""
        choices.append((tranche.pk, f"{share}{tranche.event}{condition}"))
    return choices


@login_required
@require_POST
def open_execution(request: HttpRequest, pk: int) -> HttpResponse:
    """Open the convention's ledger from its registered amounts (programme team and parties' agents)."""
    from conventio.web.views.conventions import _changeable

    convention = _changeable(request, pk)
    if isinstance(convention, HttpResponse):
        return convention
    try:
        ledger.open_ledger(convention, actor=request.user)
    except ConventioError as error:
        messages.error(request, error.message)
        return redirect(f"{convention.get_absolute_url()}#execution")
    messages.success(request, "Le suivi budgétaire est ouvert à partir des montants de la convention.")
    return redirect(f"{convention.get_absolute_url()}#execution")


def _commit(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    ledger.commit(
        convention,
        actor=actor,
        ej_number=data["ej_number"],
        date=data["date"],
        amount=data["amount"],
        supplier=data["supplier"],
        marche=data["marche"],
    )
    return f"Engagement juridique n° {data['ej_number']} enregistré."


def _pay(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    ledger.pay(
        convention,
        actor=actor,
        ej_number=data["ej_number"],
        dp_number=data["dp_number"],
        date=data["date"],
        amount=data["amount"],
        service_fait_on=data["service_fait_on"],
    )
    return f"Demande de paiement n° {data['dp_number']} enregistrée."


def _withdraw(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    ledger.withdraw(
        convention,
        actor=actor,
        ej_number=data["number"],
        date=data["date"],
        amount=data["amount"],
        reason=data["reason"],
    )
    return f"Retrait enregistré sur l'engagement n° {data['number']}."


def _cancel_payment(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    ledger.reverse_payment(
        convention,
        actor=actor,
        dp_number=data["number"],
        date=data["date"],
        amount=data["amount"],
        reason=data["reason"],
    )
    return f"Annulation enregistrée sur la demande de paiement n° {data['number']}."


def _release(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    # The ledger refuses a tranche under condition without the review it rests on.
    ledger.release_tranche(
        convention.tranches.get(pk=data["tranche"]),
        actor=actor,
        released_on=data["released_on"],
        decision=data["decision"],
        review=data["review"],
    )
    return "Tranche débloquée : ses crédits sont disponibles pour de nouveaux engagements."


def _form(operation: str, convention: Convention, data: Any) -> Any:
    from conventio.web.execution_forms import CommitmentForm, CorrectionForm, PaymentForm, TrancheReleaseForm

    if operation == "deblocage":
        return TrancheReleaseForm(data, prefix=operation, choices=_pending_tranches(convention))
    form_class = {"engagement": CommitmentForm, "paiement": PaymentForm}.get(operation, CorrectionForm)
    return form_class(data, prefix=operation)


# URL segment → what the operation does with the cleaned form data (returns the success message).
OPERATIONS: dict[str, Callable[[Convention, Any, dict[str, Any]], str]] = {
    "engagement": _commit,
    "paiement": _pay,
    "retrait": _withdraw,
    "annulation": _cancel_payment,
    "deblocage": _release,
}


@login_required
@require_POST
def record_operation(request: HttpRequest, pk: int, operation: str) -> HttpResponse:
    """Record one ledger operation from the convention page.

    The form checks the shape of the input (400 with its messages); the ledger service
    checks every ceiling, and a refusal is shown with its message (which ceiling, by how
    much, what to do) with nothing written.
    """
    from conventio.web.views.conventions import _changeable, _render_detail

    convention = _changeable(request, pk)
    if isinstance(convention, HttpResponse):
        return convention
    apply = OPERATIONS.get(operation)
    if apply is None:
        return refuse(request, 404, "Opération inconnue.")
    form = _form(operation, convention, request.POST)
    if not form.is_valid():
        errors = " ".join(str(message) for messages_ in form.errors.values() for message in messages_)
        return _render_detail(request, convention, status=400, error=errors)
    try:
        done = apply(convention, request.user, form.cleaned_data)
    except ConventioError as error:
        return _render_detail(request, convention, status=error.status, error=error.message)
    messages.success(request, done)
    return redirect(f"{convention.get_absolute_url()}#execution")
