"""Tables of the funding article: cells, budget lines, stated totals, lost-header repair.

Every table of the document is kept as printed (`Funding.tables`, each cell with its
text, parsed amount and span). Tables of amounts then give:

- budget lines (programme, year, AE, CP, scope = the table's title), one per row
  and year; a cell marked « - » is an absent amount, not a zero;
- stated totals: a table titled « Total … » (it totals the amount table just above
  it, over the years its title states), or a « Total » row/column inside a table.

When a row holds more amounts than the headers name (the 2022 headers of a
multi-year table lost in extraction), no line is assigned from that table unless
`conventio.extraction.tables.repair_lost_headers` finds exactly one reading that
matches the stated totals and keeps cumulative CP under cumulative AE; the table
then says how it was repaired (`Table.repair`) and its lines carry the method
``repair:lost-header-sequence``. `funding_checks` turns both cases into findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from conventio.extraction.context import Context, construct
from conventio.extraction.fields.funding_codes import add_programme
from conventio.extraction.fields.funding_common import FundingState, ProgrammeContext
from conventio.extraction.money import euros
from conventio.extraction.record import BudgetLine, Severity, StatedTotal, Table, TableCell, TableColumn
from conventio.extraction.tables import (
    AE,
    CP,
    HeaderRepair,
    Label,
    RawTable,
    TableReading,
    TotalConstraint,
    ValueCell,
    find_tables,
    read_table,
    repair_lost_headers,
)


REPAIR_METHOD = "repair:lost-header-sequence"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass
class _LineDraft:
    programme: str | None
    year: int
    scope: str | None
    table: int
    method: str
    ae: Decimal | None = None
    cp: Decimal | None = None
    centre_financier: str | None = None
    kinds_seen: set[str] = field(default_factory=set)
    start: int = 0
    end: int = 0


def _record_table(ctx: Context, raw: RawTable, reading: TableReading) -> Table:
    """The table as printed: header rows' text, then every other row's cells."""
    header_rows = set(reading.header_rows)
    value_cells = {(cell.row, cell.column): cell for cell in reading.cells}
    rows: list[list[TableCell]] = []
    for index, row in enumerate(raw.rows):
        if index in header_rows:
            continue
        cells = []
        for column, cell in enumerate(row.cells):
            value = value_cells.get((index, column))
            amount = value.amount if value is not None else None
            source = ctx.provenance(cell.start, cell.end, "table:cell")
            # Every cell of every table: built without validation when the values have their types.
            if type(cell.text) is str and (amount is None or type(amount) is Decimal):
                cells.append(construct(TableCell, {"text": cell.text, "amount": amount, "source": source}))
            else:
                cells.append(TableCell(text=cell.text, amount=amount, source=source))
        rows.append(cells)
    columns = [_column(reading, column) for column in reading.value_columns]
    start = raw.title_start if raw.title_start is not None else raw.start
    values: dict[str, object] = {
        "title": raw.title,
        "header_rows": [[cell.text for cell in raw.rows[index].cells] for index in reading.header_rows],
        "rows": rows,
        "columns": columns,
        "header_mismatch": None,
        "repair": None,
        "source": ctx.provenance(start, raw.end, "table:block"),
    }
    # Lists made here, of models made here: validating would only copy them (a few per document).
    if raw.title is None or type(raw.title) is str:
        return construct(Table, values)
    return Table.model_validate(values)


def _column(reading: TableReading, column: int) -> TableColumn:
    """How a value column was read; built without validation when its values have their types."""
    label = reading.column_labels[column]
    values: dict[str, object] = {
        "index": column,
        "header": reading.column_headers.get(column, ""),
        "kinds": sorted(label.kinds),
        "year": label.year,
        "method": "header",
    }
    if type(column) is int and type(values["header"]) is str and (label.year is None or type(label.year) is int):
        return construct(TableColumn, values)
    return TableColumn.model_validate(values)


def _context_year(ctx: Context, raw: RawTable) -> int | None:
    """The one year stated in the sentence that introduces the table, if exactly one."""
    start = raw.title_start if raw.title_start is not None else raw.start
    window = ctx.text[max(0, start - 400) : start]
    intro = window.rstrip().rsplit("\n", 1)[-1] if window.strip() else ""
    years = {int(year) for year in _YEAR.findall(intro)}
    return years.pop() if len(years) == 1 else None


def _drafts_from_cells(
    cells: list[ValueCell],
    labels: dict[int, tuple[str, int]] | None,
    reading: TableReading,
    table_index: int,
    scope: str | None,
    title: Label,
    context_year: int | None,
    method: str,
    programmes: ProgrammeContext,
) -> tuple[list[_LineDraft], dict[str, list[ValueCell]]]:
    """Budget line drafts from value cells (`labels` overrides the column headers).

    Also returns the amounts that could not become lines, by missing piece (« kind »:
    neither AE nor CP is stated for them; « year »: no year is).
    """
    drafts: dict[tuple[int, int, str | None], _LineDraft] = {}
    ordered: list[_LineDraft] = []
    unread: dict[str, list[ValueCell]] = {"kind": [], "year": []}
    for cell in cells:
        if cell.label.total or (cell.amount is None and not cell.none_marker):
            continue
        if labels is not None and cell.column in labels:
            kind, year = labels[cell.column]
            kinds: frozenset[str] = frozenset((kind,))
            year_value: int | None = year
            cell_method = method
        else:
            kinds = cell.label.kinds
            year_value = cell.label.year
            cell_method = method
            if year_value is None and title.year is not None:
                year_value, cell_method = title.year, method + "+title-year"
            elif year_value is None and context_year is not None:
                year_value, cell_method = context_year, method + "+context-year"
        if not kinds or year_value is None:
            if cell.amount is not None:
                unread["kind" if not kinds else "year"].append(cell)
            continue
        programme = reading.row_labels[cell.row].programme or cell.label.programme or title.programme
        if programme is None and programmes.only is not None:
            programme, cell_method = programmes.only, cell_method + "+context-programme"
        row_name = reading.row_names.get(cell.row) or None
        line_scope = f"{scope} — {row_name}" if scope and row_name else (scope or row_name)
        key = (cell.row if row_name else -1, year_value, programme)
        draft = drafts.get(key)
        if draft is None or draft.kinds_seen & kinds:
            draft = _LineDraft(
                programme=programme,
                year=year_value,
                scope=line_scope,
                table=table_index,
                method=cell_method,
                centre_financier=reading.row_centres.get(cell.row),
                start=cell.start,
                end=cell.end,
            )
            drafts[key] = draft
            ordered.append(draft)
        draft.kinds_seen |= kinds
        if AE in kinds:
            draft.ae = cell.amount
        if CP in kinds:
            draft.cp = cell.amount
        draft.start = min(draft.start, cell.start)
        draft.end = max(draft.end, cell.end)
    return [d for d in ordered if d.ae is not None or d.cp is not None], unread


# The types `BudgetLine`'s optional fields hold as they are (anything else goes through validation).
_NONE = type(None)
_TYPES: dict[str, tuple[type, ...]] = {
    "programme": (str, _NONE),
    "centre_financier": (str, _NONE),
    "ae": (Decimal, _NONE),
    "cp": (Decimal, _NONE),
    "scope": (str, _NONE),
    "table": (int, _NONE),
}


def _add_lines(ctx: Context, drafts: list[_LineDraft], programmes: ProgrammeContext) -> None:
    for draft in drafts:  # document order: tables in turn, cells in reading order
        centre = draft.centre_financier
        if centre is None and draft.programme:
            centre = programmes.centre_by_programme.get(draft.programme)
        values: dict[str, object] = {
            "programme": draft.programme,
            "centre_financier": centre,
            "year": draft.year,
            "ae": draft.ae,
            "cp": draft.cp,
            "scope": draft.scope,
            "table": draft.table,
            "source": ctx.provenance(draft.start, draft.end, draft.method),
        }
        # A few per document, each value already of its field's type (checked where it could not be).
        typed = type(draft.year) is int and all(
            type(values[name]) in _TYPES[name]
            for name in ("programme", "centre_financier", "ae", "cp", "scope", "table")
        )
        ctx.record.funding.budget_lines.append(
            construct(BudgetLine, values) if typed else BudgetLine.model_validate(values)
        )


def _totals_of_table(
    ctx: Context, raw: RawTable, reading: TableReading, index: int, covers: list[int]
) -> list[StatedTotal]:
    """Stated totals in a table: every cell of a « Total … » table, or Total rows/columns."""
    title = reading.title_label
    whole_table_total = title.total
    by_row: dict[int, StatedTotal] = {}
    totals: list[StatedTotal] = []
    years = sorted({cell.label.year for cell in reading.cells if cell.label.year is not None})
    for cell in reading.cells:
        if cell.amount is None or not (whole_table_total or cell.label.total):
            continue
        row_label = reading.row_labels[cell.row]
        total = by_row.get(cell.row)
        if total is None:
            label = (raw.title if whole_table_total else None) or reading.row_names.get(cell.row) or "Total"
            total = StatedTotal(
                label=label,
                programme=row_label.programme or title.programme,
                first_year=title.first_year if whole_table_total else (years[0] if years else None),
                last_year=title.last_year if whole_table_total else (years[-1] if years else None),
                tables=covers if whole_table_total else [index],
                source=ctx.provenance(cell.start, cell.end, "table:total"),
            )
            by_row[cell.row] = total
            totals.append(total)
        kinds = cell.label.kinds
        if AE in kinds:
            total.ae = cell.amount
        if CP in kinds:
            total.cp = cell.amount
        if not kinds:
            total.amount = cell.amount
        if total.source.span is not None and cell.end > total.source.span.end:
            total.source = ctx.provenance(total.source.span.start, cell.end, "table:total")
    return totals


def _repair_text(raw: RawTable, reading: TableReading, repair: HeaderRepair, totals: list[StatedTotal]) -> str:
    inserted = ", ".join(f"{kind}-{year}" for kind, year in repair.inserted)
    stated = " ; ".join(
        f"« {total.label} » AE {euros(total.ae)}, CP {euros(total.cp)}" for total in totals if total.tables
    )
    return (
        f"Le tableau « {raw.title or 'sans titre'} » compte {len(reading.value_columns)} colonnes de montants pour "
        f"{len(reading.value_columns) - len(repair.inserted)} en-têtes AE/CP : les en-têtes {inserted} manquaient "
        f"(perdus à l'extraction). Une seule lecture sur {repair.readings_considered} envisagée(s) respecte le "
        f"total déclaré ({stated}) et la règle « CP cumulés ≤ AE cumulés » année par année : les années ont été "
        "rétablies selon cette lecture. Vérification humaine requise."
    )


def extract_tables(ctx: Context, state: FundingState) -> None:
    """Fill `funding.tables`, `funding.budget_lines` and `funding.stated_totals` from the tables."""
    raw_tables = find_tables(ctx.text)
    readings = [read_table(raw) for raw in raw_tables]
    state.set_tables(raw_tables, readings)
    funding = ctx.record.funding
    # Programmes named in a table's programme column are programmes of the document.
    for raw, reading in zip(raw_tables, readings, strict=True):
        for row, label in reading.row_labels.items():
            if label.programme is None:
                continue
            cell = next((raw.cell(row, c) for c in reading.label_columns if raw.text(row, c)), None)
            if cell is not None:
                add_programme(ctx, label.programme, cell.start, cell.end, "table:programme-column")
    programmes = ProgrammeContext(ctx)
    previous_amount_table: int | None = None
    totals_by_table: dict[int, list[StatedTotal]] = {}
    for position, (raw, reading) in enumerate(zip(raw_tables, readings, strict=True)):
        index = len(funding.tables)
        state.table_index[position] = index
        funding.tables.append(_record_table(ctx, raw, reading))
        if not reading.is_amount_table:
            continue
        covers = [previous_amount_table] if reading.title_label.total and previous_amount_table is not None else []
        totals = _totals_of_table(ctx, raw, reading, index, covers)
        funding.stated_totals.extend(totals)
        for total in totals:
            for covered in total.tables or [index]:
                totals_by_table.setdefault(covered, []).append(total)
        if not reading.title_label.total:
            previous_amount_table = index
    # Lines, after every total is known (a « Total » table follows the table it totals).
    drafts: list[_LineDraft] = []
    for position, (raw, reading) in enumerate(zip(raw_tables, readings, strict=True)):
        if not reading.is_amount_table or reading.title_label.total:
            continue
        index = state.table_index[position]
        table = funding.tables[index]
        scope = raw.title
        context_year = _context_year(ctx, raw)
        labels: dict[int, tuple[str, int]] | None = None
        method = "table:header+row"
        if reading.unlabelled:
            labels = _try_repair(ctx, raw, reading, table, totals_by_table.get(index, []))
            if labels is None:
                continue
            method = REPAIR_METHOD
        new, unread = _drafts_from_cells(
            reading.cells, labels, reading, index, scope, reading.title_label, context_year, method, programmes
        )
        drafts.extend(new)
        _report_unread(ctx, raw, unread)
    _add_lines(ctx, drafts, programmes)


_UNREAD_REASONS = {
    "kind": "n'indiquent ni AE ni CP (ni l'en-tête, ni la ligne ne le disent)",
    "year": "n'ont pas d'année indiquée par l'en-tête, la ligne, le titre ou la phrase qui l'introduit",
}


def _report_unread(ctx: Context, raw: RawTable, unread: dict[str, list[ValueCell]]) -> None:
    """Say which amounts of a table could not become budget lines, and why."""
    for reason, cells in unread.items():
        if not cells:
            continue
        ctx.finding(
            # Without AE/CP the amount may not be a budget amount at all (an annex's budget):
            # information. With AE/CP but no year it is one, and a gap: warning.
            Severity.INFO if reason == "kind" else Severity.WARNING,
            f"table-amount-without-{reason}",
            f"Le tableau « {raw.title or 'sans titre'} » contient {len(cells)} montant(s) qui "
            f"{_UNREAD_REASONS[reason]} : ils ne sont pas repris en lignes budgétaires.",
            field="funding.budget_lines",
            start=cells[0].start,
            end=cells[-1].end,
        )


def _try_repair(
    ctx: Context, raw: RawTable, reading: TableReading, table: Table, totals: list[StatedTotal]
) -> dict[int, tuple[str, int]] | None:
    """Repair the lost headers of `table` when exactly one reading fits; describe the outcome."""
    labelled = len(reading.value_columns) - len({cell.column for cell in reading.unlabelled})
    table.header_mismatch = (
        f"Le tableau « {raw.title or 'sans titre'} » contient {len(reading.value_columns)} colonnes de montants "
        f"mais seulement {labelled} en-têtes les nomment : les en-têtes et les valeurs ne concordent pas."
    )
    external = [total for total in totals if total.tables]
    first_years = [total.first_year for total in external if total.first_year is not None]
    last_years = [total.last_year for total in external if total.last_year is not None]
    first_year = min(first_years) if first_years else reading.title_label.first_year
    last_year = max(last_years) if last_years else reading.title_label.last_year
    constraints = [TotalConstraint(total.programme, total.ae, total.cp) for total in external]
    outcome = repair_lost_headers(reading, constraints, first_year, last_year)
    if not isinstance(outcome, HeaderRepair):
        table.header_mismatch += f" Aucune réparation sûre : {outcome.reason}. Les montants ne sont pas affectés."
        return None
    table.repair = _repair_text(raw, reading, outcome, external)
    inserted = set(outcome.inserted)
    for column in table.columns:
        if column.index not in outcome.labels:
            continue
        kind, year = outcome.labels[column.index]
        if column.kinds == [kind] and column.year == year:
            continue
        column.kinds = [kind]
        column.year = year
        column.method = REPAIR_METHOD + (":inserted" if (kind, year) in inserted else ":shifted")
    return outcome.labels
