"""Chorus imputation codes: recognise, normalise and check them.

Chorus (the State's financial system) imputes every spend on a few codes that
conventions print, more or less carefully:

- **centre financier** (UO / BOP code): ``0352-CFSE-CFIN``, ``163-CDJE-STET``,
  ``0165-CCAC-DT38`` = programme (3 or 4 digits) - BOP (4) - UO (4). Exports may
  prefix the perimeter (``BG00/0216-CPRH-CASR``): the prefix is dropped. The
  programme part is kept as printed (``163`` is not padded to ``0163``): the
  record states what the document states.
- **domaine fonctionnel**: ``0352-01``, ``163-01``, ``0216-04-01`` = programme -
  action [- sous-action].
- **activité**: 12 characters starting with the 4-digit programme
  (``035200010101``, ``02160401012A``), often printed with spaces
  (``0163 50 01 01 01``): spaces, dots and dashes are removed.
- **centre de coût**: an analytic code such as ``AICDAIR075`` or ``CENSTARETA``.

Every ``normalise_*`` function returns the canonical code or None when the text
is not such a code; each is idempotent (normalising a canonical code returns it
unchanged). ``compact_code`` keeps a printed code that does not validate, so that
a check can report it instead of the extractor dropping it silently.
"""

from __future__ import annotations

import functools
import re


CENTRE_FINANCIER_FORMAT = re.compile(r"^\d{3,4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")
DOMAINE_FONCTIONNEL_FORMAT = re.compile(r"^\d{3,4}-\d{2}(?:-\d{2})?$")
ACTIVITE_FORMAT = re.compile(r"^\d{4}[A-Z0-9]{8}$")
CENTRE_COUT_FORMAT = re.compile(r"^[A-Z0-9]{4,12}$")

# A centre financier inside running text. The BOP part must hold a letter so that
# number series (« 2004-1085-2012 ») are never taken for a code.
CENTRE_FINANCIER_IN_TEXT = re.compile(
    r"(?<![\w/-])(?:BG00/)?(?P<code>\d{3,4}\s?[-–]\s?(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}\s?[-–]\s?[A-Z0-9]{4})(?![\w-])"
)

# The same code matched from a known start (see `find_centres_financiers`).
_CENTRE_FINANCIER_AT = re.compile(
    r"(?P<code>\d{3,4}\s?[-–]\s?(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}\s?[-–]\s?[A-Z0-9]{4})(?![\w-])"
)


def find_centres_financiers(text: str) -> list[tuple[str, int, int]]:
    """(printed code, start, end) of every centre financier of `text`, in order.

    Equivalent to `CENTRE_FINANCIER_IN_TEXT.finditer` but anchored on the dashes: a
    regex step at each character of a long document costs more than finding its few
    dashes and reading the digits before them.
    """
    found: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    for dash in ("-", "–"):
        position = text.find(dash)
        while position != -1:
            digits_end = position - 1 if position > 0 and text[position - 1] == " " else position
            start = digits_end
            while start > 0 and digits_end - start < 5 and text[start - 1].isdigit():
                start -= 1
            if 3 <= digits_end - start <= 4 and start not in seen:
                before = text[start - 1] if start > 0 else ""
                prefixed = text[max(0, start - 5) : start] == "BG00/"
                if prefixed or not (before.isalnum() or before in "_/-"):
                    match = _CENTRE_FINANCIER_AT.match(text, start)
                    if match:
                        seen.add(start)
                        found.append((match.group("code"), match.start("code"), match.end("code")))
            position = text.find(dash, position + 1)
    found.sort(key=lambda item: item[1])
    return found


_PREFIX = re.compile(r"^\s*(?:BG\d\d\s*/\s*)+", re.IGNORECASE)
_EDGES = re.compile(r"^[\s.,;:]+|[\s.,;:]+$")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
_SPACES_AROUND_DASH = re.compile(r"\s*-\s*")
_NOISE = re.compile(r"[\s.\-_/]+")


def _clean(text: str) -> str:
    # Upper-casing first: it may lengthen the text (« ß » → « SS ») but never adds
    # separators, so every later step sees the final characters (idempotence).
    text = text.translate(_DASHES).upper()
    previous = None
    while previous != text:
        previous = text
        text = _EDGES.sub("", _PREFIX.sub("", text))
    return text


def compact_code(text: str) -> str:
    """A printed code reduced to its characters (prefix, spaces around dashes dropped).

    Memoised for short texts (a pure function): the funding steps and checks compact the
    same few codes of a document over and over.
    """
    if len(text) <= 64:
        return _compact_cached(text)
    return _compact(text)


def _compact(text: str) -> str:
    return _SPACES_AROUND_DASH.sub("-", _clean(text))


_compact_cached = functools.lru_cache(maxsize=1024)(_compact)


def normalise_centre_financier(text: str) -> str | None:
    """``0352-CFSE-CFIN`` from « 0352 - CFSE - CFIN », « BG00/0352-CFSE-CFIN »; else None."""
    code = compact_code(text)
    return code if CENTRE_FINANCIER_FORMAT.match(code) else None


def normalise_domaine_fonctionnel(text: str) -> str | None:
    """``0352-01`` from « 0352 - 01 »; else None."""
    code = compact_code(text)
    return code if DOMAINE_FONCTIONNEL_FORMAT.match(code) else None


def compact_activite(text: str) -> str:
    """An activité printed with separators, reduced to its characters (« 0163 50 01 01 01 » → 016350010101)."""
    return _NOISE.sub("", _clean(text))


def normalise_activite(text: str) -> str | None:
    """The 12-character activité code, or None when the text does not hold exactly one."""
    code = compact_activite(text)
    return code if ACTIVITE_FORMAT.match(code) else None


def normalise_centre_cout(text: str) -> str | None:
    """``AICDAIR075`` from « aicdair075 » or « AICDAIR 075 »; else None."""
    code = _NOISE.sub("", _clean(text))
    return code if CENTRE_COUT_FORMAT.match(code) and any(c.isalpha() for c in code) else None


def programme_number(text: str) -> str | None:
    """The 3-digit programme number of « 352 », « 0352 », « P352 »; else None."""
    digits = text.strip().upper().removeprefix("P").strip()
    if not digits.isdigit() or not digits.isascii():
        return None
    if len(digits) == 4 and digits.startswith("0"):
        digits = digits[1:]
    return digits if len(digits) == 3 else None


def programme_of_code(code: str) -> str | None:
    """The programme a centre financier, domaine fonctionnel or activité belongs to.

    ``0352-CFSE-CFIN`` → 352, ``163-01`` → 163, ``016350010101`` → 163.
    """
    compact = compact_code(code)
    head = compact.split("-", 1)[0] if "-" in compact else compact[:4]
    return programme_number(head)
