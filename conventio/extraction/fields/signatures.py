"""Signatories: who actually signs for each party, and « pour » whom.

The signature block follows « Fait à …, le … ». Each party has a heading (« Le
délégant, », « La DINUM, », « Pour le délégataire : »), then optionally « Pour le
directeur de … » (the office signed for), the signer's function, and the signer's
name — the function may also come after the name (« Alain REGNIER / Préfet / Délégué
interministériel… »). A signer is attached to the party whose representative has
the same name, else to the nearest heading above it. A party left without a signer
in a complete text gets a finding: the published copy does not show who signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conventio.extraction.context import Context
from conventio.extraction.fields.parties import PERSON_NAME, person_name_in
from conventio.extraction.patterns import fold, is_masked
from conventio.extraction.prefilter import line_matches
from conventio.extraction.record import Party, Role, Severity, Signatory


FAIT_LINE = re.compile(r"^[ \t]*Fait\s+(?:à|a|en)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
BLOCK_END = re.compile(r"^[ \t]*(?:annexe|article)\b", re.IGNORECASE | re.MULTILINE)
CONTINUATION = re.compile(r"^(?:de|du|des|d['’]|et|à|au|aux|en|chargée?|pour)\b")
ARTICLE_START = re.compile(r"^(?:(?:le|la|les)\s+|l['’]\s*)", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")


@dataclass
class _Line:
    text: str
    start: int
    end: int
    blank_before: bool = False


@dataclass
class _Slot:
    party: Party | None
    heading: _Line | None
    rank_line: bool = False
    pour: list[_Line] = field(default_factory=list)
    before: list[_Line] = field(default_factory=list)
    name: _Line | None = None
    after: list[_Line] = field(default_factory=list)


def extract_signatures(ctx: Context) -> None:
    text = ctx.text
    parties = ctx.record.parties
    fait = next(line_matches(ctx.doc, FAIT_LINE, "fait"), None)
    if fait is None or not parties:
        return
    end_match = BLOCK_END.search(text, fait.end())
    end = end_match.start() if end_match else len(text)
    lines: list[_Line] = []
    previous_end = fait.end()
    for m in _LINE.finditer(text, fait.end(), end):
        content = m.group().strip()
        if not content:
            continue
        offset = m.start() + (len(m.group()) - len(m.group().lstrip()))
        blank_before = text.count("\n", previous_end, offset) > 1
        lines.append(_Line(content, offset, offset + len(content), blank_before))
        previous_end = offset + len(content)
    slots: list[_Slot] = []
    current: _Slot | None = None
    for line in lines:
        party = _heading_party(line.text, parties)
        starts_block = (
            party is not None
            or current is None
            # After a name, a new block opens with an article or « Pour » (« La directrice … »,
            # « Pour le délégataire ») — not at a mere blank line: word processors put one
            # between every line of a signer's title.
            or (current.name is not None and _opens_block(line.text))
        )
        if starts_block:
            if party is None and _is_name(line.text):
                current = _Slot(party=None, heading=None)
                slots.append(current)
                current.name = line
                continue
            current = _Slot(party=party, heading=line)
            slots.append(current)
            if party is not None and _names_office(line.text, party):
                # « Le recteur de la région académique Normandie, » heads the office-holder party's
                # block: it is also the signer's title.
                current.before.append(line)
            if party is None:
                # A function heading (« Le recteur de la région académique, »): the signer's title
                # or the office signed for.
                (current.pour if line.text.lower().startswith("pour ") else current.before).append(line)
            continue
        assert current is not None  # a first line always opens a block
        if current.name is None and _is_name(line.text):
            current.name = line
        elif current.name is None and _rank_and_name(line.text) is not None:
            current.name = line
            current.rank_line = True
        elif current.name is not None:
            current.after.append(line)
        elif line.text.lower().startswith("pour ") or (
            current.pour and not current.before and CONTINUATION.match(line.text)
        ):
            current.pour.append(line)
        else:
            current.before.append(line)
    signed: set[int] = set()
    pending: list[_Slot] = []
    for slot in slots:
        if slot.name is None:
            continue
        party = _party_by_representative(_signer_name(slot), parties) or slot.party
        if party is None or id(party) in signed:
            pending.append(slot)
            continue
        signed.add(id(party))
        party.signatory = _signatory(ctx, slot)
    # Signers under a function heading that names no party: in the order the parties were listed.
    for slot in pending:
        party = next((p for p in parties if id(p) not in signed), None)
        if party is None:
            break
        signed.add(id(party))
        party.signatory = _signatory(ctx, slot)
    if ctx.record.complete_text:
        for party in parties:
            if party.signatory is None:
                ctx.finding(
                    Severity.WARNING,
                    "signatory-missing",
                    f"Le texte ne montre pas qui signe pour « {party.name.value} » : signature à "
                    f"vérifier sur l'original.",
                    field="parties.signatory",
                    start=fait.start(),
                    end=fait.end(),
                )


_POUR = re.compile(r"^pour\s+")
_POUR_ANY_CASE = re.compile(r"^pour\s+", re.IGNORECASE)
_BY_DELEGATION_END = re.compile(r"\s+et\s+par\s+délégation$", re.IGNORECASE)


def _heading_party(line: str, parties: list[Party]) -> Party | None:
    """The party a heading line such as « La DINUM, » or « Le délégant : » designates."""
    if len(line) > 90 or not line.rstrip().endswith((",", ":")) and len(line.split()) > 4:
        return None
    bare = fold(line).strip(" ,:;.")
    bare = _POUR.sub("", bare)
    bare = ARTICLE_START.sub("", bare).strip()
    if not bare:
        return None
    for party in parties:
        if party.acronym is not None and bare == fold(party.acronym.value):
            return party
        if bare == fold(party.name.value):
            return party
    role = _role_word(bare)
    if role is not None:
        return next((party for party in parties if party.role.value == role), None)
    return None


def _names_office(line: str, party: Party) -> bool:
    bare = ARTICLE_START.sub("", fold(line).strip(" ,:;."))
    return bare == fold(party.name.value)


def _role_word(bare: str) -> Role | None:
    if bare in {"co-delegataire", "codelegataire"}:
        return Role.CO_DELEGATAIRE
    if bare.endswith("delegataire"):
        return Role.DELEGATAIRE
    if bare == "delegant":
        return Role.DELEGANT
    return None


def _looks_like_heading(line: str) -> bool:
    """« Le ministre de …, » alone on a line, closing with a comma or colon, before any name."""
    return (
        line.endswith((",", ":"))
        and len(line) < 60
        and ARTICLE_START.match(line) is not None
        and (
            line[ARTICLE_START.match(line).end() :][:1].isupper()  # type: ignore[union-attr]
        )
    )


def _opens_block(line: str) -> bool:
    """After a signer's name, a line opening with an article or « Pour » starts the next block."""
    return line.lower().startswith("pour ") or ARTICLE_START.match(line) is not None


