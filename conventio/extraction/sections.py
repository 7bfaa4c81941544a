"""The layout of a convention: articles, preamble, operative body, signature block, annexes.

French conventions are drafted in one order: title, parties, visas (« Vu … »), an
optional preamble, « Il a été convenu ce qui suit », numbered articles, « Fait à … »
with the signatures, then annexes. Extractors that read clauses (object, obligations,
duration) need to know which article a passage belongs to and where the operative
part stops, so that a visa, a preamble story or an annex bullet is never read as a
clause. The layout is computed once per document and cached in `ctx.notes`.

Also here: the split of a region into blocks (paragraphs and bullet items, with a
paragraph cut by a page break joined back) and of a block into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from conventio.extraction.context import Context
from conventio.extraction.prefilter import finditer_at, line_start, line_starts, occurrences, search_at
from conventio.extraction.text import index_keywords


# « Article 1 : Objet de la délégation », « ARTICLE 2 - … », « Article 1er » (title on the next line).
ARTICLE_HEADING = re.compile(
    r"^[ \t#]*(?:Article|ARTICLE|Art\.)[ \t]+(?P<number>\d{1,3}(?:[ \t]?(?:er|ER))?|premier|PREMIER|[IVXL]{1,6})"
    r"\b\.?[ \t]*(?:[:.\-–—][ \t]*(?P<title>[^\n]*?))?[ \t]*$",
    re.MULTILINE,
)
PREAMBLE_HEADING = re.compile(
    r"^[ \t#]*(?:Préambule|PRÉAMBULE|PREAMBULE|Exposé\s+des\s+motifs)[ \t:.]*$", re.MULTILINE
)
AGREED = re.compile(
    r"^[^\n]*\bil\s+(?:a\s+été|est)\s+(?:convenu|arrêté|décidé)\s+(?:et\s+arrêté\s+)?ce\s+qui\s+suit[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
SIGNED_AT = re.compile(r"^[ \t]*Fait\s+(?:à|a|en)\b", re.IGNORECASE | re.MULTILINE)
ANNEX_HEADING = re.compile(
    r"^[ \t#]*(?:ANNEXE|Annexe)(?:[ \t]+(?:n[°o][ \t]*)?(?P<number>\d{1,2}|[IVX]{1,4}|unique|UNIQUE))?"
    r"[ \t]*(?:[:.\-–—][ \t]*(?P<title>[^\n]*?))?[ \t]*$",
    re.MULTILINE,
)
VISA_START = re.compile(r"[ \t]*Vu\b")

_BULLET_MARK = r"[-–—•*·▪◦➢→]|\d{1,2}[°)]|[a-z]\)"
BULLET = re.compile(rf"^[ \t]*(?:{_BULLET_MARK})[ \t]+(?=\S)")
# One line: indentation, an optional bullet mark, the text without surrounding blanks.
_LINE_PARTS = re.compile(
    rf"^(?P<indent>[ \t]*)(?:(?P<bullet>{_BULLET_MARK})[ \t]+)?(?P<body>\S(?:[^\n]*[^\s])?)?[ \t\r]*$",
    re.MULTILINE,
)
# `_LINE_PARTS` groups by number: no name lookup per line.
_BULLET, _BODY = _LINE_PARTS.groupindex["bullet"], _LINE_PARTS.groupindex["body"]
_CLOSING = frozenset('.;:!?»")]')
# A line cut by a page break may go on with a link or a parenthesis, not only a lower-case word.
_CONTINUATION_OPENERS = frozenset("<(")
_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? followed by a space and a capital (or an opening mark), or at the end.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-ÖØ-Þ«\"“(¹²³])")

NOTES_KEY = "sections.layout"


@dataclass(frozen=True)
class Article:
    """One numbered article: heading start, where its body starts, where it ends."""

    number: str
    title: str
    start: int
    body_start: int
    end: int

    def has_title(self, pattern: re.Pattern[str]) -> bool:
        return bool(pattern.search(self.title))


class Block(NamedTuple):
    """A paragraph or a bullet item (possibly joined across a page break)."""

    start: int
    end: int
    bullet: bool
    table: bool = False
    # Offset where the item's text starts (after the bullet mark).
    text_start: int = 0


@dataclass
class Layout:
    articles: list[Article] = field(default_factory=list)
    preamble: tuple[int, int] | None = None
    body_start: int = 0
    body_end: int = 0
    annexes_start: int | None = None

    def article_at(self, offset: int) -> Article | None:
        for article in self.articles:
            if article.start <= offset < article.end:
                return article
        return None


def layout(ctx: Context) -> Layout:
    """The document's layout, computed once and shared through `ctx.notes`."""
    cached = ctx.notes.get(NOTES_KEY)
    if isinstance(cached, Layout):
        return cached
    caseless = ctx.doc.caseless
    result = compute_layout(ctx.text, ctx.doc.lowered if caseless else None, ctx.doc.positions if caseless else None)
    ctx.notes[NOTES_KEY] = result
    return result


