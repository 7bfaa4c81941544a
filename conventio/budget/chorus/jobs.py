"""Chorus imports as jobs: an uploaded file is stored, then imported in the background.

Why this design: servers are stateless (several gunicorn workers, sessions and files in
the database) and the project runs no queue (no Celery, no Redis). So:

- the upload view checks the file (`check_upload`: size, format sniffed from the
  content, header with the mandatory columns, one data line at least) and refuses a bad
  one with a French message, storing nothing; a good one becomes a *pending*
  `ChorusImport` row holding the bytes, the SHA-256, who and when (`create_job`);
- the request then starts the job in a background thread of its own process
  (`start`; ``CONVENTIO_CHORUS_RUNNER = "thread"``, the default) and answers at once.
  A thread is enough for one process and needs no infrastructure; ``"inline"`` runs the
  job inside the request instead (tests, or a deployment that prefers it);
- the job row is the truth: the progress (phase, lines read out of the total, estimated
  from the CSV's line count or the sheet's size) and a heartbeat are written on it by a
  small companion thread every half second, on its own connection, so that the page of
  the job shows the same progress from any worker, even while the import holds its
  transaction. The importer's callback only stores the figures in memory: it costs
  nothing per line (it is called every 10 000 lines anyway);
- a job whose process died (worker restarted, server stopped) keeps the status
  « en cours » with a heartbeat that no longer moves: after ``CONVENTIO_CHORUS_STALE_SECONDS``
  (default 120 s) it is shown « interrompu » and may be relaunched from its page or by
  ``conventio import-chorus --pending`` (cron), which also runs jobs whose thread never
  started. The import is one transaction, so an interrupted job wrote nothing; claiming
  a job is one conditional UPDATE, so two processes never run the same job at once.
"""

from __future__ import annotations

import datetime
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from conventio.budget.chorus.formats import ChorusFileError, LineError, Reader, Source, open_source
from conventio.budget.models import ChorusImport
from conventio.trust.permissions import IMPORT_CHORUS, can, is_programme_team


logger = logging.getLogger(__name__)

Status = ChorusImport.Status
THREAD, INLINE = "thread", "inline"
TICK_SECONDS = 0.5  # how often the companion thread writes the progress on the row
HEARTBEAT_SECONDS = 5.0  # a heartbeat at least this often, even when nothing moved
READING_SHARE = 80  # the reading pass is this part of the bar, the writing pass the rest
PHASE_LABELS = {
    "": "En attente de démarrage",
    "lecture": "Lecture du fichier",
    "écriture": "Écriture dans les grands livres",
}
UNEXPECTED = (
    "Erreur inattendue pendant l'import : rien n'a été enregistré dans les grands livres. "
    "Relancez l'import ; si l'erreur se répète, transmettez le fichier à l'équipe du programme."
)


# ------------------------------------------------------------------------ permissions


def may_import(user: Any) -> bool:
    """Asked of the one permission function (`IMPORT_CHORUS`: the programme team, agents and
    budget officers; lines are then filtered by the importer to what the user may change)."""
    return can(user, IMPORT_CHORUS)


def visible_jobs(user: Any) -> QuerySet[ChorusImport]:
    """The imports a user may see: all of them for the programme team, else their own."""
    jobs = ChorusImport.objects.defer("data").select_related("created_by")
    if is_programme_team(user):
        return jobs
    if not getattr(user, "is_authenticated", False):
        return jobs.none()
    return jobs.filter(created_by=user)


# ----------------------------------------------------------------------------- upload


def max_upload_bytes() -> int:
    """``CONVENTIO_CHORUS_MAX_UPLOAD_BYTES``, else the ingestion's ``CONVENTIO_MAX_UPLOAD_BYTES``."""
    return int(getattr(settings, "CONVENTIO_CHORUS_MAX_UPLOAD_BYTES", settings.CONVENTIO_MAX_UPLOAD_BYTES))


