"""The committed JSON Schema of the record: in step with the classes, and true of real output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conventio.extraction import extract_path
from conventio.extraction.record import SCHEMA_VERSION, Record
from conventio.extraction.schema import build_schema, render_schema, schema_id, schema_path
from tests.conftest import CORPUS, DJEPVA, FAST13


@pytest.fixture(scope="module")
def committed() -> dict[str, object]:
    path = schema_path()
    assert path.is_file(), f"{path} is missing: run `make schema` and commit the file"
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def validator(committed: dict[str, object]) -> Draft202012Validator:
    Draft202012Validator.check_schema(committed)
    return Draft202012Validator(committed, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_committed_schema_is_what_the_classes_generate(committed: dict[str, object]) -> None:
    assert schema_path().read_text(encoding="utf-8") == render_schema(build_schema()), (
        "the record classes and the committed JSON Schema differ: run `make schema` and commit "
        f"{schema_path().name}; if the change is incompatible (a field removed, renamed or retyped), "
        "first bump SCHEMA_VERSION in conventio/extraction/record.py so that a new schema file is written"
    )


def test_schema_names_its_version(committed: dict[str, object]) -> None:
    assert schema_path().name == f"record-{SCHEMA_VERSION}.schema.json"
    assert committed["$id"] == schema_id() == f"urn:conventio:schema:record:{SCHEMA_VERSION}"
    assert committed["version"] == SCHEMA_VERSION
    assert committed["title"] == "conventio record"
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", [FAST13, DJEPVA], ids=["fast13", "djepva"])
def test_seed_json_output_is_valid_against_the_committed_schema(validator: Draft202012Validator, path: Path) -> None:
    document = json.loads(extract_path(path).model_dump_json())
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(error.path)}: {error.message}" for error in errors[:10])


def test_corpus_json_output_is_valid_against_the_committed_schema(validator: Draft202012Validator) -> None:
    for path in sorted((CORPUS / "docs").iterdir()):
        document = json.loads(extract_path(path).model_dump_json())
        errors = list(validator.iter_errors(document))
        assert not errors, f"{path.name}: {errors[0].message} at {list(errors[0].path)}"


def test_schema_rejects_what_the_contract_forbids(validator: Draft202012Validator) -> None:
    document = json.loads(extract_path(FAST13).model_dump_json())
    assert validator.is_valid(document)
    assert not validator.is_valid({**document, "unexpected": 1})  # extra keys are refused
    without_source = {key: value for key, value in document.items() if key != "source"}
    assert not validator.is_valid(without_source)
    # Amounts are strings in the JSON contract, never numbers.
    money = {"label": "x", "total": 250000.0, "parts": [], "source": {"span": None, "method": "test"}}
    funding = {**document["funding"], "envelopes": [money]}
    assert not validator.is_valid({**document, "funding": funding})
    funding["envelopes"] = [{**money, "total": "250000.00"}]
    assert validator.is_valid({**document, "funding": funding})


def test_json_output_reads_back_into_the_same_record() -> None:
    record = extract_path(DJEPVA)
    assert Record.model_validate_json(record.model_dump_json()) == record
