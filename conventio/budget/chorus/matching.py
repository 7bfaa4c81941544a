"""Which convention a Chorus line belongs to, from its imputation.

A convention's imputation is what the register holds: its `ChorusImputation` (centre
financier, domaine fonctionnel, activités, centre de coût) and the centres financiers
of its budget lines. A line belongs to the convention whose imputation matches:

1. same centre financier (the codes are compared in one form: « BG00/ » stripped,
   programme on four digits — `formats.centre_financier`);
2. a convention whose domaine fonctionnel, activités or centre de coût are recorded
   and differ from the line's is not a candidate (a domaine fonctionnel matches its
   sous-actions: « 0352-01 » matches « 0352-01-02 »); what is not recorded on either
   side does not exclude;
3. among several candidates, those that agree on more of these codes win; then, when
   the line has a date, those whose validity (signature → end) contains it;
4. only conventions whose budget ledger is open receive lines; a line that would
   match a convention without one is reported with that reason.

What does not end on exactly one convention is an « imputation non rattachée », with
the reason. (An EJ already in a ledger is attached to that ledger's convention whatever
its lines say: the importer checks the EJ numbers first.)
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from conventio.budget.chorus.formats import activite, centre_cout, centre_financier, domaine_fonctionnel


@dataclass(frozen=True, slots=True)
class Imputation:
    """The imputation of one line, codes already in their comparable form ('' when absent)."""

    centre_financier: str
    domaine_fonctionnel: str = ""
    activite: str = ""
    centre_cout: str = ""

    def __str__(self) -> str:
        parts = [self.centre_financier or "—", self.domaine_fonctionnel, self.activite, self.centre_cout]
        return " / ".join(part or "—" for part in parts)


@dataclass(frozen=True, slots=True)
class Target:
    """One convention as the matcher sees it."""

    convention_id: int
    title: str
    centres_financiers: frozenset[str]
    domaines_fonctionnels: frozenset[str] = frozenset()
    activites: frozenset[str] = frozenset()
    centres_cout: frozenset[str] = frozenset()
    signature_date: datetime.date | None = None
    end_date: datetime.date | None = None
    has_ledger: bool = True

    def agreement(self, imputation: Imputation) -> int | None:
        """None when a recorded code contradicts the line; else how many codes agree."""
        score = 0
        if imputation.domaine_fonctionnel and self.domaines_fonctionnels:
            if not any(_same_df(known, imputation.domaine_fonctionnel) for known in self.domaines_fonctionnels):
                return None
            score += 1
        if imputation.activite and self.activites:
            if imputation.activite not in self.activites:
                return None
            score += 1
        if imputation.centre_cout and self.centres_cout:
            if imputation.centre_cout not in self.centres_cout:
                return None
            score += 1
        return score

    def covers(self, date: datetime.date) -> bool:
        return (self.signature_date is None or self.signature_date <= date) and (
            self.end_date is None or date <= self.end_date
        )


def _same_df(known: str, seen: str) -> bool:
    return known == seen or seen.startswith(known + "-") or known.startswith(seen + "-")


@dataclass(frozen=True, slots=True)
class Match:
    """The convention of a line, or why there is none."""

    convention_id: int | None
    reason: str = ""


class Matcher:
    """Matches imputations to conventions; results are cached per imputation (a file has few)."""

    def __init__(self, targets: list[Target]) -> None:
        self.targets = {target.convention_id: target for target in targets}
        self._by_cf: dict[str, list[Target]] = defaultdict(list)
        for target in targets:
            for code in target.centres_financiers:
                self._by_cf[code].append(target)
        self._cache: dict[Imputation, tuple[list[Target], str]] = {}

    @classmethod
    def from_database(cls) -> Matcher:
        """Every registered convention that has a centre financier, with whether its ledger is open."""
        from conventio.budget.models import Ledger
        from conventio.register.models import BudgetLine, ChorusImputation, Convention

        codes: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in ChorusImputation.objects.values(
            "convention_id", "centre_financier", "domaine_fonctionnel", "activites", "centre_cout"
        ).iterator(chunk_size=5000):
            entry = codes[row["convention_id"]]
            if row["centre_financier"]:
                entry["cf"].add(centre_financier(row["centre_financier"]))
            if row["domaine_fonctionnel"]:
                entry["df"].add(domaine_fonctionnel(row["domaine_fonctionnel"]))
            for code in row["activites"] or []:
                if code:
                    entry["act"].add(activite(str(code)))
            if row["centre_cout"]:
                entry["cc"].add(centre_cout(row["centre_cout"]))
        for convention_id, code in (
            BudgetLine.objects.exclude(centre_financier="").values_list("convention_id", "centre_financier")
        ).iterator(chunk_size=5000):
            codes[convention_id]["cf"].add(centre_financier(code))
        ledgers = set(Ledger.objects.values_list("convention_id", flat=True))
        targets = []
        conventions = Convention.objects.filter(pk__in=list(codes)).values_list(
            "pk", "title", "signature_date", "end_date"
        )
        for pk, title, signature_date, end_date in conventions.iterator(chunk_size=5000):
            entry = codes[pk]
            if not entry["cf"]:
                continue
            targets.append(
                Target(
                    pk,
                    title,
                    frozenset(entry["cf"]),
                    frozenset(entry["df"]),
                    frozenset(entry["act"]),
                    frozenset(entry["cc"]),
                    signature_date,
                    end_date,
                    pk in ledgers,
                )
            )
        return cls(targets)

    def settled(self, imputation: Imputation) -> bool:
        """Whether the line's date cannot change the result (one candidate or none)."""
        return len(self._candidates(imputation)[0]) <= 1

    def match(self, imputation: Imputation, date: datetime.date | None = None) -> Match:
        candidates, reason = self._candidates(imputation)
        if len(candidates) == 1:
            return Match(candidates[0].convention_id)
        if not candidates:
            return Match(None, reason)
        if date is not None:
            in_force = [target for target in candidates if target.covers(date)]
            if len(in_force) == 1:
                return Match(in_force[0].convention_id)
        return Match(None, "plusieurs conventions possibles : " + _titles(candidates))

    def _candidates(self, imputation: Imputation) -> tuple[list[Target], str]:
        cached = self._cache.get(imputation)
        if cached is None:
            cached = self._cache[imputation] = self._compute(imputation)
        return cached

    def _compute(self, imputation: Imputation) -> tuple[list[Target], str]:
        if not imputation.centre_financier:
            return [], "imputation sans centre financier"
        same_cf = self._by_cf.get(imputation.centre_financier, [])
        if not same_cf:
            return [], "aucune convention n'a ce centre financier"
        scored = [(target, target.agreement(imputation)) for target in same_cf]
        compatible = [(target, score) for target, score in scored if score is not None]
        if not compatible:
            return [], (
                "centre financier connu, mais domaine fonctionnel, activité ou centre de coût différents de ceux de : "
                + _titles([target for target, _ in scored])
            )
        open_ones = [(target, score) for target, score in compatible if target.has_ledger]
        if not open_ones:
            return [], "suivi budgétaire non ouvert pour : " + _titles([target for target, _ in compatible])
        best = max(score for _, score in open_ones)
        return [target for target, score in open_ones if score == best], ""


def _titles(targets: list[Target], limit: int = 3) -> str:
    names = [f"« {target.title[:80]} » (n° {target.convention_id})" for target in targets[:limit]]
    more = len(targets) - limit
    return ", ".join(names) + (f" et {more} autre(s)" if more > 0 else "")
