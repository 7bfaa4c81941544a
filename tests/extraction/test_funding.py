"""Funding extraction and its checks, on the two seeds, the corpus and mutated seeds.

The funding step and `check_funding` are run directly on a fresh record (not through
the whole pipeline) so that these tests only depend on the funding code. Mutations
replace facts (amounts, shares, codes) in the seed text read from ../shared.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest

from conventio.extraction.context import Context
from conventio.extraction.fields.funding import extract_funding
from conventio.extraction.funding_checks import check_funding
from conventio.extraction.labels import to_labels
from conventio.extraction.readers import read_document
from conventio.extraction.record import Record, Severity, SourceInfo
from conventio.extraction.text import normalise_pages
from tests.conftest import CORPUS, DJEPVA, FAST13


# A hang detector, not a speed test (speed is measured by benchmarks/): these inputs take
# milliseconds; a quadratic rule takes minutes.
HANG_SECONDS = 10.0


def funding_record(text: str, *, complete: bool = True, name: str = "test.txt") -> Record:
    """Run the funding step and its checks on `text`."""
    doc = normalise_pages([text], format="text")
    record = Record(
        source=SourceInfo(name=name, sha256="", format=doc.format, pages=doc.page_count, characters=len(doc.text)),
        complete_text=complete,
    )
    ctx = Context(doc=doc, record=record)
    extract_funding(ctx)
    check_funding(ctx)
    return record


def codes(record: Record, severity: Severity | None = None) -> list[str]:
    return [f.code for f in record.findings if severity is None or f.severity == severity]


def mutate(path: Path, old: str, new: str, count: int = 1) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times in {path.name}"
    return text.replace(old, new)


def lines_of(record: Record) -> list[tuple[str | None, int, Decimal | None, Decimal | None]]:
    return [(line.programme, line.year, line.ae, line.cp) for line in record.funding.budget_lines]


def D(value: str) -> Decimal:  # noqa: N802 - reads like a literal
    return Decimal(value)


@pytest.fixture(scope="module")
def fast13() -> Record:
    return funding_record(FAST13.read_text(encoding="utf-8"), name=FAST13.name)


@pytest.fixture(scope="module")
def djepva() -> Record:
    return funding_record(DJEPVA.read_text(encoding="utf-8"), name=DJEPVA.name)


def spans_point_at_their_text(record: Record, text: str) -> None:
    for table in record.funding.tables:
        for row in table.rows:
            for cell in row:
                span = cell.source.span
                assert span is not None and text[span.start : span.end] == cell.text


# -------------------------------------------------------------------- FAST 13 (000)


def test_fast13_programme_and_codes(fast13: Record) -> None:
    funding = fast13.funding
    assert [(p.number, p.label) for p in funding.programmes] == [("352", "innovations et transformations numériques")]
    assert [c.value for c in funding.centres_financiers] == ["0352-CFSE-CFIN"]
    chorus = funding.chorus
    assert chorus.domaine_fonctionnel is not None and chorus.domaine_fonctionnel.value == "0352-01"
    assert chorus.centre_financier is not None and chorus.centre_financier.value == "0352-CFSE-CFIN"
    assert [a.value for a in chorus.activites] == ["035200010101"]
    assert chorus.centre_cout is not None and chorus.centre_cout.value == "AICDAIR075"
    assert chorus.axe_ministeriel is None


def test_fast13_envelope_and_delegated_amount(fast13: Record) -> None:
    funding = fast13.funding
    assert len(funding.envelopes) == 1
    envelope = funding.envelopes[0]
    assert envelope.total == D("250000.00")
    assert [(p.amount, p.delegated, p.holder) for p in envelope.parts] == [
        (D("30000.00"), False, "DINUM"),
        (D("220000.00"), True, None),
    ]
    assert funding.total_amount is not None and funding.total_amount.value == D("220000.00")
    assert funding.total_amount.source.method == "envelope:delegated-part"


def test_fast13_budget_lines(fast13: Record) -> None:
    lines = [(x.programme, x.centre_financier, x.year, x.ae, x.cp) for x in fast13.funding.budget_lines]
    assert lines == [
        ("352", "0352-CFSE-CFIN", 2023, D("220000.00"), D("110000.00")),
        ("352", "0352-CFSE-CFIN", 2024, None, D("110000.00")),
    ]
    for line in fast13.funding.budget_lines:
        assert line.ae is None or line.ae.as_tuple().exponent == -2
        assert line.table == 0


def test_fast13_tables_keep_every_cell(fast13: Record) -> None:
    tables = fast13.funding.tables
    amounts = tables[0]
    assert amounts.header_rows == [["", "AE", "CP"]]
    assert [[c.text for c in row] for row in amounts.rows] == [
        ["2023", "220 000 €", "110 000 €"],
        ["2024", "", "110 000 €"],
    ]
    assert [[c.amount for c in row] for row in amounts.rows] == [
        [None, D("220000.00"), D("110000.00")],
        [None, None, D("110000.00")],
    ]
    # The Chorus reference block is a table too (label | value), with no amount.
    assert any(row[0].text.startswith("Domaine fonctionnel") for table in tables for row in table.rows)
    spans_point_at_their_text(fast13, read_document(FAST13.read_bytes()).text)


def test_fast13_tranches(fast13: Record) -> None:
    tranches = fast13.funding.tranches
    assert [(t.share, t.amount) for t in tranches] == [(D("50"), D("110000.00")), (D("50"), D("110000.00"))]
    first, second = tranches
    assert first.event.startswith("signature")
    assert first.condition is None and first.date_hint is None
    assert second.event.startswith("bilan de mi-parcours")
    assert second.date_hint == "fin novembre"
    assert second.condition is not None and second.condition.startswith("sous réserve de")
    assert all(t.source.method == "tranche:share-of-delegated-amount" for t in tranches)


def test_fast13_accounting(fast13: Record) -> None:
    funding = fast13.funding
    assert funding.comptable_assignataire is not None
    assert funding.comptable_assignataire.value == "le CBCM du partenaire-délégataire"
    assert [c.value for c in funding.cbcm_copies] == [
        "CBCM des services du Premier ministre",
        "CBCM du partenaire-délégataire",
    ]


def test_fast13_has_no_funding_finding(fast13: Record) -> None:
    assert codes(fast13) == []


# ---------------------------------------------------------------------- DJEPVA (004)

REPAIRED = [
    (2020, D("1499618.60"), D("1245072.56")),
    (2021, D("2009474.32"), D("1866592.14")),
    (2022, D("320493.96"), D("717922.18")),
    (2023, D("581040.00"), D("246367.50")),
    (2024, None, D("334672.50")),
]


def test_djepva_lost_header_is_repaired_from_the_stated_total(djepva: Record) -> None:
    lines = djepva.funding.budget_lines
    common = [line for line in lines if line.table == 0]
    assert [(line.year, line.ae, line.cp) for line in common] == REPAIRED
    assert {line.programme for line in common} == {"163"}
    assert {line.centre_financier for line in common} == {"163-CDJE-STET"}
    assert {line.scope for line in common} == {"Budget Commun - Startup Engagement Civique"}
    assert all(line.source.method.startswith("repair:") for line in common)


def test_djepva_specific_budget(djepva: Record) -> None:
    specific = [line for line in djepva.funding.budget_lines if line.table != 0]
    assert [(x.programme, x.year, x.ae, x.cp) for x in specific] == [("163", 2024, D("106920.00"), D("106920.00"))]
    assert specific[0].scope is not None and "API Engagement" in specific[0].scope
    assert specific[0].source.method == "table:header+row"


def test_djepva_stated_total_covers_the_common_table(djepva: Record) -> None:
    [total] = djepva.funding.stated_totals
    assert (total.label, total.programme, total.ae, total.cp) == (
        "Total 2020-2024",
        "163",
        D("4410626.88"),
        D("4410626.88"),
    )
    assert (total.first_year, total.last_year, total.tables) == (2020, 2024, [0])


def test_djepva_repair_is_a_warning_asking_for_review(djepva: Record) -> None:
    assert codes(djepva) == ["table-repaired"]
    [finding] = djepva.findings
    assert finding.severity == Severity.WARNING
    assert "AE-2022" in finding.message and "CP-2022" in finding.message
    assert "Vérification humaine" in finding.message
    assert finding.span is not None
    table = djepva.funding.tables[0]
    assert table.header_mismatch is not None and table.repair is not None
    repaired = {c.index: (c.kinds, c.year, c.method) for c in table.columns}
    assert repaired[5] == (["AE"], 2022, "repair:lost-header-sequence:inserted")
    assert repaired[10] == (["CP"], 2024, "repair:lost-header-sequence:shifted")
    assert repaired[1] == (["AE"], 2020, "header")


def test_djepva_none_marker_cell_is_kept_without_amount(djepva: Record) -> None:
    row = djepva.funding.tables[0].rows[0]
    assert [c.text for c in row][9:] == ["-", "334,672.50€"]
    assert row[9].amount is None and row[10].amount == D("334672.50")
    spans_point_at_their_text(djepva, read_document(DJEPVA.read_bytes()).text)


def test_djepva_programme_codes_and_accounting(djepva: Record) -> None:
    funding = djepva.funding
    assert [(p.number, p.label) for p in funding.programmes] == [("163", None)]
    assert [c.value for c in funding.centres_financiers] == ["163-CDJE-STET"]
    chorus = funding.chorus
    assert chorus.axe_ministeriel is not None and chorus.axe_ministeriel.value == "06"
    assert chorus.domaine_fonctionnel is not None and chorus.domaine_fonctionnel.value == "163-01"
    assert chorus.centre_financier is not None and chorus.centre_financier.value == "163-CDJE-STET"
    assert [a.value for a in chorus.activites] == ["016350010101"]
    assert chorus.centre_cout is not None and chorus.centre_cout.value == "CENSTARETA"
    assert funding.comptable_assignataire is not None
    assert funding.comptable_assignataire.value.startswith("le contrôleur budgétaire et comptable ministériel (CBCM)")
    assert [c.value for c in funding.cbcm_copies] == ["CBCM des services du Premier ministre", "CBCM du délégant"]
    assert funding.envelopes == [] and funding.tranches == []


def test_djepva_annex_budgets_are_not_budget_lines(djepva: Record) -> None:
    assert all(line.table is not None for line in djepva.funding.budget_lines)


# ------------------------------------------------------------------ corpus labels

CORPUS_LABELS = sorted((CORPUS / "labels").glob("*.json"))


@pytest.mark.parametrize("label_path", CORPUS_LABELS, ids=[p.stem for p in CORPUS_LABELS])
def test_corpus_funding_labels_are_reproduced_exactly(label_path: Path) -> None:
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    document = CORPUS / "docs" / expected["doc"]
    record = funding_record(document.read_text(encoding="utf-8"), complete=False, name=document.name)
    labels = to_labels(record)
    for key in ("programmes", "chorus", "budget_lines", "total_amount"):
        assert labels[key] == expected[key], key
    # Cut texts: nothing invented, and no error about amounts that lie beyond the cut.
    assert codes(record, Severity.ERROR) == []
    assert record.funding.tranches == [] and record.funding.envelopes == []


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS_LABELS) >= 11


# ----------------------------------------------------------- mutations fire checks


def test_changed_total_prevents_the_repair_and_leaves_lines_unassigned() -> None:
    text = mutate(DJEPVA, "4,410,626.88€\t4,410,626.88€", "4,410,626.89€\t4,410,626.88€")
    record = funding_record(text)
    assert "table-header-mismatch" in codes(record, Severity.ERROR)
    assert [line.table for line in record.funding.budget_lines] == [2]  # only the specific budget remains
    assert not any(line.source.method.startswith("repair:") for line in record.funding.budget_lines)
    assert record.funding.tables[0].repair is None


def test_removed_total_table_prevents_the_repair() -> None:
    text = mutate(DJEPVA, "Total 2020-2024", "Rappel")
    record = funding_record(text)
    assert "table-header-mismatch" in codes(record, Severity.ERROR)
    assert all(line.table != 0 for line in record.funding.budget_lines)


def test_cumulative_rule_is_applied_by_the_repair() -> None:
    # Swap the 2021 AE and CP: sums still match, but cumulative CP exceeds AE in 2021.
    text = mutate(DJEPVA, "2,009,474.32€\t1,866,592.14€", "1,866,592.14€\t2,009,474.32€")
    text = text.replace("1,499,618.60€\t1,245,072.56€", "1,245,072.56€\t1,499,618.60€")
    record = funding_record(text)
    assert "table-header-mismatch" in codes(record, Severity.ERROR)


def test_removed_value_makes_the_table_unreadable() -> None:
    # Without the « - » cell, 9 values remain for 8 headers: no reading fits the total.
    record = funding_record(mutate(DJEPVA, "\t-\t", "\t"))
    assert "table-header-mismatch" in codes(record, Severity.ERROR)
    assert all(line.table != 0 for line in record.funding.budget_lines)
    [finding] = [f for f in record.findings if f.code == "table-header-mismatch"]
    assert "9 colonnes" in finding.message and "ne sont pas affectés" in finding.message


def test_envelope_not_equal_to_its_parts() -> None:
    record = funding_record(mutate(FAST13, "30 000€ sur", "40 000€ sur"))
    assert "envelope-mismatch" in codes(record, Severity.ERROR)


def test_tranche_shares_not_summing_to_100() -> None:
    text = mutate(FAST13, "Les 50% restants", "Les 40% restants")
    assert "tranche-shares" in codes(funding_record(text, complete=True), Severity.ERROR)
    assert "tranche-shares" in codes(funding_record(text, complete=False), Severity.WARNING)


def test_cumulative_cp_above_ae() -> None:
    record = funding_record(mutate(FAST13, "2023\t220 000 €\t110 000 €", "2023\t220 000 €\t230 000 €"))
    assert "cumulative-cp-exceeds-ae" in codes(record, Severity.ERROR)


def test_stated_total_not_equal_to_its_lines() -> None:
    text = mutate(FAST13, "2024\t\t110 000 €\n", "2024\t\t110 000 €\nTotal\t220 000 €\t200 000 €\n")
    record = funding_record(text)
    assert codes(record, Severity.ERROR) == ["total-mismatch"]
    [finding] = record.findings
    assert "CP" in finding.message and "220 000,00 €" in finding.message


def test_correct_total_row_gives_no_finding() -> None:
    text = mutate(FAST13, "2024\t\t110 000 €\n", "2024\t\t110 000 €\nTotal\t220 000 €\t220 000 €\n")
    record = funding_record(text)
    assert codes(record) == []
    assert len(record.funding.budget_lines) == 2 and len(record.funding.stated_totals) == 1


def test_domaine_fonctionnel_of_another_programme() -> None:
    record = funding_record(mutate(FAST13, "0352-01", "0353-01"))
    assert "chorus-programme-mismatch" in codes(record, Severity.ERROR)


def test_activite_of_the_wrong_length() -> None:
    record = funding_record(mutate(FAST13, "035200010101", "03520001010"))
    assert "chorus-code-format" in codes(record, Severity.ERROR)
    assert [a.value for a in record.funding.chorus.activites] == ["03520001010"]


def test_delegated_amount_differs_from_the_table() -> None:
    record = funding_record(mutate(FAST13, "2023\t220 000 €", "2023\t200 000 €"))
    assert "delegated-vs-lines" in codes(record, Severity.WARNING)


def test_no_amount_is_an_error_only_for_a_complete_text_that_speaks_of_money() -> None:
    text = "Le délégant met à disposition du délégataire le montant des crédits précisé ci-après.\n"
    assert codes(funding_record(text, complete=True), Severity.ERROR) == ["no-amount"]
    assert codes(funding_record(text, complete=False), Severity.INFO) == ["no-amount"]


def test_a_delegation_of_acts_only_may_state_no_amount() -> None:
    text = "Le délégant confie au délégataire l'ordonnancement secondaire des dépenses et des recettes.\n"
    record = funding_record(text, complete=True)
    assert codes(record, Severity.INFO) == ["no-amount"]
    assert codes(record, Severity.ERROR) == []


# ---------------------------------------------------------- the genre, not the seeds


def test_amount_in_running_text_for_ae_and_cp() -> None:
    text = (
        "Article 3 - Le délégant met à la disposition du délégataire, sur le programme 0123, un montant de "
        "1 200 000 € en AE et en CP au titre de l'année 2025.\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [("123", 2025, D("1200000.00"), D("1200000.00"))]
    assert record.funding.total_amount is not None and record.funding.total_amount.value == D("1200000.00")
    assert codes(record) == []


def test_crédits_de_paiement_written_out() -> None:
    text = (
        "Le délégant délègue 500 000 € en autorisations d'engagement et 250 000 € en crédits de paiement pour "
        "2025 sur le programme 456.\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [("456", 2025, D("500000.00"), D("250000.00"))]


def test_other_ministry_table_with_action_column_and_total_row() -> None:
    text = (
        "Le délégant met à disposition les crédits suivants sur le programme 216 :\n"
        "Programme\tAction\tAE 2025\tCP 2025\n"
        "0216\t01\t50 000,00 €\t25 000,00 €\n"
        "0216\t02\t10 000,00 €\t10 000,00 €\n"
        "Total\t\t60 000,00 €\t35 000,00 €\n"
    )
    record = funding_record(text)
    lines = lines_of(record)
    assert lines == [
        ("216", 2025, D("50000.00"), D("25000.00")),
        ("216", 2025, D("10000.00"), D("10000.00")),
    ]
    [total] = record.funding.stated_totals
    assert (total.ae, total.cp) == (D("60000.00"), D("35000.00"))
    assert codes(record) == []


def test_transposed_table_with_years_as_columns() -> None:
    text = (
        "Échéancier (programme 181)\n"
        "\t2024\t2025\tTotal\n"
        "AE\t100 000 €\t-\t100 000 €\n"
        "CP\t40 000 €\t60 000 €\t100 000 €\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [
        ("181", 2024, D("100000.00"), D("40000.00")),
        ("181", 2025, None, D("60000.00")),
    ]
    assert codes(record) == []


def test_ambiguous_cells_are_not_read_and_are_reported() -> None:
    text = "Année\tAE\tCP\n2025\t1,500\t1,500\n"
    record = funding_record(text)
    assert record.funding.budget_lines == []
    assert codes(record, Severity.WARNING).count("ambiguous-amount") == 2


def test_table_without_year_is_reported_not_guessed() -> None:
    text = "Programme\tAE\tCP\n0123\t10 000 €\t10 000 €\n"
    record = funding_record(text)
    assert record.funding.budget_lines == []
    assert "table-amount-without-year" in codes(record, Severity.WARNING)


def test_year_from_the_sentence_that_introduces_the_table() -> None:
    text = (
        "Le délégant met à disposition en 2026 les montants suivants :\nProgramme\tAE\tCP\n0123\t10 000 €\t5 000 €\n"
    )
    record = funding_record(text)
    [line] = record.funding.budget_lines
    assert (line.programme, line.year, line.ae, line.cp) == ("123", 2026, D("10000.00"), D("5000.00"))
    assert line.source.method.endswith("+context-year")


def test_tranches_stated_as_amounts() -> None:
    text = (
        "Le montant total de la délégation s'élève à 2 000 000 €, versé en deux tranches : une première tranche "
        "de 1 000 000 € à la signature de la convention, et une seconde tranche de 1 000 000 € à la remise du "
        "rapport.\n"
    )
    record = funding_record(text)
    assert record.funding.total_amount is not None and record.funding.total_amount.value == D("2000000.00")
    assert [(t.share, t.amount, t.event) for t in record.funding.tranches] == [
        (None, D("1000000.00"), "signature de la convention"),
        (None, D("1000000.00"), "remise du rapport"),
    ]
    assert codes(record) == []


def test_two_shares_in_one_sentence() -> None:
    text = (
        "Les crédits seront versés à hauteur de 60 % à la notification de la convention et 40 % après validation "
        "du rapport intermédiaire, sous réserve de la disponibilité des crédits. Le montant délégué est de "
        "100 000 € en AE et en CP.\n"
    )
    record = funding_record(text)
    assert [(t.share, t.amount, t.event, t.condition) for t in record.funding.tranches] == [
        (D("60"), D("60000.00"), "notification de la convention", None),
        (
            D("40"),
            D("40000.00"),
            "validation du rapport intermédiaire",
            "sous réserve de la disponibilité des crédits",
        ),
    ]


def test_programme_labels_of_the_genre() -> None:
    text = (
        "crédits du programme 165 : Conseil d'Etat et autres juridictions administratives.\n"
        "sur les programmes 219 et 350 de la mission « Sport »\n"
        "du programme 349 Transformation publique – Région\n"
        "pour le programme budgétaire 129 « coordination du travail gouvernemental » ;\n"
        "en application de l'article 105 du décret.\n"
    )
    record = funding_record(text, complete=False)
    assert [(p.number, p.label) for p in record.funding.programmes] == [
        ("165", "Conseil d'Etat et autres juridictions administratives"),
        ("219", None),
        ("350", None),
        ("349", "Transformation publique"),
        ("129", "coordination du travail gouvernemental"),
    ]


def test_garbage_never_raises() -> None:
    for text in ("\t\t\t\n" * 50, "€" * 1000, "programme " * 500, "1,500\t-\t€\n" * 200, "%" * 500):
        record = funding_record(text)
        assert "funding-extraction-failed" not in codes(record)


def test_repeated_abbreviations_and_header_words_stay_linear() -> None:
    """« P. 123 « » without a closing quote, a long line repeating a Chorus header word: bounded work each."""
    for text in ("P. 123 « " * 4000, "Activité\t" + "activité " * 4000 + "\n" + "x\t" * 1000):
        started = time.perf_counter()
        record = funding_record(text)
        assert time.perf_counter() - started < HANG_SECONDS
        assert "funding-extraction-failed" not in codes(record)


def test_sentence_restating_the_table_is_not_a_second_line() -> None:
    text = (
        "Le délégant met à disposition, pour 2025, 100 000 € en AE et 60 000 € en CP sur le programme 123.\n"
        "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [("123", 2025, D("100000.00"), D("60000.00"))]
    assert codes(record) == []


def test_sentence_contradicting_the_table_is_reported() -> None:
    text = (
        "Le délégant met à disposition, pour 2025, 100 000 € en AE et 50 000 € en CP sur le programme 123.\n"
        "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [("123", 2025, D("100000.00"), D("60000.00"))]
    assert codes(record, Severity.WARNING) == ["text-table-mismatch"]


def test_amounts_without_ae_or_cp_are_not_budget_lines() -> None:
    text = "Produit\tBudget 2024\nService A\t1 805 000 €\n"
    record = funding_record(text)
    assert record.funding.budget_lines == []
    assert codes(record, Severity.INFO) == ["table-amount-without-kind"]


def test_envelope_written_with_dont_and_a_total_row() -> None:
    text = (
        "La Startup d'État obtient un cofinancement FAST de 400 000 €, dont 50 000 € mobilisés directement par la "
        "DINUM pour l'accompagnement et 350 000 € délégués au partenaire.\n"
        "Le délégant confie la gestion de crédits du programme 352 sur le centre financier 0352-CFSE-CFIN.\n"
        "Année\tAE\tCP\n2024\t350 000,00 €\t200 000,00 €\n2025\t0,00 €\t150 000,00 €\n"
        "Total\t350 000,00 €\t350 000,00 €\n"
        "Les crédits seront mis à disposition en deux tranches : 70 % à la signature de la convention et 30 % à "
        "l'issue du comité d'investissement de mi-parcours (juin 2025).\n"
    )
    record = funding_record(text)
    [envelope] = record.funding.envelopes
    assert (envelope.label, envelope.total) == ("cofinancement FAST", D("400000.00"))
    assert [(p.amount, p.delegated, p.holder) for p in envelope.parts] == [
        (D("50000.00"), False, "DINUM"),
        (D("350000.00"), True, None),
    ]
    assert record.funding.total_amount is not None and record.funding.total_amount.value == D("350000.00")
    assert lines_of(record) == [
        ("352", 2024, D("350000.00"), D("200000.00")),
        ("352", 2025, D("0.00"), D("150000.00")),
    ]
    assert [(t.share, t.amount, t.date_hint) for t in record.funding.tranches] == [
        (D("70"), D("245000.00"), None),
        (D("30"), D("105000.00"), "juin 2025"),
    ]
    assert codes(record) == []


def test_table_of_several_programmes_with_their_centres_financiers() -> None:
    text = (
        "Crédits délégués en 2024\n"
        "Programme\tCentre financier\tAE\tCP\n"
        "159\t0159-CDBF-DGAL\t20 000 €\t20 000 €\n"
        "143\t0143-CENT-DGER\t30 000 €\t10 000 €\n"
    )
    record = funding_record(text)
    lines = [(x.programme, x.centre_financier, x.year, x.ae, x.cp) for x in record.funding.budget_lines]
    assert lines == [
        ("159", "0159-CDBF-DGAL", 2024, D("20000.00"), D("20000.00")),
        ("143", "0143-CENT-DGER", 2024, D("30000.00"), D("10000.00")),
    ]
    assert [p.number for p in record.funding.programmes] == ["159", "143"]
    assert codes(record) == []


def test_tranches_laid_out_as_a_table() -> None:
    text = (
        "Le montant délégué est de 200 000 € en AE et en CP.\n"
        "Échéancier de versement\n"
        "Tranche\tÉvénement\tPart\n"
        "1\tÀ la signature de la convention\t60 %\n"
        "2\tAprès le comité de suivi (fin juin 2025)\t40 %\n"
    )
    record = funding_record(text)
    assert [(t.share, t.amount, t.event, t.date_hint) for t in record.funding.tranches] == [
        (D("60"), D("120000.00"), "signature de la convention", None),
        (D("40"), D("80000.00"), "comité de suivi", "fin juin 2025"),
    ]
    assert codes(record) == []


def test_an_avenant_raising_the_amount_delegates_the_new_amount() -> None:
    text = (
        "Le présent avenant a pour objet de porter le montant des crédits délégués de 180 000 € à 260 000 €.\n"
        "Année\tAE\tCP\n2024\t260 000 €\t130 000 €\n2025\t\t130 000 €\n"
    )
    record = funding_record(text)
    assert record.funding.total_amount is not None and record.funding.total_amount.value == D("260000.00")


def test_year_from_the_previous_sentence_and_from_list_items() -> None:
    text = (
        "Les crédits délégués au titre de l'année 2025 relèvent du programme 212. Ils sont de 2 400 000 € en "
        "autorisations d'engagement (AE) et de 1 600 000 € en crédits de paiement (CP).\n"
        "Sur le programme 212, selon l'échéancier suivant :\n"
        "- 2026 : 1 000 000 € en AE et 900 000 € en CP ;\n"
        "- 2027 : 500 000 € en CP.\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [
        ("212", 2025, D("2400000.00"), D("1600000.00")),
        ("212", 2026, D("1000000.00"), D("900000.00")),
        ("212", 2027, None, D("500000.00")),
    ]


def test_stated_total_sentence_is_also_the_year_line() -> None:
    text = (
        "Le montant total de la délégation est fixé à 87 450,50 € en autorisations d'engagement et en crédits de "
        "paiement, au titre de l'exercice 2025, sur le programme 163.\n"
        "Il est versé en deux tranches : 52 470,30 € à la signature de la présente convention, puis 34 980,20 € "
        "après transmission du bilan.\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [("163", 2025, D("87450.50"), D("87450.50"))]
    assert record.funding.total_amount is not None and record.funding.total_amount.value == D("87450.50")
    assert [(t.amount, t.event) for t in record.funding.tranches] == [
        (D("52470.30"), "signature de la présente convention"),
        (D("34980.20"), "transmission du bilan"),
    ]
    assert codes(record) == []


GENRE_LABELS = sorted((Path(__file__).resolve().parent / "genre_corpus" / "labels").glob("*.json"))


@pytest.mark.parametrize("label_path", GENRE_LABELS, ids=[p.stem for p in GENRE_LABELS])
def test_held_out_genre_corpus_funding_fields(label_path: Path) -> None:
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    document = label_path.parent.parent / "docs" / expected["doc"]
    record = funding_record(document.read_text(encoding="utf-8"), complete=expected["complete_text"])
    labels = to_labels(record)
    for key in ("programmes", "chorus", "budget_lines", "total_amount"):
        assert labels[key] == expected[key], key
    assert codes(record, Severity.ERROR) == []


# ------------------------------------------------- programme abbreviations and layouts


def test_table_programme_column_written_p_dot_number() -> None:
    text = (
        "Les crédits mis à disposition sont les suivants :\n"
        "Programme\tAnnée\tAE\tCP\n"
        "P. 214\t2026\t40 000\t30 000\n"
        "P. 230\t2026\t8 000\t8 000\n"
    )
    record = funding_record(text)
    assert lines_of(record) == [
        ("214", 2026, D("40000.00"), D("30000.00")),
        ("230", 2026, D("8000.00"), D("8000.00")),
    ]


def test_programme_written_p_dot_number_in_running_text() -> None:
    text = (
        "Les dépenses relèvent du P. 217 « Conduite et pilotage des politiques\n"
        "de l'écologie » ; les subventions relèvent du P.113.\n"
    )
    record = funding_record(text)
    assert [(p.number, p.label) for p in record.funding.programmes] == [
        ("217", "Conduite et pilotage des politiques de l'écologie"),
        ("113", None),
    ]


def test_page_reference_is_not_a_programme() -> None:
    record = funding_record("Voir le rapport annuel, p. 123, pour le détail des opérations.\n")
    assert record.funding.programmes == []


def test_long_quoted_programme_label_with_a_comma() -> None:
    label = "Conduite et pilotage des politiques de l'écologie, du développement et de la mobilité durables"
    record = funding_record(f"Les crédits sont imputés sur le programme 217 « {label} ».\n")
    assert [(p.number, p.label) for p in record.funding.programmes] == [("217", label)]


def test_chorus_references_as_a_header_row_and_a_value_row() -> None:
    text = (
        "Les dépenses sont imputées comme suit :\n"
        "Programme\tDomaine fonctionnel\tActivité\tCentre financier\n"
        "354\t0354-05\t035405030201\t0354-DR35-DP35\n"
    )
    labels = to_labels(funding_record(text))
    assert labels["chorus"] == {
        "domaine_fonctionnel": "0354-05",
        "activite": "035405030201",
        "uo": "0354-DR35-DP35",
    }


def test_header_row_whose_rows_name_different_domaines_gives_none() -> None:
    text = "Action\tDomaine fonctionnel\tActivité\n01\t0354-05\t035405030201\n02\t0354-06\t035406030201\n"
    chorus = funding_record(text).funding.chorus
    assert chorus.domaine_fonctionnel is None
    assert [a.value for a in chorus.activites] == ["035405030201", "035406030201"]


def test_stated_total_with_a_long_subject_and_its_ae_and_cp_sides() -> None:
    text = (
        "Le montant total des crédits mis à disposition au titre de la gestion 2026 s'élève à 42.500 € en "
        "autorisations d'engagement et à 30.000 € en crédits de paiement.\n"
    )
    record = funding_record(text)
    [total] = record.funding.stated_totals
    assert (total.ae, total.cp) == (D("42500.00"), D("30000.00"))
    assert record.funding.total_amount is not None and record.funding.total_amount.value == D("42500.00")
    assert lines_of(record) == [(None, 2026, D("42500.00"), D("30000.00"))]


def test_a_project_cost_with_a_long_subject_is_not_a_stated_total() -> None:
    text = "Le montant total des dépenses éligibles du projet porté par la commune est de 2 000 000 €.\n"
    record = funding_record(text)
    assert record.funding.stated_totals == []
    assert record.funding.total_amount is None
