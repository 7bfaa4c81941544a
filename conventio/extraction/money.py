"""Amounts of money as French (and English) administrative texts print them.

Every amount becomes a `Decimal` in euros quantised to two decimals; floats never
appear. Supported shapes (with or without a currency unit):

- French: ``250 000 €``, ``4 410 626,88 €``, ``220 000 euros``, ``30 000€``,
  ``1.500.000 €``, ``1.499.618,60 €``, ``1 200 000 EUR``;
- English: ``1,499,618.60€``, ``106,920.00€``, ``1,500,000``;
- multiples: ``1,2 M€``, ``350 k€``, ``1,5 million d'euros``, ``2 milliards d'euros``;
- none markers: ``-``, ``–``, ``—``, ``néant``: a cell that states *no* amount.
  They are not zero: `parse_amount` returns None and `is_none_marker` says why.

Separator rule (the only place where a reading could be a guess):

1. Spaces (including the non-breaking ones the text model turns into spaces) are
   only ever thousands separators, and every group after the first has 3 digits.
2. When both ``,`` and ``.`` appear, the last one is the decimal mark (followed by
   1 or 2 digits) and the other is the thousands separator (groups of 3).
3. A mark that appears more than once is a thousands separator (groups of 3).
4. A single ``,`` or ``.`` followed by 1 or 2 digits is the decimal mark.
5. A single ``,`` or ``.`` followed by exactly 3 digits (``1,500``) is AMBIGUOUS:
   it is a thousands separator only when
   - a currency unit without multiplier is attached (``1,500 €``): an amount of
     euros never has a third decimal, so the decimal reading is impossible; or
   - the caller passes the decimal mark used by the surrounding amounts
     (``decimal_mark=","`` or ``"."``), read from unambiguous amounts of the same
     table or document: then the mark is a thousands separator when it is not the
     decimal mark, and the value is rejected (None) when it is (3 decimals).
   Otherwise (``1,500`` alone, ``1,500 M€``) the value is None and
   `read_amount` reports ``ambiguous=True``.
6. More than two decimals after a decimal mark is not an amount of money: None.

Parsing never raises and never backtracks catastrophically: one anchored regex
with bounded repetitions per call.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


CENT = Decimal("0.01")

# A number as printed: grouped digits (one consistent thousands separator) with an
# optional decimal part, or plain digits with an optional decimal part. Apostrophes
# are not accepted as separators (Swiss style, not used by the French State).
_GROUPED = r"\d{1,3}(?:(?P<sep>[ .,])\d{3})(?:(?P=sep)\d{3}){0,6}(?:[.,]\d{1,3})?"
_PLAIN = r"\d{1,15}(?:[.,]\d{1,3})?"
_UNSIGNED = rf"(?P<num>{_GROUPED}|{_PLAIN})"
_NUMBER = rf"(?P<sign>[-−])?{_UNSIGNED}"

# Currency units and multipliers, most specific first.
_UNIT = (
    r"(?P<unit>"
    r"(?P<mult>k€|K€|M€|Md€|Mds€|Mrd€|[kKM]\s?EUR\b|"
    r"(?:millions?|milliards?)\s+(?:d['’]\s?euros?\b|€|EUR\b))"
    r"|€|euros?\b|EUR\b|EUROS?\b|Euros?\b)"
)
_QUALIFIER = r"(?:\s*(?:HT|TTC|H\.T\.|T\.T\.C\.|net|nets))?"

# A whole cell or snippet that is one amount.
_WHOLE = re.compile(rf"\s*(?P<lead>€\s?)?{_NUMBER}(?:\s?{_UNIT})?{_QUALIFIER}\s*\.?", re.IGNORECASE)
# An amount inside running text: a currency unit is required, and the number must
# not continue a longer number or word on its left (« 2023 220 000 € » is not read:
# the split between year and amount would be a guess). A dash before the number is a
# list bullet far more often than a minus sign, so running-text amounts are unsigned.
_IN_TEXT = re.compile(rf"(?=\d)(?<![\w.,])(?<!\d[ ]){_UNSIGNED}\s?{_UNIT}")

_NONE_MARKERS = frozenset({"-", "–", "—", "--", "néant", "neant", "n/a", "/", "ø"})

_MULTIPLIERS = {
    "k": Decimal(1000),
    "m": Decimal(1000000),
    "million": Decimal(1000000),
    "milliard": Decimal(1000000000),
    "md": Decimal(1000000000),
    "mds": Decimal(1000000000),
    "mrd": Decimal(1000000000),
}


@dataclass(frozen=True)
class AmountReading:
    """The outcome of reading one amount, with the reasons a caller may need."""

    value: Decimal | None
    ambiguous: bool = False
    decimal_mark: str | None = None  # "," or "." when the text shows it, else None
    has_unit: bool = False
    rule: str = ""


@dataclass(frozen=True)
class AmountMatch:
    """An amount found in running text: its value and where it sits."""

    value: Decimal
    start: int
    end: int
    text: str


def is_none_marker(text: str) -> bool:
    """True when `text` is a cell that states no amount (« - », « néant »)."""
    return text.strip().lower() in _NONE_MARKERS


def _multiplier(unit: str | None) -> Decimal:
    if not unit:
        return Decimal(1)
    lowered = unit.lower().replace("€", "").replace("eur", "").strip()
    if not lowered:
        return Decimal(1)
    word = lowered.split()[0]
    if word.endswith("s") and word not in _MULTIPLIERS:
        word = word[:-1]
    return _MULTIPLIERS.get(word, Decimal(1))


def _interpret(
    num: str, sep: str | None, unit: str | None, multiplier: Decimal, decimal_mark: str | None
) -> AmountReading:
    """Apply the separator rule of the module docstring to the digits of one number."""
    has_unit = unit is not None
    marks = [c for c in num if c in ",."]
    decimal: str | None = None
    if sep == " ":
        # Rule 1, with an optional decimal part after the groups.
        if marks:
            decimal = marks[-1]
    elif len(set(marks)) == 2:
        # Rule 2: the last mark is decimal, the other the thousands separator.
        decimal = marks[-1]
        if marks.count(decimal) != 1 or not sep or sep == decimal:
            return AmountReading(None, rule="inconsistent-separators")
    elif len(marks) >= 2:
        # Rule 3: repeated mark = thousands separator, so the last group has 3 digits too.
        if sep is None or len(num) - num.rindex(marks[-1]) - 1 != 3:
            return AmountReading(None, rule="inconsistent-separators")
        decimal = None
    elif len(marks) == 1:
        mark = marks[0]
        digits_after = len(num) - num.index(mark) - 1
        if digits_after in (1, 2):
            decimal = mark  # rule 4
        elif digits_after == 3:
            # Rule 5: the ambiguous case.
            if decimal_mark is not None:
                if decimal_mark == mark:
                    return AmountReading(None, decimal_mark=mark, has_unit=has_unit, rule="three-decimals")
                decimal = None
            elif has_unit and multiplier == 1:
                decimal = None
            else:
                return AmountReading(None, ambiguous=True, has_unit=has_unit, rule="ambiguous-separator")
        else:
            return AmountReading(None, rule="bad-decimals")
    if decimal is not None:
        integer_part, _, fraction = num.rpartition(decimal)
        if len(fraction) > 2 and multiplier == 1:
            return AmountReading(None, decimal_mark=decimal, has_unit=has_unit, rule="three-decimals")
        integer_digits = _without_marks(integer_part)
        canonical = f"{integer_digits}.{fraction}"
    else:
        canonical = _without_marks(num)
    try:
        value = Decimal(canonical) * multiplier
    except InvalidOperation:
        return AmountReading(None, rule="not-a-number")
    rule = "decimal" if decimal else "integer"
    if len(marks) == 1 and decimal is None:
        rule = "thousands-by-unit" if decimal_mark is None else "thousands-by-context"
    return AmountReading(value.quantize(CENT), decimal_mark=decimal, has_unit=has_unit, rule=rule)


def _without_marks(number: str) -> str:
    """`number` without its spaces, dots and commas (`re.sub(r"[ .,]", "", number)`, without the regex)."""
    return number.replace(" ", "").replace(".", "").replace(",", "")


def read_amount(text: str, *, decimal_mark: str | None = None) -> AmountReading:
    """Read `text` as exactly one amount (a table cell, a value after a label).

    `decimal_mark` is the decimal mark the surrounding amounts use ("," or "."),
    when the caller knows it; it only resolves rule 5 of the module docstring.
    """
    if len(text) > 80:
        return AmountReading(None, rule="too-long")
    return _read_short_amount(text, decimal_mark)


@functools.lru_cache(maxsize=8192)
def _read_short_amount(text: str, decimal_mark: str | None) -> AmountReading:
    """`read_amount` for texts of at most 80 characters (cached: table cells repeat)."""
    match = _WHOLE.fullmatch(text)
    if match is None:
        return AmountReading(None, rule="not-an-amount")
    unit = match.group("unit") or match.group("lead")
    multiplier = _multiplier(match.group("mult"))
    reading = _interpret(match.group("num"), match.group("sep"), unit, multiplier, decimal_mark)
    if reading.value is not None and match.group("sign"):
        return AmountReading(
            -reading.value, reading.ambiguous, reading.decimal_mark, reading.has_unit, reading.rule + "+negative"
        )
    return reading


def parse_amount(text: str, *, decimal_mark: str | None = None) -> Decimal | None:
    """`text` as one amount in euros (two decimals), or None when it is not one.

    None also for none markers (« - ») and for ambiguous numbers (see the module
    docstring); use `read_amount` to know which.
    """
    return read_amount(text, decimal_mark=decimal_mark).value


# How far before its unit a number may start, and how far after the unit's first
# character the unit may run (« millions d’euros »); used to scan windows only.
_NUMBER_REACH = 64
_UNIT_REACH = 32


def _unit_windows(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Merged windows around every currency unit of `text[start:stop]`.

    Scanning the whole text with the amount regex costs a regex step per character;
    finding the few « € » / « euro » / « EUR » first with C-speed searches and reading
    numbers only next to them keeps a long document cheap.
    """
    anchors: list[int] = []
    for unit, shift in (("€", 0), ("EUR", 0), ("uro", 1)):
        position = text.find(unit, start, stop)
        while position != -1:
            if not shift or (position > 0 and text[position - 1] in "eE"):
                anchors.append(position - shift)
            position = text.find(unit, position + 1, stop)
    windows: list[tuple[int, int]] = []
    for anchor in sorted(anchors):
        low, high = max(start, anchor - _NUMBER_REACH), min(stop, anchor + _UNIT_REACH)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[AmountMatch]:
    """Every amount with a currency unit in `text[start:end]`, in order.

    A number without a unit (« 2023 », « article 105 ») is never taken for money in
    running text; ambiguous numbers (« 1,500 M€ ») are skipped.
    """
    stop = len(text) if end is None else end
    found: list[AmountMatch] = []
    for low, high in _unit_windows(text, start, stop):
        found.extend(_amounts_in(text, low, high))
    return found


