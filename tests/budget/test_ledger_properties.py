"""Property-based tests of the ledger: random sequences of operations never break a rule.

Each example registers a fresh convention (a generated one, or FAST 13 from the seed),
puts it in force, opens its ledger, then applies a random sequence of commitments,
withdrawals, payments, payment reversals, tranche releases, dotation adjustments,
suspensions and resumptions through the services, catching the refusals the rules
allow (`CeilingExceeded`, `InvalidInput`, `InvalidTransition`). After every step:

- the outcome is the one an independent model of the rules predicts (accepted, or
  refused with the expected error), so a valid operation is never refused either —
  in particular exactly the remaining credit is accepted and one cent more is not;
- an accepted operation left exactly one ledger row and one audit event of its kind
  (plus the alert, resumption or margin event the rules add), a refusal left none
  (except the insufficiency alert a refused commitment raises);
- no earlier ledger row changed;
- the invariants of DESIGN.md rules 3–5 hold on sums recomputed here from the raw
  Allocation / TrancheRelease / Movement rows (never through the service's code);
- `balances()` equals those sums, and the model's.

Each example runs in a transaction rolled back at its end, so examples never see each
other's rows (EJ and DP numbers are unique across the whole database).
"""

from __future__ import annotations

import datetime
import functools
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
from django.db import transaction
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from conventio.budget.models import Alert, Allocation, Ledger, LedgerYearTotal, Movement, TrancheRelease
from conventio.budget.services import alerts, ledger
from conventio.core.errors import InvalidInput, InvalidTransition
from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.models import Convention
from conventio.register.services import lifecycle
from conventio.register.services.registration import register_facts
from tests.budget import strategies as s
from tests.register import factories


pytestmark = pytest.mark.django_db

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
REFUSALS = (ledger.CeilingExceeded, InvalidInput, InvalidTransition)

ACTION = {
    s.Commit: "conventio.budget.commitment.created",
    s.Withdraw: "conventio.budget.commitment.withdrawn",
    s.Pay: "conventio.budget.payment.created",
    s.Reverse: "conventio.budget.payment.reversed",
    s.Release: "conventio.budget.tranche.released",
    s.Adjust: "conventio.budget.allocation.adjusted",
    s.Suspend: "conventio.register.convention.suspend",
    s.Resume: "conventio.register.convention.resume",
}
INSUFFICIENCY_EVENT = "conventio.budget.alert.insufficiency"
MARGIN_EVENT = "conventio.budget.alert.margin"
ROW_TABLE = {
    s.Commit: "movements",
    s.Withdraw: "movements",
    s.Pay: "movements",
    s.Reverse: "movements",
    s.Release: "releases",
    s.Adjust: "allocations",
}


def _parse_amount(raw: Any) -> Decimal | None:
    """What the ledger accepts as a positive amount (None: must be refused as invalid input)."""
    try:
        value = Decimal(str(raw)).quantize(CENT)
    except (InvalidOperation, ValueError):
        return None
    return value if ZERO < value < Decimal("1e13") else None


# --------------------------------------------------------------------------- model


@dataclass
class Expected:
    """What an operation must do: refuse with `error`, or add rows, events and alerts."""

    error: type[Exception] | None = None
    rows: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    alerts: int = 0


@dataclass
class ModelMovement:
    kind: str
    date: datetime.date
    ej: str
    dp: str = ""
    ae: Decimal = ZERO
    cp: Decimal = ZERO


