"""What must hold in the database itself, and under concurrency on PostgreSQL.

The rules of DESIGN.md are checked by the services; the database is the last line:
check constraints and unique constraints refuse what a bug or a raw query would let
through (these run on SQLite and on PostgreSQL). The tests marked `postgres` need a
real server: several threads, each with its own connection, hit the same convention
at the same instant; `select_for_update` must serialise them (SQLite locks the whole
file, so it proves nothing there). `make test` runs them through scripts/with-postgres.sh.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.db import IntegrityError, connection, transaction

from conventio.core.errors import ConventioError, InvalidTransition
from conventio.core.models import AuditEvent
from conventio.register.enums import DeadlineKind, Status, VersionKind
from conventio.register.models import (
    BudgetLine,
    Convention,
    ConventionVersion,
    Deadline,
    Organisation,
    ReminderSent,
    SourceDocument,
)
from conventio.register.services import lifecycle
from conventio.register.services.registration import apply_avenant
from conventio.register.services.reminders import send_reminders
from conventio.trust.models import MemberRole, Membership
from tests.register import factories


D = datetime.date


def violates(callable_: Callable[[], Any]) -> bool:
    """True when the database refuses the write (in a savepoint, so the test goes on)."""
    try:
        with transaction.atomic():
            callable_()
    except IntegrityError:
        return True
    return False


# ---------------------------------------------------- constraints (both databases)


@pytest.mark.django_db
def test_date_order_is_a_database_constraint() -> None:
    convention = factories.fast13_refugies_info()
    rows = Convention.objects.filter(pk=convention.pk)
    assert violates(lambda: rows.update(end_date=D(2023, 7, 1)))  # signature 27/07/2023 after the end
    assert violates(lambda: rows.update(effective_date=D(2024, 7, 1)))  # effect after the end (30/06/2024)
    assert violates(lambda: rows.update(effective_date=D(2023, 7, 1)))  # effect before the signature
    assert not violates(lambda: rows.update(end_date=None))


@pytest.mark.django_db
def test_negative_budget_amounts_are_refused_by_the_database() -> None:
    convention = factories.fast13_refugies_info()
    lines = BudgetLine.objects.filter(convention=convention)
    assert violates(lambda: lines.update(ae=-1))
    assert violates(lambda: lines.update(cp=-0.01))
    assert not violates(lambda: lines.update(cp=0))


@pytest.mark.django_db
def test_unique_rows_are_enforced_by_the_database() -> None:
    convention = factories.fast13_refugies_info()
    assert violates(
        lambda: ConventionVersion.objects.create(convention=convention, number=1, snapshot={})
    )  # one version 1
    end = convention.deadlines.get(kind=DeadlineKind.END)
    assert violates(
        lambda: Deadline.objects.create(convention=convention, kind=DeadlineKind.END, due_date=end.due_date, label="x")
    )
    ReminderSent.objects.create(deadline=end, due_date=end.due_date, days_before=7, recipient="a@example.org")
    assert violates(
        lambda: ReminderSent.objects.create(
            deadline=end, due_date=end.due_date, days_before=7, recipient="a@example.org"
        )
    )
    assert not violates(
        lambda: ReminderSent.objects.create(
            deadline=end, due_date=end.due_date, days_before=30, recipient="a@example.org"
        )
    )
    content = b"the same bytes"
    digest = SourceDocument.digest(content)
    SourceDocument.objects.create(name="a.txt", format="text", size=len(content), sha256=digest, content=content)
    assert violates(
        lambda: SourceDocument.objects.create(
            name="b.txt", format="text", size=len(content), sha256=digest, content=content
        )
    )


@pytest.mark.django_db
def test_a_party_organisation_cannot_be_deleted() -> None:
    factories.fast13_refugies_info()
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        Organisation.objects.get(acronym="DIAIR").delete()


# ------------------------------------------------------------ concurrency (PostgreSQL)


def at_once(count: int, work: Callable[[int], Any]) -> list[Any]:
    """Run `work(i)` in `count` threads released together; each result or exception, in order."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = work(index)
        except Exception as error:  # collected for the assertions
            results[index] = error
        finally:
            connection.close()  # each thread has its own connection: give it back

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_avenants_get_distinct_version_numbers() -> None:
    convention = factories.fast13_refugies_info()
    base = factories.fast13_facts()

    def avenant(index: int) -> int:
        facts = {**base, "end_date": f"2024-12-{10 + index:02d}"}
        return apply_avenant(convention, facts, actor=None, avenant_number=index + 1).number

    results = at_once(4, avenant)
    assert all(isinstance(number, int) for number in results), results
    assert sorted(results) == [2, 3, 4, 5]
    versions = ConventionVersion.objects.filter(convention=convention)
    assert sorted(versions.values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    assert versions.filter(kind=VersionKind.AVENANT).count() == 4
    # The current state is the one of the last version written, and its deadlines follow it.
    convention.refresh_from_db()
    last = versions.order_by("-number").first()
    assert last is not None and last.snapshot["end_date"] == convention.end_date.isoformat()
    assert convention.deadlines.get(kind=DeadlineKind.END).due_date == convention.end_date
    assert AuditEvent.objects.filter(scope=convention.scope, action__endswith="avenant_applied").count() == 4


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_one_of_two_simultaneous_transitions_wins() -> None:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=D(2023, 9, 1))

    def suspend(index: int) -> str:
        return lifecycle.suspend(Convention.objects.get(pk=convention.pk), actor=None, reason=f"motif {index}").status

    results = at_once(3, suspend)
    assert results.count(Status.SUSPENDED) == 1, results
    refused = [result for result in results if isinstance(result, ConventioError)]
    assert len(refused) == 2 and all(isinstance(error, InvalidTransition) for error in refused)
    assert AuditEvent.objects.filter(scope=convention.scope, action__endswith=".suspend").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_remind_runs_send_each_reminder_once() -> None:
    factories.fast13_refugies_info()
    team = factories.programme_team_member("equipe")
    agent = factories.user("agent.diair")
    Membership.objects.create(
        user=agent, organisation=Organisation.objects.get(acronym="DIAIR"), role=MemberRole.AGENT
    )
    mail.outbox = []

    results = at_once(3, lambda index: send_reminders(D(2024, 5, 31)).reminders)
    assert sum(results) == 4, results  # end + final report, for two people
    assert sorted(address for message in mail.outbox for address in message.to) == sorted([team.email, agent.email])
    assert ReminderSent.objects.count() == 4


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_advance_all_running_twice_at_once_applies_each_transition_once() -> None:
    fast13 = factories.fast13_refugies_info()
    djepva = factories.djepva_api_engagement()

    def advance(index: int) -> list[tuple[int, str]]:
        try:
            return [(c.pk, name) for c, name in lifecycle.advance_all(on=D(2024, 3, 1))]
        except InvalidTransition:
            return []  # the other run got there first: the state is the same

    results = at_once(2, advance)
    done = sorted(item for result in results if isinstance(result, list) for item in result)
    assert done == sorted([(fast13.pk, "enter_into_force"), (djepva.pk, "enter_into_force")])
    assert set(Convention.objects.values_list("status", flat=True)) == {Status.IN_FORCE}
    assert AuditEvent.objects.filter(action__endswith="enter_into_force").count() == 2
