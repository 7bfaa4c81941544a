"""Extraction engine: convention documents in, typed records with provenance out.

Pure Python: nothing in this package imports Django (a test checks it).
"""

from conventio.extraction.engine import extract_bytes, extract_document, extract_path
from conventio.extraction.errors import ExtractionError, UnreadableDocument
from conventio.extraction.record import Record


__all__ = ["ExtractionError", "Record", "UnreadableDocument", "extract_bytes", "extract_document", "extract_path"]
