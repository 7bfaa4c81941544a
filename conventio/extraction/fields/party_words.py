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

import re
from dataclasses import dataclass, field

from conventio.extraction.patterns import fold
from conventio.extraction.record import Record, Role


_ALL_PARTIES = (
    r"les\s+(?:deux\s+)?parties|chacune\s+des\s+parties|l['’]ensemble\s+des\s+parties|les\s+partenaires"
    r"|les\s+(?:deux\s+)?signataires|les\s+cosignataires"
)
# Case-sensitive: « l'équipe Réfugiés.info » names a service team, « l'équipe en charge » does not.
_TEAM = (
    r"(?:[Ll]['’]\s*)?[ÉéE]quipe\s+(?!beta|FAST\b|de\s+la\s+DINUM|DINUM)(?:du\s+(?:service|produit)|lauréate"
    r"|projet|de\s+la\s+[Ss]tartup|[A-ZÀ-Þ][^\s,;:]*)|[Ii]ntrapreneur(?:\(e\)|e)?s?"
)
_GENERIC = (
    r"(?:[a-zà-ÿ]+-)?co-?d[ée]l[ée]gataires?|(?:[a-zà-ÿ]+-)?d[ée]l[ée]gataires?|(?:[a-zà-ÿ]+-)?d[ée]l[ée]gante?s?"
    r"|(?:[a-zà-ÿ]+-)?d[ée]l[ée]gu[ée]e?s?"
)
_PRONOUN = r"celui-ci|celle-ci"

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


@dataclass
class PartyWords:
    """The party words of one convention, compiled into one regex."""

    pattern: re.Pattern[str]
    # Folded word (acronym, defined role word component) → role; None when two roles share it.
    words: dict[str, Role | None] = field(default_factory=dict)
    # Role of the party whose team carries the service (the « partenaire »), if the text says it.
    team_role: Role | None = None

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
                    key = fold(component)
                    if len(key) >= 4 and not _generic_role(key) and not _AMBIGUOUS.search(key):
                        add(words, key, role)
                        printed.update({component, key})
        alternatives = [_ALL_PARTIES, _GENERIC, _PRONOUN]
        defined = [re.escape(word) for word in sorted(printed, key=len, reverse=True)]
        if defined:
            alternatives.append("|".join(defined))
        insensitive = "(?i:" + "|".join(alternatives) + ")"
        exact = "|".join(re.escape(acronym) for acronym in sorted(acronyms, key=len, reverse=True))
        body = f"{_TEAM}|{insensitive}" + (f"|{exact}" if exact else "")
        pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w])")
        team_role = words.get("partenaire")
        return cls(pattern=pattern, words={**words, **{fold(k): v for k, v in acronyms.items()}}, team_role=team_role)

    def binding(self, word: str) -> Binding:
        """What one matched party word binds."""
        folded = fold(word).strip()
        if re.match(_ALL_PARTIES, folded):
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

    def bindings(self, text: str, start: int, end: int) -> list[tuple[int, int, Binding]]:
        """Every party word in text[start:end] with what it binds."""
        return [(m.start(), m.end(), self.binding(m.group())) for m in self.pattern.finditer(text, start, end)]


def _generic_role(component: str) -> Role | None:
    for pattern, role in _GENERIC_ROLES:
        if pattern.search(component):
            return role
    return None


def combine(bindings: list[Binding]) -> Binding:
    """One binding for several party words of one subject (« le délégant et le délégataire »)."""
    if any(binding.all_parties for binding in bindings):
        return Binding(all_parties=True)
    roles = {binding.role for binding in bindings if binding.role is not None}
    if len(roles) == 1:
        return Binding(role=roles.pop())
    if len(roles) > 1:
        return Binding(all_parties=True)
    if any(binding.ambiguous for binding in bindings):
        return Binding(ambiguous=True)
    return NOBODY
