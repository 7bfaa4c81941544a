"""The fixed pages and the login page: open to all, French, true to what the service does."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from tests.register import factories


pytestmark = pytest.mark.django_db


def text_of(response: Any) -> str:
    content = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", content)))


@pytest.mark.parametrize(
    ("name", "title", "expected"),
    [
        (
            "footer-accessibility-status",
            "Déclaration d'accessibilité",
            ["partiellement conforme", "RGAA", "axe-core", "schéma pluriannuel", "Défenseur des droits"],
        ),
        ("footer-legal-notice", "Mentions légales", ["Direction interministérielle du numérique", "Hébergement"]),
        (
            "footer-personal-data",
            "Données personnelles",
            ["Responsable du traitement", "Base légale", "Durées de conservation", "Vos droits", "CNIL"],
        ),
        ("footer-sitemap", "Plan du site", ["Conventions", "Organisations", "Mentions légales"]),
        ("footer-cookie-management", "Gestion des cookies", ["sessionid", "csrftoken", "strictement nécessaires"]),
    ],
)
def test_fixed_pages(name: str, title: str, expected: list[str]) -> None:
    response = Client().get(reverse(name))
    assert response.status_code == 200
    page = text_of(response)
    head_title = re.search(r"<title>\s*(.*?)\s*</title>", response.content.decode(), flags=re.S)
    assert head_title is not None and html.unescape(head_title.group(1)) == f"{title} — conventio"
    heading = re.search(r"<h1>(.*?)</h1>", response.content.decode())
    assert heading is not None and html.unescape(heading.group(1)) == title
    for text in expected:
        assert text in page, text


def test_footer_has_the_mandatory_state_links() -> None:
    content = Client().get(reverse("footer-sitemap")).content.decode()
    for name in (
        "footer-accessibility-status",
        "footer-legal-notice",
        "footer-personal-data",
        "footer-cookie-management",
    ):
        assert f'href="{reverse(name)}"' in content, name
    for site in ("info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"):
        assert site in content
    assert "Accessibilité : partiellement conforme" in text_of(Client().get(reverse("footer-sitemap")))


def test_pages_state_placeholders_until_the_deployment_is_described() -> None:
    page = text_of(Client().get(reverse("footer-legal-notice")))
    assert "[hébergeur à renseigner]" in page
    assert "[adresse de contact à renseigner]" in page


@override_settings(
    CONVENTIO_HOST_NAME="Hébergeur Exemple SAS",
    CONVENTIO_HOST_ADDRESS="1 rue de l'Exemple, 75000 Paris",
    CONVENTIO_CONTACT_EMAIL="registre@example.gouv.fr",
    CONVENTIO_PUBLICATION_DIRECTOR="la directrice interministérielle du numérique",
)
def test_pages_state_the_deployment_from_settings() -> None:
    legal = text_of(Client().get(reverse("footer-legal-notice")))
    assert "Hébergeur Exemple SAS" in legal and "1 rue de l'Exemple, 75000 Paris" in legal
    assert "La directrice interministérielle du numérique" in legal
    assert "registre@example.gouv.fr" in legal
    assert "Hébergeur Exemple SAS" in text_of(Client().get(reverse("footer-personal-data")))
    assert 'href="mailto:registre@example.gouv.fr"' in Client().get(reverse("login")).content.decode()


def test_login_page_labels_and_errors() -> None:
    factories.user("agent")
    client = Client()
    content = client.get(reverse("login")).content.decode()
    assert '<label class="fr-label" for="id_username">Identifiant</label>' in content
    assert '<label class="fr-label" for="id_password">Mot de passe</label>' in content
    assert ">Se connecter</button>" in content
    response = client.post(reverse("login"), {"username": "agent", "password": "faux"})
    assert response.status_code == 200
    assert "fr-message--error" in response.content.decode()
    assert 'value="agent"' in response.content.decode()
    response = client.post(reverse("login"), {"username": "agent", "password": "x"})
    assert response.status_code == 302 and response["Location"] == reverse("register:conventions")


def test_logout_is_a_post_and_returns_to_login() -> None:
    client = Client()
    client.force_login(factories.user("agent"))
    response = client.post(reverse("logout"))
    assert response.status_code == 302 and response["Location"] == reverse("login")
    assert client.get(reverse("register:conventions")).status_code == 302


def test_skip_links_and_language() -> None:
    content = Client().get(reverse("login")).content.decode()
    assert '<html lang="fr"' in content
    assert 'href="#content"' in content and 'href="#footer"' in content
