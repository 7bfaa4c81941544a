"""Generate a synthetic corpus of conventions from the structure of the two seeds.

Why: the engine must keep up with hundreds of documents per second, and measuring that
on two files says little. This generator produces as many variants as asked, each a
plausible convention de délégation de gestion of the same genre: other parties
(real French State administrations), other people, services, amounts, years, end dates,
programme and Chorus codes consistent with each other, other table layouts (rows or
one wide row, grouped year headers, AE/CP order, a totals table, several tables in one
section) and tranche shares that sum to 100 %.

The repository holds no seed text: the seeds are read from ``../shared/seeds/`` at run
time and only their facts (names, amounts, dates, codes — the values listed below) are
substituted. The tables and the Chorus block are found by their structure (lines with
tab-separated cells) and regenerated whole. Visa lines (« Vu … ») are kept as they are,
so the legal bases never move; every other year of the convention's own calendar is
shifted consistently with the new signature year.

Next to each ``NNNNN_<seed>.txt`` the generator writes ``NNNNN_<seed>.json``: the facts it
substituted (parties, dates, programme, Chorus codes, budget lines, totals, tranches,
layout). They let a test check that extraction reads them back; they are not the
benchmark. ``--pdf N`` also renders the first N documents as PDF (for the PDF benchmark).

Deterministic: document ``i`` depends only on ``--seed`` and ``i``.

    python benchmarks/generate_corpus.py --out /tmp/corpus --count 1000 --pdf 100 --seed 1
"""

from __future__ import annotations

import argparse
import calendar
import datetime
import json
import os
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any


ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = Path(os.environ.get("CONVENTIO_SHARED", ROOT.parent / "shared")) / "seeds"

CENT = Decimal("0.01")

# --------------------------------------------------------------------------- reference data


@dataclass(frozen=True)
class Administration:
    """A State administration that can be a party: how it is named, where, who heads it, its programme."""

    acronym: str
    name: str
    address: str
    head_m: str
    head_f: str
    programme: str
    programme_label: str


ADMINISTRATIONS: tuple[Administration, ...] = (
    Administration(
        "DINUM",
        "Direction interministérielle du numérique",
        "20 avenue de Ségur – TSA 30719 – 75334 Paris Cedex 07",
        "directeur interministériel du numérique",
        "directrice interministérielle du numérique",
        "352",
        "Innovation et transformation numériques",
    ),
    Administration(
        "DIAIR",
        "Délégation interministérielle à l'accueil et à l'intégration des réfugiés",
        "Place Beauvau, 75800 Paris Cedex 08",
        "délégué interministériel à l'accueil et à l'intégration des réfugiés",
        "déléguée interministérielle à l'accueil et à l'intégration des réfugiés",
        "104",
        "Intégration et accès à la nationalité française",
    ),
    Administration(
        "DJEPVA",
        "Direction de la jeunesse, de l'éducation populaire et de la vie associative",
        "95 avenue de France, 75013 Paris",
        "directeur de la jeunesse, de l'éducation populaire et de la vie associative",
        "directrice de la jeunesse, de l'éducation populaire et de la vie associative",
        "163",
        "Jeunesse et vie associative",
    ),
    Administration(
        "DGFiP",
        "Direction générale des finances publiques",
        "139 rue de Bercy, 75012 Paris",
        "directeur général des finances publiques",
        "directrice générale des finances publiques",
        "156",
        "Gestion fiscale et financière de l'État et du secteur public local",
    ),
    Administration(
        "DGCL",
        "Direction générale des collectivités locales",
        "2 place des Saussaies, 75008 Paris",
        "directeur général des collectivités locales",
        "directrice générale des collectivités locales",
        "122",
        "Concours spécifiques et administration",
    ),
    Administration(
        "DGEFP",
        "Délégation générale à l'emploi et à la formation professionnelle",
        "14 avenue Duquesne, 75350 Paris 07 SP",
        "délégué général à l'emploi et à la formation professionnelle",
        "déléguée générale à l'emploi et à la formation professionnelle",
        "102",
        "Accès et retour à l'emploi",
    ),
    Administration(
        "DREES",
        "Direction de la recherche, des études, de l'évaluation et des statistiques",
        "14 avenue Duquesne, 75350 Paris 07 SP",
        "directeur de la recherche, des études, de l'évaluation et des statistiques",
        "directrice de la recherche, des études, de l'évaluation et des statistiques",
        "124",
        "Conduite et soutien des politiques sanitaires et sociales",
    ),
    Administration(
        "DITP",
        "Direction interministérielle de la transformation publique",
        "20 avenue de Ségur, 75007 Paris",
        "directeur interministériel de la transformation publique",
        "directrice interministérielle de la transformation publique",
        "349",
        "Transformation publique",
    ),
    Administration(
        "ANCT",
        "Agence nationale de la cohésion des territoires",
        "20 avenue de Ségur, TSA 10717, 75334 Paris Cedex 07",
        "directeur général de l'Agence nationale de la cohésion des territoires",
        "directrice générale de l'Agence nationale de la cohésion des territoires",
        "112",
        "Impulsion et coordination de la politique d'aménagement du territoire",
    ),
    Administration(
        "DGAFP",
        "Direction générale de l'administration et de la fonction publique",
        "139 rue de Bercy, 75572 Paris Cedex 12",
        "directeur général de l'administration et de la fonction publique",
        "directrice générale de l'administration et de la fonction publique",
        "148",
        "Fonction publique",
    ),
    Administration(
        "DGCS",
        "Direction générale de la cohésion sociale",
        "14 avenue Duquesne, 75350 Paris 07 SP",
        "directeur général de la cohésion sociale",
        "directrice générale de la cohésion sociale",
        "304",
        "Inclusion sociale et protection des personnes",
    ),
    Administration(
        "DGE",
        "Direction générale des entreprises",
        "61 boulevard Vincent Auriol, 75703 Paris Cedex 13",
        "directeur général des entreprises",
        "directrice générale des entreprises",
        "134",
        "Développement des entreprises et régulations",
    ),
    Administration(
        "DIHAL",
        "Délégation interministérielle à l'hébergement et à l'accès au logement",
        "244 boulevard Saint-Germain, 75007 Paris",
        "délégué interministériel à l'hébergement et à l'accès au logement",
        "déléguée interministérielle à l'hébergement et à l'accès au logement",
        "177",
        "Hébergement, parcours vers le logement et insertion des personnes vulnérables",
    ),
    Administration(
        "DGS",
        "Direction générale de la santé",
        "14 avenue Duquesne, 75350 Paris 07 SP",
        "directeur général de la santé",
        "directrice générale de la santé",
        "204",
        "Prévention, sécurité sanitaire et offre de soins",
    ),
    Administration(
        "DGESCO",
        "Direction générale de l'enseignement scolaire",
        "110 rue de Grenelle, 75357 Paris SP 07",
        "directeur général de l'enseignement scolaire",
        "directrice générale de l'enseignement scolaire",
        "230",
        "Vie de l'élève",
    ),
    Administration(
        "DGPR",
        "Direction générale de la prévention des risques",
        "Tour Séquoia, 1 place Carpeaux, 92055 La Défense Cedex",
        "directeur général de la prévention des risques",
        "directrice générale de la prévention des risques",
        "181",
        "Prévention des risques",
    ),
    Administration(
        "DGITM",
        "Direction générale des infrastructures, des transports et des mobilités",
        "Tour Séquoia, 1 place Carpeaux, 92055 La Défense Cedex",
        "directeur général des infrastructures, des transports et des mobilités",
        "directrice générale des infrastructures, des transports et des mobilités",
        "203",
        "Infrastructures et services de transports",
    ),
    Administration(
        "DAE",
        "Direction des achats de l'État",
        "139 rue de Bercy, 75012 Paris",
        "directeur des achats de l'État",
        "directrice des achats de l'État",
        "218",
        "Conduite et pilotage des politiques économiques et financières",
    ),
    Administration(
        "ANSSI",
        "Agence nationale de la sécurité des systèmes d'information",
        "51 boulevard de La Tour-Maubourg, 75700 Paris 07 SP",
        "directeur général de l'Agence nationale de la sécurité des systèmes d'information",
        "directrice générale de l'Agence nationale de la sécurité des systèmes d'information",
        "129",
        "Coordination du travail gouvernemental",
    ),
)
DINUM = ADMINISTRATIONS[0]

