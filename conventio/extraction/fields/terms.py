"""Duration clauses: when the convention takes effect, when it ends, notice, publication.

How the genre words them (usually in an article « Durée et résiliation » and one
« Publication »):
- « La présente convention prend effet à sa date de signature. » — the effective
  rule; the date is derived from the signature date when the rule points to it;
- « Elle est conclue jusqu'au 30 juin 2024. », « … et prend fin le 10 février 2025. »,
  « est conclue pour la période du 1er janvier au … », « expire le … »,
  « jusqu'au 31 décembre de l'année 2024 »;
- « pour une durée de un an » — a duration in months; the end date is not computed
  from it (whether the last day is the anniversary or the day before is not stated);
- « sous réserve du respect d'un préavis de trois mois » — notice in months;
- « Elle est notamment publiée sur le site gouvernement.fr … et … sur la plateforme
  data.gouv.fr » — each publication venue.

Only sentences whose subject is the convention itself (« La présente convention »,
« Elle », « Le présent avenant ») are read for dates, so that a visa's date, a parent
convention's date (« La convention du 10 décembre 2018 susvisée … ») or a publication
reference (« JORF n° … du … ») is never taken for this act's term.
"""

from __future__ import annotations

import datetime
import re

from conventio.extraction.context import Context
from conventio.extraction.dates import DATE_FRAGMENT, find_date, month_number
from conventio.extraction.folding import fold_fast
from conventio.extraction.patterns import clean_value
from conventio.extraction.quantities import NUMBER, TIME_UNIT, months, parse_number, time_unit
from conventio.extraction.record import Kind, Severity
from conventio.extraction.sections import is_visa
from conventio.extraction.text import Document, index_keywords


