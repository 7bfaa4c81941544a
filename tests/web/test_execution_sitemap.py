"""The sitemap lists the execution pages: the portfolio and the Chorus imports, with the header's names."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.register import factories


pytestmark = pytest.mark.django_db


def _links(content: str) -> dict[str, str]:
    """The page's main-content links: label → href."""
    main = content[content.index('id="content"') : content.index("<footer")] if "<footer" in content else content
    return {
        html.unescape(re.sub(r"<[^>]+>", "", label)).strip(): href
        for href, label in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', main, flags=re.S)
    }


def test_the_sitemap_lists_the_portfolio_and_the_chorus_pages() -> None:
    response = Client().get(reverse("footer-sitemap"))
    assert response.status_code == 200
    links = _links(response.content.decode())
    assert links["Portefeuille"] == reverse("register:portfolio")
    assert links["Imports Chorus"] == reverse("register:chorus_imports")
    assert links["Importer une extraction Chorus"] == reverse("register:chorus_upload")
    assert links["Conventions"] == reverse("register:conventions")


@pytest.mark.parametrize("name", ["register:portfolio", "register:chorus_imports", "register:chorus_upload"])
def test_the_listed_pages_open_for_a_signed_in_agent(name: str) -> None:
    client = Client()
    client.force_login(factories.programme_team_member())
    assert client.get(reverse(name)).status_code == 200
