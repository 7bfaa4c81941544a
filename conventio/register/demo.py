"""The demo register: both seed conventions, one invented avenant and two demo accounts.

`make run` (through ``conventio serve``) loads it into the SQLite database so that a
newcomer sees a real register at once. What it holds and why:

- the FACTS of the two founding conventions come from the project's own fixtures
  (``fixtures/demo/*.json``), checked by hand against the published documents. They
  keep names, codes, dates and amounts; obligations and annex objectives are described
  in the project's own short words (the documents' sentences are not copied);
- the original documents are attached (`SourceDocument`, with SHA-256 and format) when
  the shared folder with the seeds is present — the register then shows them and an
  upload of the same file is recognised as already registered;
- ONE avenant to FAST 13, clearly labelled as invented for the demo (end date moved to
  31/12/2024 and the 2024 CP changed), so that versions and their field-level diff can
  be seen; an audit entry on the convention says it is fictitious;
- both ledgers opened with an invented execution history (`conventio.budget.demo`), so
  the execution section, its chart, the portfolio and the end-of-term report show figures;
- statuses follow the calendar (`lifecycle.advance_all`): both conventions have ended,
  so they are « échue » today;
- two accounts: ``agent.demo`` (programme team of the DINUM: sees and changes
  everything) and ``agent.diair`` (agent of the DIAIR only: sees FAST 13, not the
  DJEPVA convention), both with the password `DEMO_PASSWORD` given in the README.

`load_demo` is idempotent: run twice, it changes nothing the second time (it only
resets the demo passwords and attaches documents that became available).
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from conventio.core.models import record_event
from conventio.extraction.readers import sniff_format
from conventio.register.enums import VersionKind
from conventio.register.facts import Facts, set_path
from conventio.register.models import Convention, ConventionVersion, SourceDocument
from conventio.register.services import lifecycle
from conventio.register.services.organisations import find_organisation
from conventio.register.services.registration import apply_avenant, register_facts
from conventio.trust.models import MemberRole, Membership


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "demo"
# Where the shared folder is: $CONVENTIO_SHARED (as for the tests), else beside the repository.
DEFAULT_SHARED = Path(os.environ.get("CONVENTIO_SHARED") or Path(__file__).resolve().parents[2].parent / "shared")

DEMO_PASSWORD = "conventio-demo"  # noqa: S105 — a published demo password, never used outside the demo


@dataclass(frozen=True)
class DemoConvention:
    """A seed convention of the demo: its facts fixture and the file name of its original document."""

    fixture: str
    seed: str


CONVENTIONS = (
    DemoConvention("fast13.json", "000_8225b601652a85c2.txt"),
    DemoConvention("djepva.json", "004_6ded1538d4395905.txt"),
)
AVENANT = "fast13-avenant-1.json"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    organisation: str  # acronym of the organisation the account is a member of
    role: str


ACCOUNTS = (
    DemoAccount("agent.demo", "Camille", "Démo", "DINUM", MemberRole.PROGRAMME_TEAM),
    DemoAccount("agent.diair", "Dominique", "Démo", "DIAIR", MemberRole.AGENT),
)


@dataclass
class DemoReport:
    """What `load_demo` did, for the command line."""

    conventions: list[Convention] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    avenant_applied: bool = False
    transitions: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)
    execution: list[str] = field(default_factory=list)


def fixture(name: str) -> Facts:
    """One JSON fixture of the demo."""
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        data: Facts = json.load(handle)
    return data


def avenant_facts(base: Facts, avenant: dict[str, Any]) -> Facts:
    """The convention's facts after the demo avenant's changes (paths as produced by `facts.flatten`)."""
    facts = json.loads(json.dumps(base))
    for path, value in avenant["changes"].items():
        set_path(facts, path, value)
    return facts


def _seed_document(shared_dir: Path | None, seed: str) -> tuple[str, bytes] | None:
    if shared_dir is None:
        return None
    path = shared_dir / "seeds" / seed
    try:
        return path.name, path.read_bytes()
    except OSError:
        return None


def _attach(convention: Convention, name: str, content: bytes, report: DemoReport) -> None:
    """Store the original document of `convention` (once) and make it the source of version 1."""
    sha256 = SourceDocument.digest(content)
    document = SourceDocument.objects.filter(sha256=sha256).first()
    if document is None:
        document = SourceDocument.objects.create(
            convention=convention,
            name=name,
            format=sniff_format(content),
            size=len(content),
            sha256=sha256,
            content=content,
        )
        report.documents.append(name)
    elif document.convention is None:
        document.convention = convention
        document.save(update_fields=["convention"])
        report.documents.append(name)
    elif document.convention != convention:
        return  # the file belongs to another convention: leave it there
    ConventionVersion.objects.filter(convention=convention, number=1, source_document__isnull=True).update(
        source_document=document
    )


def _existing(facts: Facts) -> Convention | None:
    return (
        Convention.objects.filter(
            title=facts["title"],
            signature_date=datetime.date.fromisoformat(facts["signature_date"]),
        )
        .order_by("pk")
        .first()
    )


def _accounts(report: DemoReport) -> dict[str, Any]:
    users = {}
    model = get_user_model()
    for account in ACCOUNTS:
        user, created = model.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.username}@example.org",
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.is_active = True
        user.save()
        users[account.username] = user
        if created:
            report.accounts.append(account.username)
    return users


def _memberships(users: dict[str, Any]) -> None:
    for account in ACCOUNTS:
        organisation = find_organisation(account.organisation, account.organisation)
        if organisation is not None:
            Membership.objects.get_or_create(
                user=users[account.username], organisation=organisation, defaults={"role": account.role}
            )


@transaction.atomic
def load_demo(shared_dir: Path | None = None, *, today: datetime.date | None = None) -> DemoReport:
    """Load (or complete) the demo register; see the module docstring. Idempotent."""
    report = DemoReport()
    shared = shared_dir if shared_dir is not None else DEFAULT_SHARED
    users = _accounts(report)
    actor = users[ACCOUNTS[0].username]
    for item in CONVENTIONS:
        facts = fixture(item.fixture)
        convention = _existing(facts)
        if convention is None:
            convention = register_facts(facts, actor=actor)
            report.created.append(convention.title)
        document = _seed_document(shared, item.seed)
        if document is not None:
            _attach(convention, *document, report)
        report.conventions.append(convention)

    avenant = fixture(AVENANT)
    fast13 = next(c for c in report.conventions if c.title == avenant["convention_title"])
    already = ConventionVersion.objects.filter(
        convention=fast13, kind=VersionKind.AVENANT, avenant_number=avenant["avenant_number"]
    )
    if not already.exists():
        apply_avenant(
            fast13,
            avenant_facts(fixture(CONVENTIONS[0].fixture), avenant),
            actor=actor,
            avenant_number=avenant["avenant_number"],
            signed_on=datetime.date.fromisoformat(avenant["signed_on"]),
        )
        record_event(
            actor=actor,
            action="conventio.register.demo.avenant",
            scope=fast13.scope,
            subject=str(fast13),
            message=avenant["label"],
            data={"demo": True, "invented": sorted(avenant["changes"])},
        )
        report.avenant_applied = True

    _memberships(users)
    # The budget execution is replayed while the conventions are in force, before the
    # calendar makes them « échue » (the budget app builds on the register: imported here).
    from conventio.budget.demo import load_demo_execution

    report.execution = load_demo_execution(report.conventions, actor=actor, today=today or lifecycle.today())
    for convention, transition in lifecycle.advance_all(on=today):
        report.transitions.append(f"{convention.title} : {lifecycle.LABELS[transition]}")
    for convention in report.conventions:
        convention.refresh_from_db()
    return report
