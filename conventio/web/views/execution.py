"""Budget execution on the convention page: balances per year, consumption over time, operations.

Figures come from `budget.services.ledger.balances` (sums over the append-only ledger
rows) and `budget.services.timeline` (the same rows summed per month, and the forecast):
the page shows, never computes, what the rules enforce. Each operation (engagement,
payment, withdrawal, payment cancellation, tranche release, dotation adjustment,
suspension for insufficiency) is one form and one service call, through `record_operation`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from conventio.budget.enums import AlertKind
from conventio.budget.models import Alert, Allocation, Ledger, TrancheRelease
from conventio.budget.services import alerts as budget_alerts
from conventio.budget.services import ledger, timeline
from conventio.core.errors import ConventioError
from conventio.register.enums import Status
from conventio.register.models import Convention
from conventio.web.views.responses import refuse


# URL segment of an operation → the key of its form in the section's context.
FORM_KEYS = {
    "engagement": "commitment_form",
    "paiement": "payment_form",
    "retrait": "withdrawal_form",
    "annulation": "reversal_form",
    "deblocage": "release_form",
    "ajustement": "adjustment_form",
    "suspension": "suspension_form",
}


def execution_context(convention: Convention, bound: tuple[str, Any] | None = None) -> dict[str, Any]:
    """What the « Exécution budgétaire » section shows: balances per year, consumption over time
    with its forecast (chart and table), dotations, open alerts, and the operations' forms.

    `bound`: (operation, form) of a refused or invalid post, shown in its place with the
    agent's input and its errors instead of an empty form — where the page offers that
    form at all (a tranche left to release; a convention in force for the suspension).
    """
    book = Ledger.objects.filter(convention=convention).first()
    if book is None:
        return {"opened": False}
    book.convention = convention
    state = ledger.balances(book)
    from conventio.web.execution_forms import (
        AdjustmentForm,
        CommitmentForm,
        CorrectionForm,
        PaymentForm,
        SuspensionForm,
        TrancheReleaseForm,
    )

    pending = _pending_tranches(convention)
    allocations = list(book.allocations.select_related("created_by").order_by("year", "id"))
    consumption = timeline.timeline(book, state)
    periods = fold(consumption.months)
    alerts = list(Alert.objects.filter(convention=convention, resolved_at=None))
    forms: dict[str, Any] = {
        "commitment_form": CommitmentForm(prefix="engagement"),
        "payment_form": PaymentForm(prefix="paiement"),
        "withdrawal_form": CorrectionForm(prefix="retrait"),
        "reversal_form": CorrectionForm(prefix="annulation"),
        "release_form": TrancheReleaseForm(prefix="deblocage", choices=pending) if pending else None,
        "adjustment_form": AdjustmentForm(prefix="ajustement", lines=_lines(allocations)),
        "suspension_form": SuspensionForm(prefix="suspension") if convention.status == Status.IN_FORCE else None,
    }
    if bound is not None and forms.get(FORM_KEYS.get(bound[0], "")) is not None:
        forms[FORM_KEYS[bound[0]]] = bound[1]
    return {
        "opened": True,
        **forms,
        "bound_operation": bound[0] if bound is not None else "",
        "suspension": _suspension(convention),
        "insufficiency": any(alert.kind == AlertKind.INSUFFICIENCY for alert in alerts),
        "state": state,
        "years": ledger.year_table(state),
        "alerts": alerts,
        "allocations": allocations,
        "releases": list(book.releases.select_related("tranche").order_by("released_on")),
        "movements": consumption.rows,
        "timeline": consumption,
        "periods": periods,
        "chart": _chart(consumption, periods),
    }


def _suspension(convention: Convention) -> dict[str, Any] | None:
    """The current suspension's reason, and whether it is the one for insufficiency (lifted by an adjustment)."""
    if convention.status != Status.SUSPENDED:
        return None
    from conventio.register.services.lifecycle import latest_suspension

    latest = latest_suspension(convention) or {"reason": "", "cause": ""}
    return {
        "reason": latest["reason"],
        "insufficiency": latest["cause"] == budget_alerts.INSUFFICIENCY_CAUSE,
    }