_SUBJECT = (
    r"(?:(?:la|cette)\s+(?:présente\s+)?(?:convention|délégation)"
    r"(?:\s+de\s+(?:délégation\s+de\s+)?gestion|\s+de\s+partenariat)?"
    r"|(?:le|ce)\s+présent\s+(?:document|avenant|acte|protocole|contrat)(?:\s+de\s+(?:service|partenariat))?"
    r"|(?:le|cet)\s+avenant|elle|il)"
)
_VERB_AHEAD = (
    r"(?=(?:prend|prendra|entre|entrera|est|sera|expire|expirera|s['’]ach[èe]ve|s['’]ach[èe]vera|se\s+termine"
    r"|se\s+terminera|arrive|arrivera|court|courra|demeure|reste|restera|produit|produira|cesse|cessera|fait|fera"
    r"|peut|pourra|couvre|s['’]applique|s['’]appliquera)\b)"
)
# A sentence whose grammatical subject is this act, e.g. « La présente convention prend effet… ».
ANCHOR = re.compile(
    rf"\s*(?:(?:par\s+ailleurs|en\s+outre|de\s+plus|toutefois)\s*,\s*)?"
    rf"(?P<subject>{_SUBJECT})\s+(?:,[^,\n]{{1,80}},\s*)?{_VERB_AHEAD}",
    re.IGNORECASE,
)
# Words of the clauses read here (lower case), searched as plain substrings: far cheaper than a regex scan.
TERM_KEYWORDS = (
    "prend effet",
    "prendra effet",
    "vigueur",
    "prend fin",
    "prendra fin",
    "jusqu",
    "expir",
    "achève",
    "termine",
    "échéance",
    "durée",
    "période",
    "conclu",
    "valable",
    "publi",
    "tacite",
    "reconduit",
    "reconduction",
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
_MAX_SENTENCE = 700
_RENEWAL_NOTE = "terms.tacit_renewal"

EFFECT = re.compile(
    r"\b(?:prend|prendra|entre|entrera)\s+(?:effet|en\s+vigueur)\s+"
    r"(?P<rule>(?:à\s+compter\s+d|à\s+partir\s+d|dès|le\b|à\b|au\b|lors\s+d|rétroactivement)[^.;\n]*?)"
    r"(?=\s+et\s+(?:prend|prendra|expire|s['’]ach|se\s+termin|est\s+conclue|jusqu|court|reste)"
    r"|\s*,\s*(?:et\s+)?(?:pour|jusqu|elle|il|sous)|\s+pour\s+une\s+(?:durée|période)|\s+jusqu['’]|[.;\n]|$)",
    re.IGNORECASE,
)
_SIGNATURE_RULE = re.compile(r"\bsignature\b", re.IGNORECASE)
_NOT_AT_SIGNATURE = re.compile(r"lendemain|apr[èe]s|suivant|publication|notification|visa|approbation", re.IGNORECASE)

_END_VERB = (
    r"(?:prend|prendra)\s+fin|expire|expirera|s['’]ach[èe]ve|s['’]ach[èe]vera|se\s+termine|se\s+terminera"
    r"|arrive\s+à\s+(?:son\s+)?(?:terme|échéance)|arrivera\s+à\s+(?:son\s+)?(?:terme|échéance)"
)
END_DATE = re.compile(
    rf"(?:\b(?:{_END_VERB})\s+(?:le\s+|au\s+|à\s+la\s+date\s+du\s+)?|\bjusqu['’]\s*(?:au|à\s+la\s+date\s+du)\s+)"
    rf"(?P<date>{DATE_FRAGMENT})",
    re.IGNORECASE,
)
_MONTHS = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
END_OF_YEAR = re.compile(
    rf"(?:\b(?:{_END_VERB})\s+(?:le\s+)?|\bjusqu['’]\s*au\s+)(?P<day>[0-3]?\d)\s*(?:er)?\s+(?P<month>{_MONTHS})"
    r"\s+de\s+l['’]\s*année\s+(?P<which>(?:19|20)\d\d|(?:civile\s+)?en\s+cours|de\s+(?:sa\s+|la\s+)?signature)",
    re.IGNORECASE,
)
PERIOD = re.compile(rf"\bdu\s+(?P<start>{DATE_FRAGMENT})\s+(?:au|jusqu['’]\s*au)\s+(?P<end>{DATE_FRAGMENT})", re.I)
DURATION = re.compile(
    rf"\b(?:pour|sur)\s+une\s+(?:durée|période)\s+(?:initiale\s+|maximale\s+)?(?:de\s+|d['’]\s*)"
    rf"(?P<number>{NUMBER})\s*(?P<unit>{TIME_UNIT})",
    re.IGNORECASE,
)
# « La durée de la présente convention est de trois ans. »
DURATION_SENTENCE = re.compile(
    rf"[ \t]*(?:la\s+)?durée\s+(?:de\s+validité\s+)?de\s+"
    rf"(?:la\s+présente\s+|cette\s+|la\s+)(?:convention|délégation)\s+est\s+(?:fixée\s+à\s+)?(?:de\s+|d['’]\s*)?"
    rf"(?P<number>{NUMBER})\s*(?P<unit>{TIME_UNIT})",
    re.IGNORECASE,
)
RENEWAL = re.compile(
    r"tacite(?:ment)?\s+(?:reconduction|reconductible|reconduite?|renouvel)|(?:renouvelable|reconductible)\s+par\s+tacite"
    r"|(?:reconduite?|renouvelée?)s?\s+tacitement|reconduction\s+tacite",
    re.IGNORECASE,
)
# An avenant replacing the term: « les mots : « jusqu'au 30 juin 2025 » sont remplacés par les mots :
# « jusqu'au 31 décembre 2025 » » — the new end date is the replacing one.
AMENDED_END = re.compile(
    rf"remplacée?s?\s+par\s+(?:les\s+mots|la\s+date|la\s+phrase|l['’]alinéa)?\s*:?\s*[«\"“]?\s*"
    rf"(?:[^«»\"“”\n]{{0,60}}?\b(?:jusqu['’]\s*au|prend\s+fin\s+le|expire\s+le|s['’]achève\s+le)\s+)"
    rf"(?P<date>{DATE_FRAGMENT})",
    re.IGNORECASE,
)

# An avenant moving the term: « La date d'échéance de la convention, fixée au 31 décembre 2024, est
# reportée au 30 juin 2025 », « Le terme de la convention est prorogé jusqu'au … » — the new date.
_MOVED_SUBJECT = (
    r"(?:la\s+date\s+(?:d['’]échéance|de\s+fin|d['’]expiration|de\s+(?:son\s+)?terme)|le\s+terme|l['’]échéance)"
    r"(?:\s+(?:de|du)\s+(?:la|cette|l['’])\s*(?:présente\s+)?(?:convention|délégation)"
    r"(?:\s+de\s+(?:délégation\s+de\s+)?gestion)?(?:\s+(?:initiale|susvisée))?)?"
    r"|(?:la|cette)\s+(?:présente\s+)?convention(?:\s+de\s+(?:délégation\s+de\s+)?gestion)?(?:\s+(?:initiale|susvisée))?"
)
MOVED_END = re.compile(
    rf"\s*(?:{_MOVED_SUBJECT})\s*(?:,[^,;\n]{{0,80}},\s*)?(?:est|sont)\s+"
    rf"(?:reportée?|prorogée?|prolongée?|repoussée?|décalée?)\s+(?:au|jusqu['’]\s*au|à\s+la\s+date\s+du)\s+"
    rf"(?P<date>{DATE_FRAGMENT})",
    re.IGNORECASE,
)
_MOVED_VERBS = ("report", "prorog", "prolong", "repouss", "décal")
# Every word looked for in the whole text, found by the document's one keyword pass.
index_keywords(*TERM_KEYWORDS, "durée", "préavis", "remplac", *_MOVED_VERBS)
# The verb of `MOVED_END` follows « est » / « sont », its subject names the term or the convention
# within reach: cheap tests before looking for the sentence.
_BEFORE_MOVED_VERB = re.compile(r"\b(?:est|sont)\s+$", re.IGNORECASE)
_MOVED_SUBJECT_WORDS = ("échéance", "terme", "fin", "expiration", "convention")
_MOVED_REACH = 220

NOTICE = re.compile(
    rf"\bpréavis\s+(?:minimum\s+|minimal\s+|écrit\s+)?(?:d['’]une\s+durée\s+)?(?:de\s+|d['’]\s*)"
    rf"(?P<number>{NUMBER})\s*(?P<unit>{TIME_UNIT})"
    rf"|(?P<number2>{NUMBER})\s*(?P<unit2>{TIME_UNIT})\s+de\s+préavis\b",
    re.IGNORECASE,
)

_PUBLISHED = re.compile(r"\bpubli(?:ée?s?|cation)\b", re.IGNORECASE)
WEB_VENUE = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gouv\.fr|fr|org|eu|net|com))"
    r"(?P<path>/[^\s)>\]\"»,;]*)?",
    re.IGNORECASE,
)
# A venue's name ends at punctuation or at « et » — unless « et » adds a second complement
# (« … de la préfecture de région et de la préfecture du Morbihan »).
_VENUE_STOP = (
    r"(?=\s*[,;.()\n]|\s+et\s(?!(?:de\s+la|du|des|de\s+l['’])\s)|\s+ainsi\b|\s+conformément\b|\s+selon\b"
    r"|\s+sur\s+le\s+site|$)"
)
NAMED_VENUE = re.compile(
    rf"\b(?P<venue>Bulletin\s+officiel(?:\s+(?:du|des|de\s+la|de\s+l['’])\s*[^,;.()\n]{{1,90}}?)?{_VENUE_STOP}"
    rf"|Journal\s+officiel(?:\s+de\s+la\s+République\s+française)?"
    rf"|recueil\s+des\s+actes\s+administratifs(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[^,;.()\n]{{1,80}}?)?{_VENUE_STOP})",
    re.IGNORECASE,
)


