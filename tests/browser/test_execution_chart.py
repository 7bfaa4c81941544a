"""The consumption chart in a real browser: DSFR Chart's `<line-chart>` is defined and draws,
and the convention page with an opened ledger and movements passes the axe check."""

from __future__ import annotations

import datetime
import os
from typing import Any

import pytest
from django.utils import timezone

from conventio.budget.services import ledger
from conventio.register.models import Convention
from conventio.register.services import lifecycle
from tests.browser.a11y import assert_accessible
from tests.browser.conftest import login
from tests.register import factories


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _convention_with_movements() -> Convention:
    """FAST 13 ending a year from now (so the forecast is drawn), with engagements and payments."""
    convention = factories.fast13_refugies_info()
    Convention.objects.filter(pk=convention.pk).update(end_date=timezone.localdate() + datetime.timedelta(days=365))
    convention.refresh_from_db()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    ledger.commit(convention, actor=None, ej_number="2103000001", date=datetime.date(2023, 9, 1), amount="80000")
    ledger.pay(
        convention,
        actor=None,
        ej_number="2103000001",
        dp_number="100000001",
        date=datetime.date(2023, 10, 15),
        amount="40000",
    )
    return convention


def test_the_chart_is_drawn_beside_its_table_and_the_page_is_accessible(page: Any) -> None:
    factories.programme_team_member()
    convention = _convention_with_movements()
    login(page, "equipe", "x")
    page.goto(convention.get_absolute_url())
    assert page.evaluate("() => customElements.get('line-chart') !== undefined")
    # The web component renders a canvas (Chart.js) inside the element (light or shadow DOM).
    page.wait_for_function(
        """() => {
            const chart = document.querySelector('line-chart');
            const root = chart && (chart.shadowRoot || chart);
            const canvas = root && root.querySelector('canvas, svg');
            return canvas && canvas.getBoundingClientRect().width > 0 && canvas.getBoundingClientRect().height > 0;
        }"""
    )
    # Something was drawn: the canvas is not blank.
    painted = page.evaluate(
        """() => {
            const chart = document.querySelector('line-chart');
            const canvas = (chart.shadowRoot || chart).querySelector('canvas');
            if (!canvas) return true;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
            return false;
        }"""
    )
    assert painted
    # Per month up to 36 months, then per quarter or per year (this convention started in July 2023).
    assert page.locator("#execution-timeline table caption").inner_text().startswith("Consommation ")
    assert "Au rythme actuel" in page.locator("#execution-forecast").inner_text()
    if os.environ.get("CONVENTIO_SCREENSHOTS"):
        page.locator("#execution").screenshot(path=os.environ["CONVENTIO_SCREENSHOTS"] + "/execution-chart.png")
        page.locator("figure.conventio-chart").screenshot(path=os.environ["CONVENTIO_SCREENSHOTS"] + "/chart.png")
    assert_accessible(page)


def test_without_javascript_the_table_and_the_forecast_remain(browser: Any, live_server: Any) -> None:
    factories.programme_team_member()
    convention = _convention_with_movements()
    context = browser.new_context(base_url=live_server.url, locale="fr-FR", java_script_enabled=False)
    try:
        page = context.new_page()
        login(page, "equipe", "x")
        page.goto(convention.get_absolute_url())
        assert page.locator("#execution-timeline table tbody tr").count() >= 12
        assert "Au rythme actuel" in page.locator("#execution-forecast").inner_text()
    finally:
        context.close()
