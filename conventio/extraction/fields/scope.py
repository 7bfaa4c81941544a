"""What the convention is about: its object clause, the services or products concerned, FAST.

The object is the first paragraph of the article titled « Objet … » (with the list it
introduces), else the sentence « La présente convention a pour objet … ».

The services or products concerned are read, in this order of confidence, and the
first rule that finds something wins:
1. a named digital service or project: « le service numérique "API Engagement" », « la
   Startup d'État Réfugiés.info », « un service public, le « registre … » », « le projet
   « Dossier social unique » » (not an « appel à projets ») — in the preamble
   and the object article only (a preamble listing other Startups d'État as examples
   names them in the plural and without these cues);
2. the object clause of a délégation de gestion: « le délégant confie (a pour objet de
   confier) au délégataire, <incises>, <what> » — either the list it introduces (« : - les
   recettes … ; - les dépenses … ») or the phrase itself, split on « ainsi que »; the
   article, a « la réalisation de » wrapper, parentheses and the budget frame (« du
   programme 165 … », « , sur les crédits du programme 204 « … » ») are dropped, and « la
   gestion des crédits … » gives what the credits fund or the fund they come from (nothing
   when it says neither: the delegation itself is not a product);
3. a scheme the preamble says is launched: « Une expérimentation pour … est lancée … »;
4. the subject of the object article's first sentence when it describes a scheme:
   « Les contrats à impact social permettent … ».
A name that is cut (no closing quote) is not taken. Annex service blocks are added by
the annexes step (see `fields/annexes.py`).

The FAST promotion is the number after « FAST » in the title (« FAST 13 »), else in a
« promotion N du FAST » mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from conventio.extraction.context import Context
from conventio.extraction.folding import fold_fast, one_line
from conventio.extraction.prefilter import finditer_at, occurrences
from conventio.extraction.sections import Article, Block, Layout, blocks, is_visa, layout, sentences


OBJECT_TITLE = re.compile(r"\bobjet\b", re.IGNORECASE)
HAS_OBJECT = re.compile(
    r"\b(?:convention|délégation|document|avenant|accord|protocole)\s+(?:a|ont)\s+pour\s+objet\b", re.IGNORECASE
)

_SERVICE_WORD = (
    r"(?:services?|produits?|outils?|plateformes?|sites?|applications?|portails?|(?<!appel\sà\s)projets?"
    r"|start-?up(?:\s+d['’]\s*[ÉéEe]tat)?)"
)
# What every `_SERVICE_WORD` opens with, lower case.
_SERVICE_STEMS = ("service", "produit", "outil", "plateforme", "site", "application", "portail", "projet", "start")
QUOTED_SERVICE = re.compile(
    rf"\b{_SERVICE_WORD}(?:\s+(?:numérique|public|en\s+ligne|internet|web))?(?:\s*,\s*(?:le|la|l['’])\s*|\s*)"
    r"[«\"“]\s*(?P<name>[^«»\"“”\n]{2,80}?)\s*[»\"”]",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-ZÀ-Þ0-9][^\s,;:()«»\"“”]*|[^\s,;:()«»\"“”]+\.[a-z]{2,}[^\s,;:()«»\"“”]*)"
STARTUP_NAME = re.compile(
    rf"\b(?:la|La)\s+(?:[Ss]tart-?up|Start-up)\s+d['’]\s*(?:État|Etat|état)\s+(?P<name>{_NAME_WORD}"
    rf"(?:[ \t]+{_NAME_WORD}){{0,4}})"
)
SERVICE_NAMED = re.compile(
    rf"\b(?:le|du|au)\s+service\s+numérique\s+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})"
    rf"|\b(?:le|du|au)\s+service\s+(?P<dotted>[^\s,;:()«»\"“”]+\.[a-z]{{2,}})\b"
)

# « le délégant confie au délégataire, en son nom et pour son compte, dans les conditions …, <object> ».
ENTRUSTS = re.compile(r"\bconfier?\s+(?:au|aux|à)\s", re.IGNORECASE)
# « confie au délégataire la gestion … »: a role word needs no comma to end the recipient.
_ROLE_RECIPIENT = re.compile(r"(?:co-?)?d[ée]l[ée]gataires?\b|partenaires?(?:-d[ée]l[ée]gataires?)?\b", re.IGNORECASE)
# The object starts with an article; an incise (« en son nom et pour son compte », « chacun pour … »)
# does not, except the idiom below.
_OPENS_OBJECT = re.compile(r"(?!le\s+cas\s+échéant)(?:la|le|les|l['’]|un|une|des|du)\b", re.IGNORECASE)
_INCISE_END = re.compile(r",|[.:;\n]")
_PHRASE_END = re.compile(r"\.(?=\s|$)|:\s*(?=\n)|\n[ \t]*\n")
# The budget frame of the object (« du programme 165 : Conseil d'État … », « , sur les crédits du
# programme 204 « … » », « de la mission « … » ») is where the money comes from, not what is done.
_BUDGET_FRAME = re.compile(
    r"(?P<comma>,)?\s+(?:sur\s+les\s+crédits\s+)?(?:du|des|sur\s+les?|au\s+titre\s+du|relevant\s+du"
    r"|imputée?s?\s+sur\s+le)\s+programmes?\s+\d{3}(?:\s*(?:,|et)\s*\d{3})*"
    r"(?:\s*[«\"“][^«»\"“”]*[»\"”]|\s*:[^,;]*$)?(?(comma),?)"
    r"|\s+de\s+la\s+mission\s+[«\"“][^«»\"“”]*[»\"”]",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_WRAPPER = re.compile(r"^(?:la\s+)?réalisation\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+)", re.IGNORECASE)
# « la gestion des crédits … »: the credits' purpose or source is the product (see `_credits_purpose`).
_CREDITS = re.compile(r"^gestion\s+(?:des|de\s+ses|de)\s+crédits\b\s*", re.IGNORECASE)
_PURPOSE = re.compile(
    r"^(?:destinée?s?|consacrée?s?|affectée?s?|allouée?s?|réservée?s?)\s+(?:à\s+la\s+|à\s+l['’]\s*|aux\s+|au\s+|à\s+)"
    r"(?P<np>.+)$",
    re.IGNORECASE,
)
_NAMED_SOURCE = re.compile(
    r"^(?:du|de\s+la|de\s+l['’]|des)\s*(?P<np>.+?)(?=\s+(?:attribuée?s?|destinée?s?|consacrée?s?|allouée?s?"
    r"|affectée?s?|ouverte?s?|inscrite?s?|déléguée?s?|mise?s?\s+à|relevant|dont|qui)\b|,|$)",
    re.IGNORECASE,
)
# A past participle with its complement ends the scheme's name (« … engagées dans les bassins … »).
_TRAILING_PARTICIPLE = re.compile(r"\s+\w+(?:ées|és|ée|é)\s+(?:dans|par|sur|auprès|en|pour)\b.*$", re.IGNORECASE)
_AS_WELL_AS = re.compile(r"\s+ainsi\s+que\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:les|le|la|une|un|des|du)\s+|^l['’]\s*", re.IGNORECASE)

_SCHEME_HEAD = (
    r"(?:expérimentation|dispositif|projet|programme|plan|plateforme|service|outil|application|opération|action"
    r"|démarche|appel\s+à\s+projets)"
)
LAUNCHED_SCHEME = re.compile(
    rf"^(?:Un|Une|Le|La|L['’])\s*(?P<np>{_SCHEME_HEAD}\b[^.;:\n]{{0,120}}?)\s+(?:est|a\s+été|sont|ont\s+été)\s+"
    r"(?:\w+ment\s+)?(?:lancée?s?|mise?s?\s+en\s+(?:place|œuvre|oeuvre)|créée?s?|déployée?s?|conduite?s?"
    r"|engagée?s?|initiée?s?)\b"
)
SCHEME_SUBJECT = re.compile(
    r"^(?:Les|Le|La|L['’])\s*(?P<np>[^,.;:\n]{3,80}?)\s+(?:permet|permettent|visent?|consistent?|ont\s+pour\s+but"
    r"|a\s+pour\s+but)\b"
)
_NOT_A_SCHEME = re.compile(
    r"convention|délégation|document|délégant|délégataire|partie|avenant|ministère|direction|présent|décret|arrêté",
    re.IGNORECASE,
)

FAST_NUMBER = re.compile(
    r"\bFAST\s*(?:n°\s*|#\s*|promotion\s+|vague\s+)?(?P<n>\d{1,2})(?![\d\s]*[\d€])(?![.,]\d)\b"
    r"|\bpromotion\s+(?:n°\s*)?(?P<n2>\d{1,2})\s+du\s+FAST\b",
)


def extract_object(ctx: Context) -> None:
    """Fill `record.object` from the object article or the « a pour objet » sentence."""
    text = ctx.text
    parts = _object_article(ctx)
    if parts is not None:
        article, first, listed = parts
        last = listed[-1] if listed else first
        value = "\n".join(one_line(text[block.start : block.end]) for block in [first, *listed])
        ctx.record.object = ctx.sourced(value, first.start, last.end, "pattern:object-article")
        return
    sections = layout(ctx)
    for block in blocks(text, sections.body_start, sections.body_end):
        if block.table or is_visa(text, block.start):
            continue
        for start, end in sentences(text, block.start, block.end):
            if HAS_OBJECT.search(text, start, end):
                ctx.record.object = ctx.sourced(one_line(text[start:end]), start, end, "pattern:object-sentence")
                return


def _object_article(ctx: Context) -> tuple[Article, Block, list[Block]] | None:
    article = object_article(layout(ctx))
    if article is None:
        return None
    text = ctx.text
    found = [block for block in blocks(text, article.body_start, article.end) if not block.table]
    if not found:
        return None
    first = found[0]
    listed: list[Block] = []
    if text[first.start : first.end].rstrip().endswith(":"):
        for block in found[1:]:
            if not block.bullet:
                break
            listed.append(block)
    return article, first, listed


def object_article(sections: Layout) -> Article | None:
    """The article titled « Objet … » (usually Article 1)."""
    return next((article for article in sections.articles if OBJECT_TITLE.search(article.title)), None)


# ---------------------------------------------------------------------------- services


def extract_services(ctx: Context) -> None:
    """Fill `record.services` with the services or products the convention concerns."""
    sections = layout(ctx)
    article = object_article(sections)
    regions: list[tuple[int, int]] = []
    if sections.preamble is not None:
        regions.append(sections.preamble)
    if article is not None:
        regions.append((article.body_start, article.end))
    found = _named_services(ctx, regions)
    if not found:
        region = (article.body_start, article.end) if article else (sections.body_start, sections.body_end)
        found = _entrusted(ctx, *region)
    if not found and sections.preamble is not None:
        found = _launched_schemes(ctx, *sections.preamble)
    if not found and article is not None:
        found = _scheme_subject(ctx, article)
    seen: set[str] = {fold_fast(service.value) for service in ctx.record.services}
    for value, start, end, method in found:
        key = fold_fast(value)
        if value and key not in seen:
            seen.add(key)
            ctx.record.services.append(ctx.sourced(value, start, end, method))


_Found = list[tuple[str, int, int, str]]


def _named_services(ctx: Context, regions: list[tuple[int, int]]) -> _Found:
    text = ctx.text
    found: _Found = []
    seen: set[tuple[str, int]] = set()
    # Each pattern is tried only in a window around a cheap literal hit (a quote, « tart »,
    # « service »): scanning a long preamble with these patterns costs far more.
    rules = (
        (QUOTED_SERVICE, ("«", '"', "“"), 60, 100, "pattern:quoted-service"),
        (STARTUP_NAME, ("tartup", "tart-up"), 8, 160, "pattern:startup-name"),
        (SERVICE_NAMED, ("service ",), 4, 160, "pattern:named-service"),
    )
    doc = ctx.doc
    for region_start, region_end in regions:
        # Every quoted-service match opens with a service word: in a window, it is tried
        # only where one starts (found once per region), not at every offset.
        openers: list[int] | None = None
        if doc.caseless:
            openers = sorted(
                position
                for stem in _SERVICE_STEMS
                for position in occurrences(doc.lowered, stem, region_start, region_end)
            )
        for pattern, hints, back, forward, method in rules:
            for hint in hints:
                position = text.find(hint, region_start, region_end)
                while position >= 0:
                    window_start = max(region_start, position - back)
                    window_end = min(region_end, position + forward)
                    if pattern is QUOTED_SERVICE and openers is not None:
                        candidates = openers[bisect_left(openers, window_start) : bisect_left(openers, window_end)]
                        matches = finditer_at(pattern, text, candidates, window_end)
                    else:
                        matches = pattern.finditer(text, window_start, window_end)
                    for match in matches:
                        if (method, match.start()) in seen or is_visa(text, text.rfind("\n", 0, match.start()) + 1):
                            continue
                        seen.add((method, match.start()))
                        group = "dotted" if "dotted" in pattern.groupindex and match.group("dotted") else "name"
                        found.append((_clean_name(match.group(group)), *match.span(group), method))
                    position = text.find(hint, position + len(hint), region_end)
    found.sort(key=lambda item: item[1])
    return [item for item in found if item[0]]


def _clean_name(raw: str) -> str:
    return one_line(raw).strip(" .,;:")


def _entrusted(ctx: Context, start: int, end: int) -> _Found:
    """Items of « le délégant confie au délégataire, … <object> » (or of the list it opens)."""
    text = ctx.text
    for match in ENTRUSTS.finditer(text, start, end):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if is_visa(text, line_start):
            continue
        cursor = _object_start(text, match.end(), end)
        if cursor is None:
            continue
        while cursor < end and text[cursor] in " \t":
            cursor += 1
        stop = _PHRASE_END.search(text, cursor, end)
        phrase_end = stop.start() if stop else end
        if stop is not None and text[stop.start()] == ":":
            listed = _listed_items(ctx, stop.end(), end)
            if listed:
                return listed
        return _phrase_items(ctx, cursor, phrase_end)
    return []


def _object_start(text: str, position: int, end: int) -> int | None:
    """Where the object of « confie au délégataire, <incises>, <object> » starts, if it can be told."""
    role = _ROLE_RECIPIENT.match(text, position)
    if role is not None:
        cursor = role.end()
    else:
        comma = text.find(",", position, min(end, position + 120))
        stop = _INCISE_END.search(text, position, min(end, position + 120))
        if comma < 0 or stop is None or stop.start() < comma:
            return None
        cursor = comma
    for _ in range(6):
        while cursor < end and text[cursor] in " \t":
            cursor += 1
        if cursor < end and text[cursor] == ",":
            cursor += 1
            continue
        if _OPENS_OBJECT.match(text, cursor):
            return cursor
        stop = _INCISE_END.search(text, cursor, min(end, cursor + 160))
        if stop is None or text[stop.start()] != ",":
            return None
        cursor = stop.start()
    return None


def _listed_items(ctx: Context, start: int, end: int) -> _Found:
    text = ctx.text
    found: _Found = []
    for block in blocks(text, start, end):
        if not block.bullet:
            break
        value = _clean_item(text[block.text_start : block.end])
        if value:
            found.append((value, block.text_start, block.end, "pattern:object-list"))
    return found


def _phrase_items(ctx: Context, start: int, end: int) -> _Found:
    text = ctx.text
    phrase = text[start:end]
    found: _Found = []
    cursor = 0
    pieces = [*_AS_WELL_AS.finditer(phrase)]
    bounds = []
    for piece in pieces:
        bounds.append((cursor, piece.start()))
        cursor = piece.end()
    bounds.append((cursor, len(phrase)))
    for piece_start, piece_end in bounds:
        value = _clean_item(phrase[piece_start:piece_end])
        if value:
            found.append((value, start + piece_start, start + piece_end, "pattern:object-clause"))
    return found


def _clean_item(raw: str) -> str:
    value = one_line(raw)
    value = _PARENTHESES.sub("", value)
    value = _BUDGET_FRAME.sub("", value)
    value = _WRAPPER.sub("", value)
    value = _ARTICLE.sub("", value, count=1)
    value = value.strip(" ;,.:")
    credits = _CREDITS.match(value)
    if credits is not None:
        value = _credits_purpose(value[credits.end() :])
    return value


def _credits_purpose(rest: str) -> str:
    """What « la gestion des crédits … » is for: the scheme funded or the named fund; '' when unsaid.

    « … destinés au cofinancement des démarches X engagées dans … » → « cofinancement des démarches X »;
    « … du fonds d'innovation pédagogique attribués aux collèges … » → « fonds d'innovation pédagogique »;
    « la gestion des crédits » alone names the delegation itself, not a service or product.
    """
    purpose = _PURPOSE.match(rest)
    if purpose is not None:
        return _TRAILING_PARTICIPLE.sub("", purpose.group("np")).strip(" ;,.:")
    source = _NAMED_SOURCE.match(rest)
    if source is not None:
        return source.group("np").strip(" ;,.:")
    return ""


def _launched_schemes(ctx: Context, start: int, end: int) -> _Found:
    text = ctx.text
    found: _Found = []
    for block in blocks(text, start, end):
        for sentence_start, sentence_end in sentences(text, block.start, block.end):
            match = LAUNCHED_SCHEME.match(text[sentence_start:sentence_end])
            if match is not None:
                value = _clean_name(match.group("np"))
                found.append(
                    (
                        value,
                        sentence_start + match.start("np"),
                        sentence_start + match.end("np"),
                        "pattern:launched-scheme",
                    )
                )
    return found


def _scheme_subject(ctx: Context, article: Article) -> _Found:
    text = ctx.text
    for block in blocks(text, article.body_start, article.end):
        first = next(sentences(text, block.start, block.end), None)
        if first is None:
            return []
        match = SCHEME_SUBJECT.match(text[first[0] : first[1]])
        if match is None or _NOT_A_SCHEME.search(match.group("np")):
            return []
        value = _clean_name(match.group("np"))
        return [(value, first[0] + match.start("np"), first[0] + match.end("np"), "pattern:scheme-subject")]
    return []


# -------------------------------------------------------------------------------- FAST


def extract_fast_promotion(ctx: Context) -> None:
    """Fill `record.fast_promotion` from « FAST 13 » (title first, then the text)."""
    title = ctx.record.title
    if title is not None and title.source.span is not None:
        match = FAST_NUMBER.search(title.value)
        if match is not None:
            number = int(match.group("n") or match.group("n2"))
            span = title.source.span
            ctx.record.fast_promotion = ctx.sourced(number, span.start, span.end, "pattern:fast-title")
            return
    text = ctx.text
    position = text.find("FAST")
    while position >= 0:
        match = FAST_NUMBER.search(text, max(0, position - 30), min(len(text), position + 40))
        if match is not None and not is_visa(text, text.rfind("\n", 0, match.start()) + 1):
            number = int(match.group("n") or match.group("n2"))
            ctx.record.fast_promotion = ctx.sourced(number, match.start(), match.end(), "pattern:fast-text")
            return
        position = text.find("FAST", position + 4)
