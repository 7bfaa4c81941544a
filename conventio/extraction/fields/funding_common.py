"""Helpers shared by the funding steps: sentence bounds, table regions, the work state.

The funding extractor is split by subject (codes, tables, running-text amounts,
tranches, accounting); these helpers keep them consistent — the same notion of a
sentence, the same rule for « the programme of this amount ».
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from conventio.extraction.chorus import programme_of_code
from conventio.extraction.context import Context
from conventio.extraction.tables import RawTable, TableReading
from conventio.extraction.text import index_keywords


# A sentence ends at a full stop followed by a space/line end, at a semicolon, or at
# a line break (list items and table rows are their own sentences).
_TRAILING_CONJUNCTION = re.compile(r"(?:\s+(?:et|ou|puis|soit))+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s|$)|;|\n")


SENTENCE_WINDOW = 3000

# The words the funding steps look for in every document (`TextIndex.find_all`), found
# by the document's one keyword pass (`Document.positions`).
index_keywords(
    "programme", "axe minist", "fonctionnel", "financier", "activit", "centre", "cent", "assignataire",
    "copie", "exemplaire", "tranche", "montant", "€", "euro", "enveloppe", "cofinancement", "dotation",
    "somme de", "subvention",
)  # fmt: skip


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``text[start:end]``."""
    stop = start if end is None else end
    # A sentence is looked for within a bounded window on each side: the genre's sentences
    # are far shorter, and unbounded scans made repetitive input quadratic.
    floor = max(0, start - SENTENCE_WINDOW)
    left = max(text.rfind(". ", floor, start), text.rfind(".\n", floor, start), text.rfind(";", floor, start))
    left = max(left + 1, text.rfind("\n", floor, start) + 1, floor)
    ceiling = min(len(text), stop + SENTENCE_WINDOW)
    match = _SENTENCE_END.search(text, stop, ceiling)
    right = match.start() if match else ceiling
    while left < right and text[left] in " \t-•*":
        left += 1
    return left, right


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Consecutive sentence spans of ``text[start:end]`` (empty ones dropped)."""
    stop = len(text) if end is None else end
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < stop:
        spans.append((cursor, stop))
    return [(a, b) for a, b in spans if text[a:b].strip()]


@dataclass
class TableRegions:
    """Offsets covered by tables, to keep running-text rules out of them."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def covers(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


class TextIndex:
    """C-speed keyword positions, so that regexes only run next to their keyword.

    A regex scanning a 17 KB text costs a few hundred microseconds; `str.find` on the
    lowered text costs a few. Offsets of the lowered text are those of the text unless
    lowering changed its length (a handful of exotic characters): then the index falls
    back to case-insensitive regex search, slower but exact.
    """

    def __init__(
        self, text: str, lowered: str | None = None, positions: Callable[[str], Sequence[int]] | None = None
    ) -> None:
        self.text = text
        if lowered is None:  # `Document.lowered` when the caller has it: computed once per document
            lowered = text.lower()
        self._lowered = lowered if len(lowered) == len(text) else None
        # `Document.positions` when the caller has it (every offset of a word in `lowered`).
        self._positions = positions
        self._cache: dict[str, list[int]] = {}

    def find_all(self, word: str) -> list[int]:
        """Every offset where `word` (lower case) occurs, whatever the case in the text."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        positions: list[int] = []
        if self._lowered is not None and self._positions is not None:
            positions = list(self._positions(word))
        elif self._lowered is not None:
            position = self._lowered.find(word)
            while position != -1:
                positions.append(position)
                position = self._lowered.find(word, position + 1)
        else:
            positions = [m.start() for m in re.finditer(re.escape(word), self.text, re.IGNORECASE)]
        self._cache[word] = positions
        return positions

    def find_all_via(self, anchor: str, words: tuple[str, ...]) -> list[int]:
        """`find_all(words[0]) + find_all(words[1]) + …` (each word holding `anchor`), one pass for `anchor`.

        Each full-text search costs ~15 µs: « pour cent » and « pourcent » are found from « cent ».
        """
        if self._lowered is None:
            return [position for word in words for position in self.find_all(word)]
        lowered = self._lowered
        anchors = self.find_all(anchor)
        found: list[int] = []
        for word in words:  # word by word, as the concatenated `find_all` lists would be
            shift = word.index(anchor)
            found.extend(
                position - shift
                for position in anchors
                if position >= shift and lowered.startswith(word, position - shift)
            )
        return found

    def contains(self, word: str) -> bool:
        return bool(self.find_all(word))


@dataclass
class FundingState:
    """Intermediate results the funding steps hand to each other."""

    index: TextIndex = field(default_factory=lambda: TextIndex(""))
    raw_tables: list[RawTable] = field(default_factory=list)
    readings: list[TableReading] = field(default_factory=list)
    regions: TableRegions = field(default_factory=TableRegions)
    # Index in `Funding.tables` of each raw table.
    table_index: dict[int, int] = field(default_factory=dict)

    def set_tables(self, raw_tables: list[RawTable], readings: list[TableReading]) -> None:
        self.raw_tables = raw_tables
        self.readings = readings
        self.regions = TableRegions([t.start for t in raw_tables], [t.end for t in raw_tables])


def clean_phrase(text: str) -> str:
    """A phrase with collapsed spaces and no trailing punctuation or opening article."""
    phrase = " ".join(text.split()).strip(" ,;:.")
    return _TRAILING_CONJUNCTION.sub("", phrase)


class ProgrammeContext:
    """The programme to give a cell the table does not assign one: the document's only one."""

    def __init__(self, ctx: Context) -> None:
        numbers = {programme.number for programme in ctx.record.funding.programmes}
        self.only = next(iter(numbers)) if len(numbers) == 1 else None
        codes = [sourced.value for sourced in ctx.record.funding.centres_financiers]
        self.centre_by_programme: dict[str, str | None] = {}
        for code in codes:
            programme = programme_of_code(code)
            if programme is None:
                continue
            # Two codes of one programme: no line gets a code it may not belong to.
            self.centre_by_programme[programme] = None if programme in self.centre_by_programme else code
