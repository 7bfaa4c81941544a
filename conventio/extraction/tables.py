"""Tables of amounts: find them in the text, read what each cell means, repair lost headers.

Every reader lays a table out as one row per line with cells separated by ``\\t``
(Markdown copies may use ``| a | b |`` rows, accepted too). This module knows
nothing of the record: it returns plain dataclasses with character offsets, and the
funding step turns them into record objects with provenance.

Reading a table of a délégation de gestion means giving each amount a *kind* (AE,
CP or both), a *year* and a *programme*. They come from three places, most specific
first: the column headers (possibly on several rows, a group header spanning the
empty cells on its right: « Année 2023 » over « AE | CP »), the row's own label
cells (« 2023 », « 163 », « AE », « Total »), and the table title (« Budget
Spécifique … - A partir de 2024 », « Total 2020-2024 »).

When a row holds more amounts than there are headers to name them, the headers were
lost in extraction (a merged cell, a page break): `TableReading.unlabelled` lists
those cells and nothing is assigned from that table until `repair_lost_headers`
proves that exactly one reading is consistent with the stated totals.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from conventio.extraction.chorus import normalise_centre_financier, programme_number
from conventio.extraction.money import decimal_mark_of, is_none_marker, read_amount


AE = "AE"
CP = "CP"

_PIPE_LINE = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*")
_PIPE_RULE = re.compile(r"^[\s|:\-–—]+$")

_KIND_AE = re.compile(r"\bAE\b|autorisations?\s+d['’]\s?engagements?", re.IGNORECASE)
_KIND_CP = re.compile(r"\bCP\b|cr[ée]dits?\s+de\s+paiements?", re.IGNORECASE)
_KIND_BOTH = re.compile(r"\bAE\s*[=/]\s*CP\b|\bAE\s+et\s+CP\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/]|à|au)\s*((?:19|20)\d\d)(?!\d)")
_TOTAL = re.compile(r"\btotal\b|\btotaux\b|\bcumul\b", re.IGNORECASE)
_PROGRAMME_HEADER = re.compile(r"\bprogrammes?\b|\bprog\.|^\s*P\s*$|\bBOP\b", re.IGNORECASE)
_AMOUNT_HEADER = re.compile(r"\bmontants?\b|€|\beuros?\b|\bbudget\b|\bdotation\b", re.IGNORECASE)
_LABEL_YEAR = re.compile(r"^(?:ann[ée]e|exercice|gestion)?\s*((?:19|20)\d\d)$", re.IGNORECASE)
# « 123 », « Programme 123 », « Prog. 123 », « P123 », « P. 123 » (budget tables abbreviate « programme »).
_LABEL_PROGRAMME = re.compile(r"^(?:programme|prog\.?|P\.?)?\s*(?:n°\s*)?(0?\d{3})(?:\s*[-–:].*)?$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,15}$")

# Upper bound on the readings the repair may enumerate (keeps garbage input fast).
MAX_READINGS = 2000


# ------------------------------------------------------------------------- structure


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Row:
    start: int
    end: int
    cells: list[Cell]


@dataclass
class RawTable:
    """A block of consecutive table rows and the title line above it, if any."""

    start: int
    end: int
    rows: list[Row]
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None

    @property
    def width(self) -> int:
        return max((len(row.cells) for row in self.rows), default=0)

    def cell(self, row: int, column: int) -> Cell | None:
        cells = self.rows[row].cells
        return cells[column] if column < len(cells) else None

    def text(self, row: int, column: int) -> str:
        cell = self.cell(row, column)
        return cell.text if cell is not None else ""


def _split_row(line_start: int, line: str, separator: str) -> Row:
    cells: list[Cell] = []
    position = line_start
    parts = line.split(separator)
    if separator == "|":
        # « | a | b | »: drop what precedes the first bar and follows the last one.
        first = line.index("|")
        position = line_start + first + 1
        parts = line[first + 1 : line.rindex("|")].split("|")
    for part in parts:
        stripped = part.strip()
        offset = position + (len(part) - len(part.lstrip())) if stripped else position
        cells.append(Cell(text=stripped, start=offset, end=offset + len(stripped)))
        position += len(part) + 1
    return Row(start=line_start, end=line_start + len(line), cells=cells)


_TITLE_MAX = 160


def _title_before(text: str, start: int) -> tuple[str, int, int] | None:
    """The short line just above a table (blank lines skipped) when it reads as a title."""
    cursor = start
    for _ in range(3):
        if cursor <= 0:
            return None
        line_end = cursor - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        stripped = line.strip()
        if not stripped:
            cursor = line_start
            continue
        if len(stripped) > _TITLE_MAX or "\t" in line or stripped.endswith((".", ":", ";", ",")):
            return None
        if stripped.startswith(("-", "•", "*")) or stripped.startswith("|"):
            return None
        offset = line_start + (len(line) - len(line.lstrip()))
        return stripped, offset, offset + len(stripped)
    return None


def _lines_with(text: str, character: str) -> list[tuple[int, int]]:
    """(start, end) of every line holding `character`, found with C-speed searches."""
    lines: list[tuple[int, int]] = []
    length = len(text)
    position = text.find(character)
    while position != -1:
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = length if end == -1 else end
        lines.append((start, end))
        if end >= length:
            break
        position = text.find(character, end)
    return lines


def find_tables(text: str) -> list[RawTable]:
    """Every table of `text`: runs of consecutive tab-separated (or ``|``-bordered) lines."""
    lines: list[tuple[int, str, str]] = [(start, text[start:end], "\t") for start, end in _lines_with(text, "\t")]
    if "|" in text:
        taken = {start for start, _, _ in lines}
        for start, end in _lines_with(text, "|"):
            line = text[start:end]
            if start not in taken and _PIPE_LINE.fullmatch(line):
                lines.append((start, line, "|"))
        lines.sort()
    tables: list[RawTable] = []
    current: list[Row] = []
    previous_end = -2
    for start, line, separator in lines:
        if separator == "|" and _PIPE_RULE.match(line):
            previous_end = start + len(line)
            continue
        # Rows may be spaced by blank lines (word processors, PDF grid tables): only
        # text between two tab lines ends a table.
        if current and (start - previous_end > 8 or text[previous_end:start].strip()):
            tables.append(_table(text, current))
            current = []
        current.append(_split_row(start, line, separator))
        previous_end = start + len(line)
    if current:
        tables.append(_table(text, current))
    return tables


def _table(text: str, rows: list[Row]) -> RawTable:
    table = RawTable(start=rows[0].start, end=rows[-1].end, rows=rows)
    title = _title_before(text, rows[0].start)
    if title is not None:
        table.title, table.title_start, table.title_end = title
    return table


# ----------------------------------------------------------------------- semantics


@dataclass(frozen=True)
class Label:
    """What a header, row label or title says about the amounts it governs."""

    kinds: frozenset[str] = frozenset()
    year: int | None = None
    first_year: int | None = None
    last_year: int | None = None
    programme: str | None = None
    total: bool = False
    programme_header: bool = False
    amount_header: bool = False

    def merged(self, other: Label) -> Label:
        """This label completed by a less specific one (self wins where it speaks)."""
        return Label(
            kinds=self.kinds or other.kinds,
            year=self.year if self.year is not None else other.year,
            first_year=self.first_year if self.first_year is not None else other.first_year,
            last_year=self.last_year if self.last_year is not None else other.last_year,
            programme=self.programme or other.programme,
            total=self.total or other.total,
            programme_header=self.programme_header or other.programme_header,
            amount_header=self.amount_header or other.amount_header,
        )


@functools.lru_cache(maxsize=4096)
def read_label(text: str) -> Label:
    """The kind, year(s), programme and total flag a piece of header text states."""
    if not text:
        return Label()
    kinds: frozenset[str]
    if _KIND_BOTH.search(text):
        kinds = frozenset((AE, CP))
    else:
        found = set()
        if _KIND_AE.search(text):
            found.add(AE)
        if _KIND_CP.search(text):
            found.add(CP)
        kinds = frozenset(found)
    first_year = last_year = year = None
    span = _YEAR_RANGE.search(text)
    if span:
        first_year, last_year = int(span.group(1)), int(span.group(2))
        if first_year > last_year:
            first_year = last_year = None
    else:
        years = {int(y) for y in _YEAR.findall(text)}
        if len(years) == 1:
            year = years.pop()
    programme = None
    match = _LABEL_PROGRAMME.match(text)
    if match:
        programme = programme_number(match.group(1))
    else:
        inline = re.search(r"\bprogramme\s+(?:n°\s*)?(0?\d{3})(?!\d)", text, re.IGNORECASE)
        if inline:
            programme = programme_number(inline.group(1))
    return Label(
        kinds=kinds,
        year=year,
        first_year=first_year,
        last_year=last_year,
        programme=programme,
        total=bool(_TOTAL.search(text)),
        programme_header=bool(_PROGRAMME_HEADER.search(text)),
        amount_header=bool(kinds) or bool(_AMOUNT_HEADER.search(text)),
    )


@functools.lru_cache(maxsize=4096)
def _row_label(text: str) -> Label:
    """A data row's label cell: a year, a programme number, a kind, « Total »…"""
    year = _LABEL_YEAR.match(text)
    if year:
        return Label(year=int(year.group(1)))
    label = read_label(text)
    return label


