"""Plain text and Markdown reader (the seeds are Markdown-flavoured text)."""

from __future__ import annotations

from conventio.extraction.errors import UnreadableDocument
from conventio.extraction.text import Document, normalise_pages


def read_text(data: bytes) -> Document:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableDocument("the text is not UTF-8") from error
    return normalise_pages(text.split("\f"), format="text")
