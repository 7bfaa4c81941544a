"""Consumption of a convention's credits over time, and a forecast at its end date.

What the « Exécution budgétaire » section draws (and tabulates, for whoever cannot see
the chart): month by month from the start of the convention to its end date,
- the cumulative net AE committed and the cumulative net CP paid (withdrawals and
  payment reversals included: they are signed ledger rows);
- the AE made available by released tranches, a step at each release date;
- the allocated AE (a horizontal line) and the end date (the last month);
- a forecast of the AE and CP consumed at the end date if the pace so far goes on.

Speed: the ledger may hold a million rows. The database does the sums — one query
groups the movements by date (no per-row cast to a month in SQL; the few hundred dates
are folded into months here), one groups the tranche releases by date — and Python
only walks the months of the convention (a few dozen). Allocated totals come from the
`Balances` the page already computed (`ledger.balances`), so they are not summed twice.
`build_timeline` is a pure function of those aggregates: the tests give it figures.

Forecast method (linear projection of the pace so far):
- the elapsed period runs from the convention's start month to the month of `today`,
  both counted whole (a begun month counts as one): ``elapsed`` months;
- the whole period runs from the start month to the end-date month: ``total`` months;
- the pace is the average consumption per elapsed month: ``consumed / elapsed``;
- the forecast at the end date is that pace extrapolated over the whole period:
  ``consumed + pace × (total − elapsed) = consumed × total / elapsed``, rounded to the
  cent. It is capped nowhere: a forecast above the allocation is the warning that
  matters, so it is kept and flagged (« over »), as is one below it (« under »: credits
  that would stay unused).
No forecast is made — and `Forecast.reason` says why, in French — when the convention
has no end date, when its end date is passed (the realised figures are then final and
the sentence states them), when it has not started yet, or when nothing has been
committed or paid (there is no pace to extend).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Sum

from conventio.budget.models import Ledger, Movement, TrancheRelease
from conventio.extraction.money import euros


if TYPE_CHECKING:
    from conventio.budget.services.ledger import Balances


ZERO = Decimal("0.00")
CENT = Decimal("0.01")
TENTH = Decimal("0.1")
HUNDRED = Decimal(100)

MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# Flags of the forecast against the allocated AE.
OVER, UNDER, ON_TARGET = "over", "under", "on_target"


def _cents(value: Any) -> Decimal:
    """A database sum in exact cents (SQLite adds decimals as floats)."""
    return ZERO if value is None else Decimal(value).quantize(CENT)


def _month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def _month_index(day: datetime.date) -> int:
    """Months since year 0: the difference of two indexes counts months between two dates."""
    return day.year * 12 + day.month - 1


def _from_index(index: int) -> datetime.date:
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_label(day: datetime.date) -> str:
    """« juillet 2023 »."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def percent_text(value: Decimal) -> str:
    """Decimal('88.6') → « 88,6 % » (no-break space before the sign)."""
    return f"{value:.1f}".replace(".", ",") + "\u00a0%"


# --------------------------------------------------------------------------- aggregates


@dataclass(frozen=True)
class Aggregates:
    """What the database sums for one ledger: net AE/CP per month, released AE per date."""

    monthly: dict[datetime.date, tuple[Decimal, Decimal]]  # first day of month → (net AE, net CP)
    releases: list[tuple[datetime.date, Decimal]]  # release date → AE released that day
    rows: int = 0  # ledger rows counted by the same query (the page shows it: no separate COUNT)


def aggregates(ledger: Ledger) -> Aggregates:
    """Two GROUP BY queries over the ledger's rows: movements per date (folded into months), releases per date."""
    # Grouped by date, not by month: truncating a date to its month casts every row to a
    # timestamp (22 ms on a 50 000-row ledger against 14 ms), and a ledger has a few
    # hundred distinct dates at most, folded into months here.
    sums: dict[datetime.date, list[Decimal]] = {}
    count = 0
    rows = (
        Movement.objects.filter(ledger_id=ledger.pk)
        .order_by()
        .values_list("date")
        .annotate(ae=Sum("ae"), cp=Sum("cp"), n=Count("id"))
    )
    for day, ae, cp, n in rows:
        month = day.replace(day=1)
        found = sums.get(month)
        if found is None:
            sums[month] = [_cents(ae), _cents(cp)]
        else:
            found[0] += _cents(ae)
            found[1] += _cents(cp)
        count += n
    monthly = {month: (ae, cp) for month, (ae, cp) in sums.items()}
    releases = [
        (row["released_on"], _cents(row["total"]))
        for row in TrancheRelease.objects.filter(ledger_id=ledger.pk)
        .order_by()
        .values("released_on")
        .annotate(total=Sum("amount"))
        .order_by("released_on")
    ]
    return Aggregates(monthly=dict(sorted(monthly.items())), releases=releases, rows=count)


