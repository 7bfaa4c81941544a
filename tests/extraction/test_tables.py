"""Tables: detection, reading of headers/labels/cells, and the lost-header repair algorithm.

The tables here are written for the tests (other ministries' layouts); the seed with the
lost header is tested end to end in test_funding.py.
"""

from __future__ import annotations

from decimal import Decimal

from conventio.extraction.tables import (
    AE,
    CP,
    HeaderRepair,
    RepairFailure,
    TotalConstraint,
    find_tables,
    read_label,
    read_table,
    repair_lost_headers,
)


def _one_table(text: str) -> tuple[object, object]:
    tables = find_tables(text)
    assert len(tables) == 1
    return tables[0], read_table(tables[0])


def test_find_tables_groups_consecutive_rows_and_reads_the_title() -> None:
    text = (
        "Article 4 : Exécution financière\n\n"
        "Répartition des crédits\n\n"
        "Année\tAE\tCP\n2025\t10 000 €\t5 000 €\n2026\t\t5 000 €\n"
        "Le délégataire rend compte.\n"
        "Montants suivants :\n"
        "Programme\tAE\tCP\n0123\t1 000 €\t1 000 €\n"
    )
    tables = find_tables(text)
    assert [table.title for table in tables] == ["Répartition des crédits", None]
    assert [len(table.rows) for table in tables] == [3, 2]
    first = tables[0]
    assert [cell.text for cell in first.rows[1].cells] == ["2025", "10 000 €", "5 000 €"]
    cell = first.rows[1].cells[1]
    assert text[cell.start : cell.end] == "10 000 €"


def test_pipe_tables_of_markdown_copies_are_tables_too() -> None:
    text = "| Année | AE | CP |\n|---|---|---|\n| 2025 | 10 000 € | 5 000 € |\n"
    table, reading = _one_table(text)
    assert [cell.text for cell in table.rows[1].cells] == ["2025", "10 000 €", "5 000 €"]
    assert [(c.label.year, sorted(c.label.kinds), c.amount) for c in reading.cells] == [
        (2025, [AE], Decimal("10000.00")),
        (2025, [CP], Decimal("5000.00")),
    ]


def test_no_table_without_tabs_or_bars() -> None:
    assert find_tables("Un texte sans tableau.\nDeux lignes.") == []


def test_year_rows_and_kind_columns() -> None:
    _, reading = _one_table("\tAE\tCP\n2025\t10 000 €\t5 000 €\n2026\t-\t5 000 €\n")
    assert reading.header_rows == [0]
    assert reading.label_columns == [0]
    assert [(c.label.year, sorted(c.label.kinds), c.amount, c.none_marker) for c in reading.cells] == [
        (2025, [AE], Decimal("10000.00"), False),
        (2025, [CP], Decimal("5000.00"), False),
        (2026, [AE], None, True),
        (2026, [CP], Decimal("5000.00"), False),
    ]
    assert reading.unlabelled == []


def test_kind_rows_and_year_columns_with_a_total_column() -> None:
    text = (
        "\t2025\t2026\tTotal\n"
        "Autorisations d'engagement\t100 000,00\t\t100 000,00\n"
        "Crédits de paiement\t60 000,00\t40 000,00\t100 000,00\n"
    )
    _, reading = _one_table(text)
    described = [(c.label.year, sorted(c.label.kinds), c.label.total, c.amount) for c in reading.cells]
    assert described == [
        (2025, [AE], False, Decimal("100000.00")),
        (None, [AE], True, Decimal("100000.00")),
        (2025, [CP], False, Decimal("60000.00")),
        (2026, [CP], False, Decimal("40000.00")),
        (None, [CP], True, Decimal("100000.00")),
    ]


def test_group_header_spreads_over_the_columns_below() -> None:
    text = "Programme\t2025\t\t2026\t\n\tAE\tCP\tAE\tCP\nP0123\t1 000 €\t500 €\t\t500 €\n"
    _, reading = _one_table(text)
    assert [(c.label.year, sorted(c.label.kinds), c.label.programme) for c in reading.cells] == [
        (2025, [AE], "123"),
        (2025, [CP], "123"),
        (2026, [CP], "123"),
    ]


def test_programme_and_year_label_columns() -> None:
    text = "Programme\tAnnée\tAE = CP\n0123\t2025\t20 000 €\n0456\t2025\t30 000 €\n"
    _, reading = _one_table(text)
    assert reading.label_columns == [0, 1]
    assert [(c.label.programme, c.label.year, sorted(c.label.kinds)) for c in reading.cells] == [
        ("123", 2025, [AE, CP]),
        ("456", 2025, [AE, CP]),
    ]


def test_key_value_tables_are_not_amount_tables() -> None:
    _, reading = _one_table("Domaine fonctionnel :\t0352-01\nActivité :\t035200010101\n")
    assert not reading.is_amount_table


