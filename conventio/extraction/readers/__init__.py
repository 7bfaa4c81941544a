"""Readers: bytes of a PDF, DOCX, HTML or text file in, one `Document` out.

The format is sniffed from the content, never trusted from the file name.
"""

from __future__ import annotations

from conventio.extraction.errors import UnreadableDocument
from conventio.extraction.readers.plain import read_text
from conventio.extraction.text import Document


def sniff_format(data: bytes) -> str:
    """Name of the format of `data`: 'pdf', 'docx', 'html' or 'text'."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered or b"<body" in lowered:
        return "html"
    return "text"


def read_document(data: bytes) -> Document:
    """Read `data` whatever its format; raise `UnreadableDocument` with a clear message."""
    if not data:
        raise UnreadableDocument("the file is empty")
    fmt = sniff_format(data)
    if fmt == "text":
        return read_text(data)
    raise UnreadableDocument(f"format {fmt!r} is not supported yet")
