"""Obligations: one item per commitment, with the party it binds, a category and its numbers.

This step also reads the object, the services or products concerned and the FAST
promotion (`fields/scope.py`), since they come from the same operative articles.

What counts as one obligation, in the genre's drafting:
- each item of a list introduced by a commitment (« le partenaire-délégataire s'engage
  à : - nommer … ; - désigner … »), or by a bare party (« Le partenaire : - nomme … »);
- each sentence holding a commitment marker: « s'engage(nt) à », « s'oblige », « doit »,
  « devra », « est tenu de », « est chargé de », « veille à », « adhère à », « ne pourra … »;
- each sentence whose subject is a party and whose verb states a duty in the present
  tense, as legal French does (« le délégataire informe le délégant sans délai »,
  « La DINUM participe à ce comité »).
Passages that are not obligations are skipped: the preamble, visas, annexes, the
signature block, the object clause itself (« le délégant confie … »), and the articles
on duration, termination, amendment and publication.

The party bound is read from the clause's subject, else from the nearest party word
before the commitment (« … celui-ci s'engage »), else from the article's title
(« Obligations de la DINUM »). See `party_words.py` for what each word binds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import ahocorasick_rs

from conventio.extraction.context import Context, construct
from conventio.extraction.fields.party_words import NOBODY, Binding, PartyIndex, PartyWords, combine
from conventio.extraction.fields.scope import (
    HAS_OBJECT,
    OBJECT_TITLE,
    extract_fast_promotion,
    extract_object,
    extract_services,
)
from conventio.extraction.folding import fold_fast, one_line
from conventio.extraction.quantities import find_quantities
from conventio.extraction.record import Kind, Obligation, ObligationCategory, QuantifiedCommitment, Severity
from conventio.extraction.sections import Article, Block, blocks, is_visa, layout, sentences


MARKER = re.compile(
    r"\bs['’]\s*(?:engage|oblige)(?:nt|ra|ront)?\s+(?:à|a)\b|\bs['’]\s*(?:engage|oblige)(?:nt)?\s*:"
    r"|\b(?:devra|devront|doit|doivent)\b"
    r"|\b(?:est|sont|sera|seront|reste|restent|demeure|demeurent)\s+(?:tenue?s?|chargée?s?|responsables?)\s*"
    r"(?:,[^,.;]{1,80},\s*)?(?:de|d['’]|du|des)\b"
    r"|\bveille(?:nt|ra|ront)?\s+à\b|\badhère(?:nt)?\s+(?:à|au|aux)\b"
    r"|\bne\s+(?:pourra|pourront|peut|peuvent)\b",
    re.IGNORECASE,
)
# Words every `MARKER` match contains (lower case): a sentence holding none has no marker,
# which a few `str.find` tell faster than the regex.
_MARKER_CUES = ("engage", "oblige", "devr", "doi", "tenu", "charg", "responsable", "veille", "adh", "pourr", "peu")
_MARKER_CUE = re.compile("|".join(_MARKER_CUES))
# Verbs that state a duty in the present tense when a party is their subject.
DUTY_VERB = re.compile(
    r"(?:ne\s+)?(?:s['’]\s*)?(?:assure|informe|suspend|fourni|transme|procède|met|utilise|donne|participe|veille"
    r"|nomme|désigne|précise|prend|rend|communique|établi|réalise|effectue|garanti|respecte|prévoi|organise"
    r"|invite|accompagne|adresse|signale|tien|conserve|présente|exécute|engage|liquide|ordonnance|mandate|paie"
    r"|paye|verse|rembourse|intègre|finance|contribue|mobilise|pilote|valide|applique|prépare|notifie|gère"
    r"|assume|supporte|délivre|recueille|restitue|reverse|acquitte|adhère|définit|arrête|transfère|instruit"
    r"|sollicite|saisit|consulte|associe|anime|coordonne|suit|produi|publie|fixe|passe|conclu|sélectionne"
    r"|décide|émet|certifie|contrôle|vérifie|exerce|examine|approuve|répartit|répartissent|alloue|attribue"
    r"|signe|rédige|élabore|ouvre|tient|réunit|réunissent|transmet|met)"
    r"(?:nt|ent|ssent|t|s|ennent|nnent|ent)?\b",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r",|\bqui\b|\bet\s+(?=(?:le|la|les|l['’])\s)|;", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^()]{0,200}\)")
_ARTICLE_WORD = re.compile(r"(?:le|la|les|l['’]|ce|cette)\s*$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰\d]{1,2}\s*<?https?://")

SKIPPED_ARTICLE = re.compile(
    r"\b(?:durée|résiliation|modification|publication|litiges?|entrée\s+en\s+vigueur|date\s+d['’]effet"
    r"|dispositions\s+finales|règlement\s+des\s+différends)\b",
    re.IGNORECASE,
)
ENTRUSTING = re.compile(r"\bconfie\s+(?:au|aux|à)\b", re.IGNORECASE)

# Categories, most specific first, by the words that show them in the folded text (lower
# case, no accents). Plain substring tests: a regex alternation of all of them costs tens
# of microseconds per obligation, these a few.
CATEGORY_WORDS: tuple[tuple[ObligationCategory, tuple[str, ...]], ...] = (
    (ObligationCategory.FRANCECONNECT, ("franceconnect", "france connect", "proconnect", "agentconnect")),
    (ObligationCategory.USER_FEEDBACK, ("donne mon avis", "monavis", "avis des usagers")),
    (ObligationCategory.PUBLIC_STATISTICS, ("statistiques", "tableau de bord public", "/stats")),
    (
        ObligationCategory.OPEN_SOURCE,
        ("code source", "codes source", "open source", "logiciel libre", "logiciels libre"),
    ),
    (
        ObligationCategory.PERSONAL_DATA,
        ("caractere personnel", "donnees personnelles", "rgpd", "protection des donnees"),
    ),
    (
        ObligationCategory.SECURITY,
        ("analyse de risque", "analyses de risque", "anssi", "securite des systemes", "homologation", "cybersecurite"),
    ),
    (
        ObligationCategory.STAFFING,
        ("jour par semaine", "jours par semaine", " etp", "temps plein", "mobiliser l'equipe", "equipe mobilisee"),
    ),
    (
        ObligationCategory.REPORTING,
        (
            "rendre compte",
            "rend compte",
            "indicateurs",
            "prevision ",
            "previsions",
            "prevision,",
            "prevision.",
            "bilan",
            "compte rendu",
            "compte-rendu",
            "elements d'information",
            " rapport annuel",
            " rapport d",
            "un rapport",
            "le rapport",
        ),
    ),
    (ObligationCategory.GOVERNANCE, ("comite", "intrapreneur", "sponsor", "niveau hierarchique")),
    (
        ObligationCategory.METHOD,
        (
            "manifeste",
            "approche beta",
            "approche startup",
            "fiche produit",
            "bonnes pratiques",
            "standards de qualite",
        ),
    ),
    (ObligationCategory.FUNDING, ("enveloppe", "cofinancement", "co-financement")),
    (
        ObligationCategory.BUDGET_EXECUTION,
        (
            "insuffisance",
            "suspend",
            "habilitation",
            "chorus",
            "credits",
            " ae ",
            " cp ",
            " ae,",
            " cp,",
            "montant",
            "depenses",
            "recettes",
            "engagement juridique",
            "engagements juridiques",
            "service fait",
            "ordonnan",
            "paiement",
            "mis a disposition",
            "mise a disposition",
            "mises a disposition",
            "met a disposition",
            "mettre a disposition",
        ),
    ),
)


def extract_obligations(ctx: Context) -> None:
    """Fill the object, services, FAST promotion, then one `Obligation` per commitment."""
    extract_object(ctx)
    extract_services(ctx)
    extract_fast_promotion(ctx)
    _extract_commitments(ctx)


def _extract_commitments(ctx: Context) -> None:
    sections = layout(ctx)
    walker = _Walker(ctx, PartyWords.of(ctx.record), sections.body_start, sections.body_end)
    if not sections.articles:
        walker.walk(None, sections.body_start, sections.body_end)
    for article in sections.articles:
        if SKIPPED_ARTICLE.search(article.title) and not _OBLIGATION_TITLE.search(article.title):
            continue
        walker.walk(article, article.body_start, article.end)
    categorise(ctx.record.obligations)
    _report(ctx, walker.ambiguous)


_OBLIGATION_TITLE = re.compile(r"obligation|engagement", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:il|elle|ils|elles)", re.IGNORECASE)
_PRONOUN_DUTY = re.compile(rf"(?:Il|Elle|Ils|Elles)\s+(?:{DUTY_VERB.pattern})")


class _Walker:
    """Reads the blocks of one article after another, adding obligations as it goes."""

    def __init__(self, ctx: Context, words: PartyWords, start: int, end: int) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.lowered = ctx.doc.lowered if ctx.doc.caseless else None
        self.words = words
        self.parties = words.index(ctx.text, start, end, lowered=ctx.doc.lowered, positions=ctx.doc.positions)
        self.ambiguous = 0
        self.default = NOBODY
        # Binding of the last obligation read, for « Il est responsable … » after « Le délégant assure … ».
        self.previous = NOBODY

    def walk(self, article: Article | None, start: int, end: int) -> None:
        text = self.text
        self.default = _title_binding(self.words, article)
        self.previous = NOBODY
        object_article = _is_object_article(article)
        list_open = False
        lead: Binding | None = None  # what the open list binds; None when its items are not obligations
        for block in blocks(text, start, end):
            if block.table:
                continue
            if is_visa(text, block.start) or _FOOTNOTE.match(text, block.start):
                list_open, lead = False, None
                continue
            if block.bullet:
                if not list_open:
                    self.sentences(block.text_start, block.end)
                elif lead is not None:
                    self.add(block.text_start, block.end, lead, "pattern:engagement-list")
                continue
            list_open, lead = False, None
            if object_article and _is_object_clause(text, block, self.lowered):
                list_open = True  # its list is the object of the convention, not obligations
                continue
            spans = list(sentences(text, block.start, block.end))
            last = spans[-1] if spans else None
            # A sentence span ends on a non-blank character (`sentences` trims it).
            if last is not None and text[last[1] - 1] == ":":
                list_open = True
                lead = self.lead_binding(*last)
                self.sentences(block.start, last[0])
            else:
                self.read_sentences(spans)

    def lead_binding(self, start: int, end: int) -> Binding | None:
        """What a list's lead-in binds, or None when its items are not obligations."""
        marker = self.marker(start, end)
        if marker is not None:
            return self.subject_binding(start, marker.start())
        return _party_subject(self.parties, self.text, start, end, lead=True)

    def sentences(self, start: int, end: int) -> None:
        self.read_sentences(sentences(self.text, start, end))

    def read_sentences(self, spans: Iterable[tuple[int, int]]) -> None:
        text = self.text
        for sentence_start, sentence_end in spans:
            marker = self.marker(sentence_start, sentence_end)
            if marker is not None:
                binding = self.subject_binding(sentence_start, marker.start())
                self.add(sentence_start, sentence_end, binding, "pattern:commitment-sentence")
                continue
            subject = _party_subject(self.parties, text, sentence_start, sentence_end)
            if subject is not None:
                self.add(sentence_start, sentence_end, subject, "pattern:party-duty-sentence")
            elif self.previous.known and _PRONOUN_DUTY.match(text, sentence_start, sentence_end):
                # « Il passe les marchés » after a sentence about the délégataire.
                self.add(sentence_start, sentence_end, self.previous, "pattern:pronoun-duty-sentence")

    def marker(self, start: int, end: int) -> re.Match[str] | None:
        return find_marker(self.text, self.lowered, start, end)

    def subject_binding(self, start: int, marker: int) -> Binding:
        """Who the commitment at `marker` binds: its clause's subject, the nearest party word, the title."""
        text = self.text
        clause_start = start
        # The last cut lies at or after the last comma or semicolon (itself a cut, which no other
        # cut straddles): the scan starts there.
        last_mark = max(text.rfind(",", start, marker), text.rfind(";", start, marker), start)
        for cut in _CLAUSE_CUT.finditer(text, last_mark, marker):
            clause_start = cut.end()
        in_clause = [binding for _, _, binding in self.parties.between(clause_start, marker)]
        combined = combine(in_clause)
        if combined.known or combined.ambiguous:
            return combined
        if _PRONOUN_SUBJECT.fullmatch(text[clause_start:marker].strip()) and self.previous.known:
            return self.previous
        for _, _, binding in reversed(self.parties.between(start, marker)):
            if binding.known or binding.ambiguous:
                return binding
        return self.default

    def add(self, start: int, end: int, binding: Binding, method: str) -> None:
        ctx = self.ctx
        value = one_line(self.text[start:end]).rstrip(" ;,")
        if len(value) < 8:
            return
        # Built without re-validation (`construct`): every value here is already typed.
        quantities = [
            construct(
                QuantifiedCommitment,
                {
                    "quantity": quantity.quantity,
                    "unit": quantity.unit,
                    "per": quantity.per,
                    "subject": quantity.subject,
                    "reference_event": quantity.reference_event,
                    "source": ctx.provenance(quantity.start, quantity.end, "pattern:quantity"),
                },
            )
            for quantity in find_quantities(self.text, start, end)
        ]
        obligation: dict[str, object] = {
            "party_role": binding.role,
            "all_parties": binding.all_parties,
            "text": value,
            "category": ObligationCategory.OTHER,  # set for all at once by `categorise`
            "quantities": quantities,
            "source": ctx.provenance(start, end, method),
        }
        ctx.record.obligations.append(construct(Obligation, obligation))
        if binding.ambiguous:
            self.ambiguous += 1
        if binding.known:
            self.previous = binding


