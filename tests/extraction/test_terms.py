"""Terms: effective rule and date, end date, duration, notice, publication venues.

Seeds and corpus are read from ../shared; the synthetic texts below are written for
these tests, each a different wording of a clause of the genre.
"""

from __future__ import annotations

import datetime
import json
import time
from decimal import Decimal
from pathlib import Path

import pytest

from conventio.extraction import extract_path
from conventio.extraction.labels import to_labels
from conventio.extraction.quantities import months, parse_int, parse_number
from conventio.extraction.record import Record, Severity
from tests.conftest import CORPUS, DJEPVA, FAST13
from tests.extraction.helpers import extract_text


# A hang detector, not a speed test (speed is measured by benchmarks/): these inputs take
# milliseconds; a quadratic rule takes minutes.
HANG_SECONDS = 10.0


LABELS = sorted((CORPUS / "labels").glob("*.json"))

HEAD = (
    "Convention de délégation de gestion\n\nEntre\n\nLa direction A, ci-après dénommée « le délégant »,\n\n"
    "Et\n\nLa direction B, ci-après dénommée « le délégataire »,\n\n"
    "Vu le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion,\n\n"
    "Il a été convenu ce qui suit :\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire la gestion "
    "de ses crédits.\n\n"
)
SIGNED = "\n\nFait à Paris, le 3 mars 2025\n\nLe délégant,\n\nLe délégataire,\n"


def _codes(record: Record) -> set[str]:
    return {finding.code for finding in record.findings}


# ------------------------------------------------------------------------------ seeds


def test_fast13_terms() -> None:
    record = extract_path(FAST13)
    terms = record.terms
    assert terms.effective_rule is not None and "signature" in terms.effective_rule.value
    assert terms.effective_date is not None
    assert terms.effective_date.value == datetime.date(2023, 7, 27)
    assert terms.effective_date.source.method == "derived:signature-date"
    assert terms.end_date is not None and terms.end_date.value == datetime.date(2024, 6, 30)
    assert terms.duration_months is None  # not stated: never computed from two dates
    assert terms.notice_period_months is not None and terms.notice_period_months.value == 3
    venues = [venue.value for venue in terms.publication_venues]
    assert venues == ["gouvernement.fr/publications-officielles/delegations-de-gestion", "data.gouv.fr"]
    assert "term-missing" not in _codes(record)


def test_djepva_terms() -> None:
    record = extract_path(DJEPVA)
    terms = record.terms
    assert terms.effective_date is not None and terms.effective_date.value == datetime.date(2024, 1, 24)
    assert terms.end_date is not None and terms.end_date.value == datetime.date(2025, 2, 10)
    assert terms.notice_period_months is not None and terms.notice_period_months.value == 3
    assert [venue.value for venue in terms.publication_venues] == [
        "gouvernement.fr/publications-officielles/delegations-de-gestion",
        "data.gouv.fr",
    ]
    labels = to_labels(record)
    assert labels["effective"] == "2024-01-24"
    assert labels["end_date"] == "2025-02-10"
    assert labels["notice_period_months"] == 3


def test_provenance_points_at_the_clause() -> None:
    record = extract_path(FAST13)
    end = record.terms.end_date
    assert end is not None and end.source.span is not None
    assert "2024" in end.source.span.excerpt
    notice = record.terms.notice_period_months
    assert notice is not None and notice.source.span is not None
    assert "préavis" in notice.source.span.excerpt


# ----------------------------------------------------------------------------- corpus


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_corpus_terms_match_the_labels(label_path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    record = extract_path(CORPUS / "docs" / expected["doc"])
    labels = to_labels(record)
    for key in ("effective", "end_date", "notice_period_months"):
        assert labels[key] == expected[key], key
    # The corpus texts are cut before any publication clause.
    assert record.terms.publication_venues == []
    assert record.terms.duration_months is None
    assert record.terms.effective_rule is None
    # A cut text without a term is told, as information, not as an error.
    missing = [finding for finding in record.findings if finding.code == "term-missing"]
    assert missing and all(finding.severity == Severity.INFO for finding in missing)


# ------------------------------------------------------------------- genre variants


def test_stated_effective_and_end_dates() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLe présent document entre en vigueur le 1er janvier 2024 et prendra fin "
        "le 31 décembre 2024." + SIGNED
    )
    terms = record.terms
    assert terms.effective_rule is not None and terms.effective_rule.value == "le 1er janvier 2024"
    assert terms.effective_date is not None and terms.effective_date.value == datetime.date(2024, 1, 1)
    assert terms.effective_date.source.method == "pattern:effective-date"
    assert terms.end_date is not None and terms.end_date.value == datetime.date(2024, 12, 31)


