"""Budget execution on the convention page: the ledger's balances per year, and opening it.

Figures come from `budget.services.ledger.balances` (sums over the append-only ledger
rows): the page shows, never computes, what the rules enforce.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from conventio.budget.models import Alert, Ledger
from conventio.budget.services import ledger
from conventio.core.errors import ConventioError
from conventio.register.models import Convention


def execution_context(convention: Convention) -> dict[str, Any]:
    """What the « Exécution budgétaire » section shows: balances per year, open alerts."""
    book = Ledger.objects.filter(convention=convention).first()
    if book is None:
        return {"opened": False}
    state = ledger.balances(book)
    return {
        "opened": True,
        "state": state,
        "years": ledger.year_table(state),
        "alerts": list(Alert.objects.filter(convention=convention, resolved_at=None)),
        "releases": list(book.releases.select_related("tranche").order_by("released_on")),
        "movements": book.movements.count(),
    }


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
