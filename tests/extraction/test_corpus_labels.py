"""The engine against the hand-made labels of real published conventions.

Target (issue #3): F1 >= 0.95 over all fields with zero inventions. Per-field figures
are reported in docs/extraction.md (``python -m conventio.extraction.scoring``).
"""

from __future__ import annotations

import json

import pytest

from conventio.extraction import extract_path
from conventio.extraction.labels import LABEL_KEYS, to_labels
from conventio.extraction.scoring import render_table, score_corpus
from tests.conftest import CORPUS


LABELS = sorted((CORPUS / "labels").glob("*.json"))


def test_corpus_is_present() -> None:
    assert len(LABELS) >= 10, f"expected the labelled corpus in {CORPUS}"


def test_f1_and_no_invention_over_the_corpus() -> None:
    scores = score_corpus(CORPUS / "docs", CORPUS / "labels")
    total = scores.total
    details = (
        render_table(scores)
        + "\n"
        + "\n".join(f"{name}: {example}" for name, score in scores.fields.items() for example in score.examples)
    )
    assert total.inventions == 0, details
    assert total.f1 >= 0.95, details


@pytest.mark.parametrize("label_path", LABELS, ids=lambda path: path.stem)
def test_labels_view_has_the_label_format(label_path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(label_path.read_text(encoding="utf-8"))
    predicted = to_labels(extract_path(CORPUS / "docs" / expected["doc"]))
    assert set(LABEL_KEYS) <= set(predicted)
    assert set(predicted) - {"notes"} <= set(expected) | {"notes"}
    assert predicted["doc"] == expected["doc"]
    assert predicted["complete_text"] == expected["complete_text"]
    # Whatever else differs, identity fields must be exact on every document.
    for key in ("kind", "title", "signature_date"):
        assert predicted[key] == expected[key], key
