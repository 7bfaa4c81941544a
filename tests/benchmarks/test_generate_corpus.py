"""The benchmark corpus generator: valid, varied, consistent documents that the engine extracts.

Not a timing test: the benchmark itself is ``make bench``. These tests make sure the
documents it measures are worth measuring — conventions of the genre with varied
parties, amounts, years and table layouts — and that the facts written next to each
document (which the generator substituted) are consistent and read back.
"""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from decimal import Decimal
from itertools import accumulate
from pathlib import Path

import pytest

from benchmarks import generate_corpus
from benchmarks.generate_corpus import GeneratedDocument, iter_documents, write_corpus
from conventio.extraction import Record, extract_bytes
from tests.conftest import SEEDS


SAMPLE = 60


@pytest.fixture(scope="module")
def documents() -> list[GeneratedDocument]:
    return list(iter_documents(SAMPLE, seed=11, seeds_dir=SEEDS))


def _amount(value: str | None) -> Decimal:
    return Decimal(value) if value is not None else Decimal(0)


def test_generation_is_deterministic_and_follows_the_seed() -> None:
    first = [doc.text for doc in iter_documents(6, seed=3, seeds_dir=SEEDS)]
    assert first == [doc.text for doc in iter_documents(6, seed=3, seeds_dir=SEEDS)]
    assert first != [doc.text for doc in iter_documents(6, seed=4, seeds_dir=SEEDS)]
    # Document i depends on (seed, i) only, not on how many are generated.
    assert [doc.text for doc in iter_documents(2, seed=3, seeds_dir=SEEDS, start=4)] == first[4:]


def test_documents_vary_in_parties_years_layouts_and_formats(documents: list[GeneratedDocument]) -> None:
    texts = {doc.text for doc in documents}
    assert len(texts) == SAMPLE
    profiles = {doc.facts["profile"] for doc in documents}
    assert profiles == {"fast", "delegation"}
    acronyms = {party["acronym"] for doc in documents for party in doc.facts["parties"]}
    assert len(acronyms) >= 10
    people = {party["represented_by"] for doc in documents for party in doc.facts["parties"]}
    assert len(people) >= 40
    years = {doc.facts["end_date"][:4] for doc in documents}
    assert len(years) >= 5
    layouts = {layout for doc in documents for layout in doc.facts["layout"]["tables"]}
    assert layouts == set(generate_corpus.TABLE_LAYOUTS)
    assert {doc.facts["layout"]["amounts"] for doc in documents} == {"fr", "en"}
    assert {doc.facts["layout"]["totals_table"] for doc in documents} == {True, False}
    assert {doc.facts["layout"]["multi_table"] for doc in documents} == {True, False}
    assert len({tuple(doc.facts["tranches"]) for doc in documents if doc.facts["tranches"]}) >= 3
    assert None in {doc.facts["signature_date"] for doc in iter_documents(200, seed=11, seeds_dir=SEEDS)}


def test_facts_are_consistent(documents: list[GeneratedDocument]) -> None:
    for doc in documents:
        facts = doc.facts
        end = datetime.date.fromisoformat(facts["end_date"])
        if facts["signature_date"]:
            assert datetime.date.fromisoformat(facts["signature_date"]) < end
        if facts["tranches"]:
            assert sum(facts["tranches"]) == 100
        if "envelope" in facts:
            envelope = facts["envelope"]
            assert _amount(envelope["total"]) == _amount(envelope["kept"]) + _amount(envelope["delegated"])
            delegated = sum((_amount(line["ae"]) for line in facts["budget_lines"]), Decimal(0))
            assert delegated == _amount(facts["total_amount"])
        by_scope: dict[str | None, list[dict]] = defaultdict(list)
        for line in facts["budget_lines"]:
            by_scope[line["scope"]].append(line)
        for lines in by_scope.values():
            cumulative_ae = list(accumulate(_amount(line["ae"]) for line in lines))
            cumulative_cp = list(accumulate(_amount(line["cp"]) for line in lines))
            assert all(cp <= ae for ae, cp in zip(cumulative_ae, cumulative_cp, strict=True)), doc.name
        for total in facts["stated_totals"]:
            lines = [
                line for line in facts["budget_lines"] if total["first_year"] <= line["year"] <= total["last_year"]
            ]
            first_scope = [line for line in lines if line["scope"] == lines[0]["scope"]]
            assert _amount(total["ae"]) == sum((_amount(line["ae"]) for line in first_scope), Decimal(0))
            assert _amount(total["cp"]) == sum((_amount(line["cp"]) for line in first_scope), Decimal(0))
        programme = facts["programmes"][0]["number"]
        chorus = facts["chorus"]
        assert chorus["uo"].lstrip("0").startswith(programme)
        assert chorus["domaine_fonctionnel"].lstrip("0").startswith(programme)
        assert chorus["activite"] == "0" + programme + chorus["activite"][4:] and len(chorus["activite"]) == 12
        assert len(chorus["centre_cout"]) == 10


