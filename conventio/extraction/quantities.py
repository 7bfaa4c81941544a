"""Numbers and quantities as French conventions write them.

Durations, notice periods and staffing commitments are written in words as often as in
digits (« un préavis de trois mois », « pour une durée de un an », « six (6) mois »,
« 1 jour par semaine de développeur »). This module turns them into numbers:

- `NUMBER`: a regex fragment (no groups) for a number in digits or in French words,
  optionally followed by its digits in parentheses;
- `parse_number`: the value of such a fragment (never a guess: None when unreadable);
- `TIME_UNIT` / `time_unit`: jours, semaines, mois, ans/années, normalised to the singular;
- `months`: a duration in whole months when it is one (« un an » = 12), else None.

French number words follow the usual rules: « dix-sept » = 10 + 7, « soixante-dix » =
60 + 10, « quatre-vingt(s) » = 4 × 20, « vingt et un », « deux cents », « mille ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from conventio.extraction.folding import fold_fast
from conventio.extraction.money import find_amounts


_UNITS = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_WORDS = sorted([*_UNITS, "zéro", *_TENS, "cent", "cents", "mille"], key=len, reverse=True)
_WORD = "(?:" + "|".join(_WORDS) + r")(?![a-zà-ÿ])"
_NUMBER_WORDS = rf"{_WORD}(?:(?:[ \t]*-[ \t]*|[ \t]+)(?:et(?:[ \t]*-[ \t]*|[ \t]+))?{_WORD}){{0,6}}"
# Digits with optional thousands separators (space or dot) and decimals.
_DIGITS = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"

# A number in digits or words, possibly followed by « (6) ».
NUMBER = rf"(?:(?<![\w.,])(?:{_DIGITS})(?![\w])|\b{_NUMBER_WORDS}(?:[ \t]*\([ \t]*\d+[ \t]*\))?)"
TIME_UNIT = r"(?:jours?|semaines?|mois|ans|an|années?|heures?|demi-journées?)(?![a-zà-ÿ])"

_WORD_TOKEN = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
_PAREN_DIGITS = re.compile(r"\(\s*(\d+)\s*\)")
_DIGITS_RE = re.compile(rf"^(?:{_DIGITS})$")


def parse_number(text: str) -> Decimal | None:
    """Value of a number written in digits (« 575 000 », « 2,5 ») or French words (« trois »)."""
    raw = text.strip()
    if not raw:
        return None
    if raw[0].isdigit():
        if not _DIGITS_RE.match(raw):
            return None
        grouped = raw.replace(" ", "")
        if "," in grouped:
            grouped = grouped.replace(".", "").replace(",", ".")
        elif grouped.count(".") == 1 and len(grouped.split(".")[1]) == 3 and " " not in raw:
            grouped = grouped.replace(".", "")  # « 2.000 » is two thousand, not two
        elif grouped.count(".") > 1:
            grouped = grouped.replace(".", "")
        try:
            return Decimal(grouped)
        except InvalidOperation:
            return None
    paren = _PAREN_DIGITS.search(raw)
    words = _words_value(raw[: paren.start()] if paren else raw)
    if words is None and paren is not None:
        return Decimal(paren.group(1))
    return Decimal(words) if words is not None else None


def parse_int(text: str) -> int | None:
    value = parse_number(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _words_value(text: str) -> int | None:
    words = [fold_fast(word) for word in _WORD_TOKEN.findall(text)]
    words = [word for word in words if word != "et"]
    if not words:
        return None
    total = 0
    current = 0
    previous: int | None = None
    for word in words:
        if word in _UNITS:
            value = _UNITS[word]
            current += value
            previous = value
        elif word in _TENS:
            value = _TENS[word]
            if value == 20 and previous == 4:
                current += 80 - 4  # quatre-vingt(s)
            else:
                current += value
            previous = value
        elif word in ("cent", "cents"):
            current = max(current, 1) * 100
            previous = 100
        elif word == "mille":
            total += max(current, 1) * 1000
            current = 0
            previous = 1000
        else:
            return None
    return total + current


_UNIT_FORMS = {
    "jour": "jour",
    "jours": "jour",
    "semaine": "semaine",
    "semaines": "semaine",
    "mois": "mois",
    "an": "an",
    "ans": "an",
    "annee": "an",
    "annees": "an",
    "heure": "heure",
    "heures": "heure",
    "demi-journee": "demi-journée",
    "demi-journees": "demi-journée",
}


def time_unit(word: str) -> str | None:
    """« jours » → « jour », « années » → « an », « mois » → « mois »; None if not a time unit."""
    return _UNIT_FORMS.get(fold_fast(word.strip()))


def months(quantity: Decimal | int, unit: str) -> int | None:
    """A duration in whole months (« 1 an » → 12, « 6 mois » → 6); None for days or weeks."""
    normalised = time_unit(unit) or unit
    value = Decimal(quantity)
    if normalised == "mois":
        result = value
    elif normalised == "an":
        result = value * 12
    else:
        return None
    if result != result.to_integral_value() or result <= 0:
        return None
    return int(result)


# --------------------------------------------------------------- quantified commitments

# « 1 jour par semaine de développeur et 2 jours par semaine de chargé(e) de déploiement »
RATE = re.compile(
    rf"(?P<number>{NUMBER})\s*(?P<unit>{TIME_UNIT})\s+par\s+(?P<per>semaine|mois|an|année|jour|trimestre)\s+"
    rf"(?:de\s+|d['’]\s*)(?P<subject>(?:[^,;.\n()]|\([^()\n]{{0,20}}\)){{1,80}}?)"
    rf"(?=\s+et\s+(?:{NUMBER})\s|\s+(?:sur|pendant|durant|pour|dans|jusqu|à\s+compter)\b|\s*[,;.\n)]|$)",
    re.IGNORECASE,
)
# « à engager dans les six mois suivants la signature », « sous un délai de 30 jours à compter de la demande »
DELAY = re.compile(
    rf"(?:\bà\s+(?P<verb>[a-zà-ÿ]+)\s+)?\b(?:dans|sous)\s+(?:un\s+délai\s+(?:maximum\s+|maximal\s+)?"
    rf"(?:de\s+|d['’]\s*)|les\s+|le\s+)?(?P<number>{NUMBER})\s*(?P<unit>{TIME_UNIT})\s+"
    r"(?:suivant(?:e?s)?|qui\s+suivent|à\s+compter\s+de|après|de)\s+(?:la\s+|sa\s+|le\s+|l['’]\s*)?"
    r"(?P<event>signature|notification|réception|demande|clôture|fin|publication|transmission)\b",
    re.IGNORECASE,
)
# « objectifs à 6 mois »: a horizon.
HORIZON = re.compile(rf"\b(?P<subject>[a-zà-ÿ]+)\s+à\s+(?P<number>{NUMBER})\s*(?P<unit>mois|ans?)\b", re.IGNORECASE)

# Verbs whose noun names what a delay applies to (« à engager dans les six mois » → engagement).
_VERB_NOUNS = {
    "engager": "engagement",
    "consommer": "consommation",
    "verser": "versement",
    "payer": "paiement",
    "transmettre": "transmission",
    "réaliser": "réalisation",
    "présenter": "présentation",
    "signer": "signature",
    "publier": "publication",
    "rembourser": "remboursement",
    "restituer": "restitution",
    "informer": "information",
}


_UNIT_HINTS = ("jour", "semaine", "mois", " an", "année", "heure")
# Pieces of `RATE`, `DELAY` and `HORIZON` that each of their matches holds, in lower case: a
# rate « par <period> », a delay's event word, a horizon's « à » before a number (digits or words).
_RATE_CUE = re.compile(r"par\s+(?:semaine|mois|an|année|jour|trimestre)")
_DELAY_EVENTS = ("signature", "notification", "réception", "demande", "clôture", "fin", "publication", "transmission")
_HORIZON_CUE = re.compile(rf"à\s+(?:\d|{'|'.join(_WORDS)})")
# Characters `re.IGNORECASE` matches to « i » or « s » although lower-casing does not give them.
_CASE_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")


@dataclass(frozen=True)
class Quantity:
    """A quantity read in a commitment, with its offsets in the searched text."""

    quantity: Decimal
    unit: str
    per: str | None
    subject: str | None
    reference_event: str | None
    start: int
    end: int


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every rate, delay, horizon and amount of euros in text[start:end], in order, without overlaps.

    Amounts are read by `money.find_amounts` (the engine's one reading of money).
    """
    stop = len(text) if end is None else end
    # Cheap keyword tests first: the number-led patterns are costly to try at every position.
    segment = text[start:stop].lower()
    has_money = "€" in segment or "euro" in segment
    has_unit = False
    for hint in _UNIT_HINTS:
        if hint in segment:
            has_unit = True
            break
    if not (has_unit or has_money):
        return []
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    has_rate = has_unit and " par " in segment
    has_delay = has_unit and ("dans " in segment or "sous " in segment)
    has_horizon = has_unit and " à " in segment
    if not any(char in segment for char in _CASE_EXCEPTIONS):
        # What each pattern cannot match without (the lowered segment has the text's case
        # folding): skips most of their costly scans.
        has_rate = has_rate and _RATE_CUE.search(segment) is not None
        has_delay = has_delay and any(event in segment for event in _DELAY_EVENTS)
        has_horizon = has_horizon and _HORIZON_CUE.search(segment) is not None

    def free(match_start: int, match_end: int) -> bool:
        return all(match_end <= a or match_start >= b for a, b in taken)

    for match in RATE.finditer(text, start, stop) if has_rate else ():
        value = parse_number(match.group("number"))
        unit = time_unit(match.group("unit"))
        if value is None or unit is None:
            continue
        per = time_unit(match.group("per")) or match.group("per").lower()
        subject = " ".join(match.group("subject").split())
        found.append(Quantity(value, unit, per, subject, None, match.start(), match.end()))
        taken.append(match.span())
    for match in DELAY.finditer(text, start, stop) if has_delay else ():
        value = parse_number(match.group("number"))
        unit = time_unit(match.group("unit"))
        if value is None or unit is None or not free(*match.span("number")):
            continue
        verb = (match.group("verb") or "").lower()
        found.append(
            Quantity(
                value, unit, None, _VERB_NOUNS.get(verb), match.group("event").lower(), match.start(), match.end()
            )
        )
        taken.append(match.span())
    for match in HORIZON.finditer(text, start, stop) if has_horizon else ():
        value = parse_number(match.group("number"))
        unit = time_unit(match.group("unit"))
        if value is None or unit is None or not free(*match.span()):
            continue
        found.append(Quantity(value, unit, None, match.group("subject"), None, match.start("number"), match.end()))
        taken.append(match.span())
    for amount in find_amounts(text, start, stop) if has_money else ():
        if not free(amount.start, amount.end):
            continue
        found.append(Quantity(amount.value, "euro", None, None, None, amount.start, amount.end))
        taken.append((amount.start, amount.end))
    found.sort(key=lambda item: item.start)
    return found
