"""The end-of-term execution report of one convention, as a plain data object.

The conventions oblige the délégataire to render account to the délégant of the
expenses made and of the progress of the work, with forecasts of orders and of budget
consumption. `build_report` gathers what the register and the ledger know for that
account: who the parties are, the imputation, the figures per year and in total, every
engagement juridique, every payment, every correction, the alerts and suspensions,
the annex objectives, the restes à payer (committed − paid) and the forecast at the
end date that `budget.services.timeline` makes from the pace so far (the same figure
as the convention page's chart; when it makes none, its reason is printed instead).
The progress of the work is not in the database: the renderers leave a labelled blank
for the délégataire.

Figures per year and in total come from `budget.services.ledger` (`balances`,
`year_table`): the report shows what the rules enforce and is never computed another
way. Per engagement and per payment, the figures are exact Decimal sums of the same
append-only ledger rows, and their totals equal the ledger's balances (tested).
The renderers (`pdf`, `xlsx`) only format: every number they print is here.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from conventio.budget.enums import AlertKind, MovementKind
from conventio.budget.models import Alert, Ledger, Movement
from conventio.budget.services import ledger as ledger_service
from conventio.budget.services.timeline import timeline
from conventio.core.models import AuditEvent
from conventio.register.models import Convention


ZERO = Decimal("0.00")

COMPLEMENT_LABEL = "complément d'engagement"
SYSTEM_LABEL = "système"
# Shown in the « Prévisions » section if the timeline service gives neither a forecast nor a reason.
NO_FORECAST = (
    "Aucune projection de consommation n'est calculée dans ce rapport : la section présente les restes à payer "
    "sur les engagements juridiques en cours."
)
FORECAST_METHOD = (
    "Projection linéaire : le rythme moyen de consommation depuis le début de la convention, prolongé jusqu'à "
    "sa date de fin."
)


class LedgerNotOpened(LookupError):
    """The convention has no ledger: there is no execution to report on."""


@dataclass(frozen=True)
class Party:
    role: str
    name: str
    representative: str = ""
    representative_title: str = ""
    signatory: str = ""
    signatory_title: str = ""
    signs_for: str = ""


@dataclass(frozen=True)
class Imputation:
    centre_financier: str = ""
    domaine_fonctionnel: str = ""
    activites: tuple[str, ...] = ()
    centre_cout: str = ""
    axe_ministeriel: str = ""

    @property
    def empty(self) -> bool:
        return not any(
            (self.centre_financier, self.domaine_fonctionnel, self.activites, self.centre_cout, self.axe_ministeriel)
        )


@dataclass(frozen=True)
class Release:
    """A tranche made available: by which decision, when, on what review, recorded by whom."""

    tranche: str
    amount: Decimal
    released_on: datetime.date
    decision: str
    review: str
    recorded_by: str


@dataclass(frozen=True)
class YearRow:
    """One budget year, from `ledger.year_table` (released AE: the tranche decisions of that year)."""

    year: int
    allocated_ae: Decimal
    allocated_cp: Decimal
    released_ae: Decimal
    committed_ae: Decimal
    paid_cp: Decimal
    remaining_ae: Decimal
    remaining_cp: Decimal
    cumulative_ae: Decimal
    cumulative_cp: Decimal


@dataclass(frozen=True)
class Totals:
    """The whole convention, from `ledger.balances`."""

    allocated_ae: Decimal
    allocated_cp: Decimal
    released_ae: Decimal
    ae_ceiling: Decimal
    committed_ae: Decimal
    paid_cp: Decimal
    available_ae: Decimal
    remaining_ae: Decimal
    remaining_cp: Decimal
    to_pay: Decimal
    has_tranches: bool


@dataclass(frozen=True)
class Commitment:
    """One engagement juridique, net of its complements and withdrawals, with what was paid on it."""

    ej_number: str
    date: datetime.date
    supplier: str
    marche: str
    description: str
    programme: str
    centre_financier: str
    initial_ae: Decimal
    complements_ae: Decimal
    withdrawn_ae: Decimal
    committed_ae: Decimal
    paid_cp: Decimal

    @property
    def remaining(self) -> Decimal:
        """Reste à payer on this engagement."""
        return self.committed_ae - self.paid_cp


@dataclass(frozen=True)
class Payment:
    dp_number: str
    ej_number: str
    date: datetime.date
    service_fait_on: datetime.date | None
    amount: Decimal
    cancelled: Decimal
    supplier: str

    @property
    def net(self) -> Decimal:
        return self.amount - self.cancelled


@dataclass(frozen=True)
class Correction:
    """A withdrawal on an engagement or a payment cancellation (amount shown positive)."""

    kind: str
    date: datetime.date
    ej_number: str
    dp_number: str
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class LedgerLine:
    """One ledger row as recorded (signed AE/CP: withdrawals and cancellations are negative)."""

    date: datetime.date
    year: int
    kind: str
    ej_number: str
    dp_number: str
    ae: Decimal
    cp: Decimal
    supplier: str
    marche: str
    description: str
    service_fait_on: datetime.date | None
    source: str
    recorded_on: datetime.date


@dataclass(frozen=True)
class AlertLine:
    kind: str
    raised_on: datetime.date
    message: str


@dataclass(frozen=True)
class Suspension:
    start: datetime.date
    reason: str
    end: datetime.date | None = None
    end_reason: str = ""


@dataclass(frozen=True)
class Objective:
    service: str
    year: int | None
    text: str
    target: Decimal | None
    unit: str
    deadline: str
    level: int


@dataclass(frozen=True)
class Forecast:
    """« Prévisions »: restes à payer, and the forecast service's projection when there is one."""

    to_pay: Decimal
    open_commitments: int
    end_date: datetime.date | None
    projected_committed_ae: Decimal | None = None
    projected_paid_cp: Decimal | None = None
    basis: str = NO_FORECAST


