"""The document's one keyword pass answers exactly what the separate searches it replaces answer.

`Document.positions` finds the registered keywords (`text.index_keywords`) with one
Aho–Corasick pass; the steps ask it instead of searching the whole text word by word.
These tests compare its answers — every offset, the offsets within a range, the
non-overlapping ones — and those of the steps' helpers built on it (`TextIndex`, the
layout, the terms' act sentences) with plain `str.find` searches, on every seed, corpus
and genre-corpus text with variants of case, blanks and dotted/dotless i, and on
thousands of random and mutated texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventio.extraction import engine, extract_bytes, sections
from conventio.extraction import text as text_module
from conventio.extraction.fields import party_words, terms
from conventio.extraction.fields.funding_common import TextIndex
from conventio.extraction.fields.party_words import PartyWords
from conventio.extraction.prefilter import group_by_prefix, non_overlapping_occurrences
from conventio.extraction.readers import read_document
from conventio.extraction.text import Document, normalise_pages
from tests.conftest import CORPUS, SEEDS


assert engine.PIPELINE  # every step's module imported: every keyword registered
KEYWORDS = tuple(text_module._KEYWORDS)
# Words no step registers (found by their own search), and tricky ones: prefixes and
# overlaps of keywords, non-Latin-1 characters.
OTHERS = ("a", "e", "an", "fai", "faitfait", "aa", "programmes", "ı", "i̇", "😀", "€€", "cent cent")
GENRE = Path(__file__).parent / "genre_corpus" / "docs"
BLIND = Path(__file__).parent / "blind_corpus"


def _sources() -> list[Path]:
    return sorted(
        [*SEEDS.glob("*.txt"), *(CORPUS / "docs").glob("*.txt"), *GENRE.glob("*.txt"), *BLIND.rglob("*.txt")]
    )


def _variants(text: str, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    yield text
    yield text.upper()
    yield "".join(char.upper() if rng.random() < 0.3 else char for char in text)
    yield re.sub(r" ", lambda _: rng.choice([" ", "  ", "\n", " \t ", "\n\n"]) if rng.random() < 0.2 else " ", text)
    yield text.replace("i", "\u0131", 3)
    yield "\u0130" + text


def _find_stepping(text: str, word: str, step: int, start: int = 0, end: int | None = None) -> list[int]:
    stop = len(text) if end is None else end
    found = []
    position = text.find(word, start, stop)
    while position >= 0:
        found.append(position)
        position = text.find(word, position + step, stop)
    return found


def _check(text: str, rng: random.Random, words_of_parties: PartyWords | None = None) -> None:
    """Every answer of a fresh document's index, in a random order of questions, against `str.find`."""
    doc = normalise_pages([text], format="text")
    lowered = doc.lowered
    words = [*KEYWORDS, *OTHERS]
    rng.shuffle(words)  # the pass is made on the first registered word asked for, whichever it is
    for word in words:
        assert list(doc.positions(word)) == _find_stepping(lowered, word, 1), word
        assert doc.non_overlapping(word) == _find_stepping(lowered, word, len(word)), word
        for _ in range(2):
            start = rng.randrange(0, len(lowered) + 3)
            end = rng.randrange(max(0, start - 3), len(lowered) + 5)
            expected = _find_stepping(lowered, word, 1, start, end)
            assert list(doc.occurrences(word, start, end)) == expected, (word, start, end)
        assert list(doc.occurrences(word, 0)) == _find_stepping(lowered, word, 1)
    # The helpers built on it.
    plain, indexed = TextIndex(doc.text, lowered), TextIndex(doc.text, lowered, doc.positions)
    for word in words:
        assert indexed.find_all(word) == plain.find_all(word), word
    for anchor, group in (("cent", ("pour cent", "pourcent")), ("centre", ("centre de co", "centres de co"))):
        assert indexed.find_all_via(anchor, group) == plain.find_all_via(anchor, group)
    expected_hits = sorted(non_overlapping_occurrences(lowered, group_by_prefix(terms.TERM_KEYWORDS)))
    assert sorted(p for word in terms.TERM_KEYWORDS for p in doc.non_overlapping(word)) == expected_hits
    if words_of_parties is not None:  # the party-word index, over the whole text and a random range
        ranges = [(0, len(text)), (rng.randrange(0, len(text) + 1), rng.randrange(0, len(text) + 1))]
        # Ranges cutting a stem at either end.
        stems = [*party_words._PLAIN_STEMS, "délég", "deleg", "équipe"]
        for position in [p for stem in stems for p in doc.positions(stem)][:6]:
            ranges += [(0, position + 2), (position + 1, len(text)), (position - 1, position + 7)]
            start = max(0, start)
            fast = words_of_parties.index(doc.text, start, end, lowered=lowered, positions=doc.positions)
            accent_free = words_of_parties.index(doc.text, start, end, lowered=lowered, unaccented=doc.unaccented)
            plain = words_of_parties.index(doc.text, start, end, lowered=lowered)
            assert fast.found == accent_free.found == plain.found
    if doc.caseless:
        assert sections.compute_layout(doc.text, lowered, doc.positions) == sections.compute_layout(doc.text, lowered)
        fast = sections._agreed(doc.text, lowered, doc.positions)
        slow = sections._agreed(doc.text, lowered)
        assert (fast and fast.span()) == (slow and slow.span())


