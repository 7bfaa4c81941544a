"""A report read while officers record engagements shows one state of the ledger, never half of one (PostgreSQL)."""

from __future__ import annotations

import datetime
import threading
from decimal import Decimal

import pytest
from django.db import OperationalError, connection, connections, transaction

from conventio.budget.models import Ledger
from conventio.budget.reports import execution
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL: run with scripts/with-postgres.sh (make test does)")


def _opened() -> object:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


def test_the_report_waits_for_an_operation_holding_the_ledger() -> None:
    convention = _opened()
    locked, release = threading.Event(), threading.Event()

    def operation_in_progress() -> None:
        try:
            with transaction.atomic():
                Ledger.objects.select_for_update().get(convention=convention)  # what every ledger operation does
                locked.set()
                release.wait(timeout=30)
        finally:
            connections.close_all()

    thread = threading.Thread(target=operation_in_progress)
    thread.start()
    try:
        assert locked.wait(timeout=30)
        with pytest.raises(OperationalError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '100ms'")
            execution.build_report(convention)  # type: ignore[arg-type]
    finally:
        release.set()
        thread.join()
    assert execution.build_report(convention).totals.committed_ae == Decimal("0.00")  # type: ignore[arg-type]


def test_reports_read_during_commitments_are_always_consistent() -> None:
    convention = _opened()
    done = threading.Event()
    errors: list[str] = []

    def officer() -> None:
        try:
            for index in range(20):
                ledger.commit(
                    convention,  # type: ignore[arg-type]
                    actor=None,
                    ej_number=f"EJ{index:04d}",
                    date=datetime.date(2023, 9, 1),
                    amount="1000.01",
                )
        finally:
            done.set()
            connections.close_all()

    def reader() -> None:
        try:
            while not done.is_set():
                report = execution.build_report(convention)  # type: ignore[arg-type]
                engaged = sum((item.committed_ae for item in report.commitments), Decimal("0.00"))
                rows = sum((line.ae for line in report.movements), Decimal("0.00"))
                if not engaged == rows == report.totals.committed_ae:
                    errors.append(f"{engaged} / {rows} / {report.totals.committed_ae}")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=officer), threading.Thread(target=reader), threading.Thread(target=reader)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert execution.build_report(convention).totals.committed_ae == Decimal("20000.20")  # type: ignore[arg-type]