def check_upload(data: bytes, name: str) -> Source:
    """Refuse a file that cannot be imported, cheaply: format, encoding, header, a first data line.

    Raises `ChorusFileError` (French message). Lines further down are read by the job:
    an unreadable one there refuses the job (nothing written), with the line named.
    """
    source = open_source(data, name=name)
    rows = iter(Reader(source))
    try:
        for item in rows:
            if isinstance(item, LineError):
                raise ChorusFileError(
                    f"{source.name} : ligne illisible ; le fichier n'est pas importé.", errors=[str(item)]
                )
            return source
    finally:
        rows.close()  # type: ignore[attr-defined]  # a generator: closes the workbook at once
    raise ChorusFileError(f"{source.name} : aucune ligne de données sous l'en-tête ; rien à importer.")


def create_job(data: bytes, name: str, actor: Any) -> ChorusImport:
    """Check the file (`check_upload`) and store it as a pending job; nothing is stored if refused."""
    source = check_upload(data, name)
    now = timezone.now()
    label = (actor.get_full_name() or actor.username) if getattr(actor, "pk", None) else "système"
    return ChorusImport.objects.create(
        file_name=source.name[:300],
        sha256=source.sha256,
        size=source.size,
        file_format=source.file_format,
        status=Status.PENDING,
        created_at=now,
        heartbeat_at=now,
        created_by=actor if getattr(actor, "pk", None) else None,
        actor_label=str(label)[:300],
        data=data,
    )


# ---------------------------------------------------------------------------- running


def runner() -> str:
    value = str(getattr(settings, "CONVENTIO_CHORUS_RUNNER", THREAD))
    return value if value in (THREAD, INLINE) else THREAD


def companion_wanted() -> bool:
    """Progress written from a companion thread, except under the inline runner (tests)."""
    return runner() == THREAD


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(seconds=float(getattr(settings, "CONVENTIO_CHORUS_STALE_SECONDS", 120)))


def start(job: ChorusImport) -> None:
    """Run the job as the settings say: in a thread of this process (after the commit), or now."""
    if runner() == INLINE:
        run_job(job.pk, companion=False)
        return
    pk = job.pk

    def launch() -> None:
        thread = threading.Thread(target=_thread_main, args=(pk,), name=f"chorus-import-{pk}", daemon=True)
        thread.start()

    transaction.on_commit(launch)


def _thread_main(pk: int) -> None:
    try:
        run_job(pk, companion=True)
    finally:
        connection.close()  # this thread's own connection


def claim(pk: int) -> bool:
    """Mark the job running if it is pending or interrupted; False if another process has it (or it ended)."""
    now = timezone.now()
    runnable = Q(status=Status.PENDING) | Q(status=Status.RUNNING, heartbeat_at__lt=now - stale_after())
    claimed = ChorusImport.objects.filter(runnable, pk=pk).update(
        status=Status.RUNNING,
        started_at=now,
        heartbeat_at=now,
        phase="",
        progress_done=0,
        progress_total=None,
        attempts=F("attempts") + 1,
    )
    return claimed == 1


def requeue(pk: int) -> bool:
    """Put an interrupted job back in the queue (pending, fresh heartbeat); False if it is not interrupted.

    One conditional UPDATE: two agents relaunching at once requeue it once; the page
    shows « en attente » at once instead of « interrompu » until a thread claims it.
    """
    now = timezone.now()
    stale = Q(status__in=(Status.PENDING, Status.RUNNING), heartbeat_at__lt=now - stale_after())
    return ChorusImport.objects.filter(stale, pk=pk).update(status=Status.PENDING, heartbeat_at=now, phase="") == 1


