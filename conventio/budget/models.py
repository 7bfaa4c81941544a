"""The budget ledger of each convention.

Three append-only tables carry the money (the database refuses UPDATE and DELETE on
them — triggers created by migration 0002, on PostgreSQL and SQLite alike):
- `Allocation`: AE and CP made available per programme, centre financier and year;
  the initial dotation comes from the registered budget lines, every later change
  (avenant, dotation adjustment) is a new signed row;
- `TrancheRelease`: the recorded decision that makes a tranche's credits available
  (who, when, on what review);
- `Movement`: engagements juridiques (AE), withdrawals, demandes de paiement (CP) and
  payment reversals; a correction is a new row that reverses, never an edit.
Balances are always sums over these rows (`services.ledger.balances`): the movements'
sums per ledger and year are read from `LedgerYearTotal`, running totals the database
itself keeps in the same transaction as each INSERT (migration 0006). Every rule that can
refuse an operation lives in `services/ledger.py`, which the UI, the API, the command
line and the Chorus importer all go through.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils import timezone

from conventio.budget.enums import AlertKind, AllocationKind, MovementKind, MovementSource


MONEY: dict[str, Any] = {"max_digits": 15, "decimal_places": 2}


class Ledger(models.Model):
    """One per convention: the row every ledger operation locks (SELECT … FOR UPDATE) before checking."""

    convention = models.OneToOneField("register.Convention", on_delete=models.PROTECT, related_name="ledger")
    margin_percent = models.DecimalField(
        "marge d'alerte (%)",
        max_digits=5,
        decimal_places=2,
        default=10,
        help_text="Une opération qui laisse moins que cette part des AE disponibles déclenche une alerte.",
    )
    opened_at = models.DateTimeField("ouvert le", auto_now_add=True)

    class Meta:
        verbose_name = "grand livre"
        verbose_name_plural = "grands livres"

    def __str__(self) -> str:
        return f"Grand livre — {self.convention}"


class Allocation(models.Model):
    ledger = models.ForeignKey(Ledger, on_delete=models.PROTECT, related_name="allocations")
    kind = models.CharField("nature", max_length=20, choices=AllocationKind.choices)
    programme = models.CharField("programme", max_length=3, blank=True)
    centre_financier = models.CharField("centre financier", max_length=40, blank=True)
    year = models.PositiveSmallIntegerField("année")
    ae = models.DecimalField("AE", default=0, **MONEY)
    cp = models.DecimalField("CP", default=0, **MONEY)
    reason = models.CharField("motif", max_length=500)
    created_at = models.DateTimeField("saisi le", auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        verbose_name = "dotation"
        verbose_name_plural = "dotations"
        ordering = ("ledger", "year", "id")

    def __str__(self) -> str:
        return f"{self.year} AE {self.ae} CP {self.cp} ({self.get_kind_display()})"


class TrancheRelease(models.Model):
    ledger = models.ForeignKey(Ledger, on_delete=models.PROTECT, related_name="releases")
    tranche = models.ForeignKey("register.Tranche", on_delete=models.PROTECT, related_name="releases")
    amount = models.DecimalField("AE rendues disponibles", **MONEY)
    released_on = models.DateField("date de la décision")
    decision = models.CharField("décision", max_length=500)
    review = models.CharField("revue ou bilan", max_length=500, blank=True)
    created_at = models.DateTimeField("saisi le", auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        verbose_name = "déblocage de tranche"
        verbose_name_plural = "déblocages de tranches"
        ordering = ("ledger", "released_on", "id")
        constraints = [
            models.UniqueConstraint(fields=["tranche"], name="tranche_released_once"),
            models.CheckConstraint(name="release_amount_positive", condition=Q(amount__gt=0)),
        ]

    def __str__(self) -> str:
        return f"{self.tranche} débloquée le {self.released_on:%d/%m/%Y}"


class Movement(models.Model):
    """One line of the AE/CP ledger. Amounts are signed: withdrawals and reversals are negative."""

    # Lookups by ledger, by EJ and by DP are served by the composite indexes below and the
    # partial unique constraints; single-column indexes on these would only slow inserts
    # (a Chorus import writes a million rows: see migration 0004).
    ledger = models.ForeignKey(Ledger, on_delete=models.PROTECT, related_name="movements", db_index=False)
    kind = models.CharField("nature", max_length=20, choices=MovementKind.choices)
    year = models.PositiveSmallIntegerField("exercice")
    date = models.DateField("date")
    ej_number = models.CharField("n° d'engagement juridique", max_length=20)
    dp_number = models.CharField("n° de demande de paiement", max_length=20, blank=True)
    ae = models.DecimalField("AE", default=0, **MONEY)
    cp = models.DecimalField("CP", default=0, **MONEY)
    programme = models.CharField("programme", max_length=3, blank=True)
    centre_financier = models.CharField("centre financier", max_length=40, blank=True)
    supplier = models.CharField("fournisseur", max_length=300, blank=True)
    marche = models.CharField("marché / bon de commande", max_length=200, blank=True)
    description = models.CharField("objet", max_length=1000, blank=True)
    service_fait_on = models.DateField("service fait le", null=True, blank=True)
    # A withdrawal or a payment reversal points at the row it reduces; a complement (a
    # commitment raised by a later Chorus « modification ») points at the original commitment.
    reverses = models.ForeignKey(
        "self",
        verbose_name="annule ou complète",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reversals",
    )
    source = models.CharField("origine", max_length=20, choices=MovementSource.choices, default=MovementSource.MANUAL)
    created_at = models.DateTimeField("saisi le", auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        verbose_name = "mouvement"
        verbose_name_plural = "mouvements"
        ordering = ("ledger", "date", "id")
        indexes = [models.Index(fields=["ledger", "year"]), models.Index(fields=["ledger", "ej_number"])]
        constraints = [
            models.CheckConstraint(
                name="movement_signs",
                condition=(
                    Q(kind=MovementKind.COMMITMENT, ae__gt=0, cp=0)
                    | Q(kind=MovementKind.WITHDRAWAL, ae__lt=0, cp=0)
                    | Q(kind=MovementKind.PAYMENT, ae=0, cp__gt=0)
                    | Q(kind=MovementKind.PAYMENT_REVERSAL, ae=0, cp__lt=0)
                ),
                violation_error_message="Montant de signe incohérent avec la nature du mouvement.",
            ),
            models.UniqueConstraint(
                fields=["ej_number"],
                condition=Q(kind=MovementKind.COMMITMENT, reverses__isnull=True),
                name="one_commitment_per_ej",
            ),
            models.UniqueConstraint(
                fields=["dp_number"],
                condition=Q(kind=MovementKind.PAYMENT),
                name="one_payment_per_dp",
            ),
        ]

    def __str__(self) -> str:
        amount = self.ae if self.kind in (MovementKind.COMMITMENT, MovementKind.WITHDRAWAL) else self.cp
        return f"{self.get_kind_display()} {self.ej_number} {amount} €"


class LedgerYearTotalQuerySet(models.QuerySet["LedgerYearTotal"]):
    """Read-only from Python: only the database trigger on `budget_movement` writes these rows."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(READ_ONLY_TOTALS)

    update = delete = bulk_create = bulk_update = create = get_or_create = update_or_create = _refuse


