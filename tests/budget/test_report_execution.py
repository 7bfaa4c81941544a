"""The end-of-term execution report: figures from the FAST 13 replay, rendered as XLSX and PDF and read back."""

from __future__ import annotations

import datetime
import io
import re
from decimal import Decimal
from typing import Any

import pypdfium2
import pytest
from openpyxl import load_workbook

from conventio.budget.reports import execution, xlsx
from conventio.budget.reports.pdf import render_pdf
from conventio.budget.services import alerts, ledger
from conventio.budget.services.timeline import timeline
from conventio.register.services import lifecycle
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal
REPORT_DAY = datetime.date(2024, 7, 15)


def open_fast13() -> Any:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


def replay_fast13(convention: Any) -> Any:
    """The FAST 13 replay of tests/budget/test_ledger.py, plus a withdrawal and a payment cancellation."""
    member = factories.programme_team_member()
    ledger.commit(
        convention,
        actor=member,
        ej_number="2103000001",
        date=datetime.date(2023, 9, 1),
        amount="80000",
        supplier="Coach",
        marche="BC 2023-17",
        description="Accompagnement de l'équipe",
    )
    ledger.pay(
        convention,
        actor=member,
        ej_number="2103000001",
        dp_number="100000001",
        date=datetime.date(2023, 10, 15),
        amount="40000",
        service_fait_on=datetime.date(2023, 10, 2),
    )
    with pytest.raises(ledger.CeilingExceeded):
        ledger.commit(
            convention, actor=member, ej_number="2103000002", date=datetime.date(2023, 10, 20), amount="50000"
        )
    ledger.release_tranche(
        convention.tranches.get(position=1),
        actor=member,
        released_on=datetime.date(2023, 11, 30),
        decision="Déblocage par la DINUM",
        review="Bilan de mi-parcours FAST",
    )
    ledger.commit(convention, actor=member, ej_number="2103000002", date=datetime.date(2023, 12, 1), amount="50000.50")
    ledger.pay(
        convention,
        actor=member,
        ej_number="2103000002",
        dp_number="100000002",
        date=datetime.date(2024, 2, 1),
        amount="30000.25",
    )
    ledger.withdraw(
        convention, actor=member, ej_number="2103000001", date=datetime.date(2024, 3, 1), amount="15000", reason="fin"
    )
    ledger.reverse_payment(
        convention,
        actor=member,
        dp_number="100000002",
        date=datetime.date(2024, 3, 5),
        amount="0.25",
        reason="trop-perçu",
    )
    return convention


@pytest.fixture
def fast13() -> Any:
    return replay_fast13(open_fast13())


def test_the_report_takes_its_figures_from_the_ledger(fast13: Any) -> None:
    report = execution.build_report(fast13, on=REPORT_DAY)
    state = ledger.balances(fast13.ledger)
    assert report.totals.committed_ae == state.committed_ae == D("115000.50")
    assert report.totals.paid_cp == state.paid_cp == D("70000.00")
    assert report.totals.to_pay == D("45000.50")
    assert report.totals.released_ae == D("220000.00")
    assert [row.year for row in report.years] == [2023, 2024]
    table = ledger.year_table(state)
    for row, expected in zip(report.years, table, strict=True):
        assert (row.committed_ae, row.paid_cp, row.remaining_cp) == (
            expected["committed_ae"],
            expected["paid_cp"],
            expected["remaining_cp"],
        )
    assert report.years[0].released_ae == D("220000.00")  # both decisions were taken in 2023
    by_ej = {item.ej_number: item for item in report.commitments}
    for number, item in by_ej.items():
        assert (item.committed_ae, item.paid_cp) == ledger.commitment_balance(fast13.ledger, number)
    assert by_ej["2103000001"].withdrawn_ae == D("15000.00")
    assert by_ej["2103000001"].remaining == D("25000.00")
    assert sum(item.committed_ae for item in report.commitments) == state.committed_ae
    assert sum(item.remaining for item in report.commitments) == report.forecast.to_pay
    assert [p.net for p in report.payments] == [D("40000.00"), D("30000.00")]
    assert [c.kind for c in report.corrections] == ["retrait d'engagement", "annulation de paiement"]
    assert len(report.movements) == 6
    assert [r.review for r in report.releases] == ["", "Bilan de mi-parcours FAST"]
    assert report.delegant is not None and "DINUM" in report.delegant.name
    assert report.period_end == fast13.end_date
    assert report.imputation.centre_financier == "0352-CFSE-CFIN"


def _money(value: Any) -> Decimal:
    return D(str(value)).quantize(D("0.01"))


