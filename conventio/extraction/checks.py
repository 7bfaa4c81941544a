"""Cross-field checks: they add findings and never change a value.

Domain-specific checks live next to their extractor (funding checks in
`funding_checks`); this module runs them all, last, and holds the checks that span
several parts of the record (dates against each other).
"""

from __future__ import annotations

from conventio.extraction.context import Context
from conventio.extraction.funding_checks import check_funding
from conventio.extraction.record import Severity, Sourced, Span


def run_checks(ctx: Context) -> None:
    check_date_order(ctx)
    check_funding(ctx)


def _span(value: Sourced | None) -> Span | None:
    return value.source.span if value is not None else None


def check_date_order(ctx: Context) -> None:
    """signature ≤ effective ≤ end (DESIGN rule 7)."""
    terms = ctx.record.terms
    ordered = [
        ("signature", "la date de signature", terms.signature_date),
        ("effective", "la date de prise d'effet", terms.effective_date),
        ("end", "la date de fin", terms.end_date),
    ]
    present = [(key, label, value) for key, label, value in ordered if value is not None]
    for index, (key, label, value) in enumerate(present):
        for later_key, later_label, later in present[index + 1 :]:
            if value.value > later.value:
                span = _span(later) or _span(value)
                ctx.finding(
                    Severity.ERROR,
                    f"{key}-after-{later_key}",
                    f"Incohérence de dates : {label} ({value.value:%d/%m/%Y}) est postérieure à "
                    f"{later_label} ({later.value:%d/%m/%Y}).",
                    field=f"terms.{later_key}_date",
                    start=span.start if span else None,
                    end=span.end if span else None,
                )
