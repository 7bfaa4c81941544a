"""French date parsing: « 27/07/2023 », « 24 janvier 2024 », « 1er juillet 2024 », « 14-10-2004 ».

Returns `datetime.date` or None; never guesses a missing day, month or year.
"""

from __future__ import annotations

import datetime
import re
import unicodedata


MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}

_MONTH_NAMES = "|".join(
    sorted(
        {
            *MONTHS,
            "février",
            "août",
            "décembre",
            "fév",
            "févr",
            "janv",
            "sept",
            "oct",
            "nov",
            "déc",
            "dec",
            "avr",
            "juil",
        },
        key=len,
        reverse=True,
    )
)
_ABBREVIATIONS = {"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

# « 1er juillet 2024 », « 24 janvier 2024 », « 2 déc. 2009 »
WRITTEN_DATE = re.compile(
    rf"\b(?P<day>[0-3]?\d)\s*(?:er|ER|e)?\s+(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
# « 27/07/2023 », « 14-10-2004 », « 1.7.2024 »
NUMERIC_DATE = re.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:1[89]|20)\d\d)\b")


def _anonymous(pattern: str) -> str:
    """`pattern` without named groups, so it can be embedded in other regexes."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern).replace("(?P=sep)", "[/.-]")


# Any date, as a regex fragment without groups (for « du <date> », « le <date> »…).
DATE_FRAGMENT = f"(?:{_anonymous(WRITTEN_DATE.pattern)}|{_anonymous(NUMERIC_DATE.pattern)})"


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def month_number(name: str) -> int | None:
    key = _strip_accents(name.lower().rstrip("."))
    return MONTHS.get(key) or _ABBREVIATIONS.get(key)


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> datetime.date | None:
    """The first complete date in `text`, or None."""
    match = find_date(text)
    return match[0] if match else None


def find_date(text: str, start: int = 0) -> tuple[datetime.date, int, int] | None:
    """The first valid date at or after `start`: (date, start offset, end offset)."""
    best: tuple[datetime.date, int, int] | None = None
    for pattern in (WRITTEN_DATE, NUMERIC_DATE):
        for match in pattern.finditer(text, start):
            value = _from_match(match)
            if value is None:
                continue
            if best is None or match.start() < best[1]:
                best = (value, match.start(), match.end())
            break
    return best


def find_dates(text: str) -> list[tuple[datetime.date, int, int]]:
    """Every valid date in `text`, in order."""
    found = []
    for pattern in (WRITTEN_DATE, NUMERIC_DATE):
        for match in pattern.finditer(text):
            value = _from_match(match)
            if value is not None:
                found.append((value, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def _from_match(match: re.Match[str]) -> datetime.date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    if month is None:
        return None
    return _make(int(match.group("year")), month, int(match.group("day")))


def french_date(value: datetime.date) -> str:
    """« 14 octobre 2004 », « 1er juillet 2024 » — the form legal references use."""
    names = list(MONTHS)
    accented = {"fevrier": "février", "aout": "août", "decembre": "décembre"}
    month = names[value.month - 1]
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {accented.get(month, month)} {value.year}"
