"""Dotation adjustments and the suspension for insufficiency, from the convention page.

FAST 13 (seed facts): AE 220 000 € and CP 110 000 € in 2023, CP 110 000 € in 2024, on
programme 352, centre financier 0352-CFSE-CFIN; in force from 28/07/2023.
"""

from __future__ import annotations

import datetime
import html
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from conventio.budget.enums import AllocationKind
from conventio.budget.models import Allocation
from conventio.budget.services import ledger
from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.services import lifecycle
from conventio.register.services.organisations import find_or_create_organisation
from conventio.trust.models import MemberRole, Membership
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal
LINE_2023 = "2023|352|0352-CFSE-CFIN"


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return member, convention


def _client(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def _post(client: Client, convention: object, operation: str, **fields: str):  # type: ignore[no-untyped-def]
    data = {f"{operation}-{key}": value for key, value in fields.items()}
    return client.post(reverse("register:record_operation", args=[convention.pk, operation]), data)  # type: ignore[attr-defined]


def _text(response) -> str:  # type: ignore[no-untyped-def]
    """The page as a reader sees it (entities decoded: « l'année », not « l&#x27;année »)."""
    return html.unescape(response.content.decode())


def _adjustments(convention: object) -> list[Allocation]:
    return list(Allocation.objects.filter(ledger__convention=convention).exclude(kind=AllocationKind.INITIAL))


def test_the_page_offers_the_adjustment_on_the_recorded_lines(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    page = _client(member).get(convention.get_absolute_url()).content.decode()
    assert "Ajuster la dotation" in page and "Suspendre pour insuffisance de crédits" in page
    assert f'value="{LINE_2023}"' in page
    assert "Exercice 2023 — programme 352 — centre financier 0352-CFSE-CFIN" in page
    assert "Dotations et ajustements" in page


def test_an_avenant_raises_the_dotation_and_is_audited(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    client = _client(member)
    response = _post(
        client, convention, "ajustement", line=LINE_2023, ae="10 000,00", cp="", kind="avenant",
        reason="avenant n° 1",
    )  # fmt: skip
    assert response.status_code == 302
    (row,) = _adjustments(convention)
    assert (row.kind, row.year, row.ae, row.cp) == (AllocationKind.AVENANT, 2023, D("10000.00"), D("0.00"))
    assert (row.programme, row.centre_financier, row.reason) == ("352", "0352-CFSE-CFIN", "avenant n° 1")
    assert row.created_by == member
    assert ledger.balances(convention.ledger).allocated_ae == D("230000.00")
    event = AuditEvent.objects.get(action="conventio.budget.allocation.adjusted")
    assert event.actor == member and "avenant n° 1" in event.message
    page = client.get(convention.get_absolute_url()).content.decode()
    assert "Ajustement de la dotation 2023 enregistré." in page
    assert "avenant n° 1" in page  # in the dotations table


def test_a_new_year_line_and_a_reduction(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    client = _client(member)
    response = _post(
        client, convention, "ajustement", line="nouvelle", year="2025", programme="352", ae="5000",
        kind="adjustment", reason="ajustement de dotation",
    )  # fmt: skip
    assert response.status_code == 302
    # A reduction of AE only would leave cumulative CP (220 000 € in 2024) above cumulative AE.
    response = _post(client, convention, "ajustement", line=LINE_2023, ae="−2 500", cp="-2 500,00", reason="réduction")
    assert response.status_code == 302
    rows = _adjustments(convention)
    assert [(r.year, r.programme, r.ae, r.cp) for r in rows] == [
        (2023, "352", D("-2500.00"), D("-2500.00")),
        (2025, "352", D("5000.00"), D("0.00")),
    ]
    assert ledger.balances(convention.ledger).allocated_ae == D("222500.00")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        # Cumulative CP in 2023 (110 000 + 120 000) would exceed cumulative AE (220 000).
        (
            {"line": LINE_2023, "cp": "120000"},
            "Dotation refusée : en 2023, les CP cumulés (230 000,00 €) dépasseraient les AE cumulées (220 000,00 €)",
        ),
        # AE 190 000 < 200 000 committed (cumulative CP 190 000 ≤ AE 190 000 stays true).
        (
            {"line": LINE_2023, "ae": "-30000", "cp": "-30000"},
            "Ajustement refusé : les AE allouées (190 000,00 €) seraient inférieures aux AE déjà engagées "
            "(200 000,00 €)",
        ),
        # 2023 CP 30 000 < 40 000 paid in 2023.
        (
            {"line": LINE_2023, "cp": "-80000"},
            "Ajustement refusé : les CP de 2023 (30 000,00 €) seraient inférieurs aux paiements déjà faits",
        ),
    ],
)
def test_adjustments_breaking_a_ceiling_are_refused_with_the_ledger_message(  # type: ignore[no-untyped-def]
    opened, fields: dict[str, str], message: str
) -> None:
    member, convention = opened
    ledger.commit(convention, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 1), amount="80000")
    ledger.pay(
        convention, actor=None, ej_number="EJ1", dp_number="DP1", date=datetime.date(2023, 10, 1), amount="40000"
    )
    second = convention.tranches.get(position=1)
    ledger.release_tranche(second, actor=None, released_on=datetime.date(2023, 11, 30), decision="D", review="R")
    ledger.commit(convention, actor=None, ej_number="EJ2", date=datetime.date(2023, 12, 1), amount="120000")
    response = _post(_client(member), convention, "ajustement", reason="ajustement", **fields)
    assert response.status_code == 409
    assert message in _text(response)
    assert not _adjustments(convention)
    assert not AuditEvent.objects.filter(action="conventio.budget.allocation.adjusted").exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"line": LINE_2023, "ae": "1000"}, "Indiquez le motif ou la référence"),
        ({"line": LINE_2023, "ae": "beaucoup", "reason": "x"}, "Indiquez une variation en euros"),
        ({"line": LINE_2023, "reason": "x"}, "ne change aucun montant"),
        ({"ae": "1000", "reason": "x"}, "Choisissez la ligne de dotation"),
        ({"line": "2031|999|inconnu", "ae": "1000", "reason": "x"}, "Cette ligne de dotation n'existe pas"),
        ({"line": "nouvelle", "ae": "1000", "reason": "x"}, "Indiquez l'année du nouvel exercice"),
        ({"line": "nouvelle", "year": "1800", "ae": "1000", "reason": "x"}, "L'année de l'exercice n'est pas valide"),
        ({"line": LINE_2023, "ae": "1000", "reason": "x", "kind": "initial"}, "Choisissez « ajustement"),
        ({"line": LINE_2023, "ae": "1" + "0" * 16, "reason": "x"}, "Assurez-vous"),
        # Refused by the ledger itself (InvalidInput: 400): 2024 has no AE to reduce.
        ({"line": "2024|352|0352-CFSE-CFIN", "ae": "-1", "reason": "x"}, "La dotation de 2024 deviendrait négative"),
    ],
)
def test_bad_adjustment_input_is_refused_with_a_message_and_nothing_written(  # type: ignore[no-untyped-def]
    opened, fields: dict[str, str], message: str
) -> None:
    member, convention = opened
    response = _post(_client(member), convention, "ajustement", **fields)
    assert response.status_code == 400
    assert message in _text(response)
    assert not _adjustments(convention)


