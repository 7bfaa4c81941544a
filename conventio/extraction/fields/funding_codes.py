"""Programmes, centres financiers (UO) and the Chorus imputation block.

Programmes are read wherever the text names them — article, title, or a visa (a
« décision … pour le programme budgétaire 129 « … » » still tells the programme the
delegation concerns). A programme's label is kept only when it follows that
programme's own number: « programme 352 « innovations et transformations
numériques » », « programme 165 : Conseil d’Etat et autres juridictions
administratives », « programme 349 Transformation publique – … ». A quoted label
after a list (« programmes 219 et 350 de la mission « … » ») belongs to the mission,
not to a programme, and « article 105 » is no programme at all.

The Chorus imputation is read from label–value lines (« Domaine fonctionnel :\t0352-01 »,
a « Référence(s) Chorus » block or running text), each value checked against its
format and normalised (`conventio.extraction.chorus`).
"""

from __future__ import annotations

import re

from conventio.extraction.chorus import (
    compact_activite,
    compact_code,
    find_centres_financiers,
    normalise_activite,
    normalise_centre_cout,
    normalise_centre_financier,
    normalise_domaine_fonctionnel,
    programme_number,
)
from conventio.extraction.context import Context
from conventio.extraction.fields.funding_common import FundingState
from conventio.extraction.prefilter import occurrences
from conventio.extraction.record import Programme, Sourced


