"""The ingestion flow in Debian's Chromium, as an agent of the programme team goes through it.

Upload the first seed, correct one field on the review page, register it, find it in
the conventions list by searching « Réfugiés », open it, and see the correction in its
audit trail. The upload and review pages must pass the axe-core check.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser.a11y import assert_accessible
from tests.browser.conftest import login
from tests.conftest import FAST13
from tests.register import factories


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """The live server serves static files from the apps (no `collectstatic` manifest in tests)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def snapshot(page: Any, name: str) -> None:
    """A full-page screenshot when CONVENTIO_SCREENSHOTS names a folder (to look at the pages)."""
    folder = os.environ.get("CONVENTIO_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_upload_correct_register_search_and_see_the_correction(page: Any) -> None:
    from playwright.sync_api import expect

    factories.programme_team_member("equipe")
    login(page, "equipe", "x")

    page.goto("/deposer/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Déposer des documents")
    assert_accessible(page)

    page.get_by_label("Documents à déposer").set_input_files(str(FAST13))
    page.get_by_role("button", name="Déposer", exact=True).click()
    expect(page.get_by_role("heading", name="Résultat du dépôt")).to_be_visible()
    snapshot(page, "upload")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("^Relire le document")).click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Relecture")
    place = page.get_by_label("Lieu de signature", exact=True)
    expect(place).to_have_value("Paris")
    # The passage the value was read from is shown, highlighted.
    expect(page.locator("mark", has_text="27/07/2023").first).to_be_visible()
    snapshot(page, "review")
    assert_accessible(page)

    place.fill("Paris 7e")
    # DSFR draws the checkbox on its label: a person clicks the label.
    confirm_all = page.get_by_label("Tout confirmer")
    page.locator("label[for=confirm-all]").click()
    expect(confirm_all).to_be_checked()
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    page.wait_for_url(re.compile(r"/conventions/\d+/$"))

    page.goto("/")
    page.get_by_role("textbox", name=re.compile("^Rechercher")).fill("Réfugiés")
    page.get_by_role("button", name="Rechercher").click()
    page.get_by_role("link", name=re.compile("Réfugiés")).first.click()
    page.wait_for_url(re.compile(r"/conventions/\d+/$"))

    snapshot(page, "convention")
    correction = page.get_by_role("row").filter(has_text="Correction à la relecture : lieu de signature")
    expect(correction).to_be_visible()
    expect(correction).to_contain_text("Paris 7e")
    expect(correction).to_contain_text("Paris")