def test_suspension_for_insufficiency_then_an_adjustment_resumes_execution(opened) -> None:  # type: ignore[no-untyped-def]
    member, convention = opened
    client = _client(member)
    response = _post(client, convention, "suspension")
    assert response.status_code == 400
    assert "Cochez la confirmation" in _text(response)
    convention.refresh_from_db()
    assert convention.status == Status.IN_FORCE

    response = _post(client, convention, "suspension", confirm="on")
    assert response.status_code == 302
    convention.refresh_from_db()
    assert convention.status == Status.SUSPENDED
    event = AuditEvent.objects.get(action="conventio.register.convention.suspend")
    assert event.actor == member and "insuffisance de crédits" in event.message
    page = client.get(convention.get_absolute_url()).content.decode()
    assert "La convention est suspendue pour insuffisance de crédits" in page  # the success message
    assert "Suspendre pour insuffisance de crédits" not in page  # not offered twice

    # Suspended: commitments are refused; a second suspension is refused by the lifecycle.
    response = _post(client, convention, "engagement", ej_number="EJ1", date="2023-09-01", amount="10")
    assert response.status_code == 400 and "suspendue" in response.content.decode()
    response = _post(client, convention, "suspension", confirm="on")
    assert response.status_code == 409
    assert "Suspension impossible : la convention est « suspendue »" in _text(response)

    response = _post(client, convention, "ajustement", line=LINE_2023, ae="20000", cp="", reason="avenant n° 1")
    assert response.status_code == 302
    convention.refresh_from_db()
    assert convention.status == Status.IN_FORCE
    page = client.get(convention.get_absolute_url()).content.decode()
    assert "La suspension est levée : la convention est de nouveau en vigueur." in page
    assert AuditEvent.objects.filter(action="conventio.register.convention.resume").exists()
    response = _post(client, convention, "engagement", ej_number="EJ1", date="2023-09-01", amount="10")
    assert response.status_code == 302


def test_agents_of_another_organisation_and_readers_may_not_adjust_nor_suspend(opened) -> None:  # type: ignore[no-untyped-def]
    _, convention = opened
    elsewhere = factories.user("ailleurs")
    other = find_or_create_organisation(name="Agence sans rapport", acronym="ASR")
    Membership.objects.create(user=elsewhere, organisation=other, role=MemberRole.AGENT)
    reader = factories.user("lecteur")
    party = convention.parties.first().organisation
    Membership.objects.create(user=reader, organisation=party, role=MemberRole.READER)
    for user, status in ((elsewhere, 404), (reader, 403)):
        client = _client(user)
        response = _post(client, convention, "ajustement", line=LINE_2023, ae="1000", reason="avenant")
        assert response.status_code == status
        response = _post(client, convention, "suspension", confirm="on")
        assert response.status_code == status
    response = _post(Client(), convention, "suspension", confirm="on")
    assert response.status_code == 302 and "connexion" in response["Location"]
    assert not _adjustments(convention)
    convention.refresh_from_db()
    assert convention.status == Status.IN_FORCE
    # A reader sees the section but not the forms.
    page = _client(reader).get(convention.get_absolute_url()).content.decode()
    assert "Consommation dans le temps" in page and "Ajuster la dotation" not in page
