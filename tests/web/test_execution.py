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


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return member, convention


def _post(client: Client, convention: object, operation: str, **fields: str):  # type: ignore[no-untyped-def]
    data = {f"{operation}-{key}": value for key, value in fields.items()}
    return client.post(reverse("register:record_operation", args=[convention.pk, operation]), data)  # type: ignore[attr-defined]


def test_a_commitment_and_a_payment_recorded_from_the_page(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    client = _client(member)
    response = _post(client, convention, "engagement", ej_number="2103000001", date="2023-09-01", amount="80 000,00")
    assert response.status_code == 302
    response = _post(
        client,
        convention,
        "paiement",
        ej_number="2103000001",
        dp_number="100000001",
        date="2023-10-01",
        amount="30000",
    )
    assert response.status_code == 302
    state = ledger.balances(convention.ledger)
    assert (state.committed_ae, state.paid_cp) == (80000, 30000)


def test_a_commitment_beyond_the_released_credits_is_refused_on_the_page(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    response = _post(
        _client(member), convention, "engagement", ej_number="2103000009", date="2023-09-01", amount="120000"
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "Engagement refusé" in page and "10 000,00 €" in page  # which ceiling and by how much
    assert ledger.balances(convention.ledger).committed_ae == 0


@pytest.mark.parametrize(
    ("operation", "fields", "message"),
    [
        ("engagement", {"ej_number": "EJ1", "date": "2023-09-01", "amount": "beaucoup"}, "montant en euros"),
        ("engagement", {"ej_number": "EJ1", "date": "31/02/2023", "amount": "10"}, "date valide"),
        ("engagement", {"date": "2023-09-01", "amount": "10"}, "Indiquez le numéro"),
        (
            "paiement",
            {"ej_number": "inconnu", "dp_number": "DP1", "date": "2023-09-01", "amount": "10"},
            "aucun engagement",
        ),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_written(  # type: ignore[no-untyped-def]
    opened, operation: str, fields: dict[str, str], message: str
) -> None:
    member, convention = opened
    response = _post(_client(member), convention, operation, **fields)
    assert response.status_code in (400, 409)
    assert message in response.content.decode()
    assert not convention.ledger.movements.exists()


def test_operations_are_refused_to_whoever_may_not_change_the_convention(opened) -> None:  # type: ignore[no-untyped-def]
    _, convention = opened
    stranger = factories.user("inconnu")
    response = _post(_client(stranger), convention, "engagement", ej_number="EJ1", date="2023-09-01", amount="10")
    assert response.status_code == 404
    member, _ = factories.programme_team_member("autre"), None
    response = _post(_client(member), convention, "virement", ej_number="EJ1")
    assert response.status_code == 404
    assert not convention.ledger.movements.exists()


def test_the_conditioned_tranche_is_released_only_with_its_review(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    client = _client(member)
    second = convention.tranches.get(position=1)
    assert "Débloquer une tranche" in client.get(convention.get_absolute_url()).content.decode()
    response = _post(
        client,
        convention,
        "deblocage",
        tranche=str(second.pk),
        released_on="2023-11-30",
        decision="Accord du délégant",
    )
    assert response.status_code == 400
    assert "revue ou le bilan" in response.content.decode()
    assert not second.releases.exists()
    response = _post(
        client,
        convention,
        "deblocage",
        tranche=str(second.pk),
        released_on="2023-11-30",
        decision="Accord du délégant",
        review="Bilan de mi-parcours",
    )
    assert response.status_code == 302
    release = second.releases.get()
    assert release.created_by == member and release.review == "Bilan de mi-parcours"
    assert ledger.balances(convention.ledger).released_ae == 220000
    # Released once: the tranche is no longer offered, and a replayed form is refused.
    response = _post(
        client, convention, "deblocage", tranche=str(second.pk), released_on="2023-12-01", decision="x", review="y"
    )
    assert response.status_code == 400
    assert second.releases.count() == 1


def test_withdrawal_and_payment_cancellation_are_new_reversing_rows(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    client = _client(member)
    _post(client, convention, "engagement", ej_number="EJ1", date="2023-09-01", amount="50000")
    _post(client, convention, "paiement", ej_number="EJ1", dp_number="DP1", date="2023-10-01", amount="20000")
    response = _post(client, convention, "retrait", number="EJ1", date="2023-10-02", amount="40000", reason="fin")
    assert response.status_code == 409  # only 30 000 € are not paid yet
    assert "part non payée" in response.content.decode()
    response = _post(client, convention, "retrait", number="EJ1", date="2023-10-02", amount="30000", reason="fin")
    assert response.status_code == 302
    response = _post(client, convention, "annulation", number="DP1", date="2023-10-03", amount="5000", reason="erreur")
    assert response.status_code == 302
    response = _post(client, convention, "annulation", number="DP1", date="2023-10-03", amount="x", reason="erreur")
    assert response.status_code == 400
    state = ledger.balances(convention.ledger)
    assert (state.committed_ae, state.paid_cp) == (20000, 15000)
    assert convention.ledger.movements.count() == 4  # nothing edited: two rows reverse two others
