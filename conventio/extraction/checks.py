"""Cross-field validation findings (in progress)."""

from __future__ import annotations

from conventio.extraction.context import Context


def run_checks(ctx: Context) -> None:
    """Not written yet."""
