"""The demo register's budget execution (`conventio.budget.demo`): replayed through the ledger service."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from conventio.budget.enums import AlertKind
from conventio.budget.models import Alert, Ledger, Movement, TrancheRelease
from conventio.budget.services import ledger
from conventio.register import demo
from conventio.register.enums import Status


pytestmark = pytest.mark.django_db

D = Decimal


def test_the_demo_opens_both_ledgers_and_replays_a_history_that_obeys_the_ceilings() -> None:
    report = demo.load_demo(None, today=datetime.date(2026, 11, 23))
    fast13, djepva = report.conventions
    assert len(report.execution) == 2
    state = ledger.balances(fast13.ledger)
    # 80 000 + 50 000 committed; the 50 000 was refused before the mid-term release, accepted after.
    assert (state.committed_ae, state.paid_cp) == (D("130000.00"), D("120000.00"))
    assert state.released_ae == D("220000.00")
    assert state.year(2023).paid_cp == D("40000.00") and state.year(2024).paid_cp == D("80000.00")
    assert Alert.objects.filter(convention=fast13, kind=AlertKind.INSUFFICIENCY).count() == 1
    review = TrancheRelease.objects.get(tranche__convention=fast13, tranche__position=1)
    assert review.released_on == datetime.date(2023, 11, 30) and "mi-parcours" in review.review
    other = ledger.balances(djepva.ledger)
    assert (other.committed_ae, other.paid_cp) == (D("80000.00"), D("40000.00"))
    # The calendar then ends both conventions, as before.
    assert {c.status for c in report.conventions} == {Status.EXPIRED}


def test_the_demo_history_stops_at_today_and_is_not_replayed_twice() -> None:
    report = demo.load_demo(None, today=datetime.date(2023, 11, 1))
    fast13, djepva = report.conventions
    assert ledger.balances(fast13.ledger).committed_ae == D("80000.00")
    assert not Ledger.objects.filter(convention=djepva).exists()  # signed in 2024: no ledger yet
    demo.load_demo(None, today=datetime.date(2026, 11, 23))
    assert Movement.objects.filter(ledger=fast13.ledger).count() == 2  # FAST 13's ledger was already open
    assert ledger.balances(Ledger.objects.get(convention=djepva)).committed_ae == D("80000.00")
