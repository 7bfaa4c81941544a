"""What every field extractor receives: the document, the record being built, and helpers.

Field extractors are plain functions ``extract_x(ctx: Context) -> None`` that read
`ctx.doc.text` and fill their part of `ctx.record`. The helpers here make provenance
and findings one call each, so that no extractor is tempted to skip them.
"""

from __future__ import annotations

import re
from bisect import bisect_right as _bisect_right
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel

from conventio.extraction.record import Finding, Provenance, Record, Severity, Sourced, Span
from conventio.extraction.text import Document


T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

EXCERPT_LIMIT = 300

_new = object.__new__
# `BaseModel`'s slots, set through their descriptors: what `object.__setattr__` ends up calling,
# without looking each name up again (a few hundred models per document).
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_SPAN_FIELDS = frozenset(("start", "end", "page", "page_offset", "excerpt"))
_PROVENANCE_FIELDS = frozenset(("span", "method"))
# One fields set shared by every instance built here with all its fields: a set per instance
# was a fifth of a record's objects (about 480 of 2 600), each made and later freed. Sharing is
# safe because every field is in it: pydantic only ever adds a field's name to the set of an
# instance (`__setattr__`), which changes nothing here, and copies it for a copied instance.
_SHARED_FIELDS: dict[type[BaseModel], set[str]] = {}
_SPAN_SET = set(_SPAN_FIELDS)
_PROVENANCE_SET = set(_PROVENANCE_FIELDS)
_SOURCED_SET = _SHARED_FIELDS[Sourced] = set(Sourced.model_fields)
_FIELD_TYPES = (str, type(None))


def construct(model: type[M], values: dict[str, object]) -> M:
    """An instance of `model` from already-valid values for every one of its fields.

    What `model.model_construct` does for a model without extra fields or private
    attributes, minus its generic bookkeeping: provenance is built a hundred times per
    document, and validating or `model_construct`-ing it costs twice as much. Only for
    values known to have their field's type (the record must still match its schema).
    """
    instance = _new(model)
    _set_dict(instance, values)
    shared = _SHARED_FIELDS.get(model)
    if shared is None:
        shared = _SHARED_FIELDS[model] = set(model.model_fields)
    # Values for every field (the contract above): the shared set; else (a caller that left
    # defaults out) a set of its own.
    _set_fields_set(instance, shared if len(values) == len(shared) else set(values))
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


@dataclass
class Context:
    doc: Document
    record: Record
    # Shared results between extractors (e.g. the party block's end offset).
    notes: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc.text

    def span(self, start: int, end: int) -> Span:
        page, page_offset = self.doc.locate(start)
        excerpt = self.doc.text[start:end]
        if len(excerpt) > EXCERPT_LIMIT:
            excerpt = excerpt[: EXCERPT_LIMIT - 1] + "…"
        if type(start) is int and type(end) is int:
            # Every value is already of its field's type (offsets, `locate`'s page and offset,
            # a str): built without validation, as `Span(...)` would build it, in half the time.
            return construct(
                Span, {"start": start, "end": end, "page": page, "page_offset": page_offset, "excerpt": excerpt}
            )
        return Span(start=start, end=end, page=page, page_offset=page_offset, excerpt=excerpt)

    def provenance(self, start: int, end: int, method: str) -> Provenance:
        if type(start) is not int or type(end) is not int or type(method) is not str:
            return Provenance(span=self.span(start, end), method=method)
        # `construct` and `Document.locate` inlined: the engine builds some 130 per document,
        # every one of them kept in the record.
        doc = self.doc
        pages = doc.pages
        if pages:
            # One page (every text document): no search for it.
            page_start = pages[0] if len(pages) == 1 else pages[max(0, _bisect_right(doc.page_starts(), start) - 1)]
            anchor = _bisect_right(doc.anchors, start) - 1
            page: int | None = page_start.number
            page_offset = start - page_start.start + (doc.shifts[anchor] if anchor >= 0 else 0)
            if page_offset < 0:
                page_offset = 0
        else:
            page, page_offset = None, start
        excerpt = doc.text[start:end]
        if len(excerpt) > EXCERPT_LIMIT:
            excerpt = excerpt[: EXCERPT_LIMIT - 1] + "…"
        span = _new(Span)
        _set_dict(span, {"start": start, "end": end, "page": page, "page_offset": page_offset, "excerpt": excerpt})
        _set_fields_set(span, _SPAN_SET)
        _set_extra(span, None)
        _set_private(span, None)
        provenance = _new(Provenance)
        _set_dict(provenance, {"span": span, "method": method})
        _set_fields_set(provenance, _PROVENANCE_SET)
        _set_extra(provenance, None)
        _set_private(provenance, None)
        return provenance

    def match_provenance(self, match: re.Match[str], method: str, group: int | str = 0) -> Provenance:
        return self.provenance(match.start(group), match.end(group), method)

    def sourced(self, value: T, start: int, end: int, method: str) -> Sourced[T]:
        # `Sourced[T]` with the class's own type variable is `Sourced` itself, whose `value`
        # any value validates as: built without validation, it is the same instance.
        # `construct` inlined (some forty per document).
        sourced = _new(Sourced)
        _set_dict(sourced, {"value": value, "source": self.provenance(start, end, method)})
        _set_fields_set(sourced, _SOURCED_SET)
        _set_extra(sourced, None)
        _set_private(sourced, None)
        return sourced

    def finding(
        self,
        severity: Severity,
        code: str,
        message: str,
        *,
        field: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Finding:
        span = self.span(start, end if end is not None else start) if start is not None else None
        values: dict[str, object] = {
            "severity": severity,
            "code": code,
            "message": message,
            "field": field,
            "span": span,
        }
        # Built without validation when every value has its field's type (the span is made above).
        if type(severity) is Severity and type(code) is str and type(message) is str and type(field) in _FIELD_TYPES:
            finding = construct(Finding, values)
        else:
            finding = Finding.model_validate(values)
        self.record.findings.append(finding)
        return finding
