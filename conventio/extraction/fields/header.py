"""Title, kind, reference (NOR), signature date and place, and whether the text is complete.

How the genre prints these:
- Published copies put publishing furniture before the act (« JORF n°… du … », a
  Bulletin officiel rubric such as « Réglementation financière et comptable », an
  issuing-services code), then the act's own title line, often with its date
  (« Convention du 19-11-2020 », « Délégation de gestion du 25 novembre 2015 »).
  The title is the last title-like line of that header zone, preferring a line that
  describes the act over a bare « Convention du <date> » line.
- The signature date is read from « Fait à <lieu>, le <date> » (the date may follow on
  a later line when the blank was filled in afterwards), else from the act's own
  dated heading. A publication reference, a visa's date or a parent convention's
  date is never the signature date; a blank date stays blank, with a finding.
"""

from __future__ import annotations

import datetime
import re

from conventio.extraction.context import Context
from conventio.extraction.dates import DATE_FRAGMENT, find_date
from conventio.extraction.patterns import clean_value, fold
from conventio.extraction.prefilter import line_matches
from conventio.extraction.record import Kind, Severity
from conventio.extraction.text import Document


# Where the preliminary matter ends: the parties clause, the visas or the operative part.
HEADER_END = re.compile(
    r"^[ \t•\-–]*(?:entre\b|vu\b|il\s+(?:a\s+été|est)\s+convenu|préambule\b|article\s+(?:1|premier|i)\b)"
    r"|\bconclue?\s+entre\b",
    re.IGNORECASE | re.MULTILINE,
)
TITLE_LINE = re.compile(
    r"^(?:convention|délégation|delegation|(?:premier\s+|\w+ième\s+)?avenant|protocole|accord|contrat|autre\s+texte)\b",
    re.IGNORECASE,
)
PUBLICATION_LINE = re.compile(
    r"^(?:jorf|jo\b|journal\s+officiel|bo\b|boc\b|bulletin\s+officiel|source\s*:|nor\b)", re.IGNORECASE
)
# « Convention du 19-11-2020 », « CONVENTION du » (blank), « Autre texte du 10-9-2020 ».
BARE_DATED = re.compile(r"^(?:convention|délégation(?:\s+de\s+gestion)?|avenant|autre\s+texte)\s+du\b", re.IGNORECASE)
_DATE_AFTER_DU = re.compile(rf"\bdu\s+{DATE_FRAGMENT}", re.IGNORECASE)
# Words that show the dated « du » belongs to another act (« avenant à la convention du … »).
_OTHER_ACT = re.compile(r"\b(?:à\s+la|au|aux|de\s+la|relati(?:f|ve)|modifiant|portant)\b", re.IGNORECASE)

