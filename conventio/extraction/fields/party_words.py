"""Which party a clause binds: the words a convention uses for its parties.

A convention names a party by its role (« le délégant », « le partenaire-délégataire »,
« les co-délégataires »), by the words it defined for it (« ci-après dénommée « la
DJEPVA » ou « le partenaire » »), by its acronym (« la DINUM »), or by the team of the
service (« l'équipe Réfugiés.info », « l'intrapreneur »). The same word may mean
different roles in two conventions: « le partenaire » is the délégataire in one and
the délégant in the next, so role words come from the parties step when it defined
them, and the generic role words only say what they literally say.

« Les parties », « les partenaires », « chacune des parties » bind every party.
« Le délégué » is ambiguous (conventions use it for either side): it binds nobody
rather than a guessed side.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from conventio.extraction.folding import fold_fast
from conventio.extraction.prefilter import occurrences
from conventio.extraction.record import Record, Role
from conventio.extraction.text import index_keywords


_ALL_PARTIES = (
    r"les\s+(?:deux\s+)?parties|chacune\s+des\s+parties|l['’]ensemble\s+des\s+parties|les\s+partenaires"
    r"|les\s+(?:deux\s+)?signataires|les\s+cosignataires"
)
# Case-sensitive: « l'équipe Réfugiés.info » names a service team, « l'équipe en charge » does not.
_TEAM = (
    r"(?:[Ll]['’]\s*)?[ÉéE]quipe\s+(?!beta|FAST\b|de\s+la\s+DINUM|DINUM)(?:du\s+(?:service|produit)|lauréate"
    r"|projet|de\s+la\s+[Ss]tartup|[A-ZÀ-Þ][^\s,;:]*)|[Ii]ntrapreneur(?:\(e\)|e)?s?"
)
# Role words; a compound's first part (« partenaire-délégataire ») is read back in `bindings`,
# since a word-then-hyphen prefix in the regex would be tried at every word of the text.
_GENERIC = r"co-?d[ée]l[ée]gataires?|d[ée]l[ée]gataires?|d[ée]l[ée]gante?s?|d[ée]l[ée]gu[ée]e?s?"
_COMPOUND_PREFIX = re.compile(r"([A-Za-zÀ-ÿ]+)-$")
# Lower-case stems of every generic party word (see `PartyWords.index`) and the window tried around each.
_STEMS = (
    "délég",
    "déleg",
    "delég",
    "deleg",
    "partie",
    "partenaire",
    "signataire",
    "équipe",
    "equipe",
    "intrapreneur",
    "celui-ci",
    "celle-ci",
)
_PRONOUN = r"celui-ci|celle-ci"
# The stems that differ by accents only, under their accent-free form; the other stems.
_ACCENT_VARIANTS = (("deleg", ("délég", "déleg", "delég", "deleg")), ("equipe", ("équipe", "equipe")))
_PLAIN_STEMS = tuple(stem for stem in _STEMS if not any(stem in variants for _, variants in _ACCENT_VARIANTS))
# The generic stems and their accent variants, found by the document's one keyword pass.
index_keywords(*_PLAIN_STEMS, *(variant for _, variants in _ACCENT_VARIANTS for variant in variants))
_ALL_PARTIES_RE = re.compile(_ALL_PARTIES)

_GENERIC_ROLES = (
    (re.compile(r"co-?delegataire"), Role.CO_DELEGATAIRE),
    (re.compile(r"delegataire"), Role.DELEGATAIRE),
    (re.compile(r"delegante?s?$"), Role.DELEGANT),
)
_AMBIGUOUS = re.compile(r"delegue")
_ARTICLE = re.compile(r"^(?:les|le|la|l')\s*")


@dataclass(frozen=True)
class Binding:
    """Who a passage binds: one role, every party, or nobody known (ambiguous)."""

    role: Role | None = None
    all_parties: bool = False
    ambiguous: bool = False

    @property
    def known(self) -> bool:
        return self.role is not None or self.all_parties


NOBODY = Binding()


# The party words every convention shares (team, every party, pronouns; generic role words),
# compiled once: only the words a convention defines are compiled per document (`PartyWords.of`).
# Compiling them all together cost more than half a millisecond per new set of parties.
_HEAD = re.compile(rf"(?<![\w-])(?:{_TEAM}|(?i:{_ALL_PARTIES}|{_PRONOUN}))(?![\w-])")
_GENERIC_WORD = re.compile(rf"(?<![\w])(?i:{_GENERIC})(?![\w])")
# The lower-cased first letters `_HEAD` and `_GENERIC_WORD` matches can open with.
_HEAD_FIRST = frozenset("léeic")
_GENERIC_FIRST = frozenset("cd")


@dataclass
class PartyWords:
    """The party words of one convention: shared patterns, then the words it defines.

    `match` and `bindings` read them as one alternation would, in this order: team words,
    « les parties » and pronouns, the convention's defined words and acronyms, generic role
    words (`pattern` holds the defined ones).
    """

    pattern: re.Pattern[str] | None
    # Folded word (acronym, defined role word component) → role; None when two roles share it.
    words: dict[str, Role | None] = field(default_factory=dict)
    # Role of the party whose team carries the service (the « partenaire »), if the text says it.
    team_role: Role | None = None
    # Lower-case stems of the defined words and acronyms, for `index`.
    stems: tuple[str, ...] = ()
    _cache: dict[str, Binding] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, record: Record) -> PartyWords:
        words: dict[str, Role | None] = {}
        acronyms: dict[str, Role | None] = {}

        def add(table: dict[str, Role | None], key: str, role: Role) -> None:
            if not key:
                return
            if key in table and table[key] != role:
                table[key] = None
            else:
                table[key] = role

        printed: set[str] = set()
        for party in record.parties:
            role = Role(party.role.value)
            if party.acronym is not None and len(party.acronym.value) >= 2:
                add(acronyms, party.acronym.value, role)
            for word in party.role_words:
                bare = _ARTICLE.sub("", word.lower().replace("’", "'").strip(' «»"“”'))
                for component in re.split(r"[-\s]+", bare):
                    key = fold_fast(component)
                    if len(key) >= 4 and not _generic_role(key) and not _AMBIGUOUS.search(key):
                        add(words, key, role)
                        printed.update({component, key})
        defined = "|".join(re.escape(word) for word in sorted(printed, key=len, reverse=True))
        exact = "|".join(re.escape(acronym) for acronym in sorted(acronyms, key=len, reverse=True))
        body = "|".join(part for part in ((f"(?i:{defined})" if defined else ""), exact) if part)
        pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if body else None
        team_role = words.get("partenaire")
        stems = tuple({word.lower() for word in (*printed, *acronyms)})
        return cls(
            pattern=pattern,
            words={**words, **{fold_fast(k): v for k, v in acronyms.items()}},
            team_role=team_role,
            stems=stems,
        )

    def binding(self, word: str) -> Binding:
        """What one matched party word binds (memoised: a convention repeats its words)."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._binding(word)
        return cached

    def _binding(self, word: str) -> Binding:
        folded = fold_fast(word).strip()
        if _ALL_PARTIES_RE.match(folded):
            return Binding(all_parties=True)
        if folded.startswith(("l'equipe", "equipe", "intrapreneur")):
            return Binding(role=self.team_role) if self.team_role else NOBODY
        if folded in ("celui-ci", "celle-ci"):
            return NOBODY
        if folded in self.words:
            role = self.words[folded]
            return Binding(role=role) if role else Binding(ambiguous=True)
        components = folded.split("-")
        for component in components:
            role = _generic_role(component)
            if role is not None:
                return Binding(role=role)
        for component in components:
            if component in self.words and self.words[component] is not None:
                return Binding(role=self.words[component])
        if any(_AMBIGUOUS.search(component) for component in components):
            return Binding(ambiguous=True)
        return NOBODY

    @property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        if self.pattern is None:
            return (_HEAD, _GENERIC_WORD)
        return (_HEAD, self.pattern, _GENERIC_WORD)

    def match(self, text: str, position: int, lowered: str | None = None) -> re.Match[str] | None:
        """The party word starting at `position`: the first pattern, in order, matching there.

        With `lowered` (`text.lower()`, offset for offset) the shared patterns are skipped
        where their first letter cannot be: a shared word opens with l, é, e, i or c, a
        generic role word with c or d.
        """
        first = lowered[position : position + 1] if lowered is not None else None
        if first is None or first in _HEAD_FIRST:
            found = _HEAD.match(text, position)
            if found is not None:
                return found
        if self.pattern is not None:
            found = self.pattern.match(text, position)
            if found is not None:
                return found
        if first is None or first in _GENERIC_FIRST:
            return _GENERIC_WORD.match(text, position)
        return None

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """Every party word of text[start:end], leftmost first, as one alternation's `finditer` finds them.

        Each pattern's next match is kept; the leftmost wins, the earlier pattern on a tie,
        and a pattern is searched again only once the text read has passed its match.
        """
        patterns = self._patterns
        upcoming: list[re.Match[str] | None] = [pattern.search(text, start, end) for pattern in patterns]
        while True:
            best: re.Match[str] | None = None
            for found in upcoming:
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            yield best
            position = best.end()
            for index, found in enumerate(upcoming):
                if found is not None and found.start() < position:
                    upcoming[index] = patterns[index].search(text, position, end)

    def bindings(self, text: str, start: int, end: int) -> list[tuple[int, int, Binding]]:
        """Every party word in text[start:end] with what it binds."""
        return [self._read(text, match) for match in self.finditer(text, start, end)]

    def _read(self, text: str, match: re.Match[str]) -> tuple[int, int, Binding]:
        word_start, word = match.start(), match.group()
        if text[word_start - 1 : word_start] == "-":
            prefix = _COMPOUND_PREFIX.search(text, max(0, word_start - 30), word_start)
            if prefix is not None:
                word_start, word = prefix.start(), text[prefix.start() : match.end()]
        return word_start, match.end(), self.binding(word)

    def index(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        lowered: str | None = None,
        unaccented: str | None = None,
        positions: Callable[[str], Sequence[int]] | None = None,
    ) -> PartyIndex:
        """Every party word of text[start:end], for range queries.

        The word regex has many alternatives and costs about a millisecond when tried at
        every offset of a convention; plain substring searches for the words' stems find
        the few places worth trying it, anchored at the stem and at the two words before
        it (« les parties », « l'équipe »): several times faster, same result. `lowered` is
        `text.lower()` when the caller already has it (`Document.lowered`), `unaccented` is
        `Document.unaccented`, `positions` is `Document.positions` (then `unaccented` is not
        needed): the generic stems are read from the document's one keyword pass.
        """
        stop = len(text) if end is None else end
        if lowered is None:
            lowered = text.lower()
        if len(lowered) != len(text):  # a rare character changed length when lowered
            return PartyIndex(self.bindings(text, start, stop))
        hits: set[int] = set()
        # A defined word that is also a shared stem (« partenaire ») would add the same hits
        # again: one search pass each.
        stems: tuple[str, ...] = (*_STEMS, *(stem for stem in self.stems if stem not in _STEMS))
        if positions is not None:
            # Every variant of a stem is a keyword: the accent-free search below finds, in
            # `lowered`, just where one of them starts.
            stems = tuple(stem for stem in self.stems if stem not in _PLAIN_STEMS)
            for _, variants in _ACCENT_VARIANTS:
                for variant in variants:
                    hits.update(_within(positions(variant), len(variant), start, stop, 1))
            for stem in _PLAIN_STEMS:  # as the `find` loop below steps over each occurrence
                hits.update(_within(positions(stem), len(stem), start, stop, len(stem)))
        elif unaccented is not None:
            # Accent variants of a stem (« délég », « deleg »…) are found with one search of
            # the accent-free text, then checked in `lowered`: each search pass costs ~20 µs.
            stems = (*_PLAIN_STEMS, *(stem for stem in self.stems if stem not in _PLAIN_STEMS))
            for bare, variants in _ACCENT_VARIANTS:
                for position in occurrences(unaccented, bare, start, stop):
                    if lowered.startswith(variants, position):
                        hits.add(position)
        for stem in stems:
            position = lowered.find(stem, start, stop)
            while position >= 0:
                hits.add(position)
                position = lowered.find(stem, position + len(stem), stop)
        found: list[tuple[int, int, Binding]] = []
        covered = -1
        for position in sorted(hits):
            if position < covered:
                continue
            if lowered.startswith(_NOT_A_PARTY, position):
                continue
            # Most hits start the word (« le délégataire »): try there first; a plural may
            # start words earlier (« les parties »), a stem inside a word at the word's start
            # (« codélégataires »).
            match = self.match(text, position, lowered)
            if match is None:
                if lowered.startswith(_PLURALS, position):
                    candidates = _word_starts_before(text, position)
                elif position > 0 and text[position - 1].isalpha():
                    candidates = _word_starts_before(text, position)[-2:]
                else:
                    candidates = []
                for candidate in candidates:
                    if candidate >= covered and candidate != position:
                        match = self.match(text, candidate, lowered)
                        if match is not None and match.end() > position:
                            break
                        match = None
            if match is not None:
                item = self._read(text, match)
                found.append(item)
                covered = item[1]
        found.sort()
        return PartyIndex(found)


