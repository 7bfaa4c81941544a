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
from collections.abc import Iterable

from conventio.extraction.context import Context
from conventio.extraction.folding import fold_fast, one_line
from conventio.extraction.prefilter import finditer_at, occurrences
from conventio.extraction.sections import Article, Block, Layout, blocks, is_visa, layout, sentences
from conventio.extraction.text import index_keywords


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

# A proper name the text introduces as a digital service: « Trajectoire X, service numérique porté par
# … », « … la refonte de Place Y, le site qui publie … », « Compas Z est une startup d'État incubée … ».
# The name is capitalised and opens a sentence or follows a preposition; what it is said to be is a
# digital service, not a bare « service » or « site » (an office, a building).
_DIGITAL_HEAD = (
    r"(?i:service\s+(?:public\s+)?(?:numérique|en\s+ligne)|start-?up\s+d['’]\s*état|téléservice"
    r"|(?:site|plateforme|application|outil)\s+(?:numérique|internet|web|mobile|en\s+ligne|qui)\b)"
)
# The heads open with one of these (lower case): hints where a match may end.
_DIGITAL_STEMS = ("service", "start", "téléservice", "site", "plateforme", "application", "outil")
_NOT_A_NAME = (
    r"(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|À|Il|Elle|Ils|Elles|On|Ce|Cet|Cette|Ces|Par|Pour|Dans|Depuis|Dès|En"
    r"|Au|Aux|Après|Avant|Afin|Sur|Sous|Avec|Chaque|Tout|Toute|Tous|Son|Sa|Ses|Leur|Leurs|Considérant|Vu"
    r"|Article|Lors|Ainsi|Entre|Et|Ou|Si|Lorsque|Cependant|Toutefois|Enfin|Puis|Lancée?s?|Créée?s?|Conçue?s?)\b"
)
INTRODUCED_SERVICE = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\bde\s)|(?<=\bdu\s)|(?<=\bà\s)|(?<=\bau\s)|(?<=\bpar\s)|(?<=\bpour\s))"
    rf"(?P<name>(?!{_NOT_A_NAME})[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,5}}?)"
    rf"(?:[ \t]*,[ \t]*(?:(?:le|la|l['’]|un|une)\s*)?|\s+est\s+(?:un|une|le|la|l['’])\s*){_DIGITAL_HEAD}",
    re.MULTILINE,
)
# A name the title gives (« CONVENTION … « RELAIS DÉMARCHES » », « Convention … – Archipel Patrimoine »)
# is the product when the preamble or the object article writes it as a proper name; a budget label,
# a year, an office or a party is not.
_TITLE_QUOTED = re.compile(r"[«\"“]\s*(?P<name>[^«»\"“”\n]{2,60}?)\s*[»\"”]")
_TITLE_DASH_TAIL = re.compile(r"\s[–—-]\s+(?P<name>[^–—«»\"“”\n]{2,60}?)\s*$")
_BUDGET_BEFORE_QUOTE = re.compile(r"(?:programmes?\s+\d{3}|\bP\.\s?\d{3}|mission|action|BOP)\s*[:\-–]?\s*$", re.I)
_NOT_A_PRODUCT = re.compile(
    r"(?:programmes?|missions?|actions?|fonds|ann[ée]es?|exercices?|gestion|avenants?|annexes?|conventions?"
    r"|d[ée]l[ée]gations?|r[ée]gions?|directions?|minist[èe]res?|pr[ée]fectures?|acad[ée]mies?|rectorats?"
    r"|d[ée]partements?|services?|secr[ée]tariats?|agences?|centres?|[ée]tablissements?|cr[ée]dits|d[ée]penses"
    r"|budgets?|op[ée]rations?|projets?|promotions?|start-?up|d[ée]l[ée]gant|d[ée]l[ée]gataires?|partenaires?)\b",
    re.IGNORECASE,
)
_MAX_TITLE_NAME_WORDS = 6
_NAME_CHAR = re.compile(r"[\w'’-]")
_STEM_PATTERNS = {stem: re.compile(re.escape(stem), re.IGNORECASE) for stem in _DIGITAL_STEMS}
_INTRODUCED_BACK = 160
# The stems both service rules look for in a region (« téléservice » holds « service »).
_REGION_STEMS = tuple(dict.fromkeys([*_SERVICE_STEMS, *(stem for stem in _DIGITAL_STEMS if stem != "téléservice")]))
_CAPITAL = re.compile(r"[A-ZÀ-Þ]")  # the first character of an `INTRODUCED_SERVICE` name