def find_marker(text: str, lowered: str | None, start: int, end: int) -> re.Match[str] | None:
    """`MARKER.search(text, start, end)`, skipped when none of its cue words is there.

    `lowered` is `Document.lowered` when `Document.caseless` holds, else None (then the
    regex scans the whole passage).
    """
    if lowered is None:
        return MARKER.search(text, start, end)
    cue = _MARKER_CUE.search(lowered, start, end)  # the leftmost cue word
    if cue is None:
        return None
    first = cue.start()
    # A match opens at most nine characters and a blank run before its cue word
    # (« demeurent  tenus », « s' engage », « ne peut »): no need to scan from `start`.
    while first > start and text[first - 1].isspace():
        first -= 1
    return MARKER.search(text, max(start, first - 9), end)


def categorise(obligations: list[Obligation]) -> None:
    """Give each obligation its category: the first of `CATEGORY_WORDS` one of whose words its text holds.

    The folded texts are joined once and one Aho–Corasick pass finds every category word
    in all of them (a `str.find` pass per word cost a third of the step); each text takes
    the most specific category found in it (`CATEGORY_WORDS` is most specific first). The
    separator is in no word, so no word is found across two texts. `_category` is the
    same rule for one text, written plainly.
    """
    if not obligations:
        return
    automaton = _category_automaton()
    pieces = [f" {fold_fast(obligation.text)} " for obligation in obligations]
    joined = "\x00".join(pieces)
    starts: list[int] = []
    offset = 0
    for piece in pieces:
        starts.append(offset)
        offset += len(piece) + 1
    ranks = [_NO_CATEGORY] * len(obligations)
    for number, start, _ in automaton.find_matches_as_indexes(joined, overlapping=True):
        rank = _RANK_OF_WORD[number]
        slot = bisect.bisect_right(starts, start) - 1
        if rank < ranks[slot]:
            ranks[slot] = rank
    for obligation, rank in zip(obligations, ranks, strict=True):
        # What pydantic's `__setattr__` does for a plain field (no assignment validation),
        # minus its dispatch: the value into the instance's dict, the name into its fields set.
        obligation.__dict__["category"] = _CATEGORY_OF_RANK[rank]
        obligation.__pydantic_fields_set__.add("category")


