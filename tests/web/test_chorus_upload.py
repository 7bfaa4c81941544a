"""The Chorus import screens through Django's test client: upload, job page, JSON state, list, permissions.

The jobs run inline (``CONVENTIO_CHORUS_RUNNER = "inline"``): the upload's response
already points at a finished import. The background thread is tested in
tests/budget/test_chorus_jobs.py.
"""

from __future__ import annotations

import datetime
import html
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conventio.budget.chorus import jobs
from conventio.budget.enums import MovementKind, MovementSource
from conventio.budget.models import ChorusImport, Movement
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from conventio.trust.models import MemberRole, Membership
from tests.budget import chorus_files as files
from tests.budget.chorus_files import dp, ej
from tests.register import factories


pytestmark = pytest.mark.django_db

UPLOAD = "/chorus/importer/"
LIST = "/chorus/imports/"
SEP, OCT, NOV = datetime.date(2023, 9, 1), datetime.date(2023, 10, 15), datetime.date(2023, 11, 2)
D = Decimal


@pytest.fixture(autouse=True)
def inline(settings: Any) -> None:
    settings.CONVENTIO_CHORUS_RUNNER = "inline"


@pytest.fixture
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)  # 110 000 € of AE released at signature
    return convention


@pytest.fixture
def team_client() -> Client:
    client = Client()
    client.force_login(factories.programme_team_member())
    return client


def lines() -> list[dict[str, Any]]:
    return [
        ej("2103000001", "80000", SEP),
        dp("2103000001", "100000001", "40000", OCT),
        ej("2103000002", "20000", OCT, supplier="Studio Design"),
        ej("2103000003", "50000", NOV),  # 80 000 + 20 000 + 50 000 > 110 000 released: refused
        ej("2103000009", "10", OCT, imputation=files.UNKNOWN),
    ]


def send(client: Client, content: bytes, name: str = "restitution.csv") -> Any:
    return client.post(UPLOAD, {"fichier": SimpleUploadedFile(name, content)})


def text(response: Any) -> str:
    return " ".join(html.unescape(response.content.decode()).split())


def test_upload_page_shows_the_form(team_client: Client) -> None:
    response = team_client.get(UPLOAD)
    assert response.status_code == 200
    body = text(response)
    assert "Importer une extraction Chorus" in body and 'name="fichier"' in body
    assert "Imports Chorus" in body  # the navigation entry


def test_a_cp1252_csv_is_imported_and_the_job_page_shows_the_report(team_client: Client, fast13) -> None:  # type: ignore[no-untyped-def]
    response = send(team_client, files.csv_bytes(lines()))
    job = ChorusImport.objects.get()
    assert response.status_code == 303 and response["Location"] == f"/chorus/imports/{job.pk}/"
    assert (job.status, job.file_format, job.lines, job.new, job.refused, job.unmatched) == ("done", "csv", 5, 3, 1, 1)
    # The ledger has the rows, written through the ledger service (source: Chorus).
    assert list(
        Movement.objects.filter(ledger__convention=fast13).order_by("pk").values_list("kind", "ej_number", "ae", "cp")
    ) == [
        (MovementKind.COMMITMENT, "2103000001", D("80000.00"), D("0.00")),
        (MovementKind.COMMITMENT, "2103000002", D("20000.00"), D("0.00")),
        (MovementKind.PAYMENT, "2103000001", D("0.00"), D("40000.00")),
    ]
    assert set(Movement.objects.values_list("source", flat=True)) == {MovementSource.CHORUS}
    balances = ledger.balances(fast13.ledger)
    assert (balances.committed_ae, balances.paid_cp) == (D("100000.00"), D("40000.00"))
    page = team_client.get(response["Location"])
    assert page.status_code == 200
    body = text(page)
    assert 'value="100"' in body and "100 %" in body and "Import terminé." in body
    assert "Rapport de rapprochement" in body
    assert "Pièces nouvelles (3)" in body and "Pièces refusées (non chargées) (1)" in body
    assert "EJ 2103000003" in body and "dépasseraient les AE débloquées par les tranches" in body  # ledger message
    assert "Imputations non rattachées (1)" in body and "0999-XXXX-YYYY" in body
    assert '<meta http-equiv="refresh"' not in body  # finished: no more reloading
    assert "chorus-progress.js" not in body


