"""Web register benchmark: 10 000 conventions in PostgreSQL, gunicorn, a real HTTP client.

Target (issue #4): with 10 000 conventions in PostgreSQL, the conventions list with a
search and two filters, and a convention page, each answer in < 100 ms (median),
measured with a real HTTP client against gunicorn.

    make bench-web        # = scripts/with-postgres.sh .venv/bin/python benchmarks/web.py
    scripts/with-postgres.sh .venv/bin/python benchmarks/web.py --conventions 10000 --requests 300 --check

What it does:

1. checks that ``DATABASE_URL`` is a PostgreSQL server (``make bench-web`` starts a
   throwaway one), configures the production settings (``config.settings.base``, DEBUG
   off; plain HTTP on 127.0.0.1, so no HTTPS redirect and no Secure-only cookies),
   migrates, and collects the static files (hashed manifest, as in production);
2. generates the register in bulk (`generate`): ~200 organisations with aliases, 40
   programmes, 600 people, and N conventions signed 2018–2026 with 2–3 parties,
   representatives and signatories, 1–2 programmes, 2–5 budget lines, tranches, a Chorus
   imputation, legal bases, obligations, annex objectives, deadlines, version 1 with its
   snapshot, audit events, and the denormalised ``search_text`` (the same text as
   `registration.refresh_search_text`, checked on a sample); then ``VACUUM ANALYZE``;
3. starts gunicorn with ``config/gunicorn.py`` on 127.0.0.1 (``--workers``, default 4);
4. signs in through the login form with ``urllib`` and a cookie jar (CSRF token from
   the form, session cookie), as the programme team (sees all N) and as the agent of one
   partner administration (sees its own conventions only);
5. after a warm-up, times ``--requests`` sequential requests of each kind: the list with a
   search and two filters (``q`` + ``status`` + ``programme``, rotating search terms), and
   convention pages (random visible conventions); checks every answer is a 200 page of
   the expected kind; prints median, p95 and max, and PASS/FAIL against 100 ms median;
6. writes the figures to ``bench-output/web.json``. It is a measurement: exit 0 unless
   ``--check`` (then 1 when a target is missed).
"""

from __future__ import annotations

import argparse
import datetime
import http.cookiejar
import json
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any


ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import serving  # noqa: E402 - needs ROOT on sys.path when run as a script


TARGET_MS = 100.0
PASSWORD = "bench-password"  # noqa: S105 — a throwaway account in a throwaway database
TODAY = datetime.date(2026, 6, 15)  # fixed, so statuses and deadlines do not depend on the day of the run

# ----------------------------------------------------------------------------- vocabulary

_ORG_KINDS = [
    ("Direction générale", "DG"),
    ("Direction", "D"),
    ("Délégation interministérielle", "DI"),
    ("Secrétariat général", "SG"),
    ("Agence nationale", "AN"),
    ("Direction régionale", "DR"),
    ("Service", "S"),
    ("Préfecture de région", "PR"),
]
_ORG_SUBJECTS = [
    ("des finances publiques", "FIP"),
    ("du numérique", "NUM"),
    ("de la jeunesse et de la vie associative", "JVA"),
    ("de l'accueil et de l'intégration des réfugiés", "AIR"),
    ("du travail", "T"),
    ("de l'emploi et de la formation professionnelle", "EFP"),
    ("de la santé", "S"),
    ("de la cohésion sociale", "CS"),
    ("des collectivités locales", "CL"),
    ("de l'aménagement, du logement et de la nature", "ALN"),
    ("de l'enseignement scolaire", "ESCO"),
    ("de l'enseignement supérieur et de l'insertion professionnelle", "ESIP"),
    ("de la recherche et de l'innovation", "RI"),
    ("des affaires culturelles", "AC"),
    ("du patrimoine", "PAT"),
    ("de l'alimentation", "AL"),
    ("des entreprises", "E"),
    ("de la prévention des risques", "PR"),
    ("de l'énergie et du climat", "EC"),
    ("des infrastructures de transport", "IT"),
    ("de la sécurité civile et de la gestion des crises", "SCGC"),
    ("des étrangers en France", "EF"),
    ("de la transformation publique", "TP"),
    ("de l'administration et de la fonction publique", "AFP"),
    ("des achats de l'État", "AE"),
    ("du budget", "B"),
    ("de la sécurité sociale", "SS"),
    ("de l'offre de soins", "OS"),
    ("des politiques de la ville", "PV"),
    ("des sports", "SP"),
]
_REGIONS = [
    "Occitanie",
    "Bretagne",
    "Normandie",
    "Hauts-de-France",
    "Grand Est",
    "Nouvelle-Aquitaine",
    "Auvergne-Rhône-Alpes",
    "Provence-Alpes-Côte d'Azur",
]
_SERVICE_WORDS = [
    "Réfugiés",
    "Engagement",
    "Emploi",
    "Santé",
    "Logement",
    "Aides",
    "Territoires",
    "Culture",
    "Sport",
    "Formation",
    "Entreprise",
    "Climat",
    "Mobilité",
    "Justice",
    "Solidarité",
    "Démarches",
    "Données",
    "Signalement",
    "Inclusion",
    "Accueil",
]
_SERVICE_SUFFIXES = [".info", ".gouv.fr", " Connect", " API", " Pro", "", " Pass", " Facile"]
_FIRST = ["Camille", "Dominique", "Claude", "Alix", "Sacha", "Jean", "Marie", "Laurent", "Sophie", "Nadia"]
_LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"]
_PROGRAMME_NUMBERS = [
    "102",
    "103",
    "104",
    "105",
    "112",
    "119",
    "123",
    "129",
    "134",
    "135",
    "137",
    "138",
    "139",
    "140",
    "141",
    "147",
    "148",
    "149",
    "150",
    "152",
    "156",
    "157",
    "159",
    "161",
    "162",
    "163",
    "172",
    "174",
    "175",
    "176",
    "177",
    "181",
    "203",
    "204",
    "206",
    "215",
    "216",
    "219",
    "349",
    "352",
]
_OBLIGATION_CATEGORIES = ["governance", "reporting", "open_source", "personal_data", "security", "budget_execution"]


