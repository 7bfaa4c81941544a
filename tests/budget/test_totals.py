"""The per (ledger, year) running totals the database keeps always equal the sums of the movements.

`LedgerYearTotal` rows are written by a trigger on `budget_movement` (migration 0006),
never by Python; `ledger.balances_of` reads them instead of summing the rows. These
tests prove the invariant « totals = sums of the raw rows, per ledger and year (AE, CP
and row count) » after random sequences of operations through every path that writes
movements: the single operations (ORM inserts), the Chorus batch (`COPY` on PostgreSQL,
`bulk_create` on SQLite) and raw SQL INSERTs (one statement over several ledgers and
years: the PostgreSQL trigger is per statement). They run on SQLite and, through
`scripts/with-postgres.sh`, on PostgreSQL; `test_totals_concurrency.py` adds concurrent
writers (PostgreSQL).
"""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Sum
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventio.budget.apps import ensure_year_totals_trigger
from conventio.budget.models import Ledger, LedgerYearTotal, Movement
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from conventio.register.services.registration import register_facts
from tests.budget import strategies as s
from tests.budget.test_ledger_properties import REFUSALS, SCALE, Harness
from tests.register import factories


pytestmark = pytest.mark.django_db

CENT = Decimal("0.01")
Sums = dict[tuple[int, int], tuple[Decimal, Decimal, int]]


def _cents(value: Any) -> Decimal:
    return Decimal(value).quantize(CENT)


def row_sums() -> Sums:
    """(ledger, year) → (AE, CP, rows) summed from the raw movement rows."""
    rows = Movement.objects.order_by().values("ledger_id", "year").annotate(ae=Sum("ae"), cp=Sum("cp"), n=Count("id"))
    return {(row["ledger_id"], row["year"]): (_cents(row["ae"]), _cents(row["cp"]), row["n"]) for row in rows}


def kept_totals() -> Sums:
    """The same, as the database's running totals hold them."""
    return {
        (ledger_id, year): (_cents(ae), _cents(cp), n)
        for ledger_id, year, ae, cp, n in LedgerYearTotal.objects.values_list(
            "ledger_id", "year", "committed_ae", "paid_cp", "movements"
        )
    }


def assert_totals_exact() -> None:
    assert kept_totals() == row_sums()


_numbers = itertools.count(1)


