"""The consumption chart of the convention page: its table and forecast sentence are in the HTML
(the page works without JavaScript), and the `<line-chart>` gets the same figures."""

from __future__ import annotations

import datetime
import html
import json
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from conventio.budget.services import ledger
from conventio.extraction.money import euros
from conventio.register.models import Convention
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal


def _raw(user: object, convention: Convention) -> str:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    response = client.get(convention.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _page(user: object, convention: Convention) -> str:
    """The page as a reader sees it (entities decoded)."""
    return html.unescape(_raw(user, convention))


def _attribute(element: str, name: str) -> object:
    """A JSON attribute of the `<line-chart>` element, as the browser decodes it."""
    value = element.split(f' {name}="', 1)[1].split('"', 1)[0]
    return json.loads(html.unescape(value))


def _months(first: datetime.date, last: datetime.date) -> int:
    """Months from `first` to `last`, both counted."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def test_the_section_shows_the_forecast_sentence_and_the_monthly_table() -> None:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    today = timezone.localdate()
    end = today.replace(day=1) + datetime.timedelta(days=400)  # about a year ahead, whatever the day
    Convention.objects.filter(pk=convention.pk).update(end_date=end)
    convention.refresh_from_db()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    ledger.commit(convention, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 1), amount="80000")
    ledger.pay(
        convention, actor=None, ej_number="EJ1", dp_number="DP1", date=datetime.date(2023, 10, 1), amount="30000"
    )

    raw = _raw(member, convention)
    page = html.unescape(raw)
    # By hand: the pace from July 2023 to this month, extended to the end month.
    elapsed, total = _months(datetime.date(2023, 7, 1), today), _months(datetime.date(2023, 7, 1), end)
    forecast = (D(80000) * total / elapsed).quantize(D("0.01"))
    share = (forecast * 100 / D(220000)).quantize(D("0.1"))
    assert (
        f"Au rythme actuel, {euros(forecast)} d'AE seraient engagés au {end:%d/%m/%Y}, "
        f"soit {str(share).replace('.', ',')}\u00a0% de la dotation."
    ) in page
    assert f"({elapsed} mois écoulés)" in page
    assert "Prévision des AE engagées" in page
    # From July 2023 to a year ahead is more than 36 months: the table and the chart go per
    # quarter (per year beyond 108 months), with the cumulative figures at each quarter's end.
    quarters = (end.year - 2023) * 4 + (end.month - 1) // 3 + 1 - 2
    by_quarter = total <= 108
    assert ("Consommation trimestre par trimestre" if by_quarter else "Consommation année par année") in page
    assert "Consommation mois par mois" not in page and '<th scope="row">juillet 2023</th>' not in page
    if by_quarter:
        assert '<th scope="row">3e trimestre 2023</th>' in page and '<th scope="row">1er trimestre 2024</th>' in page
    # The chart: same periods, same figures, as JSON the web component reads.
    chart = raw[raw.index("<line-chart") : raw.index("</line-chart>")]
    x, y, names = (_attribute(chart, name) for name in ("x", "y", "name"))
    assert isinstance(x, list) and isinstance(y, list) and isinstance(names, list)
    assert names[0] == "AE engagées (cumul)" and names[-1] == "Prévision des AE engagées"
    if by_quarter:
        assert x[0][:3] == ["T3 2023", "T4 2023", "T1 2024"] and len(x[0]) == quarters
        assert y[0][:2] == [80000, 80000]  # cumulative AE committed at the end of each quarter
        assert y[1][:2] == [0, 30000]  # cumulative CP paid
    assert y[4][-1] == float(forecast)  # the forecast at the end date, in the last period
    assert "vendor/dsfr-chart/LineChart.js" in page


def test_an_end_date_passed_states_the_realised_consumption_instead_of_a_forecast() -> None:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()  # ends 30/06/2024
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    ledger.commit(convention, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 1), amount="55000")
    page = _page(member, convention)
    assert (
        "La date de fin (30/06/2024) est passée : le réalisé est définitif, 55 000,00 € d'AE ont été engagés" in page
    )
    assert "soit 25,0\u00a0% de la dotation" in page
    assert "Prévision des AE engagées" not in page
    assert '<th scope="row">juin 2024</th>' in page  # the table runs to the end date, month by month
    assert "Consommation mois par mois" in page


def test_a_ledger_without_movement_says_why_there_is_no_forecast() -> None:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    end = timezone.localdate() + datetime.timedelta(days=200)
    Convention.objects.filter(pk=convention.pk).update(end_date=end)
    convention.refresh_from_db()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    page = _page(member, convention)
    assert "Aucun engagement ni paiement n'est encore enregistré" in page
    assert "<caption>Consommation " in page  # the table is there (per month, quarter or year by length)
