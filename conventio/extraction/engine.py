"""The extraction pipeline: a `Document` in, a validated `Record` out.

Each step is a field extractor (``conventio.extraction.fields.*``) that fills one part
of the record; checks run last and only add findings. The order matters where a step
reads what an earlier one found (signatures need the parties, checks need everything).
"""

from __future__ import annotations

import gc
import hashlib
import threading
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
    _pause_collector()
    try:
        source = SourceInfo(
            name=name, sha256=sha256, format=doc.format, pages=doc.page_count, characters=len(doc.text)
        )
        record = Record(source=source, complete_text=False)
        ctx = Context(doc=doc, record=record)
        for step in PIPELINE:
            step(ctx)
        return record
    finally:
        _resume_collector()


def extract_bytes(data: bytes, *, name: str | None = None) -> Record:
    """Read and extract a document given as bytes (format sniffed from the content)."""
    _pause_collector()
    try:
        doc = read_document(data)
        return extract_document(doc, name=name, sha256=hashlib.sha256(data).hexdigest())
    finally:
        _resume_collector()


# The cyclic garbage collector is kept idle while a document is read and extracted. An
# extraction allocates tens of thousands of short-lived objects (matches, spans, provenance,
# the record) and leaves no reference cycle behind: they die by reference counting. The
# collector would still run every 700 allocations, promote the half-built record to older
# generations and, every 50 or so documents, run a full collection of the whole heap (10 to
# 20 ms): 7 % of a batch's time. Enabled again, it runs as before once allocations outnumber
# deallocations by its threshold; a cycle made during an extraction (by a caught exception,
# say) is collected then: nothing is lost.
# Nested and concurrent extractions share one pause (a depth under a lock); a collector the
# caller had disabled stays disabled.
_pause_lock = threading.Lock()
_pause_depth = 0
_paused_here = False


def _pause_collector() -> None:
    """Disable the collector for an extraction (each call is paired with `_resume_collector`)."""
    global _pause_depth, _paused_here
    with _pause_lock:
        if _pause_depth == 0:
            _paused_here = gc.isenabled()
            if _paused_here:
                gc.disable()
        _pause_depth += 1


def _resume_collector() -> None:
    """Enable the collector again when the last extraction under way ends (if it was enabled)."""
    global _pause_depth, _paused_here
    with _pause_lock:
        _pause_depth -= 1
        if _pause_depth == 0 and _paused_here:
            _paused_here = False
            gc.enable()


def extract_path(path: Path) -> Record:
    """Read and extract one file (a file above the size limit is refused without being read)."""
    return extract_bytes(read_file(path), name=path.name)