def run_job(pk: int, *, companion: bool) -> ChorusImport | None:
    """Claim and run one job; returns the job as it ended (None if it could not be claimed).

    `companion`: write the progress from a companion thread (real processes). Without it
    the progress is written by the import's own thread, outside its transaction only:
    used by the inline runner, where nobody watches the page meanwhile.
    """
    from conventio.budget.chorus.importer import import_file

    if not claim(pk):
        return None
    job = ChorusImport.objects.select_related("created_by").get(pk=pk)
    actor = job.created_by
    tracker = Tracker(pk)
    companion_thread = tracker.start() if companion else None
    callback = tracker.update if companion else tracker.write_now
    try:
        data, job.data = bytes(job.data or b""), None
        import_file(data, actor=actor, name=job.file_name, progress=callback, job=job)
    except ChorusFileError as error:
        _fail(pk, error.message, error.errors)
    except Exception:  # noqa: BLE001 - a job must end with a state and a message, whatever happened
        logger.exception("chorus import job %s failed", pk)
        _fail(pk, UNEXPECTED, [])
    finally:
        if companion_thread is not None:
            tracker.stop(companion_thread)
    return ChorusImport.objects.defer("data").get(pk=pk)


def _fail(pk: int, message: str, errors: list[str]) -> None:
    """Record the refusal; if even that fails (database gone), the stale heartbeat will say « interrompu »."""
    now = timezone.now()
    try:
        ChorusImport.objects.filter(pk=pk).update(
            status=Status.FAILED,
            finished_at=now,
            heartbeat_at=now,
            phase="",
            error=message,
            report={"errors": errors},
        )
    except DatabaseError:
        logger.exception("chorus import job %s: its refusal could not be recorded", pk)


def run_pending(*, companion: bool = True, limit: int | None = None) -> list[ChorusImport]:
    """Run the pending jobs and the interrupted ones, oldest first (``import-chorus --pending``)."""
    cutoff = timezone.now() - stale_after()
    # Fresh pending jobs too: whoever claims one first runs it (its upload's thread or cron).
    waiting = ChorusImport.objects.filter(
        Q(status=Status.PENDING) | Q(status=Status.RUNNING, heartbeat_at__lt=cutoff)
    ).order_by("created_at", "pk")
    pks = list(waiting.values_list("pk", flat=True)[:limit] if limit else waiting.values_list("pk", flat=True))
    done = []
    for pk in pks:
        job = run_job(pk, companion=companion)
        if job is not None:
            done.append(job)
    return done


class Tracker:
    """The progress of one running job, written on its row (throttled: every `TICK_SECONDS` at most)."""

    def __init__(self, pk: int, *, interval: float = TICK_SECONDS) -> None:
        self.pk = pk
        self.interval = interval
        self.state: tuple[str, int, int | None] = ("", 0, None)
        self._written: tuple[str, int, int | None] | None = None
        self._last = 0.0
        self._stop = threading.Event()
        # Atomic blocks already open when the job starts (a test's, a caller's): the
        # inline runner writes unless the importer's own transaction is open.
        self._depth = len(connection.atomic_blocks)
        # SQLite has one writer at a time: a companion's write while the import holds its
        # transaction could make one of them fail (« database is locked »). There, the
        # companion stops writing when the writing phase begins; the import's thread
        # says so itself, just before its transaction opens.
        self._sqlite = connection.vendor == "sqlite"
        self._paused = False
        self._lock = threading.Lock()

    # --- the importer's callback (cheap: a tuple assignment)

    def update(self, phase: str, done: int, total: int | None) -> None:
        self.state = (phase, done, total)
        if self._sqlite and phase == "écriture" and not self._paused:
            with self._lock:  # waits for a companion's write in flight
                self._paused = True
            if len(connection.atomic_blocks) <= self._depth:
                self._write()

    def write_now(self, phase: str, done: int, total: int | None) -> None:
        """Inline runner: write from the import's thread, never inside its transaction."""
        self.state = (phase, done, total)
        now = time.monotonic()
        inside = len(connection.atomic_blocks) > self._depth
        if inside or (now - self._last < self.interval and phase == (self._written or ("",))[0]):
            return
        self._write()

    # --- the companion thread

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._loop, name=f"chorus-progress-{self.pk}", daemon=True)
        thread.start()
        return thread

    def stop(self, thread: threading.Thread) -> None:
        self._stop.set()
        thread.join(timeout=10)

    def _loop(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                if self.state != self._written or time.monotonic() - self._last >= HEARTBEAT_SECONDS:
                    with self._lock:
                        if not self._paused:
                            self._write()
        finally:
            close_old_connections()
            connection.close()

    def _write(self) -> None:
        phase, done, total = state = self.state
        try:
            ChorusImport.objects.filter(pk=self.pk, status=Status.RUNNING).update(
                phase=phase, progress_done=done, progress_total=total, heartbeat_at=timezone.now()
            )
        except DatabaseError:  # SQLite is busy with the import's transaction: next tick
            logger.debug("chorus import job %s: progress not written this time", self.pk)
            return
        self._written = state
        self._last = time.monotonic()


# ------------------------------------------------------------------------------ state


@dataclass(frozen=True)
class JobState:
    """What the job page and its JSON endpoint show."""

    status: str  # pending | running | interrupted | done | failed
    label: str
    phase: str
    phase_label: str
    done: int
    total: int | None
    percent: int
    finished: bool
    relaunchable: bool
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "status_label": self.label,
            "phase": self.phase,
            "phase_label": self.phase_label,
            "done": self.done,
            "total": self.total,
            "percent": self.percent,
            "finished": self.finished,
            "relaunchable": self.relaunchable,
            "message": self.message,
        }


