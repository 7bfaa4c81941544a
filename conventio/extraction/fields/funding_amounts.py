"""Amounts stated in running text: envelopes and their parts, AE/CP sentences, totals.

Not every délégation puts its money in a table. This step reads, outside tables:

- an envelope and its parts: « 30 000 € sur les 250 000 € de l'enveloppe FAST sont
  utilisés directement par la DINUM … Les 220 000 € restants seront eux délégués »,
  or « une enveloppe de 250 000 €, dont 30 000 € … et 220 000 € … »;
- amounts tied to AE and/or CP: « un montant de 1 200 000 € en AE et en CP au titre
  de 2024 », « 500 000 € en autorisations d'engagement et 250 000 € en crédits de
  paiement », « AE : 100 000 € »; with a year they become budget lines, without one
  they can only be the delegated amount;
- stated totals: « soit un montant total de 1 500 000 € ».

It also decides `Funding.total_amount`, the amount the convention delegates, only
from what is stated: the delegated part of an envelope, else the one amount the text
says is delegated / made available, else the one stated total. Lines are never
summed into a total here (that would be a computed value, not a stated one).
"""

from __future__ import annotations

import re
from decimal import Decimal

from conventio.extraction.chorus import programme_number
from conventio.extraction.context import Context
from conventio.extraction.fields.funding_common import FundingState, ProgrammeContext, clean_phrase, sentence_bounds
from conventio.extraction.money import AmountMatch, euros, find_amounts
from conventio.extraction.record import BudgetLine, Envelope, EnvelopePart, Severity, StatedTotal
from conventio.extraction.tables import AE, CP


_PART_OF = re.compile(
    r"\s*(?:sur|parmi)\s+(?:les|la\s+somme\s+de|le\s+montant\s+de|un\s+(?:total|montant)\s+de|l['’]enveloppe\s+de)?\s*$",
    re.IGNORECASE,
)
_WHEREOF = re.compile(r"\s*,?\s*(?:\(\s*)?dont\s*$", re.IGNORECASE)
_REMAINDER_AFTER = re.compile(r"\s*(?:restants?|restante?s?|de\s+solde|r[ée]siduels?)\b", re.IGNORECASE)
_REMAINDER_BEFORE = re.compile(r"(?:solde|reste|reliquat)\s+(?:de|d['’]un\s+montant\s+de)\s*$", re.IGNORECASE)
_ENVELOPE_NAME_AFTER = re.compile(
    r"\s*(?:de\s+l['’]|du\s+|de\s+la\s+)(?P<name>enveloppe|cofinancement|financement|fonds|dotation)"
    r"(?P<qualifier>\s+[A-Z][\w-]*)?",
)
_ENVELOPE_NAME_BEFORE = re.compile(
    r"(?P<name>enveloppe|cofinancement|dotation|financement|subvention)(?P<qualifier>\s+[A-Z][A-Z0-9-]+\b)?",
    re.IGNORECASE,
)
_KEPT = re.compile(
    r"(?:utilis|mobilis|consomm|engag|conserv)[ée]e?s?\s+directement|directement\s+par|conserv[ée]e?s?|gard[ée]e?s?|retenue?s?|r[ée]serv[ée]e?s?\s+(?:à|par|pour)|"
    r"restent\s+(?:à|chez)|g[ée]r[ée]e?s?\s+directement",
    re.IGNORECASE,
)
_DELEGATED = re.compile(r"d[ée]l[ée]gu|transf[ée]r|mis(?:e|es)?\s+à\s+(?:la\s+)?disposition", re.IGNORECASE)
_HOLDER = re.compile(r"\bpar\s+(?:la|le|l['’]|les)\s*(?P<holder>[A-Z][A-Z0-9'’\-]{1,15})\b")
_PURPOSE = re.compile(
    r"\bpour\s+(?:financer\s+|couvrir\s+|assurer\s+)?(?P<purpose>(?:l['’]|le\s|la\s|les\s)[^,;.\n]{3,140})",
    re.IGNORECASE,
)

