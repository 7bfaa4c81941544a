"""Chorus import jobs: stored uploads, claimed once, run inline or in a thread, interrupted and relaunched."""

from __future__ import annotations

import datetime
import io
import threading
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from conventio import cli
from conventio.budget.chorus import jobs
from conventio.budget.chorus.formats import ChorusFileError
from conventio.budget.enums import MovementKind
from conventio.budget.models import ChorusImport, Movement
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.budget import chorus_files as files
from tests.budget.chorus_files import dp, ej
from tests.register import factories


pytestmark = pytest.mark.django_db

SEP, OCT = datetime.date(2023, 9, 1), datetime.date(2023, 10, 15)
D = Decimal


@pytest.fixture(autouse=True)
def inline(settings: Any) -> None:
    settings.CONVENTIO_CHORUS_RUNNER = "inline"


@pytest.fixture
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


def extraction() -> bytes:
    return files.csv_bytes([ej("2103000001", "80000", SEP), dp("2103000001", "100000001", "40000", OCT)])


def test_a_stored_job_runs_inline_and_ends_done_with_the_ledger_rows(fast13) -> None:  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    job = jobs.create_job(extraction(), "restitution.csv", member)
    assert (job.status, job.created_by, job.file_format) == ("pending", member, "csv")
    assert bytes(ChorusImport.objects.get(pk=job.pk).data) == extraction()
    ended = jobs.run_job(job.pk, companion=False)
    assert ended is not None and ended.status == "done"
    assert (ended.lines, ended.new, ended.refused, ended.attempts) == (2, 2, 0, 1)
    assert ended.report["counts"]["new"] == 2 and ended.report["import_id"] == job.pk
    assert ChorusImport.objects.count() == 1  # the job is the import's record, not a second row
    state = jobs.state_of(ended)
    assert (state.status, state.percent, state.finished, state.label) == ("done", 100, True, "terminé")
    balances = ledger.balances(fast13.ledger)
    assert (balances.committed_ae, balances.paid_cp) == (D("80000.00"), D("40000.00"))


def test_a_finished_job_is_not_run_again(fast13) -> None:  # type: ignore[no-untyped-def]
    job = jobs.create_job(extraction(), "restitution.csv", factories.programme_team_member())
    assert jobs.run_job(job.pk, companion=False) is not None
    assert jobs.run_job(job.pk, companion=False) is None  # nothing to claim
    assert Movement.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "vide"),
        (b"\x00\x01\x02binary\xff" * 20, "binaire"),
        (b"Colonne A;Colonne B\r\n1;2\r\n", "colonne"),
        (files.csv_bytes([]), "aucune ligne"),
        (b"%PDF-1.4 ...", "PDF"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_stored(data: bytes, words: str) -> None:
    with pytest.raises(ChorusFileError) as refused:
        jobs.create_job(data, "extraction.csv", factories.programme_team_member())
    assert words.lower() in refused.value.message.lower()
    assert not ChorusImport.objects.exists()


def test_an_unreadable_line_further_down_refuses_the_job_with_the_line_and_writes_nothing(fast13) -> None:  # type: ignore[no-untyped-def]
    data = extraction() + "2103000003;1;;BG00/0352-CFSE-CFIN;0352-01;;;X;32/13/2023;12,00;\r\n".encode("cp1252")
    job = jobs.create_job(data, "restitution.csv", factories.programme_team_member())
    ended = jobs.run_job(job.pk, companion=False)
    assert ended is not None and ended.status == "failed"
    assert "illisible" in ended.error and "ligne 4" in ended.report["errors"][0]
    state = jobs.state_of(ended)
    assert (state.status, state.label, state.finished, state.relaunchable) == ("failed", "refusé", True, False)
    assert not Movement.objects.exists()


def test_a_job_whose_heartbeat_is_stale_is_interrupted_and_can_be_claimed_again(fast13, settings) -> None:  # type: ignore[no-untyped-def]
    settings.CONVENTIO_CHORUS_STALE_SECONDS = 60
    job = jobs.create_job(extraction(), "restitution.csv", factories.programme_team_member())
    assert jobs.claim(job.pk)
    assert not jobs.claim(job.pk)  # running, heartbeat fresh: another process has it
    ChorusImport.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - datetime.timedelta(minutes=5))
    job.refresh_from_db()
    state = jobs.state_of(job)
    assert (state.status, state.label, state.relaunchable, state.finished) == (
        "interrupted",
        "interrompu",
        True,
        False,
    )
    ended = jobs.run_job(job.pk, companion=False)
    assert ended is not None and (ended.status, ended.attempts) == ("done", 2)
    assert Movement.objects.count() == 2


def test_progress_is_a_share_of_the_reading_then_of_the_writing() -> None:
    job = ChorusImport(status="running", phase="lecture", progress_done=50, progress_total=100)
    job.created_at = job.heartbeat_at = timezone.now()
    state = jobs.state_of(job)
    assert (state.percent, state.phase_label) == (40, "Lecture du fichier")
    assert "50 lignes lues sur 100" in state.message
    job.phase, job.progress_done, job.progress_total = "écriture", 10, 10
    assert jobs.state_of(job).percent == 99  # 100 % only once recorded
    job.phase, job.progress_done, job.progress_total = "lecture", 7, None
    assert jobs.state_of(job).percent == 0


