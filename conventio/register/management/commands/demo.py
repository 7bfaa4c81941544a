"""``manage.py demo`` (also ``conventio demo``): load the demo register (see `conventio.register.demo`).

The demo creates accounts whose password is published in the README, so it refuses
to run when DEBUG is off (production settings) unless ``--force`` is given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from conventio.register import demo
from conventio.register.enums import Status
from conventio.trust.models import MemberRole


class Command(BaseCommand):
    help = "Charge le registre de démonstration : les deux conventions fondatrices, un avenant fictif, deux comptes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--shared",
            type=Path,
            default=None,
            help=f"dossier partagé contenant seeds/ (par défaut : {demo.DEFAULT_SHARED})",
        )
        parser.add_argument(
            "--force", action="store_true", help="charger même hors mode développement (DEBUG désactivé)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options.get("force"):
            raise CommandError(
                "Le registre de démonstration crée des comptes dont le mot de passe est public : "
                "refusé hors mode développement (DEBUG). Ajoutez --force pour passer outre.",
                returncode=2,
            )
        shared = options.get("shared")
        report = demo.load_demo(shared)
        seeds = (shared or demo.DEFAULT_SHARED) / "seeds"
        for convention in report.conventions:
            state = "chargée" if convention.title in report.created else "déjà présente"
            self.stdout.write(f"Convention {state} : {convention.title} ({Status(convention.status).label})")
        if report.documents:
            self.stdout.write(f"Documents originaux joints : {', '.join(report.documents)}")
        elif not seeds.is_dir():
            self.stdout.write(f"Documents originaux non joints : {seeds} est introuvable.")
        if report.avenant_applied:
            self.stdout.write("Avenant n° 1 FICTIF appliqué à FAST 13 (démonstration).")
        for line in report.execution:
            self.stdout.write(f"Exécution budgétaire — {line}")
        for line in report.transitions:
            self.stdout.write(f"Statut mis à jour — {line}")
        self.stdout.write("Comptes de démonstration (mot de passe « " + demo.DEMO_PASSWORD + " ») :")
        for account in demo.ACCOUNTS:
            role = MemberRole(account.role).label
            self.stdout.write(f"  {account.username} — {account.organisation}, {role}")
