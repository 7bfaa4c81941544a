"""axe-core on every back-office page template: no serious or critical violation.

The register holds both seed conventions (FAST 13 with an avenant and its original
document, so the convention page shows every section and the diff page has two
versions); pages are visited signed in as a programme-team member (who also sees the
lifecycle, termination and merge forms) and, for the login and fixed pages, anonymously.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from conventio.budget.services import ledger
from conventio.register.models import SourceDocument
from conventio.register.services import lifecycle
from conventio.register.services.registration import apply_avenant
from tests.browser.a11y import assert_accessible
from tests.browser.conftest import login
from tests.conftest import FAST13
from tests.register import factories


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def rich_register() -> dict[str, Any]:
    """Both seeds registered, FAST 13 with an avenant and its original document; a programme-team agent."""
    team = factories.programme_team_member()
    fast13 = factories.fast13_refugies_info(team)
    djepva = factories.djepva_api_engagement(team)
    facts = factories.fast13_facts()
    facts["end_date"] = "2024-12-31"
    apply_avenant(fast13, facts, actor=team, avenant_number=1)
    content = FAST13.read_bytes()
    SourceDocument.objects.create(
        convention=fast13,
        name=FAST13.name,
        format="text",
        size=len(content),
        sha256=SourceDocument.digest(content),
        content=content,
        uploaded_by=team,
    )
    # DJEPVA's page also shows an opened budget ledger (execution table, released tranches).
    lifecycle.enter_into_force(djepva, actor=team, on=datetime.date(2024, 1, 25))
    ledger.open_ledger(djepva, actor=team)
    dinum = next(p.organisation for p in fast13.parties.all() if p.organisation.acronym == "DINUM")
    return {"team": team, "fast13": fast13, "djepva": djepva, "dinum": dinum}


@pytest.mark.parametrize(
    "path",
    ["/connexion/", "/accessibilite/", "/mentions-legales/", "/donnees-personnelles/", "/plan-du-site/", "/cookies/"],
)
def test_public_pages(page: Any, path: str) -> None:
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_login_page_with_an_error(page: Any) -> None:
    factories.user("agent")
    login(page, "agent", "wrong")
    assert page.locator(".fr-message--error").count() >= 1
    assert_accessible(page)


def _back_office_paths(register: dict[str, Any]) -> dict[str, str]:
    fast13, djepva, dinum = register["fast13"], register["djepva"], register["dinum"]
    return {
        "list": "/",
        "list, searched and filtered (one invalid filter)": "/?q=beta&status=in_force&deadline_days=abc&sort=-amount",
        "list, no result": "/?q=introuvable",
        "convention FAST 13 (avenant, document)": f"/conventions/{fast13.pk}/",
        "convention DJEPVA (annex objectives)": f"/conventions/{djepva.pk}/",
        "version diff": f"/conventions/{fast13.pk}/versions/?first=1&second=2",
        "version diff, bad input": f"/conventions/{fast13.pk}/versions/?first=1&second=9",
        "version diff, single version": f"/conventions/{djepva.pk}/versions/",
        "portfolio (one opened ledger, one not)": "/portefeuille/",
        "portfolio, by year, sorted, one invalid filter": "/portefeuille/?year=2024&status=perdu&sort=-ae_rate",
        "organisation list": "/organisations/",
        "organisation page (merge form)": f"/organisations/{dinum.pk}/",
        "refusal (not found)": "/conventions/999999/",
    }


def test_back_office_pages(page: Any) -> None:
    register = rich_register()
    login(page, "equipe", "x")
    page.wait_for_url("**/")
    failures = []
    for name, path in _back_office_paths(register).items():
        page.goto(path)
        try:
            assert_accessible(page)
        except AssertionError as error:
            failures.append(f"{name} ({path}):\n{error}")
    assert not failures, "\n\n".join(failures)


def test_convention_page_with_a_refused_action(page: Any) -> None:
    register = rich_register()
    login(page, "equipe", "x")
    page.wait_for_url("**/")
    page.goto(f"/conventions/{register['fast13'].pk}/")
    # Suspend without a reason: the service refuses, the page shows the DSFR error alert.
    page.get_by_role("button", name="Constater l'entrée en vigueur").click()
    page.get_by_role("button", name="Suspendre").click()
    assert page.get_by_role("alert").first.is_visible()
    assert_accessible(page)


def test_convention_page_with_the_execution_forms_and_their_error_states(page: Any) -> None:
    """DJEPVA in force with an opened ledger: the operations' forms, the dotation adjustment and the
    suspension for insufficiency are on the page; then one invalid and one refused operation come
    back bound, in their place, with their DSFR error states."""
    register = rich_register()
    djepva = register["djepva"]
    login(page, "equipe", "x")
    page.wait_for_url("**/")
    page.goto(f"/conventions/{djepva.pk}/")
    adjustment = page.locator("#operation-ajustement")
    suspension = page.locator("#operation-suspension")
    assert page.get_by_role("heading", name="Ajuster la dotation").is_visible()
    assert page.get_by_role("heading", name="Suspendre pour insuffisance de crédits").is_visible()
    assert adjustment.is_visible() and suspension.is_visible()
    assert page.locator("#execution-report a.fr-link--download").count() == 2
    assert_accessible(page)

    # Invalid: an adjustment that changes no amount (400) — the form keeps the reason typed.
    adjustment.get_by_label("Ligne de dotation").select_option(index=1)
    adjustment.get_by_label("Motif ou référence").fill("avenant n° 2")
    adjustment.get_by_role("button", name="Enregistrer l'ajustement").click()
    page.wait_for_load_state()
    adjustment = page.locator("#operation-ajustement")
    assert adjustment.get_by_label("Motif ou référence").input_value() == "avenant n° 2"
    assert adjustment.locator(".fr-input-group--error").count() >= 1
    assert_accessible(page)

    # Refused: a commitment above the AE available (409) — the amount field in error, focused.
    commitment = page.locator("#operation-engagement")
    commitment.get_by_label("N° d'engagement juridique (EJ)").fill("2103999999")
    commitment.get_by_label("Date de l'engagement").fill("2024-03-01")
    commitment.get_by_label("Montant engagé (AE, en euros)").fill("999 999 999,00")
    commitment.get_by_role("button", name="Enregistrer l'engagement").click()
    page.wait_for_load_state()
    amount = page.locator("#operation-engagement").get_by_label("Montant engagé (AE, en euros)")
    assert amount.input_value() == "999 999 999,00"
    assert page.evaluate("() => document.activeElement && document.activeElement.id") == "id_engagement-amount"
    assert page.locator("#operation-engagement .fr-input-group--error").count() == 1
    assert_accessible(page)