def test_the_tracker_writes_the_progress_on_the_row_outside_the_import_transaction(fast13) -> None:  # type: ignore[no-untyped-def]
    job = jobs.create_job(extraction(), "restitution.csv", factories.programme_team_member())
    assert jobs.claim(job.pk)
    tracker = jobs.Tracker(job.pk, interval=3600)  # no timing in tests: « within the interval » is certain
    tracker.write_now("lecture", 10000, 40000)
    job.refresh_from_db()
    assert (job.phase, job.progress_done, job.progress_total) == ("lecture", 10000, 40000)
    tracker.write_now("lecture", 20000, 40000)  # within the interval, same phase: not written
    job.refresh_from_db()
    assert job.progress_done == 10000
    tracker.write_now("écriture", 0, 3)  # a new phase: written at once
    job.refresh_from_db()
    assert (job.phase, job.progress_done, job.progress_total) == ("écriture", 0, 3)


def test_pending_command_runs_waiting_and_interrupted_jobs(fast13, capsys) -> None:  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    first = jobs.create_job(extraction(), "premier.csv", member)
    second = jobs.create_job(files.csv_bytes([ej("2103000002", "1000", OCT)]), "second.csv", factories.user("lecteur"))
    code = cli.main(["import-chorus", "--pending"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Import n° {first.pk} (premier.csv) : terminé" in out
    assert f"Import n° {second.pk} (second.csv) : terminé" in out
    # The second one's author may change no convention: its line is not loaded.
    assert list(Movement.objects.order_by("pk").values_list("ej_number", flat=True)) == [
        "2103000001",
        "2103000001",
    ]
    assert cli.main(["import-chorus", "--pending"]) == 0
    assert "Aucun import en attente." in capsys.readouterr().out
    assert cli.main(["import-chorus", "--pending", "fichier.csv"]) == 2
    assert cli.main(["import-chorus"]) == 2


def test_pending_command_exits_1_when_a_job_is_refused(fast13) -> None:  # type: ignore[no-untyped-def]
    data = extraction() + "2103000003;1;;BG00/0352-CFSE-CFIN;0352-01;;;X;32/13/2023;12,00;\r\n".encode("cp1252")
    jobs.create_job(data, "restitution.csv", factories.programme_team_member())
    out = io.StringIO()
    from conventio.budget.management.commands.import_chorus import run

    code = run(None, username=None, as_json=True, progress=None, out=out, err=io.StringIO(), pending=True)
    assert code == 1
    assert '"status": "failed"' in out.getvalue()


def test_who_may_import() -> None:
    from conventio.trust.models import MemberRole, Membership

    team = factories.programme_team_member()
    reader = factories.user("lecteur")
    agent = factories.user("agent")
    convention = factories.fast13_refugies_info()
    organisation = convention.parties.first().organisation
    Membership.objects.create(user=agent, organisation=organisation, role=MemberRole.AGENT)
    Membership.objects.create(user=reader, organisation=organisation, role=MemberRole.READER)
    assert jobs.may_import(team) and jobs.may_import(agent)
    assert not jobs.may_import(reader)
    assert not jobs.may_import(factories.user("personne"))


@pytest.mark.django_db(transaction=True)
def test_the_thread_runner_imports_in_the_background(settings) -> None:  # type: ignore[no-untyped-def]
    """The real thread: the test waits for it to end (10 s at most), then reads the job row.

    The test does not poll the row meanwhile: the SQLite test database is in memory with
    a shared cache, where a reader's table lock makes a writer fail at once (« database
    table is locked ») instead of waiting, so polling made the job's claim fail now and
    then. Polling from another process is what the job page does; it is tested on
    PostgreSQL in test_chorus_concurrency.
    """
    settings.CONVENTIO_CHORUS_RUNNER = "thread"
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    job = jobs.create_job(extraction(), "restitution.csv", factories.programme_team_member())
    jobs.start(job)  # no transaction open: the thread starts at once
    threads = [thread for thread in threading.enumerate() if thread.name == f"chorus-import-{job.pk}"]
    assert len(threads) == 1
    threads[0].join(timeout=10)
    assert not threads[0].is_alive()
    job.refresh_from_db()
    assert job.status == "done"
    assert Movement.objects.filter(kind=MovementKind.COMMITMENT).count() == 1
    assert (job.new, job.attempts, job.phase) == (2, 1, "")


def test_requeue_puts_an_interrupted_job_back_once(fast13, settings) -> None:  # type: ignore[no-untyped-def]
    settings.CONVENTIO_CHORUS_STALE_SECONDS = 60
    job = jobs.create_job(extraction(), "restitution.csv", factories.programme_team_member())
    assert jobs.claim(job.pk)
    assert not jobs.requeue(job.pk)  # running with a fresh heartbeat: not interrupted
    ChorusImport.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - datetime.timedelta(minutes=5))
    assert jobs.requeue(job.pk)
    assert not jobs.requeue(job.pk)  # a second relaunch finds it waiting already
    job.refresh_from_db()
    assert (job.status, jobs.state_of(job).status) == ("pending", "pending")
    ended = jobs.run_job(job.pk, companion=False)
    assert ended is not None and (ended.status, ended.attempts) == ("done", 2)