def compute_layout(
    text: str, lowered: str | None = None, positions: Callable[[str], Sequence[int]] | None = None
) -> Layout:
    """The layout of `text`; `lowered` is `Document.lowered` when `Document.caseless` holds.

    `positions` is then `Document.positions` (the document's one keyword pass), else every
    cue word is found by its own search of `lowered`.
    """
    # « Article » and « Annexe » headings open with a capital A: one fast one-character search for both.
    capitals = list(occurrences(text, "A"))
    headings = list(_article_headings(text, capitals))
    first_article = headings[0].start() if headings else None
    last_article = headings[-1].start() if headings else 0

    # The signature block closes the operative part; annexes come after the last article.
    if lowered is None:
        signed = SIGNED_AT.search(text, last_article)
    elif positions is None:
        signed = search_at(SIGNED_AT, text, line_starts(text, lowered, "fait", last_article))
    else:  # `line_starts` from the document's positions of « fait »
        found = (line_start(text, position) for position in positions("fait") if position >= last_article)
        signed = search_at(SIGNED_AT, text, [line for line in found if line is not None and line >= last_article])
    annex = next((m for m in _annex_headings(text, capitals, last_article) if _is_annex_heading(text, m)), None)
    ends = [m.start() for m in (signed, annex) if m is not None]
    body_end = min(ends) if ends else len(text)
    annexes_start = annex.start() if annex else None

    agreed = _agreed(text, lowered, positions)
    preamble_match = PREAMBLE_HEADING.search(text)
    preamble: tuple[int, int] | None = None
    if preamble_match is not None and (first_article is None or preamble_match.start() < first_article):
        stops = [first_article if first_article is not None else body_end]
        if agreed is not None and agreed.start() > preamble_match.end():
            stops.append(agreed.start())
        preamble = (preamble_match.end(), min(stops))

    if first_article is not None:
        body_start = first_article
    elif agreed is not None:
        body_start = agreed.end()
    else:
        body_start = preamble[1] if preamble else 0

    articles: list[Article] = []
    for index, match in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else body_end
        if match.start() >= body_end:
            break
        end = min(end, body_end)
        title = (match.group("title") or "").strip()
        body_start_article = match.end()
        if not title:
            title, body_start_article = _title_below(text, match.end(), end)
        articles.append(
            Article(
                number=_article_number(match.group("number")),
                title=title,
                start=match.start(),
                body_start=body_start_article,
                end=end,
            )
        )
    return Layout(
        articles=articles,
        preamble=preamble,
        body_start=body_start,
        body_end=max(body_end, body_start),
        annexes_start=annexes_start,
    )


def _article_headings(text: str, capitals: list[int] | None = None) -> Iterator[re.Match[str]]:
    """`ARTICLE_HEADING.finditer(text)`, tried only at the lines that open with « Art » or « ARTICLE ».

    Both open with a capital A, found by a one-character search (`capitals`, the offsets of
    « A »: far faster than a search for « Art », capitals being rare).
    """
    if capitals is None:
        capitals = list(occurrences(text, "A"))
    positions = (position for position in capitals if text.startswith(("Art", "ARTICLE"), position))
    starts = (line_start(text, position, " \t#") for position in positions)
    return finditer_at(ARTICLE_HEADING, text, (start for start in starts if start is not None))


def _annex_headings(text: str, capitals: list[int], start: int) -> Iterator[re.Match[str]]:
    """`ANNEX_HEADING.finditer(text, start)`, tried only at the lines that open with « ANNEXE » or « Annexe »."""
    positions = (
        position for position in capitals if position >= start and text.startswith(("ANNEXE", "Annexe"), position)
    )
    starts = (line_start(text, position, " \t#") for position in positions)
    return finditer_at(ANNEX_HEADING, text, (line for line in starts if line is not None and line >= start))


def _agreed(
    text: str, lowered: str | None, positions: Callable[[str], Sequence[int]] | None = None
) -> re.Match[str] | None:
    """`AGREED.search(text)`, tried only at the start of the lines holding « il a été / il est » + verb.

    Each « suit » is walked back over « ce qui », an optional « et arrêté », the verb
    (« convenu », « arrêté », « décidé ») and « a été » or « est » to its « il »: the match,
    if any, starts at the start of that line. One search for « suit », not one per verb.
    """
    if lowered is None:
        return AGREED.search(text)
    candidates: list[int] = []
    for position in occurrences(lowered, "suit") if positions is None else positions("suit"):
        for verb_end in _verb_ends_before(lowered, position):
            for verb in _AGREED_VERBS:
                if lowered.endswith(verb, 0, verb_end):
                    subject = _subject_before(lowered, verb_end - len(verb))
                    if subject is not None:
                        candidates.append(lowered.rfind("\n", 0, subject) + 1)
    return search_at(AGREED, text, candidates)