STATE_LABELS = {
    "pending": "en attente",
    "running": "en cours",
    "interrupted": "interrompu",
    "done": "terminé",
    "failed": "refusé",
}


def state_of(job: ChorusImport, *, now: datetime.datetime | None = None) -> JobState:
    """The job's state as shown: « interrompu » when running (or waiting) with a stale heartbeat."""
    now = now or timezone.now()
    status = job.status
    beat = job.heartbeat_at or job.created_at
    stale = beat is not None and now - beat > stale_after()
    if status in (Status.PENDING, Status.RUNNING) and stale:
        status = "interrupted"
    phase = job.phase if status == Status.RUNNING else ""
    done, total = job.progress_done, job.progress_total
    if status == Status.DONE:
        percent = 100
    elif status == Status.RUNNING:
        percent = _percent(phase, done, total)
    else:
        percent = 0
    messages = {
        "pending": "Le fichier est enregistré ; l'import va commencer.",
        "running": _running_message(phase, done, total),
        "interrupted": "L'import s'est arrêté sans finir (serveur redémarré ?) : rien n'a été écrit. "
        "Vous pouvez le relancer.",
        "done": "Import terminé.",
        "failed": job.error or "Le fichier a été refusé : rien n'a été écrit.",
    }
    return JobState(
        status=str(status),
        label=STATE_LABELS[str(status)],
        phase=phase,
        phase_label=PHASE_LABELS.get(phase, phase),
        done=done,
        total=total,
        percent=percent,
        finished=status in (Status.DONE, Status.FAILED),
        relaunchable=status == "interrupted",
        message=messages[str(status)],
    )


def _percent(phase: str, done: int, total: int | None) -> int:
    share = min(done / total, 1.0) if total else 0.0
    if phase == "écriture":
        value = READING_SHARE + share * (100 - READING_SHARE)
    elif phase == "lecture":
        value = share * READING_SHARE
    else:
        value = 0
    return min(int(value), 99)  # 100 % only once the import is recorded


def _running_message(phase: str, done: int, total: int | None) -> str:
    def n(number: int) -> str:
        return f"{number:,}".replace(",", "\u202f")

    if phase == "lecture":
        return f"Lecture du fichier : {n(done)} lignes lues" + (f" sur {n(total)} environ." if total else ".")
    if phase == "écriture":
        return "Écriture dans les grands livres : " + (
            f"{n(done)} conventions sur {n(total)}." if total else "en cours."
        )
    return "L'import commence."


def earlier_import(job: ChorusImport) -> ChorusImport | None:
    """The last finished import of the same file (same SHA-256) before this one, if any."""
    return (
        ChorusImport.objects.defer("data", "report")
        .filter(sha256=job.sha256, status=Status.DONE, created_at__lte=job.created_at)
        .exclude(pk=job.pk)
        .order_by("-created_at", "-pk")
        .first()
    )