@dataclass
class ValueCell:
    """One cell in the value area of a table, with what the table says it is."""

    row: int
    column: int
    text: str
    start: int
    end: int
    amount: Decimal | None
    none_marker: bool
    ambiguous: bool
    label: Label  # merged column, row and title information


@dataclass
class TableReading:
    """How the cells of one table read: header rows, value cells, what is missing."""

    header_rows: list[int]
    data_rows: list[int]
    label_columns: list[int]
    value_columns: list[int]
    column_labels: dict[int, Label]
    column_headers: dict[int, str]
    row_labels: dict[int, Label]
    row_names: dict[int, str]
    title_label: Label
    cells: list[ValueCell] = field(default_factory=list)
    unlabelled: list[ValueCell] = field(default_factory=list)
    decimal_mark: str | None = None
    row_centres: dict[int, str] = field(default_factory=dict)  # centre financier printed in a row

    @property
    def is_amount_table(self) -> bool:
        return any(cell.amount is not None for cell in self.cells)


@functools.lru_cache(maxsize=4096)
def _strong_amount(text: str) -> bool:
    """An amount however the table is read: a unit or thousands/decimal marks."""
    if not text or _BARE_NUMBER.match(text):
        return False
    reading = read_amount(text)
    return reading.value is not None or reading.ambiguous