# « le délégant confie au délégataire, en son nom et pour son compte, dans les conditions …, <object> ».
ENTRUSTS = re.compile(r"\bconfier?\s+(?:au|aux|à)\s", re.IGNORECASE)
# « confie au délégataire la gestion … », « confie à l'INSEE la réalisation … »: a role word or an
# acronym needs no comma to end the recipient.
_ROLE_RECIPIENT = re.compile(
    r"(?:co-?)?d[ée]l[ée]gataires?\b|partenaires?(?:-d[ée]l[ée]gataires?)?\b"
    r"|(?:l['’]\s*|la\s+|le\s+|les\s+)?(?-i:[A-Z][A-Z0-9]{1,11}(?:[ -][A-Z][A-Z0-9]{1,11})?)\b(?![-'’])",
    re.IGNORECASE,
)
# « la délégation de gestion confiée au CSP pour l'exécution des dépenses … »: the participle names
# the delegation; what it is for follows « pour » (not « pour la durée … », « pour son compte »).
_ENTRUST_STEM = re.compile("confi", re.IGNORECASE)
ENTRUSTED_FOR = re.compile(
    r"\bconfiée?s?\s+(?:au|aux|à)\s+[^,;.:\n]{1,60}?\s+pour\s+"
    r"(?!(?:la|une)\s+(?:durée|période)\b|l['’]\s*(?:année|exercice)\b|(?:son|le)\s+compte\b|les\s+besoins\b)"
    r"(?=(?:la|le|les|l['’])\s*\w)",
    re.IGNORECASE,
)
# The object starts with an article; an incise (« en son nom et pour son compte », « chacun pour … »)
# does not, except the idiom below.
_OPENS_OBJECT = re.compile(r"(?!le\s+cas\s+échéant)(?:la|le|les|l['’]|un|une|des|du)\b", re.IGNORECASE)
_INCISE_END = re.compile(r",|[.:;\n]")
# A full stop before a number abbreviates (« P. 103 », « art. 5 »): it does not end the phrase;
# « ; que … » opens the next ground of a « Considérant que … ».
_PHRASE_END = re.compile(r"\.(?=\s|$)(?!\s\d)|:\s*(?=\n)|\n[ \t]*\n|;\s+que\b")
# The budget frame of the object (« du programme 165 : Conseil d'État … », « , sur les crédits du
# programme 204 « … » », « de la mission « … » ») is where the money comes from, not what is done.
# « imputées sur le programme 205 » without a comma says which expenses: it stays (its label goes,
# see `_IMPUTED_LABEL`); between commas it is an aside on the budget, dropped like the frame.
_BUDGET_FRAME = re.compile(
    r"(?P<comma>,)?\s+(?:sur\s+les\s+crédits\s+)?(?:du|des|sur\s+les?|au\s+titre\s+du|relevant\s+du"
    r"|(?(comma)imputée?s?\s+sur\s+le|(?!)))(?<!imputé\ssur\sle)(?<!imputés\ssur\sle)(?<!imputée\ssur\sle)"
    r"(?<!imputées\ssur\sle)\s+(?:programmes?\s+|P\.\s?)\d{3}(?:\s*(?:,|et)\s*\d{3})*"
    r"(?:\s*[«\"“][^«»\"“”]*[»\"”]|\s*:[^,;]*$)?(?(comma),?)"
    r"|\s+de\s+la\s+mission\s+[«\"“][^«»\"“”]*[»\"”]",
    re.IGNORECASE,
)
_IMPUTED_LABEL = re.compile(
    r"(\bimputée?s?\s+sur\s+le\s+(?:programme\s+|P\.\s?)\d{3})\s*(?:[«\"“][^«»\"“”]*[»\"”]|:[^,;]*$)",
    re.IGNORECASE,
)
# « …, imputées sur le BOP 0102-DR59, … », « …, inscrites sur l'UO …, … »: an aside on the budget.
_IMPUTED_ASIDE = re.compile(
    r",\s*(?:imputée?s?|inscrite?s?)\s+(?:sur|au)\s+[^,;«»\"“”]*(?:[«\"“][^«»\"“”]*[»\"”][^,;«»\"“”]*)?(?=,|$)",
    re.IGNORECASE,
)
# What a cut frame may leave at the end: « … chantiers d'insertion et » (« et du programme 138 … »).
_TRAILING_CONJUNCTION = re.compile(r"(?:\s+(?:et|ou)|\s*,)+$", re.IGNORECASE)
# It is looked for in the item's last characters only: anchored at the end, a scan of a long
# run of « , , , » would restart at each of its offsets (quadratic).
_TRAILING_REACH = 40
# « <object>, et l'engagement juridique … »: a second object of the same verb.
_AND_ANOTHER = re.compile(r",\s+et\s+(?=(?:la|le|les|l['’])\s*(?!cas\s+échéant)\w)", re.IGNORECASE)
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
    preamble = sections.preamble or _considerations(ctx, sections)
    regions: list[tuple[int, int]] = []
    if preamble is not None:
        regions.append(preamble)
    if article is not None:
        regions.append((article.body_start, article.end))
    parties = _party_keys(ctx)
    # A party introduced in passing (« L'ANTS, service numérique … ») is not the product.
    found = [
        item
        for item in _named_services(ctx, regions)
        if item[3] != "pattern:introduced-service" or fold_fast(item[0]) not in parties
    ]
    found = sorted([*found, *_title_names(ctx, regions, parties)], key=lambda item: item[1])
    if not found:
        region = (article.body_start, article.end) if article else (sections.body_start, sections.body_end)
        found = _entrusted(ctx, *region)
    if not found and preamble is not None:
        # An avenant recalls what the convention entrusts: « Considérant que la convention susvisée
        # confie à l'INSEE la réalisation de l'enquête … ».
        found = _entrusted(ctx, *preamble)
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

