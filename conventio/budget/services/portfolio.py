"""The programme team's portfolio: every visible convention with its execution figures, one row each.

Why a service of its own: the portfolio lists hundreds or thousands of conventions, and
its figures must be the ledger's own (`ledger.balances_of`, sums over the append-only
rows) — never recomputed in a view or a template. The rows are read in a fixed number
of queries whatever their count: one for the conventions (with their open alerts
counted in SQL), four for the balances of all their ledgers at once (the movements'
from the per-year totals the database keeps, `LedgerYearTotal`: a few rows per ledger,
not its movements), one for the tranches released in the chosen year, and two for the
parties and programmes of the rows actually shown. Sorting and totals need every filtered row's figures, so they are
computed on the whole filtered set, then the caller paginates.

Definitions (shown on the page and in the README):
- AE débloquées: AE made available by released tranches (capped by the allocation);
  for a convention without tranches, its allocated AE;
- AE restantes = AE allouées − AE engagées (net); CP restants = CP alloués − CP payés;
- taux d'engagement = AE engagées / AE allouées; taux de paiement = CP payés / CP alloués;
- with a year: allocations and movements of that exercice only, and tranches released
  that year (or, without tranches, that year's allocated AE).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, IntegerField, Max, Min, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from conventio.budget.models import Alert, Allocation, Ledger, LedgerYearTotal, TrancheRelease
from conventio.budget.services.ledger import ZERO, Balances, balances_of
from conventio.register.enums import Role, Status
from conventio.register.models import BudgetLine, Convention, PartyRole
from conventio.trust.permissions import visible_conventions


PERCENT_STEP = Decimal("0.1")

# Sort keys → (label, key function on a row). Rows without figures (ledger not opened) sort last.
MONEY_FIELDS = (
    "allocated_ae",
    "released_ae",
    "committed_ae",
    "remaining_ae",
    "allocated_cp",
    "paid_cp",
    "remaining_cp",
)
SORTS: dict[str, str] = {
    "title": "intitulé",
    "status": "statut",
    "end_date": "date de fin",
    "allocated_ae": "AE allouées",
    "released_ae": "AE débloquées",
    "committed_ae": "AE engagées",
    "remaining_ae": "AE restantes",
    "ae_rate": "taux d'engagement",
    "allocated_cp": "CP alloués",
    "paid_cp": "CP payés",
    "remaining_cp": "CP restants",
    "cp_rate": "taux de paiement",
    "alerts": "alertes ouvertes",
}
DEFAULT_SORT = "title"
STATUS_ORDER: list[str] = [
    Status.DRAFT,
    Status.SIGNED,
    Status.IN_FORCE,
    Status.SUSPENDED,
    Status.EXPIRED,
    Status.TERMINATED,
]


@dataclass(frozen=True)
class Filters:
    """What the programme team asked for (already validated by the view's form)."""

    q: str = ""
    programme: str = ""
    year: int | None = None
    status: str = ""
    with_alerts: bool = False
    sort: str = DEFAULT_SORT


@dataclass
class Figures:
    """Execution figures of one convention (or of the totals row), all years or one exercice."""

    allocated_ae: Decimal = ZERO
    released_ae: Decimal = ZERO
    committed_ae: Decimal = ZERO
    allocated_cp: Decimal = ZERO
    paid_cp: Decimal = ZERO

    @property
    def remaining_ae(self) -> Decimal:
        return self.allocated_ae - self.committed_ae

    @property
    def remaining_cp(self) -> Decimal:
        return self.allocated_cp - self.paid_cp

    @property
    def ae_rate(self) -> Decimal | None:
        """Committed / allocated AE in percent (one decimal), None when nothing is allocated."""
        return _rate(self.committed_ae, self.allocated_ae)

    @property
    def cp_rate(self) -> Decimal | None:
        return _rate(self.paid_cp, self.allocated_cp)

    @property
    def ae_bar(self) -> Decimal:
        """Width of the AE consumption bar (0–100: an over-consumption fills it)."""
        return min(max(self.ae_rate or ZERO, ZERO), Decimal(100))

    @property
    def cp_bar(self) -> Decimal:
        return min(max(self.cp_rate or ZERO, ZERO), Decimal(100))

    def add(self, other: Figures) -> None:
        for name in ("allocated_ae", "released_ae", "committed_ae", "allocated_cp", "paid_cp"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _rate(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole <= 0:
        return None
    return (part * 100 / whole).quantize(PERCENT_STEP)


@dataclass
class Row:
    """One convention of the portfolio; `figures` is None when its ledger is not opened."""

    pk: int
    title: str
    status: str
    end_date: Any
    open_alerts: int
    figures: Figures | None
    delegants: list[str] = field(default_factory=list)
    delegataires: list[str] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label) if self.status in Status.values else self.status

    @property
    def suspended(self) -> bool:
        return self.status == Status.SUSPENDED

    @property
    def opened(self) -> bool:
        return self.figures is not None


@dataclass
class Portfolio:
    rows: list[Row]
    totals: Figures
    opened: int  # rows with an opened ledger (the totals add theirs)
    open_alerts: int


# ------------------------------------------------------------------------------ choices


def year_choices() -> list[int]:
    """Exercices offered by the year filter: from the earliest to the latest allocation or budget line."""
    bounds = [
        value
        for source in (Allocation.objects, BudgetLine.objects.filter(year__gte=1990))
        for value in source.aggregate(first=Min("year"), last=Max("year")).values()
        if value
    ]
    return list(range(max(bounds), min(bounds) - 1, -1)) if bounds else []


# ------------------------------------------------------------------------------ query


def _conventions(user: Any, filters: Filters) -> QuerySet[Convention]:
    queryset: Any = visible_conventions(user, Convention.objects.all())
    if filters.q:
        queryset = queryset.search(filters.q)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.programme:
        # Programme numbers are unique: at most one joined row per convention.
        queryset = queryset.filter(programmes__number=filters.programme)
    open_alerts = Alert.objects.filter(convention_id=OuterRef("pk"), resolved_at=None)
    if filters.with_alerts:
        queryset = queryset.filter(Exists(open_alerts))
    if filters.year is not None:
        year = filters.year
        in_ledger = Q(
            Exists(Allocation.objects.filter(ledger__convention_id=OuterRef("pk"), year=year))
            | Exists(LedgerYearTotal.objects.filter(ledger__convention_id=OuterRef("pk"), year=year))
        )
        planned = Q(ledger__isnull=True) & Q(
            Exists(BudgetLine.objects.filter(convention_id=OuterRef("pk"), year=year))
        )
        queryset = queryset.filter(in_ledger | planned)
    counted = open_alerts.order_by().values("convention_id").annotate(n=Count("pk")).values("n")
    return queryset.annotate(
        open_alerts=Coalesce(Subquery(counted, output_field=IntegerField()), 0),
    )


def _released_in(year: int, ledger_ids: list[int]) -> dict[int, Decimal]:
    rows = (
        TrancheRelease.objects.filter(ledger_id__in=ledger_ids, released_on__year=year)
        .order_by()
        .values("ledger_id")
        .annotate(total=Sum("amount"))
    )
    return {row["ledger_id"]: Decimal(row["total"]).quantize(Decimal("0.01")) for row in rows}


def _figures(state: Balances, year: int | None, released_that_year: Decimal) -> Figures:
    if year is None:
        return Figures(
            allocated_ae=state.allocated_ae,
            released_ae=state.ae_ceiling,
            committed_ae=state.committed_ae,
            allocated_cp=state.allocated_cp,
            paid_cp=state.paid_cp,
        )
    exercice = state.years.get(year)
    if exercice is None:
        return Figures()
    return Figures(
        allocated_ae=exercice.allocated_ae,
        released_ae=released_that_year if state.has_tranches else exercice.allocated_ae,
        committed_ae=exercice.committed_ae,
        allocated_cp=exercice.allocated_cp,
        paid_cp=exercice.paid_cp,
    )


def portfolio(user: Any, filters: Filters) -> Portfolio:
    """Every convention `user` may see that matches `filters`, with its figures, sorted; and the totals.

    Parties and programmes are not read here (see `with_details`): only the rows shown
    need them.
    """
    conventions: Any = _conventions(user, filters)  # annotated with `open_alerts`
    records = list(conventions.values("pk", "title", "status", "end_date", "ledger__pk", "open_alerts"))
    ledgers = [
        Ledger(pk=record["ledger__pk"], convention_id=record["pk"]) for record in records if record["ledger__pk"]
    ]
    states = balances_of(ledgers) if ledgers else {}
    released = _released_in(filters.year, list(states)) if filters.year is not None and states else {}
    rows: list[Row] = []
    totals = Figures()
    opened = alerts = 0
    for record in records:
        ledger_id = record["ledger__pk"]
        figures = None
        if ledger_id:
            figures = _figures(states[ledger_id], filters.year, released.get(ledger_id, ZERO))
            totals.add(figures)
            opened += 1
        alerts += record["open_alerts"]
        rows.append(
            Row(
                pk=record["pk"],
                title=record["title"],
                status=record["status"],
                end_date=record["end_date"],
                open_alerts=record["open_alerts"],
                figures=figures,
            )
        )
    return Portfolio(rows=sort_rows(rows, filters.sort), totals=totals, opened=opened, open_alerts=alerts)


def _sort_value(row: Row, key: str) -> Any:
    """The value `row` is sorted on for `key`; None when the row has no such figure."""
    if key == "title":
        return row.title.casefold()
    if key == "status":
        return STATUS_ORDER.index(row.status) if row.status in STATUS_ORDER else len(STATUS_ORDER)
    if key == "end_date":
        return row.end_date
    if key == "alerts":
        return row.open_alerts
    return getattr(row.figures, key) if row.figures is not None else None


def sort_rows(rows: list[Row], sort: str) -> list[Row]:
    """Rows ordered by `sort` (« -key » descending); rows without the figure come last either way."""
    key = sort.lstrip("-")
    if key not in SORTS:
        key, sort = DEFAULT_SORT, DEFAULT_SORT
    descending = sort.startswith("-")
    values = {row.pk: _sort_value(row, key) for row in rows}
    present = [row for row in rows if values[row.pk] is not None]
    missing = [row for row in rows if values[row.pk] is None]
    present.sort(key=lambda row: row.pk, reverse=descending)  # stable tie-break on the id
    present.sort(key=lambda row: values[row.pk], reverse=descending)
    missing.sort(key=lambda row: row.title.casefold())
    return present + missing


def with_details(rows: Iterable[Row]) -> list[Row]:
    """Fill the délégants, délégataires and programmes of `rows` (two queries, whatever their number)."""
    chosen = list(rows)
    by_pk = {row.pk: row for row in chosen}
    # Tuples, not model instances: the CSV export asks for every row's parties (8 000 for 2 000 rows).
    parties = (
        PartyRole.objects.filter(convention_id__in=list(by_pk))
        .order_by("position")
        .values_list("convention_id", "role", "organisation__acronym", "organisation__name")
    )
    delegataires = (Role.DELEGATAIRE, Role.CO_DELEGATAIRE)
    for convention_id, role, acronym, name in parties:
        row = by_pk[convention_id]
        if role == Role.DELEGANT:
            row.delegants.append(acronym or name)
        elif role in delegataires:
            row.delegataires.append(acronym or name)
    through: Any = Convention.programmes.through
    links = (
        through.objects.filter(convention_id__in=list(by_pk))
        .order_by("programme__number")
        .values_list("convention_id", "programme__number")
    )
    for convention_id, number in links:
        by_pk[convention_id].programmes.append(number)
    return chosen
