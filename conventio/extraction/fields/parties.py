"""Parties: who delegates, who manages, with acronym, address and representative.

The genre introduces parties in one clause, « Entre … et … », in many layouts:
one paragraph per party (name, « Adresse : », « Représentée par », « Ci-après
dénommée « le délégant » »); one line per party ending in « désigné sous le terme de
« délégant », d'une part, »; several co-délégataires, one per line, closed by a shared
« Désignés sous le terme de « co-délégataires » »; parties listed délégataire first;
office-holders as parties (« Le directeur des sports »). The role is read from the
words the text attaches to each party (« délégant », « partenaire-délégataire »,
« codélégataires »…), never from the order.

The clause is cut into groups at « Et » / « d'une part » / « d'autre part »; each group
carries one role clause and one or more parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conventio.extraction.context import Context, construct
from conventio.extraction.patterns import QUOTED, clean_value, drop_article, fold, is_masked, squash
from conventio.extraction.record import Party, Person, Role, Severity, Sourced


BLOCK_START = re.compile(
    r"^[ \t•\-–]*entre\b(?:\s+les\s+(?:soussignée?s|parties\s+suivantes))?[ \t]*:?"
    r"|^[^\n]*?\bconclue?\s+entre\s*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
# Layout where each party comes under a role heading: « Le délégant : » then the party.
ROLE_HEADING = re.compile(
    r"^[ \t]*(?:le|la|les)\s+(?P<role>co-?délégataires?|délégataire|délégant)\s*:[ \t]*\n?",
    re.IGNORECASE | re.MULTILINE,
)
BLOCK_END = re.compile(
    r"^[ \t]*(?:vu\b|il\s+(?:a\s+été|est)\s+convenu|préambule\b|et\s+ensemble\b|article\b|considérant\b"
    r"|les\s+parties\s+conviennent|la\s+présente\s+convention\s+a\s+pour\s+objet)",
    re.IGNORECASE | re.MULTILINE,
)
# Separators between groups of parties.
GROUP_SEPARATOR = re.compile(
    r"d['’](?:une|autre)\s+part\b[ \t,;:.]*(?:\n[ \t]*)?(?:\bet\b[ \t]*:?[ \t]*(?=\n|$))?"
    r"|^[ \t]*(?:et|and)[ \t]*:?[ \t,]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The clause that gives a party (or a group) its role: « Ci-après dénommée « le délégant » ».
ROLE_CLAUSE = re.compile(
    r"[,;]?\s*(?:(?:ci-?après|ci-?dessous)(?:\s+(?:dénommée?s?|désignée?s?|appelée?s?|nommée?s?|désigné\(e\)))?"
    r"|(?:dénommée?s?|désignée?s?|appelée?s?|désigné\(e\))(?:\s+ci-?après)?)\b",
    re.IGNORECASE,
)
# « ci-après dénommées ensemble « les partenaires » »: a role given to every party at once.
TOGETHER = re.compile(
    r"(?:ci-?après\s+)?(?:dénommée?s?|désignée?s?)?\s*(?:ci-?après\s+)?ensemble\s*[«“\"]\s*(?P<words>[^»”\"]{2,40}?)\s*[»”\"]",
    re.IGNORECASE,
)
UNQUOTED_ROLE = re.compile(
    r"\s*(?:sous\s+le\s+terme\s+(?:de\s+)?)?(?:le\s+|la\s+|les\s+|l['’])?"
    r"(?P<role>co-?délégataires?|codélégataires?|partenaire-délégataire|délégataire|délégant)\b",
    re.IGNORECASE,
)
BARE_ROLE = re.compile(
    r",\s*(?:en\s+(?:sa\s+)?qualité\s+de\s+|agissant\s+en\s+tant\s+que\s+)?(?:le\s+|la\s+)?"
    r"(?P<role>co-?délégataires?|délégataire|délégant|partenaire-délégataire)\s*(?=[,;.]|$)",
    re.IGNORECASE,
)
# A new party starts on a new line after « ; » or « , », with an article or a bullet.
ENTRY_BREAK = re.compile(
    r"(?<=[;,])[ \t]*\n(?:[ \t]*\n)*"
    r"(?=[ \t]*(?:[•\-–][ \t]*)?(?:(?:Le|La|Les|LE|LA|LES)\s|L['’])|[ \t]*[•\-–][ \t]*(?:(?:le|la|les)\s|l['’]))"
)
LEADING_NOISE = re.compile(
    r"(?:[ \t\n•\-–]+|d['’](?:une|autre)\s+part\s*,?\s*|entre\s*:?\s*|et\s*:?\s+(?=(?:le|la|les|l['’])\b))+",
    re.IGNORECASE,
)
# An address that follows a name after a comma: « , 2G rue du Général Delaborde, 21000 Dijon »,
# « , place Beauvau, 75008 Paris », « , BP 676, Kawéni, 97600 Mamoudzou ».
_STREET = (
    r"(?:\d{1,4}\s*(?:bis|ter|[A-Z])?\s*,?\s*)?(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|allées|chemin|cours"
    r"|square|impasse|route|esplanade|parvis|cité|tour|immeuble|bp|b\.p\.|cs|tsa)\b"
)
INLINE_ADDRESS = re.compile(
    rf",\s*(?:sise?\s+(?:au\s+|à\s+)?)?(?P<value>{_STREET}[^\n]*?\b\d{{5}}\b[^,\n]*?(?:\s+cedex(?:\s+\d{{1,2}})?)?)"
    r"(?=\s*,|\s*$|\s+représenté)",
    re.IGNORECASE,
)
NAME_END = re.compile(
    r",?\s*\breprésentée?s?\b|\n|\badresse\s*:|,\s*(?:sis|sise|dont\s+le\s+siège)\b|,\s*(?=ci-?après)"
    r"|,\s*(?=(?:désignée?s?|dénommée?s?)\b)"
    r"|\s+(?=sise?\s+(?:au\s+|à\s+)?\d)"
    rf"|,\s*(?={_STREET})"
    r"|,\s*(?=(?:responsable|établissement\s+public|agissant|autorité|service\s+à\s+compétence|opérateur|en\s+qualité)\b)",
    re.IGNORECASE,
)
ADDRESS = re.compile(
    r"\b(?:adresse|sise?\s+au|sise?\s+à|sise?(?=\s+\d))\s*:?\s*(?P<value>[^\n]+?)"
    r"(?=\s*,?\s*\breprésentée?s?\b|\s*,?\s*(?:ci-?après|désignée?|dénommée?)\b|\s*\n|\s*$)",
    re.IGNORECASE,
)
REPRESENTATIVE = re.compile(r"\breprésentée?s?\s+par\s*:?[ \t]*(?P<value>[^\n;]*)", re.IGNORECASE)
ADDITIONAL = re.compile(r"^[ \t]*[Ee]t\s+(?:par\s+)?(?P<value>[A-ZÉÈ][^\n;]*)", re.MULTILINE)
# « (DINUM) », « (DRAC Bretagne) », « (PFAF Sud-Est) », « (SDJES 13) »: an upper-case head, then at
# most two short qualifiers (region, département number).
PAREN_ACRONYM = re.compile(
    r"\s*\((?P<acronym>[A-Z][A-Za-z0-9&\-]{1,14}(?:\s(?:(?:de|du|des|la|le)\s){0,2}(?:d['’]|l['’])?[A-Z0-9][\w\-]{0,20}){0,3})\)"
)
_ACRONYM_HEAD = re.compile(r"^[A-Z][A-Z0-9&\-]*[A-Z0-9]")
# Head words of an organisation: an acronym after a nested « de la direction … » is the parent's.
NESTED_ORGANISATION = re.compile(
    r"\b(?:de\s+la|du|de\s+l['’]|des)\s+(?:direction|service|ministère|secrétariat|délégation|mission|agence"
    r"|inspection|commissariat|office|institut|bureau|département|sous-direction|préfecture|rectorat|académie"
    r"|administration|établissement|centre|conseil|cour|tribunal|haut-commissariat|état-major)\b",
    re.IGNORECASE,
)
APPENDED_CLAUSE = re.compile(r"^(?:agissant|en\s+qualité|par\s+délégation|dûment|habilitée?)\b", re.IGNORECASE)
RANK = re.compile(
    r"^(?:administrat(?:eur|rice)|ingénieure?|inspect(?:eur|rice)|contrôleur|contrôleuse|commissaire|colonel"
    r"|lieutenant|capitaine|commandant|général|générale|amiral|conseill(?:er|ère)\s+(?:d'état|maître|référendaire))"
    r"(?:\s+(?:général|générale|en\s+chef|de\s+(?:1re|2e|première|deuxième)\s+classe|hors\s+classe))*"
    r"(?:\s+(?:des|de\s+l['’]|de\s+la|du)\s+[\w\s'’\-]+)?$",
    re.IGNORECASE,
)
CIVILITY = re.compile(r"^(?:monsieur|madame|mademoiselle|m\.|mme|mlle)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"^(?:son|sa|ses|leur)\s+", re.IGNORECASE)
# « M. Mathieu Corbasson », « Mme Laure Ballanger », « Madame Anne Roux »: a civility then a name.
CIVIL_NAME = re.compile(r"^(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+(?P<name>[A-ZÉÈX][^,;\n]*)$")
_NAME_WORD = r"[A-ZÉÈÊÀÂÎÔÛÇ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"
_PARTICLE = r"(?:de|du|des|d['’]|le|la|van|von|DE|DU|DES|LE|LA)"
PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,5}}$")
NAME_AT_END = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*[ \t]+(?:{_PARTICLE}[ \t]+)?[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]+"
    rf"(?:[ \t]+[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]+)*)$"
)
# A name ending a rank (« le contrôleur général des armées Fabrice Ormesson »).
_LOOSE_NAME_AT_END = re.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD})+)$")
_FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux", "en", "pour", "sur"}
ACRONYM_TERM = re.compile(r"^(?:le|la|les|l['’])?\s*(?P<acronym>[A-Z][A-Z0-9&\-]{1,11})$")


# A line break inside a sentence (HTML copies, PDF wrapping): the line does not close its
# clause and the next one does not open a new element of the parties clause.
SOFT_BREAK = re.compile(
    r"(?<=[^\n;:.\s])[ \t]*\n(?![ \t]*\n)"
    r"(?![ \t]*(?:et|and|entre|adresse|d['’](?:une|autre)\s+part|[•\-–])(?:\b|\s|$))",
    re.IGNORECASE,
)
_SEPARATOR_LINE = re.compile(r"(?:^|\n)[ \t]*(?:et|and|entre|ET|Et)[ \t]*:?[ \t]*$", re.IGNORECASE)


def _soften(block: str) -> str:
    """Turn soft line breaks into spaces (same length): not after a separator line (« Et »),
    and after a comma only when the next line goes on in lower case (« …écologique,\nde la … »)."""

    def replace(match: re.Match[str]) -> str:
        before = block[: match.start()]
        if _SEPARATOR_LINE.search(before):
            return match.group()
        if before.rstrip(" \t").endswith(","):
            following = block[match.end() : match.end() + 1]
            if not following.islower():
                return match.group()
        return " " * len(match.group())

    return SOFT_BREAK.sub(replace, block)


# `ROLE_CLAUSE` and `TOGETHER` open with optional words: `re` tries them at every offset, at
# about a tenth of a microsecond per character. Both are started near their cue word instead.
# Every `ROLE_CLAUSE` match opens, after « , » or « ; » and blanks, with one of these (lower case).
_ROLE_CLAUSE_CUES = ("ci-après", "ciaprès", "ci-dessous", "cidessous", "dénomm", "désign", "appel")
# Characters `re.IGNORECASE` matches to « i » or « s » although lower-casing does not give them.
_CASE_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")


def _lowered_segment(text: str, start: int, end: int) -> str | None:
    """text[start:end] lower-cased, or None when a literal search in it would not be what
    `re.IGNORECASE` finds (then the regexes scan the whole segment)."""
    segment = text[start:end].lower()
    if len(segment) != end - start or any(char in segment for char in _CASE_EXCEPTIONS):
        return None
    return segment


def _role_clause(text: str, start: int, end: int) -> re.Match[str] | None:
    """`ROLE_CLAUSE.search(text, start, end)`, started at the blanks and « , » before its first cue word."""
    segment = _lowered_segment(text, start, end)
    if segment is None:
        return ROLE_CLAUSE.search(text, start, end)
    found = [position for position in (segment.find(cue) for cue in _ROLE_CLAUSE_CUES) if position >= 0]
    if not found:
        return None
    position = start + min(found)
    while position > start and text[position - 1].isspace():
        position -= 1
    if position > start and text[position - 1] in ",;":
        position -= 1
    return ROLE_CLAUSE.search(text, position, end)


def _together(text: str, start: int, end: int) -> re.Match[str] | None:
    """`TOGETHER.search(text, start, end)`, started three words before the first « ensemble ».

    What may precede « ensemble » in a match is at most three words (« ci-après dénommées
    ci-après »), each one run of non-blank characters.
    """
    segment = _lowered_segment(text, start, end)
    if segment is None:
        return TOGETHER.search(text, start, end)
    first = segment.find("ensemble")
    if first < 0:
        return None
    position = start + first
    for _ in range(3):
        while position > start and text[position - 1].isspace():
            position -= 1
        while position > start and not text[position - 1].isspace():
            position -= 1
    return TOGETHER.search(text, position, end)


VIEW_KEY = "parties.view"


def _view(ctx: Context) -> str:
    """The text the parties extractor reads: soft line breaks of the parties clause are spaces.

    Same length as `ctx.text` (one character for one), so offsets and provenance hold.
    """
    view = ctx.notes.get(VIEW_KEY)
    return view if isinstance(view, str) else ctx.text


@dataclass
class _Group:
    start: int
    end: int


def extract_parties(ctx: Context) -> None:
    text = ctx.text
    limit = min(len(text), 20000)
    start_match = BLOCK_START.search(text, 0, limit)
    if start_match is not None:
        block_start = start_match.end()
    else:
        paragraph_start = _paragraph_of_first_role_clause(text, limit)
        if paragraph_start is None:
            _read_role_headings(ctx, limit)
            _report_missing(ctx)
            return
        block_start = paragraph_start
    end_match = BLOCK_END.search(text, block_start)
    block_end = end_match.start() if end_match else min(len(text), block_start + 4000)
    ctx.notes["parties_end"] = block_end
    block = text[block_start:block_end]
    softened = _soften(block)
    ctx.notes[VIEW_KEY] = text[:block_start] + softened + text[block_end:]
    text = _view(ctx)
    groups = _groups(text, block_start, block_end)
    shared = _together(text, block_start, block_end)
    for group in groups:
        _read_group(ctx, group, shared=shared)
    _report_missing(ctx)


def _paragraph_of_first_role_clause(text: str, limit: int) -> int | None:
    """Where the parties begin when no « Entre » introduces them: the paragraph holding
    the first role clause (« désigné sous le terme de « délégataire » ») before the visas."""
    end_match = BLOCK_END.search(text, 0, limit)
    end = end_match.start() if end_match else limit
    for clause in ROLE_CLAUSE.finditer(text, 0, end):
        quoted = QUOTED.search(text, clause.end(), min(end, clause.end() + 80))
        if quoted is None or _role_of([quoted.group(1)]) is None:
            continue
        paragraph = text.rfind("\n\n", 0, clause.start())
        return 0 if paragraph == -1 else paragraph + 2
    return None


def _read_role_headings(ctx: Context, limit: int) -> None:
    """« Le délégant : <party> » … « Le délégataire : <party> »: each heading gives its role."""
    text = _view(ctx)
    headings = list(ROLE_HEADING.finditer(text, 0, limit))
    for index, heading in enumerate(headings):
        start = heading.end()
        next_start = headings[index + 1].start() if index + 1 < len(headings) else None
        end_match = BLOCK_END.search(text, start)
        end = min(x for x in (next_start, end_match.start() if end_match else None, start + 2000) if x is not None)
        words = [heading.group("role")]
        role = _role_of(words)
        if role is None:
            continue
        for entry_start, entry_end in _entries(text, start, end):
            party = _read_entry(ctx, entry_start, entry_end, role, words, (heading.start("role"), heading.end("role")))
            if party is not None:
                ctx.record.parties.append(party)


def _groups(text: str, start: int, end: int) -> list[_Group]:
    groups: list[_Group] = []
    cursor = start
    for separator in GROUP_SEPARATOR.finditer(text, start, end):
        if text[cursor : separator.start()].strip(" \t\n,;:"):
            groups.append(_Group(cursor, separator.start()))
        cursor = separator.end()
    if text[cursor:end].strip(" \t\n,;:"):
        groups.append(_Group(cursor, end))
    return groups


_DELEGANT_WORD = re.compile(r"\bdelegant")
_PARTNER_WORD = re.compile(r"\bpartenaire")


def _role_of(words: list[str]) -> Role | None:
    folded = [fold(word) for word in words]
    if any("co-delegataire" in word or "codelegataire" in word for word in folded):
        return Role.CO_DELEGATAIRE
    if any("delegataire" in word for word in folded):
        return Role.DELEGATAIRE
    if any(_DELEGANT_WORD.search(word) for word in folded):
        return Role.DELEGANT
    if any(_PARTNER_WORD.search(word) for word in folded):
        return Role.OTHER
    return None


def _read_group(ctx: Context, group: _Group, *, shared: re.Match[str] | None = None) -> None:
    text = _view(ctx)
    if shared is not None and group.start <= shared.start() < group.end:
        group = _Group(group.start, shared.start())  # the « ensemble » clause is not a party
    clause = _role_clause(text, group.start, group.end)
    if clause is None and shared is not None:
        # « A, B et C, ci-après dénommées ensemble « les partenaires » »: one role for all.
        for entry_start, entry_end in _entries(text, group.start, group.end):
            words = [shared.group("words")]
            party = _read_entry(ctx, entry_start, entry_end, _role_of(words) or Role.OTHER, words, shared.span())
            if party is not None:
                ctx.record.parties.append(party)
        return
    role_words: list[str] = []
    acronyms: list[tuple[str, int, int]] = []
    body_end = group.end
    role_span = (group.start, group.end)
    if clause is not None:
        body_end = clause.start()
        role_span = (clause.start(), group.end)
        for quoted in QUOTED.finditer(text, clause.end(), group.end):
            term = quoted.group(1).strip()
            acronym = ACRONYM_TERM.match(term)
            if acronym and _role_of([term]) is None:
                acronyms.append((acronym.group("acronym"), quoted.start(1), quoted.end(1)))
            elif _role_of([term]) is not None:
                role_words.append(term)
    if clause is not None and not role_words:
        for designation in acronyms_or_names(text, clause.end(), group.end):
            found = _role_by_apposition(ctx, designation)
            if found is not None:
                role_words = [designation, found]
                break
    if clause is not None and not role_words:
        unquoted = UNQUOTED_ROLE.match(text, clause.end(), group.end)
        if unquoted is not None:
            role_words = [unquoted.group("role")]
            role_span = (unquoted.start("role"), unquoted.end("role"))
    role = _role_of(role_words)
    if role is None:
        bare = BARE_ROLE.search(text, group.start, group.end)
        if bare is not None:
            role_words = [bare.group("role")]
            role = _role_of(role_words)
            body_end = min(body_end, bare.start())
            role_span = (bare.start("role"), bare.end("role"))
    if role is None:
        return
    entries = _entries(text, group.start, body_end)
    for index, (entry_start, entry_end) in enumerate(entries):
        party = _read_entry(ctx, entry_start, entry_end, role, role_words, role_span)
        if party is None:
            continue
        if index == 0 and len(entries) == 1 and acronyms and party.acronym is None:
            value, start, end = acronyms[0]
            party.acronym = ctx.sourced(value, start, end, "pattern:quoted-acronym")
        ctx.record.parties.append(party)


def acronyms_or_names(text: str, start: int, end: int) -> list[str]:
    """The quoted designations of a role clause that are not role words (« la DINUM », « le ministère »)."""
    return [
        drop_article(quoted.group(1).strip())
        for quoted in QUOTED.finditer(text, start, end)
        if _role_of([quoted.group(1)]) is None
    ]


def _role_by_apposition(ctx: Context, designation: str) -> str | None:
    """« la DINUM, délégante, » / « au ministère, délégataire, » anywhere before the articles."""
    if len(designation) < 3:
        return None
    pattern = re.compile(
        rf"\b(?:le|la|l['’]|au|à\s+la|à\s+l['’])\s*{re.escape(designation)}\s*,\s*"
        r"(?P<role>co-?délégataires?|délégataire|délégante?)\b",
        re.IGNORECASE,
    )
    match = pattern.search(ctx.text, 0, min(len(ctx.text), 15000))
    return match.group("role") if match else None


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    entries = []
    cursor = start
    for split in ENTRY_BREAK.finditer(text, start, end):
        entries.append((cursor, split.start()))
        cursor = split.end()
    entries.append((cursor, end))
    return [(s, e) for s, e in entries if text[s:e].strip(" \t\n,;:")]


def _read_entry(
    ctx: Context, start: int, end: int, role: Role, role_words: list[str], role_span: tuple[int, int]
) -> Party | None:
    text = _view(ctx)
    noise = LEADING_NOISE.match(text, start, end)
    if noise:
        start = noise.end()
    while start < end and text[start] in " \t\n":
        start += 1
    name_end_match = NAME_END.search(text, start, end)
    name_end = name_end_match.start() if name_end_match else end
    raw_name = text[start:name_end]
    acronym = _own_acronym(ctx, raw_name, start)
    name = clean_value(drop_article(CIVILITY.sub("", PAREN_ACRONYM.sub("", raw_name).strip())), trailing=" ,;:")
    if len(name) < 3 or is_masked(name):
        return None
    values: dict[str, object] = {
        "name": ctx.sourced(name, start, name_end, "pattern:party-name"),
        "acronym": acronym,
        "role": ctx.sourced(role, role_span[0], role_span[1], "pattern:role-words"),
        "role_words": list(role_words),
        "address": None,
        "representative": None,
        "additional_representatives": [],
        "signatory": None,
    }
    # Every value already has its field's type: built without validation, which would copy
    # the three `Sourced` just made into new `Sourced[str]` and `Sourced[Role]` (same JSON).
    party = construct(Party, values) if type(role) is Role else Party.model_validate(values)
    _read_address(ctx, party, start, end)
    _read_representatives(ctx, party, start, end)
    return party


def _own_acronym(ctx: Context, raw_name: str, offset: int) -> Sourced[str] | None:
    """The parenthesised acronym that abbreviates the party itself, not its parent body."""
    match = PAREN_ACRONYM.search(raw_name)
    if match is None:
        return None
    head = match.group("acronym").split()[0]
    if " " in match.group("acronym") and not (_ACRONYM_HEAD.match(head) and head.isupper()):
        return None
    if NESTED_ORGANISATION.search(raw_name, 0, match.start()) and not _abbreviates_head(head, raw_name):
        return None
    return ctx.sourced(
        match.group("acronym"), offset + match.start("acronym"), offset + match.end("acronym"), "pattern:paren-acronym"
    )


def _abbreviates_head(acronym: str, name: str) -> bool:
    """True when the acronym's letters are the initials of the name's first words (PFAF, DO)."""
    words = [w for w in re.split(r"[\s\-’']+", drop_article(name)) if w and fold(w) not in _FUNCTION_WORDS]
    initials = "".join(fold(word)[0] for word in words)
    return len(acronym) >= 2 and initials.startswith(fold(acronym))


def _read_address(ctx: Context, party: Party, start: int, end: int) -> None:
    text = _view(ctx)
    match = ADDRESS.search(text, start, end)
    if match is None:
        # « …, 2G rue du Général Delaborde, 21000 Dijon, représenté par … »: before the representative.
        represented = REPRESENTATIVE.search(text, start, end)
        match = INLINE_ADDRESS.search(text, start, represented.start() if represented else end)
    if match is None:
        return
    value = clean_value(match.group("value"))
    if not value:
        return
    if is_masked(value):
        ctx.finding(
            Severity.INFO,
            "masked-value",
            f"L'adresse de « {party.name.value} » est masquée dans le texte publié : elle n'est pas reprise.",
            field="parties.address",
            start=match.start("value"),
            end=match.end("value"),
        )
        return
    party.address = ctx.sourced(value, match.start("value"), match.end("value"), "pattern:address")


def _read_representatives(ctx: Context, party: Party, start: int, end: int) -> None:
    text = _view(ctx)
    for match in REPRESENTATIVE.finditer(text, start, end):
        value_start, value_end = match.start("value"), match.end("value")
        clause = _role_clause(text, value_start, value_end)
        if clause is not None:
            value_end = clause.start()
        if not text[value_start:value_end].strip(" ,;:"):
            continue
        party.representative = _person(ctx, party, value_start, value_end)
        break
    if party.representative is None:
        return
    for match in ADDITIONAL.finditer(text, start, end):
        value_start, value_end = match.start("value"), match.end("value")
        if "," not in text[value_start:value_end]:
            continue
        party.additional_representatives.append(_person(ctx, party, value_start, value_end))


def _person(ctx: Context, party: Party, start: int, end: int) -> Person:
    """Read a representative clause in any of the genre's orders.

    « Prénom NOM, titre », « M. Prénom Nom, titre », « son directeur, M. Prénom Nom »,
    « la directrice …, Mme Prénom Nom », « l'ingénieur général … Prénom NOM, titre »
    (a rank is not a title), or a function alone (« le directeur des opérations »).
    """
    text = _view(ctx)
    parts = _comma_parts(text, start, end)
    person = Person()
    for index, (part_start, part_end) in enumerate(parts):
        found = person_name_in(text[part_start:part_end], first=index == 0)
        if found is None:
            continue
        name, masked = found
        if masked:
            ctx.finding(
                Severity.INFO,
                "masked-value",
                f"Le nom du représentant de « {party.name.value} » est masqué dans le texte publié : "
                f"il n'est pas repris.",
                field="parties.representative",
                start=part_start,
                end=part_end,
            )
        else:
            person.name = ctx.sourced(name, part_start, part_end, "pattern:representative-name")
        title_parts = parts[index + 1 :] if index == 0 else parts[:index]
        if title_parts:
            title = _title(text, title_parts)
            if title:
                person.title = ctx.sourced(
                    title, title_parts[0][0], title_parts[-1][1], "pattern:representative-title"
                )
        return person
    title = _title(text, parts)
    if title:
        person.title = ctx.sourced(title, start, end, "pattern:function-only-representative")
    return person


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts = []
    cursor = start
    for index in range(start, end):
        if text[index] == ",":
            parts.append((cursor, index))
            cursor = index + 1
    parts.append((cursor, end))
    return [(s, e) for s, e in parts if text[s:e].strip(" ,;:.")]


def person_name_in(part: str, *, first: bool) -> tuple[str, bool] | None:
    """(name, masked) when `part` names a person, else None."""
    clean = squash(part).strip(" ,;:.")
    civil = CIVIL_NAME.match(clean)
    if civil is not None:
        name = civil.group("name").strip()
        return name, is_masked(name)
    if is_masked(clean):
        return clean, True
    if drop_article(clean) == clean and PERSON_NAME.match(clean):
        return clean, False
    if drop_article(clean) != clean and first:
        at_end = NAME_AT_END.search(clean) or _LOOSE_NAME_AT_END.search(clean)
        if at_end is not None:
            before = clean[: at_end.start()].split()
            if before and before[-1].lower().rstrip("'’") not in _FUNCTION_WORDS:
                return at_end.group("name"), False
    return None


def _title(text: str, parts: list[tuple[int, int]]) -> str:
    pieces = [squash(text[s:e]).strip(" ,;:.") for s, e in parts]
    pieces = [piece for piece in pieces if not APPENDED_CLAUSE.match(piece)]
    # A grade before the function (« administratrice générale des finances publiques, directrice … »).
    while len(pieces) > 1 and RANK.match(pieces[0]):
        pieces = pieces[1:]
    title = ", ".join(pieces)
    title = POSSESSIVE.sub("", drop_article(title)) if POSSESSIVE.match(title) is None else POSSESSIVE.sub("", title)
    return clean_value(title)


def _report_missing(ctx: Context) -> None:
    roles = {party.role.value for party in ctx.record.parties}
    severity = Severity.ERROR if ctx.record.complete_text else Severity.WARNING
    if Role.DELEGANT not in roles:
        ctx.finding(
            severity,
            "missing-delegant",
            "Aucun délégant n'a pu être identifié dans le texte (clause « Entre … et … » absente ou illisible).",
            field="parties",
        )
    if Role.DELEGATAIRE not in roles and Role.CO_DELEGATAIRE not in roles:
        ctx.finding(
            severity,
            "missing-delegataire",
            "Aucun délégataire n'a pu être identifié dans le texte.",
            field="parties",
        )
