"""An agent's way through the back office, in Chromium: list → convention → organisation, and back.

The core flows are plain links and forms: one test runs them with JavaScript disabled.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from conventio.register.enums import Status
from conventio.register.models import Convention
from tests.browser.conftest import login
from tests.register import factories


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_list_to_convention_to_organisation(page: Any) -> None:
    factories.programme_team_member()
    fast13 = factories.fast13_refugies_info()
    factories.djepva_api_engagement()
    login(page, "equipe", "x")
    page.wait_for_url("**/")
    assert page.get_by_role("heading", level=1).inner_text() == "Conventions"
    assert "2 conventions" in page.locator("#result-count").inner_text()

    page.get_by_role("textbox", name="Rechercher").fill("Réfugiés")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(lambda url: "q=R%C3%A9fugi%C3%A9s" in url)
    assert "1 convention" in page.locator("#result-count").inner_text()

    page.get_by_role("link", name=fast13.title).click()
    page.wait_for_url(f"**/conventions/{fast13.pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == fast13.title
    assert page.get_by_text("220\u00a0000,00\u00a0€").first.is_visible()

    page.get_by_role(
        "link", name="Délégation interministérielle à l'accueil et à l'intégration des réfugiés (DIAIR)"
    ).click()
    assert page.get_by_role("heading", level=1).inner_text().endswith("(DIAIR)")
    assert page.get_by_text("En tant que délégataire (1)").is_visible()

    page.get_by_role("link", name=fast13.title).click()
    page.wait_for_url(f"**/conventions/{fast13.pk}/")
    page.get_by_role("link", name="Conventions", exact=True).first.click()
    page.wait_for_url("**/")
    assert "2 conventions" in page.locator("#result-count").inner_text()


def test_sorting_and_filters_are_links_and_get_forms(page: Any) -> None:
    factories.programme_team_member()
    fast13 = factories.fast13_refugies_info()
    djepva = factories.djepva_api_engagement()
    login(page, "equipe", "x")
    page.wait_for_url("**/")
    page.get_by_role("link", name="Montant délégué").click()
    page.wait_for_url("**sort=amount*")
    rows = page.locator("tbody tr td:first-child a")
    assert rows.all_inner_texts() == [fast13.title, djepva.title]
    page.get_by_label("Programme", exact=True).select_option("163")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url("**programme=163*")
    assert page.locator("tbody tr td:first-child a").all_inner_texts() == [djepva.title]
    # The URL holds the whole state: it can be shared.
    assert "sort=amount" in page.url


@pytest.fixture
def page_without_js(browser: Any, live_server: Any) -> Iterator[Any]:
    context = browser.new_context(base_url=live_server.url, locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_core_flows_work_without_javascript(page_without_js: Any) -> None:
    page = page_without_js
    factories.programme_team_member()
    fast13 = factories.fast13_refugies_info()
    login(page, "equipe", "x")
    page.wait_for_url("**/")
    page.get_by_label("Statut").select_option("signed")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url("**status=signed*")
    assert page.get_by_role("link", name=fast13.title).is_visible()
    # A hand-edited URL with a value the number field cannot hold: ignored, with a message.
    page.goto("/?deadline_days=abc")
    assert page.get_by_text("Certains critères ont été ignorés").is_visible()
    page.goto(f"/conventions/{fast13.pk}/")
    page.get_by_role("button", name="Constater l'entrée en vigueur").click()
    page.wait_for_url(f"**/conventions/{fast13.pk}/#cycle-de-vie")
    assert page.get_by_text("Entrée en vigueur enregistrée").is_visible()
    assert Convention.objects.get(pk=fast13.pk).status == Status.IN_FORCE
    page.get_by_label("Motif").first.fill("Contrôle budgétaire")
    page.get_by_role("button", name="Suspendre").click()
    assert page.get_by_text("Suspension enregistrée").is_visible()
    assert Convention.objects.get(pk=fast13.pk).status == Status.SUSPENDED
