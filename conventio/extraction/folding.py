"""A fast `fold`: lower case, no accents, apostrophes unified.

`patterns.fold` strips accents character by character in Python, which costs about
a fifth of a microsecond per character: fine for a name, too slow for classifying every
obligation sentence of every document (the engine must extract hundreds of documents
per second). Decomposing with NFD and deleting the combining marks with one regex
gives the same result at C speed (about 15 times faster on a convention).
"""

from __future__ import annotations

import re
import unicodedata


_COMBINING = re.compile("[\u0300-\u036f]+")


def fold_fast(text: str) -> str:
    """Lower-case, accent-free, apostrophes unified (same result as `patterns.fold`)."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.lower())).replace("’", "'")


def one_line(text: str) -> str:
    """Every whitespace run as one space, trimmed (`patterns.squash` without a regex: ~8× faster)."""
    return " ".join(text.split())