def read_table(table: RawTable) -> TableReading:
    """Split `table` into header rows, label columns and value cells, and label each cell."""
    width = table.width
    rows = range(len(table.rows))
    texts = [[table.text(r, c) for c in range(width)] for r in rows]
    strong = [[_strong_amount(texts[r][c]) for c in range(width)] for r in rows]
    first_data = next((r for r in rows if any(strong[r])), None)
    title_label = read_label(table.title or "")
    if first_data is None:
        return TableReading([], [], [], [], {}, {}, {}, {}, title_label)
    header_rows = list(range(first_data))
    data_rows = [r for r in rows if r >= first_data and any(strong[r])]
    # Column headers, group headers spreading over the empty cells on their right.
    column_labels: dict[int, Label] = {}
    column_headers: dict[int, str] = {}
    spread: list[list[str]] = []
    for r in header_rows:
        current = ""
        spread_row = []
        last_header = r == header_rows[-1]
        for c in range(width):
            value = texts[r][c]
            if value:
                current = value
            spread_row.append(value if last_header else current)
        spread.append(spread_row)
    for c in range(width):
        label = Label()
        parts = []
        for index in range(len(header_rows) - 1, -1, -1):
            text = spread[index][c]
            if text:
                label = label.merged(read_label(text))
        for index in range(len(header_rows)):
            if texts[header_rows[index]][c]:
                parts.append(texts[header_rows[index]][c])
        column_labels[c] = label
        column_headers[c] = " / ".join(parts)
    # Value columns: any column holding an amount in a data row, or headed as amounts,
    # or holding a none marker to the right of the first amount column.
    amount_columns = {c for c in range(width) if any(strong[r][c] for r in data_rows)}
    for c in range(width):
        own_header = " ".join(texts[r][c] for r in header_rows)
        if read_label(own_header).kinds and not column_labels[c].programme_header:
            amount_columns.add(c)
    first_amount = min(amount_columns)
    for c in range(first_amount, width):
        if any(is_none_marker(texts[r][c]) for r in data_rows):
            amount_columns.add(c)
    last_amount = max(amount_columns)
    # Inside the value area, a column empty in every data row is still a value
    # position (an empty cell states no amount, like « - »): if its header is missing
    # too, the repair must account for it rather than silently close the gap.
    value_columns = [
        c
        for c in range(first_amount, last_amount + 1)
        if c in amount_columns or not any(texts[r][c] for r in data_rows)
    ]
    label_columns = [c for c in range(width) if c not in value_columns]
    decimal_mark = decimal_mark_of([texts[r][c] for r in data_rows for c in value_columns if texts[r][c]])
    reading = TableReading(
        header_rows=header_rows,
        data_rows=data_rows,
        label_columns=label_columns,
        value_columns=value_columns,
        column_labels=column_labels,
        column_headers=column_headers,
        row_labels={},
        row_names={},
        title_label=title_label,
        decimal_mark=decimal_mark,
    )
    for r in data_rows:
        row_label = Label()
        names = []
        for c in label_columns:
            text = texts[r][c]
            if not text:
                continue
            centre = normalise_centre_financier(text) if "-" in text else None
            if centre is not None:
                reading.row_centres.setdefault(r, centre)
            cell_label = _row_label(text)
            if column_labels[c].programme_header and cell_label.programme is None:
                number = programme_number(text.split()[0]) if text.split() else None
                cell_label = cell_label.merged(Label(programme=number))
            if cell_label.year is None and cell_label.programme is None and not cell_label.kinds:
                names.append(text)
            elif cell_label.total:
                names.append(text)
            row_label = row_label.merged(cell_label)
        reading.row_labels[r] = row_label
        reading.row_names[r] = " ".join(names)
        for c in value_columns:
            cell = table.cell(r, c)
            text = texts[r][c]
            none_marker = is_none_marker(text)
            amount_reading = read_amount(text, decimal_mark=decimal_mark) if text and not none_marker else None
            amount = amount_reading.value if amount_reading else None
            if not text:
                continue
            start = cell.start if cell is not None else table.rows[r].end
            end = cell.end if cell is not None else start
            label = column_labels[c].merged(row_label)
            value_cell = ValueCell(
                row=r,
                column=c,
                text=text,
                start=start,
                end=end,
                amount=amount,
                none_marker=none_marker,
                ambiguous=bool(amount_reading and amount_reading.ambiguous),
                label=label,
            )
            reading.cells.append(value_cell)
            has_header_text = any(texts[h][c] for h in header_rows) or bool(column_headers[c])
            if not label.kinds and not has_header_text and not row_label.kinds and not label.total:
                reading.unlabelled.append(value_cell)
    return reading