_CONSIDERING = re.compile(r"^[ \t]*consid[ée]rant\b", re.IGNORECASE | re.MULTILINE)
index_keywords("consid")  # found by the document's one keyword pass


def _considerations(ctx: Context, sections: Layout) -> tuple[int, int] | None:
    """The « Considérant que … » paragraphs before the articles: a preamble without a heading."""
    text = ctx.text
    if ctx.doc.caseless:
        lines = (_blank_before(text, p) for p in ctx.doc.occurrences("consid", 0, sections.body_start))
        start = next((line for line in lines if line is not None and _CONSIDERING.match(text, line)), None)
    else:
        match = _CONSIDERING.search(text, 0, sections.body_start)
        start = None if match is None else match.start()
    return None if start is None else (start, sections.body_start)


def _blank_before(text: str, position: int) -> int | None:
    """Start of the line holding `position` when only blanks precede it there, else None."""
    cursor = position
    while cursor > 0 and text[cursor - 1] in " \t":
        cursor -= 1
    return cursor if cursor == 0 or text[cursor - 1] == "\n" else None


def _line_start(text: str, position: int) -> int:
    """Offset where the line holding `position` starts."""
    return text.rfind("\n", 0, position) + 1


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
        stems: dict[str, list[int]] | None = None
        if doc.caseless:
            # Each stem searched once per region, for both rules (most of their stems are shared).
            stems = {stem: list(occurrences(doc.lowered, stem, region_start, region_end)) for stem in _REGION_STEMS}
            openers = sorted(position for stem in _SERVICE_STEMS for position in stems[stem])
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
        found.extend(_introduced_services(ctx, region_start, region_end, seen, stems))
    found.sort(key=lambda item: item[1])
    return [item for item in found if item[0]]


