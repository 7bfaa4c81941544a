"""Consumption over time and the forecast at the end date, on the FAST 13 replay.

FAST 13 (seed facts): in effect 27/07/2023, ends 30/06/2024 — twelve months, July 2023
to June 2024; AE 220 000 € (2023), CP 110 000 € in 2023 and 110 000 € in 2024; two
tranches of 110 000 €, the first released at signature (27/07/2023). Every expected
figure below is worked out by hand in the test.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from conventio.budget.services import ledger
from conventio.budget.services import timeline as tl
from conventio.register.models import Convention
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal
day = datetime.date


@pytest.fixture
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=day(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


@pytest.fixture
def replayed(fast13):  # type: ignore[no-untyped-def]
    """The FAST 13 replay of tests/budget/test_ledger.py (the refused over-commitment writes nothing)."""
    ledger.commit(fast13, actor=None, ej_number="2103000001", date=day(2023, 9, 1), amount="80000")
    ledger.pay(
        fast13, actor=None, ej_number="2103000001", dp_number="100000001", date=day(2023, 10, 15), amount="40000"
    )
    with pytest.raises(ledger.CeilingExceeded):
        ledger.commit(fast13, actor=None, ej_number="2103000002", date=day(2023, 10, 20), amount="50000")
    ledger.release_tranche(
        fast13.tranches.get(position=1), actor=None, released_on=day(2023, 11, 30), decision="D", review="Bilan"
    )
    ledger.commit(fast13, actor=None, ej_number="2103000002", date=day(2023, 12, 1), amount="50000")
    ledger.pay(fast13, actor=None, ej_number="2103000002", dp_number="100000002", date=day(2024, 2, 1), amount="50000")
    return fast13


def _timeline(convention, today: datetime.date) -> tl.Timeline:  # type: ignore[no-untyped-def]
    book = convention.ledger
    return tl.timeline(book, ledger.balances(book), today=today)


def test_cumulative_figures_month_by_month_and_the_tranche_steps(replayed) -> None:  # type: ignore[no-untyped-def]
    result = _timeline(replayed, day(2024, 2, 15))
    assert (result.start, result.end, result.end_date) == (day(2023, 7, 1), day(2024, 6, 1), day(2024, 6, 30))
    assert [m.month for m in result.months] == [
        *(day(2023, month, 1) for month in range(7, 13)),
        *(day(2024, month, 1) for month in range(1, 7)),
    ]
    # Known until February 2024 (the month of `today`), unknown after.
    committed = [0, 0, 80000, 80000, 80000, 130000, 130000, 130000, None, None, None, None]
    paid = [0, 0, 0, 40000, 40000, 40000, 40000, 90000, None, None, None, None]
    released = [110000] * 4 + [220000] * 8  # second tranche released on 30/11/2023
    assert [m.committed_ae for m in result.months] == [None if v is None else D(v) for v in committed]
    assert [m.paid_cp for m in result.months] == [None if v is None else D(v) for v in paid]
    assert [m.released_ae for m in result.months] == [D(v) for v in released]
    assert [(s.on, s.amount, s.cumulative) for s in result.releases] == [
        (day(2023, 7, 27), D("110000.00"), D("110000.00")),
        (day(2023, 11, 30), D("110000.00"), D("220000.00")),
    ]
    assert (result.allocated_ae, result.allocated_cp) == (D("220000.00"), D("220000.00"))
    assert result.rows == 4  # two commitments, two payments (the refused one wrote nothing)


def test_forecast_extends_the_average_monthly_pace_to_the_end_date(replayed) -> None:  # type: ignore[no-untyped-def]
    forecast = _timeline(replayed, day(2024, 2, 15)).forecast
    # July 2023 → February 2024: 8 months elapsed, of 12 (July 2023 → June 2024).
    assert (forecast.elapsed_months, forecast.total_months) == (8, 12)
    assert forecast.ae == D("130000") * 12 / 8 == D("195000.00")
    assert forecast.cp == D("90000") * 12 / 8 == D("135000.00")
    assert forecast.ae_share == D("88.6")  # 195 000 / 220 000 = 88,636… %
    assert forecast.cp_share == D("61.4")  # 135 000 / 220 000 = 61,363… %
    assert forecast.flag == tl.UNDER
    assert forecast.sentences[0] == (
        "Au rythme actuel, 195 000,00 € d'AE seraient engagés au 30/06/2024, soit 88,6\u00a0% de la dotation."
    )
    assert "25 000,00 € d'AE non engagés" in forecast.sentences[1]


def test_the_forecast_line_runs_from_today_to_the_end_date(replayed) -> None:  # type: ignore[no-untyped-def]
    months = _timeline(replayed, day(2024, 2, 15)).months
    # 130 000 / 8 = 16 250 € of AE a month; 90 000 / 8 = 11 250 € of CP.
    assert [m.forecast_ae for m in months[7:]] == [D(v) for v in ("130000", "146250", "162500", "178750", "195000")]
    assert [m.forecast_cp for m in months[7:]] == [D(v) for v in ("90000", "101250", "112500", "123750", "135000")]
    assert all(m.forecast_ae is None for m in months[:7])


def test_a_pace_beyond_the_allocation_is_flagged_not_capped(replayed) -> None:  # type: ignore[no-untyped-def]
    forecast = _timeline(replayed, day(2023, 12, 10)).forecast
    # July → December 2023: 6 months; 130 000 × 12 / 6 = 260 000 € > 220 000 €.
    assert (forecast.ae, forecast.flag, forecast.ae_share) == (D("260000.00"), tl.OVER, D("118.2"))
    assert forecast.cp == D("80000.00")  # 40 000 × 12 / 6 (the payment of February 2024 is not « so far »)
    assert "40 000,00 € de plus que la dotation" in forecast.sentences[1]


def test_withdrawals_and_reversals_reduce_the_cumulative_figures(replayed) -> None:  # type: ignore[no-untyped-def]
    ledger.withdraw(replayed, actor=None, ej_number="2103000001", date=day(2024, 3, 5), amount="30000", reason="fin")
    ledger.reverse_payment(
        replayed, actor=None, dp_number="100000002", date=day(2024, 3, 6), amount="5000", reason="trop payé"
    )
    result = _timeline(replayed, day(2024, 3, 31))
    march = result.months[8]
    assert march.month == day(2024, 3, 1)
    assert (march.committed_ae, march.paid_cp) == (D("100000.00"), D("85000.00"))
    # 9 months elapsed: 100 000 × 12 / 9 = 133 333,333… → 133 333,33 €.
    assert result.forecast.ae == D("133333.33")
    assert result.forecast.cp == D("113333.33")  # 85 000 × 12 / 9


def test_no_movement_no_forecast(fast13) -> None:  # type: ignore[no-untyped-def]
    result = _timeline(fast13, day(2023, 9, 1))
    assert not result.forecast.available
    assert "Aucun engagement ni paiement" in result.forecast.reason
    assert [m.committed_ae for m in result.months[:3]] == [D("0.00")] * 3
    assert all(m.released_ae == D("110000.00") for m in result.months)
    assert len(result.months) == 12


def test_end_date_passed_states_the_realised_figures_instead(replayed) -> None:  # type: ignore[no-untyped-def]
    result = _timeline(replayed, day(2025, 1, 15))
    assert not result.forecast.available
    # 130 000 / 220 000 = 59,09… %
    assert result.forecast.reason == (
        "La date de fin (30/06/2024) est passée : le réalisé est définitif, "
        "130 000,00 € d'AE ont été engagés, soit 59,1\u00a0% de la dotation."
    )
    assert result.months[-1].month == day(2024, 6, 1)
    assert result.months[-1].committed_ae == D("130000.00")  # every month is known
    assert all(m.forecast_ae is None for m in result.months)


def test_a_termination_taking_effect_earlier_is_the_end(replayed) -> None:  # type: ignore[no-untyped-def]
    Convention.objects.filter(pk=replayed.pk).update(termination_effective_date=day(2024, 3, 31))
    replayed.refresh_from_db()
    result = _timeline(replayed, day(2024, 2, 15))
    assert result.end_date == day(2024, 3, 31) and result.end == day(2024, 3, 1)
    # 8 months elapsed of 9 (July 2023 → March 2024): 130 000 × 9 / 8 = 146 250 €.
    assert result.forecast.ae == D("146250.00")
    assert "au 31/03/2024" in result.forecast.sentences[0]


def test_not_started_yet(fast13) -> None:  # type: ignore[no-untyped-def]
    forecast = _timeline(fast13, day(2023, 6, 1)).forecast
    assert not forecast.available and "pas encore commencé" in forecast.reason


def test_no_end_date_no_forecast_and_the_months_run_to_today() -> None:
    data = tl.Aggregates(
        monthly={day(2023, 3, 1): (D("1000.00"), D("0.00")), day(2023, 5, 1): (D("500.00"), D("700.00"))},
        releases=[],
    )
    result = tl.build_timeline(
        data,
        start=day(2023, 1, 1),
        end_date=None,
        today=day(2023, 8, 20),
        allocated_ae=D("10000.00"),
        allocated_cp=D("10000.00"),
    )
    assert not result.forecast.available
    assert "pas de date de fin" in result.forecast.reason
    assert result.end == day(2023, 8, 1)
    assert [m.committed_ae for m in result.months] == [
        D(v) for v in ("0", "0", "1000", "1000", "1500", "1500", "1500", "1500")
    ]
    assert result.months[-1].paid_cp == D("700.00")


def test_movements_before_the_start_move_the_start_earlier() -> None:
    data = tl.Aggregates(monthly={day(2022, 11, 1): (D("10.00"), D("0.00"))}, releases=[])
    start = tl.start_of(
        effective_date=day(2023, 1, 15), signature_date=None, first_year=2023, data=data, today=day(2023, 2, 1)
    )
    assert start == day(2022, 11, 1)
    assert tl.start_of(
        effective_date=None, signature_date=None, first_year=2024, data=tl.Aggregates({}, []), today=day(2025, 1, 1)
    ) == day(2024, 1, 1)


def test_the_timeline_costs_two_aggregate_queries(replayed, django_assert_num_queries) -> None:  # type: ignore[no-untyped-def]
    book = replayed.ledger
    state = ledger.balances(book)
    with django_assert_num_queries(2):
        result = tl.timeline(book, state, today=day(2024, 2, 15))
    assert result.forecast.ae == D("195000.00")
