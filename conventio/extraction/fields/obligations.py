"""Extractor for the obligations part of the record (in progress)."""

from __future__ import annotations

from conventio.extraction.context import Context
from conventio.extraction.fields.scope import extract_fast_promotion, extract_object, extract_services


def extract_obligations(ctx: Context) -> None:
    extract_object(ctx)
    extract_services(ctx)
    extract_fast_promotion(ctx)