READ_ONLY_TOTALS = (
    "ledger year totals are kept by the database (trigger on budget_movement): record a movement instead"
)


class LedgerYearTotal(models.Model):
    """Running sums of one ledger's movements in one exercice, kept by the database.

    Why: the portfolio reads the balances of thousands of ledgers at once, and summing a
    million movements on every request made it slow (`docs/benchmarks.md`, « Execution
    page »). An AFTER INSERT trigger on `budget_movement` (migration 0006: one statement-
    level trigger with a transition table on PostgreSQL, so a COPY of a million rows adds
    one grouped upsert; a row trigger on SQLite) adds every new row's AE and CP here with
    an upsert, in the same transaction as the INSERT — whatever inserted it: the ledger
    service, the Chorus batch (COPY), a benchmark or a manual SQL session. Movements are
    append-only, so the totals only ever grow by increments, and the upsert is safe under
    concurrent inserts. `ledger.balances_of` reads these rows instead of summing movements;
    rules that need an engagement's own rows still read them.

    Nothing else writes here: the model refuses saves, deletes and bulk writes, and on
    PostgreSQL a trigger refuses any INSERT, UPDATE or DELETE not made by the movement
    trigger. Not in the admin. `tests/budget/test_totals.py` proves the totals equal the
    sums of the rows.
    """

    ledger = models.ForeignKey(Ledger, on_delete=models.PROTECT, related_name="year_totals", db_index=False)
    year = models.PositiveSmallIntegerField("exercice")
    # Sums of many rows: wider than one amount (`MONEY`).
    committed_ae = models.DecimalField("AE engagées (nettes)", max_digits=20, decimal_places=2, default=0)
    paid_cp = models.DecimalField("CP payés (nets)", max_digits=20, decimal_places=2, default=0)
    movements = models.PositiveIntegerField("mouvements", default=0)

    objects = LedgerYearTotalQuerySet.as_manager()

    class Meta:
        verbose_name = "total annuel du grand livre"
        verbose_name_plural = "totaux annuels des grands livres"
        ordering = ("ledger", "year")
        constraints = [models.UniqueConstraint(fields=["ledger", "year"], name="one_total_per_ledger_year")]

    def __str__(self) -> str:
        return f"{self.year} AE {self.committed_ae} CP {self.paid_cp} ({self.movements} mouvements)"

    def save(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(READ_ONLY_TOTALS)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(READ_ONLY_TOTALS)


class Alert(models.Model):
    convention = models.ForeignKey("register.Convention", on_delete=models.PROTECT, related_name="alerts")
    kind = models.CharField("nature", max_length=20, choices=AlertKind.choices)
    message = models.CharField("message", max_length=1000)
    data = models.JSONField("données", default=dict, blank=True)
    created_at = models.DateTimeField("levée le", auto_now_add=True)
    resolved_at = models.DateTimeField("levée close le", null=True, blank=True)

    class Meta:
        verbose_name = "alerte"
        verbose_name_plural = "alertes"
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.message


class ChorusImportStatus(models.TextChoices):
    """Where an uploaded file stands; « interrompu » is not stored: a running job whose heartbeat is stale."""

    PENDING = "pending", "en attente"
    RUNNING = "running", "en cours"
    DONE = "done", "terminé"
    FAILED = "failed", "refusé"


class ChorusImport(models.Model):
    """One Chorus file imported: who, when, which file (sha256), and the reconciliation report.

    It is also the *job* of an upload (`conventio.budget.chorus.jobs`): the web page
    stores the file's bytes here as a pending job, a background thread (or
    ``conventio import-chorus --pending``) runs it, and the progress (phase, lines read
    out of the total, heartbeat) is written on the row, so any server process shows the
    same progress. A file refused before the job is created leaves nothing behind; a job
    refused while running (an unreadable line) keeps its row, status « refusé », with the
    message, and wrote nothing in the ledgers. The ledger rows an import wrote carry
    `source=chorus` and the batch audit events name the import.
    """

    Status = ChorusImportStatus

    file_name = models.CharField("fichier", max_length=300)
    sha256 = models.CharField("empreinte SHA-256", max_length=64, db_index=True)
    size = models.PositiveBigIntegerField("taille (octets)")
    file_format = models.CharField("format", max_length=10)
    layout = models.CharField("disposition", max_length=20, blank=True)
    status = models.CharField(
        "état", max_length=10, choices=ChorusImportStatus.choices, default=ChorusImportStatus.DONE
    )
    created_at = models.DateTimeField("déposé le", default=timezone.now)
    started_at = models.DateTimeField("commencé le", null=True, blank=True)
    finished_at = models.DateTimeField("terminé le", null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    actor_label = models.CharField("par", max_length=300)
    # The uploaded file itself (stateless servers: any process can run or rerun the job).
    data = models.BinaryField("contenu", null=True, blank=True, editable=False)
    phase = models.CharField("étape", max_length=20, blank=True)
    progress_done = models.PositiveBigIntegerField("avancement", default=0)
    progress_total = models.PositiveBigIntegerField("total estimé", null=True, blank=True)
    heartbeat_at = models.DateTimeField("dernier signe de vie", null=True, blank=True)
    attempts = models.PositiveSmallIntegerField("lancements", default=0)
    error = models.TextField("motif du refus", blank=True)
    lines = models.PositiveIntegerField("lignes lues", default=0)
    matched = models.PositiveIntegerField("lignes rattachées", default=0)
    unmatched = models.PositiveIntegerField("lignes non rattachées", default=0)
    new = models.PositiveIntegerField("pièces nouvelles", default=0)
    changed = models.PositiveIntegerField("pièces modifiées", default=0)
    unchanged = models.PositiveIntegerField("pièces inchangées", default=0)
    refused = models.PositiveIntegerField("pièces refusées", default=0)
    report = models.JSONField("rapport de rapprochement", default=dict, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = "import Chorus"
        verbose_name_plural = "imports Chorus"
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["status", "heartbeat_at"], name="chorus_import_status")]

    def __str__(self) -> str:
        return f"Import Chorus {self.file_name} du {timezone.localtime(self.created_at):%d/%m/%Y %H:%M}"
