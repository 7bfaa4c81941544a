"""Tranches: the parts of the delegated amount made available at an event.

Read from sentences (and list items) that give a share or an amount and a release
verb: « 50% du montant de la subvention seront versés dès la signature de la
convention », « Les 50% restants seront débloqués suite au bilan de mi-parcours avec
l'équipe FAST (fin novembre), sous réserve de … », « une première tranche de
100 000 € sera versée à la notification ». One sentence may hold several tranches
(« 50 % à la signature et 50 % au bilan »): it is cut at each share.

For each tranche: the share (a percentage), the triggering event (without its
preposition: « signature de la convention »), the condition (« sous réserve de … »),
a date hint as the text words it (« fin novembre ») and the amount — stated, or
derived from the share and the stated delegated amount, which the provenance method
then says (``tranche:share-of-delegated-amount``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from conventio.extraction.context import Context
from conventio.extraction.fields.funding_common import FundingState, clean_phrase, sentence_bounds
from conventio.extraction.money import CENT, find_amounts
from conventio.extraction.record import Tranche


_SHARE = re.compile(r"(?<![\d,.])(?P<share>\d{1,3}(?:[,.]\d{1,2})?)\s?(?:%|pour\s?cent\b)", re.IGNORECASE)
_RELEASE = re.compile(
    r"\b(?:vers[ée]e?s?|vers(?:é|er|ement)|d[ée]bloqu[ée]e?s?|d[ée]blocage|mise?s?\s+à\s+(?:la\s+)?disposition|"
    r"lib[ée]r[ée]e?s?|d[ée]l[ée]gu[ée]e?s?|allou[ée]e?s?|ouverte?s?|attribu[ée]e?s?|notifi[ée]e?s?|"
    r"transf[ée]r[ée]e?s?|tranches?|pay[ée]e?s?)\b",
    re.IGNORECASE,
)
_MONEY_NOUN = re.compile(
    r"\b(?:montant|subvention|cr[ée]dits?|financement|cofinancement|enveloppe|somme|dotation|restante?s?|solde|"
    r"tranches?|AE|CP)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:d[èé]s\b|suite\s+(?:à|au|aux)|apr[èe]s|lors\s+(?:de|du|des)|au\s+moment\s+(?:de|du|des)|"
    r"à\s+compter\s+(?:de|du|des)|à\s+l['’]issue\s+(?:de|du|des)|à\s+r[ée]ception\s+(?:de|du|des)|"
    r"sur\s+(?:pr[ée]sentation|production|justification)\s+(?:de|du|des)|une\s+fois|"
    r"au\s+vu\s+(?:de|du|des)|à\s+la\s+suite\s+(?:de|du|des)|sur\s+la\s+base\s+(?:de|du|des)|"
    r"à\s+(?=la\s+(?:signature|notification|r[ée]ception|validation|remise|transmission)))"
    r"\s*(?P<event>[^,;.()\n]{3,160})",
    re.IGNORECASE,
)
_EVENT_STOP = re.compile(r"\s(?:sous\s+r[ée]serve|à\s+condition|et\s+\d|soit\s+\d)", re.IGNORECASE)
_TRAILING_CONJUNCTION = re.compile(r"(?:\s+(?:et|ou|puis|soit))+\s*$", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:la|le|les|l['’]|du|des|de\s+la|de\s+l['’])\s*", re.IGNORECASE)
_CONDITION = re.compile(
    r"\b(?P<condition>(?:sous\s+r[ée]serve|à\s+condition|sous\s+(?:la\s+)?condition)\s+(?:de|du|des|d['’]|que|qu['’])"
    r"[^.;\n]{3,400})",
    re.IGNORECASE,
)
_MONTHS = r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
_DATE_HINT = re.compile(
    rf"\b(?P<hint>(?:(?:d[ée]but|mi|fin|courant)[\s-]+(?:{_MONTHS}|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?)|"
    rf"(?:(?:au\s+plus\s+tard\s+)?(?:le|avant\s+le)\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?|"
    rf"(?:en\s+)(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?|(?:au\s+cours\s+de\s+l['’]ann[ée]e|en)\s+(?:19|20)\d\d|"
    rf"(?:{_MONTHS})\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _find(text: str, character: str) -> list[int]:
    positions = []
    position = text.find(character)
    while position != -1:
        positions.append(position)
        position = text.find(character, position + 1)
    return positions


def _event(segment: str) -> str:
    match = _EVENT.search(segment)
    if not match:
        return ""
    event = match.group("event")
    stop = _EVENT_STOP.search(event)
    if stop:
        event = event[: stop.start()]
    event = _TRAILING_CONJUNCTION.sub("", event.strip())
    return clean_phrase(_LEADING_ARTICLE.sub("", event))


def _date_hint(segment: str) -> str | None:
    match = _DATE_HINT.search(segment)
    return clean_phrase(match.group("hint")) if match else None


def _condition(segment: str) -> str | None:
    match = _CONDITION.search(segment)
    return clean_phrase(match.group("condition")) if match else None


def extract_tranches(ctx: Context, state: FundingState) -> None:
    """Fill `funding.tranches` from the sentences that release a share or an amount."""
    text = ctx.text
    funding = ctx.record.funding
    delegated = funding.total_amount.value if funding.total_amount is not None else None
    seen_sentences: set[int] = set()
    examined_until = -1
    anchors = sorted([p for p in _find(text, "%")] + state.index.find_all_via("cent", ("pour cent", "pourcent")))
    for anchor in anchors:
        match = _SHARE.search(text, max(0, anchor - 12), min(len(text), anchor + 10))
        if match is None or state.regions.covers(match.start()):
            continue
        if match.start() < examined_until:
            continue
        start, end = sentence_bounds(text, match.start(), match.end())
        # Each sentence is examined once, whatever the number of « % » in it (anchors are
        # sorted): linear time on long repetitive input.
        examined_until = end
        if start in seen_sentences:
            continue
        seen_sentences.add(start)
        sentence = text[start:end]
        if not _RELEASE.search(sentence) or not _MONEY_NOUN.search(sentence):
            continue
        shares = list(_SHARE.finditer(text, start, end))
        for index, share_match in enumerate(shares):
            segment_start = start if index == 0 else share_match.start()
            segment_end = shares[index + 1].start() if index + 1 < len(shares) else end
            _add_tranche(ctx, share_match, segment_start, segment_end, delegated)
    if not funding.tranches:
        _tranches_from_tables(ctx, state, delegated)
    if funding.tranches:
        return
    # Tranches stated only as amounts: « une première tranche de 100 000 € … à la
    # signature, et une seconde tranche de … »: one tranche per « tranche » and amount.
    examined_until = -1
    for anchor in state.index.find_all("tranche"):
        if anchor < examined_until:
            continue
        if state.regions.covers(anchor) or (anchor > 0 and text[anchor - 1].isalpha()):
            continue
        start, end = sentence_bounds(text, anchor, anchor + 7)
        examined_until = end
        if start in seen_sentences:
            continue
        seen_sentences.add(start)
        if not _RELEASE.search(text, start, end):
            continue
        words = [p for p in state.index.find_all("tranche") if start <= p < end and not text[p - 1].isalpha()]
        in_sentence = find_amounts(text, words[0], end)
        # « une première tranche de X € …, une seconde tranche de Y € … »: a segment per
        # « tranche »; « en deux tranches : X € à la signature, puis Y € après … »: per amount.
        cuts = words if len(words) >= len(in_sentence) else [amount.start for amount in in_sentence]
        for index, cut in enumerate(cuts):
            segment_start = cut
            segment_end = cuts[index + 1] if index + 1 < len(cuts) else end
            amounts = find_amounts(text, segment_start, segment_end)
            if len(amounts) != 1:
                continue
            segment = text[segment_start:segment_end]
            funding.tranches.append(
                Tranche(
                    amount=amounts[0].value,
                    event=_event(segment),
                    condition=_condition(segment),
                    date_hint=_date_hint(segment),
                    source=ctx.provenance(segment_start, segment_end, "tranche:pattern"),
                )
            )


_TRANCHE_TABLE = re.compile(r"\btranches?\b|\bversements?\b|\b[ée]ch[ée]ancier\b", re.IGNORECASE)
_SHARE_CELL = re.compile(r"^(?P<share>\d{1,3}(?:[,.]\d{1,2})?)\s?%$")


def _tranches_from_tables(ctx: Context, state: FundingState, delegated: Decimal | None) -> None:
    """Tranches laid out as a table: a row per tranche with its share and/or amount and event."""
    for raw in state.raw_tables:
        if len(raw.rows) < 2:
            continue
        header = " ".join(cell.text for cell in raw.rows[0].cells)
        if not _TRANCHE_TABLE.search(header) and not _TRANCHE_TABLE.search(raw.title or ""):
            continue
        for row in raw.rows[1:]:
            share: Decimal | None = None
            amount: Decimal | None = None
            texts = []
            for cell in row.cells:
                share_match = _SHARE_CELL.match(cell.text)
                if share_match and share is None:
                    share = Decimal(share_match.group("share").replace(",", "."))
                    continue
                found = find_amounts(cell.text) if amount is None else []
                if found:
                    amount = found[0].value
                    continue
                if sum(c.isalpha() for c in cell.text) >= 4:
                    texts.append(cell.text)
            if share is None and amount is None:
                continue
            method = "tranche:table"
            if amount is None and share is not None and delegated is not None:
                amount = (delegated * share / Decimal(100)).quantize(CENT)
                method = "tranche:table+share-of-delegated-amount"
            description = max(texts, key=len) if texts else ""
            ctx.record.funding.tranches.append(
                Tranche(
                    share=share,
                    amount=amount,
                    event=_event(description) or clean_phrase(description),
                    condition=_condition(description),
                    date_hint=_date_hint(description),
                    source=ctx.provenance(row.start, row.end, method),
                )
            )


def _add_tranche(ctx: Context, share_match: re.Match[str], start: int, end: int, delegated: Decimal | None) -> None:
    text = ctx.text
    segment = text[start:end]
    share = Decimal(share_match.group("share").replace(",", "."))
    if share <= 0 or share > 100:
        return
    amounts = find_amounts(text, start, end)
    method = "tranche:pattern"
    amount = None
    if len(amounts) == 1:
        amount = amounts[0].value
    elif delegated is not None:
        amount = (delegated * share / Decimal(100)).quantize(CENT)
        method = "tranche:share-of-delegated-amount"
    ctx.record.funding.tranches.append(
        Tranche(
            share=share,
            amount=amount,
            event=_event(segment),
            condition=_condition(segment),
            date_hint=_date_hint(segment),
            source=ctx.provenance(start, end, method),
        )
    )