FIRST_NAMES_M = (
    "Alexandre", "Antoine", "Bruno", "Christophe", "David", "Éric", "François", "Guillaume", "Hugo",
    "Jean-Baptiste", "Julien", "Laurent", "Marc", "Mathieu", "Nicolas", "Olivier", "Pascal", "Philippe",
    "Pierre", "Rémi", "Sébastien", "Thomas", "Vincent", "Yann", "Karim", "Mehdi",
)  # fmt: skip
FIRST_NAMES_F = (
    "Anne", "Audrey", "Camille", "Caroline", "Catherine", "Claire", "Élise", "Émilie", "Florence", "Hélène",
    "Isabelle", "Julie", "Laure", "Léa", "Marie-Hélène", "Nathalie", "Pauline", "Sandrine", "Sophie",
    "Valérie", "Virginie", "Amina", "Fatoumata", "Agnès",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux", "Fournier", "Morel", "Girard", "André", "Lefèvre",
    "Mercier", "Dupont", "Lambert", "Bonnet", "Martinez", "Le Gall", "de La Roche", "Chevalier", "Mallet",
    "N'Diaye", "Benali", "Nguyen", "Lemaire", "Perrin", "Gauthier", "Kervella", "Da Silva", "Hoarau",
)  # fmt: skip
RANKS_M = ("Préfet", "Inspecteur général des finances", "Administrateur de l'État", "Conseiller d'État")
RANKS_F = ("Préfète", "Inspectrice générale des finances", "Administratrice de l'État", "Conseillère d'État")

# Startups d'État and products (any name fits the FAST convention's slot).
FAST_SERVICES = (
    "Mon Suivi Justice", "Aides Territoires", "Carnet de Bord", "Signal Conso", "Mes Aides Réno",
    "Zéro Logement Vacant", "Trackdéchets", "La Bonne Alternance", "Ma Cantine", "RDV Solidarités",
    "Pass Sport", "Potentiel", "Ecolab.info", "Santé Psy Étudiant", "Histologe", "Agent Connect",
    "Médiation Numérique", "Tiers Lieux.info", "Mon Projet Sport", "Démarches Simplifiées",
)  # fmt: skip
# The delegation profile writes « l'<service> »: names that take an elided article.
VOWEL_SERVICES = (
    "API Bénévolat", "API Subventions", "Annuaire des Associations", "Espace Engagement", "Immersion Facile",
    "Outil Colonies", "Observatoire Jeunesse", "Accueil Mineurs", "Agenda Citoyen", "Espace Volontaires",
)  # fmt: skip
PORTALS = (
    "JeParticipe.gouv.fr", "MonEngagement.gouv.fr", "Volontariat.gouv.fr", "Colos.gouv.fr",
    "Associations.gouv.fr", "JeunesCitoyens.gouv.fr", "SolidariteLocale.gouv.fr", "EntraideVoisins.gouv.fr",
)  # fmt: skip
PLACES = ("Paris",) * 8 + ("Lyon", "Marseille", "Montreuil", "Saint-Denis", "Nantes", "Lille")
NOTICE_WORDS = {1: "un", 2: "deux", 3: "trois", 6: "six"}
MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
TRANCHE_SHARES = ((50, 50), (30, 70), (40, 60), (60, 40), (70, 30), (25, 75), (20, 80))
TABLE_LAYOUTS = ("rows", "programme_rows", "wide", "wide_grouped")


