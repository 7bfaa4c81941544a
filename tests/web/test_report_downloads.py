"""Downloading a convention's execution report: who may, what comes back, and the refusals."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pypdfium2
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from conventio.trust.models import MemberRole
from tests.budget.test_report_execution import open_fast13, replay_fast13
from tests.register import factories
from tests.web.test_permissions import member


pytestmark = pytest.mark.django_db

NAMES = ("register:execution_report_pdf", "register:execution_report_xlsx")


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def fast13() -> Any:
    return replay_fast13(open_fast13())


def test_a_reader_of_a_party_downloads_both_formats(fast13: Any) -> None:
    client = signed_in(member("lecteur", "DIAIR", MemberRole.READER))
    today = timezone.localdate().isoformat()

    response = client.get(reverse("register:execution_report_pdf", args=[fast13.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="compte-rendu-execution-convention-de-delegation-de-gestion-fast-13-refugiesinfo-'
        f'{today}.pdf"'
    )
    document = pypdfium2.PdfDocument(response.content)
    try:
        text = document[0].get_textpage().get_text_range().replace("\u00a0", " ")
    finally:
        document.close()
    assert "Compte rendu d'exécution" in text and "115 000,50 €" in text

    response = client.get(reverse("register:execution_report_xlsx", args=[fast13.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert response["Content-Disposition"].endswith(f'-{today}.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    total = [row for row in workbook["Par année"].iter_rows(values_only=True) if row[0] == "Total"][0]
    assert str(total[4]) == "115000.5"


@pytest.mark.parametrize("name", NAMES)
def test_whoever_may_not_see_the_convention_gets_a_404(fast13: Any, name: str) -> None:
    stranger = member("agent-ailleurs", "DJEPVA", MemberRole.BUDGET_OFFICER)
    response = signed_in(stranger).get(reverse(name, args=[fast13.pk]))
    assert response.status_code == 404
    assert "existe pas" in response.content.decode()


@pytest.mark.parametrize("name", NAMES)
def test_anonymous_visitors_are_sent_to_sign_in(fast13: Any, name: str) -> None:
    response = Client().get(reverse(name, args=[fast13.pk]))
    assert response.status_code == 302 and "connexion" in response["Location"]


@pytest.mark.parametrize("name", NAMES)
def test_no_ledger_or_no_convention_is_a_404(name: str) -> None:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    client = signed_in(factories.programme_team_member())
    response = client.get(reverse(name, args=[convention.pk]))
    assert response.status_code == 404
    assert "suivi budgétaire" in response.content.decode()
    assert client.get(reverse(name, args=[convention.pk + 1000])).status_code == 404
    ledger.open_ledger(convention, actor=None)
    assert client.get(reverse(name, args=[convention.pk])).status_code == 200


@pytest.mark.parametrize("name", NAMES)
def test_a_download_is_read_only(fast13: Any, name: str) -> None:
    client = signed_in(factories.programme_team_member("equipe-2"))
    assert client.post(reverse(name, args=[fast13.pk])).status_code == 405