NOR = re.compile(r"\bn\s?o\s?r\s*:?\s*((?:[A-Z]\s?){4}(?:\d\s?){7}[A-Z])\b", re.IGNORECASE)
# The start of `NOR` without the word boundary, for the lowered text: a literal first letter lets
# `re` skip to the candidates at C speed.
_NOR_CUE = re.compile(r"n\s?o\s?r")
FAIT_A = re.compile(
    r"^[ \t]*Fait\s+(?:en\s+\w+\s+exemplaires?(?:\s+originaux)?\s*,?\s+)?(?:à|a)\s+"
    r"(?P<place>[A-ZÉÈÎ][^,\n]{0,60}?)(?=\s*,|\s+le\b|\s+en\s+date\b|\s+en\s+\w+\s+exemplaires?\b|\s*$)"
    r"(?:\s+en\s+\w+\s+exemplaires?(?:\s+originaux)?)?\s*,?\s*(?:le\b|en\s+date\s+du\b)?\s*(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
SIGNED_MARK = re.compile(r"^[ \t]*Fait\s+(?:à|a|en)\b", re.IGNORECASE | re.MULTILINE)
AVENANT_NUMBER = re.compile(r"\bavenant\s+n\s*[°ºo]\s*(\d{1,3})\b", re.IGNORECASE)
AVENANT_ORDINAL = re.compile(r"\b(premier|deuxième|troisième|quatrième|cinquième)\s+avenant\b", re.IGNORECASE)
_ORDINALS = {"premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}
DANGLING_END = re.compile(r"\s(?:la|le|les|l['’]|de|du|des|d['’]|et|entre|à|au|aux|en|pour|sur)\s*$", re.IGNORECASE)
OTHER_ACT_TITLE = re.compile(r"^(?:contrat|protocole|accord|charte|arrete|decision|circulaire|instruction)\b")
DELEGATION_HINT = re.compile(r"délégation\s+de\s+gestion|2004-1085", re.IGNORECASE)
PARTENARIAT_HINT = re.compile(r"convention\s+de\s+partenariat", re.IGNORECASE)

_LINE = re.compile(r"[^\n]+")


def extract_header(ctx: Context) -> None:
    text = ctx.text
    end_match = HEADER_END.search(text)
    header_end = end_match.start() if end_match else min(len(text), 3000)
    ctx.notes["header_end"] = header_end

    ctx.record.complete_text = next(line_matches(ctx.doc, SIGNED_MARK, "fait"), None) is not None
    title_match = _find_title(text, header_end)
    if title_match is not None:
        start, end = title_match
        # A title the layout wrapped after an article or a preposition goes on on the next line.
        while DANGLING_END.search(text, start, end) and end < len(text) and text[end] == "\n":
            next_end = text.find("\n", end + 1)
            next_end = len(text) if next_end == -1 else next_end
            following = text[end + 1 : next_end].strip()
            if not following or len(following) > 200:
                break
            end = next_end
        ctx.record.title = ctx.sourced(clean_value(text[start:end], trailing=" .;:"), start, end, "pattern:title")
    _extract_kind(ctx)
    _extract_reference(ctx, header_end)
    _extract_signature(ctx, header_end)


def _find_title(text: str, header_end: int) -> tuple[int, int] | None:
    descriptive: tuple[int, int] | None = None
    bare: tuple[int, int] | None = None
    for line in _LINE.finditer(text, 0, header_end):
        content = line.group().strip()
        if not content or len(content) > 400 or PUBLICATION_LINE.match(content) or not TITLE_LINE.match(content):
            continue
        start = line.start() + line.group().index(content)
        span = (start, start + len(content))
        if BARE_DATED.match(content) and len(content) < 60:
            bare = span
        elif not content.lower().startswith("autre texte"):
            descriptive = span
    return descriptive or bare


def _extract_kind(ctx: Context) -> None:
    title = ctx.record.title
    title_text = title.value if title else ""
    folded = fold(title_text)
    start, end = (title.source.span.start, title.source.span.end) if title and title.source.span else (0, 0)
    if re.match(r"(?:premier\s+|\w+ieme\s+)?avenant\b", folded):
        kind, method = Kind.AVENANT, "pattern:title-kind"
        number = AVENANT_NUMBER.search(title_text)
        ordinal = AVENANT_ORDINAL.search(title_text)
        if number:
            ctx.record.avenant_number = ctx.sourced(int(number.group(1)), start, end, "pattern:avenant-number")
        elif ordinal:
            value = _ORDINALS[fold(ordinal.group(1))]
            ctx.record.avenant_number = ctx.sourced(value, start, end, "pattern:avenant-ordinal")
    elif PARTENARIAT_HINT.search(title_text):
        kind, method = Kind.CONVENTION_PARTENARIAT, "pattern:title-kind"
    elif "delegation" in folded:
        kind, method = Kind.DELEGATION_DE_GESTION, "pattern:title-kind"
    elif OTHER_ACT_TITLE.match(folded):
        # « Contrat de service … », « Protocole … »: another act, even if it cites a délégation.
        kind, method = Kind.OTHER, "pattern:title-kind"
    else:
        hint = DELEGATION_HINT.search(ctx.text)
        if hint:
            kind, method = Kind.DELEGATION_DE_GESTION, "pattern:text-mentions-delegation"
            start, end = hint.start(), hint.end()
        elif PARTENARIAT_HINT.search(ctx.text):
            kind, method = Kind.CONVENTION_PARTENARIAT, "pattern:text-mentions-partenariat"
        elif title is None:
            return
        else:
            kind, method = Kind.OTHER, "pattern:title-kind"
    ctx.record.kind = ctx.sourced(kind, start, end, method)


def _extract_reference(ctx: Context, header_end: int) -> None:
    match = find_reference(ctx.doc, max(header_end, min(len(ctx.text), 4000)))
    if match:
        value = re.sub(r"\s", "", match.group(1)).upper()
        ctx.record.reference = ctx.sourced(value, match.start(1), match.end(1), "pattern:nor")


def find_reference(doc: Document, end: int) -> re.Match[str] | None:
    """`NOR.search(doc.text, 0, end)`, started where the lowered text first has « n o r » (C speed)."""
    start = 0
    if doc.caseless:
        cue = _NOR_CUE.search(doc.lowered, 0, end)
        if cue is None:
            return None
        start = cue.start()
    return NOR.search(doc.text, start, end)


def _extract_signature(ctx: Context, header_end: int) -> None:
    text = ctx.text
    terms = ctx.record.terms
    signed = None
    for fait in line_matches(ctx.doc, FAIT_A, "fait"):
        place = clean_value(fait.group("place"))
        terms.signature_place = ctx.sourced(place, fait.start("place"), fait.end("place"), "pattern:fait-a")
        # The date is on the same line, or was typed on one of the next lines.
        window_end = _nth_line_end(text, fait.end(), 4)
        found = find_date(text[:window_end], fait.start("rest"))
        if found is not None:
            signed = found
            terms.signature_date = ctx.sourced(found[0], found[1], found[2], "pattern:fait-a-le")
        else:
            ctx.finding(
                Severity.WARNING,
                "signature-date-blank",
                "La date de signature est laissée en blanc après « Fait à … le » : elle n'est pas renseignée.",
                field="terms.signature_date",
                start=fait.start(),
                end=fait.end(),
            )
        break
    heading = _dated_heading(ctx, header_end)
    if heading is None:
        return
    value, start, end = heading
    if signed is None:
        if value is not None:
            terms.signature_date = ctx.sourced(value, start, end, "pattern:act-heading-date")
        else:
            ctx.finding(
                Severity.WARNING,
                "signature-date-blank",
                "L'intitulé de l'acte porte une date laissée en blanc (« … du ») : la date de "
                "signature n'est pas renseignée.",
                field="terms.signature_date",
                start=start,
                end=end,
            )
    elif value is not None and value != signed[0]:
        ctx.finding(
            Severity.WARNING,
            "signature-date-conflict",
            f"L'intitulé de l'acte est daté du {value:%d/%m/%Y} mais la convention est signée le "
            f"{signed[0]:%d/%m/%Y} : la date de « Fait à … le » est retenue.",
            field="terms.signature_date",
            start=start,
            end=end,
        )


def _dated_heading(ctx: Context, header_end: int) -> tuple[datetime.date | None, int, int] | None:
    """The act's own dated heading in the header zone: (date or None if blank, start, end)."""
    text = ctx.text
    for line in _LINE.finditer(text, 0, header_end):
        content = line.group().strip()
        if not content or PUBLICATION_LINE.match(content) or not TITLE_LINE.match(content):
            continue
        dated = _DATE_AFTER_DU.search(content)
        offset = line.start() + line.group().index(content)
        if dated is not None:
            if _OTHER_ACT.search(content[: dated.start()]):
                continue
            found = find_date(content, dated.start())
            if found is not None:
                return found[0], offset + found[1], offset + found[2]
        elif re.search(r"\bdu\s*$", content, re.IGNORECASE) and BARE_DATED.match(content):
            return None, offset, offset + len(content)
    return None


def _nth_line_end(text: str, position: int, lines: int) -> int:
    for _ in range(lines):
        position = text.find("\n", position + 1)
        if position == -1:
            return len(text)
    return position