# --------------------------------------------------------------------------- formatting


def _group_thousands(integer: int, separator: str) -> str:
    return f"{integer:,}".replace(",", separator)


def format_fr(amount: Decimal, *, suffix: str = " €", cents: bool = False, separator: str = " ") -> str:
    """« 250 000 € », « 4 410 626,88 € », « 220 000 euros » (cents shown when any or when asked)."""
    amount = amount.quantize(CENT)
    integer = int(amount)
    fraction = int((amount - integer) * 100)
    text = _group_thousands(integer, separator)
    if fraction or cents:
        text += f",{fraction:02d}"
    return text + suffix


def format_en(amount: Decimal, *, suffix: str = "€") -> str:
    """« 1,499,618.60€ »: the English format some conventions' tables carry."""
    return f"{amount.quantize(CENT):,.2f}{suffix}"


def format_long_date(day: datetime.date) -> str:
    """« 1er juillet 2024 », « 30 juin 2024 »."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTH_NAMES[day.month - 1]} {day.year}"


def format_numeric_date(day: datetime.date) -> str:
    """« 27/07/2023 »."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else format(amount.quantize(CENT), "f")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_article(word: str, *, capital: bool) -> str:
    """« la DINUM », « l'ANCT », « La Direction… », « L'Agence… » (all our parties are feminine)."""
    if word[:1].upper() in "AEIOUYÉÈÊH":
        return ("L'" if capital else "l'") + word
    return ("La " if capital else "la ") + word


def _split_in_two(rng: random.Random, text: str) -> str:
    """Break a long title over two lines, as signature blocks often do."""
    if len(text) < 45 or rng.random() < 0.3:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle), default=-1)
    if cut <= 0:
        return text
    return text[:cut] + "\n" + text[cut + 1 :]


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- people and parties


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    feminine: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def signature_name(self) -> str:
        return f"{self.first} {self.last.upper()}"


def _person(rng: random.Random) -> Person:
    feminine = rng.random() < 0.5
    first = rng.choice(FIRST_NAMES_F if feminine else FIRST_NAMES_M)
    return Person(first, rng.choice(LAST_NAMES), feminine)


@dataclass(frozen=True)
class PartyFacts:
    """One party of a generated convention and its representative."""

    admin: Administration
    role: str
    representative: Person

    @property
    def head(self) -> str:
        return self.admin.head_f if self.representative.feminine else self.admin.head_m

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "name": self.admin.name,
            "acronym": self.admin.acronym,
            "address": self.admin.address,
            "represented_by": self.representative.name,
            "representative_title": _capital(self.head),
        }


def _parties(rng: random.Random, *, dinum_role: str, partner_role: str) -> tuple[PartyFacts, PartyFacts]:
    """The DINUM-side party (kept as DINUM most of the time, as in the genre) and a partner (never DINUM)."""
    dinum_side = DINUM if rng.random() < 0.7 else rng.choice(ADMINISTRATIONS[1:])
    partner = rng.choice([admin for admin in ADMINISTRATIONS[1:] if admin is not dinum_side])
    return PartyFacts(dinum_side, dinum_role, _person(rng)), PartyFacts(partner, partner_role, _person(rng))


# --------------------------------------------------------------------------- Chorus codes


@dataclass(frozen=True)
class Chorus:
    """Imputation codes consistent with one programme: UO, domaine fonctionnel, activité, centre de coût."""

    programme: str
    uo: str
    domaine_fonctionnel: str
    activite: str
    centre_cout: str
    axe_ministeriel: str | None

    def as_json(self) -> dict[str, str]:
        data = {
            "uo": self.uo,
            "domaine_fonctionnel": self.domaine_fonctionnel,
            "activite": self.activite,
            "centre_cout": self.centre_cout,
        }
        if self.axe_ministeriel:
            data["axe_ministeriel"] = self.axe_ministeriel
        return data


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _chorus(rng: random.Random, admin: Administration) -> Chorus:
    programme = admin.programme
    prefix = "0" + programme if rng.random() < 0.5 else programme
    letters = re.sub(r"[^A-Z]", "", admin.acronym.upper())

    def word() -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(4))

    uo = f"{prefix}-{(letters + word())[:4]}-{word()}"
    domaine = f"{prefix}-{rng.randint(1, 12):02d}"
    activite = "0" + programme + "".join(str(rng.randint(0, 9)) for _ in range(8))
    cost_head = (letters + word())[: rng.randint(4, 6)]
    centre_cout = cost_head + "".join(rng.choice("0123456789" + _LETTERS) for _ in range(10 - len(cost_head)))
    axe = f"{rng.randint(1, 12):02d}" if rng.random() < 0.4 else None
    return Chorus(programme, uo, domaine, activite, centre_cout, axe)


