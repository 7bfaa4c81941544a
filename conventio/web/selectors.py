"""Read-side queries of the back office: the conventions list, a convention page, an organisation page.

Every query starts from `visible_conventions` (the permission function's queryset), so
a screen can only show what the user may see. Lists stay a fixed number of queries
whatever the page size: filters are `EXISTS` subqueries (no join that would duplicate
rows), related rows come through `select_related` / `prefetch_related`, and the next
deadline is a correlated subquery computed by the database.

The year filter reads as a budget year (« exercice »): a convention matches year Y when
it has a budget line (AE or CP) for Y, or when it was signed in Y — so conventions that
delegate acts without credits are still found by their signature year.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from conventio.core.models import AuditEvent
from conventio.register.enums import Role, Status
from conventio.register.models import (
    AnnexObjective,
    BudgetLine,
    Convention,
    ConventionVersion,
    Deadline,
    Organisation,
    PartyRole,
    Programme,
    SourceDocument,
)
from conventio.trust.permissions import visible_conventions


STATUS_ORDER = [Status.DRAFT, Status.SIGNED, Status.IN_FORCE, Status.SUSPENDED, Status.EXPIRED, Status.TERMINATED]
OBLIGATION_CATEGORIES = {
    "governance": "Gouvernance",
    "reporting": "Comptes rendus et indicateurs",
    "funding": "Financement",
    "budget_execution": "Exécution budgétaire",
    "staffing": "Moyens humains",
    "method": "Méthode beta.gouv.fr",
    "open_source": "Logiciel libre",
    "personal_data": "Données personnelles",
    "security": "Sécurité",
    "franceconnect": "FranceConnect",
    "user_feedback": "Avis des usagers",
    "public_statistics": "Statistiques publiques",
    "other": "Autres engagements",
}


def today() -> datetime.date:
    return timezone.localdate()


# ------------------------------------------------------------------------------ list


def _party_prefetch() -> Prefetch:
    return Prefetch(
        "parties",
        queryset=PartyRole.objects.select_related("organisation").order_by("position"),
    )


def visible(user: Any) -> QuerySet[Convention]:
    """The conventions `user` may see (the permission function's queryset), to build list queries on."""
    return visible_conventions(user, Convention.objects.all())


def conventions_for_list(visible: QuerySet[Convention], filters: dict[str, Any]) -> QuerySet[Convention]:
    """The `visible` conventions searched, filtered and sorted as `filters` say (already validated).

    Long text columns the list does not show (object, search text) are not fetched.
    """
    queryset: Any = visible.defer("object", "search_text")
    query = filters.get("q")
    if query:
        queryset = queryset.search(query)  # ConventionQuerySet.search: the folded search text
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("programme"):
        # Programme numbers are unique: the join matches at most one row per convention (no duplicates).
        queryset = queryset.filter(programmes__number=filters["programme"])
    if filters.get("year"):
        year = filters["year"]
        queryset = queryset.filter(
            Q(Exists(BudgetLine.objects.filter(convention_id=OuterRef("pk"), year=year)))
            | Q(signature_date__year=year)
        )
    if filters.get("party"):
        queryset = queryset.filter(
            Exists(PartyRole.objects.filter(convention_id=OuterRef("pk"), organisation_id=filters["party"]))
        )
    days = filters.get("deadline_days")
    if days is not None and days != "":
        start = today()
        queryset = queryset.filter(
            Exists(
                Deadline.objects.filter(
                    convention_id=OuterRef("pk"),
                    due_date__gte=start,
                    due_date__lte=start + datetime.timedelta(days=int(days)),
                )
            )
        )
    next_deadline = (
        Deadline.objects.filter(convention_id=OuterRef("pk"), due_date__gte=today())
        .order_by("due_date")
        .values("due_date")[:1]
    )
    queryset = queryset.annotate(next_deadline=Subquery(next_deadline))
    return _sorted(queryset, filters.get("sort") or "-signature_date").prefetch_related(
        _party_prefetch(), "programmes"
    )


def _sorted(queryset: QuerySet[Convention], sort: str) -> QuerySet[Convention]:
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key == "status":
        rank = Case(
            *(When(status=status, then=Value(index)) for index, status in enumerate(STATUS_ORDER)),
            default=Value(len(STATUS_ORDER)),
            output_field=IntegerField(),
        )
        queryset = queryset.annotate(status_rank=rank)
        expression = F("status_rank")
    else:
        column = {"title": "title", "signature_date": "signature_date", "end_date": "end_date"}.get(
            key, "total_amount"
        )
        expression = F(column)
    ordered = expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
    return queryset.order_by(ordered, "-id" if descending else "id")


MAX_IDS = 5000


def filter_choices(visible: QuerySet[Convention], *, sees_all: bool) -> dict[str, list[Any]]:
    """Options of the list's filters: programmes, years, and the organisations of `visible` conventions.

    Years run from the earliest to the latest budget or signature year (two index-friendly
    aggregates, not a scan for distinct values). When the user sees every convention
    (`sees_all`), organisations are those party to any convention, without the join on
    the visible set.
    """
    programmes = [(p.number, str(p)) for p in Programme.objects.order_by("number")]
    lines = BudgetLine.objects.filter(year__gte=1990).aggregate(first=Min("year"), last=Max("year"))
    signed = Convention.objects.aggregate(first=Min("signature_date"), last=Max("signature_date"))
    bounds = [lines["first"], lines["last"]] + [day.year for day in (signed["first"], signed["last"]) if day]
    known = [year for year in bounds if year]
    years = list(range(max(known), min(known) - 1, -1)) if known else []
    if sees_all:
        parties = Organisation.objects.filter(Exists(PartyRole.objects.filter(organisation_id=OuterRef("pk"))))
    else:
        # The visible ids first: PostgreSQL plans the nested subquery per organisation (~3x slower).
        ids = list(visible.values_list("pk", flat=True)[: MAX_IDS + 1])
        scope: Any = ids if len(ids) <= MAX_IDS else visible.values("pk")
        roles = PartyRole.objects.filter(convention_id__in=scope)
        parties = Organisation.objects.filter(pk__in=roles.values("organisation_id"))
    parties = parties.only("pk", "name", "acronym").order_by("name")
    return {"programmes": programmes, "years": years, "parties": [(o.pk, str(o)) for o in parties]}


# ---------------------------------------------------------------------- convention page


@dataclass
class BudgetTable:
    """The budget lines of one table of the convention (« Budget commun », « Budget spécifique »…)."""

    scope: str
    lines: list[BudgetLine]
    ae_total: Decimal
    cp_total: Decimal


@dataclass
class ObjectiveNode:
    objective: AnnexObjective
    children: list[ObjectiveNode] = field(default_factory=list)


@dataclass
class ConventionPage:
    """Everything the convention page shows, read in a bounded number of queries."""

    convention: Convention
    budget_tables: list[BudgetTable]
    ae_total: Decimal
    cp_total: Decimal
    obligations: list[tuple[str, list[Any]]]
    objectives: list[ObjectiveNode]
    deadlines: list[tuple[Deadline, int]]
    versions: list[ConventionVersion]
    documents: list[SourceDocument]
    events: list[AuditEvent]


def convention_queryset(user: Any) -> QuerySet[Convention]:
    return visible_conventions(user, Convention.objects.all())


def convention_page(target: Convention) -> ConventionPage:
    """Read all of a convention's parts for its page (the caller has checked the permission)."""
    convention: Any = (  # reverse relations below are Django's dynamic attributes
        Convention.objects.select_related("chorus", "termination_requested_by")
        .prefetch_related(
            Prefetch(
                "parties",
                queryset=PartyRole.objects.select_related("organisation", "representative", "signatory").order_by(
                    "position"
                ),
            ),
            "legal_bases",
            "programmes",
            "envelopes__parts",
            "budget_lines",
            "tranches",
            "obligations",
            "objectives",
        )
        .get(pk=target.pk)
    )
    tables: dict[str, list[BudgetLine]] = defaultdict(list)
    for line in convention.budget_lines.all():
        tables[line.scope].append(line)
    budget_tables = [
        BudgetTable(
            scope=scope,
            lines=lines,
            ae_total=sum((line.ae or Decimal(0) for line in lines), Decimal(0)),
            cp_total=sum((line.cp or Decimal(0) for line in lines), Decimal(0)),
        )
        for scope, lines in tables.items()
    ]
    grouped: dict[str, list[Any]] = defaultdict(list)
    for obligation in convention.obligations.all():
        grouped[obligation.category].append(obligation)
    order = list(OBLIGATION_CATEGORIES)
    obligations = [
        (OBLIGATION_CATEGORIES.get(category, category), items)
        for category, items in sorted(grouped.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    ]
    nodes = {objective.pk: ObjectiveNode(objective) for objective in convention.objectives.all()}
    roots: list[ObjectiveNode] = []
    for node in sorted(nodes.values(), key=lambda n: n.objective.position):
        parent_id = getattr(node.objective, "parent_id", None)
        parent = nodes.get(parent_id) if parent_id else None
        (parent.children if parent else roots).append(node)
    start = today()
    deadlines = [(d, (d.due_date - start).days) for d in convention.deadlines.order_by("due_date", "kind")]
    versions = list(convention.versions.select_related("created_by").order_by("number"))
    documents = list(convention.documents.defer("content").order_by("uploaded_at", "pk"))
    events = audit_trail(convention.scope, limit=200)
    return ConventionPage(
        convention=convention,
        budget_tables=budget_tables,
        ae_total=sum((t.ae_total for t in budget_tables), Decimal(0)),
        cp_total=sum((t.cp_total for t in budget_tables), Decimal(0)),
        obligations=obligations,
        objectives=roots,
        deadlines=deadlines,
        versions=versions,
        documents=documents,
        events=events,
    )


# ---------------------------------------------------------------------- organisations


def organisations_for_list(query: str = "") -> QuerySet[Organisation]:
    """Organisations (merged ones excluded), optionally those whose name, acronym or alias contains `query`."""
    queryset = Organisation.objects.filter(merged_into=None).prefetch_related("aliases")
    if query:
        from conventio.register.naming import fold

        folded = fold(query)
        queryset = queryset.filter(
            Q(name__icontains=query) | Q(acronym__icontains=query) | Q(aliases__key__icontains=folded)
        ).distinct()
    return queryset.order_by("name")


def conventions_by_role(user: Any, organisation: Organisation) -> list[tuple[str, list[Convention]]]:
    """The conventions `user` may see where `organisation` is a party, grouped by its role in each."""
    visible = visible_conventions(user, Convention.objects.all()).values("pk")
    roles = (
        PartyRole.objects.filter(organisation=organisation, convention_id__in=visible)
        .select_related("convention")
        .order_by("convention__title", "position")
    )
    grouped: dict[str, list[Convention]] = defaultdict(list)
    for party in roles:
        if party.convention not in grouped[party.role]:
            grouped[party.role].append(party.convention)
    labels = dict(Role.choices)
    return [(str(labels[role]), grouped[role]) for role in Role.values if grouped.get(role)]


def audit_trail(scope: str, *, limit: int) -> list[AuditEvent]:
    """The latest audit events of a page's scope (« convention:42 », « organisation:7 »), newest first."""
    events: Any = AuditEvent.objects
    return list(events.for_scope(scope).select_related("actor")[:limit])
