"""What every field extractor receives: the document, the record being built, and helpers.

Field extractors are plain functions ``extract_x(ctx: Context) -> None`` that read
`ctx.doc.text` and fill their part of `ctx.record`. The helpers here make provenance
and findings one call each, so that no extractor is tempted to skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from conventio.extraction.record import Finding, Provenance, Record, Severity, Sourced, Span
from conventio.extraction.text import Document


T = TypeVar("T")

EXCERPT_LIMIT = 300


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
        return Span(start=start, end=end, page=page, page_offset=page_offset, excerpt=excerpt)

    def provenance(self, start: int, end: int, method: str) -> Provenance:
        return Provenance(span=self.span(start, end), method=method)

    def match_provenance(self, match: re.Match[str], method: str, group: int | str = 0) -> Provenance:
        return self.provenance(match.start(group), match.end(group), method)

    def sourced(self, value: T, start: int, end: int, method: str) -> Sourced[T]:
        # `Sourced[T]` with the class's own type variable is `Sourced` itself: calling the
        # class directly skips a generic-alias lookup on every value the engine reads.
        return Sourced(value=value, source=self.provenance(start, end, method))

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
        finding = Finding(severity=severity, code=code, message=message, field=field, span=span)
        self.record.findings.append(finding)
        return finding