def _lines(allocations: list[Allocation]) -> list[tuple[int, str, str]]:
    """The ledger's distinct (year, programme, centre financier) lines, in order."""
    return list(dict.fromkeys((a.year, a.programme, a.centre_financier) for a in allocations))


def _series(values: list[Decimal | None]) -> str:
    """A JSON list of amounts written from the Decimals themselves (never through floats)."""
    return "[" + ",".join("null" if value is None else str(value) for value in values) + "]"


# More months than this and the consumption table (and the chart) go per quarter, then per year.
MAX_ROWS = 36
GRANULARITIES = {
    "month": {"unit": "Mois", "each": "mois par mois", "future": "mois à venir"},
    "quarter": {"unit": "Trimestre", "each": "trimestre par trimestre", "future": "trimestre à venir"},
    "year": {"unit": "Année", "each": "année par année", "future": "année à venir"},
}


@dataclass(frozen=True)
class Period:
    """One row of the consumption table: a month, a quarter or a year (same fields as `MonthPoint`).

    Cumulative figures at the end of the period; for the period under way, at its last
    known month (« à ce jour »). `committed_ae` / `paid_cp` are None for a period to come.
    """

    label: str
    short_label: str
    committed_ae: Decimal | None
    paid_cp: Decimal | None
    released_ae: Decimal
    forecast_ae: Decimal | None
    forecast_cp: Decimal | None


@dataclass(frozen=True)
class Periods:
    granularity: str  # "month", "quarter", "year"
    rows: Sequence[timeline.MonthPoint | Period]

    @property
    def words(self) -> dict[str, str]:
        return GRANULARITIES[self.granularity]


def _quarter_label(year: int, quarter: int) -> str:
    return f"{'1er' if quarter == 1 else f'{quarter}e'} trimestre {year}"


