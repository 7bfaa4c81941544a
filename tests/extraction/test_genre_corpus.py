"""The engine on a held-out corpus of the genre (tests/extraction/genre_corpus).

The development corpus (../shared/corpus) and the seeds are what the extraction rules were
written against; hidden real conventions judge the engine. This corpus stands in for them:
fourteen conventions de délégation de gestion drafted in as many habits of French State
services (Journal officiel, Bulletins officiels, préfecture recueils, co-délégataires,
avenants, blank dates, masked names, tables, cut texts...), labelled by hand without looking
at the engine's output. Targets: zero inventions and F1 >= 0.90 over all fields.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conventio.extraction import extract_path
from conventio.extraction.labels import LABEL_KEYS, to_labels
from conventio.extraction.scoring import Scores, render_table, score_corpus


GENRE = Path(__file__).resolve().parent / "genre_corpus"
DOCS = GENRE / "docs"
LABELS = sorted((GENRE / "labels").glob("*.json"))
F1_TARGET = 0.90


def _label(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score_corpus(DOCS, GENRE / "labels")


def _details(scores: Scores) -> str:
    """The score table and every miss, so a failing run says what to fix."""
    examples = [f"{name}: {example}" for name, score in sorted(scores.fields.items()) for example in score.examples]
    return render_table(scores) + "\n" + "\n".join(examples)


def test_corpus_is_complete_and_well_formed() -> None:
    """Every label names an existing doc, has exactly the label keys, and every doc is labelled."""
    assert len(LABELS) == 14
    labelled = set()
    for path in LABELS:
        label = _label(path)
        assert set(label) == set(LABEL_KEYS) | {"notes"}, path.name
        assert path.stem == Path(label["doc"]).stem
        text = (DOCS / label["doc"]).read_text(encoding="utf-8")
        assert text.startswith("SOURCE: synthetic\n\n"), label["doc"]
        labelled.add(label["doc"])
    assert labelled == {path.name for path in DOCS.glob("*.txt")}


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_labels_are_internally_consistent(label_path: Path) -> None:
    """Stated totals equal the sum of the labelled lines (design rule 2), on the label itself."""
    label = _label(label_path)
    lines = label["budget_lines"]
    if label["total_amount"] is not None and lines:
        total = Decimal(label["total_amount"])
        assert sum(Decimal(line["ae"] or "0") for line in lines) == total
        assert sum(Decimal(line["cp"] or "0") for line in lines) == total


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_identity_fields_and_completeness(label_path: Path) -> None:
    """Kind, title, signature date and complete/cut must be exact on every held-out document."""
    expected = _label(label_path)
    predicted = to_labels(extract_path(DOCS / expected["doc"]))
    for key in ("complete_text", "kind", "title", "signature_date"):
        assert predicted[key] == expected[key], key


def test_no_invention_on_the_held_out_corpus(scores: Scores) -> None:
    assert scores.total.inventions == 0, _details(scores)


def test_f1_on_the_held_out_corpus(scores: Scores) -> None:
    assert scores.total.f1 >= F1_TARGET, _details(scores)
