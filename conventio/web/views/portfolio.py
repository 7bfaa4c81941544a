"""The portfolio (« Portefeuille ») page: execution of every visible convention, and its CSV export.

Every signed-in agent reaches it; what it lists is what `visible_conventions` lets them
see (the DINUM programme team sees every convention, a partner's agent those of its
organisations). The figures come from `budget.services.portfolio` (the ledger's own
balances): the view reads the query string, asks the service, paginates, renders.
Invalid filter values are ignored and named in an alert above the table (a shared or
hand-edited URL never breaks the page); an unknown export format answers 400.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from conventio.budget.services import portfolio as service
from conventio.register.models import Programme
from conventio.trust.permissions import VIEW, can
from conventio.web.forms import FastSelect, FilterForm
from conventio.web.views.responses import page, refuse


PAGE_SIZE = 25
NOT_OPENED = "suivi non ouvert"
SORT_CHOICES = [(key, label) for key, label in service.SORTS.items()] + [
    (f"-{key}", f"{label} (décroissant)") for key, label in service.SORTS.items()
]


class PortfolioFilterForm(FilterForm):
    """The portfolio's filters (see `FilterForm`)."""

    field_order = ("q", "programme", "year", "status", "alerts", "sort")

    q = forms.CharField(
        label="Rechercher",
        required=False,
        max_length=200,
        help_text="Intitulé, partie, service, programme, code Chorus…",
        error_messages={"max_length": "La recherche est limitée à %(limit_value)d caractères : recherche ignorée."},
    )
    year = forms.TypedChoiceField(
        label="Exercice",
        required=False,
        coerce=int,
        empty_value=None,
        widget=FastSelect(attrs={"aria-describedby": "portfolio-help"}),
        error_messages={"invalid_choice": "« %(value)s » n'est pas un exercice proposé : filtre ignoré."},
    )
    alerts = forms.BooleanField(label="Avec alertes ouvertes", required=False)
    sort = forms.ChoiceField(
        label="Tri",
        required=False,
        choices=SORT_CHOICES,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "Tri inconnu : tri par intitulé."},
    )

    def filters(self) -> service.Filters:
        """The valid values as service filters (invalid ones dropped)."""
        self.is_valid()
        data = self.cleaned_data
        return service.Filters(
            q=data.get("q") or "",
            programme=data.get("programme") or "",
            year=data.get("year"),
            status=data.get("status") or "",
            with_alerts=bool(data.get("alerts")),
            sort=data.get("sort") or service.DEFAULT_SORT,
        )


@login_required
@require_GET
def portfolio(request: HttpRequest) -> HttpResponse:
    if not can(request.user, VIEW):
        return refuse(request, 403, "Votre compte ne donne pas accès au registre.")
    export = request.GET.get("format", "")
    if export not in ("", "csv"):
        return refuse(
            request, 400, f"Format d'export inconnu : « {export[:40]} ». Le seul format proposé est « csv »."
        )
    programmes = [(p.number, str(p)) for p in Programme.objects.order_by("number")]
    form = PortfolioFilterForm(request.GET, programmes=programmes, years=service.year_choices())
    filters = form.filters()
    result = service.portfolio(request.user, filters)
    if export == "csv":
        return _csv(result, filters)
    paginator = Paginator(result.rows, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    service.with_details(page_obj.object_list)
    params = request.GET.copy()
    params.pop("page", None)
    params["format"] = "csv"
    return page(
        request,
        "web/portfolio/portfolio.html",
        title="Portefeuille",
        nav="portfolio",
        form=form,
        filters=filters,
        ignored=form.ignored(),
        result=result,
        page_obj=page_obj,
        pages_list=list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)),
        count=paginator.count,
        columns=_sort_columns(request, filters.sort),
        filtered=any((filters.q, filters.programme, filters.year, filters.status, filters.with_alerts)),
        csv_url=f"?{params.urlencode()}",
    )


def _sort_columns(request: HttpRequest, sort: str) -> dict[str, dict[str, str]]:
    """For each sortable column: the link that sorts on it (or reverses it) and its aria-sort state."""
    columns = {}
    for key in service.SORTS:
        params = request.GET.copy()
        params.pop("page", None)
        current = sort.lstrip("-") == key
        descending = sort.startswith("-")
        params["sort"] = (key if descending else f"-{key}") if current else key
        state = ("descending" if descending else "ascending") if current else "none"
        columns[key] = {"url": f"?{params.urlencode()}", "aria_sort": state}
    return columns


# ----------------------------------------------------------------------------- CSV

CSV_HEADER = [
    "Intitulé",
    "Délégant",
    "Délégataire(s)",
    "Programme(s)",
    "Statut",
    "Date de fin",
    "Suivi budgétaire",
    "AE allouées",
    "AE débloquées",
    "AE engagées",
    "AE restantes",
    "Taux d'engagement AE (%)",
    "CP alloués",
    "CP payés",
    "CP restants",
    "Taux de paiement CP (%)",
    "Alertes ouvertes",
    "Suspendue",
]


def _number(value: Decimal | None) -> str:
    """« 220000,00 »: a decimal comma and no thousands separator, so spreadsheets read a number."""
    return "" if value is None else format(value, "f").replace(".", ",")


def _money_cells(figures: service.Figures | None) -> list[str]:
    if figures is None:
        return [""] * 9
    return [
        _number(figures.allocated_ae),
        _number(figures.released_ae),
        _number(figures.committed_ae),
        _number(figures.remaining_ae),
        _number(figures.ae_rate),
        _number(figures.allocated_cp),
        _number(figures.paid_cp),
        _number(figures.remaining_cp),
        _number(figures.cp_rate),
    ]


def _csv(result: service.Portfolio, filters: service.Filters) -> HttpResponse:
    """The filtered table (every row, not one page) with its totals: « ; », decimal comma, UTF-8 with BOM."""
    service.with_details(result.rows)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # the BOM makes Excel read UTF-8
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in result.rows:
        writer.writerow(
            [
                row.title,
                ", ".join(row.delegants),
                ", ".join(row.delegataires),
                ", ".join(row.programmes),
                row.status_label,
                f"{row.end_date:%d/%m/%Y}" if row.end_date else "",
                "ouvert" if row.opened else NOT_OPENED,
                *_money_cells(row.figures),
                str(row.open_alerts),
                "oui" if row.suspended else "non",
            ]
        )
    writer.writerow(
        [
            f"Total ({len(result.rows)} conventions, dont {result.opened} avec suivi ouvert)",
            "",
            "",
            "",
            "",
            "",
            "",
            *_money_cells(result.totals),
            str(result.open_alerts),
            "",
        ]
    )
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    suffix = f"-{filters.year}" if filters.year else ""
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"portefeuille{suffix}-{stamp}.csv"
    )
    return response