def _rank_and_name(line: str) -> str | None:
    """« Le commissaire en chef de première classe Loïc Benedetti » → « Loïc Benedetti »."""
    text = line.strip().rstrip(",")
    if ARTICLE_START.match(text) is None or text.endswith(":"):
        return None
    found = person_name_in(text, first=True)
    return None if found is None or found[1] else found[0]


def _signer_name(slot: _Slot) -> str:
    assert slot.name is not None
    if slot.rank_line:
        return _rank_and_name(slot.name.text) or slot.name.text
    return slot.name.text.strip(" ,")


def _is_name(line: str) -> bool:
    text = line.strip().rstrip(",")
    if ARTICLE_START.match(text) or text.lower().startswith("pour "):
        return False
    return (
        bool(PERSON_NAME.match(text))
        and any(word.isupper() and len(word) > 1 for word in text.split())
        or (bool(PERSON_NAME.match(text)) and len(text.split()) <= 4 and not text.endswith(":"))
    )


def _party_by_representative(name: str, parties: list[Party]) -> Party | None:
    folded = fold(name)
    for party in parties:
        representative = party.representative
        if representative and representative.name and fold(representative.name.value) == folded:
            return party
    return None


def _join(lines: list[_Line]) -> str:
    result = ""
    for line in lines:
        text = line.text
        if not result:
            result = text
        elif result.endswith((",", ";")) or CONTINUATION.match(text) or text[:1].islower():
            result = f"{result} {text}"
        else:
            result = f"{result}, {text}"
    return result.strip(" ,;:")


def _signatory(ctx: Context, slot: _Slot) -> Signatory:
    signatory = Signatory()
    if slot.name is not None and not is_masked(slot.name.text):
        name = slot.name
        method = "pattern:signature-rank-and-name" if slot.rank_line else "pattern:signature-name"
        signatory.name = ctx.sourced(_signer_name(slot), name.start, name.end, method)
    title_lines = slot.after or slot.before
    if title_lines:
        signatory.title = ctx.sourced(
            _join(title_lines), title_lines[0].start, title_lines[-1].end, "pattern:signature-title"
        )
    if slot.pour:
        value = _POUR_ANY_CASE.sub("", _join(slot.pour))
        value = _BY_DELEGATION_END.sub("", value)
        signatory.signs_for = ctx.sourced(value, slot.pour[0].start, slot.pour[-1].end, "pattern:signature-pour")
    return signatory