# ----------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class MonthPoint:
    """One month of the chart and of its table (cumulative figures at the end of the month).

    `committed_ae` / `paid_cp` are None after the current month (not known yet);
    `forecast_*` are None before it and when no forecast is made.
    """

    month: datetime.date
    committed_ae: Decimal | None
    paid_cp: Decimal | None
    released_ae: Decimal
    forecast_ae: Decimal | None = None
    forecast_cp: Decimal | None = None

    @property
    def label(self) -> str:
        return month_label(self.month)

    @property
    def short_label(self) -> str:
        """« 07/2023 », for the chart's axis."""
        return f"{self.month:%m/%Y}"


@dataclass(frozen=True)
class ReleaseStep:
    on: datetime.date
    amount: Decimal
    cumulative: Decimal


@dataclass(frozen=True)
class Forecast:
    """The projection at the end date, or why there is none (`reason`)."""

    end_date: datetime.date | None
    ae: Decimal | None = None
    cp: Decimal | None = None
    ae_share: Decimal | None = None  # percent of the allocated AE, one decimal
    cp_share: Decimal | None = None
    flag: str = ""  # OVER, UNDER, ON_TARGET against the allocated AE
    elapsed_months: int = 0
    total_months: int = 0
    reason: str = ""
    sentences: tuple[str, ...] = ()

    @property
    def available(self) -> bool:
        return self.ae is not None


@dataclass(frozen=True)
class Timeline:
    start: datetime.date  # first month shown
    end: datetime.date  # last month shown
    today: datetime.date
    end_date: datetime.date | None
    allocated_ae: Decimal
    allocated_cp: Decimal
    months: list[MonthPoint] = field(default_factory=list)
    releases: list[ReleaseStep] = field(default_factory=list)
    forecast: Forecast = field(default_factory=lambda: Forecast(end_date=None))
    rows: int = 0  # ledger movement rows summed


def start_of(
    *,
    effective_date: datetime.date | None,
    signature_date: datetime.date | None,
    first_year: int | None,
    data: Aggregates,
    today: datetime.date,
) -> datetime.date:
    """The first month: the convention's start (effect, else signature, else 1 January of its first
    allocated year), moved earlier if a movement or a release predates it."""
    candidates = [
        effective_date or signature_date or (datetime.date(first_year, 1, 1) if first_year else None),
        next(iter(data.monthly), None),
        data.releases[0][0] if data.releases else None,
    ]
    known = [day for day in candidates if day is not None]
    return _month(min(known) if known else today)


def build_timeline(
    data: Aggregates,
    *,
    start: datetime.date,
    end_date: datetime.date | None,
    today: datetime.date,
    allocated_ae: Decimal,
    allocated_cp: Decimal,
) -> Timeline:
    """Months from `start` to the end date (or to the last movement), cumulative figures, forecast.

    Pure: every figure comes from `data` (sums made by the database) and the arguments.
    """
    first = _month_index(start)
    last_candidates = [first, _month_index(today) if end_date is None else _month_index(end_date)]
    if data.monthly:
        last_candidates.append(_month_index(next(reversed(data.monthly))))
    if data.releases:
        last_candidates.append(_month_index(data.releases[-1][0]))
    last = max(last_candidates)
    current = _month_index(today)

    steps = []
    released = ZERO
    for day, amount in data.releases:
        released += amount
        steps.append(ReleaseStep(on=day, amount=amount, cumulative=released))

    # The pace is measured on what happened up to the current month (a row dated later,
    # as a replay or an import may hold, is not « so far »).
    so_far = [values for month, values in data.monthly.items() if _month_index(month) <= current]
    committed_total = sum((ae for ae, _ in so_far), ZERO)
    paid_total = sum((cp for _, cp in so_far), ZERO)
    forecast = _forecast(
        committed=committed_total,
        paid=paid_total,
        first=first,
        current=current,
        end_date=end_date,
        today=today,
        allocated_ae=allocated_ae,
        allocated_cp=allocated_cp,
        any_movement=bool(so_far),
    )

    months = []
    committed = paid = released = ZERO
    release_index = 0
    for index in range(first, last + 1):
        month = _from_index(index)
        ae, cp = data.monthly.get(month, (ZERO, ZERO))
        committed += ae
        paid += cp
        while release_index < len(steps) and _month_index(steps[release_index].on) <= index:
            released = steps[release_index].cumulative
            release_index += 1
        known = index <= current
        projected_ae = projected_cp = None
        if forecast.available and index >= current:
            elapsed = current - first + 1
            done = index - first + 1
            projected_ae = (committed_total * done / elapsed).quantize(CENT)
            projected_cp = (paid_total * done / elapsed).quantize(CENT)
        months.append(
            MonthPoint(
                month=month,
                committed_ae=committed if known else None,
                paid_cp=paid if known else None,
                released_ae=released,
                forecast_ae=projected_ae,
                forecast_cp=projected_cp,
            )
        )
    return Timeline(
        start=_from_index(first),
        end=_from_index(last),
        today=today,
        end_date=end_date,
        allocated_ae=allocated_ae,
        allocated_cp=allocated_cp,
        months=months,
        releases=steps,
        forecast=forecast,
        rows=data.rows,
    )