@dataclass(frozen=True)
class ExecutionReport:
    convention_id: int
    title: str
    reference: str
    kind: str
    status: str
    parties: tuple[Party, ...]
    programmes: tuple[str, ...]
    centres_financiers: tuple[str, ...]
    imputation: Imputation
    total_amount: Decimal | None
    signature_date: datetime.date | None
    effective_date: datetime.date | None
    end_date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date
    report_date: datetime.date
    generated_at: datetime.datetime
    years: tuple[YearRow, ...]
    totals: Totals
    releases: tuple[Release, ...]
    commitments: tuple[Commitment, ...]
    payments: tuple[Payment, ...]
    corrections: tuple[Correction, ...]
    movements: tuple[LedgerLine, ...]
    alerts: tuple[AlertLine, ...]
    suspensions: tuple[Suspension, ...]
    objectives: tuple[Objective, ...]
    forecast: Forecast

    @property
    def delegant(self) -> Party | None:
        return next((party for party in self.parties if party.role == "délégant"), None)

    @property
    def delegataire(self) -> Party | None:
        return next((party for party in self.parties if party.role == "délégataire"), None)


# ------------------------------------------------------------------------------ build


def build_report(convention: Convention, *, on: datetime.date | None = None) -> ExecutionReport:
    """The execution report of `convention` as of `on` (default today); LedgerNotOpened without a ledger.

    Everything is read while holding a lock on the convention's ledger row, which every
    ledger operation takes (FOR UPDATE) before it writes: the totals, the engagements and
    the ledger rows of one report come from the same state, never from both sides of a
    commitment recorded meanwhile. The lock is held for the reads only, not the rendering.
    """
    with transaction.atomic():
        book = Ledger.objects.select_for_update(no_key=True).filter(convention=convention).first()
        if book is None:
            raise LedgerNotOpened("Le suivi budgétaire de cette convention n'est pas ouvert.")
        return _read(convention, book, on or timezone.localdate())


def _read(convention: Convention, book: Ledger, report_date: datetime.date) -> ExecutionReport:
    state = ledger_service.balances(book)
    releases = _releases(book)
    rows = list(book.movements.order_by("date", "id"))  # the ledger's own order
    commitments = _commitments(rows)
    to_pay = state.committed_ae - state.paid_cp
    start = convention.effective_date or convention.signature_date
    end = min(convention.end_date, report_date) if convention.end_date else report_date
    return ExecutionReport(
        convention_id=convention.pk,
        title=convention.title,
        reference=convention.reference,
        kind=convention.get_kind_display(),
        status=convention.get_status_display(),
        parties=_parties(convention),
        programmes=tuple(str(programme) for programme in convention.programmes.order_by("number")),
        centres_financiers=_centres_financiers(convention, book),
        imputation=_imputation(convention),
        total_amount=convention.total_amount,
        signature_date=convention.signature_date,
        effective_date=convention.effective_date,
        end_date=convention.end_date,
        period_start=start,
        period_end=end,
        report_date=report_date,
        generated_at=timezone.localtime(),
        years=_years(state, releases),
        totals=Totals(
            allocated_ae=state.allocated_ae,
            allocated_cp=state.allocated_cp,
            released_ae=state.released_ae,
            ae_ceiling=state.ae_ceiling,
            committed_ae=state.committed_ae,
            paid_cp=state.paid_cp,
            available_ae=state.available_ae,
            remaining_ae=state.allocated_ae - state.committed_ae,
            remaining_cp=state.remaining_cp,
            to_pay=to_pay,
            has_tranches=state.has_tranches,
        ),
        releases=releases,
        commitments=commitments,
        payments=_payments(rows),
        corrections=_corrections(rows),
        movements=tuple(_line(row) for row in rows),
        alerts=_alerts(convention),
        suspensions=_suspensions(convention),
        objectives=_objectives(convention),
        forecast=_forecast(convention, book, state, report_date, commitments),
    )