class Model:
    """An independent statement of the rules, written from DESIGN.md and the issue, not from the service.

    It keeps its own copy of the ledger (allocations, releases, movements, open alerts,
    status) and predicts the outcome of each operation; the harness compares.
    """

    def __init__(self, facts: dict[str, Any]) -> None:
        self.signature = datetime.date.fromisoformat(facts["signature_date"])
        self.end = datetime.date.fromisoformat(facts["end_date"])
        self.status = Status.IN_FORCE
        self.allocations: list[tuple[int, Decimal, Decimal]] = [
            (int(line["year"]), Decimal(line["ae"] or 0), Decimal(line["cp"] or 0))
            for line in facts["budget_lines"]
            if line.get("ae") or line.get("cp")
        ]
        self.first_year = min(int(line["year"]) for line in facts["budget_lines"])
        total = Decimal(facts["total_amount"]) if facts.get("total_amount") else self.allocated_ae
        self.tranches: list[dict[str, Any]] = []
        for item in facts.get("tranches") or []:
            amount = Decimal(item["amount"]) if item.get("amount") else None
            if amount is None:
                amount = (total * Decimal(item["share"]) / 100).quantize(CENT)
            self.tranches.append({"amount": amount, "conditional": bool(item.get("condition"))})
        self.released: dict[int, Decimal] = {
            position: tranche["amount"]
            for position, (tranche, item) in enumerate(zip(self.tranches, facts.get("tranches") or [], strict=True))
            if "signature" in item["event"].lower() and not item.get("condition")
        }
        self.movements: list[ModelMovement] = []
        self.open_insufficiency = False
        self.open_margin = False

    # derived figures --------------------------------------------------------------
    @property
    def allocated_ae(self) -> Decimal:
        return sum((ae for _, ae, _ in self.allocations), ZERO)

    def allocated_cp(self, year: int) -> Decimal:
        return sum((cp for y, _, cp in self.allocations if y == year), ZERO)

    @property
    def committed(self) -> Decimal:
        return sum((m.ae for m in self.movements), ZERO)

    def paid(self, year: int | None = None) -> Decimal:
        return sum((m.cp for m in self.movements if year is None or m.date.year == year), ZERO)

    @property
    def ceiling(self) -> Decimal:
        if not self.tranches:
            return self.allocated_ae
        return min(sum(self.released.values(), ZERO), self.allocated_ae)

    @property
    def available(self) -> Decimal:
        return self.ceiling - self.committed

    def commitment(self, ej: str) -> ModelMovement | None:
        return next((m for m in self.movements if m.kind == "commitment" and m.ej == ej), None)

    def payment(self, dp: str) -> ModelMovement | None:
        return next((m for m in self.movements if m.kind == "payment" and m.dp == dp), None)

    def ej_net_paid(self, ej: str) -> tuple[Decimal, Decimal]:
        rows = [m for m in self.movements if m.ej == ej]
        return sum((m.ae for m in rows), ZERO), sum((m.cp for m in rows), ZERO)

    def year_end_margin(self, ej: str, year: int) -> Decimal:
        """The least (net AE − CP paid) on `ej` at the end of `year` or of any later year."""
        rows = [m for m in self.movements if m.ej == ej]
        ends = sorted({year, *(m.date.year for m in rows)})
        return min(sum((m.ae - m.cp for m in rows if m.date.year <= end), ZERO) for end in ends if end >= year)

    def dp_remaining(self, dp: str) -> Decimal:
        return sum((m.cp for m in self.movements if m.dp == dp), ZERO)

    def years(self) -> list[int]:
        return sorted({y for y, _, _ in self.allocations} | {m.date.year for m in self.movements})

    def cumulative_room(self, year: int) -> Decimal:
        """How much CP may be added in `year` before cumulative CP exceeds cumulative AE in some year."""
        room: Decimal | None = None
        cumulative = ZERO
        for y in sorted({*self.years(), year}):
            cumulative += sum((ae - cp for yy, ae, cp in self.allocations if yy == y), ZERO)
            if y >= year:
                room = cumulative if room is None else min(room, cumulative)
        return room if room is not None else ZERO

    # edges ------------------------------------------------------------------------
    def edge(self, name: str, *, ej: str = "", dp: str = "", year: int = 0) -> Decimal:
        if name == "available_ae":
            return self.available
        if name == "unpaid":
            net, paid = self.ej_net_paid(ej)
            return net - paid
        if name == "year_cp":
            return self.allocated_cp(year) - self.paid(year)
        if name == "payable":  # the most a payment on this EJ in this year may be
            net, paid = self.ej_net_paid(ej)
            return min(
                net - paid,
                self.allocated_cp(year) - self.paid(year),
                self.committed - self.paid(),
                self.year_end_margin(ej, year),
            )
        if name == "dp_remaining":
            return self.dp_remaining(dp)
        if name == "ae_slack":
            return -(self.allocated_ae - self.committed)
        if name == "cp_slack":
            return -(self.allocated_cp(year) - self.paid(year))
        if name == "cp_room":
            return self.cumulative_room(year)
        raise AssertionError(name)

    # predictions ------------------------------------------------------------------
    def predict_commit(self, ej: str, date: datetime.date, raw: Any) -> Expected:
        value = _parse_amount(raw)
        if value is None or self.status not in (Status.SIGNED, Status.IN_FORCE):
            return Expected(InvalidInput)
        if date < self.signature or date > self.end or self.commitment(ej) is not None:
            return Expected(InvalidInput)
        if value > self.available:
            if self.open_insufficiency:
                return Expected(ledger.CeilingExceeded)
            self.open_insufficiency = True  # kept although the commitment is refused
            return Expected(ledger.CeilingExceeded, events=Counter({INSUFFICIENCY_EVENT: 1}), alerts=1)
        expected = Expected(rows=Counter(movements=1), events=Counter({ACTION[s.Commit]: 1}))
        self.movements.append(ModelMovement("commitment", date, ej, ae=value))
        ceiling = self.ceiling
        if ceiling > 0 and self.available < ceiling * Decimal(10) / 100 and not self.open_margin:
            self.open_margin = True
            expected.events[MARGIN_EVENT] += 1
            expected.alerts += 1
        return expected

    def predict_withdraw(self, ej: str, date: datetime.date, raw: Any) -> Expected:
        value = _parse_amount(raw)
        commitment = self.commitment(ej)
        if value is None or commitment is None:
            return Expected(InvalidInput)
        if date < commitment.date:
            return Expected(InvalidInput)
        net, paid = self.ej_net_paid(ej)
        if value > net - paid or value > self.year_end_margin(ej, date.year):
            return Expected(ledger.CeilingExceeded)
        self.movements.append(ModelMovement("withdrawal", date, ej, ae=-value))
        return Expected(rows=Counter(movements=1), events=Counter({ACTION[s.Withdraw]: 1}))

    def predict_pay(
        self, ej: str, dp: str, date: datetime.date, raw: Any, service_fait: datetime.date | None
    ) -> Expected:
        value = _parse_amount(raw)
        commitment = self.commitment(ej)
        if value is None or (service_fait and service_fait > date) or commitment is None:
            return Expected(InvalidInput)
        if self.payment(dp) is not None or date < commitment.date:
            return Expected(InvalidInput)
        net, paid = self.ej_net_paid(ej)
        if paid + value > net:
            return Expected(ledger.CeilingExceeded)
        if self.paid(date.year) + value > self.allocated_cp(date.year):
            return Expected(ledger.CeilingExceeded)
        if self.paid() + value > self.committed or value > self.year_end_margin(ej, date.year):
            return Expected(ledger.CeilingExceeded)
        self.movements.append(ModelMovement("payment", date, ej, dp=dp, cp=value))
        return Expected(rows=Counter(movements=1), events=Counter({ACTION[s.Pay]: 1}))

    def predict_reverse(self, dp: str, date: datetime.date, raw: Any) -> Expected:
        value = _parse_amount(raw)
        payment = self.payment(dp)
        if value is None or payment is None or date < payment.date:
            return Expected(InvalidInput)
        if value > self.dp_remaining(dp):
            return Expected(ledger.CeilingExceeded)
        self.movements.append(ModelMovement("payment_reversal", date, payment.ej, dp=dp, cp=-value))
        return Expected(rows=Counter(movements=1), events=Counter({ACTION[s.Reverse]: 1}))

    def predict_release(self, position: int, date: datetime.date, with_review: bool) -> Expected:
        if position in self.released:
            return Expected(InvalidInput)
        if self.tranches[position]["conditional"] and not with_review:
            return Expected(InvalidInput)
        if date < self.signature:
            return Expected(InvalidInput)
        self.released[position] = self.tranches[position]["amount"]
        self.open_insufficiency = self.open_margin = False  # a release closes the alerts (not a suspension)
        return Expected(rows=Counter(releases=1), events=Counter({ACTION[s.Release]: 1}))

    def predict_adjust(self, year: int, ae: Decimal, cp: Decimal) -> Expected:
        if not ae and not cp:
            return Expected(InvalidInput)
        after = [*self.allocations, (year, ae, cp)]
        cumulative_ae = cumulative_cp = ZERO
        for y in sorted({*self.years(), year}):
            year_ae = sum((a for yy, a, _ in after if yy == y), ZERO)
            year_cp = sum((c for yy, _, c in after if yy == y), ZERO)
            cumulative_ae, cumulative_cp = cumulative_ae + year_ae, cumulative_cp + year_cp
            if year_ae < 0 or year_cp < 0:
                return Expected(InvalidInput)
            if cumulative_cp > cumulative_ae:
                return Expected(ledger.CeilingExceeded)
        if sum((a for _, a, _ in after), ZERO) < self.committed:
            return Expected(ledger.CeilingExceeded)
        if self.allocated_cp(year) + cp < self.paid(year):
            return Expected(ledger.CeilingExceeded)
        self.allocations.append((year, ae, cp))
        expected = Expected(rows=Counter(allocations=1), events=Counter({ACTION[s.Adjust]: 1}))
        self.open_insufficiency = self.open_margin = False  # an adjustment closes the alerts…
        if self.status == Status.SUSPENDED:  # … and ends a suspension
            self.status = Status.IN_FORCE
            expected.events[ACTION[s.Resume]] += 1
        return expected

    def predict_transition(self, op: s.Suspend | s.Resume) -> Expected:
        source, target = (
            (Status.IN_FORCE, Status.SUSPENDED) if isinstance(op, s.Suspend) else (Status.SUSPENDED, Status.IN_FORCE)
        )
        if self.status != source:
            return Expected(InvalidTransition)
        self.status = target
        return Expected(events=Counter({ACTION[type(op)]: 1}))


