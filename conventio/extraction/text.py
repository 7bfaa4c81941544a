"""The text model every reader produces, with a map back to pages and offsets.

Readers (plain text, PDF, DOCX, HTML) differ in what they receive but all hand the
field extractors one `Document`: a single normalised string plus the pages it came
from. Field extractors only ever see `Document.text`; provenance spans are offsets
into that string, and `Document.locate` turns them back into "page N, character M of
that page" for the review screen.

Normalisation is deliberately small and always recorded in the offset map:
- line endings become ``\\n``, non-breaking and thin spaces become plain spaces;
- Markdown emphasis markers (``**``, ``__``) that the published Markdown copies carry
  are removed, so that « **Alain Regnier** » reads as a name, not as markup. Where they
  were is kept in `Document.emphasis` (bold sub-headings structure annex objectives);
  other readers may fill it from real bold runs.

Tables keep one row per line with cells separated by ``\\t``: the DOCX and PDF readers
produce the same layout the plain-text seeds already use, so the table parser works on
one shape only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import ahocorasick_rs


# Characters replaced one for one (offsets unchanged).
_SAME_LENGTH_PAIRS = (("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("\u2007", " "), ("\u2002", " "))
# Character runs removed: Markdown emphasis, zero-width spaces, the CR of CRLF.
_REMOVED = re.compile(r"\*\*|__|\u200b|\ufeff|\r(?=\n)")
# Its literals, each with its length in the text (« \r » of « \r\n » alone is removed).
_REMOVED_LITERALS = (("**", 2), ("__", 2), ("\u200b", 1), ("\ufeff", 1), ("\r\n", 1))
# Characters `re.IGNORECASE` matches to « i » or « s » although `str.lower` does not turn
# them into these letters (« İ » also lowers to two characters). See `Document.caseless`.
_CASE_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")
# Latin-1 byte → the byte of its letter without accent (« é » → « e »), for `Document.unaccented`.
_UNACCENT = bytes.maketrans(
    "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ".encode("latin-1"), "aaaaaaceeeeiiiinooooouuuuyy".encode("latin-1")
)

# Keywords every document is searched for (lower case), registered by the steps with
# `index_keywords` when their module is imported, and found by one Aho–Corasick pass over
# `Document.lowered` (see `Document.positions`).
_KEYWORDS: dict[str, None] = {}
# The automaton of `_KEYWORDS` (a match names the word by its index in the tuple), and
# that tuple; rebuilt when a word was registered since.
_automaton: ahocorasick_rs.AhoCorasick | None = None
_automaton_words: tuple[str, ...] = ()


def index_keywords(*words: str) -> None:
    """Have `Document.positions` find these lower-case words in the one pass it makes for all of them.

    Each full-text `str.find` pass costs 5–10 µs on a 17 KB convention whatever the word;
    the steps look for some forty words, which one Aho–Corasick pass finds together in a
    quarter of the time. Registering changes no result: any word is found either way.
    """
    global _automaton
    for word in words:
        if word and word not in _KEYWORDS:
            _KEYWORDS[word] = None
            _automaton = None


def _keyword_automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    global _automaton, _automaton_words
    if _automaton is None:
        words = tuple(_KEYWORDS)
        _automaton = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA)
        _automaton_words = words
    return _automaton, _automaton_words


@dataclass(frozen=True)
class Page:
    """One page of the source: its number (1-based) and where it sits in `Document.text`."""

    number: int
    start: int
    end: int


@dataclass
class Document:
    """Normalised text of one source document, with pages and an offset map."""

    text: str
    pages: list[Page]
    format: str
    # Sparse offset map: from `anchors[i]` on (an offset into `text`), a character's
    # offset in its page's raw text is `offset - page.start + shifts[i]`. One anchor per
    # page start and per removed run (Markdown markers, CR of CRLF): tiny, and O(log n).
    anchors: list[int] = field(default_factory=list, repr=False)
    shifts: list[int] = field(default_factory=list, repr=False)
    # Spans of `text` printed in bold/emphasis, as (start, end), in order.
    emphasis: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        # Computed on first use, then kept (plain attributes rather than `cached_property`:
        # the compiled build's classes have no instance dict, see docs/benchmarks.md).
        self._lowered: str | None = None
        self._unaccented: str | None = None
        self._caseless: bool | None = None
        self._page_starts: list[int] | None = None
        # Offsets of each word asked for (see `positions`), and whether `_index_keywords` ran.
        self._positions: dict[str, list[int]] = {}
        self._indexed = False

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def lowered(self) -> str:
        """`text.lower()`, computed once: extractors find their literal cue words in it."""
        lowered = self._lowered
        if lowered is None:
            lowered = self._lowered = self.text.lower()
        return lowered

    @property
    def unaccented(self) -> str:
        """`lowered` with accented Latin-1 letters as their base letter, any other non-Latin-1
        character as « ? », offset for offset: one search in it finds « délég », « deleg »… at once
        (a pre-filter: what it finds is checked in `lowered`)."""
        unaccented = self._unaccented
        if unaccented is None:
            latin = self.lowered.encode("latin-1", "replace")
            unaccented = self._unaccented = latin.translate(_UNACCENT).decode("latin-1")
        return unaccented

    @property
    def caseless(self) -> bool:
        """True when finding a lower-case literal in `lowered` is exactly what `re.IGNORECASE` finds.

        Then `lowered` has the offsets of `text`, and a case-insensitive regex can be tried
        only where its literal cue words are (see `prefilter.py`). Otherwise (a Turkish dotted
        or dotless i, a long s) extractors run their regexes over the whole text.
        """
        caseless = self._caseless
        if caseless is None:
            caseless = not any(char in self.text for char in _CASE_EXCEPTIONS)
            caseless = self._caseless = caseless and len(self.lowered) == len(self.text)
        return caseless

    def positions(self, word: str) -> Sequence[int]:
        """Every offset of `word` (lower case) in `lowered`, in order, overlapping ones included; memoised.

        Each full-text `str.find` pass costs 5–10 µs: the words registered with
        `index_keywords` are found together by one Aho–Corasick pass, made the first time one
        of them is asked for; any other word by its own `str.find` pass. Read-only.
        """
        cached = self._positions.get(word)
        if cached is None:
            if word in _KEYWORDS and not self._indexed:
                self._index_keywords()
                cached = self._positions.get(word)
                if cached is not None:
                    return cached
            found = []
            lowered = self.lowered
            position = lowered.find(word)
            while position >= 0:
                found.append(position)
                position = lowered.find(word, position + 1)
            cached = self._positions[word] = found
        return cached

    def occurrences(self, word: str, start: int = 0, end: int | None = None) -> Sequence[int]:
        """`positions(word)` within `lowered[start:end]` (whole occurrences; offsets ≥ 0), as `str.find` finds them."""
        found = self.positions(word)
        if start <= 0 and (end is None or end >= len(self.lowered)):
            return found
        low = bisect.bisect_left(found, start) if start > 0 else 0
        high = len(found) if end is None else bisect.bisect_right(found, end - len(word))
        return found[low:high]

    def non_overlapping(self, word: str) -> list[int]:
        """Offsets of `word` in `lowered` as `find` stepping over each occurrence finds them."""
        found = []
        allowed = 0
        length = len(word)
        for position in self.positions(word):
            if position >= allowed:
                found.append(position)
                allowed = position + length
        return found

    def _index_keywords(self) -> None:
        """One Aho–Corasick pass over `lowered` for every registered keyword (see `positions`)."""
        self._indexed = True
        automaton, words = _keyword_automaton()
        hits: list[list[int]] = [[] for _ in words]
        appends = [found.append for found in hits]
        # Overlapping matches come by end offset: each word's starts are in order.
        for number, start, _ in automaton.find_matches_as_indexes(self.lowered, overlapping=True):
            appends[number](start)
        positions = self._positions
        for word, found in zip(words, hits, strict=True):
            positions.setdefault(word, found)

    def page_starts(self) -> list[int]:
        """Where each page starts in `text`, in order (computed once)."""
        starts = self._page_starts
        if starts is None:
            starts = self._page_starts = [page.start for page in self.pages]
        return starts

    def page_of(self, offset: int) -> int | None:
        """Page number holding `offset`, or None for an empty document."""
        if not self.pages:
            return None
        index = max(0, bisect.bisect_right(self.page_starts(), offset) - 1)
        return self.pages[index].number

    def locate(self, offset: int) -> tuple[int | None, int]:
        """(page, offset within that page's raw text) for an offset into `text`."""
        if not self.pages:
            return None, offset
        page = self.pages[max(0, bisect.bisect_right(self.page_starts(), offset) - 1)]
        index = bisect.bisect_right(self.anchors, offset) - 1
        shift = self.shifts[index] if index >= 0 else 0
        return page.number, max(0, offset - page.start + shift)

    def is_emphasised(self, start: int, end: int) -> bool:
        """True when the non-blank text of [start, end) lies inside one emphasis span."""
        segment = self.text[start:end]
        start += len(segment) - len(segment.lstrip())
        end -= len(segment) - len(segment.rstrip())
        if start >= end or not self.emphasis:
            return False
        index = bisect.bisect_right(self.emphasis, (start, len(self.text) + 1)) - 1
        return index >= 0 and self.emphasis[index][0] <= start and end <= self.emphasis[index][1]


def normalise_pages(raw_pages: list[str], *, format: str) -> Document:
    """Build a `Document` from the raw text of each page.

    Pages are joined with a form feed so that a page break is also a line break for
    the field extractors; the map keeps each character's offset in its own page.
    """
    chunks: list[str] = []
    anchors: list[int] = []
    shifts: list[int] = []
    pages: list[Page] = []
    emphasis: list[tuple[int, int]] = []
    position = 0
    for number, raw in enumerate(raw_pages, start=1):
        if number > 1:
            chunks.append("\n\f\n")
            position += 3
        start = position
        cleaned, page_shifts, spans = _normalise(raw)
        cleaned = cleaned.replace("\r", "\n")
        chunks.append(cleaned)
        anchors.append(start)
        shifts.append(0)
        for at, shift in page_shifts:
            anchors.append(start + at)
            shifts.append(shift)
        emphasis.extend((start + span_start, start + span_end) for span_start, span_end in spans)
        position += len(cleaned)
        pages.append(Page(number=number, start=start, end=position))
    return Document(
        text="".join(chunks), pages=pages, format=format, anchors=anchors, shifts=shifts, emphasis=emphasis
    )


def _removals(raw: str) -> list[tuple[int, int]]:
    """`(start, end)` of every `_REMOVED` match, in order, from C-speed literal searches.

    The regex tries its alternatives at every offset (about 0.1 ms on a convention). Its
    literals open with five different characters, so matches of two literals never overlap
    and each literal's own matches are found by stepping over the previous one, as
    `finditer` does: merged and sorted, they are exactly its matches.
    """
    found: list[tuple[int, int]] = []
    for literal, length in _REMOVED_LITERALS:
        # Each literal's first character is looked for alone (a one-character search runs at
        # memory speed, a two-character one at a fraction of it), the second checked after it.
        first, rest = literal[0], literal[1:]
        position = raw.find(first)
        while position >= 0:
            if raw.startswith(rest, position + 1):
                found.append((position, position + length))
                position = raw.find(first, position + length)
            else:
                position = raw.find(first, position + 1)
    found.sort()
    return found


def _normalise(raw: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Normalise one page: the text, its offset shifts and its emphasis spans.

    Shifts are (normalised offset, characters removed before it): from that offset
    on, raw offset = normalised offset + removed.

    Works by segments (C-speed slicing and `range`) rather than character by
    character: extraction must keep up with hundreds of documents per second.
    Emphasis markers pair up within one line (a stray marker opens nothing beyond it).
    """
    # Same-length replacements first: offsets do not move. One `replace` per character,
    # guarded by `in`, is several times faster than `str.translate` on accented text.
    for char, replacement in _SAME_LENGTH_PAIRS:
        if char in raw:
            raw = raw.replace(char, replacement)
    removals = _removals(raw)
    shifts: list[tuple[int, int]] = []
    if not removals:
        return raw, shifts, []
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    # Per marker ("**" or "__"): (raw offset, normalised offset) of the pending opener.
    openers: dict[str, tuple[int, int]] = {}
    cursor = 0
    position = 0
    for start, end in removals:
        pieces.append(raw[cursor:start])
        position += start - cursor
        cursor = end
        shifts.append((position, end - position))
        marker = raw[start:end]
        if marker in ("**", "__"):
            opener = openers.pop(marker, None)
            if opener is None or "\n" in raw[opener[0] : start]:
                openers[marker] = (start, position)
            elif position > opener[1]:
                spans.append((opener[1], position))
    pieces.append(raw[cursor:])
    spans.sort()
    return "".join(pieces), shifts, spans
