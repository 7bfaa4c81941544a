"""``conventio execution-report CONVENTION --format pdf|xlsx -o FILE`` (or ``manage.py execution_report``).

Writes the end-of-term execution report of one convention, named by its id or its
reference (NOR), as PDF or XLSX. The file is written whole or not at all (a temporary
file renamed into place). ``--user USERNAME`` renders it as that agent, who must be
allowed to see the convention; without it the actor is the system (the operator's
command line), like the other commands.

Exit codes: 0 when the file was written; 1 when the report is refused (the
convention's budget follow-up is not opened, or the user may not see it); 2 when the
input is wrong (no convention with that id or reference, an ambiguous reference, an
unknown user, a bad date) or the file cannot be written.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
from argparse import ArgumentParser
from pathlib import Path
from typing import Any, TextIO, cast

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from conventio.budget.reports.execution import LedgerNotOpened, build_report
from conventio.budget.reports.files import FORMATS, RENDERERS, file_name
from conventio.register.models import Convention
from conventio.trust.permissions import VIEW, can


EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2
PREFIX = "execution-report : "


def find_convention(identifier: str) -> tuple[Convention | None, str]:
    """The convention named by its id or its reference, or None and why, in French."""
    text = identifier.strip()
    if not text:
        return None, "indiquez l'identifiant ou la référence d'une convention."
    if text.isdigit():
        found = Convention.objects.filter(pk=int(text)).first()
        if found is not None:
            return found, ""
    matches = list(Convention.objects.filter(reference__iexact=text).order_by("pk")[:5])
    if len(matches) == 1:
        return matches[0], ""
    if matches:
        ids = ", ".join(str(convention.pk) for convention in matches)
        return (
            None,
            f"la référence « {text} » désigne plusieurs conventions (identifiants {ids}) : indiquez l'identifiant.",
        )
    return None, f"aucune convention n'a l'identifiant ou la référence « {text} »."


def _write(path: Path, content: bytes) -> None:
    """Write all or nothing: a temporary file in the same folder, renamed over `path`."""
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=".conventio-", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        # mkstemp creates the file private (0600); a report is meant to be shared like any
        # file the user writes, so it gets the mode the user's umask gives new files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run(
    identifier: str,
    *,
    fmt: str,
    output: str | None,
    username: str | None = None,
    on: str | None = None,
    out: TextIO,
    err: TextIO,
) -> int:
    """The whole command; returns the exit code (shared by ``manage.py`` and the ``conventio`` CLI)."""

    def fail(code: int, message: str) -> int:
        err.write(f"{PREFIX}{message}\n")
        err.flush()
        return code

    if fmt not in FORMATS:
        return fail(EXIT_BAD_INPUT, f"format inconnu « {fmt} » (pdf ou xlsx).")
    try:
        day = datetime.date.fromisoformat(on) if on else timezone.localdate()
    except ValueError:
        return fail(EXIT_BAD_INPUT, f"date invalide « {on} » (format AAAA-MM-JJ).")
    actor: Any = None
    if username:
        actor = get_user_model().objects.filter(username=username, is_active=True).first()
        if actor is None:
            return fail(EXIT_BAD_INPUT, f"utilisateur inconnu ou désactivé : {username}")
    convention, why = find_convention(identifier)
    if convention is None:
        return fail(EXIT_BAD_INPUT, why)
    if actor is not None and not can(actor, VIEW, convention):
        return fail(EXIT_REFUSED, f"{username} n'a pas accès à la convention {convention.pk}.")
    try:
        report = build_report(convention, on=day)
    except LedgerNotOpened as error:
        return fail(EXIT_REFUSED, f"convention {convention.pk} : {error}")
    path = Path(output) if output else Path(file_name(convention, day, fmt))
    try:
        _write(path, RENDERERS[fmt](report))
    except OSError as error:
        return fail(EXIT_BAD_INPUT, f"impossible d'écrire {path} : {error.strerror or error}")
    out.write(f"Compte rendu d'exécution ({fmt.upper()}) de la convention {convention.pk} écrit dans {path}\n")
    out.flush()
    return EXIT_OK


def add_arguments(parser: ArgumentParser) -> None:
    """The options, shared with ``conventio execution-report``."""
    parser.add_argument("convention", metavar="CONVENTION", help="identifiant ou référence (NOR) de la convention")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="pdf", help="pdf (défaut) ou xlsx")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="fichier à écrire (défaut : nom tiré de la convention et de la date)"
    )
    parser.add_argument("--user", help="identifiant de l'agent pour qui le rapport est produit (défaut : le système)")
    parser.add_argument("--date", help="date du compte rendu, AAAA-MM-JJ (défaut : aujourd'hui)")


class Command(BaseCommand):
    help = "Écrit le compte rendu d'exécution d'une convention (PDF ou XLSX)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        code = run(
            options["convention"],
            fmt=options["fmt"],
            output=options.get("output"),
            username=options.get("user"),
            on=options.get("date"),
            out=cast(TextIO, getattr(self.stdout, "_out", sys.stdout)),
            err=cast(TextIO, getattr(self.stderr, "_out", sys.stderr)),
        )
        if code:
            raise CommandError("compte rendu non écrit", returncode=code)