@dataclass
class GeneratedRegister:
    conventions: int
    organisations: int
    seconds: float
    partner_organisation_id: int
    partner_conventions: int
    search_terms: list[str]
    programme: str


# ------------------------------------------------------------------------------ generator


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def generate(
    count: int, *, seed: int = 2024, today: datetime.date = TODAY, check_sample: int = 20
) -> GeneratedRegister:
    """Write `count` realistic conventions and their parts in bulk (Django must be set up)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from conventio.core.models import AuditEvent
    from conventio.register.enums import DeadlineKind, Role, Status, VersionKind
    from conventio.register.models import (
        AnnexObjective,
        BudgetLine,
        ChorusImputation,
        Convention,
        ConventionVersion,
        Deadline,
        LegalBase,
        Obligation,
        Organisation,
        OrganisationAlias,
        PartyRole,
        Person,
        Programme,
        Tranche,
    )
    from conventio.register.naming import fold, person_key
    from conventio.register.services.lifecycle import add_months
    from conventio.register.services.registration import refresh_search_text
    from conventio.trust.models import MemberRole, Membership

    started = time.perf_counter()
    rng = random.Random(seed)
    with transaction.atomic():
        # Organisations: the DINUM (the programme team's), then ~200 administrations.
        specs: list[tuple[str, str]] = [("Direction interministérielle du numérique", "DINUM")]
        for kind, kind_code in _ORG_KINDS:
            for subject, subject_code in _ORG_SUBJECTS:
                specs.append((f"{kind} {subject}", f"{kind_code}{subject_code}"))
        for region in _REGIONS:
            specs.append((f"Préfecture de la région {region}", f"PREF-{region[:3].upper()}"))
        seen: set[str] = set()
        unique = []
        for name, acronym in specs:
            if acronym not in seen:
                seen.add(acronym)
                unique.append((name, acronym))
        organisations = Organisation.objects.bulk_create(
            Organisation(name=name, acronym=acronym, address=f"{rng.randint(1, 200)} rue de l'État, Paris")
            for name, acronym in unique[:200]
        )
        aliases = []
        for organisation in organisations:
            aliases.append(OrganisationAlias(organisation=organisation, name=organisation.name))
            aliases.append(OrganisationAlias(organisation=organisation, name=organisation.acronym))
            aliases.append(OrganisationAlias(organisation=organisation, name=f"La {organisation.name}"))
        for alias in aliases:
            alias.key = _organisation_key(alias.name)
        unique_aliases = {alias.key: alias for alias in aliases if alias.key}
        OrganisationAlias.objects.bulk_create(unique_aliases.values())
        aliases_of: dict[int, list[str]] = {}
        for alias in unique_aliases.values():
            aliases_of.setdefault(alias.organisation.pk, []).append(alias.name)

        programmes = Programme.objects.bulk_create(
            Programme(number=number, label=f"Programme {number} du budget de l'État") for number in _PROGRAMME_NUMBERS
        )
        people = Person.objects.bulk_create(
            Person(name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}-{index}", key="") for index in range(600)
        )
        for person in people:
            person.key = person_key(person.name)
        Person.objects.bulk_update(people, ["key"])
        services = [f"{a}{b}" for a in _SERVICE_WORDS for b in _SERVICE_SUFFIXES]

        # Conventions.
        dinum = organisations[0]
        weights = [8.0] + [1.0 / (1 + index / 20) for index in range(1, len(organisations))]  # a few are frequent
        conventions: list[Convention] = []
        plan: list[dict[str, Any]] = []
        for _ in range(count):
            signed = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 8 + 160))
            end = add_months(signed, rng.choice([12, 18, 24, 36]))
            end = end - datetime.timedelta(days=1)
            delegant = rng.choices(organisations, weights)[0]
            delegataire = rng.choices(organisations, weights)[0]
            while delegataire.pk == delegant.pk:
                delegataire = rng.choice(organisations)
            parties = [(delegant, Role.DELEGANT), (delegataire, Role.DELEGATAIRE)]
            if rng.random() < 0.15:
                extra = rng.choice(organisations)
                if extra.pk not in (delegant.pk, delegataire.pk):
                    parties.append((extra, Role.CO_DELEGATAIRE))
            service = rng.choice(services)
            fast = rng.random() < 0.3
            status = _status(rng, signed, end, today)
            chosen = rng.sample(programmes, 2 if rng.random() < 0.2 else 1)
            total = Decimal(rng.randrange(20_000, 3_000_000, 1000)).quantize(Decimal("0.01"))
            title = (
                f"Convention de délégation de gestion FAST {rng.randint(1, 15)} | {service}"
                if fast
                else f"Convention de délégation de gestion {delegant.acronym} – {delegataire.acronym} : {service}"
            )
            conventions.append(
                Convention(
                    title=title,
                    reference=f"NOR {rng.choice(['PRM', 'ECO', 'SSA', 'INT'])}X{rng.randint(1800000, 2699999)}"
                    if rng.random() < 0.4
                    else "",
                    status=status,
                    signature_date=None if status == Status.DRAFT else signed,
                    signature_place="Paris",
                    effective_rule="à la date de signature",
                    effective_date=None if status == Status.DRAFT else signed,
                    end_date=end,
                    notice_period_months=3,
                    object=f"Délégation de la gestion des crédits du programme {chosen[0].number} pour {service}.",
                    services=[service],
                    fast_promotion=rng.randint(1, 15) if fast else None,
                    publication_venues=["data.gouv.fr"],
                    total_amount=total,
                    comptable_assignataire="CBCM des services du Premier ministre",
                    cbcm_copies=["CBCM des services du Premier ministre"],
                )
            )
            plan.append(
                {"parties": parties, "programmes": chosen, "total": total, "service": service, "signed": signed}
            )
        for batch in _chunks(conventions, 2000):
            Convention.objects.bulk_create(batch)

        through = Convention.programmes.through
        party_rows, programme_rows, lines, tranches, chorus_rows = [], [], [], [], []
        legal, obligations, objectives, deadlines, versions, events = [], [], [], [], [], []
        search_texts = []
        for convention, item in zip(conventions, plan, strict=True):
            texts = [convention.title, convention.reference, item["service"]]
            for position, (organisation, role) in enumerate(item["parties"]):
                party_rows.append(
                    PartyRole(
                        convention=convention,
                        organisation=organisation,
                        role=role,
                        role_words=[f"le {role}"],
                        name_as_printed=organisation.name,
                        representative=rng.choice(people),
                        representative_title=f"Directeur {organisation.name.split(' ', 1)[-1]}",
                        signatory=rng.choice(people),
                        signatory_title="Le chef de service",
                        position=position,
                    )
                )
                texts += [organisation.name, organisation.name, organisation.acronym, *aliases_of[organisation.pk]]
            for programme in item["programmes"]:
                programme_rows.append(through(convention_id=convention.pk, programme_id=programme.pk))
                texts.append(f"programme {programme.number} P{programme.number} {programme.number} {programme.label}")
            unit = rng.choice(["CDJE", "CFSE", "DGFIP", "SGMAS"])
            centre = f"{item['programmes'][0].number}-{unit}-{rng.choice(['STET', 'CFIN', 'DR01'])}"
            domaine = f"{item['programmes'][0].number}-0{rng.randint(1, 9)}"
            activite = f"0{item['programmes'][0].number}{rng.randint(10000000, 99999999)}"
            cost = f"{rng.choice(['AIC', 'CEN', 'DGA'])}{rng.randint(1000, 9999)}"
            chorus_rows.append(
                ChorusImputation(
                    convention=convention,
                    axe_ministeriel=f"0{rng.randint(1, 9)}",
                    domaine_fonctionnel=domaine,
                    centre_financier=centre,
                    activites=[activite],
                    centre_cout=cost,
                )
            )
            texts += [centre, domaine, cost, activite]
            start_year = item["signed"].year
            years = list(range(start_year, start_year + rng.randint(2, 5)))
            share = (item["total"] / len(years)).quantize(Decimal("0.01"))
            for year in years:
                lines.append(
                    BudgetLine(
                        convention=convention,
                        programme=item["programmes"][0].number,
                        centre_financier=centre,
                        year=year,
                        ae=share if year == start_year else None,
                        cp=share,
                        scope="",
                    )
                )
                texts.append(centre)
            if rng.random() < 0.6:
                half = (item["total"] / 2).quantize(Decimal("0.01"))
                tranches += [
                    Tranche(convention=convention, position=0, share=Decimal(50), amount=half, event="signature"),
                    Tranche(
                        convention=convention,
                        position=1,
                        share=Decimal(50),
                        amount=half,
                        event="bilan de mi-parcours",
                        date_hint="fin novembre",
                    ),
                ]
            legal += [
                LegalBase(
                    convention=convention,
                    kind="décret",
                    number="2004-1085",
                    date=datetime.date(2004, 10, 14),
                    label="décret n° 2004-1085 du 14 octobre 2004",
                    position=0,
                ),
                LegalBase(
                    convention=convention,
                    kind="décret",
                    number="2012-1246",
                    date=datetime.date(2012, 11, 7),
                    label="décret n° 2012-1246 du 7 novembre 2012",
                    position=1,
                ),
            ]
            for position in range(rng.randint(4, 12)):
                category = rng.choice(_OBLIGATION_CATEGORIES)
                obligations.append(
                    Obligation(
                        convention=convention,
                        party_role=rng.choice([Role.DELEGANT, Role.DELEGATAIRE]),
                        category=category,
                        text=f"Engagement n° {position + 1} ({category}) pour {item['service']}.",
                        position=position,
                    )
                )
            for position in range(rng.choice([0, 0, 2, 4])):
                objectives.append(
                    AnnexObjective(
                        convention=convention,
                        service=item["service"],
                        year=start_year,
                        text=f"Objectif {position + 1} de {item['service']}",
                        target=Decimal(rng.randint(100, 100_000)),
                        unit="usagers",
                        deadline=f"fin {start_year}",
                        deadline_date=datetime.date(start_year, 12, 31),
                        position=position,
                    )
                )
            assert convention.end_date is not None
            deadlines += [
                Deadline(
                    convention=convention,
                    kind=DeadlineKind.END,
                    due_date=convention.end_date,
                    label="Fin de la convention",
                    basis="date de fin stipulée",
                ),
                Deadline(
                    convention=convention,
                    kind=DeadlineKind.FINAL_REPORT,
                    due_date=convention.end_date,
                    label="Compte rendu d'exécution au délégant",
                    basis="au terme de la convention",
                ),
                Deadline(
                    convention=convention,
                    kind=DeadlineKind.NOTICE,
                    due_date=add_months(convention.end_date, -3),
                    label="Dernier jour pour donner préavis avant la fin",
                    basis="date de fin moins 3 mois de préavis",
                ),
            ]
            if convention.signature_date:
                deadlines.append(
                    Deadline(
                        convention=convention,
                        kind=DeadlineKind.COMMITMENT,
                        due_date=add_months(convention.signature_date, 6),
                        label="Engagement des crédits (6 mois après la signature)",
                        basis="signature + 6 mois",
                    )
                )
            versions.append(
                ConventionVersion(
                    convention=convention,
                    number=1,
                    kind=VersionKind.ORIGINAL,
                    signed_on=convention.signature_date,
                    snapshot=_snapshot(convention, item),
                )
            )
            events.append(
                AuditEvent(
                    actor_label="système",
                    action="conventio.register.convention.registered",
                    scope=convention.scope,
                    subject=convention.title[:200],
                    message="Convention enregistrée (version 1, générée pour le banc d'essai)",
                )
            )
            search_texts.append(fold(" ".join(text for text in texts if text)))
        for rows, model in (
            (party_rows, PartyRole),
            (programme_rows, through),
            (chorus_rows, ChorusImputation),
            (lines, BudgetLine),
            (tranches, Tranche),
            (legal, LegalBase),
            (obligations, Obligation),
            (objectives, AnnexObjective),
            (deadlines, Deadline),
            (versions, ConventionVersion),
            (events, AuditEvent),
        ):
            for batch in _chunks(rows, 5000):
                model.objects.bulk_create(batch)
        for convention, text in zip(conventions, search_texts, strict=True):
            convention.search_text = text
        for batch in _chunks(conventions, 2000):
            Convention.objects.bulk_update(batch, ["search_text"])

        # The generated search text is the service's own (checked on a sample).
        for convention in rng.sample(conventions, min(check_sample, len(conventions))):
            expected = convention.search_text
            refresh_search_text(convention)
            if sorted(convention.search_text.split()) != sorted(expected.split()):
                raise AssertionError(f"search text differs for {convention.pk}: {convention.search_text!r}")

        # Accounts: the programme team, and an agent of the most frequent partner but the DINUM.
        model = get_user_model()
        team = model.objects.create_user("bench.equipe", "equipe@example.org", PASSWORD)
        Membership.objects.create(user=team, organisation=dinum, role=MemberRole.PROGRAMME_TEAM)
        partner = organisations[1]
        agent = model.objects.create_user("bench.partenaire", "partenaire@example.org", PASSWORD)
        Membership.objects.create(user=agent, organisation=partner, role=MemberRole.AGENT)
        partner_count = Convention.objects.filter(parties__organisation=partner).distinct().count()

    popular = max(programmes, key=lambda p: sum(1 for item in plan if item["programmes"][0].pk == p.pk))
    return GeneratedRegister(
        conventions=count,
        organisations=len(organisations),
        seconds=time.perf_counter() - started,
        partner_organisation_id=partner.pk,
        partner_conventions=partner_count,
        search_terms=["numérique", "Réfugiés", "emploi", "FAST", organisations[5].acronym, "santé", "CFSE", "Pass"],
        programme=popular.number,
    )


def _organisation_key(name: str) -> str:
    from conventio.register.naming import organisation_key

    return organisation_key(name)


def _status(rng: random.Random, signed: datetime.date, end: datetime.date, today: datetime.date) -> str:
    from conventio.register.enums import Status

    roll = rng.random()
    if roll < 0.03:
        return Status.DRAFT
    if roll < 0.05:
        return Status.TERMINATED
    if signed > today:
        return Status.SIGNED
    if end < today:
        return Status.EXPIRED
    return Status.SUSPENDED if roll < 0.07 else Status.IN_FORCE


def _snapshot(convention: Any, item: dict[str, Any]) -> dict[str, Any]:
    """A version snapshot of the facts' shape (the page compares versions on it)."""
    return {
        "kind": convention.kind,
        "title": convention.title,
        "signature_date": convention.signature_date.isoformat() if convention.signature_date else None,
        "end_date": convention.end_date.isoformat() if convention.end_date else None,
        "total_amount": format(item["total"], "f"),
        "parties": [{"name": organisation.name, "role": role} for organisation, role in item["parties"]],
        "programmes": [{"number": programme.number} for programme in item["programmes"]],
    }


