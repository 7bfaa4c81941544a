"""Extractor for the parties part of the record (in progress)."""

from __future__ import annotations

from conventio.extraction.context import Context


def extract_parties(ctx: Context) -> None:
    """Not written yet: leaves its part of the record empty."""