def test_effect_at_signature_is_derived_from_the_signature_date() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nCette convention prendra effet dès sa signature par les parties. "
        "Elle s'achèvera le 30/09/2025." + SIGNED
    )
    terms = record.terms
    assert terms.effective_date is not None and terms.effective_date.value == datetime.date(2025, 3, 3)
    assert terms.effective_date.source.method == "derived:signature-date"
    assert terms.end_date is not None and terms.end_date.value == datetime.date(2025, 9, 30)


def test_effect_at_signature_without_a_signature_date_is_a_warning() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLa présente délégation prend effet à la date de sa signature. Elle est "
        "valable jusqu'au 31 mars 2026.\n\nFait à Paris, le\n\nLe délégant,\n"
    )
    assert record.terms.effective_date is None
    assert record.terms.end_date is not None and record.terms.end_date.value == datetime.date(2026, 3, 31)
    assert "effective-date-underivable" in _codes(record)


def test_effect_on_an_undated_event_is_not_guessed() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLa présente convention prend effet à compter de sa notification au "
        "comptable. Elle expire le 1er juillet 2025." + SIGNED
    )
    assert record.terms.effective_rule is not None
    assert record.terms.effective_date is None
    assert "effective-date-unstated" in _codes(record)
    assert record.terms.end_date is not None and record.terms.end_date.value == datetime.date(2025, 7, 1)


def test_period_from_to() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLa présente convention est conclue pour la période du 1er février 2024 au "
        "31 janvier 2025." + SIGNED
    )
    assert record.terms.effective_date is not None
    assert record.terms.effective_date.value == datetime.date(2024, 2, 1)
    assert record.terms.end_date is not None and record.terms.end_date.value == datetime.date(2025, 1, 31)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Elle est conclue pour une durée de un an à compter de sa signature.", 12),
        ("Elle est conclue pour une durée d'un an.", 12),
        ("La présente convention est conclue pour une durée de trois ans, renouvelable.", 36),
        ("Elle est conclue pour une période de 18 mois.", 18),
        ("Elle est conclue pour une durée de deux années.", 24),
    ],
)
def test_duration_in_months_without_an_end_date(clause: str, expected: int) -> None:
    record = extract_text(HEAD + "Article 5 : Durée\n\n" + clause + SIGNED)
    assert record.terms.duration_months is not None and record.terms.duration_months.value == expected
    # The end date is not computed from a duration: the last day is not stated.
    assert record.terms.end_date is None
    assert "term-missing" not in _codes(record)


def test_duration_sentence_with_the_duration_as_subject() -> None:
    record = extract_text(HEAD + "Article 5\n\nLa durée de la présente convention est de six mois." + SIGNED)
    assert record.terms.duration_months is not None and record.terms.duration_months.value == 6


def test_duration_in_days_is_not_converted() -> None:
    record = extract_text(HEAD + "Article 5 : Durée\n\nElle est conclue pour une durée de 90 jours." + SIGNED)
    assert record.terms.duration_months is None
    assert "duration-not-in-months" in _codes(record)


def test_end_of_a_stated_year() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLa présente convention est conclue jusqu'au 31 décembre de l'année 2025." + SIGNED
    )
    assert record.terms.end_date is not None and record.terms.end_date.value == datetime.date(2025, 12, 31)


def test_end_of_the_signature_year_is_derived() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLa présente convention est valable jusqu'au 31 décembre de l'année de sa "
        "signature." + SIGNED
    )
    end = record.terms.end_date
    assert end is not None and end.value == datetime.date(2025, 12, 31)
    assert end.source.method == "derived:end-date-signature-year"