def _person(person: Any) -> str:
    return person.name if person is not None else ""


def _parties(convention: Convention) -> tuple[Party, ...]:
    return tuple(
        Party(
            role=party.get_role_display(),
            name=str(party.organisation),
            representative=_person(party.representative),
            representative_title=party.representative_title,
            signatory=_person(party.signatory),
            signatory_title=party.signatory_title,
            signs_for=party.signs_for,
        )
        for party in convention.parties.select_related("organisation", "representative", "signatory").order_by(
            "position", "id"
        )
    )


def _imputation(convention: Convention) -> Imputation:
    chorus = getattr(convention, "chorus", None)
    if chorus is None:
        return Imputation()
    return Imputation(
        centre_financier=chorus.centre_financier,
        domaine_fonctionnel=chorus.domaine_fonctionnel,
        activites=tuple(str(code) for code in chorus.activites or ()),
        centre_cout=chorus.centre_cout,
        axe_ministeriel=chorus.axe_ministeriel,
    )


def _centres_financiers(convention: Convention, book: Ledger) -> tuple[str, ...]:
    """The imputation's centre financier first, then the others the dotations name."""
    found: list[str] = []
    chorus = getattr(convention, "chorus", None)
    if chorus is not None and chorus.centre_financier:
        found.append(chorus.centre_financier)
    for code in book.allocations.order_by("year", "id").values_list("centre_financier", flat=True):
        if code and code not in found:
            found.append(code)
    return tuple(found)


def _who(user: Any) -> str:
    if user is None:
        return SYSTEM_LABEL
    return user.get_full_name() or user.get_username()


def _tranche_label(tranche: Any) -> str:
    share = f"{tranche.share.normalize():f} % — " if tranche.share is not None else ""
    return f"{share}{tranche.event}".strip()


def _releases(book: Ledger) -> tuple[Release, ...]:
    return tuple(
        Release(
            tranche=_tranche_label(release.tranche),
            amount=release.amount,
            released_on=release.released_on,
            decision=release.decision,
            review=release.review,
            recorded_by=_who(release.created_by),
        )
        for release in book.releases.select_related("tranche", "created_by").order_by("released_on", "id")
    )


def _years(state: ledger_service.Balances, releases: tuple[Release, ...]) -> tuple[YearRow, ...]:
    """The ledger's year table, with the AE released by the decisions of each year."""
    released: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for release in releases:
        released[release.released_on.year] += release.amount
    table = {row["year"]: row for row in ledger_service.year_table(state)}
    rows: list[YearRow] = []
    cumulative_ae = cumulative_cp = ZERO
    for year in sorted({*table, *released}):
        row = table.get(year)
        if row is None:  # a decision in a year without dotation nor movement
            rows.append(
                YearRow(year, ZERO, ZERO, released[year], ZERO, ZERO, ZERO, ZERO, cumulative_ae, cumulative_cp)
            )
            continue
        cumulative_ae, cumulative_cp = row["cumulative_ae"], row["cumulative_cp"]
        rows.append(
            YearRow(
                year=year,
                allocated_ae=row["allocated_ae"],
                allocated_cp=row["allocated_cp"],
                released_ae=released.get(year, ZERO),
                committed_ae=row["committed_ae"],
                paid_cp=row["paid_cp"],
                remaining_ae=row["allocated_ae"] - row["committed_ae"],
                remaining_cp=row["remaining_cp"],
                cumulative_ae=cumulative_ae,
                cumulative_cp=cumulative_cp,
            )
        )
    return tuple(rows)


def _commitments(rows: list[Movement]) -> tuple[Commitment, ...]:
    """One line per EJ number: the original commitment, its complements, withdrawals and payments."""
    by_ej: dict[str, list[Movement]] = defaultdict(list)
    for row in rows:
        by_ej[row.ej_number].append(row)
    result = []
    for ej_rows in by_ej.values():
        original = next(
            (row for row in ej_rows if row.kind == MovementKind.COMMITMENT and row.reverses_id is None), None
        )
        if original is None:
            continue  # cannot happen through the ledger service: a payment needs its commitment
        result.append(
            Commitment(
                ej_number=original.ej_number,
                date=original.date,
                supplier=original.supplier,
                marche=original.marche,
                description=original.description,
                programme=original.programme,
                centre_financier=original.centre_financier,
                initial_ae=original.ae,
                complements_ae=sum(
                    (r.ae for r in ej_rows if r.kind == MovementKind.COMMITMENT and r.reverses_id is not None), ZERO
                ),
                withdrawn_ae=-sum((r.ae for r in ej_rows if r.kind == MovementKind.WITHDRAWAL), ZERO),
                committed_ae=sum((r.ae for r in ej_rows), ZERO),
                paid_cp=sum((r.cp for r in ej_rows), ZERO),
            )
        )
    result.sort(key=lambda item: (item.date, item.ej_number))
    return tuple(result)