def extract_terms(ctx: Context) -> None:
    """Fill effective rule/date, end date, duration, notice and publication venues."""
    text = ctx.text
    for start, end in _act_sentences(text, ctx.doc):
        _read_effect(ctx, start, end)
        _read_end(ctx, start, end)
        _read_duration(ctx, start, end)
        _read_publication(ctx, start, end)
    if ctx.record.terms.duration_months is None:
        for position in ctx.doc.non_overlapping("durée"):
            # « La durée de la présente convention est de … » opens its sentence.
            match = DURATION_SENTENCE.match(text, _sentence_start(text, position))
            if match is not None:
                _set_duration(ctx, match, "pattern:duration-sentence")
                break
    if ctx.record.terms.end_date is None:
        _read_amended_end(ctx)
    _read_notice(ctx)
    _report(ctx)


def _act_sentences(text: str, doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every sentence about this act's term or publication, visas excluded.

    Found from their keywords (`Document.non_overlapping`: one keyword pass for all of them),
    then kept when the sentence's subject is this act: scanning the subject pattern at every
    offset would be slower.
    """
    found: list[tuple[int, int]] = []
    hits = sorted([position for word in TERM_KEYWORDS for position in doc.non_overlapping(word)])
    last_end = -1
    for position in hits:
        if position < last_end:
            continue
        start = _sentence_start(text, position)
        match = ANCHOR.match(text, start)
        if match is None or match.start("subject") > position:
            continue
        if is_visa(text, text.rfind("\n", 0, start) + 1):
            continue
        stop = _SENTENCE_STOP.search(text, position, min(len(text), position + _MAX_SENTENCE))
        end = stop.end() if stop else min(len(text), position + _MAX_SENTENCE)
        found.append((match.start("subject"), end))
        last_end = end
    return found


def _sentence_start(text: str, position: int) -> int:
    """Offset where the sentence holding `position` starts (after . ! ? ; : + space, or a line break)."""
    floor = max(0, position - _MAX_SENTENCE)
    start = text.rfind("\n", floor, position) + 1 or floor
    for mark in ".;:!?":
        found = text.rfind(mark, start, position)
        while found >= 0 and not text[found + 1 : found + 2].isspace():
            found = text.rfind(mark, start, found)
        if found >= 0:
            start = found + 1
    return start


def _read_effect(ctx: Context, start: int, end: int) -> None:
    terms = ctx.record.terms
    if terms.effective_rule is not None:
        return
    match = EFFECT.search(ctx.text, start, end)
    if match is None:
        return
    rule = clean_value(match.group("rule"))
    if not rule:
        return
    terms.effective_rule = ctx.sourced(rule, match.start("rule"), match.end("rule"), "pattern:effective-rule")
    stated = find_date(rule)
    if stated is not None:
        offset = match.start("rule") + stated[1]
        terms.effective_date = ctx.sourced(stated[0], offset, offset + stated[2] - stated[1], "pattern:effective-date")
        return
    if _SIGNATURE_RULE.search(rule) and not _NOT_AT_SIGNATURE.search(rule):
        signature = terms.signature_date
        if signature is not None:
            terms.effective_date = ctx.sourced(signature.value, match.start(), match.end(), "derived:signature-date")
        else:
            ctx.finding(
                Severity.WARNING,
                "effective-date-underivable",
                "La convention prend effet à sa date de signature, mais la date de signature n'a pas été lue : "
                "la date de prise d'effet reste vide.",
                field="terms.effective_date",
                start=match.start(),
                end=match.end(),
            )
    else:
        ctx.finding(
            Severity.INFO,
            "effective-date-unstated",
            f"La prise d'effet dépend d'un événement sans date dans le texte (« {rule} ») : "
            "la date de prise d'effet reste vide.",
            field="terms.effective_date",
            start=match.start(),
            end=match.end(),
        )


def _read_end(ctx: Context, start: int, end: int) -> None:
    terms = ctx.record.terms
    text = ctx.text
    if terms.end_date is None:
        period = PERIOD.search(text, start, end)
        if period is not None:
            first = find_date(period.group("start"))
            last = find_date(period.group("end"))
            if first is not None and last is not None:
                if terms.effective_date is None:
                    terms.effective_date = ctx.sourced(
                        first[0], period.start("start"), period.end("start"), "pattern:period-start"
                    )
                terms.end_date = ctx.sourced(last[0], period.start("end"), period.end("end"), "pattern:period-end")
                return
        match = END_DATE.search(text, start, end)
        if match is not None:
            found = find_date(match.group("date"))
            if found is not None:
                terms.end_date = ctx.sourced(found[0], match.start("date"), match.end("date"), "pattern:end-date")
                return
        _read_end_of_year(ctx, start, end)


def _read_end_of_year(ctx: Context, start: int, end: int) -> None:
    """« jusqu'au 31 décembre de l'année 2024 / en cours / de sa signature »."""
    terms = ctx.record.terms
    match = END_OF_YEAR.search(ctx.text, start, end)
    if match is None:
        return
    month = month_number(match.group("month"))
    which = fold_fast(match.group("which"))
    if month is None:
        return
    year: int | None = None
    method = "pattern:end-date-of-year"
    if which[:1].isdigit():
        year = int(which)
    elif terms.signature_date is not None:
        year = terms.signature_date.value.year
        method = "derived:end-date-signature-year"
    if year is None:
        ctx.finding(
            Severity.WARNING,
            "end-date-underivable",
            f"La convention prend fin le {match.group('day')} {match.group('month')} de l'année de sa signature, "
            "mais la date de signature n'a pas été lue : la date de fin reste vide.",
            field="terms.end_date",
            start=match.start(),
            end=match.end(),
        )
        return
    try:
        value = datetime.date(year, month, int(match.group("day")))
    except ValueError:
        return
    terms.end_date = ctx.sourced(value, match.start(), match.end(), method)


def _read_duration(ctx: Context, start: int, end: int) -> None:
    if ctx.record.terms.duration_months is None:
        match = DURATION.search(ctx.text, start, end)
        if match is not None:
            _set_duration(ctx, match, "pattern:duration")
    if not ctx.notes.get(_RENEWAL_NOTE) and RENEWAL.search(ctx.text, start, end):
        ctx.notes[_RENEWAL_NOTE] = True
        ctx.finding(
            Severity.INFO,
            "tacit-renewal",
            "La convention prévoit une reconduction tacite : la date de fin ou la durée lue est celle de la "
            "période en cours, s'il y en a une.",
            field="terms.end_date",
            start=start,
            end=end,
        )


def _set_duration(ctx: Context, match: re.Match[str], method: str) -> None:
    quantity = parse_number(match.group("number"))
    if quantity is None:
        return
    value = months(quantity, match.group("unit"))
    if value is None:
        ctx.finding(
            Severity.INFO,
            "duration-not-in-months",
            f"Durée exprimée en {time_unit(match.group('unit')) or match.group('unit')}s "
            f"(« {clean_value(match.group())} ») : non convertie en mois.",
            field="terms.duration_months",
            start=match.start(),
            end=match.end(),
        )
        return
    ctx.record.terms.duration_months = ctx.sourced(value, match.start(), match.end(), method)


def _read_notice(ctx: Context) -> None:
    text = ctx.text
    for position in ctx.doc.non_overlapping("préavis"):
        match = _notice_near(ctx, max(0, position - 40), min(len(text), position + 90))
        if match is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if is_visa(text, line_start):
            continue
        number = match.group("number") or match.group("number2")
        unit = match.group("unit") or match.group("unit2")
        quantity = parse_number(number)
        if quantity is None:
            continue
        value = months(quantity, unit)
        if value is None:
            ctx.finding(
                Severity.INFO,
                "notice-not-in-months",
                f"Préavis exprimé en {time_unit(unit) or unit}s (« {clean_value(match.group())} ») : "
                "non converti en mois.",
                field="terms.notice_period_months",
                start=match.start(),
                end=match.end(),
            )
            return
        ctx.record.terms.notice_period_months = ctx.sourced(value, match.start(), match.end(), "pattern:notice")
        return


def _notice_near(ctx: Context, start: int, end: int) -> re.Match[str] | None:
    """`NOTICE.search(text, start, end)`, tried only at « préavis » when no « de préavis » is there.

    Both alternatives hold « préavis »; the first opens with it, the second (« trois mois de
    préavis ») opens with a number, which the regex tries at every offset of the window
    (the costliest search of the step). Without « de » before any « préavis » of the window,
    only the first can match, and only where « préavis » starts: tried there, in order.
    """
    text = ctx.text
    doc = ctx.doc
    if not doc.caseless:
        return NOTICE.search(text, start, end)
    lowered = doc.lowered
    positions = []
    position = lowered.find("préavis", start, end)
    while position >= 0:
        before = position
        while before > start and text[before - 1].isspace():
            before -= 1
        if before < position and lowered.endswith("de", start, before):
            return NOTICE.search(text, start, end)
        positions.append(position)
        position = lowered.find("préavis", position + 1, end)
    for position in positions:
        match = NOTICE.match(text, position, end)
        if match is not None:
            return match
    return None


def _read_publication(ctx: Context, start: int, end: int) -> None:
    text = ctx.text
    if not _PUBLISHED.search(text, start, end):
        return
    venues = ctx.record.terms.publication_venues
    known = {fold_fast(venue.value).split("/")[0] for venue in venues}
    found: list[tuple[int, int, str]] = []
    web: dict[str, tuple[int, int, str]] = {}
    for match in WEB_VENUE.finditer(text, start, end):
        domain = match.group("domain").lower()
        path = (match.group("path") or "").rstrip("/.")
        value = domain + path
        previous = web.get(domain)
        if previous is None:
            web[domain] = (match.start(), match.end(), value)
        elif len(value) > len(previous[2]):
            web[domain] = (previous[0], match.end(), value)
    found.extend(web.values())
    for match in NAMED_VENUE.finditer(text, start, end):
        found.append((match.start("venue"), match.end("venue"), clean_value(match.group("venue"))))
    for venue_start, venue_end, value in sorted(found):
        key = fold_fast(value).split("/")[0]
        if key in known:
            continue
        known.add(key)
        venues.append(ctx.sourced(value, venue_start, venue_end, "pattern:publication-venue"))


def _read_amended_end(ctx: Context) -> None:
    """The end date an avenant writes in place of the old one."""
    text = ctx.text
    for position in ctx.doc.non_overlapping("remplac"):
        match = AMENDED_END.match(text, position)
        if match is None:
            continue
        found = find_date(match.group("date"))
        if found is not None:
            ctx.record.terms.end_date = ctx.sourced(
                found[0], match.start("date"), match.end("date"), "pattern:amended-end-date"
            )
            return
    lowered = ctx.doc.lowered
    for position in sorted(p for verb in _MOVED_VERBS for p in ctx.doc.non_overlapping(verb)):
        if not _BEFORE_MOVED_VERB.search(text, max(0, position - 12), position):
            continue
        reach = max(0, position - _MOVED_REACH)
        if all(lowered.find(word, reach, position) < 0 for word in _MOVED_SUBJECT_WORDS):
            continue
        start = _sentence_start(text, position)
        match = MOVED_END.match(text, start)
        if match is None or match.start("date") < position or is_visa(text, text.rfind("\n", 0, start) + 1):
            continue
        found = find_date(match.group("date"))
        if found is not None:
            ctx.record.terms.end_date = ctx.sourced(
                found[0], match.start("date"), match.end("date"), "pattern:moved-end-date"
            )
            return


def _report(ctx: Context) -> None:
    terms = ctx.record.terms
    if terms.end_date is not None or terms.duration_months is not None:
        return
    if ctx.notes.get(_RENEWAL_NOTE):
        return  # renewed year after year: no end date to find, and the finding says so
    if ctx.record.kind is not None and ctx.record.kind.value == Kind.AVENANT:
        ctx.finding(
            Severity.INFO,
            "term-missing",
            "L'avenant ne modifie ni la durée ni la date de fin : elles restent celles de la convention initiale.",
            field="terms.end_date",
        )
        return
    if ctx.record.complete_text:
        ctx.finding(
            Severity.ERROR,
            "term-missing",
            "Durée ou date de fin non trouvée alors que le texte semble complet : à saisir à la relecture.",
            field="terms.end_date",
        )
    else:
        ctx.finding(
            Severity.INFO,
            "term-missing",
            "Durée ou date de fin non trouvée : le texte semble coupé avant la clause de durée.",
            field="terms.end_date",
        )
