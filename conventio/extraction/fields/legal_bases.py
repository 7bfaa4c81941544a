"""Legal bases: each instrument the convention is made under, normalised.

Sources, in the order the genre uses them:
- visas: « Vu le décret … », one per line or several in one « Vu » separated by « ; »
  or joined by « et le décret … »;
- a sentence « … est conclue en application du décret … et dans le cadre des articles
  … du code … » or « En application des dispositions du décret … », used instead of
  visas by some services.
Only the instrument at the head of each clause counts: a decree cited inside another
instrument's title (« arrêté … pris en application de l'article 105 du décret … ») is
not a separate basis. Labels are normalised as « décret n° 2004-1085 du 14 octobre 2004 »:
kind in lower case, « n° » before the number as printed, date spelled out, the
« relatif à … » tail and « modifié » dropped; for an instrument without a number the
words that name it are kept (« convention de délégation de gestion pour … du 10
décembre 2018 »).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from conventio.extraction.context import Context
from conventio.extraction.dates import DATE_FRAGMENT, find_date, french_date
from conventio.extraction.patterns import squash
from conventio.extraction.prefilter import finditer_at, line_start
from conventio.extraction.record import LegalBase
from conventio.extraction.text import index_keywords


KINDS = (
    "décret",
    "arrêté",
    "loi organique",
    "loi",
    "ordonnance",
    "décision",
    "circulaire",
    "instruction",
    "convention",
    "avenant",
    "protocole",
    "contrat",
    "accord",
    "délibération",
    "règlement",
    "directive",
    "code",
)
_KIND = "|".join(re.escape(kind) for kind in KINDS)
VISA = re.compile(
    r"^[ \t]*vu\b[ \t]*:?(?P<body>.*?)(?=\n[ \t]*\n|\n[ \t]*vu\b|\Z)", re.IGNORECASE | re.MULTILINE | re.DOTALL
)
# Splits a visa into clauses: « ; » or « et » followed by an instrument.
CLAUSE_SPLIT = re.compile(rf";|,?\s+et\s+(?=(?:(?:le|la|les|l['’]|son|sa|ses)\s+|l['’])?(?:{_KIND})\b)", re.IGNORECASE)
CLAUSE_HEAD = re.compile(
    rf"^\s*(?:(?:le|la|les|son|sa|ses|du|des|de\s+la)\s+|(?:de\s+)?l['’]\s*)?(?P<kind>{_KIND})\b", re.IGNORECASE
)
# In an « en application du décret …, du décret … et de l'arrêté … » sentence, each
# « , du <instrument> » / « et de l'<instrument> » starts another instrument.
APPLICATION_SPLIT = re.compile(
    rf",\s*(?=(?:du|de\s+la|de\s+l['’]|des)\s*(?:{_KIND})\b)|\s+et\s+(?=(?:du|de\s+la|de\s+l['’]|des)\s*(?:{_KIND})\b)",
    re.IGNORECASE,
)
NUMBER = re.compile(
    r"^\s*(?:n\s*[°ºo]\s*|no\.?\s+|numéro\s+)?(?P<number>\d{2,4}-\d{1,5}(?:-\d+)?|\d{1,5}(?:/[A-Z0-9]{1,10})+|\d{3,6})(?![\w/])",
    re.IGNORECASE,
)
DATE_INTRO = re.compile(
    rf"(?:\bdu|\ben\s+date\s+du|\bsignée?s?\s+le|\bdatée?s?\s+du|\bdu)\s+(?={DATE_FRAGMENT})", re.IGNORECASE
)
PARENTHESIS = re.compile(r"\s*\([^()]*\)")
MODIFIED = re.compile(r"\s+modifi[ée]e?s?\b", re.IGNORECASE)
# « en application (des dispositions) du décret … », « conclue en application de l'article 2 du décret … »
APPLICATION = re.compile(
    r"\b(?:en\s+application|dans\s+le\s+cadre)\s+(?:des\s+dispositions\s+)?(?:de\s+l['’]article\s+\S+\s+)?"
    r"(?:du|de\s+la|de\s+l['’]|des)\s+",
    re.IGNORECASE,
)
CODE_ARTICLES = re.compile(
    r"\b(?:des|de\s+l['’])\s*(?P<word>articles?)\s+(?P<articles>[LRDA]\.?\s?\d[\w\-]*(?:\s*-\s*\d+)?"
    r"(?:\s*(?:,|et)\s*[LRDA]\.?\s?\d[\w\-]*(?:\s*-\s*\d+)?)*)\s+du\s+(?P<code>code\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)"
    r"[^.;,]+?)(?=\s+et\s+(?:de\s+l['’]\s*|des\s+)articles?\b|[.;,]|$)",
    re.IGNORECASE,
)
CODE_VISA_ARTICLES = re.compile(
    r"\bnotamment\s+(?:son|ses|l['’]|les)\s*(?P<word>articles?)\s+(?P<articles>[LRDA]\.?\s?[\d][\w\-\s.]*?"
    r"(?:\s*(?:,|et|à)\s*[LRDA]\.?\s?\d[\w\-.]*)*)\s*(?:[;,.]|$)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.;](?:\s|$)")
# « (arrêté …) pris en application de l'article 105 du décret … »: part of another instrument's title.
PARTICIPLE_BEFORE = re.compile(r"\bprise?s?\s*$", re.IGNORECASE)
# The cue words of visas and « dans le cadre / en application », found by the document's one keyword pass.
index_keywords("vu", "dans", "application")


def extract_legal_bases(ctx: Context) -> None:
    text = ctx.text
    found: list[LegalBase] = []
    visa_spans: list[tuple[int, int]] = []
    for visa in _visas(ctx):
        body_start = visa.start("body")
        visa_spans.append((visa.start(), visa.end()))
        for start, end in _clauses(text, body_start, visa.end("body")):
            base = _read_clause(ctx, start, end, "pattern:visa")
            if base is not None:
                found.append(base)
    for application in _applications(ctx):
        if any(start <= application.start() < end for start, end in visa_spans):
            continue
        if PARTICIPLE_BEFORE.search(text, max(0, application.start() - 12), application.start()):
            continue
        sentence_end = SENTENCE_END.search(text, application.end())
        end = sentence_end.start() if sentence_end else min(len(text), application.end() + 600)
        found.extend(_read_application(ctx, application.end(), end))
    _merge(ctx, found)


def _visas(ctx: Context) -> Iterator[re.Match[str]]:
    """`VISA.finditer` over the text, tried only at the line starts followed by « vu »."""
    doc = ctx.doc
    if not doc.caseless:
        return VISA.finditer(doc.text)
    starts = (line_start(doc.text, position) for position in doc.positions("vu"))
    return finditer_at(VISA, doc.text, (start for start in starts if start is not None))


def _applications(ctx: Context) -> Iterator[re.Match[str]]:
    """`APPLICATION.finditer` over the text, tried only where « dans » or « … application » can open it.

    A match opens with « dans » (« dans le cadre ») or with the « en » before the blank run
    that precedes « application ».
    """
    doc = ctx.doc
    text = doc.text
    if not doc.caseless:
        return APPLICATION.finditer(text)
    candidates = list(doc.positions("dans"))
    for position in doc.positions("application"):
        while position > 0 and text[position - 1].isspace():
            position -= 1
        if position >= 2:
            candidates.append(position - 2)
    return finditer_at(APPLICATION, text, candidates)


def _clauses(text: str, start: int, end: int, splitter: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    clauses = []
    cursor = start
    for split in (splitter or CLAUSE_SPLIT).finditer(text, start, end):
        clauses.append((cursor, split.start()))
        cursor = split.end()
    clauses.append((cursor, end))
    return clauses


_CODE_NAME_END = re.compile(r"[,;(]|\s+notamment\b|\s+et\s+")
_DASH_BEFORE_DIGIT = re.compile(r"\s*-\s*(?=\d)")


def _read_clause(ctx: Context, start: int, end: int, method: str) -> LegalBase | None:
    clause = ctx.text[start:end]
    head = CLAUSE_HEAD.match(clause)
    if head is None:
        return None
    kind = head.group("kind").lower()
    rest = clause[head.end() :]
    if kind == "code":
        name = squash(_CODE_NAME_END.split(rest, maxsplit=1)[0])
        label = f"code {name}".strip()
        # « Vu le code X, notamment ses articles L. 1 et L. 2 » → « code X, articles L. 1 et L. 2 ».
        cited = CODE_VISA_ARTICLES.search(rest)
        if cited is not None:
            articles = _DASH_BEFORE_DIGIT.sub("-", squash(cited.group("articles")))
            label = f"{label}, {cited.group('word').lower()} {articles}"
        return LegalBase(kind="code", label=label, source=ctx.provenance(start, end, method))
    number_match = NUMBER.match(rest)
    number = number_match.group("number") if number_match else None
    date_intro = DATE_INTRO.search(rest)
    date: datetime.date | None = None
    words = ""
    if date_intro is not None:
        found = find_date(rest, date_intro.end())
        if found is not None and found[1] == date_intro.end():
            date = found[0]
            between = rest[number_match.end() if number_match else 0 : date_intro.start()]
            words = squash(MODIFIED.sub("", PARENTHESIS.sub("", between)))
    if number is None and date is None:
        return None
    if (
        number is not None
        and number_match is not None
        and number_match.end() > (date_intro.start() if date_intro else 10**9)
    ):
        number = None
    parts = [kind]
    if words and number is None:
        parts.append(words)
    if number is not None:
        parts.append(f"n° {number}")
    if date is not None:
        parts.append(f"du {french_date(date)}")
    label = " ".join(parts)
    return LegalBase(kind=kind, number=number, date=date, label=label, source=ctx.provenance(start, end, method))


def _read_application(ctx: Context, start: int, end: int) -> list[LegalBase]:
    """Instruments named in an « en application de … » / « dans le cadre de … » sentence."""
    text = ctx.text
    bases = []
    for start_clause, end_clause in _clauses(text, start, end, APPLICATION_SPLIT):
        segment = text[start_clause:end_clause]
        base = _read_clause(ctx, start_clause, end_clause, "pattern:application-sentence")
        if base is not None and base.kind not in {"code", "convention", "contrat", "avenant"}:
            bases.append(base)
        code = CODE_ARTICLES.search(segment)
        if code is not None:
            articles = re.sub(r"\s*-\s*", "-", squash(code.group("articles")))
            label = f"{squash(code.group('code'))}, {code.group('word').lower()} {articles}"
            provenance = ctx.provenance(
                start_clause + code.start(), start_clause + code.end(), "pattern:code-articles"
            )
            bases.append(LegalBase(kind="code", label=label, source=provenance))
            # « … et de l'article R732-3 du code … » in the same clause.
            for more in CODE_ARTICLES.finditer(segment, code.end()):
                articles = re.sub(r"\s*-\s*", "-", squash(more.group("articles")))
                label = f"{squash(more.group('code'))}, {more.group('word').lower()} {articles}"
                provenance = ctx.provenance(
                    start_clause + more.start(), start_clause + more.end(), "pattern:code-articles"
                )
                bases.append(LegalBase(kind="code", label=label, source=provenance))
    return bases


def _merge(ctx: Context, found: list[LegalBase]) -> None:
    """Keep one entry per instrument; « décret du 14 octobre 2004 susvisé » joins its visa."""
    kept: list[LegalBase] = []
    for base in found:
        duplicate = any(
            other.kind == base.kind
            and (
                other.label == base.label
                or (base.number is None and base.date is not None and other.date == base.date)
                or (base.number is not None and other.number == base.number and base.date in (None, other.date))
            )
            for other in kept
        )
        if not duplicate:
            kept.append(base)
    ctx.record.legal_bases = kept
