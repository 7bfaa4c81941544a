"""Score extraction against hand-made labels, field by field.

A label says what a document states (``null`` / ``[]`` where it says nothing). For
each field we count:
- true positive: the label has a value and the engine gives the same value;
- false negative: the label has a value and the engine gives none or another one;
- false positive: the engine gives a value the label does not have (another value,
  or a value where the label says null);
- invention: a false positive where the label says null or the item is not in the
  label's list at all — the engine said something the document does not state.
Values are compared after Unicode NFC, apostrophe and whitespace normalisation,
case-sensitively. List fields are compared as multisets; parties are matched by name
and their sub-fields (role, acronym, representative…) are scored on matched pairs.

Run ``python -m conventio.extraction.scoring DOCS_DIR LABELS_DIR`` to print the table
that ``docs/extraction.md`` reports.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


SCALAR_FIELDS = (
    "kind",
    "title",
    "signature_date",
    "signature_place",
    "effective",
    "end_date",
    "notice_period_months",
    "total_amount",
)
LIST_FIELDS = ("legal_bases", "services_or_products")
PARTY_FIELDS = ("role", "acronym", "represented_by", "representative_title", "address")
CHORUS_KEYS = ("uo", "domaine_fonctionnel", "activite", "centre_cout")


def normalise(value: Any) -> Any:
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).replace("’", "'").replace("\u00a0", " ")
        return " ".join(text.split())
    return value


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    inventions: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Scores:
    fields: dict[str, FieldScore] = field(default_factory=dict)

    def get(self, name: str) -> FieldScore:
        return self.fields.setdefault(name, FieldScore())

    @property
    def total(self) -> FieldScore:
        total = FieldScore()
        for score in self.fields.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
            total.inventions += score.inventions
        return total

    def scalar(self, name: str, expected: Any, predicted: Any, doc: str) -> None:
        expected, predicted = normalise(expected), normalise(predicted)
        score = self.get(name)
        if expected is None and predicted is None:
            return
        if expected is not None and predicted == expected:
            score.tp += 1
            return
        if expected is not None:
            score.fn += 1
        if predicted is not None:
            score.fp += 1
            if expected is None:
                score.inventions += 1
        score.examples.append(f"{doc}: expected {expected!r}, got {predicted!r}")

    def multiset(self, name: str, expected: list[Any], predicted: list[Any], doc: str) -> None:
        wanted = Counter(normalise(item) for item in expected)
        got = Counter(normalise(item) for item in predicted)
        score = self.get(name)
        common = wanted & got
        score.tp += sum(common.values())
        missing = wanted - got
        extra = got - wanted
        score.fn += sum(missing.values())
        score.fp += sum(extra.values())
        score.inventions += sum(extra.values())
        if missing or extra:
            score.examples.append(f"{doc}: missing {sorted(missing)!r}, extra {sorted(extra)!r}")


def score_document(scores: Scores, expected: dict[str, Any], predicted: dict[str, Any]) -> None:
    doc = str(expected.get("doc"))
    for name in SCALAR_FIELDS:
        scores.scalar(name, expected.get(name), predicted.get(name), doc)
    for name in LIST_FIELDS:
        scores.multiset(name, expected.get(name) or [], predicted.get(name) or [], doc)
    expected_programmes = {p["number"]: p.get("label") for p in expected.get("programmes") or []}
    predicted_programmes = {p["number"]: p.get("label") for p in predicted.get("programmes") or []}
    scores.multiset("programmes", list(expected_programmes), list(predicted_programmes), doc)
    for number in expected_programmes.keys() & predicted_programmes.keys():
        scores.scalar("programmes.label", expected_programmes[number], predicted_programmes[number], doc)
    expected_chorus = expected.get("chorus") or {}
    predicted_chorus = predicted.get("chorus") or {}
    for key in CHORUS_KEYS:
        scores.scalar(f"chorus.{key}", expected_chorus.get(key), predicted_chorus.get(key), doc)
    _score_budget_lines(scores, expected.get("budget_lines") or [], predicted.get("budget_lines") or [], doc)
    _score_parties(scores, expected.get("parties") or [], predicted.get("parties") or [], doc)


def _score_budget_lines(scores: Scores, expected: list[dict], predicted: list[dict], doc: str) -> None:
    def key(line: dict) -> tuple:
        return (line.get("programme"), line.get("year"), line.get("ae"), line.get("cp"))

    scores.multiset("budget_lines", [key(line) for line in expected], [key(line) for line in predicted], doc)


def _score_parties(scores: Scores, expected: list[dict], predicted: list[dict], doc: str) -> None:
    remaining = list(predicted)
    for wanted in expected:
        name = normalise(wanted.get("name"))
        match = next((party for party in remaining if normalise(party.get("name")) == name), None)
        if match is None:
            scores.get("parties.name").fn += 1
            scores.get("parties.name").examples.append(f"{doc}: missing party {name!r}")
            for sub in PARTY_FIELDS:
                if wanted.get(sub) is not None:
                    scores.get(f"parties.{sub}").fn += 1
            continue
        remaining.remove(match)
        scores.get("parties.name").tp += 1
        for sub in PARTY_FIELDS:
            scores.scalar(f"parties.{sub}", wanted.get(sub), match.get(sub), f"{doc} [{name}]")
        scores.multiset(
            "parties.additional_representatives",
            [r.get("represented_by") for r in wanted.get("additional_representatives") or []],
            [r.get("represented_by") for r in match.get("additional_representatives") or []],
            doc,
        )
    for extra in remaining:
        score = scores.get("parties.name")
        score.fp += 1
        score.inventions += 1
        score.examples.append(f"{doc}: extra party {extra.get('name')!r}")


def score_corpus(docs_dir: Path, labels_dir: Path) -> Scores:
    """Extract every labelled document of `docs_dir` and score it against `labels_dir`."""
    from conventio.extraction.engine import extract_path
    from conventio.extraction.labels import to_labels

    scores = Scores()
    for label_path in sorted(labels_dir.glob("*.json")):
        expected = json.loads(label_path.read_text(encoding="utf-8"))
        predicted = to_labels(extract_path(docs_dir / expected["doc"]))
        score_document(scores, expected, predicted)
    return scores


def render_table(scores: Scores) -> str:
    """Markdown table, one row per field, then the total."""
    lines = [
        "| field | support | precision | recall | F1 | inventions |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in sorted(scores.fields):
        s = scores.fields[name]
        lines.append(f"| {name} | {s.support} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.inventions} |")
    t = scores.total
    lines.append(
        f"| **all fields** | {t.support} | {t.precision:.3f} | {t.recall:.3f} | {t.f1:.3f} | {t.inventions} |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m conventio.extraction.scoring DOCS_DIR LABELS_DIR", file=sys.stderr)
        return 2
    scores = score_corpus(Path(args[0]), Path(args[1]))
    print(render_table(scores))
    for name, score in sorted(scores.fields.items()):
        for example in score.examples:
            print(f"  {name}: {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