_KIND_AFTER = re.compile(
    r"\s*(?:HT|TTC)?\s*,?\s*(?:en|d['’]|au\s+titre\s+des?)\s*"
    r"(?:(?P<both>AE\s*(?:=|et|/)\s*(?:en\s+)?CP\b|autorisations?\s+d['’]\s?engagement\s+(?:\(AE\)\s+)?(?:et|=)\s+"
    r"(?:en\s+)?cr[ée]dits?\s+de\s+paiement)|(?P<ae>AE\b|autorisations?\s+d['’]\s?engagement)|"
    r"(?P<cp>CP\b|cr[ée]dits?\s+de\s+paiement))",
    re.IGNORECASE,
)
_AND_CP = re.compile(r"\s*(?:\(AE\))?\s*(?:et|=)\s*(?:en\s+)?(?:CP\b|cr[ée]dits?\s+de\s+paiement)", re.IGNORECASE)
_KIND_BEFORE = re.compile(
    r"(?:(?P<both>AE\s*=\s*CP)|(?P<ae>\bAE\b|autorisations?\s+d['’]\s?engagement)|"
    r"(?P<cp>\bCP\b|cr[ée]dits?\s+de\s+paiement))\s*(?:\((?:AE|CP)\))?\s*"
    r"(?::|=|de|d['’]un\s+montant\s+de|à\s+hauteur\s+de|pour\s+un\s+montant\s+de|s['’]él[eè]v(?:e|ent|ant)\s+à)\s*$",
    re.IGNORECASE,
)
_YEAR_WORD = re.compile(
    r"\b(?:en|pour|ann[ée]e|exercice|gestion|budget|au\s+titre\s+de(?:\s+l['’](?:ann[ée]e|exercice))?)\s+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_LEADING_YEAR = re.compile(r"[\s\-•*]*(?:en\s+|ann[ée]e\s+|exercice\s+)?(?P<year>(?:19|20)\d\d)\s*:", re.IGNORECASE)
_CHANGED_TO = re.compile(r"\s*(?:HT|TTC)?\s*à\s*", re.IGNORECASE)
_PROGRAMME_IN_SENTENCE = re.compile(r"\bprogramme\s+(?:n°\s*)?(?P<n>0?\d{3})(?!\d)", re.IGNORECASE)
# « un montant de », « le montant total de la délégation s'élève à », « à hauteur de »,
# « une dotation globale de »: words that introduce the amount a sentence delegates.
_DELEGATED_AMOUNT_BEFORE = re.compile(
    r"(?:montant\s+(?:(?:total|global|maximum|maximal|plafond)\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:de\s+|d['’]|s['’]él[eè]ve\s+à\s+|est\s+(?:fix[ée]\s+à\s+|arr[êe]t[ée]\s+à\s+|de\s+)|:\s*)|"
    r"somme\s+(?:totale\s+|globale\s+)?de\s+|à\s+hauteur\s+(?:de\s+|d['’]un\s+montant\s+de\s+)|"
    r"dotation\s+(?:globale\s+|totale\s+)?de\s+)$",
    re.IGNORECASE,
)
_DELEGATION_VERB = re.compile(
    r"d[ée]l[ée]gu|mis(?:e|es)?\s+à\s+(?:la\s+)?disposition|met\s+à\s+(?:la\s+)?disposition|allou|confi|ouvr|"
    r"\bAE\b|\bCP\b|autorisations?\s+d['’]\s?engagement|cr[ée]dits?\s+de\s+paiement",
    re.IGNORECASE,
)
_STATED_TOTAL_BEFORE = re.compile(
    r"(?:soit\s+(?:un\s+)?(?:montant\s+)?total\s+(?:de\s+)?|"
    r"montant\s+total\s+(?:(?:[\w'’-]+\s+){0,5}?(?:de\s+|:\s*|s['’]él[eè]ve\s+à\s+|est\s+(?:fix[ée]\s+à\s+|de\s+))|"
    # « Le montant total des crédits délégués au titre de l'exercice 2025 s'élève à »: a subject
    # about the delegated credits may run longer before its verb (a project's cost may not).
    r"(?:des\s+crédits|délégué|de\s+la\s+(?:présente\s+)?(?:délégation|convention|dotation)|de\s+l['’]enveloppe)\s+"
    r"(?:[\w'’-]+\s+){0,10}?(?:s['’]él[eè]ve\s+à\s+|est\s+(?:fix[ée]\s+à\s+|de\s+)))|"
    r"\btotal\s*:\s*|\bau\s+total\s*,?\s*)$",
    re.IGNORECASE,
)
_TOTAL_WINDOW = 130
# « … s'élève à 185 000 € en AE et à 185 000 € en CP »: the CP side of the same stated total.
_THEN_CP = re.compile(
    r"\s*(?:HT|TTC)?\s*,?\s*en\s+(?:AE|autorisations?\s+d['’]\s?engagement)\s*,?\s+et\s+(?:à\s+|de\s+)?",
    re.IGNORECASE,
)


def _outside_tables(text: str, state: FundingState) -> list[AmountMatch]:
    """Amounts of the running text: the gaps between tables (cells are read by the table step)."""
    amounts: list[AmountMatch] = []
    cursor = 0
    for start, end in zip(state.regions.starts, state.regions.ends, strict=True):
        if start > cursor:
            amounts.extend(find_amounts(text, cursor, start))
        cursor = max(cursor, end)
    amounts.extend(find_amounts(text, cursor, len(text)))
    return amounts


def _envelope_label(text: str, total: AmountMatch, sentence_start: int) -> str:
    after = _ENVELOPE_NAME_AFTER.match(text, total.end)
    if after:
        return clean_phrase(after.group("name") + (after.group("qualifier") or ""))
    before = list(_ENVELOPE_NAME_BEFORE.finditer(text, sentence_start, total.start))
    if not before:
        return "enveloppe"
    qualifier = before[-1].group("qualifier") or ""
    return clean_phrase(before[-1].group("name").lower() + (qualifier if qualifier.strip().isupper() else ""))


def _part(ctx: Context, amount: AmountMatch, clause_start: int, clause_end: int) -> EnvelopePart:
    """An envelope part, what it is used for and by whom, from the clause that describes it."""
    clause = ctx.text[clause_start:clause_end]
    kept = _KEPT.search(clause)
    delegated = _DELEGATED.search(clause)
    holder_match = _HOLDER.search(clause)
    purpose = _PURPOSE.search(clause)
    is_delegated: bool | None = None
    if kept and not (delegated and delegated.start() < kept.start()):
        is_delegated = False
    elif delegated:
        is_delegated = True
    if purpose:
        label = clean_phrase(purpose.group("purpose"))
    elif is_delegated:
        label = "délégué"
    elif is_delegated is False:
        label = "conservé"
    else:
        label = clean_phrase(clause)[:120] or "part"
    return EnvelopePart(
        label=label,
        amount=amount.value,
        holder=holder_match.group("holder") if holder_match and is_delegated is False else None,
        delegated=is_delegated,
        source=ctx.provenance(amount.start, clause_end, "pattern:envelope-part"),
    )


def extract_envelopes(ctx: Context, state: FundingState, amounts: list[AmountMatch]) -> None:
    """Envelopes split into parts (« X € sur les Y € … », « Y €, dont X € … », « les Z € restants »)."""
    text = ctx.text
    funding = ctx.record.funding
    used: set[int] = set()
    for index, amount in enumerate(amounts[:-1]):
        following = amounts[index + 1]
        between = text[amount.end : following.start]
        if "\n" in between or len(between) > 40:
            continue
        sentence_start, sentence_end = sentence_bounds(text, amount.start, following.end)
        if _PART_OF.fullmatch(between):
            total, first_part = following, amount
        elif _WHEREOF.fullmatch(between):
            total, first_part = amount, following
        else:
            continue
        if total.start in used:
            continue
        used.add(total.start)
        if total is amount:
            # « Y €, dont X € pour …, et Z € pour … »: each part is described up to the next one.
            members = [first_part]
            for other in amounts[index + 2 :]:
                if other.start >= sentence_end:
                    break
                members.append(other)
            ends = [member.start for member in members[1:]] + [sentence_end]
            parts = [_part(ctx, member, member.start, end) for member, end in zip(members, ends, strict=True)]
        else:
            parts = [_part(ctx, first_part, min(first_part.start, total.start), sentence_end)]
            parts[0].source = ctx.provenance(sentence_start, sentence_end, "pattern:envelope-part")
        # « Les Z € restants … » within the next sentences completes the envelope.
        horizon = sentence_end + 600
        for other in amounts:
            if other.start <= sentence_end or other.start > horizon:
                continue
            if _REMAINDER_AFTER.match(text, other.end) or _REMAINDER_BEFORE.search(
                text, max(0, other.start - 30), other.start
            ):
                rest_start, rest_end = sentence_bounds(text, other.start, other.end)
                parts.append(_part(ctx, other, rest_start, rest_end))
                break
        funding.envelopes.append(
            Envelope(
                label=_envelope_label(text, total, sentence_start),
                total=total.value,
                parts=parts,
                source=ctx.provenance(total.start, total.end, "pattern:envelope"),
            )
        )


def _kinds(text: str, amount: AmountMatch, sentence_start: int) -> frozenset[str]:
    after = _KIND_AFTER.match(text, amount.end)
    match = after or _KIND_BEFORE.search(text, max(sentence_start, amount.start - 80), amount.start)
    if match is None:
        return frozenset()
    if match.group("both"):
        return frozenset((AE, CP))
    if after and match.group("ae"):
        # « 1 200 000 € en AE et en CP »: the CP follows the AE.
        rest = text[match.end() : match.end() + 40]
        if _AND_CP.match(rest):
            return frozenset((AE, CP))
        return frozenset((AE,))
    return frozenset((AE,)) if match.group("ae") else frozenset((CP,))


def _year(text: str, amount: AmountMatch, sentence_start: int, sentence_end: int) -> int | None:
    """The year an amount belongs to: said in its sentence, its list item, or just before.

    « au titre de l'année 2025 … 100 000 € », « - 2024 : 100 000 € en AE », or « Les
    crédits délégués au titre de l'année 2025 relèvent du programme 212. Ils sont de
    2 400 000 € en AE » (the previous sentence of the same paragraph, when it names
    exactly one year).
    """
    leading = _LEADING_YEAR.match(text, sentence_start, sentence_end)
    if leading:
        return int(leading.group("year"))
    years = list(_YEAR_WORD.finditer(text, sentence_start, sentence_end))
    before = [m for m in years if m.end() <= amount.start]
    if before:
        return int(before[-1].group("year"))
    after = [m for m in years if m.start() >= amount.end]
    if after:
        return int(after[0].group("year"))
    previous_end = sentence_start - 1
    if previous_end <= 0 or "\n" in text[previous_end - 1 : sentence_start]:
        return None
    previous_start, _ = sentence_bounds(text, previous_end - 1)
    if "\n" in text[previous_start:previous_end]:
        return None
    previous = {int(m.group("year")) for m in _YEAR_WORD.finditer(text, previous_start, previous_end)}
    return previous.pop() if len(previous) == 1 else None


def _changed_to(text: str, amount: AmountMatch, amounts: list[AmountMatch]) -> AmountMatch | None:
    """In « de 180 000 € à 260 000 € », the amount after « à »."""
    for other in amounts:
        if other.start > amount.end + 12:
            break
        if other.start > amount.end and _CHANGED_TO.fullmatch(text, amount.end, other.start):
            return other
    return None


def _stated_by_a_table(
    ctx: Context, programme: str | None, year: int, kinds: frozenset[str], amount: AmountMatch
) -> bool:
    """True when a table already gives this year's AE/CP: the sentence restates it.

    The line is not duplicated; when the sentence and the table disagree, a finding says so.
    """
    table_lines = [
        line
        for line in ctx.record.funding.budget_lines
        if line.table is not None and line.year == year and programme in (None, line.programme)
    ]
    if not table_lines:
        return False
    for kind in sorted(kinds):
        in_table = [line.ae if kind == AE else line.cp for line in table_lines]
        if amount.value not in in_table:
            ctx.finding(
                Severity.WARNING,
                "text-table-mismatch",
                f"Le texte indique {euros(amount.value)} en {kind} pour {year}, mais le tableau indique "
                f"{' / '.join(euros(value) for value in in_table)} : à vérifier.",
                field="funding.budget_lines",
                start=amount.start,
                end=amount.end,
            )
    return True


def _cp_side(text: str, amounts: list[AmountMatch], index: int, sentence_start: int) -> AmountMatch | None:
    """The CP amount that follows a stated total's AE amount in « X € en AE et à Y € en CP »."""
    if index + 1 >= len(amounts):
        return None
    following = amounts[index + 1]
    if not _THEN_CP.fullmatch(text, amounts[index].end, following.start):
        return None
    return following if _kinds(text, following, sentence_start) == {CP} else None


def extract_text_amounts(ctx: Context, state: FundingState, amounts: list[AmountMatch]) -> list[AmountMatch]:
    """Budget lines and totals from AE/CP sentences; returns the delegated-amount candidates."""
    text = ctx.text
    funding = ctx.record.funding
    candidates: list[AmountMatch] = []
    lines: dict[tuple[str | None, int], BudgetLine] = {}
    programmes = ProgrammeContext(ctx)
    for index, amount in enumerate(amounts):
        sentence_start, sentence_end = sentence_bounds(text, amount.start, amount.end)
        window_start = max(sentence_start, amount.start - 80)
        kinds = _kinds(text, amount, sentence_start)
        sentence = text[sentence_start:sentence_end]
        if _STATED_TOTAL_BEFORE.search(text, max(sentence_start, amount.start - _TOTAL_WINDOW), amount.start):
            cp_side = _cp_side(text, amounts, index, sentence_start) if kinds == {AE} else None
            funding.stated_totals.append(
                StatedTotal(
                    label="montant total",
                    ae=amount.value if AE in kinds else None,
                    cp=cp_side.value if cp_side is not None else amount.value if CP in kinds else None,
                    amount=None if kinds else amount.value,
                    source=ctx.provenance(amount.start, (cp_side or amount).end, "pattern:stated-total"),
                )
            )
        else:
            delegated_wording = _DELEGATED_AMOUNT_BEFORE.search(text, window_start, amount.start)
            if (delegated_wording and _DELEGATION_VERB.search(sentence)) or kinds == {AE, CP}:
                # « un montant de 1 200 000 € », « 1 200 000 € en AE et en CP »: the amount
                # delegated — or, in « porter le montant de X € à Y € », the new amount Y.
                candidates.append(_changed_to(text, amount, amounts) or amount)
        if not kinds:
            continue
        year = _year(text, amount, sentence_start, sentence_end)
        if year is None:
            continue
        programme_match = _PROGRAMME_IN_SENTENCE.search(sentence)
        method = "pattern:text-amount"
        programme = programme_number(programme_match.group("n")) if programme_match else None
        if programme is None:
            programme = programmes.only
            if programme is not None:
                method += "+context-programme"
        if _stated_by_a_table(ctx, programme, year, kinds, amount):
            continue
        line = lines.get((programme, year))
        if line is None or (AE in kinds and line.ae is not None) or (CP in kinds and line.cp is not None):
            line = BudgetLine(
                programme=programme,
                centre_financier=programmes.centre_by_programme.get(programme) if programme else None,
                year=year,
                source=ctx.provenance(amount.start, amount.end, method),
            )
            lines[(programme, year)] = line
            funding.budget_lines.append(line)
        if AE in kinds:
            line.ae = amount.value
        if CP in kinds:
            line.cp = amount.value
        if line.source.span is not None and amount.end > line.source.span.end:
            line.source = ctx.provenance(line.source.span.start, amount.end, line.source.method)
    return candidates


def choose_total_amount(ctx: Context, candidates: list[AmountMatch]) -> None:
    """`Funding.total_amount`: the delegated amount, only when the text states one.

    In order: the delegated part of an envelope; the one stated total (a « Total » row
    or table, « le montant total … est fixé à … »), AE side when AE and CP differ; the
    one amount the text says is delegated (« un montant de … », « … € en AE et en CP »).
    Several different candidates at one level: none is chosen.
    """
    funding = ctx.record.funding
    for envelope in funding.envelopes:
        delegated = [part for part in envelope.parts if part.delegated]
        if len(delegated) == 1:
            span = delegated[0].source.span
            funding.total_amount = ctx.sourced(
                delegated[0].amount, span.start if span else 0, span.end if span else 0, "envelope:delegated-part"
            )
            return
    stated: dict[Decimal, StatedTotal] = {}
    for total in funding.stated_totals:
        value = total.amount if total.amount is not None else total.ae if total.ae is not None else total.cp
        if value is not None:
            stated.setdefault(value, total)
    if len(stated) == 1:
        value, total = next(iter(stated.items()))
        span = total.source.span
        funding.total_amount = ctx.sourced(
            value, span.start if span else 0, span.end if span else 0, "stated-total:" + total.source.method
        )
        return
    if len({candidate.value for candidate in candidates}) == 1:
        candidate = candidates[0]
        funding.total_amount = ctx.sourced(candidate.value, candidate.start, candidate.end, "pattern:delegated-amount")


def extract_amounts(ctx: Context, state: FundingState) -> None:
    """Envelopes, running-text lines and totals, then the delegated amount."""
    amounts = _outside_tables(ctx.text, state)
    if amounts:
        extract_envelopes(ctx, state, amounts)
        candidates = extract_text_amounts(ctx, state, amounts)
    else:
        candidates = []
    choose_total_amount(ctx, candidates)