def test_substituted_facts_are_printed_and_the_seed_facts_are_gone(documents: list[GeneratedDocument]) -> None:
    for doc in documents:
        facts = doc.facts
        for party in facts["parties"]:
            assert party["represented_by"] in doc.text
            assert party["address"] in doc.text
            assert f"({party['acronym']})" in doc.text
        assert generate_corpus.format_long_date(datetime.date.fromisoformat(facts["end_date"])) in doc.text
        assert facts["chorus"]["uo"] in doc.text
        assert facts["chorus"]["centre_cout"] in doc.text
        for service in facts["services"]:
            assert service in doc.text
        # The seeds' own people, dates and codes never leak into a variant.
        for seed_fact in ("Alain Regnier", "Stéphanie Schaer", "Thibaut de Saint Pol", "27/07/2023", "AICDAIR075"):
            assert seed_fact not in doc.text
        # Legal bases are kept as the seeds print them.
        assert "2004-1085 du 14 octobre 2004" in doc.text


def test_the_engine_extracts_every_generated_document(documents: list[GeneratedDocument]) -> None:
    for doc in documents:
        record = extract_bytes(doc.text.encode("utf-8"), name=doc.facts["doc"])
        assert record.source.characters > 10_000
        payload = record.model_dump_json()
        assert Record.model_validate_json(payload).model_dump_json() == payload


def _read_back(record: Record, field: str) -> object:
    if field == "signature_date":
        return record.terms.signature_date.value.isoformat() if record.terms.signature_date else None
    if field == "end_date":
        return record.terms.end_date.value.isoformat() if record.terms.end_date else None
    return sorted(programme.number for programme in record.funding.programmes)


@pytest.mark.parametrize("field", ["signature_date", "end_date", "programme"])
def test_generated_facts_come_back_out(documents: list[GeneratedDocument], field: str) -> None:
    """A quality sanity check, not the benchmark: what the generator substituted is read back."""
    wrong = []
    for doc in documents:
        record = extract_bytes(doc.text.encode("utf-8"), name=doc.facts["doc"])
        expected: object = doc.facts.get(field)
        if field == "programme":
            expected = sorted(programme["number"] for programme in doc.facts["programmes"])
        got = _read_back(record, field)
        if got != expected:
            wrong.append(f"{doc.name}: expected {expected!r}, read {got!r}")
    assert not wrong, f"{len(wrong)}/{len(documents)} documents: " + "; ".join(wrong[:5])


def test_write_corpus_streams_text_facts_and_pdf(tmp_path: Path) -> None:
    totals = write_corpus(tmp_path, 3, seed=5, pdf=1, seeds_dir=SEEDS)
    assert totals["documents"] == 3 and totals["pdf_documents"] == 1 and totals["pdf_pages"] >= 3
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == 3 and len(list(tmp_path.glob("*.json"))) == 3
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF-")
    facts = json.loads(pdfs[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert facts["doc"] == pdfs[0].with_suffix(".txt").name
    record = extract_bytes(pdfs[0].read_bytes(), name=pdfs[0].name)
    assert record.source.format == "pdf" and record.source.pages == facts["pdf_pages"]
    assert record.terms.end_date is not None
    assert record.terms.end_date.value.isoformat() == facts["end_date"]


def test_the_command_line_writes_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate_corpus.main(["--out", str(tmp_path), "--count", "2", "--seeds", str(SEEDS)]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 2
    assert len(list(tmp_path.glob("*.txt"))) == 2


def test_the_repository_holds_no_seed_text() -> None:
    """The generator substitutes facts; it must not carry the seeds' sentences."""
    source = Path(generate_corpus.__file__).read_text(encoding="utf-8")
    for seed in SEEDS.glob("*.txt"):
        for line in seed.read_text(encoding="utf-8").splitlines():
            sentence = line.replace("**", "").strip()
            if len(sentence) >= 60:
                assert sentence not in source, f"seed text copied into the generator: {sentence[:60]!r}"
