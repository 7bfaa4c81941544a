"""``conventio ingest PATH…`` (or ``manage.py ingest``): store documents as ingestions to review.

Each file (folders are walked like ``conventio extract`` does: recursively, in path
order, hidden entries skipped) is read and stored as an ingestion waiting for an
agent's review, through the same service as the web upload; one line per file says
what happened:

- ``<path> : en attente de relecture : <url of the review page>``
- ``<path> : déjà déposé, rien n'a été modifié (…)``
- ``<path> : refusé : <reason>`` (on stderr)

``--register`` registers each new document at once, without review: it is meant for
bulk loading documents already checked elsewhere, and the convention's audit trail
says that no human reviewed the extracted values. A document that resembles a
registered convention (or an avenant whose convention is not found) is never
registered blindly: it stays waiting for review, and the line says why.

``--user USERNAME`` is the acting user (who must exist and may ingest); without it the
actor is the system (« système » in the audit trail).

Exit codes: 0 when every file was stored (or was already there); 2 when a file was
refused, unreadable, or (with ``--register``) could not be registered; 1 for a wrong
command line (unknown user, no path). Nothing prints a traceback.
"""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.urls import reverse

from conventio.core.errors import ConventioError
from conventio.core.models import record_event
from conventio.extraction.errors import ExtractionError
from conventio.extraction.readers import read_file
from conventio.register.enums import Kind
from conventio.register.services.ingestion import IngestOutcome, ingest_document, refusal, register_ingestion
from conventio.trust.permissions import INGEST, can


EXIT_OK = 0
EXIT_USAGE = 1
EXIT_REFUSED = 2

# What the operating system says, as an agent reads it.
_OS_MESSAGES = {
    "No such file or directory": "fichier ou dossier introuvable",
    "Permission denied": "accès refusé",
    "Is a directory": "c'est un dossier",
    "not a regular file": "ce n'est pas un fichier ordinaire",
    "no file to extract": "aucun fichier dans ce dossier",
}


def _absolute(path: str) -> str:
    return settings.CONVENTIO_BASE_URL.rstrip("/") + path


def _line(stream: TextIO, text: str) -> None:
    stream.write(" ".join(text.split()) + "\n")
    stream.flush()


def find_actor(username: str | None) -> tuple[Any, str]:
    """The acting user (None: the system) and, when it cannot act, why (French)."""
    if not username:
        return None, ""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        return None, f"utilisateur inconnu : {username}"
    if not can(user, INGEST):
        return None, f"l'utilisateur {username} n'a pas le droit de déposer des documents"
    return user, ""


def ingest_paths(paths: Sequence[str], *, username: str | None, register: bool, out: TextIO, err: TextIO) -> int:
    """Ingest every file under `paths`, one line each; returns the exit code."""
    from conventio.cli import Failure, iter_inputs

    if not paths:
        _line(err, "conventio ingest : indiquez au moins un fichier ou un dossier")
        return EXIT_USAGE
    actor, problem = find_actor(username)
    if problem:
        _line(err, f"conventio ingest : {problem}")
        return EXIT_USAGE
    failed = False
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            message = _OS_MESSAGES.get(item.message, item.message)
            if item.fatal:
                failed = True
                _line(err, f"{item.shown} : refusé : {message}")
            else:
                _line(out, f"{item.shown} : {message}")
            continue
        outcome = _ingest_file(item.path, actor)
        if outcome.status == "refused":
            failed = True
            _line(err, f"{item.shown} : refusé : {outcome.message}")
        elif outcome.status == "duplicate":
            _line(out, f"{item.shown} : {outcome.message[:1].lower()}{outcome.message[1:]}")
        elif register:
            failed = not _register(item.shown, outcome, actor, out, err) or failed
        else:
            assert outcome.ingestion is not None  # noqa: S101 - a pending outcome always has its ingestion
            _line(out, f"{item.shown} : en attente de relecture : {_absolute(outcome.ingestion.get_absolute_url())}")
    return EXIT_REFUSED if failed else EXIT_OK