# ------------------------------------------------------------------ lost-header repair


@dataclass(frozen=True)
class HeaderRepair:
    """The one reading of a table's value columns consistent with its stated totals."""

    labels: dict[int, tuple[str, int]]  # value column -> (kind, year)
    inserted: list[tuple[str, int]]
    readings_considered: int


@dataclass(frozen=True)
class RepairFailure:
    reason: str  # French, for the finding
    readings_considered: int = 0
    readings_consistent: int = 0


@dataclass(frozen=True)
class TotalConstraint:
    """A stated total the repaired table must add up to (per programme when given)."""

    programme: str | None
    ae: Decimal | None
    cp: Decimal | None


def _ordered(sequence: list[tuple[str, int]], key_order: str) -> bool:
    def key(label: tuple[str, int]) -> tuple[int, int]:
        kind_rank = 0 if label[0] == AE else 1
        return (label[1], kind_rank) if key_order == "year" else (kind_rank, label[1])

    keys = [key(label) for label in sequence]
    return all(a < b for a, b in itertools.pairwise(keys))


def _sort_key(key_order: str) -> Callable[[tuple[str, int]], tuple[int, int]]:
    def key(label: tuple[str, int]) -> tuple[int, int]:
        kind_rank = 0 if label[0] == AE else 1
        return (label[1], kind_rank) if key_order == "year" else (kind_rank, label[1])

    return key


def _consistent(
    rows: dict[str | None, list[tuple[tuple[str, int], Decimal | None]]],
    totals: list[TotalConstraint],
) -> bool:
    """Column sums equal the stated totals and cumulative CP never exceeds cumulative AE."""
    for programme, cells in rows.items():
        years = sorted({label[1] for label, _ in cells})
        ae_by_year = {year: Decimal(0) for year in years}
        cp_by_year = {year: Decimal(0) for year in years}
        for (kind, year), amount in cells:
            if amount is None:
                continue
            (ae_by_year if kind == AE else cp_by_year)[year] += amount
        cumulative_ae = cumulative_cp = Decimal(0)
        for year in years:
            cumulative_ae += ae_by_year[year]
            cumulative_cp += cp_by_year[year]
            if cumulative_cp > cumulative_ae:
                return False
        matching = [t for t in totals if t.programme in (None, programme)]
        if not matching:
            return False
        for total in matching:
            if total.ae is not None and sum(ae_by_year.values(), Decimal(0)) != total.ae:
                return False
            if total.cp is not None and sum(cp_by_year.values(), Decimal(0)) != total.cp:
                return False
    return True