def _payments(rows: list[Movement]) -> tuple[Payment, ...]:
    cancelled: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for row in rows:
        if row.kind == MovementKind.PAYMENT_REVERSAL and row.reverses_id is not None:
            cancelled[row.reverses_id] -= row.cp
    return tuple(
        Payment(
            dp_number=row.dp_number,
            ej_number=row.ej_number,
            date=row.date,
            service_fait_on=row.service_fait_on,
            amount=row.cp,
            cancelled=cancelled.get(row.pk, ZERO),
            supplier=row.supplier,
        )
        for row in rows
        if row.kind == MovementKind.PAYMENT
    )


def _corrections(rows: list[Movement]) -> tuple[Correction, ...]:
    return tuple(
        Correction(
            kind=row.get_kind_display(),
            date=row.date,
            ej_number=row.ej_number,
            dp_number=row.dp_number,
            amount=-(row.ae + row.cp),
            reason=row.description,
        )
        for row in rows
        if row.kind in (MovementKind.WITHDRAWAL, MovementKind.PAYMENT_REVERSAL)
    )


def _kind_label(row: Movement) -> str:
    if row.kind == MovementKind.COMMITMENT and row.reverses_id is not None:
        return COMPLEMENT_LABEL
    return row.get_kind_display()


def _line(row: Movement) -> LedgerLine:
    return LedgerLine(
        date=row.date,
        year=row.year,
        kind=_kind_label(row),
        ej_number=row.ej_number,
        dp_number=row.dp_number,
        ae=row.ae,
        cp=row.cp,
        supplier=row.supplier,
        marche=row.marche,
        description=row.description,
        service_fait_on=row.service_fait_on,
        source=row.get_source_display(),
        recorded_on=timezone.localdate(row.created_at),
    )


def _alerts(convention: Convention) -> tuple[AlertLine, ...]:
    return tuple(
        AlertLine(
            kind=AlertKind(alert.kind).label if alert.kind in AlertKind.values else alert.kind,
            raised_on=timezone.localdate(alert.created_at),
            message=alert.message,
        )
        for alert in Alert.objects.filter(convention=convention, resolved_at=None).order_by("created_at", "id")
    )


def _event_day(event: AuditEvent) -> datetime.date:
    """The day a status change took effect (its « on » when recorded, else the day it was recorded)."""
    data = event.data if isinstance(event.data, dict) else {}
    try:
        return datetime.date.fromisoformat(str(data["on"]))
    except (KeyError, ValueError):
        return timezone.localdate(event.at)


def _suspensions(convention: Convention) -> tuple[Suspension, ...]:
    """Suspension periods, from the lifecycle's audit events (suspend, then resume)."""
    events = AuditEvent.objects.filter(
        scope=convention.scope,
        action__in=["conventio.register.convention.suspend", "conventio.register.convention.resume"],
    ).order_by("at", "id")
    periods: list[Suspension] = []
    for event in events:
        reason = str((event.data or {}).get("reason") or "") if isinstance(event.data, dict) else ""
        if event.action.endswith(".suspend"):
            periods.append(Suspension(start=_event_day(event), reason=reason))
        elif periods and periods[-1].end is None:
            last = periods[-1]
            periods[-1] = Suspension(last.start, last.reason, _event_day(event), reason)
    return tuple(periods)


def _objectives(convention: Convention) -> tuple[Objective, ...]:
    return tuple(
        Objective(
            service=objective.service,
            year=objective.year,
            text=objective.text,
            target=objective.target,
            unit=objective.unit,
            deadline=objective.deadline,
            level=1 if objective.parent_id else 0,
        )
        for objective in convention.objectives.order_by("position", "id")
    )


def _forecast(
    convention: Convention,
    book: Ledger,
    state: ledger_service.Balances,
    report_date: datetime.date,
    commitments: tuple[Commitment, ...],
) -> Forecast:
    """Restes à payer, and the timeline service's projection at the end date (or why there is none)."""
    projection = timeline(book, state, today=report_date).forecast
    basis = " ".join(projection.sentences) if projection.sentences else projection.reason
    if projection.available:
        basis = f"{basis} {FORECAST_METHOD}".strip()
    return Forecast(
        to_pay=state.committed_ae - state.paid_cp,
        open_commitments=sum(1 for item in commitments if item.remaining),
        end_date=convention.end_date,
        projected_committed_ae=projection.ae,
        projected_paid_cp=projection.cp,
        basis=basis or NO_FORECAST,
    )