# ------------------------------------------------------------------------- harness


@dataclass
class Step:
    """One operation as applied: how to apply it again, its batch form (movements), its refusal."""

    call_on: Any
    batch: dict[str, Any] | None
    refusal: str | None


@functools.cache
def fast13_facts() -> dict[str, Any]:
    """FAST 13's facts, extracted once from the seed (registration stays per example)."""
    return factories.fast13_facts()


def _rows(model: type[Any], ledger_row: Ledger) -> dict[int, tuple[Any, ...]]:
    fields = [f.attname for f in model._meta.concrete_fields]
    return {row[0]: row for row in model.objects.filter(ledger=ledger_row).order_by("id").values_list(*fields)}


class Harness:
    """One convention in force with an open ledger, the model beside it, and the checks."""

    def __init__(self, facts: dict[str, Any]) -> None:
        self.facts = facts
        self.convention: Convention = register_facts(facts, actor=None)
        self.model = Model(facts)
        lifecycle.enter_into_force(self.convention, actor=None, on=self.model.signature)
        ledger.open_ledger(self.convention, actor=None)
        self.ledger = Ledger.objects.get(convention=self.convention)
        self.tranches = list(self.convention.tranches.order_by("position"))
        self.snapshot = self._snapshot()
        self.log: list[Step] = []
        self.check_invariants()

    # reading the database ------------------------------------------------------------
    def _snapshot(self) -> dict[str, dict[int, tuple[Any, ...]]]:
        return {
            "movements": _rows(Movement, self.ledger),
            "allocations": _rows(Allocation, self.ledger),
            "releases": _rows(TrancheRelease, self.ledger),
        }

    def _events(self) -> Counter[str]:
        return Counter(AuditEvent.objects.filter(scope=self.convention.scope).values_list("action", flat=True))

    def _alerts(self) -> int:
        return Alert.objects.filter(convention=self.convention).count()

    # applying one operation -------------------------------------------------------------
    def _day(self, day: s.Day, reference: ModelMovement | None = None) -> datetime.date:
        return day.resolve(self.model.signature, self.model.end, reference.date if reference else None)

    def _ref(self, number: str, kind: str, pool: tuple[str, ...]) -> str:
        """« #i » is the i-th commitment (payment) recorded so far (modulo their number), else a pool number."""
        if number == "new":
            taken = {m.ej for m in self.model.movements}
            return next(ej for ej in (*pool, *(f"21039999{i:02d}" for i in range(100))) if ej not in taken)
        if not number.startswith("#"):
            return number
        index = int(number[1:])
        recorded = [m.ej if kind == "commitment" else m.dp for m in self.model.movements if m.kind == kind]
        return recorded[index % len(recorded)] if recorded else pool[-1 - index]

    def _amount(self, amount: s.Amount, **where: Any) -> Any:
        if amount.raw is not None:
            return amount.raw
        if not amount.edge:
            return amount.value
        return (self.model.edge(amount.edge, **where) * amount.fraction).quantize(CENT) + amount.value

    def apply(self, op: s.Operation) -> None:  # noqa: C901 - one branch per kind of operation
        model = self.model
        # `call_on(convention)` applies the resolved operation to a convention (this one, or the
        # replay's); movements are also described as a batch `Operation` (see the batch test).
        call_on: Any
        batch: dict[str, Any] | None = None
        if isinstance(op, s.Commit):
            ej = self._ref(op.ej, "commitment", s.EJ_POOL)
            date, raw = self._day(op.day), self._amount(op.amount)
            expected = model.predict_commit(ej, date, raw)
            batch = {"kind": ledger.COMMIT, "ej_number": ej, "date": date, "amount": raw, "supplier": "Fournisseur"}

            def call_on(convention: Convention) -> Any:
                return ledger.commit(
                    convention, actor=None, ej_number=ej, date=date, amount=raw, supplier="Fournisseur"
                )

        elif isinstance(op, s.Withdraw):
            ej = self._ref(op.ej, "commitment", s.EJ_POOL)
            date, raw = self._day(op.day, model.commitment(ej)), self._amount(op.amount, ej=ej)
            expected = model.predict_withdraw(ej, date, raw)
            batch = {"kind": ledger.WITHDRAW, "ej_number": ej, "date": date, "amount": raw, "description": "retrait"}

            def call_on(convention: Convention) -> Any:
                return ledger.withdraw(convention, actor=None, ej_number=ej, date=date, amount=raw, reason="retrait")

        elif isinstance(op, s.Pay):
            ej = self._ref(op.ej, "commitment", s.EJ_POOL)
            date = self._day(op.day, model.commitment(ej))
            raw = self._amount(op.amount, ej=ej, year=date.year)
            service_fait = (
                None if op.service_fait_days_before is None else date - datetime.timedelta(op.service_fait_days_before)
            )
            expected = model.predict_pay(ej, op.dp, date, raw, service_fait)
            batch = {
                "kind": ledger.PAY,
                "ej_number": ej,
                "dp_number": op.dp,
                "date": date,
                "amount": raw,
                "service_fait_on": service_fait,
            }

            def call_on(convention: Convention) -> Any:
                return ledger.pay(
                    convention,
                    actor=None,
                    ej_number=ej,
                    dp_number=op.dp,
                    date=date,
                    amount=raw,
                    service_fait_on=service_fait,
                )

        elif isinstance(op, s.Reverse):
            dp = self._ref(op.dp, "payment", s.DP_POOL)
            date, raw = self._day(op.day, model.payment(dp)), self._amount(op.amount, dp=dp)
            expected = model.predict_reverse(dp, date, raw)
            batch = {"kind": ledger.REVERSE_PAYMENT, "ej_number": "", "dp_number": dp, "date": date, "amount": raw}

            def call_on(convention: Convention) -> Any:
                return ledger.reverse_payment(
                    convention, actor=None, dp_number=dp, date=date, amount=raw, reason="annulation"
                )

        elif isinstance(op, s.Release):
            if op.position >= len(self.tranches):
                return
            date, position = self._day(op.day), op.position
            expected = model.predict_release(position, date, op.with_review)

            def call_on(convention: Convention) -> Any:
                return ledger.release_tranche(
                    convention.tranches.get(position=position),
                    actor=None,
                    released_on=date,
                    decision="Décision du délégant",
                    review="Bilan de mi-parcours" if op.with_review else "",
                )

        elif isinstance(op, s.Adjust):
            year = model.first_year + op.year_offset
            ae = self._amount(op.ae, year=year)
            cp = self._amount(op.cp, year=year)
            expected = model.predict_adjust(year, ae, cp)

            def call_on(convention: Convention) -> Any:
                return ledger.adjust_allocation(convention, actor=None, year=year, ae=ae, cp=cp, reason="avenant")

        elif isinstance(op, s.Suspend):
            expected = model.predict_transition(op)

            def call_on(convention: Convention) -> Any:
                return alerts.suspend_for_insufficiency(convention, actor=None)

        else:
            expected = model.predict_transition(op)

            def call_on(convention: Convention) -> Any:
                return lifecycle.resume(convention, actor=None, reason="reprise")

        def call() -> Any:
            return call_on(self.convention)

        events_before, alerts_before = self._events(), self._alerts()
        error: Exception | None = None
        try:
            call()
        except REFUSALS as refusal:
            error = refusal
            assert refusal.message, "a refusal must say why"
        got = type(error) if error else None
        if currently_in_test_context():
            event(f"{type(op).__name__}: {got.__name__ if got else 'accepted'} {str(error)[:45] if error else ''}")
        assert got is expected.error, (
            f"{op}: expected {expected.error.__name__ if expected.error else 'acceptance'}, "
            f"got {got.__name__ if got else 'acceptance'}" + (f" « {error} »" if error else "")
        )
        self.log.append(Step(call_on, batch, error.message if error else None))  # type: ignore[attr-defined]
        self.check_rows(op, expected, events_before, alerts_before)
        # `commitment_balance` is compared for the EJ the operation touched (all EJs: `balances` and rows).
        self.check_invariants(touched=tuple({m.ej for m in self.model.movements[-1:]}))

    # checks -------------------------------------------------------------------------
    def check_rows(self, op: s.Operation, expected: Expected, events: Counter[str], alerts_before: int) -> None:
        after = self._snapshot()
        for table, rows in self.snapshot.items():
            for pk, row in rows.items():
                assert after[table].get(pk) == row, f"{table} row {pk} changed or vanished after {op}"
            added = len(after[table]) - len(rows)
            assert added == expected.rows[table], f"{op}: {added} new {table} rows, expected {expected.rows[table]}"
        self.snapshot = after
        new_events = self._events() - events
        assert new_events == expected.events, f"{op}: audit events {dict(new_events)}, expected {expected.events}"
        assert self._alerts() - alerts_before == expected.alerts, f"{op}: unexpected alerts"
        self.convention.refresh_from_db(fields=["status"])
        assert self.convention.status == self.model.status

    def check_invariants(self, touched: tuple[str, ...] | None = None) -> None:
        """Recompute every figure from the raw rows, check the rules, compare with `balances()` and the model."""
        allocations = list(Allocation.objects.filter(ledger=self.ledger).values_list("year", "ae", "cp"))
        released = sum(TrancheRelease.objects.filter(ledger=self.ledger).values_list("amount", flat=True), ZERO)
        movements = list(
            Movement.objects.filter(ledger=self.ledger).values_list(
                "kind", "year", "date", "ej_number", "dp_number", "ae", "cp"
            )
        )
        allocated_ae = sum((ae for _, ae, _ in allocations), ZERO)
        allocated_cp = sum((cp for _, _, cp in allocations), ZERO)
        committed = sum((m[5] for m in movements), ZERO)
        paid = sum((m[6] for m in movements), ZERO)
        per_year: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO, ZERO])
        for year, ae, cp in allocations:
            per_year[year][0] += ae
            per_year[year][1] += cp
        per_ej: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
        per_ej_year: dict[str, dict[int, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
        per_dp: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
        for kind, year, date, ej, dp, ae, cp in movements:
            assert year == date.year
            assert {
                "commitment": ae > 0 and cp == 0,
                "withdrawal": ae < 0 and cp == 0,
                "payment": ae == 0 and cp > 0,
                "payment_reversal": ae == 0 and cp < 0,
            }[kind]
            assert self.model.signature <= date <= self.model.end or kind != "commitment"
            per_year[year][2] += ae
            per_year[year][3] += cp
            per_ej[ej][0] += ae
            per_ej[ej][1] += cp
            per_ej_year[ej][year] += ae - cp
            if dp:
                per_dp[dp][0 if kind == "payment" else 1] += cp

        has_tranches = bool(self.tranches)
        ceiling = min(released, allocated_ae) if has_tranches else allocated_ae
        # Rule 4: net committed AE ≤ AE made available by released tranches, and ≤ allocated AE.
        assert committed <= ceiling, f"committed {committed} > ceiling {ceiling}"
        assert committed <= allocated_ae
        # Rule 5: payments on a commitment never exceed it (net of withdrawals); no EJ goes negative.
        for ej, (net, ej_paid) in per_ej.items():
            assert ZERO <= ej_paid <= net, f"EJ {ej}: paid {ej_paid}, net committed {net}"
            margin = ZERO  # … and at the end of every year, not only in total
            for year in sorted(per_ej_year[ej]):
                margin += per_ej_year[ej][year]
                assert margin >= 0, f"EJ {ej}: at the end of {year}, paid exceeds net committed by {-margin}"
        for dp, (paid_dp, reversed_dp) in per_dp.items():
            assert paid_dp + reversed_dp >= 0, f"DP {dp}: reversed more than paid"
        # Rule 5: payments in a year never exceed that year's CP; rule 3 on dotations and on execution.
        cumulative = [ZERO, ZERO, ZERO, ZERO]
        for year in sorted(per_year):
            year_ae, year_cp, year_committed, year_paid = per_year[year]
            assert year_paid <= year_cp, f"{year}: paid {year_paid} > CP {year_cp}"
            assert year_ae >= 0 and year_cp >= 0
            cumulative = [c + v for c, v in zip(cumulative, per_year[year], strict=True)]
            assert cumulative[1] <= cumulative[0], f"{year}: cumulative allocated CP > cumulative allocated AE"
            assert cumulative[3] <= cumulative[2], f"{year}: cumulative CP paid > cumulative AE committed"
        assert paid <= committed

        # `balances()` are the sums of the rows …
        state = ledger.balances(self.ledger)
        assert (state.allocated_ae, state.allocated_cp, state.released_ae) == (allocated_ae, allocated_cp, released)
        assert (state.committed_ae, state.paid_cp) == (committed, paid)
        assert state.has_tranches is has_tranches
        assert state.ae_ceiling == ceiling and state.available_ae == ceiling - committed
        assert set(state.years) == set(per_year)
        for year, (year_ae, year_cp, year_committed, year_paid) in per_year.items():
            figures = state.years[year]
            assert (figures.allocated_ae, figures.allocated_cp) == (year_ae, year_cp)
            assert (figures.committed_ae, figures.paid_cp) == (year_committed, year_paid)
        for ej in touched if touched is not None else per_ej:
            assert ledger.commitment_balance(self.ledger, ej) == tuple(per_ej[ej])
        # … the running totals the database keeps (what `balances()` reads) are those sums, row counts too …
        rows_per_year = Counter(m[1] for m in movements)
        assert {
            year: (ae, cp, n)
            for year, ae, cp, n in LedgerYearTotal.objects.filter(ledger=self.ledger).values_list(
                "year", "committed_ae", "paid_cp", "movements"
            )
        } == {year: (per_year[year][2], per_year[year][3], n) for year, n in rows_per_year.items()}
        # … and the model's.
        assert (self.model.allocated_ae, self.model.committed, self.model.paid()) == (allocated_ae, committed, paid)
        assert sum(self.model.released.values(), ZERO) == released


def _run(facts: dict[str, Any], operations: list[s.Operation]) -> None:
    with transaction.atomic():
        harness = Harness(facts)
        for operation in operations:
            harness.apply(operation)
        harness.check_invariants()  # every EJ's `commitment_balance` too
        transaction.set_rollback(True)


# Sized for about 35 s on SQLite (the four tests together, on an idle machine);
# CONVENTIO_PROPERTY_SCALE=10 runs ten times more examples, for a deeper search.
SCALE = float(os.environ.get("CONVENTIO_PROPERTY_SCALE", "1"))
PROPERTY_SETTINGS = settings(
    max_examples=int(50 * SCALE),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@PROPERTY_SETTINGS
@given(spec=s.convention_specs(), operations=s.sequences())
def test_random_operations_on_generated_conventions_never_break_a_rule(
    spec: s.ConventionSpec, operations: list[s.Operation]
) -> None:
    _run(spec.facts(), operations)


@settings(PROPERTY_SETTINGS, max_examples=int(25 * SCALE))
@given(operations=s.sequences())
def test_random_operations_on_fast13_never_break_a_rule(operations: list[s.Operation]) -> None:
    _run(fast13_facts(), operations)


# ------------------------------------------------------------- batches (Chorus import)


def _movement_rows(book: Ledger) -> list[tuple[Any, ...]]:
    return list(
        Movement.objects.filter(ledger=book)
        .order_by("id")
        .values_list("kind", "year", "date", "ej_number", "dp_number", "ae", "cp", "service_fait_on")
    )


@settings(PROPERTY_SETTINGS, max_examples=int(25 * SCALE))
@given(spec=s.convention_specs(), operations=s.sequences())
def test_batches_decide_exactly_as_the_single_operations(
    spec: s.ConventionSpec, operations: list[s.Operation]
) -> None:
    """The Chorus import's batch path accepts and refuses exactly what the single operations do.

    The sequence is applied once through the single operations (checked as above), then
    replayed on a fresh copy of the convention with the movements grouped into batches —
    a batch is cut before releases, adjustments and status changes, and before a
    withdrawal or reversal of a row created in the same batch (refused there by design).
    Same decisions, same refusal messages, same rows, same balances.
    """
    facts = spec.facts()
    with transaction.atomic():
        harness = Harness(facts)
        for operation in operations:
            harness.apply(operation)
        steps, rows, state = harness.log, _movement_rows(harness.ledger), ledger.balances(harness.ledger)
        transaction.set_rollback(True)

    with transaction.atomic():
        convention = register_facts(facts, actor=None)
        lifecycle.enter_into_force(convention, actor=None, on=harness.model.signature)
        book = ledger.open_ledger(convention, actor=None)
        pending: list[tuple[ledger.Operation, Step]] = []
        created: set[str] = set()

        def flush() -> None:
            if not pending:
                return
            result = ledger.apply_batch(
                convention, lambda snapshot: [op for op, _ in pending], actor=None, audit_message="Import de test"
            )
            refused = {op.ref: message for op, message in result.refused}
            assert len(result.applied) + len(refused) == len(pending)
            for op, step in pending:
                message = refused.get(op.ref)
                assert (message is None) == (step.refusal is None), f"{op}: batch {message!r}, single {step.refusal!r}"
                if message is not None and _parse_amount(op.amount) is not None:
                    assert message == step.refusal, op  # (an unreadable amount is labelled differently)
            pending.clear()
            created.clear()

        for index, step in enumerate(steps):
            if step.batch is None:
                flush()
                try:
                    step.call_on(convention)
                    refusal = None
                except REFUSALS as error:
                    refusal = error.message
                assert refusal == step.refusal
                continue
            kind, ej, dp = step.batch["kind"], step.batch["ej_number"], step.batch.get("dp_number", "")
            if (kind == ledger.WITHDRAW and ej in created) or (kind == ledger.REVERSE_PAYMENT and dp in created):
                flush()
            pending.append((ledger.Operation(**step.batch, ref=index), step))
            if step.refusal is None:
                created.add(ej if kind == ledger.COMMIT else dp)
        flush()
        assert _movement_rows(book) == rows
        replayed = ledger.balances(book)
        assert (replayed.committed_ae, replayed.paid_cp, replayed.years) == (
            state.committed_ae,
            state.paid_cp,
            state.years,
        )
        transaction.set_rollback(True)


# ---------------------------------------------------------------- stateful version


class LedgerMachine(RuleBasedStateMachine):
    """The same harness driven by hypothesis' state machine (it interleaves and shrinks rules itself)."""

    harness: Harness

    def __init__(self) -> None:
        super().__init__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()

    @initialize(spec=s.convention_specs())
    def open(self, spec: s.ConventionSpec) -> None:
        self.harness = Harness(spec.facts())

    @rule(op=s.commits)
    def commit(self, op: s.Commit) -> None:
        self.harness.apply(op)

    @rule(op=s.payments)
    def pay(self, op: s.Pay) -> None:
        self.harness.apply(op)

    @rule(op=s.withdrawals)
    def withdraw(self, op: s.Withdraw) -> None:
        self.harness.apply(op)

    @rule(op=s.reversals)
    def reverse(self, op: s.Reverse) -> None:
        self.harness.apply(op)

    @rule(op=s.releases)
    def release(self, op: s.Release) -> None:
        self.harness.apply(op)

    @rule(op=s.adjustments)
    def adjust(self, op: s.Adjust) -> None:
        self.harness.apply(op)

    @rule()
    def suspend(self) -> None:
        self.harness.apply(s.Suspend())

    @rule()
    def resume(self) -> None:
        self.harness.apply(s.Resume())

    def teardown(self) -> None:
        if hasattr(self, "harness"):
            self.harness.check_invariants()
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)


def test_ledger_state_machine() -> None:
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=int(20 * SCALE),
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )


# ------------------------------------------------------- regressions the properties found


def _small_convention(ae: str = "1000.00", cp: str = "1000.00", tranches: tuple[s.TrancheSpec, ...] = ()) -> Harness:
    spec = s.ConventionSpec(
        signature=datetime.date(2023, 3, 1),
        end=datetime.date(2024, 6, 30),
        lines=((2023, Decimal(ae), Decimal(cp)), (2024, ZERO, ZERO)),
        tranches=tranches,
    )
    return Harness(spec.facts())


def test_sums_that_cancel_out_are_exact_to_the_cent() -> None:
    """SQLite sums decimals as floats: 1 000,00 − 999,99 came back as 0,00999999999999091 €.

    The exact remaining credit (one cent) was then refused, and `balances()` disagreed
    with the rows. Every sum is now brought back to cents.
    """
    harness = _small_convention()
    harness.apply(s.Adjust(0, s.Amount(Decimal("-999.99")), s.Amount(Decimal("-999.99"))))
    state = ledger.balances(harness.ledger)
    assert (state.allocated_ae, state.allocated_cp, state.available_ae) == (CENT, CENT, CENT)
    harness.apply(s.Commit(s.EJ_POOL[0], s.Day("signature", 1), s.Amount(CENT)))  # exactly what is left
    harness.apply(s.Adjust(0, s.Amount(Decimal("1000.00")), s.Amount(Decimal("1000.00"))))
    harness.apply(s.Commit(s.EJ_POOL[1], s.Day("signature", 1), s.Amount(Decimal("1000.00"))))
    harness.apply(s.Withdraw(s.EJ_POOL[1], s.Day("signature", 2), s.Amount(Decimal("999.99"))))
    assert ledger.commitment_balance(harness.ledger, s.EJ_POOL[1]) == (CENT, ZERO)
    harness.apply(s.Pay(s.EJ_POOL[1], s.DP_POOL[0], s.Day("signature", 3), s.Amount(CENT), None))
    harness.apply(s.Pay(s.EJ_POOL[0], s.DP_POOL[1], s.Day("signature", 3), s.Amount(CENT), None))
    harness.apply(s.Reverse(s.DP_POOL[1], s.Day("signature", 4), s.Amount(CENT)))
    assert ledger.balances(harness.ledger).paid_cp == CENT


def test_a_withdrawal_or_a_reversal_cannot_precede_what_it_reduces() -> None:
    """Found by the generated sequences: a withdrawal dated before its commitment made 2021's net
    committed AE negative (−0,01 €) while the EJ was only committed in 2022, so cumulative AE fell
    below cumulative CP that year. A reversal dated before its payment did the same to CP."""
    harness = _small_convention()
    harness.apply(s.Commit(s.EJ_POOL[0], s.Day("signature", 30), s.Amount(Decimal("500.00"))))
    with pytest.raises(InvalidInput, match="précède celle de l'engagement"):
        ledger.withdraw(
            harness.convention,
            actor=None,
            ej_number=s.EJ_POOL[0],
            date=harness.model.signature + datetime.timedelta(days=29),
            amount="0.01",
            reason="retrait antidaté",
        )
    harness.apply(s.Pay(s.EJ_POOL[0], s.DP_POOL[0], s.Day("signature", 40), s.Amount(Decimal("100.00")), None))
    with pytest.raises(InvalidInput, match="précède celle du paiement"):
        ledger.reverse_payment(
            harness.convention,
            actor=None,
            dp_number=s.DP_POOL[0],
            date=harness.model.signature + datetime.timedelta(days=39),
            amount="100.00",
            reason="annulation antidatée",
        )
    assert Movement.objects.filter(ledger=harness.ledger).count() == 2
    # The same day as the row they reduce is fine.
    harness.apply(s.Reverse(s.DP_POOL[0], s.Day("signature", 40), s.Amount(Decimal("100.00"))))
    harness.apply(s.Withdraw(s.EJ_POOL[0], s.Day("signature", 30), s.Amount(Decimal("500.00"))))


def test_a_back_dated_payment_or_withdrawal_cannot_overspend_an_earlier_year() -> None:
    """Found by the generated sequences: after a reversal dated in 2024, a withdrawal (or a
    payment) dated in 2023 passed the all-years check while, at the end of 2023, the EJ had
    then paid more than was committed on it (cumulative CP above cumulative AE that year)."""
    harness = _small_convention(ae="1000.00", cp="500.00")
    ej, dp = s.EJ_POOL[0], s.DP_POOL[0]
    convention = harness.convention
    harness.apply(s.Commit(ej, s.Day("signature", 1), s.Amount(Decimal("100.00"))))  # 02/03/2023
    harness.apply(s.Pay(ej, dp, s.Day("signature", 31), s.Amount(Decimal("100.00")), None))  # 31/03/2023
    ledger.reverse_payment(
        convention, actor=None, dp_number=dp, date=datetime.date(2024, 1, 15), amount="30", reason="trop payé"
    )
    with pytest.raises(ledger.CeilingExceeded, match="fin de 2023.* de 30,00 €"):
        ledger.withdraw(
            convention, actor=None, ej_number=ej, date=datetime.date(2023, 12, 1), amount="30", reason="antidaté"
        )
    with pytest.raises(ledger.CeilingExceeded, match="fin de 2023.* de 30,00 €"):
        ledger.pay(
            convention, actor=None, ej_number=ej, dp_number=s.DP_POOL[1], date=datetime.date(2023, 12, 20), amount="30"
        )
    # The batch path (Chorus imports) applies the same rule.
    with transaction.atomic():
        result = ledger.apply_batch(
            convention,
            lambda snapshot: [
                ledger.Operation(kind=ledger.WITHDRAW, ej_number=ej, date=datetime.date(2023, 12, 1), amount=D30),
                ledger.Operation(
                    kind=ledger.PAY, ej_number=ej, dp_number=s.DP_POOL[1], date=datetime.date(2023, 12, 20), amount=D30
                ),
            ],
            actor=None,
            audit_message="Import de test",
        )
    assert not result.applied and all("fin de 2023" in message for _, message in result.refused)
    assert ledger.commitment_balance(harness.ledger, ej) == (Decimal("100.00"), Decimal("70.00"))
    # Dated in the reversal's year, the withdrawal is fine.
    ledger.withdraw(convention, actor=None, ej_number=ej, date=datetime.date(2024, 1, 15), amount="30", reason="solde")


D30 = Decimal("30.00")