def _amounts_in(text: str, start: int, stop: int) -> list[AmountMatch]:
    found: list[AmountMatch] = []
    for match in _IN_TEXT.finditer(text, start, stop):
        multiplier = _multiplier(match.group("mult"))
        reading = _interpret(match.group("num"), match.group("sep"), match.group("unit"), multiplier, None)
        if reading.value is None:
            continue
        found.append(AmountMatch(value=reading.value, start=match.start(), end=match.end(), text=match.group(0)))
    return found


def decimal_mark_of(texts: list[str]) -> str | None:
    """The decimal mark that the unambiguous amounts among `texts` agree on, if any.

    Used to resolve rule 5 for the other amounts of the same table: « 1,499,618.60€ »
    shows "." and « 4 410 626,88 € » shows ",". Disagreeing amounts give None.
    """
    marks = set()
    for text in texts:
        reading = read_amount(text)
        if reading.value is not None and reading.decimal_mark is not None:
            marks.add(reading.decimal_mark)
        elif reading.value is not None and reading.rule == "integer":
            # A repeated separator shows the thousands mark, hence the other decimal mark.
            if text.count(",") >= 2:
                marks.add(".")
            elif text.count(".") >= 2:
                marks.add(",")
    return marks.pop() if len(marks) == 1 else None


