"""The engine's fast paths give exactly what the slower ways they replace give.

Several extractors try a costly regex only where a literal cue word says it can match
(`conventio.extraction.prefilter`); obligations are categorised all at once; provenance
and obligations are built without validation. These tests compare both ways on every
seed, corpus and genre-corpus text, and on variants built from them at run time: other
letter case, widened blank runs, and characters that lower-case differently (which must
take the slow path).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conventio.extraction import extract_bytes, folding, quantities, sections
from conventio.extraction import text as text_module
from conventio.extraction.context import Context
from conventio.extraction.fields import annexes, header, legal_bases, obligations, parties, scope, signatures, terms
from conventio.extraction.fields.funding_common import TextIndex
from conventio.extraction.fields.obligations import MARKER, _category, categorise, find_marker
from conventio.extraction.fields.party_words import PartyWords
from conventio.extraction.folding import fold_fast
from conventio.extraction.prefilter import (
    finditer_at,
    group_by_prefix,
    line_matches,
    non_overlapping_occurrences,
    occurrences,
)
from conventio.extraction.readers import read_document
from conventio.extraction.record import Annex, Obligation, Provenance, Record, SourceInfo, Span, Table
from conventio.extraction.sections import blocks, sentences
from conventio.extraction.tables import Label
from conventio.extraction.text import Document, normalise_pages
from tests.conftest import CORPUS, SEEDS


GENRE = Path(__file__).parent / "genre_corpus" / "docs"


def _sources() -> list[Path]:
    return sorted([*SEEDS.glob("*.txt"), *(CORPUS / "docs").glob("*.txt"), *GENRE.glob("*.txt")])


def _variants(text: str, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    yield text
    yield text.upper()
    yield "".join(char.upper() if rng.random() < 0.3 else char for char in text)
    # Wider blank runs, line breaks inside phrases.
    yield re.sub(r" ", lambda _: rng.choice([" ", "  ", "\n", " \t ", "\n\n"]) if rng.random() < 0.2 else " ", text)
    # A dotless i: lower-casing no longer tells what `re.IGNORECASE` matches (slow path).
    yield text.replace("i", "\u0131", 3)
    yield "\u0130" + text


def _context(text: str) -> Context:
    doc = normalise_pages([text], format="text")
    source = SourceInfo(sha256="", format="text", pages=1, characters=len(doc.text))
    return Context(doc=doc, record=Record(source=source, complete_text=False))


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _first(match: re.Match[str] | None) -> list[tuple[int, int]]:
    return [match.span()] if match is not None else []


def _lowered(ctx: Context) -> str | None:
    return ctx.doc.lowered if ctx.doc.caseless else None


# name: (the pre-filtered way, given the context; the full scan, given the text).
SCANS: dict[str, tuple[Callable[[Context], object], Callable[[str], object]]] = {
    "visas": (
        lambda ctx: _spans(legal_bases._visas(ctx)),
        lambda text: _spans(legal_bases.VISA.finditer(text)),
    ),
    "applications": (
        lambda ctx: _spans(legal_bases._applications(ctx)),
        lambda text: _spans(legal_bases.APPLICATION.finditer(text)),
    ),
    "article headings": (
        lambda ctx: _spans(sections._article_headings(ctx.text)),
        lambda text: _spans(sections.ARTICLE_HEADING.finditer(text)),
    ),
    "annex headings": (
        lambda ctx: [
            _spans(sections._annex_headings(ctx.text, list(occurrences(ctx.text, "A")), start))
            for start in (0, len(ctx.text) // 2)
        ],
        lambda text: [_spans(sections.ANNEX_HEADING.finditer(text, start)) for start in (0, len(text) // 2)],
    ),
    "agreed": (
        lambda ctx: _first(sections._agreed(ctx.text, _lowered(ctx))),
        lambda text: _first(sections.AGREED.search(text)),
    ),
    "layout": (
        lambda ctx: sections.compute_layout(ctx.text, _lowered(ctx)),
        lambda text: sections.compute_layout(text),
    ),
    "signed mark": (
        lambda ctx: _spans(line_matches(ctx.doc, header.SIGNED_MARK, "fait")),
        lambda text: _spans(header.SIGNED_MARK.finditer(text)),
    ),
    "fait à": (
        lambda ctx: _spans(line_matches(ctx.doc, header.FAIT_A, "fait")),
        lambda text: _spans(header.FAIT_A.finditer(text)),
    ),
    "fait line": (
        lambda ctx: _spans(line_matches(ctx.doc, signatures.FAIT_LINE, "fait")),
        lambda text: _spans(signatures.FAIT_LINE.finditer(text)),
    ),
    "reference": (
        lambda ctx: [_first(header.find_reference(ctx.doc, end)) for end in (4000, len(ctx.text))],
        lambda text: [_first(header.NOR.search(text, 0, end)) for end in (4000, len(text))],
    ),
}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [read_document(path.read_bytes()).text for path in _sources()]
    assert len(found) >= 20
    return found


@pytest.mark.parametrize("scan", sorted(SCANS))
def test_prefiltered_scan_finds_what_the_full_scan_finds(scan: str, texts: list[str]) -> None:
    prefiltered, reference = SCANS[scan]
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            ctx = _context(variant)
            assert prefiltered(ctx) == reference(ctx.text), f"{scan}, text {index}"


def test_commitment_marker_prefilter_finds_what_the_regex_finds(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            doc: Document = _context(variant).doc
            lowered = doc.lowered if doc.caseless else None
            for block in blocks(doc.text, 0, len(doc.text)):
                for start, end in sentences(doc.text, block.start, block.end):
                    expected = MARKER.search(doc.text, start, end)
                    found = find_marker(doc.text, lowered, start, end)
                    assert (found and found.span()) == (expected and expected.span())


def test_caseless_only_when_lowering_is_exact() -> None:
    assert _context("Vu le décret").doc.caseless
    assert not _context("Vu le d\u0131cret").doc.caseless
    assert not _context("\u0130stanbul").doc.caseless
    assert not _context("le\u017f").doc.caseless


def test_obligations_get_the_category_of_their_most_specific_word() -> None:
    for path in _sources():
        obligations = extract_bytes(path.read_bytes()).obligations
        if not obligations:
            continue
        # Every text twice, some reversed, one holding the separator used to fold them at once.
        variants = [o.model_copy(update={"text": o.text[::-1]}) for o in obligations[:5]]
        variants.append(obligations[0].model_copy(update={"text": "tableau\x00de bord public"}))
        every = [o.model_copy() for o in [*obligations, *obligations, *variants]]
        categorise(every)
        assert [o.category for o in every] == [_category(o.text) for o in every], path.name


def test_records_built_without_validation_validate_to_themselves() -> None:
    for path in _sources():
        record = extract_bytes(path.read_bytes())
        for obligation in record.obligations:
            assert Obligation.model_validate(obligation.model_dump()) == obligation
            assert obligation.model_fields_set == set(Obligation.model_fields)
        for table in record.funding.tables:
            assert Table.model_validate(table.model_dump()) == table
        for annex in record.annexes:
            assert Annex.model_validate(annex.model_dump()) == annex
        assert Record.model_validate_json(record.model_dump_json()) == record


def test_provenance_built_without_validation_equals_the_validated_one(texts: list[str]) -> None:
    ctx = _context(texts[0])
    for start, end in ((0, 10), (5, 5), (100, 900), (len(ctx.text) - 3, len(ctx.text))):
        fast = ctx.provenance(start, end, "pattern:x")
        assert fast.span is not None
        page, offset = ctx.doc.locate(start)
        span = Span(start=start, end=end, page=page, page_offset=offset, excerpt=fast.span.excerpt)
        slow = Provenance(span=span, method="pattern:x")
        assert fast == slow
        assert fast.model_dump_json() == slow.model_dump_json()
        assert (fast.model_fields_set, fast.span.model_fields_set) == (slow.model_fields_set, span.model_fields_set)


def test_party_word_index_finds_accent_variants_as_before() -> None:
    for index, path in enumerate(_sources()):
        words = PartyWords.of(extract_bytes(path.read_bytes()))
        for variant in _variants(read_document(path.read_bytes()).text, index):
            doc = _context(variant).doc
            fast = words.index(doc.text, 0, len(doc.text), lowered=doc.lowered, unaccented=doc.unaccented)
            slow = words.index(doc.text, 0, len(doc.text), lowered=doc.lowered)
            assert fast.found == slow.found, path.name


def test_positions_and_grouped_keywords_match_plain_searches(texts: list[str]) -> None:
    words = ("prend effet", "prendra effet", "prend fin", "prendra fin", "reconduit", "reconduction", "aa", "durée")
    for text in texts:
        lowered = text.lower() + " aaaa prendra finprend fin"
        expected = sorted(p for word in words for p in _find_stepping(lowered, word, len(word)))
        assert sorted(non_overlapping_occurrences(lowered, group_by_prefix(words))) == expected
        doc = _context(text).doc
        assert list(doc.positions("fait")) == _find_stepping(doc.lowered, "fait", 1)


def _find_stepping(text: str, word: str, step: int) -> list[int]:
    found = []
    position = text.find(word)
    while position >= 0:
        found.append(position)
        position = text.find(word, position + step)
    return found


def test_annex_targets_tried_at_digit_runs_only(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            for start in range(0, len(variant), 700):
                end = min(len(variant), start + 900)
                runs = (run.start() for run in annexes._DIGIT_RUN.finditer(variant, start, end))
                fast = _spans(finditer_at(annexes.TARGET, variant, runs, end))
                assert fast == _spans(annexes.TARGET.finditer(variant, start, end))


def test_fold_by_bytes_equals_the_decomposed_fold(texts: list[str]) -> None:
    rng = random.Random(7)
    pool = [*"abcdeéèêàçôœ’«»ΣÉÀİı ", *map(chr, range(0x80, 0x250)), *map(chr, range(0x300, 0x370))]
    samples = [*texts, *("".join(rng.choice(pool) for _ in range(rng.randint(0, 12))) for _ in range(20000))]
    for sample in samples:
        assert fold_fast(sample) == folding._fold_decomposed(sample), repr(sample)


def test_named_services_tried_at_service_words_only(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            regions = [(0, len(variant)), (len(variant) // 3, len(variant) // 2)]
            fast = scope._named_services(_context(variant), regions)
            slow_ctx = _context(variant)
            slow_ctx.doc._caseless = False  # the memoised property, forced to the full scan
            assert fast == scope._named_services(slow_ctx, regions)


def test_quantity_cues_skip_only_scans_that_find_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    spans = []
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            spans.extend(
                (variant, start, end)
                for block in blocks(variant, 0, len(variant))
                for start, end in sentences(variant, block.start, block.end)
            )
    fast = [quantities.find_quantities(text, start, end) for text, start, end in spans]
    monkeypatch.setattr(quantities, "_CASE_EXCEPTIONS", ("", "", ""))  # "" is in every segment: no cue test
    assert fast == [quantities.find_quantities(text, start, end) for text, start, end in spans]
    assert sum(map(len, fast)) > 50


def test_object_clause_cues_change_nothing(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            doc = _context(variant).doc
            lowered = doc.lowered if doc.caseless else None
            for block in blocks(doc.text, 0, len(doc.text)):
                expected = obligations._is_object_clause(doc.text, block)
                assert obligations._is_object_clause(doc.text, block, lowered) == expected


def test_clause_cut_scan_from_the_last_comma_finds_the_same_clause(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            for block in blocks(variant, 0, len(variant)):
                for start, end in sentences(variant, block.start, block.end):
                    for marker in (end, (start + end) // 2):
                        expected = start
                        for cut in obligations._CLAUSE_CUT.finditer(variant, start, marker):
                            expected = cut.end()
                        last_mark = max(variant.rfind(",", start, marker), variant.rfind(";", start, marker), start)
                        found = start
                        for cut in obligations._CLAUSE_CUT.finditer(variant, last_mark, marker):
                            found = cut.end()
                        assert found == expected


def test_introduced_services_tried_at_capitals_only(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in _variants(text, index):
            for start in range(0, len(variant), 150):
                end = min(len(variant), start + 220)
                capitals = (capital.start() for capital in scope._CAPITAL.finditer(variant, start, end))
                fast = _spans(finditer_at(scope.INTRODUCED_SERVICE, variant, capitals, end))
                assert fast == _spans(scope.INTRODUCED_SERVICE.finditer(variant, start, end))


def test_party_words_read_as_one_alternation(texts: list[str]) -> None:
    for index, path in enumerate(_sources()):
        words = PartyWords.of(extract_bytes(path.read_bytes()))
        # The same words as one regex, as they were compiled before: shared, defined, generic.
        combined = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in words._patterns))
        text = read_document(path.read_bytes()).text
        for variant in _variants(text, index):
            expected = [match.span() for match in combined.finditer(variant)]
            assert [match.span() for match in words.finditer(variant, 0, len(variant))] == expected
            lowered = variant.lower() if len(variant.lower()) == len(variant) else None
            for start in range(0, len(variant), 7):
                reference = combined.match(variant, start)
                for found in (words.match(variant, start), words.match(variant, start, lowered)):
                    assert (found and found.span()) == (reference and reference.span())


def test_agreed_formula_found_from_its_last_word() -> None:
    formulas = [
        "Il a été convenu ce qui suit :",
        "IL EST CONVENU CE QUI SUIT",
        "il a  été\narrêté et arrêté   ce qui suit",
        "Il a été décidé et arrêté ce qui suit.",
        "Il est arrêté ce\nqui suit",
        "Vu le décret ; il a été convenu, ce qui suit",
        "(il a été convenu ce qui suit)",
    ]
    for formula in formulas:
        for text in (formula, f"Préambule\n\n{formula}\n\nArticle 1", f"x {formula} y\nsuite"):
            ctx = _context(text)
            expected = sections.AGREED.search(ctx.text)
            found = sections._agreed(ctx.text, _lowered(ctx))
            assert (found and found.span()) == (expected and expected.span()), text


def test_programme_abbreviations_found_from_the_capital(texts: list[str]) -> None:
    for index, text in enumerate(texts):
        for variant in [*_variants(text, index), text.replace("programme ", "P. ").replace("p", "P.", 5)]:
            doc = _context(variant).doc
            index_ = TextIndex(doc.text, doc.lowered)
            expected = [position for position in index_.find_all("p.") if doc.text[position] == "P"]
            found = [position for position in occurrences(doc.text, "P") if doc.text.startswith("P.", position)]
            assert found == expected


_TOGETHER_SAMPLES = (
    "La DINUM, la DJEPVA et la DGCL, ci-après dénommées ensemble « les partenaires », conviennent",
    "A et B ci-après  dénommées\n ci-après   ensemble «les parties»",
    "X, désignés ensemble “ les signataires ”, et Y",
    "X dénomméesensemble « Parties » ; Z, CI-APRÈS ENSEMBLE « LES PARTIES »",
    "le ministère ; désignée ci-après « le délégant » ; et l'agence, ci-dessous dénommée « le délégataire »",
)


def test_role_clauses_and_shared_roles_started_near_their_cue(texts: list[str]) -> None:
    for index, text in enumerate([*texts, *_TOGETHER_SAMPLES]):
        for variant in _variants(text, index):
            for start in range(0, len(variant), 53):
                end = min(len(variant), start + 700)
                for fast, slow in ((parties._role_clause, parties.ROLE_CLAUSE), (parties._together, parties.TOGETHER)):
                    found, expected = fast(variant, start, end), slow.search(variant, start, end)
                    assert (found and found.span()) == (expected and expected.span()), (variant[start:end], slow)


def test_percent_words_found_from_their_common_part(texts: list[str]) -> None:
    for index, text in enumerate(
        [*texts, "50 pour cent, 50 POURCENT et pour  cent ; pourcentage ; centres de coût, centre de coût"]
    ):
        for variant in _variants(text, index):
            doc = _context(variant).doc
            for lowered in (doc.lowered, None):
                text_index = TextIndex(doc.text, lowered)
                expected = text_index.find_all("pour cent") + text_index.find_all("pourcent")
                assert text_index.find_all_via("cent", ("pour cent", "pourcent")) == expected
                expected = text_index.find_all("centre de co") + text_index.find_all("centres de co")
                assert text_index.find_all_via("centre", ("centre de co", "centres de co")) == expected


def _pieces_text(rng: random.Random, pieces: list[str], longest: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest)))


def test_removed_runs_found_by_literal_searches(texts: list[str]) -> None:
    rng = random.Random(11)
    samples = [
        *texts,
        *(_pieces_text(rng, ["*", "_", "\u200b", "\ufeff", "\r", "\n", "a", " "], 30) for _ in range(3000)),
    ]
    for sample in samples:
        assert text_module._removals(sample) == [match.span() for match in text_module._REMOVED.finditer(sample)]


def test_article_dropped_from_a_clause_as_the_regex_drops_it() -> None:
    rng = random.Random(13)
    pieces = [
        "le",
        "LE",
        "La",
        "les",
        "lES",
        "l'",
        "l’",
        "L’",
        "ce",
        "Cette",
        "cet",
        "te",
        "s",
        "ſ",
        "e",
        " ",
        "\n",
        "İ",
    ]
    for _ in range(20000):
        clause = _pieces_text(rng, pieces, 8).strip()
        assert obligations._without_article(clause) == obligations._ARTICLE_WORD.sub("", clause)


def test_notice_tried_at_its_word_finds_what_the_window_search_finds(texts: list[str]) -> None:
    rng = random.Random(14)
    pieces = ["préavis", "PRÉAVIS", "Préavis", " ", "\n", "de ", "De ", "d'", "d’une durée ", "minimum ", "trois"]
    pieces += ["3", "(3)", " mois", " jours", "deux", "-", "et", "un ", "de", "épréavis", "ı", "ſ"]
    samples = [*texts, *(_pieces_text(rng, pieces, 25) for _ in range(3000))]
    for sample in samples:
        ctx = _context(sample)
        for _ in range(10):
            start = rng.randint(0, len(ctx.text))
            end = rng.randint(start, len(ctx.text))
            expected = terms.NOTICE.search(ctx.text, start, end)
            found = terms._notice_near(ctx, start, end)
            assert (found and found.span()) == (expected and expected.span())


def test_introduced_services_skip_only_windows_without_a_head(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(15)
    pieces = ["Trajectoire", "Place", "X", " ", "\n", ", ", ",", " est ", "est", " une ", "le ", "la ", "l'", "l’"]
    pieces += ["un ", "service numérique", "service", "Service en ligne", "start-up d'État", "téléservice"]
    pieces += [
        "site web",
        "site",
        "webs",
        "plateforme qui",
        "application mobile",
        "outil internet",
        "de ",
        "par ",
        ". ",
    ]
    samples = [*texts, *(_pieces_text(rng, pieces, 40) for _ in range(2000))]
    contexts = [_context(sample) for sample in samples]
    found = [scope._introduced_services(ctx, 0, len(ctx.text), set()) for ctx in contexts]
    monkeypatch.setattr(scope, "_may_be_head", lambda text, position: True)  # every window scanned
    assert found == [scope._introduced_services(ctx, 0, len(ctx.text), set()) for ctx in contexts]
    assert sum(map(len, found)) > 50


def test_categories_from_shared_anchors_are_those_of_the_words() -> None:
    rng = random.Random(16)
    pieces = [word.strip() for _, words in obligations.CATEGORY_WORDS for word in words]
    pieces += [" ", " ", "x", "Ae", "cp", ",", "é", "connect", "avis", "stat", "\x00"]
    texts = [_pieces_text(rng, pieces, 6) for _ in range(3000)]
    made = [Obligation.model_construct(text=text) for text in texts]
    categorise(made)
    assert [obligation.category for obligation in made] == [_category(text) for text in texts]


def test_merged_table_labels_equal_labels_built_by_their_constructor() -> None:
    rng = random.Random(17)
    values = {
        "kinds": [frozenset(), frozenset({"AE"}), frozenset({"AE", "CP"})],
        "year": [None, 2023, 2024],
        "first_year": [None, 2020],
        "last_year": [None, 2024],
        "programme": [None, "", "123", "349"],
        "total": [False, True],
        "programme_header": [False, True],
        "amount_header": [False, True],
    }
    for _ in range(2000):
        one, other = (Label(**{name: rng.choice(choices) for name, choices in values.items()}) for _ in range(2))
        merged = one.merged(other)
        expected = Label(
            **{
                name: (getattr(one, name) if getattr(one, name) is not None else getattr(other, name))
                if name in ("year", "first_year", "last_year")
                else (getattr(one, name) or getattr(other, name))
                for name in values
            }
        )
        assert (merged, hash(merged), repr(merged)) == (expected, hash(expected), repr(expected))