_NUMBER = r"(?:n°\s*|no\s+|num[ée]ro\s+)?0?\d{3}(?![\d,.]\d)(?!\d)"
PROGRAMME_MENTION = re.compile(
    rf"programmes?\s+(?:budg[ée]taires?\s+|LOLF\s+)?(?P<list>{_NUMBER}"
    rf"(?:\s*(?:,|\bet\b|&)\s*(?:(?:le|du|au)\s+)?(?:programme\s+)?{_NUMBER})*)",
    re.IGNORECASE,
)
# « P. 181 », « P.123 »: the budget shorthand for « programme 181 » (capital P only: « p. 12 » is a page).
P_ABBREVIATION = re.compile(rf"P\.[ \t]?(?P<list>{_NUMBER})")
_NUMBER_IN_LIST = re.compile(r"(?<!\d)0?\d{3}(?!\d)")
# A quoted label may be wrapped once by a copied web page (« Prévention\ndes risques »), not across a blank line.
_QUOTED_LABEL = re.compile(
    r"\s*(?:[:\-–]\s*)?[«“\"]\s*(?P<label>[^»”\"\n]{2,160}?(?:\n(?![ \t]*\n)[^»”\"\n]{1,120}?)?)\s*[»”\"]"
)
_COLON_LABEL = re.compile(r"\s*[:–]\s*(?P<label>[A-ZÀ-Ý][^\n.;()«»\"]{1,160})")
_BARE_LABEL = re.compile(r"\s+(?P<label>[A-ZÀ-Ý][a-zà-ÿ’'][^\n]{0,160})")
# Where an unquoted label stops: punctuation, a spaced dash, or a word that starts
# the rest of the sentence rather than continuing the label.
_BARE_STOP = re.compile(
    r"\s[–—-]\s|[,;:.()«»\"\n]|\s(?:dont|pour|sur|au|aux|qui|à|en|selon|par|dans|avec|ainsi|conformément|est|sont|"
    r"hors|relevant|rattach\w*|g[ée]r[ée]\w*|intitul\w*|du\s+minist\w*|de\s+la\s+mission|du\s+budget|"
    r"de\s+l['’][ÉE]tat|porté\w*|mis\w*)\b",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 12
# Quotes bound a label: official programme labels run to twenty words and more.
_MAX_QUOTED_LABEL_WORDS = 30


def _label_after(text: str, end: int) -> tuple[str, int, int, str] | None:
    """(label, start, end, method) of a programme label right after offset `end`."""
    window = text[end : end + 220]
    # No closing quote within reach: the quoted pattern cannot match (a cheap test first).
    closed = "»" in window or "”" in window or window.count('"') > 1
    match = _QUOTED_LABEL.match(window) if closed else None
    method = "pattern:programme-label-quoted"
    label_text = None
    if match:
        label_text = match.group("label")
    else:
        match = _COLON_LABEL.match(window)
        method = "pattern:programme-label-colon"
        if match:
            label_text = match.group("label")
        else:
            match = _BARE_LABEL.match(window)
            method = "pattern:programme-label-bare"
            if match:
                raw = match.group("label")
                stop = _BARE_STOP.search(raw)
                label_text = raw[: stop.start()] if stop else raw
    if match is None or label_text is None:
        return None
    label = " ".join(label_text.split()).strip(" ,;:")
    limit = _MAX_QUOTED_LABEL_WORDS if method == "pattern:programme-label-quoted" else _MAX_LABEL_WORDS
    if not label or len(label.split()) > limit or not any(c.isalpha() for c in label):
        return None
    start = end + match.start("label")
    return label, start, start + len(label_text.rstrip()), method


def extract_programmes(ctx: Context, state: FundingState) -> None:
    """Fill `funding.programmes` from every « programme(s) NNN » (or « P. NNN ») of the text."""
    text = ctx.text
    funding = ctx.record.funding
    found: dict[str, Programme] = {}
    mentions = [(position, PROGRAMME_MENTION) for position in state.index.find_all("programme")]
    # « P. 163 »: found from the capital P (a one-character search runs at memchr speed, « p. » does not).
    abbreviations = [position for position in occurrences(text, "P") if text.startswith("P.", position)]
    if abbreviations:
        mentions += [(position, P_ABBREVIATION) for position in abbreviations]
        mentions.sort(key=lambda mention: mention[0])
    for position, pattern in mentions:
        if position > 0 and text[position - 1].isalnum():
            continue
        match = pattern.match(text, position)
        if match is None:
            continue
        numbers = [
            (programme_number(m.group(0)), match.start("list") + m.start(), match.start("list") + m.end())
            for m in _NUMBER_IN_LIST.finditer(match.group("list"))
        ]
        numbers = [item for item in numbers if item[0] is not None]
        if not numbers:
            continue
        label = _label_after(text, match.end()) if len(numbers) == 1 else None
        for number, start, end in numbers:
            assert number is not None  # filtered above
            existing = found.get(number)
            if label is not None:
                label_text, _, label_end, method = label
                better = (
                    existing is None
                    or existing.label is None
                    or (existing.source.method.endswith("bare") and not method.endswith("bare"))
                )
                if better:
                    found[number] = Programme(
                        number=number, label=label_text, source=ctx.provenance(match.start(), label_end, method)
                    )
                    continue
            if existing is None:
                found[number] = Programme(
                    number=number, label=None, source=ctx.provenance(start, end, "pattern:programme")
                )
    funding.programmes.extend(found.values())


def add_programme(ctx: Context, number: str, start: int, end: int, method: str) -> None:
    """Add a programme read elsewhere (a table's programme column) unless already known."""
    if any(programme.number == number for programme in ctx.record.funding.programmes):
        return
    ctx.record.funding.programmes.append(
        Programme(number=number, label=None, source=ctx.provenance(start, end, method))
    )


def extract_centres_financiers(ctx: Context) -> None:
    """Every centre financier (UO) code of the text, once each, in order of appearance."""
    seen: set[str] = set()
    for printed, start, end in find_centres_financiers(ctx.text):
        code = normalise_centre_financier(printed)
        if code is None or code in seen:
            continue
        seen.add(code)
        ctx.record.funding.centres_financiers.append(ctx.sourced(code, start, end, "pattern:centre-financier"))


# ------------------------------------------------------------------ Chorus imputation

_SEP = r"\s*(?:n°\s*)?(?::|\t|-\s)?\s*"
_AXE = re.compile(
    rf"\b(?i:axe\s+minist[ée]riel)(?:\s+(?P<n>[1-9])(?=\s*[:\t]))?{_SEP}(?P<v>[0-9A-Z][0-9A-Z\-]{{0,14}})\b"
)
_DOMAINE = re.compile(
    rf"\bdomaines?\s+fonctionnels?{_SEP}(?P<v>\d{{3,4}}\s?-\s?\d{{2}}(?:\s?-\s?\d{{2}})?)(?![\d-])", re.IGNORECASE
)
_CENTRE_FINANCIER = re.compile(
    rf"\bcentres?\s+financiers?(?:\s*\((?:UO|BOP)\))?{_SEP}(?:BG00/)?(?P<v>\d{{3,4}}\s?-\s?[A-Z0-9]{{4}}\s?-\s?[A-Z0-9]{{4}})(?![\w-])",
    re.IGNORECASE,
)
_ACTIVITE = re.compile(
    rf"\b(?:code\s+)?activit[ée]s?\s*(?:\(s\))?{_SEP}(?:BG00/)?"
    r"(?P<v>\d{4}(?:[ .]?[0-9A-Z]){8}(?:\s*(?:,|;|/|\bet\b)\s*\d{4}(?:[ .]?[0-9A-Z]){8})*)(?![0-9A-Z])",
    re.IGNORECASE,
)
_ONE_ACTIVITE = re.compile(r"\d{4}(?:[ .]?[0-9A-Z]){8}(?![0-9A-Z])")
_CENTRE_COUT = re.compile(r"\b(?i:centres?\s+de\s+co[ûu]ts?)(?P<sep>[ ]*[:\t])?\s*(?P<v>[A-Z0-9]{6,12})\b")


# A label–value line whose value does not have the expected format (« Activité : 0352 0001 010 »):
# the value is kept as printed so that the checks report it instead of it vanishing.
_LOOSE_VALUE = r"\s*(?::|\t)\s*(?P<v>[0-9A-Za-z][0-9A-Za-z .\-/]{1,38}[0-9A-Za-z])\s*$"
_LOOSE = {
    "domaine": re.compile(rf"(?i:domaines?\s+fonctionnels?){_LOOSE_VALUE}", re.MULTILINE),
    "financier": re.compile(rf"(?i:centres?\s+financiers?(?:\s*\((?:UO|BOP)\))?){_LOOSE_VALUE}", re.MULTILINE),
    "activite": re.compile(rf"(?i:(?:code\s+)?activit[ée]s?\s*(?:\(s\))?){_LOOSE_VALUE}", re.MULTILINE),
}


# A header cell naming one Chorus reference (« Domaine fonctionnel », « Code activité ») and the
# full format of the value printed under it.
_HEADER_CELL = re.compile(r"[ \t]*(?:code\s+)?[\w ()'’]{0,40}[ \t]*", re.IGNORECASE)
_COLUMN_VALUE = {
    "fonctionnel": re.compile(r"\d{3,4}\s?-\s?\d{2}(?:\s?-\s?\d{2})?"),
    "activit": re.compile(r"\d{4}(?:[ .]?[0-9A-Z]){8}"),
}
_MAX_VALUE_ROWS = 20
_MAX_HEADER_ROW = 400


def _column_values(state: FundingState, keyword: str) -> list[tuple[str, int, int]]:
    """Values printed under a header cell holding `keyword`, one per following row.

    « Programme\tCentre financier\tDomaine fonctionnel\tActivité » then « 723\t…\t0723-11\t… »:
    the references as a header row and value rows. Each value must have the reference's
    full format, and a row must have as many cells as the header (else the column is unsure).
    """
    text = state.index.text
    pattern = _COLUMN_VALUE[keyword]
    for anchor in state.index.find_all(keyword):
        # A header row is short: lines are looked for within bounds, so that a long line
        # repeating the keyword stays linear.
        floor, ceiling = max(0, anchor - _MAX_HEADER_ROW), min(len(text), anchor + _MAX_HEADER_ROW)
        line_start = text.rfind("\n", floor, anchor) + 1
        line_end = text.find("\n", anchor, ceiling)
        if (line_start == 0 and floor > 0) or (line_end == -1 and ceiling < len(text)):
            continue
        line_end = ceiling if line_end == -1 else line_end
        if text.find("\t", line_start, line_end) == -1:
            continue
        column = text.count("\t", line_start, anchor)
        width = text.count("\t", line_start, line_end) + 1
        cell_start = text.rfind("\t", line_start, anchor) + 1 or line_start
        cell_end = text.find("\t", anchor, line_end)
        if not _HEADER_CELL.fullmatch(text, cell_start, line_end if cell_end == -1 else cell_end):
            continue
        values: list[tuple[str, int, int]] = []
        row_start = line_end + 1
        while row_start < len(text) and len(values) < _MAX_VALUE_ROWS:
            row_end = text.find("\n", row_start, row_start + _MAX_HEADER_ROW)
            if row_end == -1:
                if len(text) - row_start > _MAX_HEADER_ROW:
                    break
                row_end = len(text)
            cells = text[row_start:row_end].split("\t")
            if len(cells) != width:
                break
            offset = row_start + sum(len(cell) + 1 for cell in cells[:column])
            value = cells[column].strip()
            if not pattern.fullmatch(value):
                break
            start = offset + cells[column].index(value)
            values.append((value, start, start + len(value)))
            row_start = row_end + 1
        if values:
            return values
    return []


def _loose(state: FundingState, kind: str, keyword: str) -> re.Match[str] | None:
    text = state.index.text
    for anchor in state.index.find_all(keyword):
        line_start = text.rfind("\n", 0, anchor) + 1
        line_end = text.find("\n", anchor)
        line_end = len(text) if line_end == -1 else line_end
        # From just before this keyword (« code activité ») to a short window after it: one
        # search per occurrence stays linear on a line repeating the keyword.
        match = _LOOSE[kind].search(text, max(line_start, anchor - 8), min(line_end, anchor + 300))
        if match and any(c.isdigit() for c in match.group("v")):
            return match
    return None


def _near(state: FundingState, keyword: str, before: int = 40, after: int = 200) -> list[tuple[int, int]]:
    """Windows around each occurrence of `keyword` (lower case) in the text."""
    length = len(state.index.text)
    return [(max(0, p - before), min(length, p + after)) for p in state.index.find_all(keyword)]


def _first(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> re.Match[str] | None:
    for start, end in windows:
        match = pattern.search(text, start, end)
        if match:
            return match
    return None


def extract_chorus(ctx: Context, state: FundingState) -> None:
    """The Chorus imputation: axe ministériel, domaine fonctionnel, centre financier, activités, centre de coût."""
    text = ctx.text
    chorus = ctx.record.funding.chorus
    if state.index.contains("axe minist"):
        match = _first(_AXE, text, _near(state, "axe minist", 5, 60))
        if match:
            chorus.axe_ministeriel = ctx.sourced(
                match.group("v"), match.start("v"), match.end("v"), "chorus:label-value"
            )
    if state.index.contains("fonctionnel"):
        match = _first(_DOMAINE, text, _near(state, "fonctionnel", 20, 60)) or _loose(state, "domaine", "fonctionnel")
        if match:
            code = normalise_domaine_fonctionnel(match.group("v")) or compact_code(match.group("v"))
            chorus.domaine_fonctionnel = ctx.sourced(code, match.start("v"), match.end("v"), "chorus:label-value")
        else:
            column = _column_values(state, "fonctionnel")
            domaines = {normalise_domaine_fonctionnel(value) or compact_code(value) for value, _, _ in column}
            if len(domaines) == 1:  # rows naming different domaines: none is « the » domaine
                _, start, end = column[0]
                chorus.domaine_fonctionnel = ctx.sourced(domaines.pop(), start, end, "chorus:header-row")
    if state.index.contains("financier"):
        match = _first(_CENTRE_FINANCIER, text, _near(state, "financier", 20, 80)) or _loose(
            state, "financier", "financier"
        )
        if match:
            code = normalise_centre_financier(match.group("v")) or compact_code(match.group("v"))
            chorus.centre_financier = ctx.sourced(code, match.start("v"), match.end("v"), "chorus:label-value")
    seen: set[int] = set()
    for window_start, window_end in _near(state, "activit", 20, 160):
        for match in _ACTIVITE.finditer(text, window_start, window_end):
            if match.start("v") in seen:
                continue
            seen.add(match.start("v"))
            offset = match.start("v")
            for one in _ONE_ACTIVITE.finditer(match.group("v")):
                code = normalise_activite(one.group(0)) or compact_activite(one.group(0))
                if any(existing.value == code for existing in chorus.activites):
                    continue
                chorus.activites.append(
                    ctx.sourced(code, offset + one.start(), offset + one.end(), "chorus:label-value")
                )
    if not chorus.activites:
        for value, start, end in _column_values(state, "activit"):
            code = normalise_activite(value) or compact_activite(value)
            if all(existing.value != code for existing in chorus.activites):
                chorus.activites.append(ctx.sourced(code, start, end, "chorus:header-row"))
    if not chorus.activites:
        match = _loose(state, "activite", "activit")
        if match:
            chorus.activites.append(
                ctx.sourced(
                    compact_activite(match.group("v")), match.start("v"), match.end("v"), "chorus:label-value-loose"
                )
            )
    chorus.centre_cout = _centre_cout(ctx, state)


def _centre_cout(ctx: Context, state: FundingState) -> Sourced[str] | None:
    # Both phrases found from one search for « centre » (each full-text search costs ~15 µs).
    length = len(ctx.text)
    anchors = state.index.find_all_via("centre", ("centre de co", "centres de co"))
    windows = [(max(0, p - 5), min(length, p + 60)) for p in anchors]
    for window_start, window_end in sorted(windows):
        for match in _CENTRE_COUT.finditer(ctx.text, window_start, window_end):
            printed = match.group("v")
            # In running text a bare word after « centre de coût » is not a code.
            if not match.group("sep") and not any(c.isdigit() for c in printed):
                continue
            cost_centre = normalise_centre_cout(printed)
            if cost_centre:
                return ctx.sourced(cost_centre, match.start("v"), match.end("v"), "chorus:label-value")
    return None
