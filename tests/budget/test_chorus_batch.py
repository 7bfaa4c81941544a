"""The ledger's batch path (used by the Chorus import) applies exactly the rules of the single operations."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction

from conventio.budget.enums import AlertKind, MovementKind
from conventio.budget.models import Alert, Movement
from conventio.budget.services import alerts, ledger
from conventio.core.errors import ConventioError, InvalidInput
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal


def open_fast13() -> Any:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)  # AE 110 000 released; CP 110 000 in 2023 and in 2024
    return convention


def day(month: int, number: int = 1, year: int = 2023) -> datetime.date:
    return datetime.date(year, month, number)


# (operation, EJ, DP, date, amount): every rule is hit at least once, refusals included.
SCENARIO: list[tuple[str, str, str, datetime.date, str]] = [
    (ledger.COMMIT, "01", "", day(9), "60000"),
    (ledger.COMMIT, "02", "", day(9, 2), "40000"),
    (ledger.COMMIT, "03", "", day(9, 3), "20000"),  # beyond the 110 000 released
    (ledger.COMMIT, "01", "", day(9, 4), "1"),  # already recorded
    (ledger.COMMIT, "04", "", day(7, 1), "1"),  # before the signature
    (ledger.COMPLEMENT, "02", "", day(10), "10000"),
    (ledger.COMPLEMENT, "02", "", day(10, 2), "1"),  # no credit left
    (ledger.COMPLEMENT, "09", "", day(10, 3), "1"),  # unknown EJ
    (ledger.PAY, "01", "11", day(10, 5), "50000"),
    (ledger.PAY, "01", "12", day(10, 6), "10000.01"),  # beyond its commitment
    (ledger.PAY, "02", "13", day(10, 7), "50000"),
    (ledger.PAY, "02", "14", day(10, 8), "10000.01"),  # beyond its commitment (with its complement)
    (ledger.PAY, "02", "11", day(10, 9), "1"),  # DP already recorded
    (ledger.PAY, "09", "15", day(10, 9), "1"),  # unknown EJ
    (ledger.PAY, "01", "16", day(8, 1), "1"),  # before its commitment
    (ledger.WITHDRAW, "01", "", day(11), "10000.01"),  # beyond the unpaid part
    (ledger.WITHDRAW, "01", "", day(11, 2), "10000"),
    (ledger.WITHDRAW, "02", "", day(8, 1), "1"),  # before its commitment
    (ledger.REVERSE_PAYMENT, "", "11", day(11, 3), "50000.01"),  # beyond the payment
    (ledger.REVERSE_PAYMENT, "", "11", day(11, 4), "20000"),
    (ledger.REVERSE_PAYMENT, "", "19", day(11, 5), "1"),  # unknown DP
    (ledger.COMMIT, "05", "", day(11, 6), "10000"),  # the withdrawal freed AE
    (ledger.PAY, "05", "17", day(2, 1, 2024), "5000"),
    (ledger.PAY, "05", "18", day(1, 10, 2025), "1"),  # no CP allocated for 2025
]


def single(convention: Any, prefix: str, step: tuple[str, str, str, datetime.date, str]) -> str:
    kind, ej, dp, date, amount = step
    try:
        if kind == ledger.COMMIT:
            ledger.commit(convention, actor=None, ej_number=prefix + ej, date=date, amount=amount)
        elif kind == ledger.COMPLEMENT:
            ledger.complement(convention, actor=None, ej_number=prefix + ej, date=date, amount=amount, reason="r")
        elif kind == ledger.WITHDRAW:
            ledger.withdraw(convention, actor=None, ej_number=prefix + ej, date=date, amount=amount, reason="r")
        elif kind == ledger.PAY:
            ledger.pay(convention, actor=None, ej_number=prefix + ej, dp_number=prefix + dp, date=date, amount=amount)
        else:
            ledger.reverse_payment(convention, actor=None, dp_number=prefix + dp, date=date, amount=amount, reason="r")
    except ConventioError as error:
        return error.message.replace(f"n° {prefix}", "n° ")
    return "ok"


def test_the_batch_decides_exactly_as_the_single_operations() -> None:
    one, two = open_fast13(), open_fast13()
    expected = [single(one, "X", step) for step in SCENARIO]
    assert expected.count("ok") == 9  # the scenario does refuse what it means to refuse
    operations = [
        ledger.Operation(kind, "Y" + ej if ej else "", date, D(amount), dp_number="Y" + dp if dp else "", ref=index)
        for index, (kind, ej, dp, date, amount) in enumerate(SCENARIO)
    ]
    outcome = ["ok"] * len(SCENARIO)
    # Three batches: a correction (complement, withdrawal, reversal) points at a row recorded before its batch.
    for batch in (operations[:5], operations[5:15], operations[15:]):
        with transaction.atomic():
            result = ledger.apply_batch(two, lambda snapshot, batch=batch: batch, actor=None, audit_message="x")
        for op, message in result.refused:
            outcome[op.ref] = message.replace("n° Y", "n° ")
    assert outcome == expected
    first, second = ledger.balances(one.ledger), ledger.balances(two.ledger)
    assert (first.committed_ae, first.paid_cp, first.years.keys()) == (
        second.committed_ae,
        second.paid_cp,
        second.years.keys(),
    )
    assert [(year.committed_ae, year.paid_cp) for year in first.years.values()] == [
        (year.committed_ae, year.paid_cp) for year in second.years.values()
    ]
    kinds = lambda convention: sorted(  # noqa: E731
        Movement.objects.filter(ledger__convention=convention).values_list("kind", "ae", "cp")
    )
    assert kinds(one) == kinds(two)


def test_the_batch_raises_the_insufficiency_alert_and_audits_once(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    convention = open_fast13()
    operations = [ledger.Operation(ledger.COMMIT, "EJ1", day(9), D("120000"))]
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        result = ledger.apply_batch(convention, lambda snapshot: operations, actor=None, audit_message="Import X")
    assert len(result.refused) == 1 and not result.applied
    assert Alert.objects.filter(convention=convention, kind=AlertKind.INSUFFICIENCY).exists()


def test_a_suspended_convention_refuses_batch_commitments_like_single_ones() -> None:
    convention = open_fast13()
    alerts.suspend_for_insufficiency(convention, actor=None)
    with transaction.atomic():
        result = ledger.apply_batch(
            convention,
            lambda snapshot: [ledger.Operation(ledger.COMMIT, "EJ1", day(9), D("1"))],
            actor=None,
            audit_message="Import",
        )
    [(_, message)] = result.refused
    assert "la convention est « suspendue »" in message


def test_ej_and_dp_numbers_are_global_natural_keys_across_conventions() -> None:
    one, two = open_fast13(), open_fast13()
    ledger.commit(one, actor=None, ej_number="EJ1", date=day(9), amount="10")
    ledger.pay(one, actor=None, ej_number="EJ1", dp_number="DP1", date=day(10), amount="5")
    with transaction.atomic():
        results = dict(
            ledger.apply_batches(
                [
                    (two, lambda snapshot: [ledger.Operation(ledger.COMMIT, "EJ1", day(9), D("10"))]),
                    (
                        one,
                        lambda snapshot: [ledger.Operation(ledger.PAY, "EJ1", day(10), D("1"), dp_number="DP1")],
                    ),
                ],
                actor=None,
                audit_message="Import",
            )
        )
    assert results[two].refused[0][1] == "L'engagement juridique n° EJ1 est déjà enregistré."
    assert results[one].refused[0][1] == "La demande de paiement n° DP1 est déjà enregistrée."


@pytest.mark.django_db(transaction=True)
def test_the_batch_needs_the_callers_transaction() -> None:
    convention = factories.fast13_refugies_info()  # no ledger rows: a transactional test must be able to empty them
    with pytest.raises(RuntimeError, match="transaction"):
        ledger.apply_batch(convention, lambda snapshot: [], actor=None, audit_message="x")


def test_the_snapshot_shows_the_ledger_under_its_lock() -> None:
    convention = open_fast13()
    ledger.commit(convention, actor=None, ej_number="EJ1", date=day(9), amount="1000")
    ledger.complement(convention, actor=None, ej_number="EJ1", date=day(10), amount="500", reason="avenant")
    ledger.pay(convention, actor=None, ej_number="EJ1", dp_number="DP1", date=day(10, 5), amount="700")
    ledger.reverse_payment(convention, actor=None, dp_number="DP1", date=day(10, 6), amount="200", reason="trop payé")
    seen: list[ledger.LedgerSnapshot] = []
    with transaction.atomic():
        ledger.apply_batch(convention, lambda snapshot: seen.append(snapshot) or [], actor=None, audit_message="x")
    [snapshot] = seen
    commitment = snapshot.commitments["EJ1"]
    assert (commitment.net, commitment.paid, commitment.date) == (D("1500.00"), D("500.00"), day(9))
    assert snapshot.payments["DP1"].remaining == D("500.00")
    assert snapshot.balances.committed_ae == D("1500.00")


def test_a_complement_is_a_new_commitment_row_under_the_same_ej() -> None:
    convention = open_fast13()
    original = ledger.commit(convention, actor=None, ej_number="EJ1", date=day(9), amount="100000")
    complement = ledger.complement(convention, actor=None, ej_number="EJ1", date=day(10), amount="10000", reason="r")
    assert (complement.kind, complement.reverses, complement.ae) == (MovementKind.COMMITMENT, original, D("10000.00"))
    with pytest.raises(ledger.CeilingExceeded, match="dépasseraient les AE débloquées par les tranches de 1,00 €"):
        ledger.complement(convention, actor=None, ej_number="EJ1", date=day(10), amount="1", reason="r")
    with pytest.raises(InvalidInput, match="Aucun engagement juridique n° EJ2"):
        ledger.complement(convention, actor=None, ej_number="EJ2", date=day(10), amount="1", reason="r")
    # The EJ is still one commitment for the rules: a withdrawal and payments see 110 000.
    assert ledger.commitment_balance(convention.ledger, "EJ1") == (D("110000.00"), D("0.00"))
    ledger.withdraw(convention, actor=None, ej_number="EJ1", date=day(11), amount="110000", reason="fin")


def test_a_correction_of_a_row_created_in_the_same_batch_is_refused_clearly() -> None:
    convention = open_fast13()
    operations = [
        ledger.Operation(ledger.COMMIT, "EJ1", day(9), D("100")),
        ledger.Operation(ledger.WITHDRAW, "EJ1", day(10), D("10")),
        ledger.Operation(ledger.PAY, "EJ1", day(10), D("10"), dp_number="DP1"),
        ledger.Operation(ledger.REVERSE_PAYMENT, "", day(11), D("1"), dp_number="DP1"),
    ]
    with transaction.atomic():
        result = ledger.apply_batch(convention, lambda snapshot: operations, actor=None, audit_message="x")
    assert [message for _, message in result.refused] == [
        "L'engagement juridique n° EJ1 est créé dans ce même lot : sa correction doit venir dans un lot suivant.",
        "La demande de paiement n° DP1 est créée dans ce même lot : sa correction doit venir dans un lot suivant.",
    ]
