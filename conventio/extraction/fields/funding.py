"""Extractor for the funding part of the record.

Order matters and is fixed here:

1. programmes, centres financiers and the Chorus imputation (`funding_codes`): the
   tables and sentences below fall back on « the document's only programme »;
2. tables (`funding_tables`): every table as printed, then budget lines and stated
   totals, with the lost-header repair;
3. running-text amounts (`funding_amounts`): envelopes, AE/CP sentences, totals, and
   the delegated amount (`total_amount`);
4. tranches (`funding_tranches`): they need the delegated amount to derive theirs;
5. the comptable assignataire and copies (`funding_accounting`).

Validation findings are not raised here but in `conventio.extraction.funding_checks`,
which works on the record alone (so it also re-checks a record edited on review).
Each step is guarded: an unexpected failure on hostile input leaves that part empty
and says so in a finding instead of breaking the whole extraction.
"""

from __future__ import annotations

from collections.abc import Callable

from conventio.extraction.context import Context
from conventio.extraction.fields.funding_accounting import extract_accounting
from conventio.extraction.fields.funding_amounts import extract_amounts
from conventio.extraction.fields.funding_codes import extract_centres_financiers, extract_chorus, extract_programmes
from conventio.extraction.fields.funding_common import FundingState, TextIndex
from conventio.extraction.fields.funding_tables import extract_tables
from conventio.extraction.fields.funding_tranches import extract_tranches
from conventio.extraction.funding_checks import AMOUNT_ANNOUNCED
from conventio.extraction.record import Severity


# Words with which a convention announces an amount. A délégation of acts only
# (ordonnancement, exécution financière) may legitimately state none.
_MONEY_WORDS = ("montant", "€", "euro", "enveloppe", "cofinancement", "dotation", "somme de", "subvention")


def _guarded(ctx: Context, name: str, step: Callable[[], None]) -> None:
    try:
        step()
    except Exception as error:  # noqa: BLE001 - an extractor must never break the pipeline
        ctx.finding(
            Severity.WARNING,
            "funding-extraction-failed",
            f"La lecture du financement ({name}) a échoué sur ce document ; cette partie est laissée vide "
            f"({type(error).__name__}).",
            field="funding",
        )


def extract_funding(ctx: Context) -> None:
    """Fill `ctx.record.funding` with what the document states about money."""
    state = FundingState(index=TextIndex(ctx.text, ctx.doc.lowered, ctx.doc.positions))
    ctx.notes["funding.state"] = state
    _guarded(ctx, "programmes", lambda: extract_programmes(ctx, state))
    _guarded(ctx, "centres financiers", lambda: extract_centres_financiers(ctx))
    _guarded(ctx, "imputation Chorus", lambda: extract_chorus(ctx, state))
    _guarded(ctx, "tableaux", lambda: extract_tables(ctx, state))
    _guarded(ctx, "montants", lambda: extract_amounts(ctx, state))
    _guarded(ctx, "tranches", lambda: extract_tranches(ctx, state))
    _guarded(ctx, "comptable", lambda: extract_accounting(ctx, state))
    ctx.notes[AMOUNT_ANNOUNCED] = any(state.index.contains(word) for word in _MONEY_WORDS)