def _is_object_article(article: Article | None) -> bool:
    return article is not None and bool(OBJECT_TITLE.search(article.title))


def _is_object_clause(text: str, block: Block, lowered: str | None = None) -> bool:
    """« … confie au délégataire … » or « La présente convention a pour objet … » in the block.

    `lowered` (`Document.lowered` when `Document.caseless` holds) skips each regex when
    its word (« confie », « objet ») is not in the block.
    """
    start, end = block.start, block.end
    if lowered is None or lowered.find("confie", start, end) >= 0:
        if ENTRUSTING.search(text, start, end):
            return True
    if lowered is None or lowered.find("objet", start, end) >= 0:
        return bool(HAS_OBJECT.search(text, start, end))
    return False


def _title_binding(words: PartyWords, article: Article | None) -> Binding:
    if article is None or not article.title:
        return NOBODY
    return combine([binding for _, _, binding in words.bindings(article.title, 0, len(article.title))])


def _party_subject(parties: PartyIndex, text: str, start: int, end: int, *, lead: bool = False) -> Binding | None:
    """The binding when a party word is the subject of a duty verb (« le délégataire informe … »).

    For a list's lead-in, a bare party before the colon is enough (« Le partenaire : »).
    """
    for word_start, word_end, binding in parties.between(start, end):
        if not (binding.known or binding.ambiguous):
            continue
        # A subject opens its sentence or follows a comma closely: look back a few words only.
        window_start = max(start, word_start - _SUBJECT_REACH)
        before = text[window_start:word_start]
        comma = before.rfind(",")
        if comma >= 0:
            clause = before[comma + 1 :]
        elif window_start == start:
            clause = before
        else:
            continue
        clause = _without_article(clause.strip())
        if clause and not _SUBJECT_OPENER.fullmatch(clause):
            continue
        after = word_end
        paren = _PAREN.match(text, after, end)
        if paren is not None:
            after = paren.end()
        while after < end and text[after] in " \t\n":
            after += 1
        if DUTY_VERB.match(text, after, end) or (lead and text.startswith(":", after)):
            return binding
    return None