# ------------------------------------------------------------------------ formatting

FORMAT_STYLES = ("fr", "fr_compact", "fr_euros", "fr_dot", "fr_plain", "en", "en_plain", "en_eur")


def _group(integer: str, sep: str) -> str:
    head = len(integer) % 3 or 3
    groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    return sep.join(groups)


def format_amount(value: Decimal, style: str = "fr") -> str:
    """`value` printed in one of `FORMAT_STYLES` (always with two decimals).

    - ``fr``: ``4 410 626,88 €`` (the form findings use)
    - ``fr_compact``: ``30 000,00€``; ``fr_euros``: ``220 000,00 euros``
    - ``fr_dot``: ``1.499.618,60 €``; ``fr_plain``: ``1499618,60``
    - ``en``: ``1,499,618.60€``; ``en_plain``: ``1,499,618.60``; ``en_eur``: ``1,499,618.60 EUR``
    """
    quantised = value.quantize(CENT)
    sign = "-" if quantised < 0 else ""
    integer, _, fraction = format(abs(quantised), "f").partition(".")
    fraction = (fraction + "00")[:2]
    if style == "fr":
        return f"{sign}{_group(integer, ' ')},{fraction} €"
    if style == "fr_compact":
        return f"{sign}{_group(integer, ' ')},{fraction}€"
    if style == "fr_euros":
        return f"{sign}{_group(integer, ' ')},{fraction} euros"
    if style == "fr_dot":
        return f"{sign}{_group(integer, '.')},{fraction} €"
    if style == "fr_plain":
        return f"{sign}{integer},{fraction}"
    if style == "en":
        return f"{sign}{_group(integer, ',')}.{fraction}€"
    if style == "en_plain":
        return f"{sign}{_group(integer, ',')}.{fraction}"
    if style == "en_eur":
        return f"{sign}{_group(integer, ',')}.{fraction} EUR"
    raise ValueError(f"unknown amount style {style!r}")


def euros(value: Decimal | None) -> str:
    """French display of an amount for findings: « 4 410 626,88 € » (« — » for None)."""
    return "—" if value is None else format_amount(value, "fr")
