"""A refused (409) or invalid (400) operation comes back in its place, with what was typed and the errors.

FAST 13 (seed facts): 110 000 € of AE released at signature, 2023 line
« 2023|352|0352-CFSE-CFIN », in force from 28/07/2023. Every operation of the execution
section's dispatch is posted once wrong; the response shows the form filled in (the
agent's values, not an empty form), the message beside the field it concerns (DSFR
error state) or at the head of the form, and nothing is written.
"""

from __future__ import annotations

import datetime
import html
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conventio.budget.models import Allocation, Movement, TrancheRelease
from conventio.budget.services import ledger
from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.services import lifecycle
from conventio.web.views.execution import OPERATIONS
from tests.register import factories


pytestmark = pytest.mark.django_db

LINE_2023 = "2023|352|0352-CFSE-CFIN"


@pytest.fixture
def opened() -> tuple[Client, Any]:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    ledger.commit(convention, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 1), amount="50000")
    ledger.pay(
        convention, actor=None, ej_number="EJ1", dp_number="DP1", date=datetime.date(2023, 10, 1), amount="20000"
    )
    client = Client()
    client.force_login(member)
    return client, convention


def _written(convention: Any) -> tuple[int, int, int, int, str]:
    convention.refresh_from_db()
    return (
        Movement.objects.filter(ledger__convention=convention).count(),
        Allocation.objects.filter(ledger__convention=convention).count(),
        TrancheRelease.objects.filter(ledger__convention=convention).count(),
        # A refused over-commitment raises the insufficiency alert (and its audit event): that is the rule.
        AuditEvent.objects.filter(scope=convention.scope)
        .exclude(action__startswith="conventio.budget.alert.")
        .count(),
        convention.status,
    )


def _form(page: str, operation: str) -> str:
    """The markup of the operation's form on the page."""
    match = re.search(rf'<form [^>]*id="operation-{operation}".*?</form>', page, re.S)
    assert match, f"form {operation} not on the page"
    return match.group(0)


def _field_group(form: str, operation: str, field: str) -> str:
    """The DSFR group (label, input, error) of one field, up to the next group."""
    start = form.index(f'id="id_{operation}-{field}"')
    begin = form.rfind('<div class="fr-', 0, start)
    end = form.find('<div class="fr-', start)
    return form[begin : end if end != -1 else len(form)]


# (operation, posted fields, status, field in error or None for the form's own error, message, values shown)
CASES = [
    (
        "engagement",
        {"ej_number": "EJ9", "date": "2023-09-02", "amount": "beaucoup", "supplier": "Coach & fils"},
        400,
        "amount",
        "Indiquez un montant en euros",
        {"ej_number": "EJ9", "date": "2023-09-02", "amount": "beaucoup", "supplier": "Coach &amp; fils"},
    ),
    (
        "engagement",
        {"ej_number": "EJ9", "date": "2023-09-02", "amount": "120 000,00", "marche": "BC 17"},
        409,
        "amount",
        "Engagement refusé",
        {"ej_number": "EJ9", "amount": "120 000,00", "marche": "BC 17"},
    ),
    (
        "paiement",
        {"ej_number": "EJ1", "dp_number": "DP9", "date": "2023-10-02", "amount": "40 000"},
        409,
        "amount",
        "dépasseraient l'engagement",
        {"ej_number": "EJ1", "dp_number": "DP9", "amount": "40 000", "date": "2023-10-02"},
    ),
    (
        "paiement",
        {"ej_number": "inconnu", "dp_number": "DP9", "date": "2023-10-02", "amount": "10"},
        400,
        None,
        "aucun engagement",
        {"ej_number": "inconnu", "dp_number": "DP9"},
    ),
    (
        "retrait",
        {"number": "EJ1", "date": "2023-10-02", "amount": "40000", "reason": "fin des travaux"},
        409,
        "amount",
        "part non payée",
        {"number": "EJ1", "amount": "40000", "reason": "fin des travaux"},
    ),
    (
        "annulation",
        {"number": "DP1", "date": "pas une date", "amount": "5000", "reason": "erreur"},
        400,
        "date",
        "Indiquez une date valide",
        {"number": "DP1", "date": "pas une date", "amount": "5000", "reason": "erreur"},
    ),
    (
        "deblocage",
        {"tranche": "SECOND", "released_on": "2023-11-30", "decision": "Accord du délégant"},
        400,
        None,
        "revue ou le bilan",
        {"released_on": "2023-11-30", "decision": "Accord du délégant"},
    ),
    (
        "ajustement",
        {"line": LINE_2023, "ae": "", "cp": "", "reason": "avenant n° 1"},
        400,
        None,
        "ne change aucun montant",
        {"reason": "avenant n° 1"},
    ),
    (
        "ajustement",
        {"line": "nouvelle", "year": "", "ae": "abc", "reason": "ajustement"},
        400,
        "year",
        "Indiquez l'année du nouvel exercice",
        {"ae": "abc", "reason": "ajustement"},
    ),
    (
        "ajustement",
        {"line": LINE_2023, "ae": "", "cp": "120 000", "reason": "erreur de saisie"},
        409,
        None,
        "CP cumulés",
        {"cp": "120 000", "reason": "erreur de saisie"},
    ),
    ("suspension", {}, 400, "confirm", "Cochez la confirmation", {}),
]