_AGREED_VERBS = ("convenu", "arrêté", "décidé")
# Cue words of the layout (and of the header and signature steps), found by the document's one keyword pass.
index_keywords("fait", "suit")


def _verb_ends_before(lowered: str, position: int) -> list[int]:
    """Where the verb may end before « ce qui suit » (« suit » at `position`): before « ce qui »,
    and before « et arrêté » when the text has it."""
    cursor = _skip_blanks_back(lowered, position)
    if not lowered.endswith("qui", 0, cursor):
        return []
    cursor = _skip_blanks_back(lowered, cursor - 3)
    if not lowered.endswith("ce", 0, cursor):
        return []
    cursor = _skip_blanks_back(lowered, cursor - 2)
    ends = [cursor]
    if lowered.endswith("arrêté", 0, cursor):
        before = _skip_blanks_back(lowered, cursor - 6)
        if lowered.endswith("et", 0, before):
            ends.append(_skip_blanks_back(lowered, before - 2))
    return ends


def _subject_before(lowered: str, position: int) -> int | None:
    """Where « il » starts in « il a été <verb> » / « il est <verb> » (the verb at `position`), else None."""
    cursor = _skip_blanks_back(lowered, position)
    if lowered.endswith("été", 0, cursor):
        cursor = _skip_blanks_back(lowered, cursor - 3)
        if not lowered.endswith("a", 0, cursor):
            return None
        cursor -= 1
    elif lowered.endswith("est", 0, cursor):
        cursor -= 3
    else:
        return None
    cursor = _skip_blanks_back(lowered, cursor)
    return cursor - 2 if lowered.endswith("il", 0, cursor) else None


def _skip_blanks_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _is_annex_heading(text: str, match: re.Match[str]) -> bool:
    """« Annexe 1 : Objectifs… » alone on its line, not « Annexe 1 » cited in a sentence."""
    title = match.group("title") or ""
    return not title.rstrip().endswith((",", ";", "."))


def _article_number(raw: str) -> str:
    cleaned = raw.replace(" ", "").replace("\t", "").lower()
    if cleaned in ("premier", "1er"):
        return "1"
    return cleaned.removesuffix("er")


def _title_below(text: str, position: int, end: int) -> tuple[str, int]:
    """The title printed on the line after a bare « Article 1er », when it looks like one."""
    for line in _LINE.finditer(text, position, end):
        content = line.group().strip()
        if not content:
            continue
        if len(content) <= 120 and not content.endswith((".", ";", ",")) and not BULLET.match(line.group()):
            if content[0].isupper():
                return content, line.end()
        return "", position
    return "", position


# A `Block` from all its fields, without the named tuple's Python-level `__new__` (half the time; one per line).
_block = tuple.__new__


def blocks(text: str, start: int, end: int) -> list[Block]:
    """Paragraphs and bullet items of text[start:end], in order.

    A line that does not close its sentence followed by a line starting in lower case
    is the same paragraph (a page break or a wrapped line cut it); table rows (lines
    holding tabs) are their own blocks. One regex match per line keeps this fast.
    """
    result: list[Block] = []
    pending: Block | None = None
    for line in _LINE_PARTS.finditer(text, start, end):
        body_start, body_end = line.span(_BODY)
        if body_start < 0:
            continue
        bullet_start = line.start(_BULLET)
        bullet = bullet_start >= 0
        is_table = text.find("\t", body_start, body_end) >= 0
        if (
            pending is not None
            and not (bullet or is_table or pending.table)
            and (text[body_start].islower() or text[body_start] in _CONTINUATION_OPENERS)
            and text[pending.end - 1] not in _CLOSING
        ):
            pending = _block(Block, (pending.start, body_end, pending.bullet, False, pending.text_start))
            continue
        if pending is not None:
            result.append(pending)
        pending = _block(Block, (bullet_start if bullet else body_start, body_end, bullet, is_table, body_start))
    if pending is not None:
        result.append(pending)
    return result


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end] (a block)."""
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if stop - cursor > 1:
            yield _trim(text, cursor, stop)
        cursor = stop
    if end > cursor:
        trimmed = _trim(text, cursor, end)
        if trimmed[1] > trimmed[0]:
            yield trimmed


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_visa(text: str, start: int) -> bool:
    """True when the block starting at `start` is a visa (« Vu le décret … »)."""
    return bool(VISA_START.match(text, start))