def _share(amount: Decimal, of: Decimal) -> Decimal | None:
    return (amount * HUNDRED / of).quantize(TENTH) if of > 0 else None


def _forecast(
    *,
    committed: Decimal,
    paid: Decimal,
    first: int,
    current: int,
    end_date: datetime.date | None,
    today: datetime.date,
    allocated_ae: Decimal,
    allocated_cp: Decimal,
    any_movement: bool,
) -> Forecast:
    if end_date is None:
        return Forecast(
            end_date=None,
            reason="La convention n'a pas de date de fin connue : aucune prévision n'est possible.",
        )
    when = f"{end_date:%d/%m/%Y}"
    if end_date < today:
        share = _share(committed, allocated_ae)
        realised = f"{euros(committed)} d'AE ont été engagés" + (
            f", soit {percent_text(share)} de la dotation" if share is not None else ""
        )
        return Forecast(
            end_date=end_date,
            reason=f"La date de fin ({when}) est passée : le réalisé est définitif, {realised}.",
        )
    if current < first:
        return Forecast(
            end_date=end_date,
            reason="La convention n'a pas encore commencé : il n'y a pas encore de rythme de consommation.",
        )
    if not any_movement or (committed == 0 and paid == 0):
        return Forecast(
            end_date=end_date,
            reason=(
                "Aucun engagement ni paiement n'est encore enregistré : "
                "le rythme de consommation ne peut pas être estimé."
            ),
        )
    elapsed = current - first + 1
    total = _month_index(end_date) - first + 1
    ae = (committed * total / elapsed).quantize(CENT)
    cp = (paid * total / elapsed).quantize(CENT)
    ae_share, cp_share = _share(ae, allocated_ae), _share(cp, allocated_cp)
    flag = OVER if ae > allocated_ae else UNDER if ae < allocated_ae else ON_TARGET
    first_sentence = f"Au rythme actuel, {euros(ae)} d'AE seraient engagés au {when}" + (
        f", soit {percent_text(ae_share)} de la dotation." if ae_share is not None else "."
    )
    sentences = [first_sentence]
    if flag == OVER:
        sentences.append(
            f"C'est {euros(ae - allocated_ae)} de plus que la dotation ({euros(allocated_ae)}) : "
            "à ce rythme, les crédits seraient épuisés avant la date de fin ; anticipez un ajustement de la dotation."
        )
    elif flag == UNDER:
        sentences.append(
            f"Il resterait {euros(allocated_ae - ae)} d'AE non engagés sur la dotation ({euros(allocated_ae)})."
        )
    sentences.append(
        f"Les paiements atteindraient {euros(cp)} de CP"
        + (f", soit {percent_text(cp_share)} des CP alloués." if cp_share is not None else ".")
    )
    return Forecast(
        end_date=end_date,
        ae=ae,
        cp=cp,
        ae_share=ae_share,
        cp_share=cp_share,
        flag=flag,
        elapsed_months=elapsed,
        total_months=total,
        sentences=tuple(sentences),
    )


def timeline(
    ledger: Ledger, state: Balances, *, today: datetime.date | None = None, data: Aggregates | None = None
) -> Timeline:
    """The convention's consumption over time: two aggregate queries, then `build_timeline`.

    The end is the convention's end date, or the date a termination takes effect when earlier.
    """
    from django.utils import timezone

    convention = ledger.convention
    day = today or timezone.localdate()
    data = data if data is not None else aggregates(ledger)
    start = start_of(
        effective_date=convention.effective_date,
        signature_date=convention.signature_date,
        first_year=next(iter(state.years), None),
        data=data,
        today=day,
    )
    # A termination that takes effect before the end date ends the convention then.
    end_date = convention.end_date
    terminated = convention.termination_effective_date
    if terminated is not None and (end_date is None or terminated < end_date):
        end_date = terminated
    return build_timeline(
        data,
        start=start,
        end_date=end_date,
        today=day,
        allocated_ae=state.allocated_ae,
        allocated_cp=state.allocated_cp,
    )
