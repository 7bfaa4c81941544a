"""Test helpers: extract a text written in the test itself."""

from __future__ import annotations

from conventio.extraction import extract_bytes
from conventio.extraction.labels import to_labels
from conventio.extraction.record import Record


def extract_text(text: str, name: str = "test.txt") -> Record:
    return extract_bytes(text.encode("utf-8"), name=name)


def labels_of(text: str) -> dict:
    return to_labels(extract_text(text))
