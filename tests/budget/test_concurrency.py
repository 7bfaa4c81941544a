"""Two officers committing the last euros at the same instant never overspend (PostgreSQL)."""

from __future__ import annotations

import datetime
import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from conventio.budget.models import Movement
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.budget.test_totals import assert_totals_exact
from tests.register import factories


pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL: run with scripts/with-postgres.sh (make test does)")


@pytest.mark.parametrize("run", range(5))
def test_concurrent_commitments_never_exceed_the_released_credits(run: int) -> None:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    ceiling = ledger.balances(convention.ledger).ae_ceiling  # 110 000 € released at signature
    workers, amount = 24, Decimal("7000.00")  # 24 × 7 000 = 168 000 > 110 000: some must be refused
    barrier = threading.Barrier(workers)
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        try:
            barrier.wait()
            ledger.commit(
                convention,
                actor=None,
                ej_number=f"{run:02d}{index:08d}",
                date=datetime.date(2023, 9, 1),
                amount=amount,
            )
            result = "ok"
        except ledger.CeilingExceeded:
            result = "refused"
        finally:
            connections.close_all()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    state = ledger.balances(convention.ledger)
    accepted = outcomes.count("ok")
    assert state.committed_ae <= ceiling
    assert accepted == int(ceiling // amount)  # exactly as many as fit: none lost, none extra
    assert Movement.objects.filter(ledger=convention.ledger).count() == accepted
    assert outcomes.count("refused") == workers - accepted
    assert_totals_exact()  # the database's running totals (migration 0006) lost no concurrent increment
