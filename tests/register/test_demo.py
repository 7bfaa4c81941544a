"""The demo register (`make run`): hand-checked facts, documents, one invented avenant, two accounts.

The fixtures hold facts, never the documents' sentences; they must agree with what the
published documents say (checked here against the engine's reading of the seeds).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from conventio.core.models import AuditEvent
from conventio.extraction import extract_path
from conventio.register import demo
from conventio.register.enums import Status, VersionKind
from conventio.register.facts import facts_from_record, flatten
from conventio.register.models import Convention, ConventionVersion, SourceDocument
from conventio.register.services.registration import snapshot, validate, version_diff
from conventio.trust.models import Membership
from conventio.trust.permissions import CHANGE, VIEW, can, visible_conventions
from tests.conftest import DJEPVA, FAST13, ROOT, SHARED


D = datetime.date
FIXTURES = {"fast13.json": FAST13, "djepva.json": DJEPVA}
# Facts read by the engine that must equal the fixtures' (the rest is the fixtures' own short words).
CHECKED = re.compile(
    r"^(kind|title|signature_date|signature_place|effective_date|end_date|notice_period_months|fast_promotion"
    r"|total_amount|services|publication_venues|cbcm_copies"
    r"|parties\.\d+\.(name|acronym|role|address|representative|representative_title|signatory|signs_for)"
    r"|legal_bases\.\d+\.(kind|number|date|label)|programmes\.\d+\.number"
    r"|budget_lines\.\d+\.(programme|centre_financier|year|ae|cp)"
    r"|tranches\.\d+\.(share|amount|date_hint)|envelopes\.\d+\.(total|parts\.\d+\.amount)"
    r"|chorus\.(axe_ministeriel|domaine_fonctionnel|centre_financier|activites|centre_cout))$"
)


# ------------------------------------------------------------------ the fixtures


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_facts_are_valid_facts(name: str) -> None:
    validate(demo.fixture(name))


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_facts_agree_with_the_published_document(name: str, shared_dir: Path) -> None:
    expected = {path: value for path, value in flatten(demo.fixture(name)).items() if CHECKED.match(path)}
    read = {path: value for path, value in flatten(facts_from_record(extract_path(FIXTURES[name]))).items()}
    assert len(expected) > 40
    assert {path: read.get(path) for path in expected} == expected


def _prose(facts: dict[str, Any]) -> list[str]:
    """The fixture values that are prose (the project's own words), not names, titles or references."""
    texts = [facts["object"]]
    texts += [item["text"] for item in facts["obligations"]]
    texts += [tranche["condition"] for tranche in facts["tranches"] if tranche["condition"]]
    texts += [part["label"] for envelope in facts["envelopes"] for part in envelope["parts"]]
    stack = list(facts["objectives"])
    while stack:
        objective = stack.pop()
        texts.append(objective["text"])
        stack += objective["children"]
    return texts


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixtures_copy_no_sentence_of_the_documents(name: str, shared_dir: Path) -> None:
    """No run of six words of the fixtures' prose (object, obligations, objectives…) is in the document."""
    words = re.compile(r"\w+")
    text = " ".join(words.findall(FIXTURES[name].read_text(encoding="utf-8").lower()))
    copied = set()
    for value in _prose(demo.fixture(name)):
        tokens = words.findall(value.lower())
        for start in range(len(tokens) - 5):
            if " ".join(tokens[start : start + 6]) in text:
                copied.add(value)
    assert copied == set()
    assert len(_prose(demo.fixture(name))) > 10


def test_the_avenant_is_labelled_as_invented() -> None:
    avenant = demo.fixture(demo.AVENANT)
    assert avenant["demo"] is True
    assert "FICTIF" in avenant["label"]
    assert avenant["changes"] == {"end_date": "2024-12-31", "budget_lines.1.cp": "90000.00"}


# ------------------------------------------------------------------ load_demo


@pytest.mark.django_db
def test_load_demo_registers_both_conventions_with_their_documents(shared_dir: Path) -> None:
    report = demo.load_demo(shared_dir, today=D(2024, 3, 1))
    fast13, djepva = report.conventions
    assert fast13.title == "Convention de délégation de gestion FAST 13 | Réfugiés.info"
    assert (djepva.signature_date, djepva.end_date) == (D(2024, 1, 24), D(2025, 2, 10))
    assert ConventionVersion.objects.get(convention=djepva, number=1).snapshot == snapshot(djepva)
    for convention, seed in ((fast13, FAST13), (djepva, DJEPVA)):
        content = seed.read_bytes()
        document = SourceDocument.objects.get(convention=convention)
        assert (document.name, document.format, document.size) == (seed.name, "text", len(content))
        assert document.sha256 == SourceDocument.digest(content)
        assert bytes(document.content) == content
        assert ConventionVersion.objects.get(convention=convention, number=1).source_document == document
    assert sorted(report.documents) == sorted([FAST13.name, DJEPVA.name])


@pytest.mark.django_db
def test_the_demo_avenant_makes_version_2_of_fast13(shared_dir: Path) -> None:
    fast13 = demo.load_demo(shared_dir, today=D(2024, 3, 1)).conventions[0]
    first, second = ConventionVersion.objects.filter(convention=fast13).order_by("number")
    assert (second.kind, second.avenant_number, second.signed_on) == (VersionKind.AVENANT, 1, D(2024, 5, 15))
    assert {c["path"]: (c["before"], c["after"]) for c in version_diff(first, second)} == {
        "end_date": ("2024-06-30", "2024-12-31"),
        "budget_lines.1.cp": ("110000.00", "90000.00"),
    }
    assert fast13.end_date == D(2024, 12, 31)
    label = AuditEvent.objects.for_scope(fast13.scope).get(action="conventio.register.demo.avenant")
    assert "FICTIF" in label.message and "démonstration" in label.message


@pytest.mark.django_db
def test_statuses_follow_the_calendar(shared_dir: Path) -> None:
    fast13, djepva = demo.load_demo(shared_dir, today=D(2024, 3, 1)).conventions
    assert (fast13.status, djepva.status) == (Status.IN_FORCE, Status.IN_FORCE)
    fast13, djepva = demo.load_demo(shared_dir, today=D(2025, 1, 1)).conventions
    assert (fast13.status, djepva.status) == (Status.EXPIRED, Status.IN_FORCE)
    fast13, djepva = demo.load_demo(shared_dir).conventions  # today: both have ended
    assert (fast13.status, djepva.status) == (Status.EXPIRED, Status.EXPIRED)


@pytest.mark.django_db
def test_load_demo_is_idempotent(shared_dir: Path) -> None:
    def counts() -> dict[str, int]:
        return {
            "conventions": Convention.objects.count(),
            "versions": ConventionVersion.objects.count(),
            "documents": SourceDocument.objects.count(),
            "events": AuditEvent.objects.count(),
            "memberships": Membership.objects.count(),
        }

    demo.load_demo(shared_dir)
    before = counts()
    report = demo.load_demo(shared_dir)
    assert counts() == before
    assert (report.created, report.documents, report.avenant_applied, report.transitions) == ([], [], False, [])
    assert before == {"conventions": 2, "versions": 3, "documents": 2, "events": before["events"], "memberships": 2}


@pytest.mark.django_db
def test_without_the_shared_folder_the_demo_has_no_documents_and_gets_them_later(
    tmp_path: Path, shared_dir: Path
) -> None:
    report = demo.load_demo(tmp_path)
    assert len(report.conventions) == 2
    assert not SourceDocument.objects.exists()
    report = demo.load_demo(shared_dir)  # the shared folder appeared: documents are attached
    assert SourceDocument.objects.count() == 2
    assert ConventionVersion.objects.filter(number=1, source_document__isnull=False).count() == 2


@pytest.mark.django_db
def test_demo_accounts_sign_in_and_see_what_their_role_allows(shared_dir: Path) -> None:
    fast13, djepva = demo.load_demo(shared_dir).conventions
    team = authenticate(username="agent.demo", password=demo.DEMO_PASSWORD)
    diair = authenticate(username="agent.diair", password=demo.DEMO_PASSWORD)
    assert team is not None and diair is not None
    assert not team.is_superuser and not team.is_staff
    assert set(visible_conventions(team, Convention.objects.all())) == {fast13, djepva}
    assert list(visible_conventions(diair, Convention.objects.all())) == [fast13]
    assert can(diair, VIEW, fast13) and can(diair, CHANGE, fast13)
    assert not can(diair, VIEW, djepva)


def test_readme_gives_the_demo_credentials() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for account in demo.ACCOUNTS:
        assert account.username in readme
    assert demo.DEMO_PASSWORD in readme
    assert "make run" in readme


# ------------------------------------------------------------------ commands


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_demo_command_refuses_production_settings_unless_forced(shared_dir: Path) -> None:
    with pytest.raises(CommandError, match="refusé hors mode développement"):
        call_command("demo", shared=shared_dir)
    assert not Convention.objects.exists()
    call_command("demo", shared=shared_dir, force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert Convention.objects.count() == 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_conventio_serve_migrates_loads_the_demo_and_serves(tmp_path: Path) -> None:
    """What `make run` runs: a fresh SQLite database, the demo, then the server answering."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(CONVENTIO_VAR_DIR=str(tmp_path), CONVENTIO_SHARED=str(SHARED), PYTHONUNBUFFERED="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "conventio.cli", "serve", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        answer = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:  # noqa: S310
                    answer = json.loads(response.read())
                    break
            except OSError:
                time.sleep(0.3)
        assert answer == {"status": "ok", "database": "ok"}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output, _ = server.communicate(timeout=30)
    assert "Convention chargée : Convention de délégation de gestion FAST 13 | Réfugiés.info" in output
    assert f"http://127.0.0.1:{port}/connexion/" in output
    assert f"agent.demo ou agent.diair — mot de passe : {demo.DEMO_PASSWORD}" in output
    assert (tmp_path / "conventio.sqlite3").is_file()
