"""The running totals stay exact under concurrent writers (PostgreSQL).

The trigger's `INSERT … ON CONFLICT DO UPDATE` must never lose an increment when several
transactions insert movements of the same ledger and year at the same instant —
including the first rows of a (ledger, year) that has no total yet, where two inserts
race for the same new total row. Raw SQL inserts take no ledger lock (they are what a
manual session or another tool would do); the ledger service's commitments do, and
after them the totals equal the rows too.
"""

from __future__ import annotations

import datetime
import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.budget.test_totals import assert_totals_exact, kept_totals, raw_insert
from tests.register import factories


pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrent transactions need PostgreSQL: run with scripts/with-postgres.sh (make test does)")


def _run_together(workers: int, work: object) -> list[BaseException]:
    """Start `workers` threads released at once by a barrier; each runs `work(index)` on its own connection."""
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        try:
            barrier.wait()
            work(index)  # type: ignore[operator]
        except BaseException as error:  # noqa: BLE001 - reported to the test thread
            with lock:
                errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.parametrize("run", range(3))
def test_concurrent_raw_inserts_into_new_and_existing_year_totals_lose_nothing(run: int) -> None:
    first = factories.fast13_refugies_info()
    second = factories.djepva_api_engagement()
    books = []
    for convention in (first, second):
        lifecycle.enter_into_force(convention, actor=None, on=convention.signature_date or datetime.date(2023, 7, 28))
        books.append(ledger.open_ledger(convention, actor=None))
    raw_insert([(books[0].pk, 2023, "commitment", Decimal("1.00"))])  # 2023 exists; 2024 and 2025 are new
    workers = 16

    def work(index: int) -> None:
        # Each statement touches both ledgers and three years, in an order that depends on the worker.
        rows = [
            (books[index % 2].pk, 2023, "commitment", Decimal("10.01")),
            (books[(index + 1) % 2].pk, 2024, "payment", Decimal("0.07")),
            (books[0].pk, 2025 - index % 2, "commitment", Decimal("3.00")),
        ]
        raw_insert(rows if index % 3 else rows[::-1])

    assert _run_together(workers, work) == []
    assert_totals_exact()
    totals = kept_totals()
    assert sum(n for _, _, n in totals.values()) == 1 + 3 * workers
    assert sum(ae for ae, _, _ in totals.values()) == Decimal("1.00") + workers * (Decimal("10.01") + Decimal("3.00"))


def test_concurrent_commitments_keep_the_totals_exact() -> None:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    book = ledger.open_ledger(convention, actor=None)
    ceiling = ledger.balances(book).ae_ceiling

    def work(index: int) -> None:
        try:
            ledger.commit(
                convention,
                actor=None,
                ej_number=f"TOT{index:07d}",
                date=datetime.date(2023, 8 + index % 4, 1),
                amount=Decimal("7000.00"),
            )
        except ledger.CeilingExceeded:
            pass

    assert _run_together(24, work) == []
    assert_totals_exact()
    state = ledger.balances(book)
    assert state.committed_ae == int(ceiling // Decimal("7000.00")) * Decimal("7000.00")
