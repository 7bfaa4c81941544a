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

# First measurement (df26f8b): F1 0.715 with 24 inventions; the patterns it exposed and how they
# were fixed are in docs/extraction.md.


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


def test_no_invention_on_the_blind_corpus(scores: Scores) -> None:
    assert scores.total.inventions == 0, _details(scores)


def test_f1_on_the_blind_corpus(scores: Scores) -> None:
    assert scores.total.f1 >= F1_TARGET, _details(scores)
