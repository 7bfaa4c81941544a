"""Only a suspension for insufficiency of credits is lifted by a dotation adjustment.

A convention suspended by hand through the lifecycle (a dispute, an audit) stays
suspended when the dotation changes: its suspension has another cause, and only an
explicit « reprise » ends it.
"""

from __future__ import annotations

import datetime

import pytest

from conventio.budget.enums import AlertKind
from conventio.budget.models import Alert
from conventio.budget.services import alerts, ledger
from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

SUSPEND = "conventio.register.convention.suspend"
RESUME = "conventio.register.convention.resume"


@pytest.fixture
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


def _adjust(convention, reason: str = "avenant n° 1") -> None:  # type: ignore[no-untyped-def]
    ledger.adjust_allocation(convention, actor=None, year=2023, ae="10000", cp="0", reason=reason)
    convention.refresh_from_db()


def test_a_suspension_by_hand_is_not_lifted_by_an_adjustment(fast13) -> None:  # type: ignore[no-untyped-def]
    lifecycle.suspend(fast13, actor=None, reason="litige avec le délégataire")
    Alert.objects.create(convention=fast13, kind=AlertKind.INSUFFICIENCY, message="refus")
    _adjust(fast13)
    assert fast13.status == Status.SUSPENDED
    assert not AuditEvent.objects.filter(scope=fast13.scope, action=RESUME).exists()
    # The adjustment still closes the open alerts (credits changed).
    assert not Alert.objects.filter(convention=fast13, resolved_at=None).exists()
    assert not alerts.suspended_for_insufficiency(fast13)


def test_a_suspension_for_insufficiency_is_lifted_by_an_adjustment(fast13) -> None:  # type: ignore[no-untyped-def]
    alerts.suspend_for_insufficiency(fast13, actor=None)
    assert alerts.suspended_for_insufficiency(fast13)
    event = AuditEvent.objects.get(scope=fast13.scope, action=SUSPEND)
    assert event.data["cause"] == alerts.INSUFFICIENCY_CAUSE
    _adjust(fast13)
    assert fast13.status == Status.IN_FORCE
    assert AuditEvent.objects.filter(scope=fast13.scope, action=RESUME).count() == 1
    assert not alerts.suspended_for_insufficiency(fast13)


def test_the_latest_suspension_decides(fast13) -> None:  # type: ignore[no-untyped-def]
    """Insufficiency, resumed by hand, then suspended for a dispute: the adjustment leaves it suspended."""
    alerts.suspend_for_insufficiency(fast13, actor=None)
    lifecycle.resume(fast13, actor=None, reason="reprise")
    lifecycle.suspend(fast13, actor=None, reason="litige")
    _adjust(fast13)
    assert fast13.status == Status.SUSPENDED
    # And the other way round: a dispute resumed, then an insufficiency; the adjustment lifts it.
    lifecycle.resume(fast13, actor=None, reason="litige réglé")
    alerts.suspend_for_insufficiency(fast13, actor=None)
    _adjust(fast13, reason="avenant n° 2")
    assert fast13.status == Status.IN_FORCE


def test_a_reason_that_merely_reads_like_insufficiency_is_not_the_cause(fast13) -> None:  # type: ignore[no-untyped-def]
    """The cause is recorded, not parsed from the free text an agent typed."""
    lifecycle.suspend(fast13, actor=None, reason="insuffisance de crédits, en attente d'un ajustement de la dotation")
    _adjust(fast13)
    assert fast13.status == Status.SUSPENDED


def test_a_tranche_release_never_lifts_a_suspension(fast13) -> None:  # type: ignore[no-untyped-def]
    alerts.suspend_for_insufficiency(fast13, actor=None)
    second = fast13.tranches.get(position=1)
    ledger.release_tranche(
        second, actor=None, released_on=datetime.date(2023, 11, 30), decision="accord", review="bilan"
    )
    fast13.refresh_from_db()
    assert fast13.status == Status.SUSPENDED
