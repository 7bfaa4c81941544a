"""The Chorus import pages in Debian's Chromium: upload, progress bar to 100 %, report, list; axe-core on each.

The first test uploads a generated CSV through the form (jobs run inline: the job page
opens finished). The second opens the page of a job that has not started yet, so that
the page's script polls the JSON state; the job is then run from the test, and the
script must bring the bar to 100 % and reload the page with the report.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from conventio.budget.chorus import jobs
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.browser.a11y import assert_accessible
from tests.browser.conftest import login
from tests.budget import chorus_files as files
from tests.budget.chorus_files import dp, ej
from tests.register import factories


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEP, OCT = datetime.date(2023, 9, 1), datetime.date(2023, 10, 15)


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """The live server serves static files from the apps (no `collectstatic` manifest in tests)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.CONVENTIO_CHORUS_RUNNER = "inline"


@pytest.fixture
def team() -> Any:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return factories.programme_team_member("equipe")


def extraction() -> bytes:
    return files.csv_bytes(
        [
            ej("2103000001", "80000", SEP),
            dp("2103000001", "100000001", "40000", OCT),
            ej("2103000009", "10", OCT, imputation=files.UNKNOWN),
        ]
    )


def test_upload_a_csv_see_the_bar_at_100_and_the_report(page: Any, team: Any) -> None:
    from playwright.sync_api import expect

    login(page, "equipe", "x")
    page.goto("/chorus/imports/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Imports Chorus")
    assert_accessible(page)  # the empty list
    page.get_by_role("link", name="Importer une extraction Chorus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Importer une extraction Chorus")
    assert_accessible(page)

    page.get_by_label("Extraction Chorus").set_input_files(
        {"name": "restitution.csv", "mimeType": "text/csv", "buffer": extraction()}
    )
    page.get_by_role("button", name="Importer", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Import Chorus n° \d+$"))
    bar = page.locator("progress#chorus-progress-bar")
    expect(bar).to_have_attribute("value", "100")
    expect(page.get_by_label("Avancement de l'import : 100 %")).to_be_visible()
    expect(page.get_by_role("heading", name="Rapport de rapprochement")).to_be_visible()
    expect(page.get_by_role("heading", name="Pièces nouvelles (2)")).to_be_visible()
    expect(page.get_by_role("heading", name="Imputations non rattachées (1)")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Tous les imports Chorus").click()
    expect(page.get_by_role("link", name=re.compile(r"^Import n° \d+$"))).to_have_count(1)
    expect(page.get_by_text("terminé")).to_be_visible()
    assert_accessible(page)

    # A bad file: the French refusal on the upload page.
    page.goto("/chorus/importer/")
    page.get_by_label("Extraction Chorus").set_input_files({"name": "vide.csv", "mimeType": "text/csv", "buffer": b""})
    page.get_by_role("button", name="Importer", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("le fichier est vide")
    assert_accessible(page)


def test_the_page_of_a_running_import_polls_its_state_until_the_report(page: Any, team: Any) -> None:
    from playwright.sync_api import expect

    job = jobs.create_job(extraction(), "restitution.csv", team)  # stored, not started
    login(page, "equipe", "x")
    page.goto(f"/chorus/imports/{job.pk}/")
    bar = page.locator("progress#chorus-progress-bar")
    expect(bar).to_have_attribute("value", "0")
    expect(page.get_by_role("status").filter(has_text="l'import va commencer")).to_be_visible()
    assert_accessible(page)  # the job page while it runs
    with page.expect_response(re.compile(r"/etat\.json$")):
        pass  # the script polls the JSON state
    jobs.run_job(job.pk, companion=False)
    expect(page.get_by_role("heading", name="Rapport de rapprochement")).to_be_visible()
    expect(bar).to_have_attribute("value", "100")
    expect(page.get_by_text("Import terminé.")).to_be_visible()


def test_the_pages_of_a_refused_and_of_an_interrupted_import(page: Any, team: Any, settings: Any) -> None:
    from django.utils import timezone
    from playwright.sync_api import expect

    from conventio.budget.models import ChorusImport

    settings.CONVENTIO_CHORUS_STALE_SECONDS = 60
    unreadable = extraction() + "2103000003;1;;BG00/0352-CFSE-CFIN;0352-01;;;X;32/13/2023;12,00;\r\n".encode("cp1252")
    refused = jobs.create_job(unreadable, "illisible.csv", team)
    jobs.run_job(refused.pk, companion=False)
    stopped = jobs.create_job(extraction(), "interrompu.csv", team)
    ChorusImport.objects.filter(pk=stopped.pk).update(
        status="running", heartbeat_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    login(page, "equipe", "x")
    page.goto(f"/chorus/imports/{refused.pk}/")
    expect(page.get_by_role("alert")).to_contain_text("ligne 5, colonne « Date comptable »")
    assert_accessible(page)
    page.goto(f"/chorus/imports/{stopped.pk}/")
    expect(page.get_by_text("interrompu", exact=True)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Relancer l'import").click()
    expect(page.get_by_role("heading", name="Rapport de rapprochement")).to_be_visible()
    page.goto("/chorus/imports/")
    expect(page.get_by_text("refusé", exact=True)).to_be_visible()
    assert_accessible(page)
