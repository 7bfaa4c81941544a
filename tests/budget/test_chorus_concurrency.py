"""An import and an officer committing the last euros at the same instant never overspend (PostgreSQL)."""

from __future__ import annotations

import datetime
import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from conventio.budget.chorus.importer import import_file
from conventio.budget.models import Movement
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.budget import chorus_files as files
from tests.register import factories


pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL: run with scripts/with-postgres.sh (make test does)")


@pytest.mark.parametrize("run", range(3))
def test_an_import_and_a_manual_commitment_racing_for_the_last_credits(run: int) -> None:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)  # 110 000 € released: room for one of the two 60 000 €
    data = files.csv_bytes([files.ej(f"{run}100000001", "60000", datetime.date(2023, 9, 1))])
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def importer() -> None:
        try:
            barrier.wait()
            report = import_file(data)
            outcomes["import"] = "ok" if report.counts["new"] else "refused"
        finally:
            connections.close_all()

    def officer() -> None:
        try:
            barrier.wait()
            ledger.commit(
                convention, actor=None, ej_number=f"{run}200000001", date=datetime.date(2023, 9, 2), amount="60000"
            )
            outcomes["manual"] = "ok"
        except ledger.CeilingExceeded:
            outcomes["manual"] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=importer), threading.Thread(target=officer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["ok", "refused"]
    committed = sum(Movement.objects.filter(ledger__convention=convention).values_list("ae", flat=True))
    assert committed == Decimal("60000.00")


def test_the_job_page_polls_a_thread_import_without_disturbing_it(settings) -> None:  # type: ignore[no-untyped-def]
    """Agents watch the progress bar while the background thread imports: reads never break the job."""
    from conventio.budget.chorus import jobs
    from conventio.budget.models import ChorusImport

    settings.CONVENTIO_CHORUS_RUNNER = "thread"
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)  # 110 000 € released
    lines = [files.ej(f"21{n:08d}", "50", datetime.date(2023, 9, 1)) for n in range(1, 2001)]
    job = jobs.create_job(files.csv_bytes(lines), "restitution.csv", factories.programme_team_member())
    jobs.start(job)
    thread = next(t for t in threading.enumerate() if t.name == f"chorus-import-{job.pk}")
    seen: list[str] = []
    while thread.is_alive():
        seen.append(jobs.state_of(ChorusImport.objects.defer("data").get(pk=job.pk)).status)
    thread.join(timeout=30)
    job.refresh_from_db()
    assert job.status == "done" and job.new == 2000
    assert set(seen) <= {"pending", "running", "done"} and len(seen) > 1
    assert Movement.objects.filter(ledger__convention=convention).count() == 2000
