"""Small text helpers shared by the field extractors (French administrative drafting).

Kept here so that « what counts as a quote », « what a masked name looks like » or
« how to drop a leading article » is decided once for every extractor.
"""

from __future__ import annotations

import functools
import re
import unicodedata


# Quoted terms: « … », “ … ”, " … ", ‘ … ’ (role words, acronyms, labels).
QUOTED = re.compile(r"[«“\"‘]\s*([^«»“”\"‘’\n]{1,120}?)\s*[»”\"’]")

LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|un|une)\s+|l['’]\s*)(?=\S)", re.IGNORECASE)

# Placeholders published copies put in place of personal data: « Xxxx XXXXXXXXX », « 00000 ».
_MASK_TOKEN = re.compile(r"^(?:[Xx]{2,}|X[x]+|0{2,}|[Xx]+\.[Xx]+(?:\.[Xx]+)*)[,.;]?$")

_SPACE_RUN = re.compile(r"[ \t]+")
_COMBINING = re.compile("[\u0300-\u036f]+")
# Outside these ranges a character may be a combining mark (no mark lies below U+0300, after
# U+036F up to U+0482, or in the punctuation block U+2000–U+20CF where « ’ » and « € » are).
_MAYBE_MARK = re.compile("[^\x00-\u0482\u2000-\u20cf]")
_ALL_SPACE = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """`text` without diacritics (for matching role words however they are accented).

    Every combining mark (category Mn) of the decomposed text is removed. The usual
    accents (U+0300–U+036F, all Mn) go with one C-speed regex; only a text still holding
    other non-ASCII characters is checked for rarer marks character by character.
    """
    decomposed = unicodedata.normalize("NFD", text)
    if decomposed.isascii():
        return decomposed
    stripped = _COMBINING.sub("", decomposed)
    if _MAYBE_MARK.search(stripped) is None:
        return stripped
    return "".join(c for c in stripped if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes unified: the form used to compare words."""
    if len(text) <= _FOLD_CACHED_LENGTH:
        return _fold_cached(text)
    return _fold(text)


def _fold(text: str) -> str:
    return strip_accents(text).lower().replace("’", "'")


# Extractors fold the same party names and headings once per line they compare: short
# strings are memoised (a pure function; bounded cache of short keys).
_FOLD_CACHED_LENGTH = 200
_fold_cached = functools.lru_cache(maxsize=4096)(_fold)


def squash(text: str) -> str:
    """Collapse every whitespace run (line breaks included) into one space and trim."""
    return _ALL_SPACE.sub(" ", text).strip()


def drop_article(text: str) -> str:
    """« La Direction … » → « Direction … »; the rest keeps its case as printed."""
    return LEADING_ARTICLE.sub("", text.strip(), count=1)


def is_masked(text: str) -> bool:
    """True when `text` is mostly anonymisation placeholders (« Xxxx XXXXXXXXX »)."""
    tokens = [token for token in text.split() if any(ch.isalnum() for ch in token)]
    if not tokens:
        return False
    masked = sum(1 for token in tokens if _MASK_TOKEN.match(token))
    return masked >= 2 and masked * 3 >= len(tokens) or (len(tokens) == 1 and masked == 1)


def clean_value(text: str, *, trailing: str = " ,;:.") -> str:
    """A value as printed, on one line, without the punctuation that closes its clause."""
    return squash(text).strip(trailing).strip()