def test_keywords_are_registered() -> None:
    # The words of terms, funding, legal bases, the layout and the preamble.
    for word in ("vu", "dans", "application", "fait", "suit", "préavis", "programme", "cent", "consid", "publi"):
        assert word in KEYWORDS
    assert len(terms.TERM_KEYWORDS) == len(set(terms.TERM_KEYWORDS))  # one entry per word, as grouping had
    # The party-word stems: each accent variant is its accent-free form, letter for letter.
    for bare, variants in party_words._ACCENT_VARIANTS:
        for variant in variants:
            assert variant in KEYWORDS
            assert len(variant) == len(bare) and variant.translate(str.maketrans("éè", "ee")) == bare
    assert all(stem in KEYWORDS for stem in party_words._PLAIN_STEMS)


@pytest.mark.parametrize("index", range(4))
def test_index_answers_as_plain_searches_on_every_known_text(index: int) -> None:
    sources = _sources()
    assert len(sources) >= 40
    for number, path in enumerate(sources[index::4]):
        words = PartyWords.of(extract_bytes(path.read_bytes()))
        for variant in _variants(read_document(path.read_bytes()).text, number):
            _check(variant, random.Random(number), words)


# Random texts made of keyword pieces, their overlaps and case variants, blanks and other characters.
_PIECES = st.sampled_from(
    [*KEYWORDS, *(word.upper() for word in KEYWORDS), *(word[:-1] for word in KEYWORDS if len(word) > 1), *OTHERS]
    + [" ", "\n", "\t", ".", "É", "İ", "ı", "ſ", "ß", "\u00a0", "**", "\r\n", "aaa", "vuvu", "centcent"]
)
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=60).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, seed=st.integers(0, 1000))
def test_index_answers_as_plain_searches_on_random_texts(text: str, seed: int) -> None:
    _check(text, random.Random(seed), _seed_words(sorted(SEEDS.glob("*.txt"))[seed % 2]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_index_answers_as_plain_searches_on_mutated_seeds(data: st.DataObject) -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    path = data.draw(st.sampled_from(paths))
    text = read_document(path.read_bytes()).text
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 50))
        text = text[:at] + data.draw(_TEXTS) + text[at + cut :]
    _check(text, random.Random(len(text)), _seed_words(path))


_WORDS: dict[Path, PartyWords] = {}


def _seed_words(path: Path) -> PartyWords:
    if path not in _WORDS:
        _WORDS[path] = PartyWords.of(extract_bytes(path.read_bytes()))
    return _WORDS[path]


def test_document_built_directly_is_indexed_too() -> None:
    doc = Document(text="Fait à Paris. Vu le décret ; fait", pages=[], format="text")
    assert list(doc.positions("fait")) == [0, 29]
    assert list(doc.positions("vu")) == [14]
    assert list(doc.occurrences("fait", 1)) == [29]
    assert list(doc.occurrences("fait", 0, 32)) == [0]