def _within(found: Sequence[int], length: int, start: int, stop: int, step: int) -> list[int]:
    """The offsets of `found` (every offset of a word of `length` characters, in order) that
    `find` stepping by `step` from `start` finds in [start, stop)."""
    kept: list[int] = []
    allowed = start
    for position in found:
        if position < allowed:
            continue
        if position + length > stop:
            break
        kept.append(position)
        allowed = position + step
    return kept


def _word_starts_before(text: str, position: int) -> list[int]:
    """Where a party word holding `position` may start, earliest first.

    The start of the whitespace-separated token holding `position` (« l'équipe »,
    « codélégataires »), of the three tokens before it (« l'ensemble des parties »),
    and `position` itself.
    """
    starts = [match.start() for match in _TOKEN_START.finditer(text, max(0, position - 40), position + 1)][-4:]
    if position not in starts:
        starts.append(position)
    return starts


_TOKEN_START = re.compile(r"(?<!\S)\S")
# Stem hits that are never party words (« délégation », « partie » of « une partie de »).
_NOT_A_PARTY = ("délégation", "delegation", "déléguer", "partie ", "parties prenantes")
_PLURALS = ("parties", "partenaires", "signataires")


class PartyIndex:
    """The party words of a whole document, sorted, queried by range (one regex scan in all)."""

    def __init__(self, found: list[tuple[int, int, Binding]]) -> None:
        self.found = found
        self.starts = [item[0] for item in found]

    def between(self, start: int, end: int) -> list[tuple[int, int, Binding]]:
        """The party words lying inside [start, end)."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [item for item in self.found[low:high] if item[1] <= end]


def _generic_role(component: str) -> Role | None:
    for pattern, role in _GENERIC_ROLES:
        if pattern.search(component):
            return role
    return None


def combine(bindings: list[Binding]) -> Binding:
    """One binding for several party words of one subject (« le délégant et le délégataire »).

    Bindings are immutable: the few possible results are made once (a frozen dataclass costs
    about a microsecond to build, and every sentence read asks for one).
    """
    if any(binding.all_parties for binding in bindings):
        return _EVERY_PARTY
    roles = {binding.role for binding in bindings if binding.role is not None}
    if len(roles) == 1:
        role = roles.pop()
        return _BY_ROLE[role] if type(role) is Role else Binding(role=role)
    if len(roles) > 1:
        return _EVERY_PARTY
    if any(binding.ambiguous for binding in bindings):
        return _AMBIGUOUS_WORD
    return NOBODY


_EVERY_PARTY = Binding(all_parties=True)
_AMBIGUOUS_WORD = Binding(ambiguous=True)
_BY_ROLE = {role: Binding(role=role) for role in Role}
