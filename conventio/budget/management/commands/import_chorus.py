"""``conventio import-chorus FILE`` (or ``manage.py import_chorus FILE``): import a Chorus extraction.

Reads one CSV or XLSX extraction of engagements and payments, reconciles it with the
conventions' ledgers through `conventio.budget.chorus.importer.import_file`, and prints
the reconciliation report in French (``--json``: the stored report as JSON). A
progress bar is drawn on stderr while a long file is read and written (on a terminal,
or always with ``--progress``; never with ``--no-progress``).

``--user USERNAME`` is the acting user (who must exist and be active; lines of
conventions they may not change are refused); without it the actor is the system
(« système » in the audit trail).

``--pending`` (no FILE): run the jobs stored by the upload page that are waiting or were
interrupted (their process died; see `conventio.budget.chorus.jobs`), oldest first, one
line each; meant for cron. Exit 0 when every job was imported, 1 when some file was
refused.

Exit codes: 0 when the file was imported (even if some lines were refused by a
ceiling or matched no convention: the report lists them); 1 when the file was refused
as a whole (missing column, unreadable line, empty file — nothing was written); 2 when
the input cannot be read at all (missing file, binary, unknown encoding, not CSV/XLSX)
or the command line is wrong (unknown user).
"""

from __future__ import annotations

import json
import sys
import time
from argparse import ArgumentParser
from typing import Any, TextIO, cast

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from conventio.budget.chorus.formats import ChorusFileError


EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_UNREADABLE = 2

_PHASES = {"lecture": ("Lecture", "lignes"), "écriture": ("Écriture", "conventions")}


class ProgressBar:
    """A one-line bar on a terminal stream, redrawn at most ten times a second."""

    width = 30

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self._last = 0.0
        self._phase = ""
        self._drawn = False

    def __call__(self, phase: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = total is not None and done >= total
        if phase == self._phase and not finished and now - self._last < 0.1:
            return
        if phase != self._phase and self._drawn:
            self.stream.write("\n")
        self._phase, self._last = phase, now
        title, unit = _PHASES.get(phase, (phase.capitalize(), "éléments"))
        if total:
            share = min(done / total, 1.0)
            filled = int(share * self.width)
            bar = "#" * filled + "-" * (self.width - filled)
            text = f"\r{title:<9} [{bar}] {share:4.0%}  {_n(done)}/{_n(total)} {unit}"
        else:
            text = f"\r{title:<9} {_n(done)} {unit}"
        self.stream.write(text)
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def run(
    path: str | None,
    *,
    username: str | None,
    as_json: bool,
    progress: bool | None,
    out: TextIO,
    err: TextIO,
    pending: bool = False,
) -> int:
    """The whole command; returns the exit code (shared by ``manage.py`` and the ``conventio`` CLI)."""
    from conventio.budget.chorus.importer import import_file

    if pending:
        if path or username:
            err.write("import-chorus : --pending s'emploie sans fichier ni --user (chaque dépôt garde son auteur)\n")
            return EXIT_UNREADABLE
        return run_pending(out=out, as_json=as_json)
    if not path:
        err.write("import-chorus : indiquez le fichier à importer (ou --pending)\n")
        return EXIT_UNREADABLE

    actor: Any = None
    if username:
        actor = get_user_model().objects.filter(username=username, is_active=True).first()
        if actor is None:
            err.write(f"import-chorus : utilisateur inconnu ou désactivé : {username}\n")
            return EXIT_UNREADABLE
    enabled = progress if progress is not None else bool(getattr(err, "isatty", lambda: False)())
    bar = ProgressBar(err, enabled=enabled)
    try:
        report = import_file(path, actor=actor, progress=bar)
    except ChorusFileError as error:
        bar.close()
        verdict = "illisible" if error.exit_code == EXIT_UNREADABLE else "refusé"
        err.write(f"import-chorus : fichier {verdict} — {error}\n")
        err.flush()
        return error.exit_code
    bar.close()
    if as_json:
        out.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(report.render())
    out.flush()
    return EXIT_OK


def run_pending(*, out: TextIO, as_json: bool) -> int:
    """Run the stored jobs that wait or were interrupted; one line (or JSON object) per job."""
    from conventio.budget.chorus.jobs import companion_wanted, state_of
    from conventio.budget.chorus.jobs import run_pending as run_jobs

    jobs = run_jobs(companion=companion_wanted())
    refused = 0
    for job in jobs:
        state = state_of(job)
        refused += state.status != "done"
        if as_json:
            out.write(json.dumps({"id": job.pk, "file": job.file_name, **state.as_dict()}, ensure_ascii=False) + "\n")
        else:
            out.write(f"Import n° {job.pk} ({job.file_name}) : {state.label} — {state.message}\n")
    if not jobs and not as_json:
        out.write("Aucun import en attente.\n")
    out.flush()
    return EXIT_REFUSED if refused else EXIT_OK


class Command(BaseCommand):
    help = "Importe une extraction Chorus (CSV ou XLSX) d'engagements et de paiements, puis affiche le rapport."

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        code = run(
            options.get("file"),
            username=options.get("user"),
            pending=options.get("pending", False),
            as_json=options.get("json", False),
            progress=options.get("progress"),
            out=cast(TextIO, getattr(self.stdout, "_out", sys.stdout)),
            err=cast(TextIO, getattr(self.stderr, "_out", sys.stderr)),
        )
        if code:
            raise CommandError("import Chorus non effectué", returncode=code)


def add_arguments(parser: ArgumentParser) -> None:
    """The options, shared with ``conventio import-chorus``."""
    parser.add_argument("file", metavar="FILE", nargs="?", help="extraction Chorus, CSV (« ; ») ou XLSX")
    parser.add_argument(
        "--pending",
        action="store_true",
        help="exécuter les imports déposés par la page web qui attendent ou ont été interrompus (cron)",
    )
    parser.add_argument("--user", help="identifiant de l'agent qui importe (défaut : le système)")
    parser.add_argument("--json", action="store_true", help="afficher le rapport enregistré en JSON")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--progress", dest="progress", action="store_true", default=None, help="toujours afficher la progression"
    )
    group.add_argument(
        "--no-progress", dest="progress", action="store_false", help="ne jamais afficher la progression"
    )
