"""The convention page tells a suspension for insufficiency (lifted by an adjustment) from another one.

FAST 13 (seed facts): 2023 line « 2023|352|0352-CFSE-CFIN »; in force from 28/07/2023.
"""

from __future__ import annotations

import datetime
import html

import pytest
from django.test import Client
from django.urls import reverse

from conventio.budget.services import ledger
from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

LINE_2023 = "2023|352|0352-CFSE-CFIN"


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    client = Client()
    client.force_login(member)
    return client, convention


def _adjust(client: Client, convention):  # type: ignore[no-untyped-def]
    data = {"ajustement-line": LINE_2023, "ajustement-ae": "20000", "ajustement-reason": "avenant n° 1"}
    return client.post(reverse("register:record_operation", args=[convention.pk, "ajustement"]), data, follow=True)


def _text(response) -> str:  # type: ignore[no-untyped-def]
    return html.unescape(response.content.decode())


def test_a_suspension_for_a_dispute_stays_after_an_adjustment_and_the_page_says_so(opened) -> None:  # type: ignore[no-untyped-def]
    client, convention = opened
    lifecycle.suspend(convention, actor=None, reason="litige sur les livrables")
    page = _text(client.get(convention.get_absolute_url()))
    assert "motif : litige sur les livrables" in page
    assert "un ajustement de la dotation ne la lève pas" in page

    response = _adjust(client, convention)
    assert response.status_code == 200
    convention.refresh_from_db()
    assert convention.status == Status.SUSPENDED
    page = _text(response)
    assert "Ajustement de la dotation 2023 enregistré." in page
    assert "La convention reste suspendue" in page
    assert "La suspension est levée" not in page
    assert not AuditEvent.objects.filter(action="conventio.register.convention.resume").exists()


def test_a_suspension_for_insufficiency_is_lifted_and_the_page_says_so(opened) -> None:  # type: ignore[no-untyped-def]
    client, convention = opened
    response = client.post(
        reverse("register:record_operation", args=[convention.pk, "suspension"]), {"suspension-confirm": "on"}
    )
    assert response.status_code == 302
    page = _text(client.get(convention.get_absolute_url()))
    assert "lève cette suspension pour insuffisance de crédits" in page

    response = _adjust(client, convention)
    convention.refresh_from_db()
    assert convention.status == Status.IN_FORCE
    page = _text(response)
    assert "La suspension est levée : la convention est de nouveau en vigueur." in page
    assert "La convention reste suspendue" not in page