# ------------------------------------------------------------------------------- HTTP


class Client:
    """A signed-in browser stand-in: urllib with a cookie jar, CSRF token from the login form."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def sign_in(self, username: str, password: str) -> None:
        status, body = self.get("/connexion/")
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if status != 200 or match is None:
            raise RuntimeError(f"login page: HTTP {status}, no CSRF token")
        data = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": match.group(1), "username": username, "password": password, "next": "/"}
        ).encode()
        request = urllib.request.Request(  # noqa: S310 — the benchmark's own http:// server
            self.base + "/connexion/", data=data, headers={"Referer": self.base + "/"}
        )
        with self.opener.open(request, timeout=30) as response:
            final = response.geturl()
            response.read()
        if "/connexion/" in final:
            raise RuntimeError(f"sign-in as {username} failed")


def timed(client: Client, paths: list[str], check: Callable[[int, str], bool]) -> list[float]:
    times = []
    for path in paths:
        start = time.perf_counter()
        status, body = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        if not check(status, body):
            raise RuntimeError(f"unexpected answer for {path}: HTTP {status}")
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "n": len(ordered),
        "median_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


# ------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conventions", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300, help="timed requests of each kind")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--check", action="store_true", help="exit 1 when a median is over 100 ms")
    parser.add_argument("--output", type=Path, default=ROOT / "bench-output" / "web.json")
    options = parser.parse_args(argv)

    if not serving.postgres_url():
        print("web benchmark: DATABASE_URL must be a PostgreSQL server; run `make bench-web`.", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="conventio-bench-"))
    serving.production_environment(work)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from conventio.register.enums import Status

    print(f"web benchmark: PostgreSQL {connection.cursor().connection.info.server_version}, work folder {work}")
    call_command("migrate", interactive=False, verbosity=0)
    step = time.perf_counter()
    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"  collectstatic: {time.perf_counter() - step:.1f} s")
    register = generate(options.conventions, seed=options.seed)
    print(
        f"  generated {register.conventions} conventions, {register.organisations} organisations "
        f"in {register.seconds:.1f} s"
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    from conventio.register.models import Convention

    all_ids = list(Convention.objects.values_list("pk", flat=True))
    partner_ids = list(
        Convention.objects.filter(parties__organisation_id=register.partner_organisation_id)
        .values_list("pk", flat=True)
        .distinct()
    )
    connection.close()

    rng = random.Random(options.seed)
    results: dict[str, Any] = {}
    try:
        with serving.gunicorn(options.workers) as base:
            for who, username, ids in (
                ("programme team", "bench.equipe", all_ids),
                ("partner agent", "bench.partenaire", partner_ids),
            ):
                client = Client(base)
                client.sign_in(username, PASSWORD)
                lists = []
                for index in range(options.requests + 20):
                    term = register.search_terms[index % len(register.search_terms)]
                    status = [Status.IN_FORCE, Status.EXPIRED, Status.SIGNED][index % 3]
                    query = urllib.parse.urlencode({"q": term, "status": status, "programme": register.programme})
                    lists.append(f"/?{query}")
                pages = [f"/conventions/{rng.choice(ids)}/" for _ in range(options.requests + 20)]

                def is_list(status: int, body: str) -> bool:
                    return status == 200 and ("<table" in body or "Aucune convention" in body)

                def is_page(status: int, body: str) -> bool:
                    return status == 200 and "Échéances" in body

                timed(client, lists[:20], is_list)  # warm-up: workers' first requests, caches
                timed(client, pages[:20], is_page)
                list_times = timed(client, lists[20:], is_list)
                page_times = timed(client, pages[20:], is_page)
                results[who] = {
                    "visible conventions": len(ids),
                    "list (search + 2 filters)": summary(list_times),
                    "convention page": summary(page_times),
                }
    finally:
        shutil.rmtree(work, ignore_errors=True)  # collected static files

    passed = True
    print(f"\n  {'who':<16} {'request':<28} {'n':>5} {'median':>9} {'p95':>9} {'max':>9}  target")
    for who, figures in results.items():
        for kind in ("list (search + 2 filters)", "convention page"):
            figure = figures[kind]
            ok = figure["median_ms"] < TARGET_MS
            passed &= ok
            print(
                f"  {who:<16} {kind:<28} {figure['n']:>5} {figure['median_ms']:>7.1f}ms {figure['p95_ms']:>7.1f}ms"
                f" {figure['max_ms']:>7.1f}ms  {'PASS' if ok else 'FAIL'} (< {TARGET_MS:.0f} ms median)"
            )
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(
        json.dumps(
            {
                "date": datetime.datetime.now(tz=datetime.UTC).isoformat(timespec="seconds"),
                "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
                "load_average_during_run": [round(load, 2) for load in os.getloadavg()],
                "conventions": register.conventions,
                "organisations": register.organisations,
                "gunicorn_workers": options.workers,
                "generation_seconds": round(register.seconds, 1),
                "results": results,
                "passed": passed,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n  {'PASS' if passed else 'FAIL'}: figures written to {options.output} (load average {load})")
    return 1 if options.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