def test_tacit_renewal_is_told() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nElle est conclue pour une durée d'un an, renouvelable par tacite "
        "reconduction." + SIGNED
    )
    assert "tacit-renewal" in _codes(record)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Chaque partie peut y mettre fin moyennant un préavis de trois mois.", 3),
        ("Il peut y être mis fin sous réserve d'un préavis d'un mois.", 1),
        ("La résiliation intervient après un préavis minimum de deux (2) mois.", 2),
        ("La résiliation intervient après un préavis écrit de 6 mois.", 6),
        ("Elle peut être dénoncée avec un délai de préavis de douze mois.", 12),
        ("Elle peut être dénoncée moyennant quatre mois de préavis.", 4),
    ],
)
def test_notice_period(clause: str, expected: int) -> None:
    record = extract_text(HEAD + "Article 6 : Résiliation\n\n" + clause + SIGNED)
    notice = record.terms.notice_period_months
    assert notice is not None and notice.value == expected


def test_notice_in_days_is_not_converted() -> None:
    record = extract_text(
        HEAD + "Article 6 : Résiliation\n\nPréavis : un préavis de trente jours s'applique." + SIGNED
    )
    assert record.terms.notice_period_months is None
    assert "notice-not-in-months" in _codes(record)


def test_dates_of_other_acts_are_not_the_term() -> None:
    text = (
        "Convention de délégation de gestion\n\nVu la convention du 10 décembre 2018, qui prend fin le "
        "31 décembre 2022 ;\n\nPréambule\n\nLa convention de délégation de gestion du 10 décembre 2018 susvisée "
        "est conclue jusqu'au 31 décembre 2022. Le marché prend fin le 30 juin 2023.\n\nIl a été convenu ce qui "
        "suit :\n\nArticle 1 : Objet\n\nLa résiliation prend effet à l'issue du préavis.\n"
    )
    record = extract_text(text)
    assert record.terms.end_date is None
    assert record.terms.effective_rule is None
    assert record.terms.effective_date is None


def test_publication_reference_is_not_a_venue() -> None:
    record = extract_text("JORF n°0265 du 8 novembre 2024\n\n" + HEAD + SIGNED)
    assert record.terms.publication_venues == []


def test_publication_venues_named_in_the_clause() -> None:
    record = extract_text(
        HEAD + "Article 7 : Publication\n\nLa présente convention sera publiée au Bulletin officiel du ministère "
        "de l'intérieur et au recueil des actes administratifs de la préfecture du Rhône. Elle fera aussi "
        "l'objet d'une publication au Journal officiel de la République française." + SIGNED
    )
    venues = [venue.value for venue in record.terms.publication_venues]
    assert venues == [
        "Bulletin officiel du ministère de l'intérieur",
        "recueil des actes administratifs de la préfecture du Rhône",
        "Journal officiel de la République française",
    ]


def test_missing_term_in_a_complete_text_is_an_error() -> None:
    record = extract_text(HEAD + "Article 5 : Divers\n\nLe délégataire rend compte de sa gestion." + SIGNED)
    assert record.complete_text
    missing = [finding for finding in record.findings if finding.code == "term-missing"]
    assert len(missing) == 1 and missing[0].severity == Severity.ERROR


def test_garbage_does_not_raise() -> None:
    texts = (
        "prend effet",
        "préavis de",
        "Elle est conclue jusqu'au",
        "a" * 5000 + " préavis de mois",
        ". Elle " * 900,
    )
    for text in texts:
        record = extract_text(text)
        assert record.terms.end_date is None


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("un", 1),
        ("une", 1),
        ("trois", 3),
        ("six (6)", 6),
        ("dix-huit", 18),
        ("vingt et un", 21),
        ("trente-six", 36),
        ("soixante-dix", 70),
        ("quatre-vingt-dix-neuf", 99),
        ("deux cents", 200),
        ("mille deux cents", 1200),
        ("12", 12),
        ("575 000", 575000),
    ],
)
def test_french_numbers(written: str, value: int) -> None:
    assert parse_int(written) == value


def test_numbers_that_are_not_numbers() -> None:
    assert parse_number("beaucoup") is None
    assert parse_number("") is None
    assert parse_number("2,5") == Decimal("2.5")


def test_months_of_a_duration() -> None:
    assert months(1, "an") == 12
    assert months(2, "années") == 24
    assert months(3, "mois") == 3
    assert months(2, "semaines") is None
    assert months(Decimal("1.5"), "mois") is None


def test_year_after_year_renewal_has_no_end_and_no_error() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLa présente convention prend effet le 1er mai 2025. Elle est ensuite "
        "reconduite tacitement chaque année." + SIGNED
    )
    assert record.terms.end_date is None
    codes = _codes(record)
    assert "tacit-renewal" in codes and "term-missing" not in codes


