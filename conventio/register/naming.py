"""How names are compared: one key per organisation or person, however it is written.

« DINUM », « La DINUM » and « la Direction Interministérielle du Numérique (DINUM) »
must land on one organisation: keys drop accents, case, leading articles, the
parenthesised acronym and punctuation. Only the key is normalised; names are stored
as printed.
"""

from __future__ import annotations

import re
import unicodedata


_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l')")
_PAREN = re.compile(r"\s*\([^()]*\)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes unified."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower().replace("’", "'")


def organisation_key(name: str) -> str:
    folded = fold(name).strip()
    folded = _PAREN.sub("", folded)
    folded = _ARTICLE.sub("", folded)
    return _NON_WORD.sub(" ", folded).strip()


def person_key(name: str) -> str:
    return _NON_WORD.sub(" ", fold(name)).strip()
