"""The two founding conventions, as text and as DOCX, PDF and HTML the tests build.

`expected/*.json` holds hand-checked facts of each seed (values only, never their
text); `seed_facts.facts` projects a record onto the same shape. The same facts must
come out whatever the format the convention arrives in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conventio.extraction import extract_bytes, extract_path
from tests.builders import build_docx, build_html, build_pdf
from tests.conftest import DJEPVA, FAST13
from tests.extraction.seed_facts import facts


EXPECTED = Path(__file__).parent / "expected"
SEEDS = {"fast13": FAST13, "djepva": DJEPVA}
BUILDERS: dict[str, Callable[[str], bytes]] = {
    "docx": build_docx,
    "pdf": build_pdf,
    "html": build_html,
}


def _expected(name: str) -> dict[str, Any]:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def _facts(record: Any) -> dict[str, Any]:
    # Round-trip through JSON so tuples and lists compare alike.
    return json.loads(json.dumps(facts(record), default=list))


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_text_gives_every_expected_fact(name: str) -> None:
    assert _facts(extract_path(SEEDS[name])) == _expected(name)


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_same_facts_from_docx_pdf_and_html(name: str, fmt: str) -> None:
    document = BUILDERS[fmt](SEEDS[name].read_text(encoding="utf-8"))
    record = extract_bytes(document, name=f"{name}.{fmt}")
    assert record.source.format == fmt
    assert _facts(record) == _expected(name)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_word_processor_like_pdf_keeps_parties_dates_and_money(name: str) -> None:
    """Justified text and grid tables: everything but the annex layout survives.

    The PDF reader joins lines a justified layout wrapped; a long annex heading followed
    by a service heading of its own is then read as one line (see docs/extraction.md).
    """
    record = extract_bytes(build_pdf(SEEDS[name].read_text(encoding="utf-8"), word_like=True))
    got, expected = _facts(record), _expected(name)
    for key in ("signatories", "envelopes", "budget_lines", "stated_totals", "tranches", "chorus", "finding_codes"):
        assert got[key] == expected[key], key
    for key in ("parties", "legal_bases", "programmes", "budget_lines", "total_amount", "signature_date", "end_date"):
        assert got["labels"][key] == expected["labels"][key], key


def test_djepva_lost_year_header_is_restored_with_a_warning_asking_for_review() -> None:
    record = extract_path(DJEPVA)
    repaired = [line for line in record.funding.budget_lines if line.source.method.startswith("repair:")]
    assert [line.year for line in repaired] == [2020, 2021, 2022, 2023, 2024]
    warning = next(f for f in record.findings if f.code == "table-repaired")
    assert warning.severity.value == "warning"
    assert "vérif" in warning.message.lower() or "relecture" in warning.message.lower()
    assert warning.span is not None