def _without_article(clause: str) -> str:
    """`_ARTICLE_WORD.sub("", clause)` for a stripped clause, without scanning it offset by offset.

    Stripped, the clause can only end with the article (nothing but blanks may follow it):
    the match is the longest article the clause ends with, whatever the case. A long s
    (« ſ », which `re.IGNORECASE` reads as « s ») takes the regex.
    """
    if "ſ" in clause:
        return _ARTICLE_WORD.sub("", clause)
    tail = clause[-5:].lower()
    for article in _ARTICLES_LONGEST_FIRST:
        if tail.endswith(article):
            return clause[: len(clause) - len(article)]
    return clause


_ARTICLES_LONGEST_FIRST = ("cette", "les", "le", "la", "l'", "l’", "ce")
_SUBJECT_REACH = 60
_SUBJECT_OPENER = re.compile(r"par\s+les\s+présentes|ainsi|dès\s+lors", re.IGNORECASE)


def _category(value: str) -> ObligationCategory:
    folded = f" {fold_fast(value)} "
    for word, category in _CATEGORY_BY_WORD:
        if word in folded:
            return category
    return ObligationCategory.OTHER


_CATEGORY_BY_WORD = tuple((word, category) for category, words in CATEGORY_WORDS for word in words)
# A category's rank: its place in `CATEGORY_WORDS` (lower is more specific); OTHER last.
_CATEGORY_OF_RANK = (*(category for category, _ in CATEGORY_WORDS), ObligationCategory.OTHER)
_NO_CATEGORY = len(CATEGORY_WORDS)
# Every category word once (a word listed twice keeps its first, most specific, rank), and its rank.
_CATEGORY_WORD_LIST = tuple(dict.fromkeys(word for word, _ in _CATEGORY_BY_WORD))
_RANK_OF_WORD = tuple(
    next(rank for rank, (_, words) in enumerate(CATEGORY_WORDS) if word in words) for word in _CATEGORY_WORD_LIST
)
_category_automata: list[ahocorasick_rs.AhoCorasick] = []


def _category_automaton() -> ahocorasick_rs.AhoCorasick:
    """Every category word (a match names it by its index in `_CATEGORY_WORD_LIST`); built on first use."""
    if not _category_automata:
        _category_automata.append(
            ahocorasick_rs.AhoCorasick(_CATEGORY_WORD_LIST, implementation=ahocorasick_rs.Implementation.DFA)
        )
    return _category_automata[0]


def _report(ctx: Context, ambiguous: int) -> None:
    if ambiguous:
        ctx.finding(
            Severity.WARNING,
            "obligation-party-ambiguous",
            f"{ambiguous} obligation(s) désignent une partie par un mot qui ne dit pas s'il s'agit du délégant "
            "ou du délégataire (« le délégué ») : partie non rattachée, à préciser à la relecture.",
            field="obligations",
        )
    is_avenant = ctx.record.kind is not None and ctx.record.kind.value == Kind.AVENANT
    if not ctx.record.obligations and ctx.record.complete_text and not is_avenant:
        ctx.finding(
            Severity.WARNING,
            "obligations-missing",
            "Aucune obligation des parties n'a été lue alors que le texte semble complet.",
            field="obligations",
        )