@pytest.mark.parametrize(
    ("operation", "fields", "status", "field", "message", "shown"),
    CASES,
    ids=[f"{case[0]}-{case[2]}-{case[3] or 'form'}" for case in CASES],
)
def test_the_form_comes_back_bound_in_its_place(  # noqa: PLR0913
    opened: tuple[Client, Any],
    operation: str,
    fields: dict[str, str],
    status: int,
    field: str | None,
    message: str,
    shown: dict[str, str],
) -> None:
    client, convention = opened
    if fields.get("tranche") == "SECOND":
        fields = {**fields, "tranche": str(convention.tranches.get(position=1).pk)}
    before = _written(convention)
    data = {f"{operation}-{key}": value for key, value in fields.items()}
    response = client.post(reverse("register:record_operation", args=[convention.pk, operation]), data)
    assert response.status_code == status
    assert _written(convention) == before  # nothing written: no ledger row, no change audited

    page = response.content.decode()
    form = _form(page, operation)
    for name, value in shown.items():
        assert re.search(rf'name="{operation}-{name}"[^>]*value="{re.escape(value)}"', form) or re.search(
            rf'value="{re.escape(value)}"[^>]*name="{operation}-{name}"', form
        ), f"{name}={value!r} not shown back"
    if fields.get("line"):
        assert re.search(rf'<option value="{re.escape(fields["line"])}" selected>', form)
    if field is not None:
        group = _field_group(form, operation, field)
        assert "--error" in group  # DSFR error state on the field's group
        assert f'id="id_{operation}-{field}-desc-error"' in group
        assert html.escape(message) in group or message in html.unescape(group)
        assert re.search(
            rf'id="id_{operation}-{field}"[^>]*autofocus|autofocus[^>]*id="id_{operation}-{field}"', group
        )
    else:
        head = form[: form.index('<div class="fr-input-group')] if '<div class="fr-input-group' in form else form
        assert "fr-input-group--error" in head and message in html.unescape(head)
    assert form.count("autofocus") == 1  # the focus brings the agent back to this form
    # The other operations' forms stay empty.
    others = [name for name in OPERATIONS if name not in (operation, "deblocage", "suspension")]
    for other in others:
        assert "--error" not in _form(page, other)


def test_every_operation_of_the_dispatch_is_covered() -> None:
    assert {case[0] for case in CASES} == set(OPERATIONS)


def test_a_release_refused_when_no_tranche_is_left_still_says_why(opened: tuple[Client, Any]) -> None:
    """With no tranche to release the page offers no release form: the refusal heads the page."""
    client, convention = opened
    second = convention.tranches.get(position=1)
    ledger.release_tranche(second, actor=None, released_on=datetime.date(2023, 11, 30), decision="a", review="b")
    before = _written(convention)
    data = {"deblocage-tranche": str(second.pk), "deblocage-released_on": "2023-12-01", "deblocage-decision": "x"}
    response = client.post(reverse("register:record_operation", args=[convention.pk, "deblocage"]), data)
    assert response.status_code == 400
    assert "déjà débloquée" in html.unescape(response.content.decode())
    assert 'id="operation-deblocage"' not in response.content.decode()
    assert _written(convention) == before


def test_a_suspension_refused_on_a_suspended_convention(opened: tuple[Client, Any]) -> None:
    client, convention = opened
    lifecycle.suspend(convention, actor=None, reason="litige")
    response = client.post(
        reverse("register:record_operation", args=[convention.pk, "suspension"]), {"suspension-confirm": "on"}
    )
    assert response.status_code == 409
    assert "Suspension impossible" in html.unescape(response.content.decode())
    convention.refresh_from_db()
    assert convention.status == Status.SUSPENDED