def test_the_workbook_reads_back_with_exact_numbers_and_real_dates(fast13: Any) -> None:
    report = execution.build_report(fast13, on=REPORT_DAY)
    workbook = load_workbook(io.BytesIO(xlsx.render_xlsx(report)))
    assert workbook.sheetnames == list(xlsx.SHEETS)
    years = workbook["Par année"]
    assert years.freeze_panes == "A2"
    rows = list(years.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [2023, 2024, "Total"]
    assert [_money(row[4]) for row in rows] == [D("130000.50"), D("-15000.00"), D("115000.50")]
    assert [_money(row[5]) for row in rows] == [D("40000.00"), D("30000.00"), D("70000.00")]
    assert _money(rows[-1][1]) == ledger.balances(fast13.ledger).allocated_ae
    assert years.cell(2, 2).number_format == xlsx.EURO_FORMAT
    commitments = workbook["Engagements"]
    lines = {row[0]: row for row in commitments.iter_rows(min_row=2, values_only=True)}
    assert isinstance(lines["2103000001"][1], datetime.datetime)
    assert lines["2103000001"][1].date() == datetime.date(2023, 9, 1)
    assert [_money(v) for v in lines["2103000002"][5:8]] == [D("50000.50"), D("30000.00"), D("20000.50")]
    assert lines["2103000001"][3] == "BC 2023-17"
    assert _money(lines["Total"][7]) == D("45000.50")
    payments = list(workbook["Paiements"].iter_rows(min_row=2, values_only=True))
    assert payments[0][0] == "100000001" and payments[0][3].date() == datetime.date(2023, 10, 2)
    movements = list(workbook["Mouvements"].iter_rows(min_row=2, values_only=True))
    assert len(movements) == len(report.movements)
    assert sum(_money(row[5]) for row in movements) == report.totals.committed_ae
    assert sum(_money(row[6]) for row in movements) == report.totals.paid_cp
    assert [row[0].date() for row in movements] == sorted(row[0].date() for row in movements)
    assert "Avancement des travaux" in str(workbook["Avancement"]["A1"].value)


def _pdf_text(data: bytes) -> tuple[str, int]:
    document = pypdfium2.PdfDocument(data)
    try:
        pages = [document[index].get_textpage().get_text_range() for index in range(len(document))]
        return "\n".join(pages), len(document)
    finally:
        document.close()


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def test_the_pdf_opens_and_shows_the_figures_in_french(fast13: Any) -> None:
    report = execution.build_report(fast13, on=REPORT_DAY)
    data = render_pdf(report)
    assert data.startswith(b"%PDF")
    text, count = _pdf_text(data)
    flat = _squash(text)
    assert f"page 1 / {count}" in flat and f"page {count} / {count}" in flat
    for expected in (
        "Compte rendu d'exécution",
        "115 000,50 €",
        "70 000,00 €",
        "45 000,50 €",
        "220 000,00 €",
        "2103000001",
        "100000002",
        "Bilan de mi-parcours FAST",
        "Réfugiés.info",
        "Délégation interministérielle",
        "Avancement des travaux",
        "Prévisions",
        "0352-CFSE-CFIN",
        "30 juin 2024",
    ):
        assert expected in flat, expected
    document = pypdfium2.PdfDocument(data)
    try:
        metadata = document.get_metadata_dict()
        assert "Compte rendu d'exécution" in metadata["Title"] and "Réfugiés.info" in metadata["Title"]
        assert metadata["Author"].startswith("Délégation interministérielle à l'accueil")  # the délégataire
    finally:
        document.close()


def test_a_convention_without_movement(tmp_path: Any) -> None:
    convention = open_fast13()
    report = execution.build_report(convention, on=REPORT_DAY)
    assert report.commitments == () and report.movements == () and report.totals.to_pay == D("0.00")
    workbook = load_workbook(io.BytesIO(xlsx.render_xlsx(report)))
    assert list(workbook["Mouvements"].iter_rows(min_row=2, values_only=True)) == []
    text, count = _pdf_text(render_pdf(report))
    flat = _squash(text)
    assert "Aucun engagement juridique enregistré." in flat
    assert f"page 1 / {count}" in flat


def test_no_ledger_no_report() -> None:
    convention = factories.fast13_refugies_info()
    with pytest.raises(execution.LedgerNotOpened):
        execution.build_report(convention)


def test_open_alerts_and_suspensions_are_reported(fast13: Any) -> None:
    with pytest.raises(ledger.CeilingExceeded):
        ledger.commit(fast13, actor=None, ej_number="2103000009", date=datetime.date(2024, 4, 1), amount="200000")
    alerts.suspend_for_insufficiency(fast13, actor=None)
    report = execution.build_report(fast13, on=REPORT_DAY)
    assert [alert.kind for alert in report.alerts] == ["insuffisance de crédits"]
    assert "95 000,50 €" in report.alerts[0].message
    assert len(report.suspensions) == 1 and report.suspensions[0].end is None
    assert "insuffisance" in report.suspensions[0].reason
    flat = _squash(_pdf_text(render_pdf(report))[0])
    assert "insuffisance de crédits" in flat and "en cours" in flat
    ledger.adjust_allocation(fast13, actor=None, year=2024, ae="100000", reason="avenant n° 1")
    report = execution.build_report(fast13, on=REPORT_DAY)
    assert report.alerts == ()
    assert report.suspensions[0].end is not None and "ajustement" in report.suspensions[0].end_reason
    assert report.totals.allocated_ae == ledger.balances(fast13.ledger).allocated_ae == D("320000.00")


def test_multi_year_convention_with_annex_objectives() -> None:
    """DJEPVA: the multi-year table of the convention, and its annex objectives with their targets."""
    convention = factories.djepva_api_engagement()
    lifecycle.enter_into_force(convention, actor=None, on=convention.signature_date)
    ledger.open_ledger(convention, actor=None)
    report = execution.build_report(convention, on=datetime.date(2024, 12, 31))
    state = ledger.balances(convention.ledger)
    assert [row.year for row in report.years] == list(state.years)
    assert sum((row.allocated_ae for row in report.years), D(0)) == state.allocated_ae
    assert sum((row.allocated_cp for row in report.years), D(0)) == state.allocated_cp
    targets = [item.target for item in report.objectives if item.target is not None]
    assert D("12000") in targets and D("28000") in targets
    workbook = load_workbook(io.BytesIO(xlsx.render_xlsx(report)))
    years = list(workbook["Par année"].iter_rows(min_row=2, values_only=True))
    assert [_money(row[1]) for row in years[:-1]] == [row.allocated_ae for row in report.years]
    assert _money(years[-1][2]) == state.allocated_cp
    cells = [cell for row in workbook["Synthèse"].iter_rows(values_only=True) for cell in row]
    assert 12000 in cells and 28000 in cells
    flat = _squash(_pdf_text(render_pdf(report))[0])
    assert "Objectifs de l'annexe" in flat and "12 000" in flat and "candidatures" in flat


def test_the_forecast_is_the_timeline_service_s_pace_at_the_end_date(fast13: Any) -> None:
    report = execution.build_report(fast13, on=datetime.date(2024, 3, 31))
    expected = timeline(fast13.ledger, ledger.balances(fast13.ledger), today=datetime.date(2024, 3, 31)).forecast
    # 9 months elapsed (July 2023 to March 2024) of 12: the figures so far × 12 / 9.
    assert (
        (report.forecast.projected_committed_ae, report.forecast.projected_paid_cp)
        == (
            expected.ae,
            expected.cp,
        )
        == (D("153334.00"), D("93333.33"))
    )
    assert report.forecast.basis.endswith(execution.FORECAST_METHOD)
    assert report.forecast.to_pay == D("45000.50")
    flat = _squash(_pdf_text(render_pdf(report))[0])
    assert "AE engagées projetées à la date de fin 153 334,00 €" in flat
    workbook = load_workbook(io.BytesIO(xlsx.render_xlsx(report)))
    cells = {row[0]: row[1] for row in workbook["Synthèse"].iter_rows(values_only=True) if row and row[0]}
    assert _money(cells["CP payés projetés à la date de fin"]) == D("93333.33")
    after_the_end = execution.build_report(fast13, on=REPORT_DAY).forecast
    assert after_the_end.projected_committed_ae is None and "passée" in after_the_end.basis


def test_without_dejavu_the_builtin_helvetica_still_prints_accents_and_the_euro(
    fast13: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conventio.budget.reports import pdf

    monkeypatch.setattr(pdf, "FONT_DIRECTORIES", ())
    pdf.fonts.cache_clear()
    try:
        assert pdf.fonts() == ("Helvetica", "Helvetica-Bold")
        flat = _squash(_pdf_text(render_pdf(execution.build_report(fast13, on=REPORT_DAY)))[0])
    finally:
        pdf.fonts.cache_clear()
    assert "115 000,50 €" in flat and "Compte rendu d'exécution" in flat and "Prévisions" in flat