def repair_lost_headers(
    reading: TableReading,
    totals: list[TotalConstraint],
    first_year: int | None,
    last_year: int | None,
) -> HeaderRepair | RepairFailure:
    """Restore the (kind, year) of every value column when exactly one reading fits.

    The known column headers (in order) must each name one kind and one year. Every
    way to complete them into an increasing AE/CP year sequence within
    [`first_year`, `last_year`] is a reading: since the sequence is strictly
    increasing, a reading is fully determined by the set of missing labels, chosen
    among the unused (kind, year) pairs of the range, and it places them where the
    order puts them. Both orders printed by administrations are tried (year by year,
    AE before CP; or all AE years then all CP years), each only if the known headers
    follow it. A reading survives when, for every data row, the sums of its AE and CP
    columns equal the stated totals and cumulative CP never exceeds cumulative AE.
    The table is repaired only when exactly one reading survives; no value is ever
    invented — the cells keep their amounts and only the headers move.
    """
    if first_year is None or last_year is None:
        return RepairFailure("aucune période (« Total 2020-2024 »…) n'est indiquée pour borner les années")
    if not totals:
        return RepairFailure("aucun total déclaré ne permet de vérifier une lecture")
    known: list[tuple[str, int]] = []
    for column in reading.value_columns:
        label = reading.column_labels[column]
        if len(label.kinds) == 1 and label.year is not None:
            known.append((next(iter(label.kinds)), label.year))
        elif label.kinds:
            return RepairFailure("les en-têtes connus ne nomment pas chacun une nature (AE/CP) et une année")
    missing = len(reading.value_columns) - len(known)
    if missing <= 0:
        return RepairFailure("le tableau compte moins de montants que d'en-têtes : des valeurs manquent")
    if any(not first_year <= year <= last_year for _, year in known):
        return RepairFailure("des en-têtes sortent de la période indiquée")
    if last_year - first_year > 30:
        return RepairFailure("la période indiquée est trop longue pour une lecture sûre")
    universe = [(kind, year) for year in range(first_year, last_year + 1) for kind in (AE, CP)]
    unused = [label for label in universe if label not in known]
    if missing > len(unused):
        return RepairFailure("il manque plus d'en-têtes que la période n'en permet")
    if math.comb(len(unused), missing) > MAX_READINGS:
        return RepairFailure("trop de lectures possibles pour conclure")
    by_column: dict[str | None, list[tuple[int, Decimal | None]]] = {}
    for cell in reading.cells:
        if cell.label.total:
            continue
        programme = reading.row_labels[cell.row].programme
        by_column.setdefault(programme, []).append((cell.column, cell.amount))
    sequences: set[tuple[tuple[str, int], ...]] = set()
    considered = 0
    for order in ("year", "kind"):
        if not _ordered(known, order):
            continue
        for chosen in itertools.combinations(unused, missing):
            considered += 1
            if considered > MAX_READINGS:
                return RepairFailure("trop de lectures possibles pour conclure", considered)
            sequence = tuple(sorted([*known, *chosen], key=_sort_key(order)))
            if not _ordered(list(sequence), order):
                continue
            # The known headers must keep their relative order (they always do when the
            # merged sequence is sorted and they were sorted) — and stay in place order.
            sequences.add(sequence)
    survivors = []
    for sequence in sorted(sequences):
        labels = dict(zip(reading.value_columns, sequence, strict=True))
        rows = {
            programme: [(labels[column], amount) for column, amount in cells] for programme, cells in by_column.items()
        }
        if _consistent(rows, totals):
            survivors.append(labels)
    if len(survivors) != 1:
        return RepairFailure(
            "aucune lecture n'est cohérente avec les totaux déclarés"
            if not survivors
            else f"{len(survivors)} lectures sont cohérentes avec les totaux déclarés",
            considered,
            len(survivors),
        )
    labels = survivors[0]
    inserted = [label for label in labels.values() if label not in known]
    return HeaderRepair(labels=labels, inserted=inserted, readings_considered=considered)


def years_in(texts: Iterable[str]) -> set[int]:
    """Every year mentioned in `texts`."""
    return {int(year) for text in texts for year in _YEAR.findall(text)}