def test_an_xlsx_built_with_openpyxl_is_imported(team_client: Client, fast13) -> None:  # type: ignore[no-untyped-def]
    response = send(team_client, files.xlsx_bytes(lines()[:3]), "restitution.xlsx")
    assert response.status_code == 303
    job = ChorusImport.objects.get()
    assert (job.status, job.file_format, job.new, job.refused) == ("done", "xlsx", 3, 0)
    assert ledger.balances(fast13.ledger).committed_ae == D("100000.00")


def test_the_same_file_again_changes_nothing_and_says_so(team_client: Client, fast13) -> None:  # type: ignore[no-untyped-def]
    content = files.csv_bytes(lines()[:3])
    first = send(team_client, content)
    count = Movement.objects.count()
    second = send(team_client, content)
    assert second.status_code == 303 and second["Location"] != first["Location"]
    assert Movement.objects.count() == count
    job = ChorusImport.objects.order_by("-pk").first()
    assert job is not None and (job.new, job.changed, job.unchanged) == (0, 0, 3)
    body = text(team_client.get(second["Location"]))
    assert "Aucune pièce nouvelle ni modifiée" in body
    earlier = ChorusImport.objects.order_by("pk").first()
    assert earlier is not None
    assert "déjà été importé le" in body and f"import n° {earlier.pk}" in body


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        (b"", "vide.csv", "vide"),
        (bytes(range(256)) * 8, "binaire.csv", "binaire"),
        (b"%PDF-1.4\n%...", "extraction.csv", "PDF"),
        (
            "Fournisseur;Montant\r\nSociété;12,00\r\n".encode("cp1252"),
            "colonnes.csv",
            "colonnes obligatoires absentes",
        ),
        (files.csv_bytes([]), "entete.csv", "aucune ligne de données"),
    ],
)
def test_bad_files_are_refused_with_a_french_message_and_nothing_is_stored(
    team_client: Client, fast13, content: bytes, name: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    response = send(team_client, content, name)
    assert response.status_code == 400
    body = text(response)
    assert "Le fichier n'a pas été importé" in body and words in body
    assert not ChorusImport.objects.exists() and not Movement.objects.exists()


def test_a_file_over_the_cap_is_refused(team_client: Client, fast13, settings) -> None:  # type: ignore[no-untyped-def]
    settings.CONVENTIO_CHORUS_MAX_UPLOAD_BYTES = 1024
    content = files.csv_bytes([ej(f"21030{index:05d}", "10", SEP) for index in range(100)])
    assert len(content) > 1024
    response = send(team_client, content)
    assert response.status_code == 400
    assert "dépasse la taille maximale autorisée (1 Ko)" in text(response)
    assert not ChorusImport.objects.exists() and not Movement.objects.exists()


def test_no_file_and_a_missing_csrf_token_are_refused(fast13) -> None:  # type: ignore[no-untyped-def]
    client = Client(enforce_csrf_checks=True)
    client.force_login(factories.programme_team_member())
    response = client.post(UPLOAD, {"fichier": SimpleUploadedFile("r.csv", files.csv_bytes(lines()))})
    assert response.status_code == 403
    assert not ChorusImport.objects.exists()
    plain = Client()
    plain.force_login(factories.programme_team_member("equipe2"))
    response = plain.post(UPLOAD, {})
    assert response.status_code == 400 and "Choisissez le fichier" in text(response)


def test_the_json_state_of_a_running_and_of_a_finished_job(team_client: Client, fast13) -> None:  # type: ignore[no-untyped-def]
    team = factories.programme_team_member("equipe3")
    job = jobs.create_job(files.csv_bytes(lines()[:3]), "restitution.csv", team)
    ChorusImport.objects.filter(pk=job.pk).update(
        status="running", phase="lecture", progress_done=30000, progress_total=120000, heartbeat_at=timezone.now()
    )
    state = team_client.get(f"/chorus/imports/{job.pk}/etat.json")
    assert state.status_code == 200 and state["Content-Type"] == "application/json"
    assert state.json() == {
        "id": job.pk,
        "file": "restitution.csv",
        "status": "running",
        "status_label": "en cours",
        "phase": "lecture",
        "phase_label": "Lecture du fichier",
        "done": 30000,
        "total": 120000,
        "percent": 20,
        "finished": False,
        "relaunchable": False,
        "message": "Lecture du fichier : 30\u202f000 lignes lues sur 120\u202f000 environ.",
        "url": f"/chorus/imports/{job.pk}/",
    }
    page = text(team_client.get(f"/chorus/imports/{job.pk}/"))
    assert 'value="20"' in page and "<progress" in page and "Avancement de l'import" in page
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in page
    assert "chorus-progress.js" in page
    ChorusImport.objects.filter(pk=job.pk).update(status="pending")
    jobs.run_job(job.pk, companion=False)
    finished = team_client.get(f"/chorus/imports/{job.pk}/etat.json").json()
    assert (finished["status"], finished["percent"], finished["finished"]) == ("done", 100, True)
    assert team_client.get("/chorus/imports/999999/etat.json").status_code == 404
    assert Client().get(f"/chorus/imports/{job.pk}/etat.json").status_code == 401


def test_an_interrupted_job_is_shown_so_and_can_be_relaunched(team_client: Client, fast13, settings) -> None:  # type: ignore[no-untyped-def]
    settings.CONVENTIO_CHORUS_STALE_SECONDS = 60
    job = jobs.create_job(files.csv_bytes(lines()[:3]), "restitution.csv", factories.programme_team_member("e4"))
    old = timezone.now() - datetime.timedelta(minutes=10)
    ChorusImport.objects.filter(pk=job.pk).update(status="running", phase="lecture", heartbeat_at=old)
    body = text(team_client.get(f"/chorus/imports/{job.pk}/"))
    assert "interrompu" in body and "Relancer l'import" in body
    assert '<meta http-equiv="refresh"' not in body
    response = team_client.post(f"/chorus/imports/{job.pk}/relancer/")
    assert response.status_code == 303
    job.refresh_from_db()
    assert (job.status, job.attempts, job.new) == ("done", 1, 3)
    assert team_client.post(f"/chorus/imports/{job.pk}/relancer/").status_code == 409  # finished now


def test_the_list_shows_the_imports_a_user_may_see(fast13) -> None:  # type: ignore[no-untyped-def]
    team = factories.programme_team_member()
    agent = factories.user("agent")
    organisation = fast13.parties.first().organisation
    Membership.objects.create(user=agent, organisation=organisation, role=MemberRole.AGENT)
    mine = jobs.create_job(files.csv_bytes(lines()[:1]), "agent.csv", agent)
    theirs = jobs.create_job(files.csv_bytes(lines()[:1]), "equipe.csv", team)
    team_client, agent_client = Client(), Client()
    team_client.force_login(team)
    agent_client.force_login(agent)
    team_list = text(team_client.get(LIST))
    assert "agent.csv" in team_list and "equipe.csv" in team_list and "en attente" in team_list
    agent_list = agent_client.get(LIST)
    assert agent_list.status_code == 200
    assert "agent.csv" in text(agent_list) and "equipe.csv" not in text(agent_list)
    assert agent_client.get(f"/chorus/imports/{theirs.pk}/").status_code == 404
    assert agent_client.get(f"/chorus/imports/{mine.pk}/").status_code == 200


def test_permissions_who_may_upload(fast13) -> None:  # type: ignore[no-untyped-def]
    anonymous = Client().get(UPLOAD)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("login"))
    assert Client().get(LIST).status_code == 302
    reader = factories.user("lecteur")
    Membership.objects.create(user=reader, organisation=fast13.parties.first().organisation, role=MemberRole.READER)
    client = Client()
    client.force_login(reader)
    refused = send(client, files.csv_bytes(lines()))
    assert refused.status_code == 403 and "pas le droit d'importer" in text(refused)
    assert not ChorusImport.objects.exists() and not Movement.objects.exists()
    assert 'name="fichier"' not in text(client.get(UPLOAD))


def test_an_agent_only_changes_conventions_of_their_organisations(fast13) -> None:  # type: ignore[no-untyped-def]
    """An agent of another organisation may import, but FAST 13's lines are refused for them."""
    from conventio.register.services.organisations import find_or_create_organisation

    other = find_or_create_organisation(name="Direction de l'exemple", acronym="DEX")
    agent = factories.user("agent")
    Membership.objects.create(user=agent, organisation=other, role=MemberRole.AGENT)
    client = Client()
    client.force_login(agent)
    response = send(client, files.csv_bytes(lines()[:3]))
    assert response.status_code == 303
    job = ChorusImport.objects.get()
    assert (job.status, job.new) == ("done", 0)
    assert not Movement.objects.exists()
    # FAST 13 is not visible to this agent: its lines are reported as unmatched.
    assert "aucune convention accessible" in text(client.get(response["Location"]))