def fold(months: list[timeline.MonthPoint], limit: int = MAX_ROWS) -> Periods:
    """The timeline's months as at most `limit` rows when it can: per month, else per quarter, else per year.

    Presentation only: the figures are the service's month points (cumulative), the
    period keeps those of its last month — or, for the period under way, of its last
    month already known. A convention from 1990 to 2100 gives 111 yearly rows, not 1 332.
    """
    if len(months) <= limit:
        return Periods("month", months)
    granularity = "quarter" if len(months) <= limit * 3 else "year"
    groups: dict[tuple[int, int], list[timeline.MonthPoint]] = {}
    for point in months:
        key = (point.month.year, (point.month.month - 1) // 3 + 1 if granularity == "quarter" else 0)
        groups.setdefault(key, []).append(point)
    rows = []
    for (year, quarter), points in groups.items():
        last = points[-1]
        known = [point for point in points if point.committed_ae is not None]
        reached = known[-1] if known else None
        rows.append(
            Period(
                label=_quarter_label(year, quarter) if quarter else str(year),
                short_label=f"T{quarter} {year}" if quarter else str(year),
                committed_ae=reached.committed_ae if reached else None,
                paid_cp=reached.paid_cp if reached else None,
                released_ae=last.released_ae,
                forecast_ae=last.forecast_ae,
                forecast_cp=last.forecast_cp,
            )
        )
    return Periods(granularity, rows)


def _chart(consumption: timeline.Timeline, periods: Periods) -> dict[str, str]:
    """The `<line-chart>` attributes (JSON strings): one x axis of periods, five series.

    The figures are the timeline's, folded as in the table beside the chart (month,
    quarter or year); DSFR Chart draws them, it computes nothing.
    """
    months = periods.rows
    series: list[tuple[str, list[Decimal | None]]] = [
        ("AE engagées (cumul)", [m.committed_ae for m in months]),
        ("CP payés (cumul)", [m.paid_cp for m in months]),
        ("AE débloquées par les tranches", [m.released_ae for m in months]),
        ("AE allouées", [consumption.allocated_ae for _ in months]),
    ]
    if consumption.forecast.available:
        series.append(("Prévision des AE engagées", [m.forecast_ae for m in months]))
    labels = json.dumps([m.short_label for m in months])
    return {
        "x": "[" + ",".join(labels for _ in series) + "]",
        "y": "[" + ",".join(_series(values) for _, values in series) + "]",
        "name": json.dumps([name for name, _ in series], ensure_ascii=False),
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


def _adjust(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    # The ledger checks the ceilings, audits the change and lifts a suspension for insufficiency.
    suspended = convention.status == Status.SUSPENDED
    ledger.adjust_allocation(
        convention,
        actor=actor,
        year=data["year"],
        ae=data["ae"] or 0,
        cp=data["cp"] or 0,
        reason=data["reason"],
        kind=data["kind"],
        programme=data["programme"],
        centre_financier=data["centre_financier"],
    )
    convention.refresh_from_db(fields=["status"])
    done = f"Ajustement de la dotation {data['year']} enregistré."
    if suspended and convention.status == Status.IN_FORCE:
        done += " La suspension est levée : la convention est de nouveau en vigueur."
    elif convention.status == Status.SUSPENDED:
        done += (
            " La convention reste suspendue : sa suspension n'est pas due à une insuffisance de crédits ;"
            " l'exécution reprend par l'action « Reprendre l'exécution » du cycle de vie."
        )
    return done


def _suspend(convention: Convention, actor: Any, data: dict[str, Any]) -> str:
    budget_alerts.suspend_for_insufficiency(convention, actor=actor)
    return (
        "La convention est suspendue pour insuffisance de crédits : elle ne reçoit plus d'engagement "
        "jusqu'à l'enregistrement d'un ajustement de la dotation."
    )


def _form(operation: str, convention: Convention, data: Any) -> Any:
    from conventio.web.execution_forms import (
        AdjustmentForm,
        CommitmentForm,
        CorrectionForm,
        PaymentForm,
        SuspensionForm,
        TrancheReleaseForm,
    )

    if operation == "deblocage":
        return TrancheReleaseForm(data, prefix=operation, choices=_pending_tranches(convention))
    if operation == "ajustement":
        allocations = list(Allocation.objects.filter(ledger__convention=convention).order_by("year", "id"))
        return AdjustmentForm(data, prefix=operation, lines=_lines(allocations))
    form_class = {"engagement": CommitmentForm, "paiement": PaymentForm, "suspension": SuspensionForm}.get(
        operation, CorrectionForm
    )
    return form_class(data, prefix=operation)


# URL segment → what the operation does with the cleaned form data (returns the success message).
OPERATIONS: dict[str, Callable[[Convention, Any, dict[str, Any]], str]] = {
    "engagement": _commit,
    "paiement": _pay,
    "retrait": _withdraw,
    "annulation": _cancel_payment,
    "deblocage": _release,
    "ajustement": _adjust,
    "suspension": _suspend,
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
    from conventio.web.execution_forms import focus_first_error

    form = _form(operation, convention, request.POST)
    if not form.is_valid():
        errors = " ".join(str(message) for messages_ in form.errors.values() for message in messages_)
        focus_first_error(form)
        return _render_detail(request, convention, status=400, error=errors, execution_form=(operation, form))
    try:
        done = apply(convention, request.user, form.cleaned_data)
    except ConventioError as error:
        # A ceiling is about the amount typed: its refusal goes beside that field; any other
        # refusal (unknown number, suspended convention, missing review…) heads the form.
        field = "amount" if isinstance(error, ledger.CeilingExceeded) and "amount" in form.fields else None
        form.add_error(field, error.message)
        focus_first_error(form)
        return _render_detail(
            request, convention, status=error.status, error=error.message, execution_form=(operation, form)
        )
    messages.success(request, done)
    return redirect(f"{convention.get_absolute_url()}#execution")
