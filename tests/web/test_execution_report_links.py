"""The convention page links to the end-of-term execution report (PDF, XLSX) once the ledger is open."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conventio.register.services import lifecycle
from conventio.trust.models import MemberRole
from tests.budget.test_report_execution import open_fast13
from tests.register import factories
from tests.web.test_permissions import member


pytestmark = pytest.mark.django_db

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A DSFR download link: `fr-link fr-link--download`, then the format hint in `fr-link__detail`.
DOWNLOAD_LINK = re.compile(
    r'<a class="fr-link fr-link--download"[^>]*href="(?P<href>[^"]+)"[^>]*>[^<]*'
    r'<span class="fr-link__detail">(?P<detail>[^<]+)</span>'
)


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def download_links(page: str) -> dict[str, str]:
    """The page's DSFR download links to the execution report, by format hint (« PDF », « XLSX »)."""
    return {
        match["detail"].split()[0]: match["href"]
        for match in DOWNLOAD_LINK.finditer(page)
        if "rapport-execution" in match["href"]
    }


def test_a_reader_sees_both_report_links_and_they_download() -> None:
    convention = open_fast13()
    client = signed_in(member("lecteur", "DIAIR", MemberRole.READER))
    page = client.get(convention.get_absolute_url()).content.decode()
    links = download_links(page)
    assert links == {
        "PDF": reverse("register:execution_report_pdf", args=[convention.pk]),
        "XLSX": reverse("register:execution_report_xlsx", args=[convention.pk]),
    }
    assert "Compte rendu d'exécution" in page
    for extension, href in (("pdf", links["PDF"]), ("xlsx", links["XLSX"])):
        response = client.get(href)
        assert response.status_code == 200
        assert response["Content-Type"] == CONTENT_TYPES[extension]
        assert response["Content-Disposition"].endswith(f'.{extension}"')


def test_no_report_link_before_the_ledger_is_opened() -> None:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    page = signed_in(factories.programme_team_member()).get(convention.get_absolute_url()).content.decode()
    assert "Ouvrir le suivi budgétaire" in page
    assert download_links(page) == {}
    assert "rapport-execution" not in page
