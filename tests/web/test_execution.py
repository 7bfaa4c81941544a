"""The « Exécution budgétaire » section of the convention page, and opening the ledger."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from conventio.budget.models import Ledger
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db


def _client(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def test_a_programme_team_member_opens_the_ledger_and_sees_the_balances_per_year() -> None:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    client = _client(member)
    page = client.get(convention.get_absolute_url()).content.decode()
    assert "Ouvrir le suivi budgétaire" in page
    response = client.post(reverse("register:open_execution", args=[convention.pk]))
    assert response.status_code == 302
    assert Ledger.objects.filter(convention=convention).exists()
    ledger.commit(convention, actor=member, ej_number="2103000001", date=datetime.date(2023, 9, 1), amount="80000")
    page = client.get(convention.get_absolute_url()).content.decode()
    assert "Exécution par exercice" in page
    assert "80\u00a0000,00\u00a0€" in page  # AE engagées
    assert "30\u00a0000,00\u00a0€" in page  # AE encore disponibles (110 000 released − 80 000)


def test_opening_is_refused_to_whoever_may_only_read_or_not_see() -> None:
    convention = factories.fast13_refugies_info()
    stranger = factories.user("inconnu")
    response = _client(stranger).post(reverse("register:open_execution", args=[convention.pk]))
    assert response.status_code == 404
    assert not Ledger.objects.exists()
    response = Client().post(reverse("register:open_execution", args=[convention.pk]))
    assert response.status_code == 302 and "connexion" in response["Location"]
    assert not Ledger.objects.exists()


def test_opening_needs_a_post() -> None:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    assert _client(member).get(reverse("register:open_execution", args=[convention.pk])).status_code == 405
