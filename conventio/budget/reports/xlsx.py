"""The execution report as an XLSX workbook in French, for the délégant's budget officers.

Sheets: « Synthèse » (identification and totals), « Par année », « Engagements »,
« Paiements », « Mouvements » (every ledger row, in the ledger's order) and
« Avancement » (the cell the délégataire fills in). Amounts are real numbers with a
euro format, dates real dates, header rows frozen: the workbook can be filtered,
summed and pivoted without retyping anything. No formulas: every figure is the one
the ledger computed, so the workbook and the PDF cannot disagree.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from conventio.budget.reports import labels as L
from conventio.budget.reports.execution import ExecutionReport


EURO_FORMAT = '#,##0.00\\ "€";\\-#,##0.00\\ "€"'
DATE_FORMAT = "DD/MM/YYYY"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="000091")
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")

SHEETS = ("Synthèse", "Par année", "Engagements", "Paiements", "Mouvements", "Avancement")


def _cell_value(value: Any) -> Any:
    """Decimals stay exact numbers; datetimes lose their timezone (Excel has none)."""
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    return value


def _write_row(sheet: Worksheet, row: Sequence[Any], *, bold: bool = False) -> None:
    """Append one row of styled cells (built before appending: `sheet.max_row` is a scan of every cell)."""
    cells = []
    for value in row:
        cell = Cell(sheet, value=_cell_value(value))
        if isinstance(value, Decimal):
            cell.number_format = EURO_FORMAT
        elif isinstance(value, datetime.date):
            cell.number_format = DATE_FORMAT
        if bold:
            cell.font = TOTAL_FONT
            cell.border = TOTAL_BORDER
        cells.append(cell)
    sheet.append(cells)


def _table(
    sheet: Worksheet,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[int],
    *,
    total: Sequence[Any] | None = None,
) -> None:
    """Header row (frozen, filterable), data rows, optional bold total row, column widths."""
    sheet.append(list(columns))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        _write_row(sheet, row)
    if rows:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{sheet.max_row}"
    if total is not None:
        _write_row(sheet, total, bold=True)
    sheet.freeze_panes = f"A{header_row + 1}"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _summary(sheet: Worksheet, report: ExecutionReport) -> None:
    imputation = report.imputation
    sheet.append([L.TITLE])
    sheet["A1"].font = Font(bold=True, size=14, color="000091")
    sheet.append([report.title])
    sheet["A2"].font = Font(bold=True)
    sheet.append([])
    identification: list[tuple[str, Any]] = [
        ("Référence (NOR)", report.reference or "non renseignée"),
        ("Nature", report.kind),
        ("Statut", report.status),
        ("Programme(s)", ", ".join(report.programmes) or "non renseigné"),
        ("Centre(s) financier(s)", ", ".join(report.centres_financiers) or "non renseigné"),
        ("Domaine fonctionnel", imputation.domaine_fonctionnel or "—"),
        ("Activité(s)", ", ".join(imputation.activites) or "—"),
        ("Centre de coût", imputation.centre_cout or "—"),
        ("Montant délégué", report.total_amount if report.total_amount is not None else "non renseigné"),
        ("Date de signature", report.signature_date),
        ("Date de prise d'effet", report.effective_date),
        ("Date de fin", report.end_date),
        ("Début de la période couverte", report.period_start),
        ("Fin de la période couverte", report.period_end),
        ("Date du compte rendu", report.report_date),
        ("Généré le", report.generated_at),
    ]
    for party in report.parties:
        represented = ", ".join(part for part in (party.representative, party.representative_title) if part)
        identification.append(
            (f"Partie : {party.role}", f"{party.name}" + (f" — {represented}" if represented else ""))
        )
    for label, value in identification:
        _write_row(sheet, (label, value))
        sheet.cell(sheet.max_row, 1).font = TOTAL_FONT
        if isinstance(value, datetime.datetime):
            sheet.cell(sheet.max_row, 2).number_format = "DD/MM/YYYY HH:MM"
    sheet.append([])
    t = report.totals
    start = sheet.max_row + 1
    _table(
        sheet,
        ("Synthèse de l'exécution", "AE", "CP"),
        [
            ("Dotation allouée", t.allocated_ae, t.allocated_cp),
            ("AE débloquées par les tranches", t.released_ae if t.has_tranches else "sans tranche", None),
            ("Engagé (AE) / payé (CP)", t.committed_ae, t.paid_cp),
            ("AE encore disponibles à l'engagement", t.available_ae, None),
            ("Dotation non consommée", t.remaining_ae, t.remaining_cp),
            ("Restes à payer (engagé − payé)", None, t.to_pay),
        ],
        (44, 60, 20),
    )
    sheet.freeze_panes = None  # the summary is a form, not a list
    sheet.auto_filter.ref = None
    f = report.forecast
    sheet.append([])
    sheet.append(["Prévisions"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True, color="000091")
    _write_row(sheet, ("Restes à payer sur les engagements juridiques", f.to_pay))
    _write_row(sheet, ("Engagements juridiques non soldés", f.open_commitments))
    if f.projected_committed_ae is not None:
        _write_row(sheet, ("AE engagées projetées à la date de fin", f.projected_committed_ae))
    if f.projected_paid_cp is not None:
        _write_row(sheet, ("CP payés projetés à la date de fin", f.projected_paid_cp))
    _write_row(sheet, ("Méthode", f.basis))
    sheet.cell(sheet.max_row, 2).alignment = WRAP
    if report.alerts or report.suspensions:
        sheet.append([])
        sheet.append(["Alertes et suspensions"])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, color="000091")
        for alert in report.alerts:
            _write_row(sheet, (f"Alerte ouverte : {alert.kind}", alert.message, alert.raised_on))
        for period in report.suspensions:
            _write_row(sheet, ("Suspension", period.reason, period.start, period.end))
    if report.objectives:
        sheet.append([])
        sheet.append(["Objectifs de l'annexe"])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, color="000091")
        # Text in the wide column B, figures in C (the summary's layout): « Service, Objectif, Cible, … ».
        sheet.append(["Service", "Objectif", "Cible", "Unité", "Année", "Échéance"])
        for cell in sheet[sheet.max_row]:
            cell.font = TOTAL_FONT
        for objective in report.objectives:
            _write_row(
                sheet,
                (
                    objective.service,
                    ("– " if objective.level else "") + objective.text,
                    objective.target,
                    objective.unit,
                    objective.year,
                    objective.deadline,
                ),
            )
            if objective.target is not None:  # a count, not euros
                integral = objective.target == objective.target.to_integral_value()
                sheet.cell(sheet.max_row, 3).number_format = "#,##0" if integral else "#,##0.00"
    for row in sheet.iter_rows(min_row=start, max_row=sheet.max_row, min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.alignment = WRAP


def render_xlsx(report: ExecutionReport) -> bytes:
    """The report as XLSX bytes: six sheets, numbers and dates as such."""
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = SHEETS[0]
    _summary(summary, report)
    t = report.totals

    years = workbook.create_sheet(SHEETS[1])
    _table(
        years,
        L.YEAR_COLUMNS,
        [
            (
                row.year,
                row.allocated_ae,
                row.allocated_cp,
                row.released_ae,
                row.committed_ae,
                row.paid_cp,
                row.remaining_ae,
                row.remaining_cp,
            )
            for row in report.years
        ],
        (10, 18, 18, 18, 18, 18, 18, 18),
        total=(
            "Total",
            t.allocated_ae,
            t.allocated_cp,
            t.released_ae,
            t.committed_ae,
            t.paid_cp,
            t.remaining_ae,
            t.remaining_cp,
        ),
    )

    commitments = workbook.create_sheet(SHEETS[2])
    _table(
        commitments,
        (*L.COMMITMENT_COLUMNS, "AE initiales", "Compléments", "Retraits", "Programme", "Centre financier"),
        [
            (
                item.ej_number,
                item.date,
                item.supplier,
                item.marche,
                item.description,
                item.committed_ae,
                item.paid_cp,
                item.remaining,
                item.initial_ae,
                item.complements_ae,
                item.withdrawn_ae,
                item.programme,
                item.centre_financier,
            )
            for item in report.commitments
        ],
        (14, 12, 30, 24, 36, 16, 16, 16, 16, 14, 14, 11, 18),
        total=("Total", None, None, None, None, t.committed_ae, t.paid_cp, t.to_pay) if report.commitments else None,
    )

    payments = workbook.create_sheet(SHEETS[3])
    _table(
        payments,
        L.PAYMENT_COLUMNS,
        [
            (
                item.dp_number,
                item.ej_number,
                item.date,
                item.service_fait_on,
                item.supplier,
                item.amount,
                item.cancelled,
                item.net,
            )
            for item in report.payments
        ],
        (14, 14, 12, 14, 30, 16, 16, 16),
        total=("Total", None, None, None, None, None, None, t.paid_cp) if report.payments else None,
    )

    movements = workbook.create_sheet(SHEETS[4])
    _table(
        movements,
        L.MOVEMENT_COLUMNS,
        [
            (
                line.date,
                line.year,
                line.kind,
                line.ej_number,
                line.dp_number,
                line.ae,
                line.cp,
                line.supplier,
                line.marche,
                line.description,
                line.service_fait_on,
                line.source,
                line.recorded_on,
            )
            for line in report.movements
        ],
        (12, 10, 24, 14, 14, 16, 16, 30, 24, 36, 14, 14, 12),
    )

    progress = workbook.create_sheet(SHEETS[5])
    progress.append([f"{L.PROGRESS_TITLE} (à compléter par le délégataire)"])
    progress["A1"].font = Font(bold=True, size=13, color="000091")
    progress.append([L.PROGRESS_HELP])
    progress["A2"].alignment = WRAP
    progress.append([])
    progress.append(["Texte :"])
    progress["A4"].font = TOTAL_FONT
    progress.merge_cells("A5:A30")
    progress["A5"].alignment = WRAP
    progress["A5"].border = Border(*(Side(style="thin"),) * 4)
    progress.column_dimensions["A"].width = 110
    progress.row_dimensions[2].height = 32
    progress.append([])
    for row in range(5, 31):
        progress.row_dimensions[row].height = 18
    progress.cell(32, 1, "Fait à : ")
    progress.cell(33, 1, "Le : ")
    progress.cell(34, 1, "Pour le délégataire (nom, fonction) : ")

    workbook.properties.title = f"{L.TITLE} — {report.title}"
    delegataire = report.delegataire
    workbook.properties.creator = delegataire.name if delegataire else "conventio"
    workbook.properties.subject = f"Compte rendu d'exécution budgétaire au {L.day(report.report_date)}"
    workbook.properties.language = "fr-FR"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