def _ingest_file(path: Path, actor: Any) -> IngestOutcome:
    name = path.name
    limit = settings.CONVENTIO_MAX_UPLOAD_BYTES
    try:
        if path.stat().st_size > limit:
            size = f"{limit // (1024 * 1024)} Mo" if limit >= 1024 * 1024 else f"{limit} octets"
            return IngestOutcome(name, "refused", f"Le fichier dépasse la taille maximale autorisée ({size}).")
        data = read_file(path)
    except OSError as error:
        reason = _OS_MESSAGES.get(error.strerror or "", error.strerror or "illisible")
        return IngestOutcome(name, "refused", f"Le fichier n'a pas pu être lu : {reason}.")
    except ExtractionError as error:
        return IngestOutcome(name, "refused", refusal(error))
    try:
        return ingest_document(data, name=name, actor=actor)
    except ConventioError as error:
        return IngestOutcome(name, "refused", error.message)


def _register(shown: str, outcome: IngestOutcome, actor: Any, out: TextIO, err: TextIO) -> bool:
    """Register a pending ingestion without review; False (and one line) when it must be reviewed."""
    ingestion = outcome.ingestion
    assert ingestion is not None  # noqa: S101 - a pending outcome always has its ingestion
    review_url = _absolute(ingestion.get_absolute_url())
    if outcome.candidates:
        titles = ", ".join(f"« {c} »" for c in outcome.candidates[:3])
        _line(
            err,
            f"{shown} : non enregistré : il ressemble à une convention déjà enregistrée ({titles}), "
            f"choisissez avenant ou remplacement ; en attente de relecture : {review_url}",
        )
        return False
    if (ingestion.reviewed or {}).get("kind") == Kind.AVENANT:
        _line(
            err,
            f"{shown} : non enregistré : avenant dont la convention n'a pas été trouvée ; "
            f"en attente de relecture : {review_url}",
        )
        return False
    try:
        with transaction.atomic():
            convention = register_ingestion(ingestion, actor=actor, mode="new")
            record_event(
                actor=actor,
                action="conventio.register.document.registered_without_review",
                scope=convention.scope,
                subject=ingestion.document.name,
                message=(
                    "Enregistrée sans relecture humaine par « conventio ingest --register » : les valeurs "
                    f"extraites de « {ingestion.document.name} » n'ont été ni confirmées ni corrigées par un agent"
                )[:500],
                data={"document": ingestion.document.sha256, "ingestion": ingestion.pk},
            )
    except ConventioError as error:
        _line(err, f"{shown} : non enregistré : {error.message} ; en attente de relecture : {review_url}")
        return False
    _line(
        out, f"{shown} : enregistré sans relecture : {_absolute(reverse('register:convention', args=[convention.pk]))}"
    )
    return True


class Command(BaseCommand):
    help = (
        "Store convention documents (files or folders) as ingestions waiting for review; "
        "--register registers them at once, without review."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def usage_error(message: str) -> NoReturn:
            # A wrong command line exits 1 (2 means: some file was refused).
            if parser.called_from_command_line:
                parser.print_usage(sys.stderr)
                sys.stderr.write(f"{parser.prog}: error: {message}\n")
                sys.exit(EXIT_USAGE)
            raise CommandError(f"Error: {message}", returncode=EXIT_USAGE)

        parser.error = usage_error  # type: ignore[method-assign]
        return parser

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_ingest_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        code = ingest_paths(
            options["paths"],
            username=options["user"],
            register=options["register"],
            out=cast(TextIO, self.stdout),
            err=cast(TextIO, self.stderr),
        )
        if code == EXIT_USAGE:
            raise CommandError("mauvaise utilisation", returncode=EXIT_USAGE)
        if code != EXIT_OK:
            raise CommandError("des fichiers ont été refusés ou n'ont pas pu être enregistrés", returncode=code)


def add_ingest_arguments(parser: ArgumentParser) -> None:
    """The arguments of ``ingest``, shared by ``manage.py ingest`` and ``conventio ingest``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file or folder (walked recursively)")
    parser.add_argument("--user", metavar="USERNAME", help="acting user (default: the system)")
    parser.add_argument(
        "--register",
        action="store_true",
        help="register each new document at once, without human review (bulk loading of reviewed documents)",
    )
