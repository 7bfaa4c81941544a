"""Which convention a Chorus line belongs to."""

from __future__ import annotations

import datetime

import pytest

from conventio.budget.chorus.matching import Imputation, Matcher, Target
from conventio.budget.services import ledger
from conventio.register.models import ChorusImputation
from conventio.register.services import lifecycle
from tests.register import factories


CF = "0352-CFSE-CFIN"


def target(pk: int, **values: object) -> Target:
    defaults: dict[str, object] = {"title": f"Convention {pk}", "centres_financiers": frozenset({CF})}
    return Target(pk, **{**defaults, **values})  # type: ignore[arg-type]


def test_one_convention_per_centre_financier_matches_whatever_else_is_missing() -> None:
    matcher = Matcher([target(1)])
    assert matcher.match(Imputation(CF)).convention_id == 1
    assert matcher.match(Imputation(CF, "0352-01", "035200010101", "AICDAIR075")).convention_id == 1


def test_recorded_codes_that_differ_exclude_a_convention() -> None:
    matcher = Matcher([target(1, activites=frozenset({"035200010101"}), centres_cout=frozenset({"AICDAIR075"}))])
    assert matcher.match(Imputation(CF, activite="035200010101")).convention_id == 1
    refused = matcher.match(Imputation(CF, activite="035200019999"))
    assert refused.convention_id is None
    assert "activité ou centre de coût différents" in refused.reason
    assert matcher.match(Imputation(CF, centre_cout="AUTRE")).convention_id is None
    assert matcher.match(Imputation("0999-XXXX-YYYY")).reason == "aucune convention n'a ce centre financier"
    assert matcher.match(Imputation("")).reason == "imputation sans centre financier"


def test_a_domaine_fonctionnel_matches_its_sous_actions() -> None:
    matcher = Matcher([target(1, domaines_fonctionnels=frozenset({"0352-01"}))])
    assert matcher.match(Imputation(CF, "0352-01-02")).convention_id == 1
    assert matcher.match(Imputation(CF, "0352-02")).convention_id is None


def test_shared_centre_financier_told_apart_by_activite_then_by_dates() -> None:
    first = target(
        1,
        activites=frozenset({"035200010101"}),
        signature_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2023, 12, 31),
    )
    second = target(
        2,
        activites=frozenset({"035200010102"}),
        signature_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    matcher = Matcher([first, second])
    assert matcher.match(Imputation(CF, activite="035200010102")).convention_id == 2
    # Without an activité, both are candidates: the date decides when it can.
    assert matcher.match(Imputation(CF), datetime.date(2023, 5, 1)).convention_id == 1
    assert matcher.match(Imputation(CF), datetime.date(2024, 5, 1)).convention_id == 2
    ambiguous = matcher.match(Imputation(CF), datetime.date(2025, 5, 1))
    assert ambiguous.convention_id is None
    assert ambiguous.reason.startswith("plusieurs conventions possibles : « Convention 1 » (n° 1), « Convention 2 »")
    assert not matcher.settled(Imputation(CF))
    assert matcher.settled(Imputation(CF, activite="035200010101"))


def test_the_convention_that_agrees_on_more_codes_wins() -> None:
    matcher = Matcher([target(1), target(2, activites=frozenset({"035200010101"}))])
    assert matcher.match(Imputation(CF, activite="035200010101")).convention_id == 2


def test_conventions_without_an_open_ledger_receive_nothing_and_say_so() -> None:
    matcher = Matcher([target(1, has_ledger=False)])
    found = matcher.match(Imputation(CF))
    assert found.convention_id is None
    assert found.reason == "suivi budgétaire non ouvert pour : « Convention 1 » (n° 1)"


@pytest.mark.django_db
def test_the_register_gives_the_imputations_of_both_seeds() -> None:
    fast13 = factories.fast13_refugies_info()
    djepva = factories.djepva_api_engagement()
    for convention, day in ((fast13, datetime.date(2023, 7, 28)), (djepva, datetime.date(2024, 1, 25))):
        lifecycle.enter_into_force(convention, actor=None, on=day)
        ledger.open_ledger(convention, actor=None)
    matcher = Matcher.from_database()
    assert matcher.targets[fast13.pk].centres_financiers == {CF}
    assert matcher.targets[fast13.pk].activites == {"035200010101"}
    # The convention writes « 163-CDJE-STET », Chorus « BG00/0163-CDJE-STET »: one form.
    assert matcher.targets[djepva.pk].centres_financiers == {"0163-CDJE-STET"}
    assert matcher.match(Imputation("0163-CDJE-STET", "0163-01", "016350010101", "CENSTARETA")).convention_id == (
        djepva.pk
    )
    assert matcher.match(Imputation(CF, "0352-01", "035200010101", "AICDAIR075")).convention_id == fast13.pk
    # The budget lines' centres financiers count too.
    ChorusImputation.objects.filter(convention=fast13).update(centre_financier="")
    assert Matcher.from_database().targets[fast13.pk].centres_financiers == {CF}
