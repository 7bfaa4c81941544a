"""The engine on a second, blind held-out corpus of the genre (tests/extraction/blind_corpus).

These sixteen texts were written and labelled without reading the engine or the first held-out
set, and committed before the engine was first run on them, so they measure how far the rules
generalise to drafting habits nobody tuned them on (recueils des actes administratifs, avenants,
FAST partnership conventions, a contrat de service, HTML copies with stray line breaks, PDF page
footers...). Targets, as for the first held-out set: zero inventions and F1 >= 0.90. While the
engine is below them the two score tests are expected failures, so CI stays green while the gap
is tracked; they turn into passes (XPASS) on their own once the gap is closed.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conventio.extraction.scoring import Scores, render_table, score_corpus
from tests.conftest import CORPUS


BLIND = Path(__file__).resolve().parent / "blind_corpus"
DOCS = BLIND / "docs"
LABELS = sorted((BLIND / "labels").glob("*.json"))
F1_TARGET = 0.90

KINDS = {"delegation_de_gestion", "avenant", "convention_partenariat", "other"}
ROLES = {"delegant", "delegataire", "co_delegataire", "other"}
PARTY_KEYS = {"name", "acronym", "role", "represented_by", "representative_title", "address"}
OPTIONAL_PARTY_KEYS = {"additional_representatives"}
CHORUS_KEYS = {"uo", "domaine_fonctionnel", "activite", "centre_cout"}
MONEY = re.compile(r"\d+\.\d{2}")
PROGRAMME = re.compile(r"\d{3}")

# What the first measurement missed (HEAD df26f8b, with other engineers' uncommitted engine edits
# in the tree), by genre pattern; kept so the xfail says what to fix. Update it as gaps close.
INVENTION_GAPS = (
    "party names swallow the address that follows them after a comma (no 'Adresse :' / 'sis') "
    "or an apposition ('responsable des BOP ...'); a 'Le présent contrat de service est conclu "
    "entre' sentence is taken as a party; code visas lose their articles ('code du patrimoine' "
    "for 'code du patrimoine, articles L. 621-9 et L. 621-29-2'); budget lines read from a table "
    "whose programme column is written 'P. 123' get no programme; object items run past the "
    "item ('... chantiers d'insertion et', two objects joined by ', et l'engagement ...')"
)
F1_GAPS = (
    "no parties when roles are not in the parties clause (stated in the preamble), when the "
    "délégataire comes first with bare 'ci-après le délégataire', or with 'dénommée ci-après le "
    "délégant' without quotes; party names in capitals; names and titles broken by hard line "
    "breaks (HTML copy); rank kept in the representative title; signature place 'Paris en deux "
    "exemplaires'; end dates in 'Elle s'applique jusqu'au ...' and an avenant's 'est reportée "
    "au ...'; effect 'entre en vigueur le ...'; a contrat de service read as a délégation; "
    "Chorus header/row table; total in 'Le montant total ... s'élève à 185.000 €'; programme "
    "'P. 181' and long or quoted labels after 'P. 103' / a comma-bearing label; Startup/product "
    "names as services"
)


def _label(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _shared_label_keys() -> set[str]:
    """The label keys of the shared corpus: the blind labels must use exactly the same."""
    keys: set[str] = set()
    for path in sorted((CORPUS / "labels").glob("*.json")):
        keys |= set(_label(path))
    return keys


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score_corpus(DOCS, BLIND / "labels")


def _details(scores: Scores) -> str:
    """The score table and every miss, so a failing run says what to fix."""
    examples = [f"{name}: {example}" for name, score in sorted(scores.fields.items()) for example in score.examples]
    return render_table(scores) + "\n" + "\n".join(examples)


def test_corpus_is_complete_and_well_formed() -> None:
    """Every doc has a label and every label a doc, with the shared corpus' keys."""
    shared_keys = _shared_label_keys()
    assert shared_keys, f"expected the shared corpus labels in {CORPUS}"
    assert len(LABELS) == 16
    labelled = set()
    for path in LABELS:
        label = _label(path)
        assert set(label) == shared_keys, path.name
        assert path.stem == Path(label["doc"]).stem
        text = (DOCS / label["doc"]).read_text(encoding="utf-8")
        assert text.startswith("SOURCE: synthetic-blind\n\n"), label["doc"]
        labelled.add(label["doc"])
    assert labelled == {path.name for path in DOCS.glob("*.txt")}


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_label_values_have_the_label_format(label_path: Path) -> None:
    """Kinds, roles, dates, money and programmes are written the way the scorer compares them."""
    label = _label(label_path)
    assert isinstance(label["complete_text"], bool)
    assert label["kind"] in KINDS
    for key in ("signature_date", "effective", "end_date"):
        if label[key] is not None:
            date.fromisoformat(label[key])
    assert label["notice_period_months"] is None or isinstance(label["notice_period_months"], int)
    for party in label["parties"]:
        assert PARTY_KEYS <= set(party) <= PARTY_KEYS | OPTIONAL_PARTY_KEYS, party
        assert party["role"] in ROLES
    for programme in label["programmes"]:
        assert PROGRAMME.fullmatch(programme["number"]), programme
    for line in label["budget_lines"]:
        assert line["programme"] is None or PROGRAMME.fullmatch(line["programme"]), line
        assert isinstance(line["year"], int)
        for key in ("ae", "cp"):
            assert line[key] is None or MONEY.fullmatch(line[key]), line
    assert label["total_amount"] is None or MONEY.fullmatch(label["total_amount"])
    assert set(label["chorus"]) <= CHORUS_KEYS
    assert label["notes"], "each label names the traps of its document"


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_stated_totals_equal_the_sum_of_their_lines(label_path: Path) -> None:
    """Design rule 2 on the labels themselves: a stated total is the sum of the labelled lines."""
    label = _label(label_path)
    lines = label["budget_lines"]
    if label["total_amount"] is None or not lines:
        return  # nothing to reconcile: no stated total, or a total without lines
    total = Decimal(label["total_amount"])
    assert sum(Decimal(line["ae"] or "0") for line in lines) == total
    assert sum(Decimal(line["cp"] or "0") for line in lines) == total


@pytest.mark.xfail(strict=False, reason=f"inventions on the blind corpus: {INVENTION_GAPS}")
def test_no_invention_on_the_blind_corpus(scores: Scores) -> None:
    assert scores.total.inventions == 0, _details(scores)


@pytest.mark.xfail(strict=False, reason=f"F1 0.715 at first measurement: {F1_GAPS}")
def test_f1_on_the_blind_corpus(scores: Scores) -> None:
    assert scores.total.f1 >= F1_TARGET, _details(scores)
