"""Chorus extractions built at test time: CSV (any encoding, delimiter, BOM) and XLSX (openpyxl).

Lines are dicts keyed by the column headers; amounts are `Decimal`s (written in the
French format in CSV, as numbers in XLSX) and dates `datetime.date`s (« JJ/MM/AAAA » in
CSV, real dates in XLSX), as Chorus restitutions come.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl import Workbook


# FAST 13's imputation as Chorus prints it (BG00/ prefixes, activité in « Référentiel de programmation »).
FAST13 = {
    "Centre financier": "BG00/0352-CFSE-CFIN",
    "Domaine fonctionnel": "0352-01",
    "Référentiel de programmation": "BG00/035200010101",
    "Centre de coûts": "AICDAIR075",
}
# DJEPVA's imputation: the convention writes « 163-CDJE-STET », Chorus « 0163-CDJE-STET ».
DJEPVA = {
    "Centre financier": "BG00/0163-CDJE-STET",
    "Domaine fonctionnel": "0163-01",
    "Référentiel de programmation": "BG00/016350010101",
    "Centre de coûts": "CENSTARETA",
}
UNKNOWN = {
    "Centre financier": "BG00/0999-XXXX-YYYY",
    "Domaine fonctionnel": "0999-01",
    "Référentiel de programmation": "",
    "Centre de coûts": "",
}

COLUMNS = [
    "N° EJ",
    "N° poste EJ",
    "N° DP",
    "Centre financier",
    "Domaine fonctionnel",
    "Référentiel de programmation",
    "Centre de coûts",
    "Fournisseur",
    "Date comptable",
    "Montant engagé",
    "Montant payé",
]

D = Decimal


def ej(
    number: str,
    amount: str,
    day: datetime.date,
    *,
    poste: str = "1",
    imputation: dict[str, str] = FAST13,
    supplier: str = "Société Coaching",
) -> dict[str, Any]:
    """An EJ poste line: its « Montant engagé »."""
    return {
        "N° EJ": number,
        "N° poste EJ": poste,
        **imputation,
        "Fournisseur": supplier,
        "Date comptable": day,
        "Montant engagé": D(amount),
    }


def dp(
    ej_number: str,
    number: str,
    amount: str,
    day: datetime.date,
    *,
    imputation: dict[str, str] = FAST13,
    supplier: str = "Société Coaching",
) -> dict[str, Any]:
    """A DP line on an EJ: its « Montant payé »."""
    return {
        "N° EJ": ej_number,
        "N° poste EJ": "1",
        "N° DP": number,
        **imputation,
        "Fournisseur": supplier,
        "Date comptable": day,
        "Montant payé": D(amount),
    }


def french(value: Any) -> str:
    """A cell as a French Excel export writes it."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        units, cents = f"{abs(value):.2f}".split(".")
        groups = []
        while units:
            groups.insert(0, units[-3:])
            units = units[:-3]
        return ("-" if value < 0 else "") + " ".join(groups) + "," + cents
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def csv_bytes(
    lines: Iterable[dict[str, Any]],
    *,
    columns: list[str] = COLUMNS,
    encoding: str = "cp1252",
    bom: bool = False,
    delimiter: str = ";",
    before: Iterable[str] = (),
) -> bytes:
    """The CSV file; `before` are title lines above the header, as some restitutions have."""
    rows = [*before, delimiter.join(columns)]
    for line in lines:
        rows.append(delimiter.join(french(line.get(column)) for column in columns))
    data = ("\r\n".join(rows) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(
    lines: Iterable[dict[str, Any]],
    *,
    columns: list[str] = COLUMNS,
    before: Iterable[list[Any]] = (),
    cover_sheet: bool = False,
) -> bytes:
    """The XLSX workbook: numbers as numbers, dates as dates; optionally a cover sheet first."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if cover_sheet:
        sheet.title = "Paramètres"
        sheet.append(["Restitution Chorus", "INF-BUD-53"])
        sheet.append(["Exercice", 2023])
        sheet = workbook.create_sheet("Données")
    for row in before:
        sheet.append(row)
    sheet.append(columns)
    for line in lines:
        values = []
        for column in columns:
            value = line.get(column)
            if isinstance(value, Decimal):
                value = float(value)
            elif isinstance(value, str) and value.isdigit() and column in ("N° EJ", "N° DP"):
                value = int(value)  # Excel keeps piece numbers as numbers
            values.append(value)
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
