"""The ledger's hard rules, replayed on the FAST 13 convention."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.db import DatabaseError, IntegrityError, transaction

from conventio.budget.enums import AlertKind
from conventio.budget.models import Alert, Movement
from conventio.budget.services import alerts, ledger
from conventio.core.errors import InvalidInput
from conventio.register.enums import Status
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal


@pytest.fixture
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


def test_opening_allocates_the_convention_amounts_and_releases_the_signature_tranche(fast13) -> None:  # type: ignore[no-untyped-def]
    state = ledger.balances(fast13.ledger)
    assert (state.allocated_ae, state.allocated_cp) == (D("220000.00"), D("220000.00"))
    assert state.released_ae == D("110000.00")
    assert state.available_ae == D("110000.00")


def test_fast13_replayed_with_a_refused_over_commitment_then_the_mid_term_release(  # type: ignore[no-untyped-def]
    fast13, django_capture_on_commit_callbacks
) -> None:
    member = factories.programme_team_member()
    ledger.commit(
        fast13, actor=member, ej_number="2103000001", date=datetime.date(2023, 9, 1), amount="80000", supplier="Coach"
    )
    ledger.pay(
        fast13,
        actor=member,
        ej_number="2103000001",
        dp_number="100000001",
        date=datetime.date(2023, 10, 15),
        amount="40000",
    )
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ledger.CeilingExceeded, match="dépasseraient les AE débloquées par les tranches de 20 000,00 €"),
    ):
        ledger.commit(fast13, actor=member, ej_number="2103000002", date=datetime.date(2023, 10, 20), amount="50000")
    assert not Movement.objects.filter(ej_number="2103000002").exists()
    alert = Alert.objects.get(convention=fast13, kind=AlertKind.INSUFFICIENCY)
    assert "20 000,00 €" in alert.message
    assert mail.outbox and member.email in mail.outbox[0].to
    second = fast13.tranches.get(position=1)
    with pytest.raises(InvalidInput, match="revue ou le bilan"):
        ledger.release_tranche(second, actor=member, released_on=datetime.date(2023, 11, 30), decision="OK")
    ledger.release_tranche(
        second,
        actor=member,
        released_on=datetime.date(2023, 11, 30),
        decision="Déblocage",
        review="Bilan de mi-parcours FAST",
    )
    ledger.commit(fast13, actor=member, ej_number="2103000002", date=datetime.date(2023, 12, 1), amount="50000")
    ledger.pay(
        fast13,
        actor=member,
        ej_number="2103000002",
        dp_number="100000002",
        date=datetime.date(2024, 2, 1),
        amount="50000",
    )
    state = ledger.balances(fast13.ledger)
    assert state.committed_ae == D("130000.00")
    assert state.paid_cp == D("90000.00")
    assert state.year(2023).paid_cp == D("40000.00")
    assert state.year(2024).paid_cp == D("50000.00")


def test_payments_never_exceed_their_commitment_nor_the_year_cp(fast13) -> None:  # type: ignore[no-untyped-def]
    ledger.commit(fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 8, 1), amount="100000")
    with pytest.raises(ledger.CeilingExceeded, match="dépasseraient l'engagement"):
        ledger.pay(
            fast13, actor=None, ej_number="EJ1", dp_number="DP1", date=datetime.date(2023, 9, 1), amount="100000.01"
        )
    ledger.pay(fast13, actor=None, ej_number="EJ1", dp_number="DP1", date=datetime.date(2023, 9, 1), amount="100000")
    second = fast13.tranches.get(position=1)
    ledger.release_tranche(second, actor=None, released_on=datetime.date(2023, 11, 30), decision="D", review="R")
    ledger.commit(fast13, actor=None, ej_number="EJ2", date=datetime.date(2023, 12, 1), amount="20000")
    with pytest.raises(ledger.CeilingExceeded, match="CP alloués pour 2023"):
        ledger.pay(
            fast13, actor=None, ej_number="EJ2", dp_number="DP2", date=datetime.date(2023, 12, 2), amount="20000"
        )


def test_withdrawal_and_reversal_are_new_rows_and_balances_follow(fast13) -> None:  # type: ignore[no-untyped-def]
    ledger.commit(fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 8, 1), amount="60000")
    ledger.pay(fast13, actor=None, ej_number="EJ1", dp_number="DP1", date=datetime.date(2023, 9, 1), amount="10000")
    with pytest.raises(ledger.CeilingExceeded, match="part non payée"):
        ledger.withdraw(
            fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 2), amount="50001", reason="x"
        )
    ledger.withdraw(fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 2), amount="50000", reason="fin")
    ledger.reverse_payment(
        fast13, actor=None, dp_number="DP1", date=datetime.date(2023, 9, 3), amount="10000", reason="erreur"
    )
    state = ledger.balances(fast13.ledger)
    assert (state.committed_ae, state.paid_cp) == (D("10000.00"), D("0.00"))
    assert Movement.objects.filter(ledger=fast13.ledger).count() == 4


def test_the_database_refuses_updates_and_deletes_of_ledger_rows(fast13) -> None:  # type: ignore[no-untyped-def]
    movement = ledger.commit(fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 8, 1), amount="1000")
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        Movement.objects.filter(pk=movement.pk).update(ae=D("999999"))
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        Movement.objects.filter(pk=movement.pk).delete()
    assert Movement.objects.get(pk=movement.pk).ae == D("1000.00")


def test_a_suspended_convention_refuses_commitments_until_the_dotation_is_adjusted(fast13) -> None:  # type: ignore[no-untyped-def]
    alerts.suspend_for_insufficiency(fast13, actor=None)
    with pytest.raises(InvalidInput, match="suspendue"):
        ledger.commit(fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 8, 1), amount="1")
    ledger.adjust_allocation(fast13, actor=None, year=2023, ae="10000", cp="0", reason="avenant n° 1")
    fast13.refresh_from_db()
    assert fast13.status == Status.IN_FORCE
    ledger.commit(fast13, actor=None, ej_number="EJ1", date=datetime.date(2023, 8, 1), amount="1")


def test_adjustments_keep_cumulative_cp_below_cumulative_ae(fast13) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ledger.CeilingExceeded, match="CP cumulés"):
        ledger.adjust_allocation(fast13, actor=None, year=2023, cp="120000", reason="erreur de saisie")
    with pytest.raises(InvalidInput, match="motif"):
        ledger.adjust_allocation(fast13, actor=None, year=2023, ae="1", reason=" ")


@pytest.mark.parametrize("amount", ["0", "-5", "abc", "1e20"])
def test_bad_amounts_are_refused_clearly(fast13, amount: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput):
        ledger.commit(fast13, actor=None, ej_number="EJ9", date=datetime.date(2023, 8, 1), amount=amount)


@pytest.mark.django_db(transaction=True)
def test_the_triggers_are_back_after_a_transactional_test_emptied_the_database() -> None:
    """Emptying SQLite between transactional tests must not leave a ledger that accepts edits."""
    from importlib import import_module

    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL empties tables with TRUNCATE: its triggers are never dropped")
    migration = import_module("conventio.budget.migrations.0002_append_only_ledger")
    with connection.schema_editor() as editor:
        migration.drop(None, editor)  # what the test tooling does before its flush
    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        triggers = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"budget_movement_no_update", "budget_movement_no_delete", "budget_allocation_no_delete"} <= triggers