def test_read_label() -> None:
    assert read_label("AE-2020").kinds == {AE} and read_label("AE-2020").year == 2020
    assert read_label("Crédits de paiement 2024").kinds == {CP}
    total = read_label("Total 2020-2024")
    assert total.total and (total.first_year, total.last_year) == (2020, 2024)
    assert read_label("Montant AE=CP").kinds == {AE, CP}
    assert read_label("Budget spécifique - A partir de 2024").year == 2024


# ----------------------------------------------------------------------- repair


LOST = "Programme\tAE-2021\tCP-2021\tAE-2023\tCP-2023\t\n0123\t100,00\t50,00\t30,00\t60,00\t\t20,00\n"


def test_more_values_than_headers_is_noticed() -> None:
    _, reading = _one_table(LOST)
    assert reading.value_columns == [1, 2, 3, 4, 5, 6]
    assert [cell.text for cell in reading.unlabelled] == ["20,00"]


def test_repair_restores_the_only_consistent_year_sequence() -> None:
    # Values: 100 | 50 | 30 | 60 | (empty) | 20 ; the headers of 2022 were lost.
    _, reading = _one_table(LOST)
    totals = [TotalConstraint(programme="123", ae=Decimal("130.00"), cp=Decimal("130.00"))]
    outcome = repair_lost_headers(reading, totals, 2021, 2023)
    assert isinstance(outcome, HeaderRepair)
    assert outcome.labels == {
        1: (AE, 2021),
        2: (CP, 2021),
        3: (AE, 2022),
        4: (CP, 2022),
        5: (AE, 2023),
        6: (CP, 2023),
    }
    assert outcome.inserted == [(AE, 2022), (CP, 2022)]


def test_repair_refuses_without_a_stated_range() -> None:
    _, reading = _one_table(LOST)
    totals = [TotalConstraint(programme="123", ae=Decimal("130.00"), cp=Decimal("130.00"))]
    outcome = repair_lost_headers(reading, totals, None, None)
    assert isinstance(outcome, RepairFailure)


def test_repair_refuses_without_totals() -> None:
    _, reading = _one_table(LOST)
    assert isinstance(repair_lost_headers(reading, [], 2021, 2023), RepairFailure)


def test_repair_refuses_when_no_reading_matches_the_totals() -> None:
    _, reading = _one_table(LOST)
    totals = [TotalConstraint(programme="123", ae=Decimal("131.00"), cp=Decimal("130.00"))]
    outcome = repair_lost_headers(reading, totals, 2021, 2023)
    assert isinstance(outcome, RepairFailure)
    assert outcome.readings_consistent == 0


def test_repair_refuses_when_several_readings_fit() -> None:
    # The lost headers may be AE-2022/CP-2022, AE-2023/CP-2023 or AE-2022/CP-2023: all
    # add up and keep cumulative CP under cumulative AE, so nothing is restored.
    text = "Programme\tAE-2021\tCP-2021\t\t\n0123\t100,00\t50,00\t30,00\t60,00\n"
    _, reading = _one_table(text)
    totals = [TotalConstraint(programme="123", ae=Decimal("130.00"), cp=Decimal("110.00"))]
    outcome = repair_lost_headers(reading, totals, 2021, 2023)
    assert isinstance(outcome, RepairFailure)
    assert outcome.readings_consistent == 3


def test_cumulative_rule_discards_readings() -> None:
    # One lost header: the last value is either AE-2022 or CP-2022.
    text = "Programme\tAE-2021\tCP-2021\t\n0123\t100,00\t90,00\t20,00\n"
    _, reading = _one_table(text)
    # Candidates: AE-2022 (AE 120, CP 90) or CP-2022 (AE 100, CP 110: cumulative CP > AE).
    totals = [TotalConstraint(programme=None, ae=Decimal("120.00"), cp=None)]
    outcome = repair_lost_headers(reading, totals, 2021, 2022)
    assert isinstance(outcome, HeaderRepair)
    assert outcome.labels[3] == (AE, 2022)
    only_cp_total = [TotalConstraint(programme=None, ae=None, cp=Decimal("110.00"))]
    refused = repair_lost_headers(reading, only_cp_total, 2021, 2022)
    assert isinstance(refused, RepairFailure)  # the CP reading breaks « CP cumulés ≤ AE cumulés »


def test_repair_handles_headers_ordered_by_kind() -> None:
    text = "Programme\tAE-2021\tAE-2022\tCP-2021\t\n0123\t100,00\t20,00\t50,00\t70,00\n"
    _, reading = _one_table(text)
    totals = [TotalConstraint(programme="123", ae=Decimal("120.00"), cp=Decimal("120.00"))]
    outcome = repair_lost_headers(reading, totals, 2021, 2022)
    assert isinstance(outcome, HeaderRepair)
    assert outcome.labels == {1: (AE, 2021), 2: (AE, 2022), 3: (CP, 2021), 4: (CP, 2022)}


def test_repair_never_needs_more_headers_than_values() -> None:
    text = "Programme\tAE-2021\tCP-2021\tAE-2022\tCP-2022\n0123\t100,00\t50,00\n"
    _, reading = _one_table(text)
    assert reading.unlabelled == []
