"""The hard rules of budget execution, in one place.

Every operation that consumes or frees AE or CP — from the web UI, the API, the
command line or the Chorus importer — goes through a function here, and each one
does, in order: open a transaction, lock the convention's `Ledger` row (SELECT … FOR
UPDATE: two officers committing the last euros at the same instant are served one
after the other), compute the balances from the ledger rows, check, write, audit.

Rules (DESIGN rules 3–6; the conventions' « La somme des crédits engagés … ne pourra
dépasser la limite du montant alloué »):
- net committed AE ≤ AE made available by released tranches (and ≤ allocated AE);
- payments on a commitment ≤ that commitment (net of withdrawals);
- payments in a year ≤ that year's CP; cumulative CP ≤ cumulative AE;
- a suspended, expired, terminated or unsigned convention takes no new commitment.
A refusal says which ceiling, by how much, and what to do; a refused commitment for
lack of credits (or any operation leaving less than the ledger's margin) raises an
alert to the délégant's officers.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import connection, models, transaction
from django.db.models import BooleanField, Q, Sum
from django.db.models.expressions import RawSQL
from django.utils import timezone

from conventio.budget.enums import AllocationKind, MovementKind, MovementSource
from conventio.budget.models import Allocation, Ledger, LedgerYearTotal, Movement, TrancheRelease
from conventio.core.errors import ConventioError, InvalidInput
from conventio.core.models import record_event, record_events
from conventio.extraction.money import euros
from conventio.register.enums import Status
from conventio.register.models import Convention, Tranche


ZERO = Decimal("0.00")
CENT = Decimal("0.01")


class CeilingExceeded(ConventioError):
    """An operation refused because it would break a ceiling; `extra` holds the figures."""

    status = 409


def _amount(value: Any, label: str) -> Decimal:
    try:
        amount = (value if type(value) is Decimal else Decimal(str(value))).quantize(CENT)
    except Exception:  # noqa: BLE001 - any unparsable input becomes a clear refusal
        raise InvalidInput(f"« {value} » n'est pas un montant valide ({label}).") from None
    if amount <= 0:
        raise InvalidInput(f"Le montant ({label}) doit être positif.")
    if amount >= Decimal("1e13"):
        raise InvalidInput(f"Le montant ({label}) est trop grand.")
    return amount


def _user(actor: Any) -> Any:
    """The user to store as author (None for the system: cron, import without --user)."""
    return actor if getattr(actor, "pk", None) else None


# ------------------------------------------------------------------------- balances


@dataclass
class YearBalance:
    year: int
    allocated_ae: Decimal = ZERO
    allocated_cp: Decimal = ZERO
    committed_ae: Decimal = ZERO
    paid_cp: Decimal = ZERO


@dataclass
class Balances:
    """Everything the rules and the pages need, computed from the ledger rows only.

    (The movements' part through their per-year running totals, `LedgerYearTotal`, which
    the database keeps equal to the sums of the rows: see `balances_of`.)
    """

    allocated_ae: Decimal = ZERO
    allocated_cp: Decimal = ZERO
    released_ae: Decimal = ZERO
    committed_ae: Decimal = ZERO
    paid_cp: Decimal = ZERO
    has_tranches: bool = False
    years: dict[int, YearBalance] = field(default_factory=dict)

    @property
    def available_ae(self) -> Decimal:
        """AE that may still be committed: released (or allocated when there is no tranche) minus committed."""
        ceiling = min(self.released_ae, self.allocated_ae) if self.has_tranches else self.allocated_ae
        return ceiling - self.committed_ae

    @property
    def ae_ceiling(self) -> Decimal:
        return min(self.released_ae, self.allocated_ae) if self.has_tranches else self.allocated_ae

    def year(self, year: int) -> YearBalance:
        found = self.years.get(year)
        if found is None:
            found = self.years[year] = YearBalance(year)
        return found

    @property
    def remaining_cp(self) -> Decimal:
        return self.allocated_cp - self.paid_cp


def _cents(total: Decimal | None) -> Decimal:
    """A database sum in exact cents: SQLite adds decimals as floats (1000.00 - 999.99 = 0.00999999999999091)."""
    return ZERO if total is None else Decimal(total).quantize(CENT)


def balances(ledger: Ledger) -> Balances:
    return balances_of([ledger])[ledger.pk]


ARRAY_FROM = 20  # values from which `_among` sends one array parameter


def _among(model: type[models.Model], column: str, values: list[int]) -> Any:
    """The filter « `column` is one of `values` », for thousands of values.

    On PostgreSQL the list goes as one array parameter (``= ANY(%s)``) rather than as one
    placeholder per value: Django and psycopg then do not build, and PostgreSQL does not
    parse, a query of 2 000 parameters (about 6 ms a query for the portfolio's ledgers).
    """
    if connection.vendor == "postgresql" and len(values) > ARRAY_FROM:
        sql = f'"{model._meta.db_table}"."{column}" = ANY(%s)'  # names from the code, values a parameter
        return RawSQL(sql, (values,), output_field=BooleanField())  # noqa: S611
    return Q(**{f"{column}__in": values})


def balances_of(ledgers: list[Ledger]) -> dict[int, Balances]:
    """Ledger id → balances, for many ledgers in four queries (the Chorus import reads thousands).

    Allocations and releases are summed from their rows; movements from their per-year
    running totals (`LedgerYearTotal`), which the database keeps equal to the sums of the
    rows (`tests/budget/test_totals.py`).
    """
    ids = [ledger.pk for ledger in ledgers]
    with_tranches = set(
        Tranche.objects.filter(_among(Tranche, "convention_id", [ledger.convention_id for ledger in ledgers]))
        .order_by()
        .values_list("convention_id", flat=True)
        .distinct()
    )
    results = {ledger.pk: Balances(has_tranches=ledger.convention_id in with_tranches) for ledger in ledgers}
    allocations = (
        Allocation.objects.filter(_among(Allocation, "ledger_id", ids))
        .order_by()
        .values("ledger_id", "year")
        .annotate(ae=Sum("ae"), cp=Sum("cp"))
        .values_list("ledger_id", "year", "ae", "cp")
    )
    for ledger_id, year_number, ae, cp in allocations:
        result = results[ledger_id]
        year = result.year(year_number)
        year.allocated_ae, year.allocated_cp = _cents(ae), _cents(cp)
        result.allocated_ae += year.allocated_ae
        result.allocated_cp += year.allocated_cp
    # The movements' sums per year are the running totals the database keeps on every
    # INSERT (`LedgerYearTotal`, migration 0006): a few rows per ledger instead of all its
    # movements (the portfolio reads 2 000 ledgers holding a million rows).
    totals = (
        LedgerYearTotal.objects.filter(_among(LedgerYearTotal, "ledger_id", ids))
        .order_by()
        .values_list("ledger_id", "year", "committed_ae", "paid_cp")
    )
    for ledger_id, year_number, committed_ae, paid_cp in totals:
        result = results[ledger_id]
        year = result.year(year_number)
        year.committed_ae, year.paid_cp = _cents(committed_ae), _cents(paid_cp)
        result.committed_ae += year.committed_ae
        result.paid_cp += year.paid_cp
    releases = (
        TrancheRelease.objects.filter(_among(TrancheRelease, "ledger_id", ids))
        .order_by()
        .values("ledger_id")
        .annotate(total=Sum("amount"))
        .values_list("ledger_id", "total")
    )
    for ledger_id, total in releases:
        results[ledger_id].released_ae = _cents(total)
    for result in results.values():
        result.years = dict(sorted(result.years.items()))
    return results


def commitment_balance(ledger: Ledger, ej_number: str) -> tuple[Decimal, Decimal]:
    """(net AE committed, CP paid) on one engagement juridique."""
    sums = ledger.movements.filter(ej_number=ej_number).aggregate(ae=Sum("ae"), cp=Sum("cp"))
    return _cents(sums["ae"]), _cents(sums["cp"])


def _lock(convention: Convention) -> Ledger:
    ledger = Ledger.objects.select_for_update().filter(convention=convention).first()
    if ledger is None:
        raise InvalidInput("Le suivi budgétaire de cette convention n'est pas ouvert.")
    return ledger


# --------------------------------------------------------------- opening, dotations


@transaction.atomic
def open_ledger(convention: Convention, *, actor: Any) -> Ledger:
    """Open the ledger from the registered budget lines; release the tranches due at signature."""
    ledger, created = Ledger.objects.get_or_create(convention=convention)
    if not created:
        return ledger
    for line in convention.budget_lines.all():
        if not line.ae and not line.cp:
            continue
        Allocation.objects.create(
            ledger=ledger,
            kind=AllocationKind.INITIAL,
            programme=line.programme,
            centre_financier=line.centre_financier,
            year=line.year,
            ae=line.ae or ZERO,
            cp=line.cp or ZERO,
            reason=f"Dotation de la convention ({line.scope or 'tableau des montants'})",
            created_by=_user(actor),
        )
    _check_cumulative_allocations(balances(ledger))
    record_event(
        actor=actor,
        action="conventio.budget.ledger.opened",
        scope=convention.scope,
        subject=str(convention),
        message="Suivi budgétaire ouvert à partir des montants de la convention",
    )
    if convention.signature_date:
        for tranche in convention.tranches.all():
            if "signature" in tranche.event.lower() and not tranche.condition:
                release_tranche(
                    tranche,
                    actor=actor,
                    released_on=convention.signature_date,
                    decision="Déblocage à la signature de la convention",
                )
    return ledger


def _check_cumulative_allocations(state: Balances) -> None:
    cumulative_ae = cumulative_cp = ZERO
    for year in state.years.values():
        cumulative_ae += year.allocated_ae
        cumulative_cp += year.allocated_cp
        if year.allocated_ae < 0 or year.allocated_cp < 0:
            raise InvalidInput(f"La dotation de {year.year} deviendrait négative.")
        if cumulative_cp > cumulative_ae:
            raise CeilingExceeded(
                f"Dotation refusée : en {year.year}, les CP cumulés ({euros(cumulative_cp)}) dépasseraient les AE "
                f"cumulées ({euros(cumulative_ae)}) de {euros(cumulative_cp - cumulative_ae)}. "
                "Les crédits de paiement ne peuvent pas précéder les autorisations d'engagement.",
                extra={"year": year.year, "excess": str(cumulative_cp - cumulative_ae)},
            )


@transaction.atomic
def adjust_allocation(
    convention: Convention,
    *,
    actor: Any,
    year: int,
    ae: Decimal | int | str = ZERO,
    cp: Decimal | int | str = ZERO,
    reason: str,
    kind: str = AllocationKind.ADJUSTMENT,
    programme: str = "",
    centre_financier: str = "",
) -> Allocation:
    """Record a change of dotation (avenant or adjustment): a new signed row, never an edit."""
    if not reason.strip():
        raise InvalidInput("Indiquez le motif de l'ajustement (avenant, décision du délégant…).")
    if not 1990 <= int(year) <= 2100:
        raise InvalidInput("L'année de la dotation n'est pas valide.")
    try:
        delta_ae, delta_cp = Decimal(str(ae)).quantize(CENT), Decimal(str(cp)).quantize(CENT)
    except Exception:  # noqa: BLE001
        raise InvalidInput("Les montants de l'ajustement ne sont pas valides.") from None
    if not delta_ae and not delta_cp:
        raise InvalidInput("L'ajustement ne change aucun montant.")
    ledger = _lock(convention)
    state = balances(ledger)
    state.year(year).allocated_ae += delta_ae
    state.year(year).allocated_cp += delta_cp
    state.years = dict(sorted(state.years.items()))
    state.allocated_ae += delta_ae
    state.allocated_cp += delta_cp
    _check_cumulative_allocations(state)
    if state.allocated_ae < state.committed_ae:
        raise CeilingExceeded(
            f"Ajustement refusé : les AE allouées ({euros(state.allocated_ae)}) seraient inférieures aux AE déjà "
            f"engagées ({euros(state.committed_ae)}). Retirez d'abord des engagements.",
        )
    if state.year(year).allocated_cp < state.year(year).paid_cp:
        raise CeilingExceeded(
            f"Ajustement refusé : les CP de {year} ({euros(state.year(year).allocated_cp)}) seraient inférieurs aux "
            f"paiements déjà faits cette année-là ({euros(state.year(year).paid_cp)}).",
        )
    allocation = Allocation.objects.create(
        ledger=ledger,
        kind=kind,
        programme=programme,
        centre_financier=centre_financier,
        year=year,
        ae=delta_ae,
        cp=delta_cp,
        reason=reason.strip(),
        created_by=_user(actor),
    )
    record_event(
        actor=actor,
        action="conventio.budget.allocation.adjusted",
        scope=convention.scope,
        subject=str(convention),
        message=f"Dotation {year} ajustée : AE {euros(delta_ae)}, CP {euros(delta_cp)} ({reason.strip()})",
        data={"year": year, "ae": str(delta_ae), "cp": str(delta_cp)},
    )
    from conventio.budget.services.alerts import resolve_insufficiency

    resolve_insufficiency(convention, actor=actor)
    return allocation


@transaction.atomic
def release_tranche(
    tranche: Tranche,
    *,
    actor: Any,
    released_on: datetime.date,
    decision: str,
    review: str = "",
) -> TrancheRelease:
    """Make a tranche's credits available, on a recorded decision (who, when, on what review)."""
    convention = tranche.convention
    ledger = _lock(convention)
    if TrancheRelease.objects.filter(tranche=tranche).exists():
        raise InvalidInput("Cette tranche a déjà été débloquée.")
    if tranche.condition and not review.strip():
        raise InvalidInput(
            "Cette tranche est soumise à condition : indiquez la revue ou le bilan sur lequel repose la décision."
        )
    if not decision.strip():
        raise InvalidInput("Indiquez la décision qui débloque la tranche.")
    if convention.signature_date and released_on < convention.signature_date:
        raise InvalidInput("Une tranche ne peut pas être débloquée avant la signature de la convention.")
    amount = tranche.amount
    if amount is None and tranche.share is not None:
        base = convention.total_amount or balances(ledger).allocated_ae
        amount = (base * tranche.share / Decimal(100)).quantize(CENT)
    if not amount or amount <= 0:
        raise InvalidInput("Le montant de la tranche n'est pas connu : complétez la tranche (montant ou part).")
    release = TrancheRelease.objects.create(
        ledger=ledger,
        tranche=tranche,
        amount=amount,
        released_on=released_on,
        decision=decision.strip(),
        review=review.strip(),
        created_by=_user(actor),
    )
    record_event(
        actor=actor,
        action="conventio.budget.tranche.released",
        scope=convention.scope,
        subject=str(tranche),
        message=f"Tranche débloquée le {released_on:%d/%m/%Y} : {euros(amount)} d'AE ({decision.strip()})",
        data={"tranche": tranche.pk, "amount": str(amount), "review": review.strip()},
    )
    from conventio.budget.services.alerts import resolve_insufficiency

    resolve_insufficiency(convention, actor=actor, resume=False)  # credits changed: a new shortage alerts again
    return release


# ------------------------------------------------------------------------- movements
# Each rule is written once, as a check on figures (`_check_*`, `_commitment_refusal`), and
# called both by the single operations below (one row lock each) and by `apply_batch`
# (one row lock per convention for a whole Chorus file): the two paths cannot disagree.


def _check_commitable(convention: Convention, date: datetime.date) -> None:
    """A convention takes new commitments only while signed or in force, within its dates."""
    if convention.status not in (Status.SIGNED, Status.IN_FORCE):
        raise InvalidInput(
            f"Engagement refusé : la convention est « {convention.get_status_display()} » ; "
            "elle ne peut pas recevoir de nouvel engagement."
            + (
                " Un ajustement de la dotation doit d'abord être enregistré."
                if convention.status == Status.SUSPENDED
                else ""
            )
        )
    if convention.signature_date and date < convention.signature_date:
        raise InvalidInput("Engagement refusé : sa date précède la signature de la convention.")
    if convention.end_date and date > convention.end_date:
        raise InvalidInput("Engagement refusé : sa date est postérieure à la fin de la convention.")


def _commitment_refusal(state: Balances, value: Decimal) -> tuple[str, dict[str, Any]] | None:
    """Net committed AE ≤ AE released by the tranches (≤ allocated AE): the refusal, or None."""
    if value <= state.available_ae:
        return None
    excess = value - state.available_ae
    ceiling = "les AE débloquées par les tranches" if state.has_tranches else "les AE allouées"
    message = (
        f"Engagement refusé : {euros(value)} dépasseraient {ceiling} de {euros(excess)} "
        f"(plafond {euros(state.ae_ceiling)}, déjà engagé {euros(state.committed_ae)}, "
        f"disponible {euros(state.available_ae)}). "
        + (
            "Demandez le déblocage de la tranche suivante ou un ajustement de la dotation au délégant."
            if state.has_tranches and state.released_ae < state.allocated_ae
            else "Demandez un ajustement de la dotation au délégant (avenant)."
        )
    )
    return message, {"ceiling": str(state.ae_ceiling), "excess": str(excess), "amount": str(value)}


def _check_withdrawal(
    ej_number: str, net: Decimal, paid: Decimal, value: Decimal, *, date: datetime.date, commitment_date: datetime.date
) -> None:
    """A withdrawal never precedes its commitment nor takes it below what was already paid on it."""
    if date < commitment_date:
        raise InvalidInput("Retrait refusé : sa date précède celle de l'engagement.")
    if value > net - paid:
        raise CeilingExceeded(
            f"Retrait refusé : il dépasserait de {euros(value - (net - paid))} la part non payée de l'engagement "
            f"n° {ej_number} (engagé {euros(net)}, déjà payé {euros(paid)})."
        )


def _check_payment(
    *,
    ej_number: str,
    commitment_date: datetime.date,
    date: datetime.date,
    net: Decimal,
    paid: Decimal,
    state: Balances,
    value: Decimal,
) -> None:
    """Payments on a commitment ≤ the commitment; payments of a year ≤ its CP; cumulative CP ≤ AE."""
    if date < commitment_date:
        raise InvalidInput("Paiement refusé : sa date précède celle de l'engagement.")
    if paid + value > net:
        raise CeilingExceeded(
            f"Paiement refusé : les paiements sur l'engagement n° {ej_number} ({euros(paid + value)}) dépasseraient "
            f"l'engagement ({euros(net)}) de {euros(paid + value - net)}.",
            extra={"ceiling": "commitment", "excess": str(paid + value - net)},
        )
    year = state.year(date.year)
    if year.paid_cp + value > year.allocated_cp:
        raise CeilingExceeded(
            f"Paiement refusé : les CP payés en {date.year} ({euros(year.paid_cp + value)}) dépasseraient les CP "
            f"alloués pour {date.year} ({euros(year.allocated_cp)}) "
            f"de {euros(year.paid_cp + value - year.allocated_cp)}. "
            "Demandez un ajustement des CP de l'année au délégant.",
            extra={"ceiling": "year_cp", "year": date.year, "excess": str(year.paid_cp + value - year.allocated_cp)},
        )
    if state.paid_cp + value > state.committed_ae:
        raise CeilingExceeded(
            f"Paiement refusé : les CP cumulés ({euros(state.paid_cp + value)}) dépasseraient les AE engagées "
            f"({euros(state.committed_ae)}).",
            extra={"ceiling": "cumulative"},
        )


def _check_reversal(
    dp_number: str, remaining: Decimal, value: Decimal, *, date: datetime.date, payment_date: datetime.date
) -> None:
    """A payment is never cancelled before it was made, nor beyond what remains of it."""
    if date < payment_date:
        raise InvalidInput("Annulation refusée : sa date précède celle du paiement.")
    if value > remaining:
        raise CeilingExceeded(
            f"Annulation refusée : elle dépasserait de {euros(value - remaining)} le montant restant du paiement "
            f"n° {dp_number} ({euros(remaining)})."
        )


def _check_year_ends(label: str, ej_number: str, years: dict[int, Decimal], year: int, value: Decimal) -> None:
    """At the end of `year` and of each later year, an EJ's payments stay within its net commitment.

    `years` holds the EJ's AE − CP per year. The all-years checks cannot see a back-dated
    payment or withdrawal: dated before a later reversal or complement, it would leave an
    earlier year with more paid than committed (DESIGN rules 3 and 5, year by year).
    """
    margin, latest = ZERO, max(years, default=year)
    for end in sorted({*years, year}):
        margin += years.get(end, ZERO)
        if end >= year and value > margin:
            raise CeilingExceeded(
                f"{label} refusé : à la fin de {end}, les paiements sur l'engagement n° {ej_number} dépasseraient "
                f"de {euros(value - margin)} l'engagement net à cette date. Datez l'opération de {latest} "
                "ou après (année de la dernière opération sur cet engagement).",
                extra={"ceiling": "year_end", "year": end, "excess": str(value - margin)},
            )


def _ej_years(ledger: Ledger, ej_number: str) -> dict[int, Decimal]:
    """AE − CP of one engagement juridique, per year."""
    rows = ledger.movements.filter(ej_number=ej_number).values("year").annotate(ae=Sum("ae"), cp=Sum("cp"))
    return {row["year"]: _cents(row["ae"]) - _cents(row["cp"]) for row in rows}


def _add(years: dict[int, Decimal], year: int, delta: Decimal) -> None:
    years[year] = years.get(year, ZERO) + delta


def _refuse_commitment(convention: Convention, message: str, *, actor: Any, extra: dict[str, Any]) -> None:
    from conventio.budget.services.alerts import raise_insufficiency

    raise_insufficiency(convention, message=message, data=extra, actor=actor)
    raise CeilingExceeded(message, extra=extra)


def _append(
    convention: Convention,
    ledger: Ledger,
    *,
    actor: Any,
    source: str,
    action: str,
    subject: str,
    message: str,
    data: dict[str, Any],
    **row: Any,
) -> Movement:
    """Write one ledger row (its exercice is its date's year) and its audit event, together.

    Every operation ends the same way once its checks passed: one new row, never an edit,
    and the event saying who did what; one place keeps the two from drifting apart.
    """
    movement = Movement.objects.create(
        ledger=ledger, year=row["date"].year, source=source, created_by=_user(actor), **row
    )
    record_event(actor=actor, action=action, scope=convention.scope, subject=subject, message=message, data=data)
    return movement


def _original_commitment(ledger: Ledger, ej_number: str) -> Movement | None:
    """The engagement juridique itself (not one of its complements)."""
    return ledger.movements.filter(kind=MovementKind.COMMITMENT, ej_number=ej_number, reverses=None).first()


def commit(
    convention: Convention,
    *,
    actor: Any,
    ej_number: str,
    date: datetime.date,
    amount: Decimal | int | str,
    supplier: str = "",
    marche: str = "",
    description: str = "",
    programme: str = "",
    centre_financier: str = "",
    source: str = MovementSource.MANUAL,
) -> Movement:
    """Record an engagement juridique (consumes AE) — refused beyond the released credits."""
    ej_number = ej_number.strip()
    if not ej_number:
        raise InvalidInput("Le numéro d'engagement juridique est obligatoire.")
    value = _amount(amount, "AE engagées")
    with transaction.atomic():
        ledger = _lock(convention)
        convention.refresh_from_db(fields=["status", "signature_date", "end_date"])
        _check_commitable(convention, date)
        if Movement.objects.filter(kind=MovementKind.COMMITMENT, ej_number=ej_number, reverses=None).exists():
            raise InvalidInput(f"L'engagement juridique n° {ej_number} est déjà enregistré.")
        state = balances(ledger)
        refusal = _commitment_refusal(state, value)
        if refusal is None:
            movement = _append(
                convention,
                ledger,
                actor=actor,
                source=source,
                action="conventio.budget.commitment.created",
                subject=f"EJ {ej_number}",
                message=(
                    f"Engagement juridique n° {ej_number} : {euros(value)} d'AE "
                    f"({supplier or 'fournisseur non précisé'})"
                ),
                data={"ej": ej_number, "ae": str(value)},
                kind=MovementKind.COMMITMENT,
                date=date,
                ej_number=ej_number,
                ae=value,
                programme=programme,
                centre_financier=centre_financier,
                supplier=supplier[:300],
                marche=marche[:200],
                description=description[:1000],
            )
            _check_margin(convention, ledger, actor=actor)
            return movement
    # Outside the refused transaction: the alert must be kept even though the commitment is not.
    _refuse_commitment(convention, refusal[0], actor=actor, extra=refusal[1])
    raise AssertionError("unreachable")  # pragma: no cover


def complement(
    convention: Convention,
    *,
    actor: Any,
    ej_number: str,
    date: datetime.date,
    amount: Decimal | int | str,
    reason: str,
    source: str = MovementSource.MANUAL,
) -> Movement:
    """Raise an existing engagement juridique (Chorus « modification » upwards): a complement row.

    The complement is a new commitment row under the same EJ number that points at the
    original commitment (`reverses`); it consumes AE like a new commitment, under the
    same ceiling and the same status and date rules. The original row is never edited.
    """
    value = _amount(amount, "complément d'engagement")
    with transaction.atomic():
        ledger = _lock(convention)
        convention.refresh_from_db(fields=["status", "signature_date", "end_date"])
        original = _original_commitment(ledger, ej_number)
        if original is None:
            raise InvalidInput(f"Aucun engagement juridique n° {ej_number} dans cette convention.")
        _check_commitable(convention, date)
        state = balances(ledger)
        refusal = _commitment_refusal(state, value)
        if refusal is None:
            movement = _append(
                convention,
                ledger,
                actor=actor,
                source=source,
                action="conventio.budget.commitment.complemented",
                subject=f"EJ {ej_number}",
                message=f"Complément de l'engagement n° {ej_number} : {euros(value)} d'AE ({reason})",
                data={"ej": ej_number, "ae": str(value)},
                kind=MovementKind.COMMITMENT,
                date=date,
                ej_number=ej_number,
                ae=value,
                programme=original.programme,
                centre_financier=original.centre_financier,
                supplier=original.supplier,
                marche=original.marche,
                description=reason[:1000],
                reverses=original,
            )
            _check_margin(convention, ledger, actor=actor)
            return movement
    _refuse_commitment(convention, refusal[0], actor=actor, extra=refusal[1])
    raise AssertionError("unreachable")  # pragma: no cover


@transaction.atomic
def withdraw(
    convention: Convention,
    *,
    actor: Any,
    ej_number: str,
    date: datetime.date,
    amount: Decimal | int | str,
    reason: str,
    source: str = MovementSource.MANUAL,
) -> Movement:
    """Withdraw (part of) a commitment: frees AE, never below what was already paid on it."""
    value = _amount(amount, "retrait")
    ledger = _lock(convention)
    commitment = _original_commitment(ledger, ej_number)
    if commitment is None:
        raise InvalidInput(f"Aucun engagement juridique n° {ej_number} dans cette convention.")
    net, paid = commitment_balance(ledger, ej_number)
    _check_withdrawal(ej_number, net, paid, value, date=date, commitment_date=commitment.date)
    _check_year_ends("Retrait", ej_number, _ej_years(ledger, ej_number), date.year, value)
    movement = _append(
        convention,
        ledger,
        actor=actor,
        source=source,
        action="conventio.budget.commitment.withdrawn",
        subject=f"EJ {ej_number}",
        message=f"Retrait sur l'engagement n° {ej_number} : {euros(value)} ({reason})",
        data={"ej": ej_number, "ae": str(-value)},
        kind=MovementKind.WITHDRAWAL,
        date=date,
        ej_number=ej_number,
        ae=-value,
        description=reason[:1000],
        reverses=commitment,
    )
    return movement


@transaction.atomic
def pay(
    convention: Convention,
    *,
    actor: Any,
    ej_number: str,
    dp_number: str,
    date: datetime.date,
    amount: Decimal | int | str,
    service_fait_on: datetime.date | None = None,
    source: str = MovementSource.MANUAL,
) -> Movement:
    """Record a demande de paiement (consumes CP) on a commitment."""
    value = _amount(amount, "CP payés")
    dp_number = dp_number.strip()
    if not dp_number:
        raise InvalidInput("Le numéro de demande de paiement est obligatoire.")
    if service_fait_on and service_fait_on > date:
        raise InvalidInput("Le service fait ne peut pas être postérieur au paiement.")
    ledger = _lock(convention)
    commitment = _original_commitment(ledger, ej_number)
    if commitment is None:
        raise InvalidInput(f"Paiement refusé : aucun engagement juridique n° {ej_number} dans cette convention.")
    if Movement.objects.filter(kind=MovementKind.PAYMENT, dp_number=dp_number).exists():
        raise InvalidInput(f"La demande de paiement n° {dp_number} est déjà enregistrée.")
    net, paid = commitment_balance(ledger, ej_number)
    _check_payment(
        ej_number=ej_number,
        commitment_date=commitment.date,
        date=date,
        net=net,
        paid=paid,
        state=balances(ledger),
        value=value,
    )
    _check_year_ends("Paiement", ej_number, _ej_years(ledger, ej_number), date.year, value)
    movement = _append(
        convention,
        ledger,
        actor=actor,
        source=source,
        action="conventio.budget.payment.created",
        subject=f"DP {dp_number}",
        message=f"Demande de paiement n° {dp_number} sur l'engagement n° {ej_number} : {euros(value)} de CP",
        data={"ej": ej_number, "dp": dp_number, "cp": str(value)},
        kind=MovementKind.PAYMENT,
        date=date,
        ej_number=ej_number,
        dp_number=dp_number,
        cp=value,
        programme=commitment.programme,
        centre_financier=commitment.centre_financier,
        supplier=commitment.supplier,
        service_fait_on=service_fait_on,
    )
    return movement


@transaction.atomic
def reverse_payment(
    convention: Convention,
    *,
    actor: Any,
    dp_number: str,
    date: datetime.date,
    amount: Decimal | int | str,
    reason: str,
    source: str = MovementSource.MANUAL,
) -> Movement:
    """Cancel (part of) a payment: a new negative row, never an edit of the payment."""
    value = _amount(amount, "annulation")
    ledger = _lock(convention)
    payment = ledger.movements.filter(kind=MovementKind.PAYMENT, dp_number=dp_number).first()
    if payment is None:
        raise InvalidInput(f"Aucune demande de paiement n° {dp_number} dans cette convention.")
    already = ledger.movements.filter(kind=MovementKind.PAYMENT_REVERSAL, reverses=payment).aggregate(t=Sum("cp"))["t"]
    remaining = payment.cp + _cents(already)
    _check_reversal(dp_number, remaining, value, date=date, payment_date=payment.date)
    movement = _append(
        convention,
        ledger,
        actor=actor,
        source=source,
        action="conventio.budget.payment.reversed",
        subject=f"DP {dp_number}",
        message=f"Annulation sur la demande de paiement n° {dp_number} : {euros(value)} ({reason})",
        data={"dp": dp_number, "cp": str(-value)},
        kind=MovementKind.PAYMENT_REVERSAL,
        date=date,
        ej_number=payment.ej_number,
        dp_number=dp_number,
        cp=-value,
        description=reason[:1000],
        reverses=payment,
    )
    return movement


def _check_margin(convention: Convention, ledger: Ledger, *, actor: Any, state: Balances | None = None) -> None:
    state = state if state is not None else balances(ledger)
    ceiling = state.ae_ceiling
    if ceiling <= 0:
        return
    if state.available_ae < ceiling * ledger.margin_percent / Decimal(100):
        from conventio.budget.services.alerts import raise_margin

        raise_margin(convention, state=state, margin=ledger.margin_percent, actor=actor)


# ------------------------------------------------------------------- batches (imports)
# A Chorus file brings up to millions of lines for thousands of conventions: the ledgers
# are locked, their balances computed and their rows inserted by groups of conventions,
# instead of per line, and every line is checked against the running balances by the
# very `_check_*` functions the single operations use.

COMMIT = "commit"
COMPLEMENT = "complement"
WITHDRAW = "withdraw"
PAY = "pay"
REVERSE_PAYMENT = "reverse_payment"
BATCH_GROUP = 250  # conventions locked, read and written together


@dataclass(slots=True)
class Operation:
    """One operation of a batch; `ref` is the caller's own key, handed back in the result."""

    kind: str
    ej_number: str
    date: datetime.date
    amount: Decimal
    dp_number: str = ""
    supplier: str = ""
    marche: str = ""
    description: str = ""
    programme: str = ""
    centre_financier: str = ""
    service_fait_on: datetime.date | None = None
    ref: Any = None


@dataclass(slots=True)
class CommitmentState:
    """One engagement juridique of the ledger: its original row and its running net AE / paid CP."""

    id: int | None
    date: datetime.date
    net: Decimal
    paid: Decimal
    programme: str = ""
    centre_financier: str = ""
    supplier: str = ""
    years: dict[int, Decimal] = field(default_factory=dict)  # AE − CP per year (`_check_year_ends`)


@dataclass(slots=True)
class PaymentState:
    """One demande de paiement of the ledger: its payment row and what remains of it after reversals."""

    id: int | None
    ej_number: str
    date: datetime.date
    remaining: Decimal


@dataclass
class LedgerSnapshot:
    """What a batch's plan sees, read under the ledger's lock."""

    convention: Convention
    ledger: Ledger
    balances: Balances
    commitments: dict[str, CommitmentState] = field(default_factory=dict)
    payments: dict[str, PaymentState] = field(default_factory=dict)


@dataclass
class BatchResult:
    applied: list[Operation] = field(default_factory=list)
    refused: list[tuple[Operation, str]] = field(default_factory=list)


Plan = Callable[[LedgerSnapshot], Iterable[Operation]]


def _snapshots(conventions: dict[int, Convention], ledgers: list[Ledger]) -> dict[int, LedgerSnapshot]:
    """Ledger id → snapshot (balances, every EJ and DP) of a group of locked ledgers, in a few queries."""
    states = balances_of(ledgers)
    snapshots = {
        ledger.pk: LedgerSnapshot(conventions[ledger.convention_id], ledger, states[ledger.pk]) for ledger in ledgers
    }
    sums: dict[tuple[int, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    reversed_cp: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    years: dict[tuple[int, str], dict[int, Decimal]] = defaultdict(dict)
    rows = (
        Movement.objects.filter(ledger_id__in=list(snapshots))
        .order_by()
        .values_list(
            "ledger_id",
            "id",
            "kind",
            "ej_number",
            "dp_number",
            "date",
            "ae",
            "cp",
            "reverses_id",
            "programme",
            "centre_financier",
            "supplier",
        )
    )
    for ledger_id, pk, kind, ej, dp, date, ae, cp, reverses, programme, centre, supplier in rows.iterator(
        chunk_size=10000
    ):
        total = sums[(ledger_id, ej)]
        total[0] += ae
        total[1] += cp
        _add(years[(ledger_id, ej)], date.year, ae - cp)
        snapshot = snapshots[ledger_id]
        if kind == MovementKind.COMMITMENT and reverses is None:
            snapshot.commitments[ej] = CommitmentState(pk, date, ZERO, ZERO, programme, centre, supplier)
        elif kind == MovementKind.PAYMENT:
            snapshot.payments[dp] = PaymentState(pk, ej, date, cp)
        elif kind == MovementKind.PAYMENT_REVERSAL:
            reversed_cp[(ledger_id, dp)] += cp
    for ledger_id, snapshot in snapshots.items():
        for ej, commitment in snapshot.commitments.items():
            commitment.net, commitment.paid = sums[(ledger_id, ej)]
            commitment.years = years[(ledger_id, ej)]
        for dp, payment in snapshot.payments.items():
            payment.remaining += reversed_cp.get((ledger_id, dp), ZERO)
    return snapshots


def _recorded(kind: str, field_name: str, numbers: list[str]) -> set[str]:
    """Which of these EJ (or DP) numbers are already recorded, in any ledger: natural keys are global."""
    if not numbers:
        return set()
    connection = transaction.get_connection()
    found: set[str] = set()
    if connection.vendor == "postgresql":
        table = Movement._meta.db_table
        with connection.cursor() as cursor:
            for start in range(0, len(numbers), 50000):
                cursor.execute(
                    f"SELECT {field_name} FROM {table} WHERE kind = %s AND {field_name} = ANY(%s)"  # noqa: S608
                    # The original commitment: its partial unique index answers.
                    + (" AND reverses_id IS NULL" if kind == MovementKind.COMMITMENT else ""),
                    [kind, numbers[start : start + 50000]],
                )
                found.update(number for (number,) in cursor.fetchall())
        return found
    for start in range(0, len(numbers), 5000):
        chunk = numbers[start : start + 5000]
        found.update(
            Movement.objects.filter(kind=kind, **{f"{field_name}__in": chunk}).values_list(field_name, flat=True)
        )
    return found


def apply_batch(
    convention: Convention,
    plan: Plan,
    *,
    actor: Any,
    source: str = MovementSource.CHORUS,
    audit_message: str,
    audit_data: dict[str, Any] | None = None,
) -> BatchResult:
    """`apply_batches` for one convention."""
    for _, result in apply_batches(
        [(convention, plan)], actor=actor, source=source, audit_message=audit_message, audit_data=audit_data
    ):
        return result
    return BatchResult()  # pragma: no cover


def apply_batches(
    plans: Iterable[tuple[Convention, Plan]],
    *,
    actor: Any,
    source: str = MovementSource.CHORUS,
    audit_message: str,
    audit_data: dict[str, Any] | None = None,
    group: int = BATCH_GROUP,
) -> Iterator[tuple[Convention, BatchResult]]:
    """Apply many operations to many ledgers; yields each convention with what was applied and refused.

    For each convention, `plan` receives its ledger as it is under the lock (balances,
    every EJ and DP) and returns the operations, in the order they must be tried. Each
    is checked by the same rules as the single operations, against balances that
    include the operations accepted before it; a refused operation comes back with the
    rule's message and nothing of it is written. Ledgers are locked by groups, in
    convention order (two imports never deadlock); accepted rows are inserted at once
    (COPY on PostgreSQL); each convention gets one audit event, the insufficiency alert
    when a commitment was refused for lack of credits, and the margin check. Must run
    inside a transaction (the caller's: an import is all or nothing per file); the
    locks are held until it ends.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("apply_batches must run inside transaction.atomic()")
    ordered = sorted(plans, key=lambda item: item[0].pk)
    for start in range(0, len(ordered), group):
        yield from _apply_group(
            ordered[start : start + group],
            actor=actor,
            source=source,
            audit_message=audit_message,
            audit_data=audit_data or {},
        )


def _apply_group(
    items: list[tuple[Convention, Plan]],
    *,
    actor: Any,
    source: str,
    audit_message: str,
    audit_data: dict[str, Any],
) -> Iterator[tuple[Convention, BatchResult]]:
    ids = [convention.pk for convention, _ in items]
    ledgers = list(Ledger.objects.select_for_update().filter(convention_id__in=ids).order_by("convention_id"))
    fresh = Convention.objects.in_bulk(ids)
    snapshots = {snapshot.convention.pk: snapshot for snapshot in _snapshots(fresh, ledgers).values()}
    planned: list[tuple[Convention, LedgerSnapshot | None, list[Operation]]] = []
    for convention, plan in items:
        snapshot = snapshots.get(convention.pk)
        operations = list(plan(snapshot)) if snapshot is not None else []
        planned.append((fresh.get(convention.pk, convention), snapshot, operations))
    new_ejs = [op.ej_number for _, _, operations in planned for op in operations if op.kind == COMMIT]
    new_dps = [op.dp_number for _, _, operations in planned for op in operations if op.kind == PAY]
    recorded_ejs = _recorded(MovementKind.COMMITMENT, "ej_number", new_ejs)
    recorded_dps = _recorded(MovementKind.PAYMENT, "dp_number", new_dps)
    now = timezone.now()
    user_id = getattr(_user(actor), "pk", None)
    rows: list[tuple[Any, ...]] = []
    outcomes: list[
        tuple[
            Convention, LedgerSnapshot | None, BatchResult, tuple[str, dict[str, Any]] | None, int, dict[str, Decimal]
        ]
    ] = []
    for convention, snapshot, operations in planned:
        if snapshot is None:
            result = BatchResult(
                refused=[(op, "Le suivi budgétaire de cette convention n'est pas ouvert.") for op in operations]
            )
            outcomes.append((convention, snapshot, result, None, 0, {"ae": ZERO, "cp": ZERO}))
            continue
        before = len(rows)
        result, insufficiency, totals = _run_operations(
            convention, snapshot, operations, recorded_ejs, recorded_dps, rows, now=now, user_id=user_id, source=source
        )
        outcomes.append((convention, snapshot, result, insufficiency, len(rows) - before, totals))
    _insert_movements(rows)
    record_events(
        actor=actor,
        events=[
            {
                "action": "conventio.budget.batch.applied",
                "scope": convention.scope,
                "subject": str(convention),
                "message": f"{audit_message} : {written} mouvement(s) enregistré(s), {len(result.refused)} refusé(s) "
                f"(AE {euros(totals['ae'])}, CP {euros(totals['cp'])})",
                "data": {
                    **audit_data,
                    "movements": written,
                    "refused": len(result.refused),
                    "ae": str(totals["ae"]),
                    "cp": str(totals["cp"]),
                },
            }
            for convention, snapshot, result, _, written, totals in outcomes
            if snapshot is not None and (written or result.refused)
        ],
    )
    for convention, snapshot, result, insufficiency, written, _ in outcomes:
        if insufficiency is not None:
            from conventio.budget.services.alerts import raise_insufficiency

            raise_insufficiency(convention, message=insufficiency[0], data=insufficiency[1], actor=actor)
        if snapshot is not None and written:
            snapshot.balances.years = dict(sorted(snapshot.balances.years.items()))
            _check_margin(convention, snapshot.ledger, actor=actor, state=snapshot.balances)
        yield convention, result


def _check_recorded_before(row: CommitmentState | PaymentState | None, what: str, number: str) -> None:
    """A complement, withdrawal or reversal points at a row recorded before the batch (its id is needed)."""
    if row is None:
        article = "Aucune" if what.startswith("demande") else "Aucun"
        raise InvalidInput(f"{article} {what} n° {number} dans cette convention.")
    if row.id is None:
        raise InvalidInput(
            f"La {what} n° {number} est créée dans ce même lot : sa correction doit venir dans un lot suivant."
            if what.startswith("demande")
            else f"L'{what} n° {number} est créé dans ce même lot : sa correction doit venir dans un lot suivant."
        )


def _run_operations(
    convention: Convention,
    snapshot: LedgerSnapshot,
    operations: list[Operation],
    recorded_ejs: set[str],
    recorded_dps: set[str],
    rows: list[tuple[Any, ...]],
    *,
    now: datetime.datetime,
    user_id: int | None,
    source: str,
) -> tuple[BatchResult, tuple[str, dict[str, Any]] | None, dict[str, Decimal]]:
    """Check each operation against the running state of one ledger; accepted ones become rows."""
    state, commitments, payments, ledger_id = (
        snapshot.balances,
        snapshot.commitments,
        snapshot.payments,
        snapshot.ledger.pk,
    )
    result = BatchResult()
    insufficiency: tuple[str, dict[str, Any]] | None = None
    totals = {"ae": ZERO, "cp": ZERO}

    def row(op: Operation, kind: str, ae: Decimal, cp: Decimal, reverses: int | None, **values: Any) -> None:
        rows.append(
            (
                ledger_id,
                kind,
                op.date.year,
                op.date,
                op.ej_number,
                values.get("dp", ""),
                ae,
                cp,
                values.get("programme", ""),
                values.get("centre_financier", ""),
                values.get("supplier", "")[:300],
                values.get("marche", "")[:200],
                values.get("description", "")[:1000],
                values.get("service_fait_on"),
                reverses,
                source,
                now,
                user_id,
            )
        )
        totals["ae"] += ae
        totals["cp"] += cp

    for op in operations:
        try:
            value = _amount(op.amount, "montant")
            if op.kind in (COMMIT, COMPLEMENT):
                if not op.ej_number.strip():
                    raise InvalidInput("Le numéro d'engagement juridique est obligatoire.")
                original = commitments.get(op.ej_number)
                if op.kind == COMPLEMENT:
                    _check_recorded_before(original, "engagement juridique", op.ej_number)
                _check_commitable(convention, op.date)
                if op.kind == COMMIT and (original is not None or op.ej_number in recorded_ejs):
                    raise InvalidInput(f"L'engagement juridique n° {op.ej_number} est déjà enregistré.")
                refusal = _commitment_refusal(state, value)
                if refusal is not None:
                    insufficiency = insufficiency or refusal
                    raise CeilingExceeded(refusal[0], extra=refusal[1])
                if original is None:
                    commitments[op.ej_number] = CommitmentState(
                        None, op.date, value, ZERO, op.programme, op.centre_financier, op.supplier[:300]
                    )
                    row(
                        op,
                        MovementKind.COMMITMENT,
                        value,
                        ZERO,
                        None,
                        programme=op.programme,
                        centre_financier=op.centre_financier,
                        supplier=op.supplier,
                        marche=op.marche,
                        description=op.description,
                    )
                else:
                    original.net += value
                    row(
                        op,
                        MovementKind.COMMITMENT,
                        value,
                        ZERO,
                        original.id,
                        programme=original.programme,
                        centre_financier=original.centre_financier,
                        supplier=original.supplier,
                        description=op.description,
                    )
                _add(commitments[op.ej_number].years, op.date.year, value)
                state.committed_ae += value
                state.year(op.date.year).committed_ae += value
            elif op.kind == WITHDRAW:
                original = commitments.get(op.ej_number)
                _check_recorded_before(original, "engagement juridique", op.ej_number)
                assert original is not None
                _check_withdrawal(
                    op.ej_number, original.net, original.paid, value, date=op.date, commitment_date=original.date
                )
                _check_year_ends("Retrait", op.ej_number, original.years, op.date.year, value)
                original.net -= value
                _add(original.years, op.date.year, -value)
                row(op, MovementKind.WITHDRAWAL, -value, ZERO, original.id, description=op.description)
                state.committed_ae -= value
                state.year(op.date.year).committed_ae -= value
            elif op.kind == PAY:
                if not op.dp_number.strip():
                    raise InvalidInput("Le numéro de demande de paiement est obligatoire.")
                if op.service_fait_on and op.service_fait_on > op.date:
                    raise InvalidInput("Le service fait ne peut pas être postérieur au paiement.")
                original = commitments.get(op.ej_number)
                if original is None:
                    raise InvalidInput(
                        f"Paiement refusé : aucun engagement juridique n° {op.ej_number} dans cette convention."
                    )
                if op.dp_number in payments or op.dp_number in recorded_dps:
                    raise InvalidInput(f"La demande de paiement n° {op.dp_number} est déjà enregistrée.")
                _check_payment(
                    ej_number=op.ej_number,
                    commitment_date=original.date,
                    date=op.date,
                    net=original.net,
                    paid=original.paid,
                    state=state,
                    value=value,
                )
                _check_year_ends("Paiement", op.ej_number, original.years, op.date.year, value)
                original.paid += value
                _add(original.years, op.date.year, -value)
                payments[op.dp_number] = PaymentState(None, op.ej_number, op.date, value)
                row(
                    op,
                    MovementKind.PAYMENT,
                    ZERO,
                    value,
                    None,
                    dp=op.dp_number,
                    programme=original.programme,
                    centre_financier=original.centre_financier,
                    supplier=original.supplier,
                    service_fait_on=op.service_fait_on,
                )
                state.paid_cp += value
                state.year(op.date.year).paid_cp += value
            elif op.kind == REVERSE_PAYMENT:
                payment = payments.get(op.dp_number)
                _check_recorded_before(payment, "demande de paiement", op.dp_number)
                assert payment is not None
                _check_reversal(op.dp_number, payment.remaining, value, date=op.date, payment_date=payment.date)
                payment.remaining -= value
                if payment.ej_number in commitments:
                    commitments[payment.ej_number].paid -= value
                    _add(commitments[payment.ej_number].years, op.date.year, value)
                op.ej_number = payment.ej_number
                row(
                    op,
                    MovementKind.PAYMENT_REVERSAL,
                    ZERO,
                    -value,
                    payment.id,
                    dp=op.dp_number,
                    description=op.description,
                )
                state.paid_cp -= value
                state.year(op.date.year).paid_cp -= value
            else:
                raise InvalidInput(f"Opération inconnue : {op.kind}.")
        except ConventioError as error:
            result.refused.append((op, error.message))
            continue
        result.applied.append(op)
    return result, insufficiency, totals


_MOVEMENT_COLUMNS = (
    "ledger_id",
    "kind",
    "year",
    "date",
    "ej_number",
    "dp_number",
    "ae",
    "cp",
    "programme",
    "centre_financier",
    "supplier",
    "marche",
    "description",
    "service_fait_on",
    "reverses_id",
    "source",
    "created_at",
    "created_by_id",
)


def _insert_movements(rows: list[tuple[Any, ...]]) -> None:
    """Insert ledger rows in one go: COPY on PostgreSQL (the table's checks and unique indexes still apply)."""
    if not rows:
        return
    connection = transaction.get_connection()
    if connection.vendor == "postgresql":
        columns = ", ".join(_MOVEMENT_COLUMNS)
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {Movement._meta.db_table} ({columns}) FROM STDIN") as copy:
                for values in rows:
                    copy.write_row(values)
        return
    Movement.objects.bulk_create(
        [Movement(**dict(zip(_MOVEMENT_COLUMNS, values, strict=True))) for values in rows], batch_size=2000
    )


def year_table(state: Balances) -> list[dict[str, Any]]:
    """Per year: allocated, committed, paid and remaining AE/CP, with running totals."""
    rows = []
    cumulative: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for year in state.years.values():
        for key in ("allocated_ae", "allocated_cp", "committed_ae", "paid_cp"):
            cumulative[key] += getattr(year, key)
        rows.append(
            {
                "year": year.year,
                "allocated_ae": year.allocated_ae,
                "allocated_cp": year.allocated_cp,
                "committed_ae": year.committed_ae,
                "paid_cp": year.paid_cp,
                "remaining_cp": year.allocated_cp - year.paid_cp,
                "cumulative_ae": cumulative["allocated_ae"],
                "cumulative_cp": cumulative["allocated_cp"],
            }
        )
    return rows
