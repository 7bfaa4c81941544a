"""Models built by `context.construct` and `Context.provenance` share one fields set per model.

Sharing is only sound while every field is in the set (pydantic then only ever adds a name
already there) and while copies get their own set: these tests hold both on real records.
"""

from __future__ import annotations

from conventio.extraction import extract_bytes
from conventio.extraction.context import construct
from conventio.extraction.record import Obligation, ObligationCategory, Provenance, Record, Span
from tests.conftest import SEEDS


def _record() -> Record:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    return extract_bytes(seed.read_bytes(), name=seed.name)


def test_every_field_is_in_the_shared_sets() -> None:
    record = _record()
    assert record.obligations
    for obligation in record.obligations:
        assert obligation.model_fields_set == set(Obligation.model_fields)
        assert obligation.source.model_fields_set == set(Provenance.model_fields)
        assert obligation.source.span.model_fields_set == set(Span.model_fields)


def test_setting_a_field_leaves_the_other_instances_alone() -> None:
    record = _record()
    first, second = record.obligations[0], record.obligations[1]
    before = set(second.model_fields_set)
    first.category = ObligationCategory.SECURITY
    first.source.method = "changed"
    assert second.model_fields_set == before
    assert second.source.method != "changed"


def test_a_copy_has_its_own_set() -> None:
    obligation = _record().obligations[0]
    copied = obligation.model_copy(update={"text": "autre texte"})
    assert copied.model_fields_set == obligation.model_fields_set
    assert copied.model_fields_set is not obligation.model_fields_set


def test_partial_values_get_a_set_of_their_own() -> None:
    span = construct(Span, {"start": 0, "end": 1, "excerpt": "x"})
    assert span.model_fields_set == {"start", "end", "excerpt"}
    full = construct(Span, {"start": 0, "end": 1, "page": None, "page_offset": 0, "excerpt": "x"})
    assert span.model_fields_set is not full.model_fields_set
