"""The comptable assignataire and the recipients of copies of the convention.

« Le comptable assignataire de la dépense est le CBCM du partenaire-délégataire. »
gives the accountant as printed (article kept: it is a designation, not a name).
« Une copie de la convention est transmise au CBCM des services du Premier ministre
et au CBCM du partenaire-délégataire. » gives one recipient per « au … », without
the preposition. Copies of *avenants* (« dont un exemplaire est transmis … ») are
not copies of the convention and are not read here.
"""

from __future__ import annotations

import re

from conventio.extraction.context import Context
from conventio.extraction.fields.funding_common import FundingState


_COMPTABLE = re.compile(
    r"\bcomptables?\s+assignataires?(?:\s+(?:de\s+la\s+d[ée]pense|des\s+d[ée]penses|de\s+ces\s+op[ée]rations))?"
    r"\s*(?:est|sera|:)\s*(?P<value>[^\n]{3,300}?)(?=\.(?:\s|$)|;|\n|$)",
    re.IGNORECASE,
)
_COPIES = re.compile(
    r"\b(?:une\s+)?(?:copie|exemplaire)s?\s+de\s+la\s+(?:pr[ée]sente\s+)?convention\s+(?:est|sera|sont|seront)\s+"
    r"(?:transmise?s?|adress[ée]e?s?|communiqu[ée]e?s?|envoy[ée]e?s?)\s+(?P<value>(?:au|aux|à)\s[^\n]{3,400}?)"
    r"(?=\.(?:\s|$)|;|\n|$)",
    re.IGNORECASE,
)
_RECIPIENT_SPLIT = re.compile(r"\s*(?:,|\bet\b)\s*(?=(?:au|aux|à\s+la|à\s+l['’])\s)", re.IGNORECASE)
_PREPOSITION = re.compile(r"^(?:aux|au|à\s+la|à\s+l['’]|à)\s+", re.IGNORECASE)


def extract_accounting(ctx: Context, state: FundingState) -> None:
    """Fill `funding.comptable_assignataire` and `funding.cbcm_copies`."""
    text = ctx.text
    funding = ctx.record.funding
    for anchor in state.index.find_all("assignataire"):
        match = _COMPTABLE.search(text, max(0, anchor - 40), min(len(text), anchor + 400))
        if match:
            printed = match.group("value").rstrip(" ,")
            funding.comptable_assignataire = ctx.sourced(
                " ".join(printed.split()),
                match.start("value"),
                match.start("value") + len(printed),
                "pattern:comptable-assignataire",
            )
            break
    anchors = sorted(state.index.find_all("copie") + state.index.find_all("exemplaire"))
    seen: set[int] = set()
    for anchor in anchors:
        match = _COPIES.search(text, max(0, anchor - 10), min(len(text), anchor + 500))
        if match is None or match.start() in seen:
            continue
        seen.add(match.start())
        _add_recipients(ctx, match)


def _add_recipients(ctx: Context, match: re.Match[str]) -> None:
    funding = ctx.record.funding
    value = match.group("value")
    offset = match.start("value")
    cursor = 0
    pieces = []
    for split in _RECIPIENT_SPLIT.finditer(value):
        pieces.append((cursor, split.start()))
        cursor = split.end()
    pieces.append((cursor, len(value)))
    for piece_start, piece_end in pieces:
        piece = value[piece_start:piece_end]
        preposition = _PREPOSITION.match(piece)
        skip = preposition.end() if preposition else 0
        printed = piece[skip:].rstrip(" ,")
        if not printed.strip():
            continue
        start = offset + piece_start + skip
        funding.cbcm_copies.append(
            ctx.sourced(" ".join(printed.split()), start, start + len(printed), "pattern:copy-recipient")
        )
