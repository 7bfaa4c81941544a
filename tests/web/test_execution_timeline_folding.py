"""The consumption table stays short: beyond 36 months it goes per quarter, beyond 108 per year.

The month points come from `budget.services.timeline`; folding them is presentation
(`conventio.web.views.execution.fold`): each period keeps its last month's cumulative
figures (its last known month for the period under way).
"""

from __future__ import annotations

import datetime
import html
import json
import re
from decimal import Decimal

import pytest
from django.test import Client

from conventio.budget.services import ledger
from conventio.budget.services.timeline import MonthPoint
from conventio.register.models import Convention
from conventio.register.services import lifecycle
from conventio.web.views.execution import MAX_ROWS, fold
from tests.register import factories


D = Decimal


def _months(first: datetime.date, count: int, *, known: int, forecast_from: int | None = None) -> list[MonthPoint]:
    """`count` month points from `first`: AE +1 000 and CP +500 a month, a release of 10 000 in the 5th."""
    points = []
    for index in range(count):
        year, month = divmod(first.month - 1 + index, 12)
        day = datetime.date(first.year + year, month + 1, 1)
        done = index < known
        forecasting = forecast_from is not None and index >= forecast_from
        points.append(
            MonthPoint(
                month=day,
                committed_ae=D(1000) * (index + 1) if done else None,
                paid_cp=D(500) * (index + 1) if done else None,
                released_ae=D(10000) if index >= 4 else D(0),
                forecast_ae=D(2000) * (index + 1) if forecasting else None,
                forecast_cp=D(900) * (index + 1) if forecasting else None,
            )
        )
    return points


def test_up_to_36_months_the_table_stays_monthly() -> None:
    months = _months(datetime.date(2023, 1, 1), MAX_ROWS, known=MAX_ROWS)
    periods = fold(months)
    assert periods.granularity == "month" and periods.rows == months
    assert periods.words["each"] == "mois par mois"


def test_37_months_go_per_quarter_with_the_figures_at_each_quarters_end() -> None:
    # February 2023 → February 2026; known up to May 2024 (16 months), forecast from then on.
    months = _months(datetime.date(2023, 2, 1), 37, known=16, forecast_from=15)
    periods = fold(months)
    assert periods.granularity == "quarter" and periods.words["unit"] == "Trimestre"
    rows = periods.rows
    assert [row.label for row in rows[:3]] == ["1er trimestre 2023", "2e trimestre 2023", "3e trimestre 2023"]
    assert rows[0].short_label == "T1 2023" and rows[-1].label == "1er trimestre 2026"
    assert len(rows) == 13
    # Q1 2023 holds February and March: the end of March.
    assert (rows[0].committed_ae, rows[0].paid_cp, rows[0].released_ae) == (D(2000), D(1000), D(0))
    assert rows[1].committed_ae == D(5000) and rows[1].released_ae == D(10000)  # June 2023
    # Q2 2024 is under way: April and May are known, June is not — the figures « à ce jour ».
    assert rows[5].label == "2e trimestre 2024"
    assert (rows[5].committed_ae, rows[5].paid_cp) == (D(16000), D(8000))
    assert rows[5].forecast_ae == D(2000) * 17  # the forecast at the end of June
    assert rows[6].committed_ae is None and rows[6].paid_cp is None  # a quarter to come
    assert rows[0].forecast_ae is None  # no forecast for the past
    assert rows[-1].forecast_ae == D(2000) * 37  # the end month's forecast


def test_beyond_108_months_the_table_goes_per_year() -> None:
    months = _months(datetime.date(1990, 1, 1), 111 * 12, known=12 * 36 + 3)
    periods = fold(months)
    assert periods.granularity == "year" and len(periods.rows) == 111
    assert periods.rows[0].label == "1990" and periods.rows[-1].label == "2100"
    assert periods.rows[0].committed_ae == D(12000)  # December 1990
    assert periods.rows[36].committed_ae == D(1000) * (12 * 36 + 3)  # 2026 under way: March
    assert periods.rows[37].committed_ae is None


@pytest.mark.django_db
def test_a_convention_from_1990_to_2100_shows_a_short_table_and_chart() -> None:
    member = factories.programme_team_member()
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    Convention.objects.filter(pk=convention.pk).update(
        signature_date=datetime.date(1990, 1, 1),
        effective_date=datetime.date(1990, 1, 1),
        end_date=datetime.date(2100, 12, 31),
    )
    convention.refresh_from_db()
    ledger.open_ledger(convention, actor=None)
    ledger.commit(convention, actor=None, ej_number="EJ1", date=datetime.date(2023, 9, 1), amount="80000")
    client = Client()
    client.force_login(member)
    response = client.get(convention.get_absolute_url())
    assert response.status_code == 200
    raw = response.content.decode()
    page = html.unescape(raw)
    table = page[page.index('id="execution-timeline"') :]
    table = table[: table.index("</table>")]
    assert "<caption>Consommation année par année</caption>" in table
    assert '<th scope="col">Année</th>' in table
    rows = re.findall(r'<th scope="row">([^<]+)</th>', table)
    assert rows[0] == "1990" and rows[-1] == "2100" and len(rows) == 111
    assert '<th scope="row">janvier 1990</th>' not in page
    # The year of the commitment carries it, cumulated.
    row_2023 = table[table.index('<th scope="row">2023</th>') :]
    assert "80\u00a0000,00\u00a0€" in row_2023[: row_2023.index("</tr>")]
    assert "année à venir" in page and "pour la période en cours, à ce jour" in page
    chart = raw[raw.index("<line-chart") : raw.index("</line-chart>")]
    x = json.loads(html.unescape(chart.split(' x="', 1)[1].split('"', 1)[0]))
    assert len(x[0]) == 111 and x[0][0] == "1990"