def _party_keys(ctx: Context) -> set[str]:
    """The parties' names and acronyms, folded."""
    keys = {fold_fast(party.name.value) for party in ctx.record.parties}
    keys.update(fold_fast(party.acronym.value) for party in ctx.record.parties if party.acronym is not None)
    keys.discard("")
    return keys


def _title_names(ctx: Context, regions: list[tuple[int, int]], parties: set[str]) -> _Found:
    """Names the title gives that the preamble or object article writes as a proper name (see `_TITLE_QUOTED`)."""
    title = ctx.record.title
    if title is None or not regions:
        return []
    candidates = [
        match.group("name")
        for match in _TITLE_QUOTED.finditer(title.value)
        if not _BUDGET_BEFORE_QUOTE.search(title.value, 0, match.start())
    ]
    tail = _TITLE_DASH_TAIL.search(title.value)
    if tail is not None:
        candidates.append(tail.group("name"))
    found: _Found = []
    for raw in candidates:
        name = one_line(raw).strip(" .,;:")
        key = fold_fast(name)
        if (
            not name[:1].isupper()
            or any(char.isdigit() for char in name)
            or len(name.split()) > _MAX_TITLE_NAME_WORDS
            or _NOT_A_PRODUCT.match(name)
            or any(key in party or party in key for party in parties)
        ):
            continue
        printed = _printed_as_name(ctx, name, regions)
        if printed is not None:
            found.append((printed[0], printed[1], printed[2], "pattern:title-name"))
    return found


