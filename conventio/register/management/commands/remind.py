"""``manage.py remind`` (also ``conventio remind``): the daily job, run from cron.

First applies the transitions the calendar makes due (`lifecycle.advance_all`: entry
into force, expiry, termination at its effective date), then sends the deadline
reminders (`reminders.send_reminders`). Idempotent: run twice the same day, the second
run changes nothing and sends nothing. ``--date`` runs it as if on another day (to
catch up, or to try it out); ``--dry-run`` changes nothing and sends nothing, and says
what would be sent. Exit status: 0 when everything was done, 1 when some e-mails could
not be sent (they are tried again at the next run), 2 for a wrong command line.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from conventio.core.errors import ConventioError
from conventio.register.services import lifecycle
from conventio.register.services.reminders import send_reminders


logger = logging.getLogger("conventio.remind")


def parse_day(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(f"« {value} » n'est pas une date valide (format AAAA-MM-JJ).", returncode=2) from None


class Command(BaseCommand):
    help = "Applique les changements de statut échus puis envoie les rappels d'échéance (une fois par jour, cron)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="jour à considérer, AAAA-MM-JJ (par défaut : aujourd'hui)")
        parser.add_argument(
            "--dry-run", action="store_true", help="ne rien modifier ni envoyer : dire ce qui serait envoyé"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        day = parse_day(options["date"]) if options.get("date") else lifecycle.today()
        dry_run = bool(options.get("dry_run"))
        transitions: list[str] = []
        if not dry_run:
            try:
                done = lifecycle.advance_all(on=day)
            except ConventioError as error:
                raise CommandError(error.message) from error
            transitions = [f"{convention.title} : {lifecycle.LABELS[name]}" for convention, name in done]
        report = send_reminders(day, dry_run=dry_run)
        for line in transitions:
            self.stdout.write(f"Statut mis à jour — {line}")
        self.stdout.write(f"Changements de statut : {len(transitions)}.")
        self.stdout.write(report.summary())
        for failure in report.failures:
            self.stderr.write(f"Échec d'envoi — {failure}")
        logger.info(
            "remind done",
            extra={
                "day": day.isoformat(),
                "dry_run": dry_run,
                "transitions": len(transitions),
                "emails": report.emails,
                "reminders": report.reminders,
                "failures": len(report.failures),
            },
        )
        if report.failures:
            raise CommandError(
                f"{len(report.failures)} e-mail(s) n'ont pas pu être envoyés : ils seront réessayés.", returncode=1
            )
