"""The extraction pipeline: a `Document` in, a validated `Record` out.

Each step is a field extractor (``conventio.extraction.fields.*``) that fills one part
of the record; checks run last and only add findings. The order matters where a step
reads what an earlier one found (signatures need the parties, checks need everything).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from conventio.extraction import checks
from conventio.extraction.context import Context
from conventio.extraction.fields import annexes, funding, header, legal_bases, obligations, parties, signatures, terms
from conventio.extraction.readers import read_document, read_file
from conventio.extraction.record import Record, SourceInfo
from conventio.extraction.text import Document


Step = Callable[[Context], None]

PIPELINE: tuple[Step, ...] = (
    header.extract_header,
    parties.extract_parties,
    legal_bases.extract_legal_bases,
    terms.extract_terms,
    funding.extract_funding,
    obligations.extract_obligations,
    annexes.extract_annexes,
    signatures.extract_signatures,
    checks.run_checks,
)


def extract_document(doc: Document, *, name: str | None = None, sha256: str = "") -> Record:
    """Run every extractor on an already-read document."""
    source = SourceInfo(name=name, sha256=sha256, format=doc.format, pages=doc.page_count, characters=len(doc.text))
    record = Record(source=source, complete_text=False)
    ctx = Context(doc=doc, record=record)
    for step in PIPELINE:
        step(ctx)
    return record


def extract_bytes(data: bytes, *, name: str | None = None) -> Record:
    """Read and extract a document given as bytes (format sniffed from the content)."""
    doc = read_document(data)
    return extract_document(doc, name=name, sha256=hashlib.sha256(data).hexdigest())


def extract_path(path: Path) -> Record:
    """Read and extract one file (a file above the size limit is refused without being read)."""
    return extract_bytes(read_file(path), name=path.name)