def _printed_as_name(ctx: Context, name: str, regions: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The first occurrence of `name` (any case) in `regions` printed as a proper name, not in capitals."""
    text = ctx.text
    doc = ctx.doc
    for start, end in regions:
        if doc.caseless:
            positions: Iterable[int] = occurrences(doc.lowered, name.lower(), start, end)
        else:
            positions = (
                m.start() for m in re.finditer(re.escape(name), text[:end], re.IGNORECASE) if m.start() >= start
            )
        for position in positions:
            stop = position + len(name)
            if (position > 0 and _NAME_CHAR.match(text, position - 1)) or _NAME_CHAR.match(text, stop):
                continue
            printed = text[position:stop]
            if printed[0].isupper() and not printed.isupper() and not is_visa(text, _line_start(text, position)):
                return printed, position, stop
    return None


def _introduced_services(
    ctx: Context, start: int, end: int, seen: set[tuple[str, int]], stems: dict[str, list[int]] | None = None
) -> _Found:
    """Names introduced as digital services (`INTRODUCED_SERVICE`), tried only before a head word.

    `stems` holds the offsets of `_REGION_STEMS` in text[start:end] when the caller has them
    (« téléservice » is then read from the offsets of « service »).
    """
    text = ctx.text
    doc = ctx.doc
    hints: set[int] = set()
    for stem in _DIGITAL_STEMS:
        if stems is not None and stem in stems:
            hints.update(stems[stem])
        elif stems is not None and stem == "téléservice":
            hints.update(p - 4 for p in stems["service"] if p - 4 >= start and doc.lowered.startswith("télé", p - 4))
        elif doc.caseless:
            hints.update(occurrences(doc.lowered, stem, start, end))
        else:
            hints.update(match.start() for match in _STEM_PATTERNS[stem].finditer(text, start, end))
    found: _Found = []
    # Every match ends with a head at one of the hints, right after « , » or « est » (and an
    # article): a window holding no such hint holds no match and is not scanned.
    heads = sorted(hint for hint in hints if _may_be_head(text, hint))
    if not heads:
        return found
    for hint in sorted(hints):
        line = text.rfind("\n", max(start, hint - _INTRODUCED_BACK), hint) + 1
        window_start = max(start, line, hint - _INTRODUCED_BACK)
        window_end = min(end, hint + 60)
        first_head = bisect_left(heads, window_start)
        if first_head == len(heads) or heads[first_head] >= window_end:
            continue
        # A match opens its name, a capital letter: tried only at the capitals of the window.
        capitals = (capital.start() for capital in _CAPITAL.finditer(text, window_start, window_end))
        for match in finditer_at(INTRODUCED_SERVICE, text, capitals, window_end):
            key = ("pattern:introduced-service", match.start("name"))
            if key in seen or is_visa(text, text.rfind("\n", 0, match.start()) + 1):
                continue
            seen.add(key)
            found.append((_clean_name(match.group("name")), *match.span("name"), "pattern:introduced-service"))
    return found


def _may_be_head(text: str, position: int) -> bool:
    """False when no `INTRODUCED_SERVICE` match can have its head at `position`.

    A head opens there (`_HEAD_START`: the head without its final word boundary, so that a
    match cut by a window's end is not missed) and follows « , » or « est » with at most an
    article (le, la, l', un, une) and blanks in between. Lenient (any blank run is skipped):
    it only tells where a match cannot end.
    """
    if _HEAD_START.match(text, position) is None:
        return False
    cursor = _blanks_back(text, position)
    if text.endswith(",", 0, cursor):
        return True
    for article in _HEAD_ARTICLES:
        if text.endswith(article, 0, cursor):
            before = _blanks_back(text, cursor - len(article))
            if text.endswith((",", "est"), 0, before):
                return True
    return False


def _blanks_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


_HEAD_START = re.compile(_DIGITAL_HEAD.removesuffix(r"\b)") + ")")
_HEAD_ARTICLES = ("le", "la", "l'", "l’", "un", "une")


def _clean_name(raw: str) -> str:
    return one_line(raw).strip(" .,;:")


def _entrusted(ctx: Context, start: int, end: int) -> _Found:
    """Items of « le délégant confie au délégataire, … <object> » (or of the list it opens)."""
    text = ctx.text
    if ctx.doc.caseless:
        positions: list[int] = list(occurrences(ctx.doc.lowered, "confi", start, end))
    else:
        positions = [match.start() for match in _ENTRUST_STEM.finditer(text, start, end)]
    for position in positions:
        active = ENTRUSTS.match(text, position, end)
        participle = None if active is not None else ENTRUSTED_FOR.match(text, position, end)
        if (active is None and participle is None) or is_visa(text, _line_start(text, position)):
            continue
        cursor: int | None
        if active is not None:
            cursor = _object_start(text, active.end(), end)
        else:
            cursor = participle.end() if participle is not None else None
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
    pieces = sorted(
        [*_AS_WELL_AS.finditer(phrase), *(m for m in _AND_ANOTHER.finditer(phrase) if _outside_quotes(phrase, m))],
        key=lambda piece: piece.start(),
    )
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


def _outside_quotes(phrase: str, match: re.Match[str]) -> bool:
    """True when `match` is not inside « … » (a programme label may hold « , et la … »)."""
    return phrase.count("«", 0, match.start()) == phrase.count("»", 0, match.start())


def _clean_item(raw: str) -> str:
    value = one_line(raw)
    value = _PARENTHESES.sub("", value)
    value = _BUDGET_FRAME.sub("", value)
    value = _IMPUTED_LABEL.sub(r"\1", value)
    value = _IMPUTED_ASIDE.sub("", value)
    trailing = _TRAILING_CONJUNCTION.search(value, max(0, len(value) - _TRAILING_REACH))
    if trailing is not None:
        value = value[: trailing.start()]
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