def raw_insert(rows: list[tuple[int, int, str, Decimal]]) -> None:
    """One multi-row `INSERT` statement, bypassing the ORM and the ledger's rules: (ledger id, year, kind, amount)."""
    now = timezone.now()
    values: list[Any] = []
    for ledger_id, year, kind, amount in rows:
        number = next(_numbers)
        ae, cp = (amount, Decimal("0.00")) if kind == "commitment" else (Decimal("0.00"), amount)
        values.extend(
            [ledger_id, kind, year, datetime.date(year, 6, 1), f"RAW{number:07d}", "" if ae else f"RAWDP{number:05d}"]
            + [ae, cp, "", "", "", "", "", None, None, "manual", now, None]
        )
    placeholders = ", ".join(["(" + ", ".join(["%s"] * 18) + ")"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO budget_movement ({', '.join(ledger._MOVEMENT_COLUMNS)}) VALUES {placeholders}",  # noqa: S608
            values,
        )


raw_rows = st.lists(
    st.tuples(
        st.integers(0, 4),  # year offset from the signature year
        st.sampled_from(["commitment", "payment"]),
        st.integers(1, 10_000_000).map(s.cents),
    ),
    min_size=1,
    max_size=8,
)

TOTALS_SETTINGS = settings(
    max_examples=int(20 * SCALE),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@TOTALS_SETTINGS
@given(spec=s.convention_specs(), operations=s.sequences(), extra=raw_rows)
def test_totals_equal_the_sums_after_random_single_operations_and_raw_inserts(
    spec: s.ConventionSpec, operations: list[s.Operation], extra: list[tuple[int, str, Decimal]]
) -> None:
    with transaction.atomic():
        harness = Harness(spec.facts())  # checks the rules and `balances()` against the rows after each step
        for operation in operations:
            harness.apply(operation)
            assert_totals_exact()
        raw_insert([(harness.ledger.pk, spec.signature.year + offset, kind, amount) for offset, kind, amount in extra])
        assert_totals_exact()
        state = ledger.balances(harness.ledger)  # the service reads the totals: it sees the raw rows too
        mine = {year: sums[:2] for (ledger_id, year), sums in row_sums().items() if ledger_id == harness.ledger.pk}
        assert {year: (f.committed_ae, f.paid_cp) for year, f in state.years.items() if year in mine} == mine
        assert state.committed_ae == sum((ae for ae, _ in mine.values()), Decimal("0.00"))
        assert state.paid_cp == sum((cp for _, cp in mine.values()), Decimal("0.00"))
        transaction.set_rollback(True)


@TOTALS_SETTINGS
@given(spec=s.convention_specs(), operations=s.sequences(), cuts=st.lists(st.integers(1, 6), min_size=1))
def test_totals_equal_the_sums_after_random_batches(
    spec: s.ConventionSpec, operations: list[s.Operation], cuts: list[int]
) -> None:
    """The Chorus import's path: `apply_batch` inserts its accepted rows at once (COPY on PostgreSQL)."""
    facts = spec.facts()
    with transaction.atomic():
        harness = Harness(facts)
        for operation in operations:
            harness.apply(operation)
        steps = harness.log
        transaction.set_rollback(True)

    with transaction.atomic():
        convention = register_facts(facts, actor=None)
        lifecycle.enter_into_force(convention, actor=None, on=harness.model.signature)
        ledger.open_ledger(convention, actor=None)
        pending: list[ledger.Operation] = []
        sizes = itertools.cycle(cuts)
        size = next(sizes)

        def flush() -> None:
            if pending:
                ledger.apply_batch(
                    convention, lambda snapshot: list(pending), actor=None, audit_message="Import de test"
                )
                pending.clear()
                assert_totals_exact()

        for index, step in enumerate(steps):
            if step.batch is None:  # a release, an adjustment, a suspension: a single operation
                flush()
                try:
                    step.call_on(convention)
                except REFUSALS:
                    pass
                continue
            pending.append(ledger.Operation(**step.batch, ref=index))
            if len(pending) >= size:
                flush()
                size = next(sizes)
        flush()
        assert_totals_exact()
        transaction.set_rollback(True)


def _two_ledgers() -> list[Ledger]:
    books = []
    for convention in (factories.fast13_refugies_info(), factories.djepva_api_engagement()):
        lifecycle.enter_into_force(convention, actor=None, on=convention.signature_date or datetime.date(2023, 7, 28))
        books.append(ledger.open_ledger(convention, actor=None))
    return books


def test_one_statement_over_several_ledgers_and_years_and_every_orm_path() -> None:
    first, second = _two_ledgers()
    assert kept_totals() == {} == row_sums()
    raw_insert(
        [
            (first.pk, 2023, "commitment", Decimal("1000.10")),
            (second.pk, 2023, "commitment", Decimal("0.01")),
            (first.pk, 2024, "payment", Decimal("999.99")),
            (first.pk, 2023, "payment", Decimal("0.09")),
            (second.pk, 2025, "commitment", Decimal("9999999999999.99")),
            (first.pk, 2023, "commitment", Decimal("0.10")),
        ]
    )
    assert kept_totals() == {
        (first.pk, 2023): (Decimal("1000.20"), Decimal("0.09"), 3),
        (first.pk, 2024): (Decimal("0.00"), Decimal("999.99"), 1),
        (second.pk, 2023): (Decimal("0.01"), Decimal("0.00"), 1),
        (second.pk, 2025): (Decimal("9999999999999.99"), Decimal("0.00"), 1),
    }
    assert_totals_exact()
    common = {"kind": "commitment", "year": 2024, "date": datetime.date(2024, 2, 1), "cp": 0}
    Movement.objects.create(ledger=first, ej_number="ORM0000001", ae=Decimal("10.00"), **common)
    Movement.objects.bulk_create(
        [Movement(ledger=second, ej_number=f"ORM00000{i:02d}", ae=Decimal("0.30"), **common) for i in range(2, 12)]
    )
    assert kept_totals()[(second.pk, 2024)] == (Decimal("3.00"), Decimal("0.00"), 10)
    assert_totals_exact()
    # The ledger service's own reads agree with the rows (and so do its rules).
    state = ledger.balances(first)
    assert (state.committed_ae, state.paid_cp) == (Decimal("1010.20"), Decimal("1000.08"))
    assert state.years[2024].paid_cp == Decimal("999.99")


def test_python_cannot_write_the_totals() -> None:
    (book,) = _two_ledgers()[:1]
    raw_insert([(book.pk, 2023, "commitment", Decimal("5.00"))])
    total = LedgerYearTotal.objects.get(ledger=book, year=2023)
    for attempt in (
        lambda: LedgerYearTotal.objects.filter(ledger=book).update(committed_ae=0),
        lambda: LedgerYearTotal.objects.filter(ledger=book).delete(),
        lambda: LedgerYearTotal.objects.create(ledger=book, year=2030),
        lambda: LedgerYearTotal.objects.bulk_create([LedgerYearTotal(ledger=book, year=2031)]),
        lambda: total.save(),
        lambda: total.delete(),
    ):
        with pytest.raises(TypeError, match="kept by the database"):
            attempt()
    assert_totals_exact()


@pytest.mark.postgres
def test_postgres_refuses_any_write_to_the_totals_but_the_triggers() -> None:
    (book,) = _two_ledgers()[:1]
    raw_insert([(book.pk, 2023, "commitment", Decimal("5.00"))])
    for statement in (
        "UPDATE budget_ledgeryeartotal SET committed_ae = 0",
        "DELETE FROM budget_ledgeryeartotal",
        "INSERT INTO budget_ledgeryeartotal (ledger_id, year, committed_ae, paid_cp, movements) "
        "SELECT id, 2040, 1, 0, 1 FROM budget_ledger",
    ):
        with pytest.raises(IntegrityError, match="kept by the database"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(statement)
    assert_totals_exact()
    assert kept_totals()[(book.pk, 2023)] == (Decimal("5.00"), Decimal("0.00"), 1)


@pytest.mark.django_db(transaction=True)
def test_sqlite_puts_the_trigger_back_and_recomputes_the_totals() -> None:
    """A SQLite table rebuild drops triggers: `post_migrate` re-creates it and recounts what it missed."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL never loses the trigger (no table rebuilds)")
    (book,) = _two_ledgers()[:1]
    raw_insert([(book.pk, 2023, "commitment", Decimal("5.00"))])
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER budget_movement_year_totals")
    raw_insert([(book.pk, 2023, "commitment", Decimal("7.00")), (book.pk, 2024, "payment", Decimal("1.00"))])
    assert kept_totals() != row_sums()  # what a lost trigger means
    ensure_year_totals_trigger(sender=None)
    assert kept_totals()[(book.pk, 2023)] == (Decimal("12.00"), Decimal("0.00"), 2)
    assert_totals_exact()
    raw_insert([(book.pk, 2024, "payment", Decimal("2.00"))])  # and the trigger is back
    assert kept_totals()[(book.pk, 2024)] == (Decimal("0.00"), Decimal("3.00"), 2)
    assert_totals_exact()


@pytest.mark.django_db(transaction=True)
def test_the_migration_backfills_the_totals_from_the_rows_already_there() -> None:
    """Migration 0006 on a database that already holds movements: totals computed, then kept."""
    from django.db.migrations.executor import MigrationExecutor

    (book,) = _two_ledgers()[:1]
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("budget")
    executor.migrate([("budget", "0005_chorus_import_jobs")])
    try:
        raw_insert([(book.pk, 2023, "commitment", Decimal("5.00")), (book.pk, 2024, "payment", Decimal("2.50"))])
        raw_insert([(book.pk, 2023, "commitment", Decimal("0.05"))])
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(latest)
    assert kept_totals() == {
        (book.pk, 2023): (Decimal("5.05"), Decimal("0.00"), 2),
        (book.pk, 2024): (Decimal("0.00"), Decimal("2.50"), 1),
    }
    raw_insert([(book.pk, 2024, "payment", Decimal("1.00"))])
    assert_totals_exact()


@pytest.mark.parametrize("array_from", [0, 10_000])
def test_balances_of_many_ledgers_equal_each_ledger_s_own(monkeypatch: pytest.MonkeyPatch, array_from: int) -> None:
    """`balances_of` filters thousands of ledgers with one array parameter on PostgreSQL: same figures."""
    first, second = _two_ledgers()
    raw_insert([(first.pk, 2023, "commitment", Decimal("4.00")), (second.pk, 2024, "payment", Decimal("1.50"))])
    alone = {book.pk: ledger.balances(book) for book in (first, second)}
    monkeypatch.setattr(ledger, "ARRAY_FROM", array_from)
    together = ledger.balances_of([first, second])
    assert together == alone
    assert together[second.pk].years[2024].paid_cp == Decimal("1.50")
    assert together[first.pk].released_ae > 0 and together[first.pk].has_tranches
