"""Readers: bytes of a PDF, DOCX, HTML or text file in, one `Document` out.

The format is sniffed from the content, never trusted from the file name. Every
refusal is an `ExtractionError` subclass with a one-line message; nothing else leaves
`read_document`, whatever the bytes.
"""

from __future__ import annotations

from pathlib import Path

from conventio.extraction.errors import DocumentTooLarge, ExtractionError, UnreadableDocument
from conventio.extraction.readers.limits import MAX_INPUT_BYTES, MAX_TEXT_BYTES, human_size
from conventio.extraction.readers.sniff import sniff_format
from conventio.extraction.text import Document


__all__ = ["read_document", "read_file", "sniff_format"]


def read_document(data: bytes) -> Document:
    """Read `data` whatever its format; raise an `ExtractionError` with a clear message."""
    if len(data) > MAX_INPUT_BYTES:
        raise DocumentTooLarge(f"the file is {human_size(len(data))}; the limit is {human_size(MAX_INPUT_BYTES)}")
    if not data.strip():
        raise UnreadableDocument("the file is empty")
    fmt = sniff_format(data)
    if fmt in ("text", "html") and len(data) > MAX_TEXT_BYTES:
        raise DocumentTooLarge(
            f"the {fmt} file is {human_size(len(data))}; the limit for text and HTML is {human_size(MAX_TEXT_BYTES)}"
        )
    try:
        doc = _READERS[fmt](data)
    except ExtractionError:
        raise
    except (MemoryError, RecursionError) as error:
        raise DocumentTooLarge(f"the {fmt} document is too large or too deeply nested to read") from error
    except Exception as error:  # a reader bug or a library surprise: still one clear line
        raise UnreadableDocument(f"the {fmt} document cannot be read ({type(error).__name__})") from error
    if not doc.text.strip():
        raise UnreadableDocument(f"the {fmt} document contains no text")
    return doc


def read_file(path: Path) -> bytes:
    """Bytes of `path`, refusing a file above the input limit without reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise DocumentTooLarge(f"the file is {human_size(size)}; the limit is {human_size(MAX_INPUT_BYTES)}")
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise UnreadableDocument(f"cannot read {path.name}: {error.strerror or error}") from error
    if len(data) > MAX_INPUT_BYTES:  # grew while reading, or not a regular file
        raise DocumentTooLarge(f"the file is larger than the limit of {human_size(MAX_INPUT_BYTES)}")
    return data


def _read_pdf(data: bytes) -> Document:
    from conventio.extraction.readers.pdf import read_pdf

    return read_pdf(data)


def _read_docx(data: bytes) -> Document:
    from conventio.extraction.readers.docx import read_docx

    return read_docx(data)


def _read_html(data: bytes) -> Document:
    from conventio.extraction.readers.html import read_html

    return read_html(data)


def _read_text(data: bytes) -> Document:
    from conventio.extraction.readers.plain import read_text

    return read_text(data)


_READERS = {"pdf": _read_pdf, "docx": _read_docx, "html": _read_html, "text": _read_text}