def _chorus_block(rng: random.Random, chorus: Chorus) -> str:
    """The Chorus references as a two-column table, with the label variants the genre uses."""
    sep = rng.choice((" :\t", "\t"))
    activite = chorus.activite
    if rng.random() < 0.5:
        activite = " ".join((activite[:4], activite[4:6], activite[6:8], activite[8:10], activite[10:]))
    lines = [rng.choice(("Références Chorus", "Référence Chorus", "Imputation Chorus")) + sep]
    if chorus.axe_ministeriel:
        lines.append(f"Axe ministériel 1{sep}{chorus.axe_ministeriel}")
    lines.append(f"Domaine fonctionnel{sep}{chorus.domaine_fonctionnel}")
    lines.append(f"{rng.choice(('Centre financier', 'Centre financier (UO)'))}{sep}{chorus.uo}")
    lines.append(f"{rng.choice(('Activité(s)', 'Activité', 'Code activité'))}{sep}{activite}")
    lines.append(f"{rng.choice(('Centre de coût', 'Centre de coûts'))}{sep}{chorus.centre_cout}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- budget tables


@dataclass
class Line:
    year: int
    ae: Decimal | None
    cp: Decimal | None


@dataclass
class Tables:
    """The generated funding section and the facts it states."""

    text: str
    budget_lines: list[dict[str, Any]] = field(default_factory=list)
    stated_totals: list[dict[str, Any]] = field(default_factory=list)
    layouts: list[str] = field(default_factory=list)


Formatter = Callable[[Decimal], str]


def _formatter(rng: random.Random) -> tuple[str, Formatter]:
    if rng.random() < 0.5:
        suffix = rng.choice(("€", " €"))
        return "en", lambda amount: format_en(amount, suffix=suffix)
    suffix = rng.choice((" €", "€", " euros"))
    cents = rng.random() < 0.4
    separator = rng.choice((" ", " ", " ", "\u00a0"))
    return "fr", lambda amount: format_fr(amount, suffix=suffix, cents=cents, separator=separator)


def _table(rng: random.Random, layout: str, programme: str, lines: list[Line], fmt: Formatter) -> str:
    """One AE/CP table in `layout`; a side a year does not state is blank or « - »."""
    blank = rng.choice(("", "-"))
    swap = layout == "rows" and rng.random() < 0.2

    def cell(amount: Decimal | None, empty: str = blank) -> str:
        return empty if amount is None else fmt(amount)

    def pair(line: Line, empty: str = blank) -> list[str]:
        cells = [cell(line.ae, empty), cell(line.cp, empty)]
        return cells[::-1] if swap else cells

    rows: list[list[str]] = []
    if layout == "rows":
        rows.append([rng.choice(("", "Année", "Exercice")), *(["CP", "AE"] if swap else ["AE", "CP"])])
        rows.extend([str(line.year), *pair(line)] for line in lines)
        if len(lines) > 1 and rng.random() < 0.4:
            rows.append(["Total", *pair(_sum_line(lines))])
    elif layout == "programme_rows":
        rows.append(["Programme", "Année", "AE", "CP"])
        rows.extend([programme, str(line.year), *pair(line)] for line in lines)
    elif layout == "wide":
        pattern = rng.choice(("{side}-{year}", "{side} {year}"))
        header = ["Programme"]
        for line in lines:
            header += [pattern.format(side="AE", year=line.year), pattern.format(side="CP", year=line.year)]
        rows.append(header)
        rows.append([programme, *(c for line in lines for c in pair(line, "-"))])
    else:  # wide_grouped: a year header line above an AE/CP line
        rows.append(["Programme", *(c for line in lines for c in (f"Année {line.year}", ""))])
        rows.append(["", *(["AE", "CP"] * len(lines))])
        rows.append([programme, *(c for line in lines for c in pair(line, "-"))])
    return "\n".join("\t".join(row) for row in rows)


def _sum_line(lines: list[Line]) -> Line:
    ae = sum((line.ae or Decimal(0) for line in lines), Decimal(0))
    cp = sum((line.cp or Decimal(0) for line in lines), Decimal(0))
    return Line(0, ae, cp)


def _totals_table(rng: random.Random, programme: str, lines: list[Line], fmt: Formatter) -> tuple[str, dict[str, Any]]:
    total = _sum_line(lines)
    first, last = lines[0].year, lines[-1].year
    title = f"Total {first}-{last}" if first != last else f"Total {first}"
    text = f"{title}\n\nProgramme\tAE\tCP\n{programme}\t{fmt(total.ae or Decimal(0))}\t{fmt(total.cp or Decimal(0))}"
    fact = {
        "label": title,
        "programme": programme,
        "ae": _money(total.ae),
        "cp": _money(total.cp),
        "first_year": first,
        "last_year": last,
    }
    return text, fact


def _line_facts(programme: str, lines: list[Line], scope: str | None) -> list[dict[str, Any]]:
    return [
        {"programme": programme, "year": line.year, "ae": _money(line.ae), "cp": _money(line.cp), "scope": scope}
        for line in lines
    ]


def _round(amount: Decimal, step: int) -> Decimal:
    return (amount / step).quantize(Decimal(1)) * step


def _spread_cp(rng: random.Random, ae: list[Decimal], total_cp: Decimal, step: int) -> list[Decimal]:
    """CP per year such that cumulative CP never exceeds cumulative AE and they sum to `total_cp`."""
    cps: list[Decimal] = []
    cumulative_ae = cumulative_cp = Decimal(0)
    for index, amount in enumerate(ae):
        cumulative_ae += amount
        if index == len(ae) - 1:
            cps.append(total_cp - cumulative_cp)
            break
        room = min(cumulative_ae, total_cp) - cumulative_cp
        cp = _round(room * Decimal(rng.uniform(0.3, 0.9)), step) if room > 0 else Decimal(0)
        cp = max(Decimal(0), min(cp, room))
        cps.append(cp)
        cumulative_cp += cp
    return cps


# --------------------------------------------------------------------------- seed templates


@dataclass(frozen=True)
class Region:
    """A part of the seed regenerated whole: 'budget' (the AE/CP tables) or 'chorus'."""

    kind: str


_TITLE_LINE = re.compile(r"[^\t\n]{1,90}")


def _regions(text: str) -> list[tuple[int, int, str]]:
    """Offsets of the budget tables (with their title lines) and of the Chorus block.

    Found by structure: runs of lines with tab-separated cells; a short line just
    before a run (not a bullet, not a sentence ending in « : » or « . ») is its title;
    budget runs separated only by titles and blank lines form one section.
    """
    lines: list[tuple[int, int, str]] = []
    position = 0
    for raw in text.split("\n"):
        lines.append((position, position + len(raw), raw))
        position += len(raw) + 1
    blocks: list[list[int]] = []  # [first line, last line]
    for index, (_, _, raw) in enumerate(lines):
        if "\t" in raw:
            if blocks and blocks[-1][1] == index - 1:
                blocks[-1][1] = index
            else:
                blocks.append([index, index])

    def is_title(raw: str) -> bool:
        stripped = raw.strip()
        return (
            bool(_TITLE_LINE.fullmatch(stripped))
            and not stripped.startswith(("-", "•"))
            and not stripped.endswith((":", ".", ";", ","))
        )

    regions: list[tuple[int, int, str]] = []
    for first, last in blocks:
        body = "\n".join(raw for _, _, raw in lines[first : last + 1])
        kind = "chorus" if re.search(r"chorus|centre financier", body, re.IGNORECASE) else "budget"
        if kind == "budget" and not re.search(r"\b(?:AE|CP)\b", body):
            continue
        start_line = first
        probe = first - 1
        while probe >= 0 and not lines[probe][2].strip():
            probe -= 1
        if kind == "budget" and probe >= 0 and is_title(lines[probe][2]):
            start_line = probe
        if regions and regions[-1][2] == "budget" == kind:
            between = text[regions[-1][1] : lines[start_line][0]]
            if all(not raw.strip() or is_title(raw) for raw in between.split("\n")):
                regions[-1] = (regions[-1][0], lines[last][1], kind)
                continue
        regions.append((lines[start_line][0], lines[last][1], kind))
    return regions


@dataclass
class Variant:
    """What one generated document substitutes: literal → replacement, year shift, regions, facts."""

    replacements: dict[str, str]
    year_delta: int
    regions: dict[str, str]
    facts: dict[str, Any]


@dataclass(frozen=True)
class Profile:
    """How to vary one seed: the facts it states (literals) and the function building a variant."""

    name: str
    anchor: str
    literals: tuple[str, ...]
    build: Callable[[random.Random], Variant]


class SeedMismatch(RuntimeError):
    """A seed no longer states the facts its profile substitutes (the seed changed)."""


@dataclass
class Template:
    """A seed split into text pieces and regenerated regions, with its substitution pattern."""

    name: str
    profile: Profile
    pieces: list[str | Region]
    pattern: re.Pattern[str]

    @classmethod
    def from_seed(cls, path: Path, profile: Profile) -> Template:
        text = path.read_text(encoding="utf-8")
        regions = _regions(text)
        kinds = [kind for _, _, kind in regions]
        if sorted(kinds) != ["budget", "chorus"]:
            raise SeedMismatch(f"{path.name}: expected one budget section and one Chorus block, found {kinds}")
        pieces: list[str | Region] = []
        cursor = 0
        for start, end, kind in regions:
            pieces.append(text[cursor:start])
            pieces.append(Region(kind))
            cursor = end
        pieces.append(text[cursor:])
        prose = "".join(piece for piece in pieces if isinstance(piece, str))
        missing = [literal for literal in profile.literals if literal not in prose]
        if missing:
            raise SeedMismatch(f"{path.name}: the seed no longer states {missing!r}")
        literals = "|".join(re.escape(literal) for literal in sorted(profile.literals, key=len, reverse=True))
        # Visa lines are kept whole (legal bases never move); then the facts; then the years.
        pattern = re.compile(rf"(?P<visa>^Vu\b[^\n]*)|(?P<fact>{literals})|(?P<year>\b20[23]\d\b)", re.MULTILINE)
        return cls(path.name, profile, pieces, pattern)

    def render(self, variant: Variant) -> str:
        def substitute(match: re.Match[str]) -> str:
            if match.lastgroup == "fact":
                return variant.replacements[match.group()]
            if match.lastgroup == "year":
                return str(int(match.group()) + variant.year_delta)
            return match.group()

        out: list[str] = []
        for piece in self.pieces:
            if isinstance(piece, Region):
                out.append(variant.regions[piece.kind])
            else:
                out.append(self.pattern.sub(substitute, piece))
        return "".join(out)


# --------------------------------------------------------------------------- profile: FAST convention


def _signature(rng: random.Random, place: str, day: datetime.date | None, *, numeric: bool) -> str:
    if day is None:
        return f"Fait à {place}, le"
    text = format_numeric_date(day) if numeric else format_long_date(day)
    return f"Fait à {place}, le{rng.choice((' ', ' ', chr(10) * 2))}{text}"


def _share(rng: random.Random, value: int) -> str:
    return f"{value}{rng.choice(('%', ' %'))}"


def _build_fast(rng: random.Random) -> Variant:
    """A FAST co-financing convention: the fund's holder delegates part of an envelope to a partner."""
    delegant, partner = _parties(rng, dinum_role="delegant", partner_role="delegataire")
    year = rng.randint(2019, 2026)
    signed = datetime.date(year, rng.randint(2, 11), rng.randint(1, 28))
    end = _add_months(signed, rng.randint(9, 24))
    if rng.random() < 0.5:
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    signature_date = None if rng.random() < 0.04 else signed
    service = rng.choice(FAST_SERVICES)
    promotion = rng.randint(1, 20)
    notice = rng.choice((1, 2, 3, 3, 3, 6))
    place = rng.choice(PLACES)
    chorus = _chorus(rng, delegant.admin)

    envelope = Decimal(rng.randrange(10, 161) * 5000)
    kept = max(Decimal(5000), _round(envelope * Decimal(rng.uniform(0.08, 0.2)), 1000))
    delegated = envelope - kept
    shares = rng.choice(TRANCHE_SHARES)
    years = list(range(year, end.year + 1))
    if len(years) > 1 and rng.random() < 0.3:
        first = _round(delegated * shares[0] / 100, 1000)
        ae = [first, delegated - first] + [Decimal(0)] * (len(years) - 2)
    else:
        ae = [delegated] + [Decimal(0)] * (len(years) - 1)
    cp = _spread_cp(rng, ae, delegated, 1000)
    lines = [Line(y, a or None, c or None) for y, a, c in zip(years, ae, cp, strict=True)]
    style, fmt = _formatter(rng)
    layout = rng.choice(TABLE_LAYOUTS)
    budget = _table(rng, layout, chorus.programme, lines, fmt)
    totals = []
    if rng.random() < 0.35:
        total_text, total_fact = _totals_table(rng, chorus.programme, lines, fmt)
        budget += "\n\n" + total_text
        totals.append(total_fact)

    prose_suffix = rng.choice((" €", "€", " euros"))

    def euros(amount: Decimal) -> str:
        return format_fr(amount, suffix=prose_suffix)

    rank = rng.choice(RANKS_F if partner.representative.feminine else RANKS_M)
    signature_block = partner.representative.signature_name
    if rng.random() < 0.7:
        signature_block += "\n" + rank
    signature_block += "\n" + _split_in_two(rng, _capital(partner.head))
    programme_label = _capital(delegant.admin.programme_label)

    replacements = {
        "FAST 13": f"FAST {promotion}",
        "Réfugiés.info": service,
        "La Direction Interministérielle du Numérique": _with_article(delegant.admin.name, capital=True),
        "20 avenue de Ségur – TSA 30719 - 75334 PARIS Cedex 07": delegant.admin.address,
        "Stéphanie Schaer": delegant.representative.name,
        "Directrice interministérielle du numérique": _capital(delegant.head),
        "La DINUM": _with_article(delegant.admin.acronym, capital=True),
        "la DINUM": _with_article(delegant.admin.acronym, capital=False),
        "DINUM": delegant.admin.acronym,
        "La Délégation interministérielle à l'accueil et à l'intégration des réfugiés": _with_article(
            partner.admin.name, capital=True
        ),
        "DIAIR": partner.admin.acronym,
        "Place Beauvau, 75800 Paris Cedex 08": partner.admin.address,
        "Alain Regnier": partner.representative.name,
        "délégué interministériel chargé de l'accueil et de l'intégration des réfugiés": partner.head,
        "Alain REGNIER\nPréfet\nDélégué Interministériel chargé de l'accueil\net de l'intégration des réfugiés": (
            signature_block
        ),
        "250 000 €": euros(envelope),
        "30 000€": euros(kept),
        "220 000 €": euros(delegated),
        "Fait à Paris, le 27/07/2023": _signature(rng, place, signature_date, numeric=rng.random() < 0.6),
        "30 juin 2024": format_long_date(end),
        "programme 352 « innovations et transformations numériques »": (
            f"programme {chorus.programme} « {programme_label} »"
        ),
        "0352-CFSE-CFIN": chorus.uo,
        "préavis de trois mois": f"préavis de {NOTICE_WORDS[notice] if rng.random() < 0.8 else notice} mois",
        "50% du montant": f"{_share(rng, shares[0])} du montant",
        "Les 50% restants": f"Les {_share(rng, shares[1])} restants",
    }
    facts = {
        "profile": "fast",
        "kind": "delegation_de_gestion",
        "services": [service],
        "fast_promotion": promotion,
        "parties": [delegant.as_json(), partner.as_json()],
        "signature_date": signature_date.isoformat() if signature_date else None,
        "signature_place": place,
        "end_date": end.isoformat(),
        "notice_period_months": notice,
        "programmes": [{"number": chorus.programme, "label": programme_label}],
        "chorus": chorus.as_json(),
        "envelope": {"total": _money(envelope), "kept": _money(kept), "delegated": _money(delegated)},
        "total_amount": _money(delegated),
        "tranches": list(shares),
        "budget_lines": _line_facts(chorus.programme, lines, None),
        "stated_totals": totals,
        "layout": {"tables": [layout], "amounts": style, "totals_table": bool(totals), "multi_table": False},
    }
    return Variant(replacements, year - 2023, {"budget": budget, "chorus": _chorus_block(rng, chorus)}, facts)


FAST_PROFILE = Profile(
    name="fast",
    anchor="FAST 13",
    literals=(
        "FAST 13",
        "Réfugiés.info",
        "La Direction Interministérielle du Numérique",
        "20 avenue de Ségur – TSA 30719 - 75334 PARIS Cedex 07",
        "Stéphanie Schaer",
        "Directrice interministérielle du numérique",
        "La DINUM",
        "la DINUM",
        "DINUM",
        "La Délégation interministérielle à l'accueil et à l'intégration des réfugiés",
        "DIAIR",
        "Place Beauvau, 75800 Paris Cedex 08",
        "Alain Regnier",
        "délégué interministériel chargé de l'accueil et de l'intégration des réfugiés",
        "Alain REGNIER\nPréfet\nDélégué Interministériel chargé de l'accueil\net de l'intégration des réfugiés",
        "250 000 €",
        "30 000€",
        "220 000 €",
        "Fait à Paris, le 27/07/2023",
        "30 juin 2024",
        "programme 352 « innovations et transformations numériques »",
        "0352-CFSE-CFIN",
        "préavis de trois mois",
        "50% du montant",
        "Les 50% restants",
    ),
    build=_build_fast,
)


# --------------------------------------------------------------------------- profile: délégation (coaching purchase)


def _thousands(value: int) -> str:
    return _group_thousands(value, " ")


def _build_delegation(rng: random.Random) -> Variant:
    """A ministry delegates to DINUM (or another service) the purchase of coaching over several years."""
    delegataire, delegant = _parties(rng, dinum_role="delegataire", partner_role="delegant")
    signatory_a, signatory_b = _person(rng), _person(rng)
    year = rng.randint(2019, 2027)
    signed = datetime.date(year, rng.randint(1, 6), rng.randint(1, 28))
    end = _add_months(signed, rng.randint(9, 15))
    signature_date = None if rng.random() < 0.04 else signed
    service, portal = rng.choice(VOWEL_SERVICES), rng.choice(PORTALS)
    portal_acronym = "".join(c for c in portal.split(".")[0] if c.isupper()) or portal[:3].upper()
    notice = rng.choice((1, 2, 3, 3, 3, 6))
    place = rng.choice(PLACES)
    chorus = _chorus(rng, delegant.admin)
    programme = chorus.programme

    # Common budget: some past years « pour rappel » and the current one; sometimes a CP-only last year.
    past = sorted(rng.sample(range(year - 4, year), rng.randint(0, 4)))
    years = [*past, year]
    ae = [Decimal(rng.randrange(10_000_000, 250_000_000)) / 100 for _ in years]
    total_ae = sum(ae, Decimal(0))
    total_cp = total_ae if rng.random() < 0.7 else _round(total_ae * Decimal(rng.uniform(0.6, 0.95)), 1)
    catch_up = rng.random() < 0.3
    if catch_up:
        cp = _spread_cp(rng, [*ae, Decimal(0)], total_cp, 1)
        years.append(year + 1)
        ae.append(Decimal(0))
    else:
        cp = _spread_cp(rng, ae, total_cp, 1)
    common = [Line(y, a or None, c or None) for y, a, c in zip(years, ae, cp, strict=True)]
    style, fmt = _formatter(rng)
    layouts = [rng.choice(TABLE_LAYOUTS)]
    title = rng.choice(("Budget commun", f"Budget commun – {service}", "Échéancier prévisionnel", None))
    if layouts[0] == "rows":  # no programme column: the caption states the programme (the prose does not)
        caption = f"Programme {programme} – {delegant.admin.programme_label}"
        title = f"{title} – programme {programme}" if title and rng.random() < 0.5 else caption
    blocks = ([title] if title else []) + [_table(rng, layouts[0], programme, common, fmt)]
    budget_lines = _line_facts(programme, common, title)
    totals = []
    if rng.random() < 0.6:
        total_text, total_fact = _totals_table(rng, programme, common, fmt)
        blocks.append(total_text)
        totals.append(total_fact)
    multi = rng.random() < 0.6
    if multi:
        specific = Decimal(rng.randrange(2_000_000, 30_000_000)) / 100
        specific_title = f"Budget spécifique à l'{service} – à partir de {year}"
        specific_lines = [Line(year, specific, specific)]
        layouts.append(rng.choice(TABLE_LAYOUTS))
        blocks += [specific_title, _table(rng, layouts[1], programme, specific_lines, fmt)]
        budget_lines += _line_facts(programme, specific_lines, specific_title)

    budget_portal = Decimal(rng.randrange(300, 3000) * 1000)
    budget_service = Decimal(rng.randrange(200, 1500) * 1000)
    budget_part = _round(budget_service * Decimal(rng.uniform(0.2, 0.7)), 1000)
    targets = [rng.randrange(50, 900) * 1000, rng.randrange(20, 300) * 1000, rng.randrange(200, 5000)]
    targets += [rng.randrange(2, 40) * 1000, rng.randrange(5, 60) * 1000]

    def signs_for(party: PartyFacts) -> str:
        article = "la" if party.representative.feminine else "le"
        return _split_in_two(rng, f"Pour {article} {party.head}")

    deputy_a = "adjointe à la directrice" if delegant.representative.feminine else "adjoint au directeur"
    deputy_b = "l'adjoint à la directrice" if delegataire.representative.feminine else "l'adjoint au directeur"

    replacements = {
        "La Direction de la jeunesse, de l'éducation populaire et de la vie associative": _with_article(
            delegant.admin.name, capital=True
        ),
        "95 Avenue de France 75013 – Paris": delegant.admin.address,
        "Thibaut de Saint Pol": delegant.representative.name,
        "Directeur de la DJEPVA": _capital(delegant.head),
        "la DJEPVA": _with_article(delegant.admin.acronym, capital=False),
        "La DJEPVA": _with_article(delegant.admin.acronym, capital=True),
        "DJEPVA": delegant.admin.acronym,
        "La Direction Interministérielle du Numérique": _with_article(delegataire.admin.name, capital=True),
        "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07": delegataire.admin.address,
        "Stéphanie Schaer": delegataire.representative.name,
        "Directrice interministérielle du numérique": _capital(delegataire.head),
        "la DINUM": _with_article(delegataire.admin.acronym, capital=False),
        "La DINUM": _with_article(delegataire.admin.acronym, capital=True),
        "DINUM": delegataire.admin.acronym,
        "Pour le directeur de la jeunesse,\nde l'éducation populaire et de la vie associative": signs_for(delegant),
        "adjoint au directeur": deputy_a,
        "Yves BOERO": signatory_a.signature_name,
        "Pour la directrice interministérielle du numérique\nl'adjoint à la directrice": (
            f"{signs_for(delegataire)}\n{deputy_b}"
        ),
        "Jérémie Vallet": signatory_b.name,
        "163-CDJE-STET": chorus.uo,
        "l'API Engagement": f"l'{service}",
        "API Engagement": service,
        "api-engagement.beta.gouv.fr": re.sub(r"[^a-z]+", "-", service.lower()).strip("-") + ".beta.gouv.fr",
        "JeVeuxAider.gouv.fr": portal,
        "(JVA)": f"({portal_acronym})",
        "1 805 000 €": format_fr(budget_portal),
        "925 000 €": format_fr(budget_service),
        "475 000 €": format_fr(budget_part),
        "575 000": _thousands(targets[0]),
        "130 000": _thousands(targets[1]),
        "2000 nouvelles": f"{targets[2]} nouvelles",
        "12 000": _thousands(targets[3]),
        "28 000": _thousands(targets[4]),
        "Fait à Paris, le\n\n24 janvier 2024": _signature(rng, place, signature_date, numeric=rng.random() < 0.3),
        "10 février 2025": format_long_date(end),
        "préavis de trois mois": f"préavis de {NOTICE_WORDS[notice] if rng.random() < 0.8 else notice} mois",
    }
    delegant_json = delegant.as_json() | {"signatory": signatory_a.signature_name}
    delegataire_json = delegataire.as_json() | {"signatory": signatory_b.name}
    facts = {
        "profile": "delegation",
        "kind": "delegation_de_gestion",
        "services": [service, portal],
        "parties": [delegant_json, delegataire_json],
        "signature_date": signature_date.isoformat() if signature_date else None,
        "signature_place": place,
        "end_date": end.isoformat(),
        "notice_period_months": notice,
        "programmes": [
            {
                "number": programme,
                "label": delegant.admin.programme_label if title and title.startswith("Programme") else None,
            }
        ],
        "chorus": chorus.as_json(),
        "budget_lines": budget_lines,
        "stated_totals": totals,
        "tranches": [],
        "annex_budgets": {portal: _money(budget_portal), service: _money(budget_service)},
        "layout": {"tables": layouts, "amounts": style, "totals_table": bool(totals), "multi_table": multi},
    }
    regions = {"budget": "\n\n".join(blocks), "chorus": _chorus_block(rng, chorus)}
    return Variant(replacements, year - 2024, regions, facts)


DELEGATION_PROFILE = Profile(
    name="delegation",
    anchor="163-CDJE-STET",
    literals=(
        "La Direction de la jeunesse, de l'éducation populaire et de la vie associative",
        "95 Avenue de France 75013 – Paris",
        "Thibaut de Saint Pol",
        "Directeur de la DJEPVA",
        "la DJEPVA",
        "La DJEPVA",
        "DJEPVA",
        "La Direction Interministérielle du Numérique",
        "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07",
        "Stéphanie Schaer",
        "Directrice interministérielle du numérique",
        "la DINUM",
        "La DINUM",
        "DINUM",
        "Pour le directeur de la jeunesse,\nde l'éducation populaire et de la vie associative",
        "adjoint au directeur",
        "Yves BOERO",
        "Pour la directrice interministérielle du numérique\nl'adjoint à la directrice",
        "Jérémie Vallet",
        "163-CDJE-STET",
        "l'API Engagement",
        "API Engagement",
        "api-engagement.beta.gouv.fr",
        "JeVeuxAider.gouv.fr",
        "(JVA)",
        "1 805 000 €",
        "925 000 €",
        "475 000 €",
        "575 000",
        "130 000",
        "2000 nouvelles",
        "12 000",
        "28 000",
        "Fait à Paris, le\n\n24 janvier 2024",
        "10 février 2025",
        "préavis de trois mois",
    ),
    build=_build_delegation,
)

PROFILES = (FAST_PROFILE, DELEGATION_PROFILE)


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class GeneratedDocument:
    index: int
    name: str
    text: str
    facts: dict[str, Any]


def load_templates(seeds_dir: Path = DEFAULT_SEEDS) -> list[Template]:
    """One template per seed whose profile is recognised (by a fact only that seed states)."""
    templates = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for profile in PROFILES:
            if profile.anchor in text:
                templates.append(Template.from_seed(path, profile))
    if not templates:
        raise SeedMismatch(f"no seed recognised in {seeds_dir}")
    return templates


def iter_documents(
    count: int, *, seed: int = 0, seeds_dir: Path = DEFAULT_SEEDS, start: int = 0
) -> Iterator[GeneratedDocument]:
    """Yield documents `start`…`start + count - 1`, one at a time; each depends only on (seed, index)."""
    templates = load_templates(seeds_dir)
    for index in range(start, start + count):
        rng = random.Random(f"{seed}:{index}")
        template = templates[index % len(templates)]
        variant = template.profile.build(rng)
        text = template.render(variant)
        stem = f"{index:05d}_{template.profile.name}"
        facts = {"doc": f"{stem}.txt", "seed_file": template.name, "generator_seed": seed, **variant.facts}
        yield GeneratedDocument(index, stem, text, facts)


def render_pdf(text: str) -> bytes:
    """The PDF of a generated document (the test builder's layout: tables as columns at fixed x)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.builders import build_pdf

    return build_pdf(text)


_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def write_corpus(
    out: Path, count: int, *, seed: int = 0, pdf: int = 0, seeds_dir: Path = DEFAULT_SEEDS
) -> dict[str, int]:
    """Write `count` documents (and the first `pdf` of them as PDF) into `out`, streaming."""
    out.mkdir(parents=True, exist_ok=True)
    totals = {"documents": 0, "text_bytes": 0, "pdf_documents": 0, "pdf_pages": 0, "pdf_bytes": 0}
    for document in iter_documents(count, seed=seed, seeds_dir=seeds_dir):
        data = document.text.encode("utf-8")
        (out / f"{document.name}.txt").write_bytes(data)
        facts = dict(document.facts)
        if document.index < pdf:
            pdf_bytes = render_pdf(document.text)
            (out / f"{document.name}.pdf").write_bytes(pdf_bytes)
            facts["pdf_pages"] = len(_PDF_PAGE.findall(pdf_bytes))
            totals["pdf_documents"] += 1
            totals["pdf_pages"] += facts["pdf_pages"]
            totals["pdf_bytes"] += len(pdf_bytes)
        (out / f"{document.name}.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
        totals["documents"] += 1
        totals["text_bytes"] += len(data)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the corpus into")
    parser.add_argument("--count", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--pdf", type=int, default=0, help="also render the first N documents as PDF")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder holding the two seeds")
    args = parser.parse_args(argv)
    totals = write_corpus(args.out, args.count, seed=args.seed, pdf=args.pdf, seeds_dir=args.seeds)
    print(json.dumps(totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