def test_avenant_replacing_the_end_date() -> None:
    record = extract_text(
        "Avenant n° 3 à la convention de délégation de gestion du 5 janvier 2023\n\nEntre\n\nLa direction A, "
        "ci-après dénommée « le délégant »,\n\nEt\n\nLa direction B, ci-après dénommée « le délégataire »,\n\n"
        "Il a été convenu ce qui suit :\n\nArticle 1\n\nÀ l'article 4 de la convention, la date : « jusqu'au "
        "31 mars 2025 » est remplacée par la date : « jusqu'au 30 septembre 2025 ».\n\nArticle 2\n\nLe présent "
        "avenant entre en vigueur dès sa signature." + SIGNED
    )
    end = record.terms.end_date
    assert end is not None and end.value == datetime.date(2025, 9, 30)
    assert end.source.method == "pattern:amended-end-date"
    assert record.terms.effective_date is not None
    assert record.terms.effective_date.value == datetime.date(2025, 3, 3)


def test_avenant_moving_the_end_date() -> None:
    record = extract_text(
        "Avenant n° 2 à la convention de délégation de gestion du 2 mai 2024\n\nEntre\n\nLa direction A, "
        "ci-après dénommée « le délégant »,\n\nEt\n\nLa direction B, ci-après dénommée « le délégataire »,\n\n"
        "Il a été convenu ce qui suit :\n\nArticle 1\n\nLe terme de la convention initiale, arrêté au 30 avril "
        "2025, est prorogé jusqu'au 31 octobre 2025. Les crédits non consommés au 30 avril 2025 restent "
        "disponibles." + SIGNED
    )
    end = record.terms.end_date
    assert end is not None and end.value == datetime.date(2025, 10, 31)
    assert end.source.method == "pattern:moved-end-date"


def test_many_moving_verbs_stay_linear() -> None:
    for text in ("est prolong;" * 20000, "La date de fin de la convention est reportée au " * 4000):
        started = time.perf_counter()
        extract_text(text)
        assert time.perf_counter() - started < HANG_SECONDS


def test_end_date_of_a_convention_that_applies_until_a_date() -> None:
    record = extract_text(HEAD + "Article 5 : Durée\n\nElle s'appliquera jusqu'au 30 novembre 2026." + SIGNED)
    assert record.terms.end_date is not None and record.terms.end_date.value == datetime.date(2026, 11, 30)


def test_effective_date_of_a_service_contract() -> None:
    record = extract_text(
        HEAD + "Article 5 : Durée\n\nLe présent contrat de service entre en vigueur le 1er mars 2026." + SIGNED
    )
    terms = record.terms
    assert terms.effective_date is not None and terms.effective_date.value == datetime.date(2026, 3, 1)


def test_avenant_leaving_the_term_unchanged_is_information() -> None:
    record = extract_text(
        "Avenant n° 1 à la convention de délégation de gestion\n\nEntre\n\nLa direction A, ci-après dénommée "
        "« le délégant »,\n\nEt\n\nLa direction B, ci-après dénommée « le délégataire »,\n\nIl a été convenu ce "
        "qui suit :\n\nArticle 1\n\nLe montant délégué est porté à 10 000 €." + SIGNED
    )
    missing = [finding for finding in record.findings if finding.code == "term-missing"]
    assert len(missing) == 1 and missing[0].severity == Severity.INFO
    assert not any(finding.code == "obligations-missing" for finding in record.findings)


def test_venue_with_two_complements() -> None:
    record = extract_text(
        HEAD + "Article 7\n\nElle est publiée au recueil des actes administratifs de la préfecture de région et "
        "de la préfecture de l'Ain, ainsi que sur l'intranet." + SIGNED
    )
    assert [venue.value for venue in record.terms.publication_venues] == [
        "recueil des actes administratifs de la préfecture de région et de la préfecture de l'Ain"
    ]


GENRE = Path(__file__).resolve().parent / "genre_corpus"


@pytest.mark.parametrize("label_path", sorted((GENRE / "labels").glob("*.json")), ids=lambda path: path.stem)
def test_genre_corpus_terms_match_the_labels(label_path: Path) -> None:
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    labels = to_labels(extract_path(GENRE / "docs" / expected["doc"]))
    for key in ("effective", "end_date", "notice_period_months"):
        assert labels[key] == expected[key], key
